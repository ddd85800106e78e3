"""The root of every error whose message is written for the person at the window.

``str(error)`` of a ``GovdeskError`` is a whole sentence in the user's language (Chinese by default): what happened,
whether the work was kept, what to do. The UI's operations gateway (``ui/operations.py``) shows it as it is; any
other exception reaching the gateway is a bug, logged with its traceback and shown as one.

The layers below the services (domain, store, printing, sync) derive their errors from it so that an error a service
let through still reaches the clerk in words; services derive theirs from ``services.errors.ServiceError``.
"""

from __future__ import annotations


class GovdeskError(Exception):
    """An error with a message for the user (see the module docstring): ``str(error)`` is that message."""
