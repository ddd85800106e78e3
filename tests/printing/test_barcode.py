"""The Code 128 on every notice kind scans for the widest case number the numbering can issue: rendered to PDF,
rasterised by pdftoppm at 150 and 300 dpi, decoded by zbarimg, with its quiet zones measured on the pixels and
inside the text area of the page (STYLE.md: test the longest value production can make)."""

from __future__ import annotations

import itertools
import subprocess
from datetime import date
from pathlib import Path

import pytest

from govdesk.domain.notices import NoticeKind
from govdesk.domain.numbering import CaseNumber
from govdesk.printing.barcode import CODE128_QUIET, code128_modules
from govdesk.printing.errors import TemplateError
from govdesk.printing.objects import MODULE_MM
from govdesk.printing.render import MARGIN_MM, PAGE_MM, NoticeRenderer
from govdesk.printing.sample import SAMPLE_CASE_NO, sample_notice
from govdesk.printing.signing import NoticeSigner
from govdesk.printing.templates import TemplateSet, shipped_dir

MM_PER_INCH = 25.4


def every_shape() -> list[str]:
    """One number of each shape the numbering issues: stations of 1–6 letters and digits in every arrangement,
    sequences of 4, 5 and 6 digits, a letter or a digit as the check character (dates and centers are all
    digits, so their values do not change the encoding's width)."""
    numbers = []
    day = date(2026, 12, 31)
    for length in range(1, 7):
        for pattern in itertools.product("Z9", repeat=length):
            for seq in (7, 12345, 999_999):
                numbers.append(CaseNumber.make("41122101", "".join(pattern), day, seq))
    return numbers


def widest_case_no() -> str:
    return max(every_shape(), key=lambda n: (len(code128_modules(n)), n))


WIDEST = widest_case_no()


def test_the_widest_number_is_a_longest_one_and_its_width_is_known() -> None:
    assert len(WIDEST) == 33  # 8 + 6 + 8 + 6 + 1 characters and 4 separators: the most the numbering allows
    modules = len(code128_modules(WIDEST))
    assert modules == 332
    width_mm = (modules + 2 * CODE128_QUIET) * MODULE_MM
    assert width_mm == pytest.approx(119.2, abs=0.1)
    assert width_mm < PAGE_MM.width() - 2 * MARGIN_MM
    assert len(code128_modules(SAMPLE_CASE_NO)) < modules


def test_the_sample_uses_the_real_number_format() -> None:
    assert CaseNumber.parse(SAMPLE_CASE_NO).text == SAMPLE_CASE_NO
    assert sample_notice(NoticeKind.ACCEPTANCE).case_no == SAMPLE_CASE_NO


def grey_page(pdf: Path, tmp_path: Path, dpi: int) -> tuple[int, int, bytes]:
    """Page 1 as 8-bit grey pixels (width, height, rows) through pdftoppm (PGM)."""
    prefix = tmp_path / f"{pdf.stem}-{dpi}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)], check=True
    )
    data = Path(str(prefix) + ".pgm").read_bytes()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5" and fields[3] == b"255"
    width, height = int(fields[1]), int(fields[2])
    return width, height, fields[4][: width * height]


def bars_box(width: int, height: int, pixels: bytes) -> tuple[int, int, int, int]:
    """(left, right, top, bottom) of the barcode: the rows with many dark/light edges, and the outermost dark
    pixels in them."""

    def edges(y: int) -> int:
        row = pixels[y * width : (y + 1) * width]
        return sum(1 for a, b in itertools.pairwise(row) if (a < 128) != (b < 128))

    many = [y for y in range(height // 3) if edges(y) > 120]  # 332 modules make about 170 edges
    assert many, "no barcode found on the page"
    top = bottom = many[0]  # the first band of such rows from the top: the bars (lines of text come later)
    while bottom + 1 in many:
        bottom += 1
    rows = range(top, bottom + 1)
    assert len(rows) * PAGE_MM.height() / height > 10, "bars under 10 mm high"
    lefts, rights = [], []
    for y in rows:
        dark = [x for x in range(width) if pixels[y * width + x] < 128]
        lefts.append(dark[0])
        rights.append(dark[-1])
    return min(lefts), max(rights), top, bottom


@pytest.mark.slow  # seven notices, each rasterised twice (about 4 s a notice on the shared machine)
@pytest.mark.parametrize("kind", list(NoticeKind))
def test_every_kind_scans_the_widest_number_at_150_and_300_dpi(
    kind: NoticeKind, renderer: NoticeRenderer, tmp_path: Path
) -> None:
    notice = sample_notice(kind, TemplateSet().center(), case_no=WIDEST)
    pdf = renderer.render_pdf(notice, tmp_path / f"{kind.value}.pdf").path
    for dpi in (150, 300):
        width, height, pixels = grey_page(pdf, tmp_path, dpi)
        left, right, top, bottom = bars_box(width, height, pixels)
        module = MODULE_MM * dpi / MM_PER_INCH  # pixels
        quiet = round(CODE128_QUIET * module)
        margin = round(MARGIN_MM * dpi / MM_PER_INCH)
        measured_mm = (right - left + 1) * MM_PER_INCH / dpi
        assert measured_mm == pytest.approx(len(code128_modules(WIDEST)) * MODULE_MM, abs=0.5)
        assert left - quiet >= margin and right + quiet <= width - margin, (left, right, width, margin)
        for y in range(top, bottom + 1):
            row = pixels[y * width : (y + 1) * width]
            assert min(row[left - quiet : left]) >= 128, f"quiet zone left of the bars not white at {dpi} dpi"
            assert min(row[right + 1 : right + 1 + quiet]) >= 128, f"quiet zone right not white at {dpi} dpi"
        out = subprocess.run(
            ["zbarimg", "-q", "--raw", "-Sdisable", "-Scode128.enable", str(tmp_path / f"{pdf.stem}-{dpi}.pgm")],
            capture_output=True,
            text=True,
        )
        assert out.stdout.split() == [WIDEST], f"{kind.value} at {dpi} dpi: {out.stdout!r}"


def test_a_template_that_squeezes_the_barcode_is_refused(qapp: object, signer: NoticeSigner, tmp_path: Path) -> None:
    """The layout before issue 11: the bars in a 45 % cell beside the center's name, where they ran off the page."""
    own = tmp_path / "own"
    own.mkdir()
    template = (shipped_dir() / "acceptance.html").read_text(encoding="utf-8")
    squeezed = template.replace(
        "{{barcode_html}}",
        '<table width="100%"><tr><td width="55%">&nbsp;</td><td width="45%">{{barcode_html}}</td></tr></table>',
    )
    assert squeezed != template
    (own / "acceptance.html").write_text(squeezed, encoding="utf-8")
    renderer = NoticeRenderer(signer, TemplateSet(own))
    with pytest.raises(TemplateError, match="条形码"):
        renderer.build(sample_notice(NoticeKind.ACCEPTANCE, case_no=WIDEST))
