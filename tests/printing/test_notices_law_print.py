"""Issue 11, on paper (pdftotext): the 容缺 受理通知书 says 容缺 with the promised materials and due date and
never "材料齐全"; the labelled 受理日期; the 不予受理通知书's department, competent authority and review body; the
延期办理告知书's basis and approver. Each notice stays on one page, its barcode still scans."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

from govdesk.domain.notices import AcceptanceNotice, NoticeKind
from govdesk.printing.render import NoticeRenderer
from govdesk.printing.sample import SAMPLE_CASE_NO, SAMPLE_COMPETENT_AUTHORITY, SAMPLE_REJECTION_REASON, sample_notice
from tests.printing.conftest import pdf_text, scan, squash


def _render(renderer: NoticeRenderer, notice: object, out: Path) -> str:
    result = renderer.render_pdf(notice, out)  # type: ignore[arg-type]
    assert result.pages == 1, f"{out.name} runs onto {result.pages} pages"
    folder = os.environ.get("GOVDESK_SCREENSHOTS")  # for a person to look at, as the UI tests' shots
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page = str(Path(folder) / f"notice-{out.stem}")
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(out), page], check=True)
    return squash(pdf_text(out))


def test_conditional_acceptance_on_paper(renderer: NoticeRenderer, tmp_path: Path) -> None:
    text = _render(renderer, sample_notice(NoticeKind.ACCEPTANCE), tmp_path / "acceptance-conditional.pdf")
    assert "申请材料齐全、符合法定形式" not in text
    assert "本中心决定予以容缺受理" in text and "容缺材料补齐前，办理结果暂不发放" in text
    assert "容缺材料（共2项），申请人已书面承诺于2026年12月4日前补齐" in text
    assert "经营场所使用证明房屋产权证明或租赁合同，租期不少于一年复印件1份" in text
    assert "受理日期2026年11月22日承诺办结2026年11月27日" in text
    assert "已收取的申请材料如下（共3项）" in text
    assert f"CODE-128:{SAMPLE_CASE_NO}" in scan(tmp_path / "acceptance-conditional.pdf", tmp_path)


def test_complete_acceptance_on_paper(renderer: NoticeRenderer, tmp_path: Path) -> None:
    text = _render(renderer, sample_notice(NoticeKind.ACCEPTANCE, conditional=False), tmp_path / "acceptance.pdf")
    assert "申请材料齐全、符合法定形式，本中心决定予以受理" in text
    assert "容缺" not in text and "已收取的申请材料如下（共5项）" in text
    assert "受理日期2026年11月22日" in text


def test_a_provisional_commitment_due_date_says_so(renderer: NoticeRenderer, tmp_path: Path) -> None:
    notice = sample_notice(NoticeKind.ACCEPTANCE)
    assert isinstance(notice, AcceptanceNotice) and notice.waived_due is not None
    later = dataclasses.replace(notice, waived_due=notice.waived_due.replace(year=2027, month=1, day=11))
    provisional = dataclasses.replace(later, waived_due_provisional=True)
    out = tmp_path / "acceptance-provisional.pdf"
    renderer.render_pdf(provisional, out)
    assert "2027年1月11日（暂定，以国务院办公厅公布的节假日安排为准）前补齐" in squash(pdf_text(out))


def test_rejection_on_paper(renderer: NoticeRenderer, tmp_path: Path) -> None:
    text = _render(renderer, sample_notice(NoticeKind.REJECTION), tmp_path / "rejection.pdf")
    assert "实施部门示例县市场监督管理局" in text and "复议机关示例县人民政府" in text
    assert "本中心代示例县市场监督管理局决定不予受理" in text
    assert squash(SAMPLE_REJECTION_REASON) in text
    assert f"请向有权机关{squash(SAMPLE_COMPETENT_AUTHORITY)}申请办理" in text
    assert "六十日内依照《中华人民共和国行政复议法》向示例县人民政府申请行政复议" in text


def test_delay_on_paper(renderer: NoticeRenderer, tmp_path: Path) -> None:
    text = _render(renderer, sample_notice(NoticeKind.DELAY), tmp_path / "delay.pdf")
    assert "延期依据《中华人民共和国行政许可法》第四十二条批准人示例县市场监督管理局局长张志远" in text
    assert "依据《中华人民共和国行政许可法》第四十二条，经示例县市场监督管理局局长张志远批准，延期办理" in text
