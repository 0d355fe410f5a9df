"""Dockable panels of the main window: each mirrors shared state and calls back, nothing more."""
