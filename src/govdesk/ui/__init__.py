"""The PySide6 user interface: the main window hosts workspaces; each workspace wires itself."""
