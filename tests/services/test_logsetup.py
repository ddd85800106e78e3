"""Logging: personal data masked in every line, the rotating file, JSON lines, the crash record."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from govdesk.services.logsetup import FAULT_FILE, enable_faulthandler, mask_personal_data, setup_logging

ID = "11010519491231002X"
ID2 = "440524188001010014"
MOBILE = "13812345678"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"申请人身份证 {ID} 已核验", "申请人身份证 110105********002X 已核验"),
        (f"id={ID2}", "id=440524********0014"),
        (f"身份证号{ID2}，手机{MOBILE}。", "身份证号440524********0014，手机138****5678。"),
        (f"phone {MOBILE}", "phone 138****5678"),
        ("tel +8613912345678", "tel +86139****5678"),
        ("tel 139-1234-5678 / 139 1234 5678", "tel 139****5678 / 139****5678"),
        # Longer digit runs (case numbers, tracking numbers) and short numbers are not personal data.
        ("case 41122102202611220001234", "case 41122102202611220001234"),
        ("queue 12345678901", "queue 12345678901"),
        ("count 1381234567", "count 1381234567"),
    ],
)
def test_mask_personal_data(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


@pytest.fixture
def logged(tmp_path: Path):  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    handle = setup_logging(tmp_path, json_stderr=True, stderr=stream)
    yield handle, stream
    handle.close()


def test_every_line_is_masked_in_the_file_and_in_json(logged, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    handle, stream = logged
    log = logging.getLogger("govdesk.test.child")  # a child logger: masking is on the handlers, not one logger
    log.info("applicant %s phone %s", ID, MOBILE, extra={"event": "x", "who": f"{ID}"})
    try:
        raise ValueError(f"bad number {ID}")
    except ValueError:
        log.exception("failed for %s", MOBILE)
    for h in handle.handlers:
        h.flush()
    text = handle.log_file.read_text(encoding="utf-8")
    out = stream.getvalue()
    for content in (text, out):
        assert ID not in content and MOBILE not in content
        assert "110105********002X" in content and "138****5678" in content
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["msg"] == "applicant 110105********002X phone 138****5678"
    assert lines[0]["event"] == "x" and lines[0]["who"] == "110105********002X"
    assert "ValueError: bad number 110105********002X" in lines[1]["exc"]
    assert lines[1]["level"] == "ERROR" and lines[1]["logger"] == "govdesk.test.child"


def test_the_file_is_rotated_before_it_grows_past_its_size(tmp_path: Path) -> None:
    """The file is renamed .1 (and the older ones .2, .3) before a line would take it to the size; the oldest beyond
    the backups is dropped; no line is lost between the files kept."""
    handle = setup_logging(tmp_path, max_bytes=400, backups=3, stderr=io.StringIO())
    try:
        log = logging.getLogger("govdesk.test.rotation")
        for n in range(60):
            log.info("line %02d %s", n, "x" * 40)
    finally:
        handle.close()
    log_file = tmp_path / "govdesk.log"
    kept = [Path(f"{log_file}.{i}") for i in (3, 2, 1)] + [log_file]
    assert all(p.exists() for p in kept) and not Path(f"{log_file}.4").exists()
    assert all(p.stat().st_size < 400 for p in kept)
    numbers = [int(line.split("line ")[1][:2]) for p in kept for line in p.read_text(encoding="utf-8").splitlines()]
    assert numbers == list(range(numbers[0], 60)) and numbers[0] > 0  # in order, the newest last, the oldest gone


def test_close_removes_the_handlers(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    handle = setup_logging(tmp_path, stderr=io.StringIO())
    assert len(root.handlers) == len(before) + 2
    handle.close()
    assert root.handlers == before


def test_plain_stderr_shows_only_warnings(tmp_path: Path) -> None:
    stream = io.StringIO()
    handle = setup_logging(tmp_path, stderr=stream)
    try:
        logging.getLogger("govdesk.t").info("quiet")
        logging.getLogger("govdesk.t").warning("loud %s", MOBILE)
    finally:
        handle.close()
    assert "quiet" not in stream.getvalue()
    assert "loud 138****5678" in stream.getvalue()
    assert "quiet" in handle.log_file.read_text(encoding="utf-8")


def test_a_hard_crash_is_recorded_and_reported_at_the_next_start(tmp_path: Path) -> None:
    # A real crash in a child process: faulthandler writes the traceback to the log directory.
    code = (
        "import ctypes, sys; from pathlib import Path; from govdesk.services.logsetup import enable_faulthandler;"
        "h = enable_faulthandler(Path(sys.argv[1])); ctypes.string_at(0)"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, check=False)
    assert proc.returncode != 0
    assert "Fatal Python error" in (tmp_path / FAULT_FILE).read_text(encoding="utf-8")

    handle = enable_faulthandler(tmp_path)  # the next start
    try:
        assert handle.previous_crash is not None
        assert handle.previous_crash.name.startswith("crash-")
        assert "Fatal Python error" in handle.previous_crash.read_text(encoding="utf-8")
    finally:
        handle.close()
    # A clean exit leaves no crash file, so the start after it reports nothing.
    assert not (tmp_path / FAULT_FILE).exists()
    again = enable_faulthandler(tmp_path)
    again.close()
    assert again.previous_crash is None
