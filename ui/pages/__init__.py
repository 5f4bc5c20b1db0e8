"""The main window's pages other than the forms and the log."""
