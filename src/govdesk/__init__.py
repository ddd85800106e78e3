"""govdesk: the desktop program for clerks at Chinese government service windows."""

__version__ = "0.1.0"
