"""The application frame: start-up, the main window, its menu commands, remembered geometry."""
