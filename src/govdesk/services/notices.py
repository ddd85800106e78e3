"""Notices: rendered to PDF (kept in the archive beside the database), then printed from the same layout.

Every notice a window issues is archived as ``<data>/notices/<case_no>/<kind>-<n>.pdf`` before anything is sent to
a printer, so a printer that fails loses nothing: the notice is reprinted from the case (STYLE.md, Printing).
Beside each archived PDF its canonical JSON is kept (``<kind>-<n>.json``), so the notice can be printed again
(补打) with the same content and signature and "（补打）" in its title (``notice_archive``); a reprint's PDF is kept
under ``reprints/``. The notices are signed with the center's Ed25519 key (``<data>/keys/``), verifiable offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from govdesk.domain.notices import CenterProfile, Notice, canonical_text
from govdesk.printing.notice_keys import notice_key_path
from govdesk.printing.templates import TemplateSet
from govdesk.services.notice_archive import (
    ArchivedNotice,
    ReprintTemplates,
    list_archived,
    load_notice,
    reprint_path,
)

if TYPE_CHECKING:
    # The renderer and the printer (Qt's printing, the barcode and QR libraries) are imported on the first notice,
    # not at start-up (issue 15).
    from govdesk.printing.render import NoticeRenderer, RenderResult


class NoticeService:
    """Renders, archives and prints notices for one center."""

    def __init__(self, data_dir: Path, template_dir: Path | None = None) -> None:
        self.data_dir = data_dir
        self.archive_dir = data_dir / "notices"
        self.key_path = notice_key_path(data_dir)  # the same file as ``govdesk notice … --basedir``
        self.templates = TemplateSet(template_dir)
        self._renderer: NoticeRenderer | None = None
        self._reprinter: NoticeRenderer | None = None

    @property
    def renderer(self) -> NoticeRenderer:
        """Built on first use: it needs a QGuiApplication (fonts) and reads the signing key."""
        if self._renderer is None:
            from govdesk.printing.render import NoticeRenderer
            from govdesk.printing.signing import NoticeSigner, load_or_create_private_key

            signer = NoticeSigner(load_or_create_private_key(self.key_path))
            self._renderer = NoticeRenderer(signer, self.templates)
        return self._renderer

    @property
    def reprinter(self) -> NoticeRenderer:
        """The renderer of reprints: the same key, the title marked "（补打）"."""
        if self._reprinter is None:
            from govdesk.printing.render import NoticeRenderer

            self._reprinter = NoticeRenderer(self.renderer.signer, ReprintTemplates(self.templates))
        return self._reprinter

    @staticmethod
    def can_render() -> bool:
        """Whether this process can render notices (a GUI application is running; the command line has none)."""
        from govdesk.printing.gui import gui_ready

        return gui_ready()

    def center(self) -> CenterProfile:
        return self.templates.center()

    def archive_path(self, notice: Notice) -> Path:
        folder = self.archive_dir / notice.case_no
        n = 1
        while (folder / f"{notice.kind.value}-{n}.pdf").exists():
            n += 1
        return folder / f"{notice.kind.value}-{n}.pdf"

    def render_pdf(self, notice: Notice, path: Path | None = None) -> RenderResult:
        """Write the notice as a PDF (into the archive, with its JSON, unless ``path`` is given)."""
        if path is not None:
            return self.renderer.render_pdf(notice, path)
        target = self.archive_path(notice)
        result = self.renderer.render_pdf(notice, target)
        self._keep_json(notice, target)
        return result

    def print(self, notice: Notice, printer: Any) -> RenderResult:
        """Archive the PDF, then print on ``printer`` (a ``QPrinter`` the UI set up); ``PrintError`` names the PDF."""
        target = self.archive_path(notice)
        target.parent.mkdir(parents=True, exist_ok=True)
        self._keep_json(notice, target)  # kept first: a printer failure must not lose what can be reprinted
        from govdesk.printing.printer import print_notice

        return print_notice(self.renderer, notice, printer, target)

    @staticmethod
    def _keep_json(notice: Notice, pdf: Path) -> None:
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.with_suffix(".json").write_text(canonical_text(notice), encoding="utf-8")

    # --- the archive of a case ---

    def archived(self, case_no: str) -> list[ArchivedNotice]:
        """The notices issued for ``case_no`` on this PC, oldest first (reprints are not listed)."""
        return list_archived(self.archive_dir / case_no)

    def reprint(self, archived: ArchivedNotice, printer: Any) -> RenderResult:
        """Print ``archived`` again from its kept content, marked 补打 (its PDF kept under ``reprints/``).
        ``ArchiveError`` when its content was not kept, ``PrintError`` when the printer fails."""
        notice = load_notice(archived.json_path, self.center())
        from govdesk.printing.printer import print_notice

        return print_notice(self.reprinter, notice, printer, reprint_path(archived))
