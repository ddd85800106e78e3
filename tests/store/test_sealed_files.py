"""``SealedFiles`` on real files: a sealed file read without its key, or with another, is said in words naming it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from govdesk.store import file_crypto
from govdesk.store.sealed_files import SealedFiles


def test_a_sealed_file_without_its_key_or_with_another_is_said_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "signatures" / "41122101-S01-20261207-0001-7" / "h1.png"
    key = file_crypto.files_key(os.urandom(32))
    SealedFiles(key).write(path, b"\x89PNG signature")
    assert file_crypto.file_is_sealed(path) and SealedFiles(key).read(path) == b"\x89PNG signature"
    with pytest.raises(file_crypto.SealedFileDamaged, match=re.escape("“h1.png”已加密，但没有打开它的密钥")):
        SealedFiles(None).read(path)
    with pytest.raises(file_crypto.SealedFileDamaged, match=re.escape("“h1.png”无法解密")):
        SealedFiles(file_crypto.files_key(os.urandom(32))).read(path)
    plain = tmp_path / "old.png"
    plain.write_bytes(b"\x89PNG from before")
    assert not file_crypto.file_is_sealed(plain) and SealedFiles(None).read(plain) == b"\x89PNG from before"
