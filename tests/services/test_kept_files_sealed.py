"""The signatures drawn on the pad and the archived notices sealed at rest with the database's key, as the scans are
(``store.sealed_files``; regulation 000 Art. 32, GB/T 39786-2021 §8.4): on a real SQLite file keyed from the
(in-memory) keyring, real PDFs, real signatures drawn on the pad.

- after a 容缺 intake signed on the pad with its notices archived and printed, and a hand-over signed on the pad
  with its receipt archived, printed and reprinted (补打), no file under the data directory is a PNG or a PDF in
  clear, and none holds the applicant's name or ID number in plain bytes;
- the receipt printed and the one reprinted from the sealed archive still carry the signature (``pdftoppm``: ink in
  the collector's field);
- an archived notice looked at is a real PDF in the private viewing folder (0700), removed at exit and, after a
  kill, at the next start;
- the plain files of an earlier version are sealed at start (a seal cut short by a kill loses nothing) and still
  read: the list, the reprint, the viewing copy, the signature.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind
from govdesk.domain.clock import FixedClock
from govdesk.domain.identity.masking import mask_id
from govdesk.domain.notices import NoticeKind, canonical_text
from govdesk.services.credentials import database_key
from govdesk.services.runtime import KEPT_SEALED_KEY, Runtime
from govdesk.services.settings import Settings
from govdesk.services.viewing import VIEWING_FOLDER, ViewingError
from govdesk.store import file_crypto, handoffs
from govdesk.store.sealed_files import SealedFiles
from govdesk.ui.widgets.signature import SignaturePad
from tests.helpers.signing import sign
from tests.services.test_handoff import APPLICANT_ID, make_case
from tests.services.test_intake import receive_all
from tests.ui.test_handoff_print import images, ink_in, signature_box

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "欧阳秀英"
ID_NUMBER = "11010519491231002X"
HANDOFF_NAME = "李建国"  # make_case's applicant, APPLICANT_ID
PLAIN_HEADS = (b"\x89PNG", b"%PDF")


def open_runtime(tmp_path: Path, clock: FixedClock, *, keyed: bool = True) -> Runtime:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    db = data / "govdesk.sqlite"
    key = database_key(db)[0] if keyed else None
    if keyed:
        assert key is not None  # the in-memory keyring made it
    return Runtime.open(db, data, Settings(), clock=clock, db_key=key)


@pytest.fixture
def runtime(tmp_path: Path, clock: FixedClock, qapp: object) -> Iterator[Runtime]:
    rt = open_runtime(tmp_path, clock)
    yield rt
    rt.close()


def drawn_signature(qtbot: QtBot) -> bytes:
    """A signature drawn with the mouse on the pad the window uses, as its PNG."""
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    qtbot.waitExposed(pad)
    sign(qtbot, pad)
    png = pad.png_bytes()
    assert png.startswith(b"\x89PNG")
    return png


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


def conditional_intake(runtime: Runtime, png: bytes):  # type: ignore[no-untyped-def]
    """A 容缺 intake, its 承诺书 signed on the pad; its notices archived by the service (a GUI is running)."""
    intake = runtime.intake
    draft = intake.new_draft(["SCJG-01-005"])
    draft.applicant = Applicant(ApplicantKind.PERSON, NAME, "111", ID_NUMBER, phone="13812345678", address="渑池县")
    draft.answers["business_type"] = "catering"
    receive_all(intake, draft, except_codes=("food_safety_rules", "staff_health_certs"))
    result = intake.decide(draft, Outcome.CONDITIONAL, signed_by=NAME, signature_png=png)
    assert result.archived and not result.archive_problem and all(result.pdfs)
    return result


def promisor_box(pdf: Path) -> tuple[float, float, float, float]:
    """Where the 承诺书's signature goes (points): right of 承诺人（签字或盖章）：, 45 × 15 mm up from its foot."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for m in re.finditer(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xhtml):
        if m.group(3).startswith("承诺人（签字或盖章）"):
            x_max, y_max, mm = float(m.group(1)), float(m.group(2)), 72 / 25.4
            return x_max, y_max - 15 * mm, x_max + 45 * mm, y_max
    raise AssertionError("承诺人（签字或盖章） not found on the letter")


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_no_signature_or_notice_lies_plain_beside_the_database(
    runtime: Runtime, clock: FixedClock, qtbot: QtBot, tmp_path: Path
) -> None:
    png = drawn_signature(qtbot)
    data = tmp_path / "data"
    intake = conditional_intake(runtime, png)
    paper = tmp_path / "printer"  # what the window's printer got: paper, not the data directory
    paper.mkdir()
    runtime.notices.print(intake.notices[0], pdf_printer(paper / "acceptance.pdf"))

    case = make_case(runtime.store, clock)
    done = runtime.handoff.hand_over_window(case.case_id, APPLICANT_ID, signature_png=png)
    assert done.receipt is not None and done.receipt.signature_image
    printed = runtime.notices.print(done.receipt, pdf_printer(paper / "receipt.pdf"))
    (archived,) = runtime.notices.archived(case.case_no)
    runtime.notices.reprint(archived, pdf_printer(paper / "receipt-reprint.pdf"))

    # the files this made are all there, under the data directory
    kept = {p.relative_to(data).as_posix() for p in files_under(data)}
    signatures = [k for k in kept if k.startswith("signatures/") and k.endswith(".png")]
    assert len(signatures) == 2, kept  # the 承诺书's and the collector's
    for folder, issued in ((intake.case.case_no, ("acceptance-1", "commitment-1")), (case.case_no, ("receipt-1",))):
        for stem in issued:
            for suffix in (".pdf", ".json", ".qr.txt"):
                assert f"notices/{folder}/{stem}{suffix}" in kept, kept
    assert f"notices/{case.case_no}/reprints/receipt-1-1.pdf" in kept
    assert printed.path == data / "notices" / case.case_no / "receipt-1.pdf"

    # none of them in clear: sealed with the key, no PNG or PDF head, no name or ID number in plain bytes
    secrets = [
        ID_NUMBER.encode(),
        APPLICANT_ID.encode(),
        mask_id(ID_NUMBER).encode(),
        mask_id(APPLICANT_ID).encode(),
        NAME.encode("utf-8"),
        HANDOFF_NAME.encode("utf-8"),
        b"13812345678",
    ]
    for path in files_under(data):
        content = path.read_bytes()
        assert not content.startswith(PLAIN_HEADS), path
        for secret in secrets:
            assert secret not in content, (path, secret)
        relative = path.relative_to(data).parts[0]
        if relative in ("signatures", "notices"):
            assert file_crypto.is_sealed(content), path

    # and they read back through the key: the signature is the one drawn, the case's attachment row names it
    files = SealedFiles.for_store(runtime.store)
    with runtime.store.reading() as db:
        rows = handoffs.attachments_of(db, intake.case.case_id) + handoffs.attachments_of(db, case.case_id)
    assert sorted(r["kind"] for r in rows) == ["commitment_signature", "signature"]
    for row in rows:
        assert files.read(data / row["path"]) == png

    # the receipt printed, and reprinted (补打) from the sealed archive, carry the signature drawn on the pad
    for pdf in (paper / "receipt.pdf", paper / "receipt-reprint.pdf"):
        text = pdf_text(pdf)
        assert case.case_no in text and HANDOFF_NAME in text
        assert "领取人（签字）：______" not in text
        assert ink_in(pdf, signature_box(pdf), tmp_path) > 20, pdf
    assert "补打" in pdf_text(paper / "receipt-reprint.pdf") and "补打" not in pdf_text(paper / "receipt.pdf")

    # and the 容缺 承诺书 archived (sealed) carries the applicant's, where the 承诺人 signs
    letter = next(a for a in runtime.notices.archived(intake.case.case_no) if a.kind is NoticeKind.COMMITMENT)
    shown = runtime.notices.view_copy(letter.pdf)
    assert "承诺人（签字或盖章）：______" not in pdf_text(shown)
    assert ink_in(shown, promisor_box(shown), tmp_path) > 20


