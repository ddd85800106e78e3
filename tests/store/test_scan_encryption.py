"""Scanned pages on the window encrypted at rest with the database's key (``store.file_crypto``), on real files: no
plaintext on disk, any byte range readable (the uploader resumes at an offset), a changed, cut or foreign file refused;
plain files from before sealed once by the upkeep at start, each checked first; orphaned pages (a draft discarded, a
capture given up) removed, named ones kept."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from govdesk.domain.attachments import PageRef
from govdesk.services.drafts import IntakeDraft
from govdesk.services.scan_upkeep import drop_pages, tidy_scans
from govdesk.store import file_crypto, open_store
from govdesk.store.attachments import FileStore
from govdesk.store.crypto import new_key
from govdesk.store.file_crypto import SEGMENT, SealedFileDamaged
from tests.helpers.scans import scanned_case, scanner_pages

KEY = file_crypto.files_key(b"k" * 32)


def _page(n: int = 0, size: int = 300_000) -> bytes:
    return scanner_pages(n + 1, target_bytes=size)[n]


def test_a_sealed_page_holds_no_plaintext_and_reads_back_at_any_offset(tmp_path: Path) -> None:
    files = FileStore(tmp_path / "scans", KEY)
    data = _page()
    ref = files.put_bytes(data, "身份证.jpg")
    on_disk = files.path(ref.sha256).read_bytes()
    assert on_disk.startswith(file_crypto.MAGIC)
    assert data[:64] not in on_disk and data[SEGMENT : SEGMENT + 64] not in on_disk
    assert ref.size == len(data) and ref.content_type == "image/jpeg" and files.verify(ref)
    with files.open(ref.sha256) as fh:
        assert fh.read() == data
    for offset in (0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 5, len(data) - 3):
        for chunk in (7, 4096, SEGMENT + 1, 512 * 1024):
            got = b"".join(part for _o, part in files.chunks(ref.sha256, offset, chunk))
            assert got == data[offset:], (offset, chunk)
    # a file of exactly one segment, and one of a segment and a byte
    for size in (SEGMENT, SEGMENT + 1):
        exact = b"\xff\xd8\xff\xe0" + os.urandom(size - 4)
        ref2 = files.put_bytes(exact)
        with files.open(ref2.sha256) as fh:
            assert fh.read() == exact


def test_a_changed_cut_or_foreign_file_is_refused(tmp_path: Path) -> None:
    files = FileStore(tmp_path / "scans", KEY)
    data = _page()
    ref = files.put_bytes(data)
    path = files.path(ref.sha256)
    sealed = path.read_bytes()

    changed = bytearray(sealed)
    changed[file_crypto.HEADER_BYTES + SEGMENT + 40] ^= 0x01
    path.write_bytes(bytes(changed))
    assert not files.verify(ref)
    with pytest.raises(SealedFileDamaged), files.open(ref.sha256) as fh:
        fh.seek(SEGMENT)
        fh.read(10)

    path.write_bytes(sealed[: -file_crypto.SEALED_SEGMENT // 2])  # the last segment cut off part-way
    assert not files.verify(ref)
    path.write_bytes(sealed[: file_crypto.HEADER_BYTES + 2 * file_crypto.SEALED_SEGMENT])  # whole segments dropped
    assert not files.verify(ref)

    path.write_bytes(sealed)
    other = FileStore(tmp_path / "scans", file_crypto.files_key(b"x" * 32))
    assert not other.verify(ref)
    with pytest.raises(SealedFileDamaged):
        FileStore(tmp_path / "scans").open(ref.sha256)  # sealed, and no key: said, never read as plain
    assert files.verify(ref)


def test_the_upkeep_seals_plain_files_from_before_and_removes_orphans(tmp_path: Path) -> None:
    db = tmp_path / "govdesk.db"
    store = open_store(db)  # an earlier version: plain database, plain files
    plain = FileStore.for_store(store)
    assert plain.key is None
    case, refs = scanned_case(store, plain, "41122101", [_page(0), _page(1)])
    drafted = plain.put_bytes(_page(2))
    damaged = plain.put_bytes(_page(5))
    plain.path(damaged.sha256).write_bytes(b"\xff\xd8\xff\xe0 not what its name says")
    draft = IntakeDraft(item_codes=["ITEM-1"])
    draft.set_pages("id_card", "居民身份证", (drafted, damaged))
    store.save_draft(draft.draft_id, draft.to_json(), "u-1")
    orphan = plain.put_bytes(_page(3))  # a capture given up: named by nothing
    young = plain.put_bytes(_page(4))  # taken a moment ago: its draft is being saved
    store.close()
    week_ago = time.time() - 7 * 86400
    for ref in (*refs, drafted, orphan, damaged):
        os.utime(plain.path(ref.sha256), (week_ago, week_ago))

    store = open_store(db, key=new_key())  # the database encrypted on opening; the upkeep runs at start
    try:
        done = tidy_scans(store)
        files = FileStore.for_store(store)
        assert done.sealed == 4 and done.removed == 1  # the damaged one stays plain (and is never sent)
        assert not files.has(orphan.sha256) and files.has(young.sha256)
        for ref in (*refs, drafted, young):
            assert files.is_sealed(ref.sha256) and files.verify(ref), ref
        assert not files.is_sealed(damaged.sha256)
        assert tidy_scans(store) == type(done)(0, 0)  # once only
        # a discarded draft's pages go at once, unless something else still names them
        shared = refs[0]
        draft.set_pages("id_card", "居民身份证", (drafted, shared))
        store.save_draft(draft.draft_id, draft.to_json(), "u-1")
        assert drop_pages(store, {drafted.sha256, shared.sha256}) == 0  # the draft still names both
        store.delete_draft(draft.draft_id)
        assert drop_pages(store, {drafted.sha256, shared.sha256}) == 1
        assert not files.has(drafted.sha256) and files.has(shared.sha256)  # the case names the shared page
        # a case's pages kept by its record alone (not in the upload queue): the sweep reads the cases then
        with store.transaction() as tx:
            tx.connection().exec_driver_sql("DELETE FROM attachment_uploads")
        later = datetime.now(UTC) + timedelta(days=30)
        assert tidy_scans(store, now=later).removed == 2  # the young page of before and the damaged one: unnamed
        assert all(files.has(ref.sha256) for ref in refs) and case.case_id
    finally:
        store.close()


def test_the_sweep_keeps_what_is_named_and_what_is_young(tmp_path: Path) -> None:
    files = FileStore(tmp_path / "scans", KEY)
    named, loose = files.put_bytes(_page(0)), files.put_bytes(_page(1))
    leftover = files.root / ".part-crashed"
    leftover.write_bytes(b"half a scan")
    now = datetime.now(UTC)
    assert files.sweep({named.sha256}, now - timedelta(days=1)) == 0  # all young
    assert files.sweep({named.sha256}, now + timedelta(seconds=5)) == 2
    assert files.has(named.sha256) and not files.has(loose.sha256) and not leftover.exists()
    assert isinstance(named, PageRef)
