"""Notices: rendered to PDF (kept in the archive beside the database), then printed from the same layout.

Every notice a window issues is archived as ``<data>/notices/<case_no>/<kind>-<n>.pdf`` before anything is sent to
a printer, so a printer that fails loses nothing: the notice is reprinted from the case (STYLE.md, Printing).
Beside each archived PDF its canonical JSON is kept (``<kind>-<n>.json``), so the notice can be printed again
(补打) with the same content and signature and "（补打）" in its title (``notice_archive``); a reprint's PDF is kept
under ``reprints/``. The notices are signed with the center's Ed25519 key (``<data>/keys/``), verifiable offline.

The archive holds names and ID numbers: with the database's key every file of it is sealed at rest
(``store.sealed_files``; regulation 000 Art. 32, GB/T 39786-2021 §8.4), the PDF made in memory and sealed as it is
written, and read back through the key (a reprint, the list of a case's notices, a copy saved). To be looked at, an
archived PDF is decrypted into the private viewing folder (``services.viewing``), emptied at lock, logout and exit.

Several notices at once (a decision's, a transfer's sheets): ``archive_all`` renders each into the archive and says
in words which did not render (the decision stands: they are printed again later); ``print_all`` prints each and
raises one ``NotPrinted`` naming every one the printer failed (the others printed, every PDF kept). These block (a
PDF takes a few hundred ms): the UI runs them through the operations gateway, off the GUI thread (Qt paints on a
``QPrinter`` from any one thread at a time).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govdesk.domain.messages import Message, join, said, translate
from govdesk.domain.notices import NOTICE_TITLES, CenterProfile, Notice, canonical_text
from govdesk.printing.errors import PrintError
from govdesk.printing.notice_keys import key_stamp, notice_key_path
from govdesk.printing.signing import (
    NoticeSigner,
    NoticeVerifier,
    PayloadError,
    load_or_create_private_key,
    parse_payload,
)
from govdesk.printing.templates import TemplateSet
from govdesk.services.notice_archive import (
    CONTENT_DAMAGED,
    ArchivedNotice,
    ArchiveError,
    ReprintTemplates,
    list_archived,
    load_notice,
    reprint_path,
)
from govdesk.services.viewing import ViewingCopies
from govdesk.store.errors import StoreError
from govdesk.store.sealed_files import SealedFiles

NOT_RENDERED = translate(
    "NoticeService",
    "办件已保存，但通知书未能生成：{errors}。可稍后按 Ctrl+P 重新打印。",
    "services.notices.not_rendered",
)

NOT_PRINTED = translate(
    "NoticeService", "打印失败（办件已保存，可重新打印）：{problems}", "services.notices.not_printed"
)
PRINT_PROBLEM = translate("NoticeService", "{title}：{error}", "services.notices.print_problem")
TITLED = translate("NoticeService", "{title}（{case_no}）", "services.notices.titled")
PDF_NOT_SAVED = translate("NoticeService", "保存 PDF 失败：{error}", "services.notices.pdf_not_saved")

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    # The renderer and the printer (Qt's printing, the barcode and QR libraries) are imported on the first notice,
    # not at start-up (issue 15).
    from govdesk.printing.render import NoticeRenderer, RenderResult


def notice_title(notice: Notice) -> str:
    """How a notice is named to the clerk: its title and case number."""
    return Message(TITLED, title=NOTICE_TITLES[notice.kind], case_no=notice.case_no)


@dataclass(frozen=True, slots=True)
class Archived:
    """Notices rendered into the archive: each one's PDF (None where it did not render), and what went wrong in the
    clerk's words ("" when all rendered)."""

    pdfs: tuple[Path | None, ...]
    problem: str = ""


class NotPrinted(PrintError):
    """The printer failed on some of the notices (the message names each, and says nothing is lost); ``pdfs`` holds
    what every notice's print left in the archive (None for one that failed before its PDF was written)."""

    def __init__(self, message: str, pdfs: tuple[Path | None, ...]) -> None:
        super().__init__(message)
        self.pdfs = pdfs


