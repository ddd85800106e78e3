"""Electronic materials at the window: capture (file, or the folder a 高拍仪/scanner writes to), rotate and crop,
kept with the draft; 电子证照 lookup (免提交); the uploader's queue on the store.

One-line operations for the UI (through its operations gateway). Files live content-addressed beside the database
(``store.attachments.FileStore``); a draft names its files by hash in its materials (``IntakeDraft.set_pages``) and is
saved at once, so a program closed mid-intake loses no scan. The case's ``case.material_recorded`` events carry the
hashes (``services.intake``), and the case's files are queued for the center in the same transaction.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from govdesk.domain.attachments import AttachmentRefused, PageRef, SharedProof
from govdesk.domain.messages import Message, translate
from govdesk.protocol.attachments import LicenceLookup
from govdesk.services.drafts import IntakeDraft
from govdesk.services.errors import ServiceError
from govdesk.services.intake import IntakeService
from govdesk.store.attachments import FileStore
from govdesk.store.errors import StoreError
from govdesk.store.store import Store
from govdesk.sync.attachments import AttachmentClient, AttachmentUploader, PendingFile, UploadStatus
from govdesk.sync.engine import SyncEngine
from govdesk.sync.errors import SyncError

CANNOT_SAVE = translate("AttachmentService", "无法保存材料文件：{error}", "services.attachments.cannot_save")
CANNOT_READ_FOLDER = translate(
    "AttachmentService",
    "无法读取高拍仪/扫描仪的输出文件夹 {folder}：{error}",
    "services.attachments.cannot_read_folder",
)
BAD_CROP = translate("AttachmentService", "裁剪范围无效：请在图上框出要保留的部分", "services.attachments.bad_crop")
CROP_TOO_SMALL = translate(
    "AttachmentService",
    "裁剪范围太小：请框出材料的完整内容",
    "services.attachments.crop_too_small",
)
PDF_NO_EDIT = translate(
    "AttachmentService",
    "PDF 文件不能在此旋转或裁剪：请在扫描时调整，或改用图片格式扫描",
    "services.attachments.pdf_no_edit",
)
CANNOT_PROCESS = translate("AttachmentService", "无法处理该图片：{error}", "services.attachments.cannot_process")
LICENCE_CHECK_FAILED = translate(
    "AttachmentService",
    "电子证照核验未完成：{reason}",
    "services.attachments.licence_check_failed",
)
NO_ID_FOR_LICENCE = translate(
    "AttachmentService",
    "请先填写申请人的证件号码，再核验电子证照",
    "services.attachments.no_id_for_licence",
)
LICENCE_OFFLINE = translate(
    "AttachmentService",
    "未连接中心服务器，无法核验电子证照；该材料仍按数据共享办理，无需申请人提交",
    "services.attachments.licence_offline",
)
NO_LICENCE = translate(
    "AttachmentService",
    "电子证照库中没有该申请人有效的“{material_name}”；可请申请人提供纸质材料，或按数据共享另行核实",
    "services.attachments.no_licence",
)

log = logging.getLogger(__name__)

#: Where a watched folder's files go once taken (kept, not deleted: the device's own copy is the clerk's to clear).
TAKEN_DIR = "已采集"
REFUSED_DIR = "未采集"
#: File names a device writes while it is still writing (never taken half-written).
_PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")
_PIL_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG"}


@dataclass(frozen=True, slots=True)
class FolderTake:
    """What one look at the watched folder took, and what it could not (file name, why), in words."""

    pages: tuple[PageRef, ...]
    problems: tuple[tuple[str, str], ...] = ()


class StoreAttachmentQueue:
    """The uploader's ``AttachmentQueue`` on the local store."""

    def __init__(self, store: Store, files: FileStore) -> None:
        self.store = store
        self.files = files

    def ready(self, limit: int) -> list[PendingFile]:
        return [
            PendingFile(i.case_id, i.sha256, i.size, i.content_type, i.attempts)
            for i in self.store.uploads_ready(limit)
        ]

    def open(self, sha256: str) -> BinaryIO:
        return self.files.open(sha256)

    def mark(self, case_id: str, sha256: str, status: str, error: str = "") -> None:
        with self.store.unit() as uow:
            uow.mark_upload(case_id, sha256, status, error)

    def counts(self) -> Mapping[str, int]:
        return self.store.upload_counts()


