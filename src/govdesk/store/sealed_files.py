"""The window's other personal files beside the database, sealed at rest as the scans are (``store.file_crypto``):
the signatures drawn on the pad (``signatures/<case>/….png``: the applicant's on the 容缺 承诺书, the collector's at
hand-over), the notices archived (``notices/<case>/…``: the PDF printed, with names and ID numbers; its canonical
JSON and its QR text, kept for 补打; the reprints), and the supervisor's files (``supervision_files/<sha256>.jpg``:
the photos of a 现场巡查, of the hall, its clerks and citizens and the papers on a desk, and the inspector's signature
drawn on the pad; named by the SHA-256 of their plaintext). Regulation 000 Art. 32 (个人信息保护) and GB/T 39786-2021
§8.4 (存储机密性) ask it of these as of the scans.

Unlike the scans these are named by what they are, not by their hash, and read whole (a signature is a few KB, a
notice a few hundred). ``SealedFiles`` writes one whole or not at all (a temporary name in the same folder, synced,
renamed), sealed with the files' key when the store has one (no key: plain, as the database and the scans); reads
a sealed file or a plain one from before alike; and ``seal_tree`` seals the plain files of a folder once, each
read back and compared before it replaces the plain one (a kill half-way leaves the plain file or the sealed one,
never neither; the pass runs again at the next start, and removes the temporary file). A write killed before its
rename leaves a ``.part-`` file, sealed like the file it was to become.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from govdesk.domain.messages import Message
from govdesk.store import file_crypto
from govdesk.store.errors import translate
from govdesk.store.messages import KEPT_FILE_DAMAGED, KEPT_FILE_NO_KEY, KEPT_SEAL_MISMATCH

#: The folders beside the database holding these files (``data_dir / name``).
KEPT_FOLDERS = ("signatures", "notices")
#: The supervisor's photos and signature images (``services.supervision_common``), beside the database.
SUPERVISION_FOLDER = "supervision_files"
#: Temporary names: a write in progress (``.part-``), a plain file being sealed (``.seal-``).
PART_PREFIX = ".part-"
SEAL_PREFIX = ".seal-"


class SealedFiles:
    """Whole files written and read with the files' key ``key`` (None: plain, as without a database key)."""

    def __init__(self, key: bytes | None) -> None:
        self.key = key

    @classmethod
    def for_store(cls, store: Any) -> SealedFiles:
        """Sealed with the key of ``store`` (a ``Store``): the scans' key, derived from the database's."""
        return cls(store.files_key)

    def write(self, path: Path, data: bytes) -> None:
        """``data`` at ``path``, sealed when there is a key; whole or not at all. Raises ``OSError`` as it is (the
        caller says in its words which file could not be written)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{PART_PREFIX}{uuid.uuid4().hex}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out:
                if self.key is None:
                    out.write(data)
                else:
                    sealer = file_crypto.Sealer(self.key, out)
                    sealer.write(data)
                    sealer.close()
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def open(self, path: Path) -> BinaryIO:
        """The plaintext of ``path`` (decrypted as read when sealed; a plain file from before as it is).
        ``OSError`` when it is not there; ``SealedFileDamaged`` (in words) when it does not open."""
        try:
            return file_crypto.open_either(self.key, path, Message(KEPT_FILE_NO_KEY, name=path.name))
        except file_crypto.SealedFileDamaged:
            if self.key is None:  # sealed, and no key here: said as such
                raise
            raise file_crypto.SealedFileDamaged(Message(KEPT_FILE_DAMAGED, name=path.name)) from None

    def read(self, path: Path) -> bytes:
        """The whole plaintext of ``path`` (see ``open``)."""
        with self.open(path) as fh:
            try:
                return fh.read()
            except file_crypto.SealedFileDamaged:  # a segment changed or cut: said of this file, not of a scan
                raise file_crypto.SealedFileDamaged(Message(KEPT_FILE_DAMAGED, name=path.name)) from None

    def read_text(self, path: Path) -> str:
        return self.read(path).decode("utf-8")

    def is_sealed(self, path: Path) -> bool:
        return file_crypto.file_is_sealed(path)

    # --- plain files from before ---

    def seal_tree(self, root: Path) -> int:
        """Seal every plain file under ``root`` once (the key needed), and remove the temporary files a killed
        write or seal left behind. Returns how many were sealed. ``StoreError`` (in words) when one cannot be
        written or does not read back the same: that one stays plain, as it was."""
        if self.key is None or not root.is_dir():
            return 0
        sealed = 0
        for path in list(_files(root)):
            if path.name.startswith((PART_PREFIX, SEAL_PREFIX)):
                # a write that never reached its name (nothing named it yet), or a seal cut short: the plain
                # file it was sealing is still there whole
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            if self.is_sealed(path):
                continue
            self._seal(path)
            sealed += 1
        return sealed

    def _seal(self, path: Path) -> None:
        assert self.key is not None
        tmp = path.with_name(f"{SEAL_PREFIX}{uuid.uuid4().hex}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with path.open("rb") as src, os.fdopen(fd, "wb") as out:
                digest = file_crypto.seal_copy(self.key, src, out)
            if file_crypto.sealed_sha256(self.key, tmp.open("rb")) != digest:
                raise file_crypto.SealedFileDamaged(Message(KEPT_SEAL_MISMATCH, name=path.name))
            os.replace(tmp, path)
        except OSError as error:
            raise translate(error) from error
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def _files(root: Path) -> Iterator[Path]:
    for folder, _dirs, names in os.walk(root):
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def seal_kept_files(data_dir: Path, key: bytes | None, folders: tuple[str, ...] = KEPT_FOLDERS) -> int:
    """At start: the files of ``folders`` (the signatures and archived notices, or the supervisor's files) kept
    plain by an earlier version sealed (``seal_tree``)."""
    files = SealedFiles(key)
    if key is not None and SUPERVISION_FOLDER in folders:
        _drop_old_partials(data_dir / SUPERVISION_FOLDER)
    return sum(files.seal_tree(data_dir / folder) for folder in folders)


def _drop_old_partials(folder: Path) -> None:
    """The temporary files of the earlier plain writes of the supervisor's files (``<sha256><suffix>.part``, left
    by a kill before their rename): never a kept file (those end in their image type), so not sealed but removed."""
    with contextlib.suppress(OSError):
        for path in folder.glob("*.part"):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