class NoticeService:
    """Renders, archives and prints notices for one center."""

    def __init__(self, data_dir: Path, template_dir: Path | None = None, files_key: bytes | None = None) -> None:
        """``files_key``: the store's files' key (``Store.files_key``): the archive is sealed with it; None: plain."""
        self.data_dir = data_dir
        self.archive_dir = data_dir / "notices"
        self.files = SealedFiles(files_key)
        self.viewing = ViewingCopies(data_dir, self.files)
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
            from govdesk.printing.render import NoticeRenderer

            signer = NoticeSigner(load_or_create_private_key(self.key_path))
            self._renderer = NoticeRenderer(signer, self.templates, read_image=self.read_image)
            self._reprinter = None
            self._key_stamp = key_stamp(self.key_path)
        return self._renderer

    @property
    def reprinter(self) -> NoticeRenderer:
        """The renderer of reprints: the same key, the title marked "（补打）"."""
        signer = self.renderer.signer
        if self._reprinter is None:
            from govdesk.printing.render import NoticeRenderer

            self._reprinter = NoticeRenderer(signer, ReprintTemplates(self.templates), read_image=self.read_image)
        return self._reprinter

    def read_image(self, path: str) -> bytes | None:
        """A signature file a notice names (sealed at rest), for the printing; None, and a line to sign on paper
        instead, when it is gone or does not open (said in the log)."""
        try:
            return self.files.read(self.signature_file(path))
        except (OSError, StoreError) as error:
            log.warning("signature not printed: %s", error, extra={"event": "signature_unreadable"})
            return None

    def signature_file(self, path: str) -> Path:
        """The file a notice's ``signature_image`` names: relative to the data folder, or (notices kept before
        2026-12) an absolute path — found again under this data folder by its ``signatures/…`` tail when the folder
        was moved or restored at another path."""
        named = Path(path)
        if not named.is_absolute():
            return self.data_dir / named
        parts = named.parts
        if named.exists() or "signatures" not in parts:
            return named
        tail = parts[len(parts) - 1 - parts[::-1].index("signatures") :]
        return self.data_dir.joinpath(*tail)

    def keep_pdf(self, path: Path, data: bytes) -> None:
        """An archived PDF written whole, sealed with the files' key (``OSError`` as it is: the renderer says it)."""
        self.files.write(path, data)

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
        result = self.renderer.render_pdf(notice, target, self.keep_pdf)
        self._keep_json(notice, target)
        return result

    def print(self, notice: Notice, printer: Any) -> RenderResult:
        """Archive the PDF, then print on ``printer`` (a ``QPrinter`` the UI set up); ``PrintError`` names the PDF."""
        target = self.archive_path(notice)
        target.parent.mkdir(parents=True, exist_ok=True)
        self._keep_json(notice, target)  # kept first: a printer failure must not lose what can be reprinted
        from govdesk.printing.printer import print_notice

        return print_notice(self.renderer, notice, printer, target, self.keep_pdf)

    def archive_all(self, notices: tuple[Notice, ...]) -> Archived:
        """Render each notice into the archive; one that does not render is said (the decision stands)."""
        pdfs: list[Path | None] = []
        errors: list[str] = []
        for notice in notices:
            try:
                pdfs.append(self.render_pdf(notice).path)
            except PrintError as error:  # the others still render
                pdfs.append(None)
                errors.append(said(error))
        problem = Message(NOT_RENDERED, errors=join(errors)) if errors else ""
        return Archived(tuple(pdfs), problem)

    def print_all(self, notices: tuple[Notice, ...], printer: Any) -> tuple[Path, ...]:
        """Print each notice (archived first, ``print``); the PDFs printed. ``NotPrinted`` names every one the printer
        failed, after trying them all."""
        pdfs: list[Path | None] = []
        problems: list[str] = []
        for notice in notices:
            try:
                pdfs.append(self.print(notice, printer).path)
            except PrintError as error:  # the others are still printed
                pdfs.append(Path(error.pdf_path) if error.pdf_path else None)
                problems.append(Message(PRINT_PROBLEM, title=notice_title(notice), error=error))
        if problems:
            raise NotPrinted(Message(NOT_PRINTED, problems=join(problems)), tuple(pdfs))
        return tuple(p for p in pdfs if p is not None)

    def save_copy(self, notice: Notice, archived: Path | None, path: Path) -> Path:
        """A copy of ``notice`` as a PDF at ``path`` the clerk chose (plain: the clerk takes it out on purpose): the
        archived file when there is one, else rendered now. ``PrintError`` says why not."""
        try:
            if archived is not None and archived.exists():
                path.write_bytes(self.files.read(archived))  # where the clerk chose: no folder made
            else:
                self.render_pdf(notice, path)
        except (OSError, PrintError, StoreError) as error:
            raise PrintError(Message(PDF_NOT_SAVED, error=error)) from error
        return path

    def _keep_json(self, notice: Notice, pdf: Path) -> None:
        """The notice's content, and its QR as printed (Ed25519 is deterministic: the payload the renderer prints)."""
        self.files.write(pdf.with_suffix(".json"), canonical_text(notice).encode("utf-8"))
        self.files.write(pdf.with_suffix(QR_SUFFIX), self.renderer.signer.payload(notice).encode("utf-8"))

    # --- the archive of a case ---

    def archived(self, case_no: str) -> list[ArchivedNotice]:
        """The notices issued for ``case_no`` on this PC, oldest first (reprints are not listed)."""
        return list_archived(self.archive_dir / case_no, self.files)

    def reprint(self, archived: ArchivedNotice, printer: Any) -> RenderResult:
        """Print ``archived`` again from its kept content, marked 补打 (its PDF kept under ``reprints/``).
        ``ArchiveError`` when its content was not kept, ``PrintError`` when the printer fails."""
        notice = load_notice(archived.json_path, self.center(), self.files)
        from govdesk.printing.printer import print_notice
        from govdesk.printing.render import NoticeRenderer

        kept = archived.json_path.with_suffix(QR_SUFFIX)
        renderer = self.reprinter
        if kept.is_file():  # the original QR: a key replaced since (revoked, rotated) must not re-sign an old date
            signer = KeptSignature(renderer.signer, self._read_text(kept).strip())
            renderer = NoticeRenderer(signer, ReprintTemplates(self.templates), read_image=self.read_image)
        return print_notice(renderer, notice, printer, reprint_path(archived), self.keep_pdf)

    def _read_text(self, path: Path) -> str:
        try:
            return self.files.read_text(path)
        except (OSError, StoreError, ValueError) as error:
            raise ArchiveError(Message(CONTENT_DAMAGED, path=path, error=error)) from error

    # --- looking at an archived PDF ---

    def view_copy(self, pdf: Path) -> Path:
        """A decrypted copy of the archived ``pdf`` in the private viewing folder, for the system's PDF viewer
        (``services.viewing``); ``ViewingError`` in words when it cannot be made."""
        return self.viewing.copy(pdf)

    def clear_views(self) -> int:
        """Remove every decrypted copy made for viewing (at lock, logout and exit; at start after a kill)."""
        return self.viewing.clear()


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