class AttachmentService:
    """Capture and keep a material's files for one clerk's intake."""

    def __init__(self, store: Store, files: FileStore | None = None, clerk_id: str = "") -> None:
        self.store = store
        self.files = files or FileStore.for_store(store)
        self.clerk_id = clerk_id

    # --- capture ------------------------------------------------------------------------------------------------

    def capture_file(self, path: Path) -> PageRef:
        """A file the clerk chose (or a device wrote): checked by its bytes, kept under its hash."""
        try:
            return self.files.put_file(Path(path))
        except StoreError as error:
            raise AttachmentRefused(Message(CANNOT_SAVE, error=error)) from error

    def capture_files(self, paths: Sequence[Path]) -> FolderTake:
        """Files the clerk chose, one by one: each kept, or why not said with its name; the others are kept all the
        same."""
        pages: list[PageRef] = []
        problems: list[tuple[str, str]] = []
        for path in paths:
            try:
                pages.append(self.capture_file(path))
            except AttachmentRefused as error:  # this file only: the next ones are still taken
                problems.append((Path(path).name, str(error)))
        return FolderTake(tuple(pages), tuple(problems))

    def take_from_folder(self, folder: Path) -> FolderTake:
        """Every finished file the device wrote into ``folder`` (oldest first), taken in and moved to its
        ``已采集`` subfolder; a file that is no scan goes to ``未采集`` with the reason said."""
        folder = Path(folder)
        try:
            names = sorted(
                (p for p in folder.iterdir() if p.is_file() and finished_file(p)),
                key=lambda p: (p.stat().st_mtime, p.name),
            )
        except OSError as error:
            raise AttachmentRefused(
                Message(CANNOT_READ_FOLDER, folder=folder, error=error.strerror or error)
            ) from error
        pages: list[PageRef] = []
        problems: list[tuple[str, str]] = []
        for path in names:
            try:
                pages.append(self.capture_file(path))
                move_file(path, folder / TAKEN_DIR)
            except AttachmentRefused as error:
                problems.append((path.name, str(error)))
                with contextlib.suppress(OSError):
                    move_file(path, folder / REFUSED_DIR)
        return FolderTake(tuple(pages), tuple(problems))

    # --- rotate and crop ----------------------------------------------------------------------------------------

    def rotate(self, ref: PageRef, quarter_turns: int) -> PageRef:
        """The page turned clockwise by ``quarter_turns`` × 90°, kept as a new file (the original stays: the draft
        may still name it until saved)."""
        from PIL import Image

        turns = quarter_turns % 4
        if turns == 0:
            return ref
        transpose = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_90}[turns]
        return self._edit(ref, lambda img: img.transpose(transpose))

    def crop(self, ref: PageRef, box: tuple[float, float, float, float]) -> PageRef:
        """The part of the page inside ``box`` (left, top, right, bottom as fractions of its width and height)."""
        left, top, right, bottom = box
        if not (0 <= left < right <= 1 and 0 <= top < bottom <= 1):
            raise AttachmentRefused(Message(BAD_CROP))
        if (right - left) < 0.05 or (bottom - top) < 0.05:
            raise AttachmentRefused(Message(CROP_TOO_SMALL))

        def cut(img: object) -> object:
            from PIL import Image

            assert isinstance(img, Image.Image)
            w, h = img.size
            return img.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))

        return self._edit(ref, cut)

    def _edit(self, ref: PageRef, change: object) -> PageRef:
        from PIL import Image, UnidentifiedImageError

        fmt = _PIL_FORMATS.get(ref.content_type)
        if fmt is None:
            raise AttachmentRefused(Message(PDF_NO_EDIT))
        try:
            with self.files.open(ref.sha256) as fh, Image.open(fh) as img:
                img.load()
                edited = change(img)  # type: ignore[operator]
                out = io.BytesIO()
                options = {"quality": 90, "dpi": img.info.get("dpi", (300, 300))} if fmt == "JPEG" else {}
                edited.save(out, fmt, **options)
        except (OSError, UnidentifiedImageError) as error:
            raise AttachmentRefused(Message(CANNOT_PROCESS, error=error)) from error
        out.seek(0)
        return self.files.put_stream(out)

    # --- the draft keeps them -----------------------------------------------------------------------------------

    def set_pages(self, draft: IntakeDraft, code: str, name: str, pages: tuple[PageRef, ...]) -> IntakeDraft:
        """The material's files, in order, kept with the draft (saved now: closing the program loses none)."""
        draft.set_pages(code, name, tuple(pages))
        self.store.save_draft(draft.draft_id, draft.to_json(), self.clerk_id)
        return draft

    def record_shared(self, draft: IntakeDraft, code: str, name: str, proof: SharedProof) -> IntakeDraft:
        """免提交: the material vouched for by data sharing, with its source and reference, kept with the draft."""
        draft.set_shared(code, name, proof)
        self.store.save_draft(draft.draft_id, draft.to_json(), self.clerk_id)
        return draft

    @property
    def scanner_folder(self) -> Path:
        """The folder the 高拍仪/scanner driver is set to write into (beside the database): ``<data>/高拍仪``."""
        return Path(self.store.path).parent / "高拍仪"

    def preview_bytes(self, ref: PageRef) -> bytes:
        """The file's bytes for showing it (a scan is a few hundred KB)."""
        with self.files.open(ref.sha256) as fh:
            return fh.read()

    def upload_counts(self) -> Mapping[str, int]:
        return self.store.upload_counts()


