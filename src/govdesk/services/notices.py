"""Notices: rendered to PDF (kept in the archive beside the database), then printed from the same layout.

Every notice a window issues is archived as ``<data>/notices/<case_no>/<kind>-<n>.pdf`` before anything is sent to
a printer, so a printer that fails loses nothing: the notice is reprinted from the case (STYLE.md, Printing).
The notices are signed with the center's Ed25519 key (``<data>/keys/``), verifiable offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govdesk.domain.notices import CenterProfile, Notice
from govdesk.printing.printer import print_notice
from govdesk.printing.render import NoticeRenderer, RenderResult
from govdesk.printing.signing import KEY_FILE_NAME, NoticeSigner, load_or_create_private_key
from govdesk.printing.templates import TemplateSet


class NoticeService:
    """Renders, archives and prints notices for one center."""

    def __init__(self, data_dir: Path, template_dir: Path | None = None) -> None:
        self.archive_dir = data_dir / "notices"
        self.key_path = data_dir / "keys" / KEY_FILE_NAME
        self.templates = TemplateSet(template_dir)
        self._renderer: NoticeRenderer | None = None

    @property
    def renderer(self) -> NoticeRenderer:
        """Built on first use: it needs a QGuiApplication (fonts) and reads the signing key."""
        if self._renderer is None:
            signer = NoticeSigner(load_or_create_private_key(self.key_path))
            self._renderer = NoticeRenderer(signer, self.templates)
        return self._renderer

    def center(self) -> CenterProfile:
        return self.templates.center()

    def archive_path(self, notice: Notice) -> Path:
        folder = self.archive_dir / notice.case_no
        n = 1
        while (folder / f"{notice.kind.value}-{n}.pdf").exists():
            n += 1
        return folder / f"{notice.kind.value}-{n}.pdf"

    def render_pdf(self, notice: Notice, path: Path | None = None) -> RenderResult:
        """Write the notice as a PDF (into the archive unless ``path`` is given)."""
        return self.renderer.render_pdf(notice, path or self.archive_path(notice))

    def print(self, notice: Notice, printer: Any) -> RenderResult:
        """Archive the PDF, then print on ``printer`` (a ``QPrinter`` the UI set up); ``PrintError`` names the PDF."""
        return print_notice(self.renderer, notice, printer, self.archive_path(notice))
