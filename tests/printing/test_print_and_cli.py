"""Printing to a QPrinter (the same layout as the PDF), printer errors, templates, and ``govdesk notice``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from govdesk.cli import main
from govdesk.domain.notices import NoticeKind
from govdesk.printing.errors import PrintError, TemplateError
from govdesk.printing.printer import print_notice
from govdesk.printing.render import NoticeRenderer
from govdesk.printing.sample import SAMPLE_CASE_NO, sample_notice
from govdesk.printing.signing import NoticeSigner
from govdesk.printing.templates import TemplateSet, shipped_dir
from tests.printing.conftest import pdf_text, scan, squash


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_keeps_the_pdf_and_prints_the_same_layout(renderer: NoticeRenderer, tmp_path: Path) -> None:
    notice = sample_notice(NoticeKind.DEFICIENCY)
    printed = tmp_path / "printer-output.pdf"
    result = print_notice(renderer, notice, pdf_printer(printed), tmp_path / "kept.pdf")
    assert result.path.is_file()
    assert squash(pdf_text(printed)) == squash(pdf_text(result.path))
    assert f"CODE-128:{SAMPLE_CASE_NO}" in scan(printed, tmp_path)


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the failure under test
def test_a_printer_error_is_a_print_error_and_the_pdf_is_kept(renderer: NoticeRenderer, tmp_path: Path) -> None:
    bad = pdf_printer(tmp_path / "no-such-dir" / "sub" / "out.pdf")
    kept = tmp_path / "kept.pdf"
    with pytest.raises(PrintError) as info:
        print_notice(renderer, sample_notice(NoticeKind.ACCEPTANCE), bad, kept)
    assert str(kept) in str(info.value) and info.value.pdf_path == str(kept)
    assert kept.is_file() and kept.stat().st_size > 5000


def test_a_center_overrides_templates_file_by_file(qapp: object, signer: NoticeSigner, tmp_path: Path) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    (own / "center.json").write_text(
        '{"name": "锡林浩特市政务服务中心", "address": "锡林大街 1 号", "phone": "0479-1234567"}', encoding="utf-8"
    )
    rejection = (shipped_dir() / "rejection.html").read_text(encoding="utf-8")
    (own / "rejection.html").write_text(rejection.replace("理由如下", "本中心审查意见如下"), encoding="utf-8")
    templates = TemplateSet(own)
    renderer = NoticeRenderer(signer, templates)
    notice = sample_notice(NoticeKind.REJECTION, templates.center())
    text = squash(pdf_text(renderer.render_pdf(notice, tmp_path / "r.pdf").path))
    assert "锡林浩特市政务服务中心" in text and "本中心审查意见如下" in text and "0479-1234567" in text
    # a kind the center did not override comes from the shipped templates
    other = renderer.render_pdf(sample_notice(NoticeKind.DELAY, templates.center()), tmp_path / "d.pdf")
    assert "延期办理告知书" in pdf_text(other.path)


def test_an_unknown_placeholder_is_named(qapp: object, signer: NoticeSigner, tmp_path: Path) -> None:
    own = tmp_path / "t"
    own.mkdir()
    (own / "delay.html").write_text("<p>{{title}} {{applicant_nmae}}</p>", encoding="utf-8")
    with pytest.raises(TemplateError, match="applicant_nmae"):
        NoticeRenderer(signer, TemplateSet(own)).render_pdf(sample_notice(NoticeKind.DELAY), tmp_path / "x.pdf")


def test_cli_sample_verify_and_pubkey(qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = tmp_path / "data" / "notice-signing-key.pem"
    out = tmp_path / "sample.pdf"
    assert main(["notice", "sample", "deficiency", "--out", str(out), "--key", str(key)]) == 0
    assert key.is_file() and (key.stat().st_mode & 0o777) == 0o600
    printed = capsys.readouterr().out
    payload = printed.split("二维码内容：", 1)[1].strip()
    assert f"QR-Code:{payload}" in scan(out, tmp_path)

    assert main(["notice", "pubkey", "--key", str(key)]) == 0
    pub = tmp_path / "center.pub.pem"
    pub.write_text(capsys.readouterr().out, encoding="utf-8")

    assert main(["notice", "verify", payload, "--pubkey", str(pub)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"真实：办件 {SAMPLE_CASE_NO} 一次性告知单 2026-11-22")

    forged = payload.replace("|DEF|", "|ACC|")
    assert main(["notice", "verify", forged, "--pubkey", str(pub)]) == 1
    assert capsys.readouterr().out.startswith("签名不符：")
    assert main(["notice", "verify", "hello", "--pubkey", str(pub)]) == 1


def test_cli_refuses_clearly_when_no_cjk_font_is_installed(tmp_path: Path) -> None:
    """A real process with a fontconfig that knows no fonts at all: no PDF of boxes, a Chinese message."""
    empty = tmp_path / "fonts"
    empty.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>{empty}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "boxes.pdf"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "govdesk",
            "notice",
            "sample",
            "acceptance",
            "--out",
            str(out),
            "--key",
            str(tmp_path / "k.pem"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "未找到中文字体" in proc.stderr and "fonts-wqy-microhei" in proc.stderr
    assert not out.exists()


@pytest.mark.parametrize(("paper", "points"), [("A4", "(A4)"), ("A5", "(A5)")])
def test_the_paper_set_for_the_window_is_the_paper_printed_on(
    renderer: NoticeRenderer, tmp_path: Path, paper: str, points: str
) -> None:
    """设置 → 打印 → 纸张: A5 stays A5 (the A4 layout scaled to fit); anything else is A4, whatever a driver did."""
    from govdesk.ui.printers import set_paper

    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(printed)
    set_paper(printer, paper)
    print_notice(renderer, sample_notice(NoticeKind.ACCEPTANCE), printer, tmp_path / "kept.pdf")
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert "Page size:" in info and points in info, info
    assert SAMPLE_CASE_NO in squash(pdf_text(printed))  # the whole notice, scaled, not cut
