"""Scanned pages encrypted at rest, with the database's key (regulation 000 Art. 32: 个人信息保护; GB/T 22239-2019
level 3 and GB/T 39786-2021 §8.4, 存储机密性). An ID card's scan is as personal as the row that names it: SQLCipher
protects the row (``store.crypto``), this protects the file beside it.

The scheme (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár, as Tink's streaming AEAD and age use
it): a file is a header — ``MAGIC`` and a random 16-byte salt — then the plaintext in segments of ``SEGMENT`` bytes,
each sealed with AES-256-GCM under a key of its own file (HKDF-SHA256 of the files' key and the salt), the nonce
being the segment's number and a flag for the last segment, the header as associated data. So:

- a segment changed, moved, dropped, or the file cut short or lengthened is refused (GCM's tag; the last flag);
- any byte range is read by decrypting only its segments (the uploader resumes at an offset: never the whole file
  in memory, as before);
- each file has its own key (no nonce is ever used twice under one key, however many files).

The files' key is derived from the database's SQLCipher key (HKDF, "govdesk scanned files v1"): one secret in the OS
keyring opens both, and the database key itself never keys anything else. Without a database key (a PC with no
keyring, tests) files stay plain, as the database does. A plain file from before (no ``MAGIC``: every scan starts
with a JPEG, PNG or PDF signature, never with it) is still read, and ``store.attachments.FileStore.seal_plain_files``
encrypts them once, file by file, each checked before it replaces the plain one.

Names stay the SHA-256 of the plaintext (the center checks that hash): a name tells someone holding a copy of the
same scan that this PC holds it too, nothing about what is in a file they do not have.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from govdesk.domain.messages import Message
from govdesk.store.errors import StoreError
from govdesk.store.messages import SEALED_FILE_DAMAGED

MAGIC = b"GDSCAN1\n"
SALT_BYTES = 16
HEADER_BYTES = len(MAGIC) + SALT_BYTES
#: Plaintext bytes per sealed segment (a 300 KB scan is 5 segments; a read at an offset decrypts at most one extra).
SEGMENT = 64 * 1024
TAG_BYTES = 16
SEALED_SEGMENT = SEGMENT + TAG_BYTES
KEY_BYTES = 32


class SealedFileDamaged(StoreError):
    """An encrypted scan does not open: changed, cut short, or sealed with another key."""

    default_message = SEALED_FILE_DAMAGED


def files_key(database_key: bytes) -> bytes:
    """The scanned files' key, derived from the database's SQLCipher key."""
    return _hkdf(database_key, None, b"govdesk scanned files v1")


def _hkdf(key: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(key)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def file_is_sealed(path: Path) -> bool:
    """Whether the file at ``path`` is sealed (its first bytes are ``MAGIC``)."""
    with path.open("rb") as fh:
        return is_sealed(fh.read(len(MAGIC)))


def open_either(key: bytes | None, path: Path, no_key: Message) -> BinaryIO:
    """The plaintext of the file at ``path``: decrypted as it is read when sealed, a plain file from before as it
    is. ``SealedFileDamaged`` with ``no_key`` when it is sealed and there is no key; ``OSError`` when it is not
    there."""
    raw = path.open("rb")
    head = raw.read(len(MAGIC))
    raw.seek(0)
    if not is_sealed(head):
        return raw
    if key is None:
        raw.close()
        raise SealedFileDamaged(no_key)
    return open_sealed(key, raw)


class Sealer:
    """Writes a sealed file to ``out`` as plaintext is given (``write``), then ``close`` seals the last segment."""

    def __init__(self, key: bytes, out: BinaryIO) -> None:
        salt = os.urandom(SALT_BYTES)
        self._header = MAGIC + salt
        self._aead = AESGCM(_hkdf(key, salt, b"govdesk scanned file"))
        self._out = out
        self._buffer = bytearray()
        self._index = 0
        out.write(self._header)

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) > SEGMENT:  # ">": the last segment (maybe empty) is sealed by close
            self._emit(bytes(self._buffer[:SEGMENT]), last=False)
            del self._buffer[:SEGMENT]

    def close(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, plain: bytes, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._index, last), plain, self._header))
        self._index += 1


class _SealedReader(io.RawIOBase):
    """The plaintext of a sealed file, readable and seekable; each segment decrypted (and checked) when read."""

    def __init__(self, key: bytes, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        header = raw.read(HEADER_BYTES)
        if len(header) != HEADER_BYTES or not is_sealed(header):
            raise SealedFileDamaged()
        self._header = header
        self._aead = AESGCM(_hkdf(key, header[len(MAGIC) :], b"govdesk scanned file"))
        sealed = raw.seek(0, io.SEEK_END) - HEADER_BYTES
        self._segments = max(1, -(-sealed // SEALED_SEGMENT))
        self.size = sealed - self._segments * TAG_BYTES
        if self.size < 0:
            raise SealedFileDamaged()
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def _segment(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._raw.seek(HEADER_BYTES + index * SEALED_SEGMENT)
        sealed = self._raw.read(SEALED_SEGMENT)
        try:
            plain = self._aead.decrypt(_nonce(index, index == self._segments - 1), sealed, self._header)
        except InvalidTag:
            raise SealedFileDamaged() from None
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self.size:
            return 0
        index, start = divmod(self._pos, SEGMENT)
        plain = self._segment(index)[start:]
        n = min(len(buffer), len(plain))
        buffer[:n] = plain[:n]
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


def open_sealed(key: bytes, raw: BinaryIO) -> BinaryIO:
    """A buffered, seekable reader of the plaintext of the sealed file ``raw`` (closed with it)."""
    try:
        reader = _SealedReader(key, raw)
    except BaseException:
        raw.close()
        raise
    return io.BufferedReader(reader, buffer_size=SEGMENT)


#: How much of a file a sealing copy reads at a time.
COPY_CHUNK = 256 * 1024


def seal_copy(key: bytes, source: BinaryIO, out: BinaryIO) -> bytes:
    """``source`` written sealed to ``out``, flushed and synced to disk; the SHA-256 of the plaintext (a plain file
    sealed in place: ``attachments.FileStore.seal_plain_files``, ``sealed_files.SealedFiles.seal_tree``)."""
    digest = hashlib.sha256()
    sealer = Sealer(key, out)
    while chunk := source.read(COPY_CHUNK):
        digest.update(chunk)
        sealer.write(chunk)
    sealer.close()
    out.flush()
    os.fsync(out.fileno())
    return digest.digest()


def sealed_sha256(key: bytes, raw: BinaryIO) -> bytes:
    """The SHA-256 of the plaintext of the sealed file ``raw``, read back whole (closed after): a sealing copy is
    checked by it before it replaces the plain file."""
    digest = hashlib.sha256()
    with open_sealed(key, raw) as back:
        while chunk := back.read(COPY_CHUNK):
            digest.update(chunk)
    return digest.digest()
