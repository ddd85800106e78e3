"""Notices: rendered to PDF (kept in the archive beside the database), then printed from the same layout.

Every notice a window issues is archived as ``<data>/notices/<case_no>/<kind>-<n>.pdf`` before anything is sent to
a printer, so a printer that fails loses nothing: the notice is reprinted from the case (STYLE.md, Printing).
Beside each archived PDF its canonical JSON is kept (``<kind>-<n>.json``), so the notice can be printed again
(补打) with the same content and signature and "（补打）" in its title (``notice_archive``); a reprint's PDF is kept
under ``reprints/``. The notices are signed with the center's Ed25519 key (``<data>/keys/``), verifiable offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govdesk.domain.notices import CenterProfile, Notice, canonical_text
from govdesk.printing.gui import gui_ready
from govdesk.printing.notice_keys import key_stamp, notice_key_path
from govdesk.printing.printer import print_notice
from govdesk.printing.render import NoticeRenderer, RenderResult
from govdesk.printing.signing import (
    NoticeSigner,
    NoticeVerifier,
    PayloadError,
    load_or_create_private_key,
    parse_payload,
)
from govdesk.printing.templates import TemplateSet
from govdesk.services.notice_archive import (
    ArchivedNotice,
    ReprintTemplates,
    list_archived,
    load_notice,
    reprint_path,
)


class NoticeService:
    """Renders, archives and prints notices for one center."""

    def __init__(self, data_dir: Path, template_dir: Path | None = None) -> None:
        self.data_dir = data_dir
        self.archive_dir = data_dir / "notices"
        self.key_path = notice_key_path(data_dir)  # the same file as ``govdesk notice … --basedir``
        self.templates = TemplateSet(template_dir)
        self._renderer: NoticeRenderer | None = None
        self._reprinter: NoticeRenderer | None = None
        self._key_stamp: tuple[int, int] | None = None

    @property
    def renderer(self) -> NoticeRenderer:
        """Built on first use: it needs a QGuiApplication (fonts) and reads the signing key. Built again when the key
        file was replaced (a key the center revoked is replaced at a sync round: ``notice_certification``), so no
        notice is signed with a revoked key after the round that learnt of it."""
        stamp = key_stamp(self.key_path)
        if self._renderer is None or stamp != self._key_stamp:
            signer = NoticeSigner(load_or_create_private_key(self.key_path))
            self._renderer = NoticeRenderer(signer, self.templates)
            self._reprinter = None
            self._key_stamp = key_stamp(self.key_path)
        return self._renderer

    @property
    def reprinter(self) -> NoticeRenderer:
        """The renderer of reprints: the same key, the title marked "（补打）"."""
        signer = self.renderer.signer
        if self._reprinter is None:
            self._reprinter = NoticeRenderer(signer, ReprintTemplates(self.templates))
        return self._reprinter

    @staticmethod
    def can_render() -> bool:
        """Whether this process can render notices (a GUI application is running; the command line has none)."""
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
        return print_notice(self.renderer, notice, printer, target)

    def _keep_json(self, notice: Notice, pdf: Path) -> None:
        """The notice's content, and its QR as printed (Ed25519 is deterministic: the payload the renderer prints)."""
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.with_suffix(".json").write_text(canonical_text(notice), encoding="utf-8")
        pdf.with_suffix(QR_SUFFIX).write_text(self.renderer.signer.payload(notice), encoding="utf-8")

    # --- the archive of a case ---

    def archived(self, case_no: str) -> list[ArchivedNotice]:
        """The notices issued for ``case_no`` on this PC, oldest first (reprints are not listed)."""
        return list_archived(self.archive_dir / case_no)

    def reprint(self, archived: ArchivedNotice, printer: Any) -> RenderResult:
        """Print ``archived`` again from its kept content, marked 补打 (its PDF kept under ``reprints/``).
        ``ArchiveError`` when its content was not kept, ``PrintError`` when the printer fails."""
        notice = load_notice(archived.json_path, self.center())
        kept = archived.json_path.with_suffix(QR_SUFFIX)
        renderer = self.reprinter
        if kept.is_file():  # the original QR: a key replaced since (revoked, rotated) must not re-sign an old date
            signer = KeptSignature(renderer.signer, kept.read_text(encoding="utf-8").strip())
            renderer = NoticeRenderer(signer, ReprintTemplates(self.templates))
        return print_notice(renderer, notice, printer, reprint_path(archived))


#: Beside each archived notice's JSON: the QR text printed on it.
QR_SUFFIX = ".qr.txt"


class KeptSignature(NoticeSigner):
    """Signs as ``base`` does, but gives a reprinted notice the QR its original carried (same case, kind and day):
    the original's signature stays the one that was valid that day, whatever key the window holds now."""

    def __init__(self, base: NoticeSigner, payload: str) -> None:
        super().__init__(base.private_key)
        self._kept = payload

    def payload(self, notice: Notice) -> str:
        try:
            kept = parse_payload(self._kept)
        except PayloadError:
            return super().payload(notice)
        if NoticeVerifier.matches_content(kept, notice):
            return self._kept
        return super().payload(notice)
