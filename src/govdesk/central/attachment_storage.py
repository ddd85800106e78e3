"""Where the central server keeps scanned materials: a folder on disk (the default) or S3-compatible object storage.

Both keep an upload in progress as staged chunks and a finished file under its SHA-256. A chunk is written at the
offset the database says the server holds (``central.attachments``); a chunk written but not yet counted (a server
killed between the two) is simply written again. ``finish`` reads the staged bytes once, in order, hashing them as
it writes the final object, and keeps it only when the hash is the one named: nothing unverified is ever served.
Memory stays flat: bytes move ``READ_CHUNK`` at a time, never a whole file.

Uploads are staged under a key of their own (``staging_key``: the file's hash and the sending center), so two
centers sending the same file never write into each other's staging; ``finish`` keeps the first verified copy as the
file, ``verify`` checks a later center's copy (its proof that it holds the file) and drops it.

Configured from the environment (``storage_from_env``): ``GOVDESK_ATTACHMENTS_S3_BUCKET`` (with
``GOVDESK_ATTACHMENTS_S3_ENDPOINT`` for a province's own S3-compatible service, e.g. MinIO, and the usual
``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``) selects S3; else ``GOVDESK_ATTACHMENTS_DIR``, else (SQLite) the
folder beside the database, ``<database>.attachments``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

READ_CHUNK = 256 * 1024

BUCKET_ENV = "GOVDESK_ATTACHMENTS_S3_BUCKET"
ENDPOINT_ENV = "GOVDESK_ATTACHMENTS_S3_ENDPOINT"
DIR_ENV = "GOVDESK_ATTACHMENTS_DIR"


def staging_key(sha256: str, center_code: str) -> str:
    """Where ``center_code``'s upload of ``sha256`` is staged: hex only (a center code never reaches a path)."""
    return f"{sha256}-{hashlib.sha256(center_code.encode()).hexdigest()[:16]}"


class StorageError(Exception):
    """The storage cannot be used; the message is Chinese, for the administrator."""


class AttachmentStorage(Protocol):
    def write_chunk(self, sha256: str, offset: int, source: BinaryIO) -> None:
        """Stage ``source``'s bytes at ``offset`` of the upload (anything staged at or after it is dropped)."""
        ...

    def finish(self, sha256: str, size: int, staged_key: str | None = None) -> bool:
        """Verify the ``size`` bytes staged under ``staged_key`` (default ``sha256``) against ``sha256`` and keep them
        as the file; False (staging dropped) when they do not hash to it."""
        ...

    def verify(self, staged: str, sha256: str, size: int) -> bool:
        """Whether the ``size`` bytes staged under ``staged`` hash to ``sha256``; the staging is dropped either way
        (the file itself is already kept)."""
        ...

    def discard(self, sha256: str) -> None: ...

    def has(self, sha256: str) -> bool: ...

    def read(self, sha256: str) -> Iterator[bytes]:
        """The finished file, ``READ_CHUNK`` at a time."""
        ...


