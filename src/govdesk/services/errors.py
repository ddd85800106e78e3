"""``ServiceError``: the base of every error a service raises for the clerk to read.

A service refuses in words: ``str(error)`` is the whole message in the user's language. The operations gateway
(``ui/operations.py``) routes every one of them to one place; no page has its own ``try``/``except`` around a service.
Errors of the layers below (store, printing, sync, domain) share the root ``GovdeskError``, so one a service lets
through is still said in words.
"""

from __future__ import annotations

from govdesk.domain.errors import GovdeskError

__all__ = ["GovdeskError", "ServiceError"]


class ServiceError(GovdeskError):
    """A use case refused or failed; the message says what and what to do. ``field`` names the input at fault, when
    one is (a page may put the cursor there)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
