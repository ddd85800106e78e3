"""Errors of the printing layer, with messages a clerk can read."""

from __future__ import annotations

from govdesk.domain.errors import GovdeskError


class PrintError(GovdeskError):
    """Printing or rendering failed; the message (Chinese) says what and what to do. The PDF, if any, is kept."""

    def __init__(self, message: str, pdf_path: str = "") -> None:
        super().__init__(message)
        self.pdf_path = pdf_path


class FontMissingError(PrintError):
    """No CJK font is installed, or the font lacks characters of the notice: we refuse rather than print boxes."""

    def __init__(self, message: str, missing: str = "") -> None:
        super().__init__(message)
        self.missing = missing


class TemplateError(PrintError):
    """A notice template is missing or names a placeholder that does not exist."""
