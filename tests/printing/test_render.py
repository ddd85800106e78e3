"""Real PDFs in tmp_path: text round-trip (pdftotext), glyph coverage, barcodes and QR codes (zbarimg),
pagination of long lists, and the refusal to print without a CJK font."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from govdesk.domain.notices import (
    NOTICE_TITLES,
    AcceptanceNotice,
    CommitmentLetter,
    DeficiencyNotice,
    DelayNotice,
    NoticeKind,
    NoticeLine,
    PickupReceipt,
    RejectionNotice,
    TransferSheet,
)
from govdesk.printing.context import cn_date
from govdesk.printing.errors import FontMissingError
from govdesk.printing.fonts import check_coverage, cjk_font_status, find_cjk_font
from govdesk.printing.paginate import cut_rows
from govdesk.printing.render import NoticeRenderer
from govdesk.printing.sample import SAMPLE_CASE_NO, sample_notice
from govdesk.printing.signing import NoticeSigner, NoticeVerifier, parse_payload
from govdesk.printing.templates import TemplateSet
from tests.printing.conftest import pdf_text, scan, squash


def expected_texts(notice: object) -> list[str]:
    """What a reader must find on the paper, derived from the content (not from the template)."""
    n = notice
    texts = [
        NOTICE_TITLES[n.kind],
        n.case_no,
        n.applicant.name,
        n.applicant.id_masked,
        cn_date(n.issued_on),
        n.center.name,
        *n.item_names,
    ]
    if n.agent:
        texts += [n.agent.name, n.agent.id_masked]
    for line in getattr(n, "lines", ()):
        # a waived material's reason is that it is promised for later: the 承诺书 does not print it
        texts += [line.name, line.remedy, "" if isinstance(n, CommitmentLetter) else line.reason]
    match n:
        case DeficiencyNotice():
            texts += [cn_date(n.received_on), n.promise]
        case AcceptanceNotice():
            texts += [cn_date(n.promised_date), n.delivery, n.result_name, n.statement]
            texts += ["受理日期" + cn_date(n.accepted_on or n.issued_on)]
            texts += [part for w in n.waived for part in (w.name, w.remedy)]
            texts += [cn_date(n.waived_due)] if n.waived_due else []
        case RejectionNotice():
            texts += [n.reason, n.rights, "《中华人民共和国行政复议法》", "《中华人民共和国行政诉讼法》"]
            texts += ["实施部门" + n.department, "复议机关" + n.review_body, n.competent_authority]
        case CommitmentLetter():
            texts += [cn_date(n.due_date), n.consequence, "承诺人", "受理人"]
        case TransferSheet():
            texts += [n.from_window, n.to_department, "移交人", "接收人"]
        case PickupReceipt():
            texts += [n.result_name, n.method_label, n.collector.name, n.collector.id_masked, n.details]
        case DelayNotice():
            texts += [n.reason, cn_date(n.original_date), cn_date(n.new_date), n.legal_basis, n.approved_by]
            texts += ["延期依据", "批准人"]
    return [t for t in texts if t]


@pytest.mark.slow  # rasterises and scans seven pages (about 2 s each on the shared machine)
@pytest.mark.parametrize("kind", list(NoticeKind))
def test_every_kind_round_trips_and_scans(
    kind: NoticeKind, renderer: NoticeRenderer, verifier: NoticeVerifier, tmp_path: Path
) -> None:
    notice = sample_notice(kind, TemplateSet().center())
    result = renderer.render_pdf(notice, tmp_path / f"{kind.value}.pdf")
    assert result.pages == 1
    text = pdf_text(result.path)
    flat = squash(text)
    for expected in expected_texts(notice):
        assert squash(expected) in flat, f"{expected!r} missing from the {kind.value} PDF text"
    assert "410102198507153216" not in flat  # the full ID number is never printed
    assert "第1页/共1页" in flat
    family = find_cjk_font()
    assert family is not None
    assert check_coverage(text, family) == ""

    codes = scan(result.path, tmp_path)
    assert f"CODE-128:{notice.case_no}" in codes
    qr = [c.removeprefix("QR-Code:") for c in codes if c.startswith("QR-Code:GD1|")]
    assert qr == [result.payload]
    verdict = verifier.verify(qr[0])
    assert verdict.ok, verdict.message
    assert verdict.payload is not None and NoticeVerifier.matches_content(verdict.payload, notice)
    guide = getattr(notice, "guide_url", "")
    assert (f"QR-Code:{guide}" in codes) == bool(guide)


def test_the_payload_is_small_and_a_tampered_one_fails(
    renderer: NoticeRenderer, verifier: NoticeVerifier, tmp_path: Path
) -> None:
    notice = sample_notice(NoticeKind.DEFICIENCY)
    payload = renderer.render_pdf(notice, tmp_path / "n.pdf").payload
    assert 120 <= len(payload) <= 250
    tampered = payload.replace("|20261122|", "|20261123|")
    assert tampered != payload
    verdict = verifier.verify(tampered)
    assert not verdict.ok and verdict.message.startswith("签名不符")
    other = dataclasses.replace(notice, lines=notice.lines[:-1])
    assert not NoticeVerifier.matches_content(parse_payload(payload), other)


def forty_lines() -> tuple[NoticeLine, ...]:
    names = (
        "从业人员健康证明",
        "设备布局图",
        "工艺流程图",
        "卫生设施清单",
        "进货查验记录",
        "经营场所平面图",
        "食品安全自查制度",
        "有效期内的检验报告",
    )
    remedies = ("由具备资质的医疗机构出具，在有效期内", "按比例绘制，标明各功能区面积", "加盖公章")
    return tuple(
        NoticeLine(f"{names[i % len(names)]}（{i + 1}）", "未提交", remedies[i % len(remedies)], 1, "原件")
        for i in range(40)
    )


def test_forty_materials_flow_onto_two_pages_without_cutting_a_row(renderer: NoticeRenderer, tmp_path: Path) -> None:
    notice = dataclasses.replace(sample_notice(NoticeKind.DEFICIENCY), lines=forty_lines())
    built = renderer.build(notice)
    assert built.page_count == 2
    assert cut_rows(built.doc) == []
    result = renderer.render_pdf(notice, tmp_path / "long.pdf")
    assert result.pages == 2
    pages = pdf_text(result.path).split("\f")
    assert "第1页/共2页" in squash(pages[0])
    assert "第2页/共2页" in squash(pages[1])
    assert "材料名称" in pages[1]  # the table header is repeated on page 2
    assert SAMPLE_CASE_NO in pages[1]  # and the case number in its top margin
    flat = squash(pages[0] + pages[1])
    for line in notice.lines:
        assert squash(line.name) in flat


def test_a_row_that_would_be_cut_moves_whole_to_the_next_page(renderer: NoticeRenderer) -> None:
    """Rows of three or four lines at every page end: each lands whole on one page."""
    long_remedy = "按统一格式填写，法定代表人签字并加盖公章，复印件注明“与原件一致”并由申请人签字确认，逐页加盖骑缝章"
    lines = tuple(NoticeLine(f"材料{i + 1}", "不符合要求", long_remedy, 2, "复印件") for i in range(30))
    built = renderer.build(dataclasses.replace(sample_notice(NoticeKind.DEFICIENCY), lines=lines))
    assert built.page_count >= 2
    assert cut_rows(built.doc) == []


def test_a_character_the_font_lacks_is_refused(renderer: NoticeRenderer, tmp_path: Path) -> None:
    notice = dataclasses.replace(sample_notice(NoticeKind.REJECTION), reason="申请人姓名含生僻字“𠀾”，无法核验")
    with pytest.raises(FontMissingError) as info:
        renderer.render_pdf(notice, tmp_path / "x.pdf")
    assert "𠀾" in str(info.value) and "U+2003E" in str(info.value)
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_font_gives_a_clear_error(qapp: object, signer: NoticeSigner, tmp_path: Path) -> None:
    renderer = NoticeRenderer(signer, font_family="No Such Font Song")
    with pytest.raises(FontMissingError, match="未安装"):
        renderer.render_pdf(sample_notice(NoticeKind.ACCEPTANCE), tmp_path / "x.pdf")
    assert cjk_font_status() is None  # WenQuanYi is installed here