class _HashingReader:
    """A file-like object over a stream of chunks that hashes what is read (for a single-pass verify and write)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._buffer) < n:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        if n < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:n], self._buffer[n:]
        self.digest.update(out)
        self.size += len(out)
        return out


class DiskStorage:
    """``root/staging/<sha>.part`` while uploading, ``root/ab/<sha>`` when whole."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def _final(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def _staged(self, sha256: str) -> Path:
        return self.root / "staging" / f"{sha256}.part"

    def write_chunk(self, sha256: str, offset: int, source: BinaryIO) -> None:
        path = self._staged(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("r+b" if path.exists() else "wb") as out:
            out.truncate(offset)
            out.seek(offset)
            shutil.copyfileobj(source, out, READ_CHUNK)
            out.flush()
            os.fsync(out.fileno())

    def _hashes_to(self, staged: Path, sha256: str, size: int) -> bool:
        digest = hashlib.sha256()
        try:
            with staged.open("rb") as fh:
                remaining = size
                while remaining and (chunk := fh.read(min(READ_CHUNK, remaining))):
                    digest.update(chunk)
                    remaining -= len(chunk)
        except FileNotFoundError:
            return False
        return not remaining and digest.hexdigest() == sha256

    def finish(self, sha256: str, size: int, staged_key: str | None = None) -> bool:
        staged = self._staged(staged_key or sha256)
        if not self._hashes_to(staged, sha256, size):
            staged.unlink(missing_ok=True)
            return False
        with staged.open("r+b") as fh:
            fh.truncate(size)
        final = self._final(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, final)
        return True

    def verify(self, staged: str, sha256: str, size: int) -> bool:
        path = self._staged(staged)
        try:
            return self._hashes_to(path, sha256, size)
        finally:
            path.unlink(missing_ok=True)

    def discard(self, sha256: str) -> None:
        self._staged(sha256).unlink(missing_ok=True)

    def has(self, sha256: str) -> bool:
        return self._final(sha256).is_file()

    def read(self, sha256: str) -> Iterator[bytes]:
        with self._final(sha256).open("rb") as fh:
            while chunk := fh.read(READ_CHUNK):
                yield chunk


class S3Storage:
    """An S3-compatible bucket (boto3): chunks staged as ``staging/<sha>/<offset>`` objects, the file as
    ``files/<sha>``, written by a multipart upload that reads the chunks in order and hashes them on the way."""

    def __init__(self, bucket: str, client: Any | None = None, **client_options: Any) -> None:
        import boto3  # only a province's server needs it
        from boto3.s3.transfer import TransferConfig

        self.bucket = bucket
        self.s3 = client or boto3.client("s3", **client_options)
        # One part in memory at a time (8 MB): memory stays flat whatever the file's size.
        self._transfer = TransferConfig(multipart_threshold=8 * 1024 * 1024, max_concurrency=1, use_threads=False)

    def _staging_keys(self, sha256: str) -> list[tuple[int, str]]:
        keys: list[tuple[int, str]] = []
        paginator = self.s3.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=f"staging/{sha256}/"):
            for item in page.get("Contents", []):
                key = item["Key"]
                keys.append((int(key.rsplit("/", 1)[1]), key))
        return sorted(keys)

    def write_chunk(self, sha256: str, offset: int, source: BinaryIO) -> None:
        for start, key in self._staging_keys(sha256):
            if start >= offset:  # a chunk staged before a lost answer: written again now
                self.s3.delete_object(Bucket=self.bucket, Key=key)
        self.s3.upload_fileobj(source, self.bucket, f"staging/{sha256}/{offset:015d}", Config=self._transfer)

    def _staged_chunks(self, sha256: str, size: int) -> Iterator[bytes]:
        position = 0
        for start, key in self._staging_keys(sha256):
            if start != position:  # not contiguous: what follows is not this upload's
                return
            body = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"]
            try:
                for chunk in body.iter_chunks(READ_CHUNK):
                    take = chunk[: max(0, size - position)]
                    position += len(chunk)
                    if take:
                        yield take
            finally:
                body.close()
            if position >= size:
                return

    def finish(self, sha256: str, size: int, staged_key: str | None = None) -> bool:
        staged = staged_key or sha256
        reader = _HashingReader(self._staged_chunks(staged, size))
        key = f"files/{sha256}"
        self.s3.upload_fileobj(reader, self.bucket, key, Config=self._transfer)
        ok = reader.size == size and reader.digest.hexdigest() == sha256
        if not ok:
            self.s3.delete_object(Bucket=self.bucket, Key=key)
        self.discard(staged)
        return ok

    def verify(self, staged: str, sha256: str, size: int) -> bool:
        reader = _HashingReader(self._staged_chunks(staged, size))
        try:
            while reader.read(READ_CHUNK):
                pass
        finally:
            self.discard(staged)
        return reader.size == size and reader.digest.hexdigest() == sha256

    def discard(self, sha256: str) -> None:
        for _start, key in self._staging_keys(sha256):
            self.s3.delete_object(Bucket=self.bucket, Key=key)

    def has(self, sha256: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.s3.head_object(Bucket=self.bucket, Key=f"files/{sha256}")
        except ClientError:
            return False
        return True

    def read(self, sha256: str) -> Iterator[bytes]:
        body = self.s3.get_object(Bucket=self.bucket, Key=f"files/{sha256}")["Body"]
        try:
            yield from body.iter_chunks(READ_CHUNK)
        finally:
            with contextlib.suppress(Exception):
                body.close()


def storage_from_env(db_url: str) -> AttachmentStorage:
    """The storage the environment names (module docstring); ``StorageError`` when none can be had."""
    bucket = os.environ.get(BUCKET_ENV, "").strip()
    if bucket:
        endpoint = os.environ.get(ENDPOINT_ENV, "").strip() or None
        return S3Storage(bucket, endpoint_url=endpoint)
    folder = os.environ.get(DIR_ENV, "").strip()
    if folder:
        return DiskStorage(folder)
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        return DiskStorage(db_url.removeprefix("sqlite:///") + ".attachments")
    raise StorageError(
        f"未配置材料附件的存储位置：请设置环境变量 {DIR_ENV}（各服务器进程共用的目录），"
        f"或 {BUCKET_ENV}（S3 兼容对象存储的桶，另设 {ENDPOINT_ENV}）"
    )
