"""Citizens' data encrypted at rest (issue 12): the raw bytes of the database hold no ID number, phone or name, the
look-ups still work, a missing or wrong key is refused in words with the file untouched, and a plain database is
encrypted once, safely, even when the process is killed in the middle."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from benchmarks.synthetic import case_rows

from govdesk.services.credentials import NO_KEYRING_FOR_DATABASE, database_key
from govdesk.store import open_store
from govdesk.store.bulk import bulk_insert_cases
from govdesk.store.crypto import ENCRYPTING_SUFFIX, FileState, StoreKeyMissing, StoreKeyWrong, file_state, new_key
from govdesk.store.verify import verify_database
from tests.store.conftest import NOW, make_case

ID_NUMBER = "11010519491231002X"
PHONE = "13912345678"
NAME = "欧阳建国"


def _raw(folder: Path) -> bytes:
    """Every byte of every file in the folder: the database, its WAL and shared memory, anything left beside."""
    return b"".join(path.read_bytes() for path in folder.iterdir() if path.is_file())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_cases(path: Path, key: bytes | None, count: int = 3) -> list[str]:
    from govdesk.domain.clock import FixedClock

    store = open_store(path, FixedClock(NOW), key=key)
    ids = []
    try:
        for n in range(1, count + 1):
            case = make_case(n, name=NAME, id_number=ID_NUMBER, phone=PHONE, events=2)
            with store.transaction() as tx:
                store.save_case(tx, case)
            ids.append(case.case_id)
        store.save_draft("d1", {"applicant": {"id_number": ID_NUMBER, "phone": PHONE, "name": NAME}})
    finally:
        store.close()
    return ids


def test_the_file_holds_no_id_number_phone_or_name_of_the_cases_written(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "govdesk.sqlite"
    _write_cases(path, new_key())
    raw = _raw(folder)
    assert len(raw) > 10_000
    for secret in (ID_NUMBER, "110105", PHONE, NAME, "欧阳"):
        assert secret.encode() not in raw, secret
    assert file_state(path) is FileState.ENCRYPTED
    assert path.stat().st_mode & 0o077 == 0  # readable by this user only


def test_the_same_cases_written_plain_are_found_in_the_bytes(tmp_path: Path) -> None:
    """The check above can fail: without a key the very same writes leave the ID number and phone in the file."""
    folder = tmp_path / "db"
    folder.mkdir()
    _write_cases(folder / "govdesk.sqlite", None)
    raw = _raw(folder)
    assert ID_NUMBER.encode() in raw and PHONE.encode() in raw and NAME.encode() in raw


def test_look_ups_chain_and_verify_work_on_the_encrypted_file(tmp_path: Path) -> None:
    path, key = tmp_path / "govdesk.sqlite", new_key()
    ids = _write_cases(path, key)
    store = open_store(path, key=key)
    try:
        assert store.encrypted
        assert {hit.case_id for hit in store.search_cases(ID_NUMBER)} == set(ids)
        assert {hit.case_id for hit in store.search_cases(PHONE)} == set(ids)
        assert {hit.case_id for hit in store.search_cases("欧阳")} == set(ids)
        assert store.load_case(ids[0]) is not None
        assert store.verify_chain().ok and store.verify_chain().events == 6
    finally:
        store.close()
    report = verify_database(path, key)
    assert report.ok, report.problems()
    assert (report.cases, report.events) == (3, 6)


def test_without_the_key_it_is_refused_in_words_and_the_file_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "govdesk.sqlite"
    _write_cases(path, new_key())
    before = _digest(path)
    with pytest.raises(StoreKeyMissing) as missing:
        open_store(path)
    assert "密钥环中没有它的密钥" in str(missing.value) and "联系管理员" in str(missing.value)
    with pytest.raises(StoreKeyWrong) as wrong:
        open_store(path, key=new_key())
    assert "打不开本机数据库" in str(wrong.value)
    report = verify_database(path)
    assert not report.ok and "密钥环中没有它的密钥" in report.problems()[0]
    assert _digest(path) == before


def test_a_plain_database_is_encrypted_once_with_everything_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "govdesk.sqlite"
    ids = _write_cases(path, None)
    plain = open_store(path)
    try:
        drafts = plain.load_drafts()
        chain_head = plain.verify_chain()
        device = plain.device_id()
    finally:
        plain.close()
    assert file_state(path) is FileState.PLAIN
    key = new_key()
    store = open_store(path, key=key)
    try:
        assert store.device_id() == device
        assert [store.load_case(case_id) is not None for case_id in ids] == [True, True, True]
        assert store.load_drafts() == drafts
        assert store.verify_chain().ok and store.verify_chain().events == chain_head.events
        assert store.outbox_depth() == 6
    finally:
        store.close()
    assert file_state(path) is FileState.ENCRYPTED
    assert not (folder / (path.name + ENCRYPTING_SUFFIX)).exists()
    raw = _raw(folder)
    assert ID_NUMBER.encode() not in raw and PHONE.encode() not in raw
    assert verify_database(path, key).ok


_ENCRYPT = """
import sys
from pathlib import Path
from govdesk.store import open_store
open_store(Path(sys.argv[1]), key=bytes.fromhex(sys.argv[2])).close()
print("done", flush=True)
"""


def _state_is_whole(path: Path, key: bytes, expected: int) -> FileState:
    """The database is whole either way: plain with every case, or encrypted with every case."""
    state = file_state(path)
    store = open_store(path) if state is FileState.PLAIN else None
    if store is not None:  # a plain look that does not encrypt it (no key)
        try:
            assert store.count_cases() == expected
        finally:
            store.close()
        return state
    assert state is FileState.ENCRYPTED
    store = open_store(path, key=key)
    try:
        assert store.count_cases() == expected
    finally:
        store.close()
    return state


def test_a_process_killed_while_encrypting_loses_nothing(tmp_path: Path) -> None:
    """Real processes on a real file: the encryption of 20,000 cases is killed (SIGKILL) at points spread over its
    run; after each kill the file is whole, plain or encrypted, and a last run finishes the job."""
    count = 8_000
    path = tmp_path / "govdesk.sqlite"
    store = open_store(path)
    try:
        bulk_insert_cases(store, case_rows(count))
    finally:
        store.close()
    key = new_key()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # how long one whole run takes here, on a copy
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(path.read_bytes())
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _ENCRYPT, str(copy), key.hex()], check=True, env=env, timeout=120)
    whole = time.perf_counter() - started
    seen: set[FileState] = set()
    for fraction in (0.3, 0.55, 0.75, 0.9, 0.98):
        if file_state(path) is FileState.ENCRYPTED:
            break
        process = subprocess.Popen(
            [sys.executable, "-c", _ENCRYPT, str(path), key.hex()], env=env, stdout=subprocess.DEVNULL
        )
        time.sleep(whole * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        seen.add(_state_is_whole(path, key, count))
    assert FileState.PLAIN in seen  # at least one kill landed before the swap
    store = open_store(path, key=key)
    try:
        assert store.count_cases() == count
    finally:
        store.close()
    assert file_state(path) is FileState.ENCRYPTED
    assert not path.with_name(path.name + ENCRYPTING_SUFFIX).exists()


def test_the_key_is_made_once_and_kept_in_the_keyring(tmp_path: Path) -> None:
    path = tmp_path / "govdesk.sqlite"
    key, warning = database_key(path)
    assert key is not None and len(key) == 32 and warning is None
    assert database_key(path) == (key, None)
    assert database_key(tmp_path / "other.sqlite")[0] != key
    _write_cases(path, key)
    assert key not in path.read_bytes()
    # a lost key is not silently replaced by a new one: the encrypted file is then refused in words
    keyring.get_keyring().clear()  # type: ignore[attr-defined]
    assert database_key(path) == (None, None)
    with pytest.raises(StoreKeyMissing):
        open_store(path, key=None)


def test_with_no_keyring_the_database_stays_plain_and_says_so(tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    key, warning = database_key(tmp_path / "govdesk.sqlite", FailKeyring())
    assert key is None and warning == NO_KEYRING_FOR_DATABASE


def test_db_verify_and_case_find_open_the_encrypted_database_with_the_key_from_the_keyring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govdesk.cli import main

    path = tmp_path / "govdesk.sqlite"
    key, _warning = database_key(path)
    assert key is not None
    _write_cases(path, key)
    assert main(["db", "verify", "--db", str(path)]) == 0
    assert capsys.readouterr().out.startswith("数据库完好：3 个办件，6 条事件，链校验通过")
    assert main(["case", "find", PHONE, "--db", str(path)]) == 0
    assert "欧" in capsys.readouterr().out
    keyring.get_keyring().clear()  # type: ignore[attr-defined]  # another Windows account: no key
    assert main(["db", "verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "密钥环中没有它的密钥" in out and "联系管理员" in out
