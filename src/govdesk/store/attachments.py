"""Scanned materials on this PC: the files, content-addressed, and their upload queue to the center.

- ``FileStore``: files beside the database (``<data>/attachments/ab/abcdef…``), named by their SHA-256, written to a
  temporary name, synced, then renamed: a file either is there whole under its hash or not at all, and the same
  scan taken twice is kept once. Drafts name their files by hash (``services.drafts``), so closing the program
  mid-intake loses none. With the database's key the files are encrypted (``store.file_crypto``): ``for_store``
  gives the store's files with its key; plain files from before are sealed once (``seal_plain_files``).
- Orphans: a page captured and then dropped (a capture cancelled, a page turned or cropped into a new file, a draft
  discarded) is named by nothing; ``sweep`` removes files no draft, case or upload names (``referenced_files``),
  once they are older than a grace period (a capture in progress is not yet in its draft).
- ``attachment_uploads``: one row per file of a case, written in the SAME transaction as the case and its events
  (``enqueue_case_files``). A row is ready to go only when none of its case's events is still pending in the
  outbox (files follow their case's events); the queue is apart from the outbox, so events never wait for files.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from govdesk.domain.attachments import MAX_FILE_BYTES, AttachmentRefused, PageRef, check_file, pdf_page_count
from govdesk.domain.case import Case
from govdesk.domain.messages import Message
from govdesk.store import file_crypto
from govdesk.store.errors import translate
from govdesk.store.messages import ATTACHMENT_UNREADABLE, SEAL_MISMATCH, SEALED_NO_KEY
from govdesk.store.models import AttachmentUploadRow, CaseRow, DraftRow

#: Bytes read at a time when a file is copied in or hashed (never a whole file in memory).
COPY_CHUNK = 256 * 1024
#: How far into a PDF its page objects are counted (a scan's page objects come early; larger ones count by it).
PDF_SCAN_BYTES = 4 * 1024 * 1024

PENDING, SENT, REFUSED = "pending", "sent", "refused"
_TABLE = cast(Table, AttachmentUploadRow.__table__)


class FileStore:
    """Content-addressed files under ``root``; encrypted with ``key`` (the files' key, ``store.file_crypto``) when
    one is given."""

    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = Path(root)
        self.key = key

    @classmethod
    def beside(cls, database: Path, key: bytes | None = None) -> FileStore:
        return cls(Path(database).parent / "attachments", key)

    @classmethod
    def for_store(cls, store: Any) -> FileStore:
        """The scans of ``store`` (a ``Store``), encrypted when its database is."""
        return cls.beside(store.path, store.files_key)

    @classmethod
    def results_of(cls, store: Any) -> FileStore:
        """The result documents fetched from the center for ``store``'s cases (kept apart from the scans)."""
        return cls(Path(store.path).parent / "attachments" / "results", store.files_key)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open(self, sha256: str) -> BinaryIO:
        """The file's plaintext (decrypted as it is read when sealed; a plain file from before as it is)."""
        return file_crypto.open_either(self.key, self.path(sha256), Message(SEALED_NO_KEY))

    def is_sealed(self, sha256: str) -> bool:
        return file_crypto.file_is_sealed(self.path(sha256))

    def put_file(self, source: Path, name: str = "") -> PageRef:
        """Copy ``source`` in (type and size checked by its bytes; ``AttachmentRefused`` in words otherwise)."""
        try:
            with Path(source).open("rb") as fh:
                return self.put_stream(fh, name or Path(source).name)
        except OSError as error:
            raise AttachmentRefused(
                Message(ATTACHMENT_UNREADABLE, file=Path(source).name, error=error.strerror or error)
            ) from error

    def put_bytes(self, data: bytes, name: str = "") -> PageRef:
        return self.put_stream(io.BytesIO(data), name)

    def put_stream(self, stream: BinaryIO, name: str = "") -> PageRef:
        """Copy a stream in, hashing as it goes; the file appears under its hash only once it is whole."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            head = b""
            pdf_pages_seen = b""
            fd, tmp_name = tempfile.mkstemp(prefix=".part-", dir=self.root)
            tmp = Path(tmp_name)
            try:
                with os.fdopen(fd, "wb") as out:
                    sealer = file_crypto.Sealer(self.key, out) if self.key is not None else None
                    sink = sealer.write if sealer is not None else out.write
                    while chunk := stream.read(COPY_CHUNK):
                        if not head:
                            head = chunk[:16]
                            check_file(head, max(len(chunk), 1), name)  # not a scan: refused at once
                        if size < PDF_SCAN_BYTES:
                            pdf_pages_seen += chunk[: PDF_SCAN_BYTES - size]
                        digest.update(chunk)
                        sink(chunk)
                        size += len(chunk)
                        if size > MAX_FILE_BYTES:
                            check_file(head, size, name)  # refused in words before the rest is read
                    if sealer is not None:
                        sealer.close()
                    out.flush()
                    os.fsync(out.fileno())
                kind = check_file(head, size, name)
                sha = digest.hexdigest()
                target = self.path(sha)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
        except OSError as error:
            raise translate(error) from error
        pages = pdf_page_count(pdf_pages_seen) if kind == "application/pdf" else 1
        return PageRef(sha, size, kind, pages)

    def verify(self, ref: PageRef) -> bool:
        """Whether the file under ``ref``'s hash is there, of its size, and still hashes to it."""
        digest = hashlib.sha256()
        size = 0
        try:
            with self.open(ref.sha256) as fh:
                while chunk := fh.read(COPY_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except (OSError, file_crypto.SealedFileDamaged):
            return False
        return size == ref.size and digest.hexdigest() == ref.sha256

    def hashes(self) -> Iterator[Path]:
        """Every file kept under its hash (not the temporary ones, not the results' folder)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                for path in sorted(folder.iterdir()):
                    if path.is_file() and len(path.name) == 64 and path.name.startswith(folder.name):
                        yield path

    def seal_plain_files(self) -> int:
        """Encrypt every plain file kept from before, once (the files' key needed): each is sealed into a temporary
        file, read back and checked against its hash, flushed, then renamed over the plain one; a crash leaves
        either whole. Returns how many were sealed. A plain file that does not hash to its name is left as it is
        (``verify`` already refuses to send it)."""
        if self.key is None:
            return 0
        sealed = 0
        for path in list(self.hashes()):
            if file_crypto.file_is_sealed(path):
                continue
            sha = path.name
            tmp = path.with_name(f".seal-{uuid.uuid4().hex}")
            try:
                with path.open("rb") as src, tmp.open("wb") as out:
                    digest = file_crypto.seal_copy(self.key, src, out)
                if digest.hex() != sha:
                    continue  # damaged before: not ours to bless
                if file_crypto.sealed_sha256(self.key, tmp.open("rb")).hex() != sha:
                    raise file_crypto.SealedFileDamaged(Message(SEAL_MISMATCH))
                os.replace(tmp, path)
                sealed += 1
            except OSError as error:
                raise translate(error) from error
            finally:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
        return sealed

    def older_than(self, moment: datetime) -> set[str]:
        """The hashes of the files last written before ``moment`` (the candidates of a sweep)."""
        cutoff = moment.timestamp()
        found: set[str] = set()
        for path in self.hashes():
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    found.add(path.name)
        return found

    def sweep(self, keep: set[str], older_than: datetime, only: set[str] | None = None) -> int:
        """Remove every file named by nothing in ``keep`` and last written before ``older_than`` (and temporary
        files a crash left behind, as old); ``only``: consider these hashes only. Returns how many files went."""
        cutoff = older_than.timestamp()
        gone = 0
        if not self.root.is_dir():
            return 0
        leftovers: list[Path] = []
        if only is None:
            leftovers = [p for p in self.root.glob(".*") if p.is_file()]
            leftovers += [p for folder in self.root.iterdir() if folder.is_dir() for p in folder.glob(".seal-*")]
        for path in [*self.hashes(), *leftovers]:
            if path.name in keep or (only is not None and path.name not in only):
                continue
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    gone += 1
        return gone

    def chunks(self, sha256: str, offset: int, chunk_size: int) -> Iterator[tuple[int, bytes]]:
        """(offset, bytes) of the file from ``offset`` on, ``chunk_size`` at a time."""
        with self.open(sha256) as fh:
            fh.seek(offset)
            while data := fh.read(chunk_size):
                yield offset, data
                offset += len(data)

    def temp_path(self, suffix: str = "") -> Path:
        """A fresh path inside the store (same file system: a rotated page is renamed in, never copied)."""
        self.root.mkdir(parents=True, exist_ok=True)
        return self.root / f".work-{uuid.uuid4().hex}{suffix}"


# --- the upload queue -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UploadItem:
    case_id: str
    sha256: str
    size: int
    content_type: str
    attempts: int


def case_files(case: Case) -> dict[str, PageRef]:
    """Every file the case's materials name, by hash."""
    return {p.sha256: p for rec in case.materials.values() for p in rec.pages}


def enqueue_case_files(tx: Session, case: Case) -> int:
    """Queue the case's files for the center, in the caller's transaction (the one that saves the case and its
    events). A file already queued for the case is left as it is. Returns how many rows were new."""
    files = case_files(case)
    if not files:
        return 0
    now = _now()
    rows = [
        {
            "case_id": case.case_id,
            "sha256": ref.sha256,
            "size": ref.size,
            "content_type": ref.content_type,
            "status": PENDING,
            "attempts": 0,
            "last_error": "",
            "created_at": now,
            "updated_at": now,
        }
        for ref in files.values()
    ]
    result = tx.execute(sqlite_insert(_TABLE).values(rows).on_conflict_do_nothing())
    return int(getattr(result, "rowcount", 0) or 0)


def _now() -> str:
    return datetime.now(UTC).isoformat()


# A case is ready when none of its events waits in the outbox: its files go after them (the center takes a file only
# for a case whose events name it).
_READY = text(
    """
    SELECT u.case_id, u.sha256, u.size, u.content_type, u.attempts FROM attachment_uploads u
    WHERE u.status = 'pending' AND NOT EXISTS (
        SELECT 1 FROM events e JOIN outbox o ON o.event_id = e.event_id
        WHERE e.case_id = u.case_id AND o.status = 'pending')
    ORDER BY u.created_at, u.case_id, u.sha256 LIMIT :limit
    """
)


def ready(db: Session | Connection, limit: int = 50) -> list[UploadItem]:
    """The oldest files whose case's events have all left the outbox."""
    return [UploadItem(*row) for row in db.execute(_READY, {"limit": limit}).all()]


def mark(tx: Session, case_id: str, sha256: str, status: str, error: str = "") -> None:
    """One attempt's outcome: SENT (the center holds the file whole), REFUSED (needs a person: ``error`` says why),
    PENDING (try again: ``error`` is shown until then)."""
    tx.execute(
        _TABLE.update()
        .where(_TABLE.c.case_id == case_id, _TABLE.c.sha256 == sha256)
        .values(status=status, last_error=error, attempts=_TABLE.c.attempts + 1, updated_at=_now())
    )


def counts(db: Session | Connection) -> dict[str, int]:
    """How many files are pending, sent and refused."""
    rows = db.execute(select(_TABLE.c.status, func.count()).group_by(_TABLE.c.status)).all()
    found = {PENDING: 0, SENT: 0, REFUSED: 0}
    found.update({str(status): int(n) for status, n in rows})
    return found


def pending_bytes(db: Session | Connection) -> int:
    stmt = select(func.coalesce(func.sum(_TABLE.c.size), 0)).where(_TABLE.c.status == PENDING)
    return int(db.execute(stmt).scalar_one())


def refused(db: Session | Connection) -> list[tuple[str, str, str]]:
    """(case_id, sha256, the center's words) of every refused file."""
    stmt = select(_TABLE.c.case_id, _TABLE.c.sha256, _TABLE.c.last_error).where(_TABLE.c.status == REFUSED)
    return [(str(a), str(b), str(c)) for a, b, c in db.execute(stmt).all()]


# --- what names a file ------------------------------------------------------------------------------------------

_SHA = re.compile(r'"sha256"\s*:\s*"([0-9a-f]{64})"')


def referenced_files(db: Session | Connection, among: set[str] | None = None) -> set[str]:
    """Every file hash something on this PC still names: a draft's pages, a case's materials (its snapshot), the
    upload queue (sent files too: a case's record keeps them). What is not here is an orphan.

    ``among``: only these hashes are in question; when the queue and the drafts name them all (the usual start),
    the cases' snapshots are not read (a scan of every case, which a start should not pay for nothing)."""
    keep = {str(sha) for sha in db.execute(select(_TABLE.c.sha256)).scalars()}
    for text_ in db.execute(select(DraftRow.json)).scalars():
        keep.update(_SHA.findall(text_))
    if among is not None and among <= keep:
        return keep
    named = select(CaseRow.snapshot).where(CaseRow.snapshot.like('%"sha256"%'))
    for text_ in db.execute(named).scalars():
        keep.update(_SHA.findall(text_))
    return keep