class LicenceLookupFailed(ServiceError):
    """The lookup could not be made (no network, not logged in); Chinese, for the clerk."""


def proof_from(found: LicenceLookup) -> SharedProof | None:
    """The sharing proof a lookup gives, or None when the library has no valid licence for the holder."""
    if not found.found or not found.licence_no:
        return None
    return SharedProof(source=found.source or "电子证照库", reference=found.licence_no, holder=found.holder_name)


def lookup_licence(client: object, material_code: str, holder_id: str) -> SharedProof | None:
    """Ask the center's licence library (``client``: a ``sync.attachments.AttachmentClient``)."""
    assert isinstance(client, AttachmentClient)
    try:
        return proof_from(client.licence(material_code, holder_id))
    except SyncError as error:
        raise LicenceLookupFailed(Message(LICENCE_CHECK_FAILED, reason=error.message)) from error


def finished_file(path: Path) -> bool:
    name = path.name
    return not name.startswith(".") and not name.lower().endswith(_PARTIAL_SUFFIXES)


def move_file(path: Path, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    if target.exists():
        target = folder / f"{path.stem}-{os.getpid()}-{path.stat().st_mtime_ns}{path.suffix}"
    shutil.move(str(path), target)


def make_uploader(
    store: Store, engine: SyncEngine, *, on_status: Callable[[UploadStatus], None] | None = None
) -> AttachmentUploader:
    """The scans' uploader beside ``engine`` (same center, its access token, its own connection and thread): woken
    after every sync round (a case's events may just have gone), asking the engine for a round when the token is
    missing or expired (only the engine renews it)."""
    uploader = AttachmentUploader(
        AttachmentClient.beside(engine.client),
        StoreAttachmentQueue(store, FileStore.for_store(store)),
        on_status=on_status,
        on_needs_token=engine.sync_now,
    )
    engine.round_tasks.append(lambda _client: uploader.wake_threadsafe())
    return uploader


def attachments_for(intake: IntakeService) -> AttachmentService:
    """The capture service of an intake window (same store, same clerk)."""
    return AttachmentService(intake.store, clerk_id=intake.window.actor.clerk_id)


class LicenceDesk:
    """The center's 电子证照 library as the window sees it: bound to the center's client once sync runs
    (``ui.sync_controller``), unbound (and said so in words) before."""

    def __init__(self) -> None:
        self.client: AttachmentClient | None = None

    def use(self, client: AttachmentClient | None) -> None:
        self.client = client

    def verify(self, material_code: str, material_name: str, holder_id: str) -> SharedProof:
        """The holder's licence serving as this material (regulation 000 Art. 31: 免提交), or ``LicenceLookupFailed``
        saying why not; blocking (the gateway's network lane)."""
        if not holder_id.strip():
            raise LicenceLookupFailed(Message(NO_ID_FOR_LICENCE))
        if self.client is None:
            raise LicenceLookupFailed(Message(LICENCE_OFFLINE))
        proof = lookup_licence(self.client, material_code, holder_id.strip().upper())
        if proof is None:
            raise LicenceLookupFailed(Message(NO_LICENCE, material_name=material_name))
        return proof


#: The program's one licence desk (bound by the sync controller; tests bind their own client).
LICENCES = LicenceDesk()