def test_a_receipt_whose_signature_does_not_open_prints_a_line_to_sign_on(
    runtime: Runtime, clock: FixedClock, qtbot: QtBot, tmp_path: Path
) -> None:
    png = drawn_signature(qtbot)
    case = make_case(runtime.store, clock)
    done = runtime.handoff.hand_over_window(case.case_id, APPLICANT_ID, signature_png=png)
    assert done.receipt is not None and done.signature_path is not None
    sealed = done.signature_path.read_bytes()
    done.signature_path.write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))  # changed on disk
    printed = tmp_path / "receipt.pdf"
    runtime.notices.print(done.receipt, pdf_printer(printed))
    assert "领取人（签字）：______" in pdf_text(printed)  # never a broken image: the collector signs on paper
    on_paper = make_case(runtime.store, clock)
    signed_on_paper = runtime.handoff.hand_over_window(on_paper.case_id, APPLICANT_ID, signed_on_paper=True)
    assert signed_on_paper.receipt is not None
    control = tmp_path / "on-paper.pdf"
    runtime.notices.print(signed_on_paper.receipt, pdf_printer(control))
    assert images(printed) == images(control)  # the center's seal only: no picture of what did not open


def test_an_archived_notice_is_viewed_from_a_private_copy_removed_at_exit(
    clock: FixedClock, qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    runtime = open_runtime(tmp_path, clock)
    try:
        intake = conditional_intake(runtime, drawn_signature(qtbot))
        acceptance = next(a for a in runtime.notices.archived(intake.case.case_no) if a.kind is NoticeKind.ACCEPTANCE)
        assert file_crypto.is_sealed(acceptance.pdf.read_bytes())
        copy = runtime.notices.view_copy(acceptance.pdf)
        folder = tmp_path / "data" / VIEWING_FOLDER
        assert copy.parent == folder
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert copy.read_bytes().startswith(b"%PDF")
        text = pdf_text(copy)
        assert intake.case.case_no in text and NAME in text and "受理通知书" in text
        again = runtime.notices.view_copy(acceptance.pdf)  # opened twice: a copy the viewer holds is not overwritten
        assert again != copy and copy.is_file()
        with pytest.raises(ViewingError, match="找不到存档文件"):
            runtime.notices.view_copy(acceptance.pdf.with_name("acceptance-9.pdf"))
    finally:
        runtime.close()
    assert not folder.exists() or not any(folder.iterdir())  # exit: gone

    # a run killed while a copy was open: the next start sweeps it
    folder.mkdir(mode=0o700, exist_ok=True)
    (folder / "left-by-a-kill.pdf").write_bytes(b"%PDF-1.4 left")
    runtime = open_runtime(tmp_path, clock)
    try:
        assert not folder.exists() or not any(folder.iterdir())
    finally:
        runtime.close()


def test_a_damaged_archive_file_is_said_when_viewed(runtime: Runtime, qtbot: QtBot) -> None:
    intake = conditional_intake(runtime, drawn_signature(qtbot))
    pdf = intake.pdfs[0]
    assert pdf is not None
    sealed = bytearray(pdf.read_bytes())
    sealed[file_crypto.HEADER_BYTES + 10] ^= 0x01
    pdf.write_bytes(bytes(sealed))
    with pytest.raises(ViewingError, match="无法解密"):
        runtime.notices.view_copy(pdf)
    assert not (runtime.notices.data_dir / VIEWING_FOLDER).exists() or not any(
        (runtime.notices.data_dir / VIEWING_FOLDER).iterdir()
    )


def test_plain_files_from_before_are_sealed_at_start_and_still_read(
    clock: FixedClock, qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    png = drawn_signature(qtbot)
    data = tmp_path / "data"
    before = open_runtime(tmp_path, clock, keyed=False)  # an earlier version: no key, everything plain
    try:
        intake = conditional_intake(before, png)
        case = make_case(before.store, clock)
        done = before.handoff.hand_over_window(case.case_id, APPLICANT_ID, signature_png=png)
        assert done.receipt is not None
        before.notices.archive_all((done.receipt,))
    finally:
        before.close()
    plain = {p: p.read_bytes() for p in files_under(data / "signatures") + files_under(data / "notices")}
    assert len(plain) == 2 + 3 * 3 and all(not file_crypto.is_sealed(b) for b in plain.values())
    assert any(b.startswith(b"%PDF") for b in plain.values()) and any(b.startswith(b"\x89PNG") for b in plain.values())
    # a start killed half-way through sealing: its temporary file beside the plain one, which is still whole;
    # and a write killed before its rename
    first = next(p for p in plain if p.suffix == ".pdf")
    (first.parent / ".seal-0123456789abcdef").write_bytes(b"GDSCAN1\n half a seal")
    (first.parent / ".part-0123456789abcdef").write_bytes(b"%PDF-1.4 half a notice")

    after = open_runtime(tmp_path, clock)  # this version, the database's key now in the keyring
    try:
        assert after.store.encrypted
        now = {p: p.read_bytes() for p in files_under(data / "signatures") + files_under(data / "notices")}
        assert set(now) == set(plain)  # every file still there, the leftovers gone
        assert all(file_crypto.is_sealed(b) for b in now.values())
        files = SealedFiles.for_store(after.store)
        assert all(files.read(p) == content for p, content in plain.items())  # sealed, checked, the same
        assert after.store.get_meta(KEPT_SEALED_KEY)  # done: the next starts do not walk the folders again

        listed = after.notices.archived(intake.case.case_no)
        assert {a.kind for a in listed} == {NoticeKind.ACCEPTANCE, NoticeKind.COMMITMENT}
        assert all(a.issued_on == clock.now().date() and a.can_reprint for a in listed)
        acceptance = next(a for a in listed if a.kind is NoticeKind.ACCEPTANCE)
        assert after.notices.view_copy(acceptance.pdf).read_bytes() == plain[acceptance.pdf]
        (receipt,) = after.notices.archived(case.case_no)
        reprinted = tmp_path / "reprint.pdf"
        after.notices.reprint(receipt, pdf_printer(reprinted))  # 补打 with the same content, the signature on it
        assert case.case_no in pdf_text(reprinted) and "补打" in pdf_text(reprinted)
        assert ink_in(reprinted, signature_box(reprinted), tmp_path) > 20
        letter = next(a for a in listed if a.kind is NoticeKind.COMMITMENT)
        again = tmp_path / "letter-reprint.pdf"
        after.notices.reprint(letter, pdf_printer(again))  # its signature file sealed since: still printed
        assert "容缺受理承诺书（补打）" in pdf_text(again) and ink_in(again, promisor_box(again), tmp_path) > 20
        saved = tmp_path / "copy.pdf"  # 另存为 PDF: the clerk takes a plain copy out on purpose
        after.notices.save_copy(acceptance_notice(after, intake.case.case_no), acceptance.pdf, saved)
        assert saved.read_bytes() == plain[acceptance.pdf]
    finally:
        after.close()


def acceptance_notice(runtime: Runtime, case_no: str):  # type: ignore[no-untyped-def]
    from govdesk.services.notice_archive import load_notice

    listed = runtime.notices.archived(case_no)
    archived = next(a for a in listed if a.kind is NoticeKind.ACCEPTANCE)
    return load_notice(archived.json_path, runtime.notices.center(), runtime.notices.files)


def test_without_a_key_the_files_stay_plain_and_a_sealed_one_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "signatures" / "x" / "a.png"
    SealedFiles(None).write(path, b"\x89PNG plain")
    assert path.read_bytes() == b"\x89PNG plain"
    key = file_crypto.files_key(os.urandom(32))
    assert SealedFiles(key).seal_tree(tmp_path / "signatures") == 1
    assert SealedFiles(key).read(path) == b"\x89PNG plain"
    with pytest.raises(file_crypto.SealedFileDamaged, match="已加密，但没有打开它的密钥"):
        SealedFiles(None).read(path)
    with pytest.raises(file_crypto.SealedFileDamaged, match="无法解密"):
        SealedFiles(file_crypto.files_key(os.urandom(32))).read(path)


def test_a_letter_signed_on_paper_keeps_its_line_and_its_digest(runtime: Runtime) -> None:
    """Signed on paper, the 承诺书 has the line to sign on, and its canonical form is the one it had before the pad's
    signature could be printed on it (the QR of a letter issued then still matches on 补打)."""
    intake = runtime.intake
    draft = intake.new_draft(["SCJG-01-005"])
    draft.applicant = Applicant(ApplicantKind.PERSON, NAME, "111", ID_NUMBER, phone="13812345678", address="渑池县")
    draft.answers["business_type"] = "catering"
    receive_all(intake, draft, except_codes=("food_safety_rules", "staff_health_certs"))
    result = intake.decide(draft, Outcome.CONDITIONAL, signed_by=NAME, signed_on_paper=True)
    letter = next(n for n in result.notices if n.kind is NoticeKind.COMMITMENT)
    assert letter.signature_image == ""  # type: ignore[union-attr]
    assert '"signature_image"' not in canonical_text(letter)
    pdf = next(p for p in result.pdfs if p is not None and p.name.startswith("commitment"))
    assert "承诺人（签字或盖章）：______" in pdf_text(runtime.notices.view_copy(pdf))
    signed = dataclasses.replace(letter, signature_image="/data/signatures/x/commitment-1.png")
    assert '"signature_image":"/data/signatures/x/commitment-1.png"' in canonical_text(signed)


def test_a_data_folder_moved_elsewhere_still_prints_its_signatures(
    tmp_path: Path, clock: FixedClock, qtbot: QtBot
) -> None:
    """A notice names its pad signature relative to the data folder, so a folder moved (a new disk, a restore at
    another path) still prints it on 补打; a notice kept before with the old absolute path finds it again by its
    ``signatures/…`` tail. (Unkeyed: the database key is the keyring's entry for the database's path.)"""
    png = drawn_signature(qtbot)
    (tmp_path / "before").mkdir()
    first = open_runtime(tmp_path / "before", clock, keyed=False)
    try:
        case = make_case(first.store, clock)
        done = first.handoff.hand_over_window(case.case_id, APPLICANT_ID, signature_png=png)
        assert done.receipt is not None and done.signature_path is not None
        assert done.receipt.signature_image.startswith("signatures/")
        old_style = dataclasses.replace(done.receipt, signature_image=str(done.signature_path))  # as kept before
        on_paper = make_case(first.store, clock)
        paper = first.handoff.hand_over_window(on_paper.case_id, APPLICANT_ID, signed_on_paper=True).receipt
        assert paper is not None
    finally:
        first.close()
    (tmp_path / "after").mkdir()
    shutil.move(tmp_path / "before" / "data", tmp_path / "after" / "data")
    moved = open_runtime(tmp_path / "after", clock, keyed=False)
    try:
        control = tmp_path / "paper.pdf"
        moved.notices.print(paper, pdf_printer(control))
        for name, receipt in (("relative", done.receipt), ("absolute", old_style)):
            printed = tmp_path / f"{name}.pdf"
            moved.notices.print(receipt, pdf_printer(printed))
            assert images(printed) == images(control) + 1, name  # the collector's signature, found
            assert "领取人（签字）：______" not in pdf_text(printed), name
    finally:
        moved.close()
