"""File → Import and Export, dropping a file on the window, merging two contacts."""
