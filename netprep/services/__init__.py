"""Use cases that the GUI and the CLI call. No Qt here."""
