"""The case story on a real store: finding by every form a clerk types or a scanner reads (the QR off the real
archived PDF), the story of an accepted, a 容缺 and a handed-off case in words with personal data masked, a
provisional deadline explained, the recorded reveal, and a reprint marked 补打 on the paper (pdftotext)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from govdesk.domain.assessment import Outcome
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import FixedClock
from govdesk.domain.events import Role
from govdesk.domain.notices import canonical_text
from govdesk.services.case_story import CaseLookupError, CaseStoryService
from govdesk.services.notice_archive import ArchiveError, load_notice, same_content
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from tests.helpers.provisional import open_runtime, take
from tests.services.story_cases import APPLICANT_ID, VALID_ID, StoryCases, make_story_cases, story_service
from tests.services.test_handoff import outbox_kinds


@pytest.fixture
def cases(qapp, store: Store, catalog: Catalog, calendar, clock: FixedClock, window: WindowContext, tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_story_cases(store, catalog, calendar, clock, window, tmp_path / "data")


@pytest.fixture
def service(
    store: Store, catalog: Catalog, clock: FixedClock, window: WindowContext, tmp_path: Path
) -> CaseStoryService:
    return story_service(store, catalog, clock, window, tmp_path / "data")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def qr_of(pdf: Path, tmp_path: Path) -> str:
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    out = subprocess.run(["zbarimg", "-q", str(tmp_path / "page.png")], capture_output=True, text=True).stdout
    return next(line.split(":", 1)[1] for line in out.splitlines() if line.startswith("QR-Code:GD1|"))


def test_find_by_number_in_any_form_id_name_phone_and_the_notice_qr(
    cases: StoryCases, service: CaseStoryService, tmp_path: Path
) -> None:
    accepted = cases.accepted
    for text in (accepted.case_no, accepted.case_no.replace("-", "").lower(), f" {accepted.case_no.lower()} "):
        found = service.find(text)
        assert [f.case_id for f in found.cases] == [accepted.case_id], text
    hit = service.find(accepted.case_no).cases[0]
    assert hit.applicant == "张*" and hit.state == "已受理" and hit.items == "个体工商户设立登记"
    assert hit.received == "2026-11-20 09:30"  # China Standard Time

    assert {f.case_id for f in service.find(VALID_ID).cases} == {accepted.case_id, cases.conditional.case_id}
    assert [f.case_id for f in service.find(APPLICANT_ID).cases] == [cases.handed_off.case_id]
    assert {f.case_id for f in service.find("李").cases} == {cases.handed_off.case_id}
    assert len(service.find("13812345678").cases) == 3
    assert service.find("王五").cases == []

    (pdf,) = [n.pdf for n in service.story(accepted.case_id).notices if n.title == "受理通知书"]
    found = service.find(qr_of(pdf, tmp_path))
    assert [f.case_id for f in found.cases] == [accepted.case_id]
    assert found.verdict_ok and found.verdict.startswith("真实：")
    with pytest.raises(CaseLookupError, match="校验不通过"):
        service.find(accepted.case_no[:-1] + ("A" if accepted.case_no[-1] != "A" else "B"))


def test_the_story_of_an_accepted_case_is_in_words_and_masked(cases: StoryCases, service: CaseStoryService) -> None:
    story = service.story(cases.accepted.case_id)
    assert story.state == "已受理"
    applicant = {r.label: r.value for r in story.applicant}
    assert applicant["居民身份证"] == "110105********002X" and applicant["联系电话"] == "138****5678"
    dumped = json.dumps(story.to_json(), ensure_ascii=False)
    assert VALID_ID not in dumped and "13812345678" not in dumped
    assert [r.value for r in story.items] == ["个体工商户设立登记"]
    assert story.materials and all(r.value == "已收取" or "免提交" in r.value for r in story.materials)
    promised = next(r for r in story.deadlines if r.label == "承诺办结日期")
    assert promised.value == "2026-11-23" and "自 2026-11-20 受理次日起算 1 个工作日" in promised.note
    first, last = story.events[0], story.events[-1]
    assert (first.when, first.who, first.role, first.window) == ("2026-11-20 09:30", "王丽", "综合受理", "3号窗口")
    assert first.what.startswith("收件登记，办件编号 " + cases.accepted.case_no)
    assert last.what.startswith("状态由“收件中”变为“已受理”")
    assert not any(e.what.startswith("case.") or "其他记录" in e.what for e in story.events)
    assert [(n.title, n.number, n.issued_on, n.can_reprint) for n in story.notices] == [
        ("受理通知书", 1, "2026-11-20", True)
    ]


def test_the_story_of_a_conditional_and_a_handed_off_case(cases: StoryCases, service: CaseStoryService) -> None:
    story = service.story(cases.conditional.case_id)
    assert story.state == "已容缺受理"
    promise = {r.label: r for r in story.commitment}
    assert promise["承诺状态"].value == "未补齐" and promise["签署人"].value == "张三"
    assert promise["补齐期限"].value == "2026-12-04" and "10 个工作日" in promise["补齐期限"].note
    assert sum(r.value == "尚未补交" for r in story.commitment) == 2
    assert sum(r.value == "容缺（承诺后补）" for r in story.materials) == 2
    assert [n.title for n in story.notices] == ["受理通知书", "容缺受理承诺书"]
    assert any("承诺 2026-12-04 前补交" in e.what for e in story.events)

    story = service.story(cases.handed_off.case_id)
    assert story.state == "已出件"
    handoff = {r.label: r.value for r in story.handoff}
    assert handoff["出件方式"] == "窗口领取" and handoff["领取人证件号码"] == "110101********7578"
    assert APPLICANT_ID not in json.dumps(story.to_json(), ensure_ascii=False)
    assert story.rating[0].value == "非常满意" and story.rating[-1].value == "办事很快"
    roles = {e.role for e in story.events}
    assert {"综合受理", "后台审批", "出件窗口"} <= roles
    assert story.events[-1].what == "申请人评价：非常满意；意见：办事很快"


def test_a_provisional_deadline_says_so_and_why(tmp_path: Path) -> None:
    runtime = open_runtime(tmp_path)
    try:
        case = take(runtime, "TEST-45", Outcome.ACCEPT)
        notices = runtime.notices
        service = CaseStoryService(
            runtime.store, runtime.catalog, runtime.clock, runtime.window, notices.key_path, notices.archive_dir
        )
        story = service.story(case.case_id)
    finally:
        runtime.close()
    promised = next(r for r in story.deadlines if r.label == "承诺办结日期")
    assert "（暂定" in promised.value
    assert "2027 年节假日安排尚未公布" in promised.note and "45 个工作日" in promised.note
    assert promised.note.count("尚未公布") == 1, promised.note  # said once (it was appended a second time)
    assert story.dates_note.startswith("承诺办结日期 ") and "暂定" in story.dates_note


def test_reveal_is_recorded_without_the_data_itself(cases: StoryCases, service: CaseStoryService, store: Store) -> None:
    shown = service.reveal(cases.accepted.case_id)
    assert (shown.id_number, shown.phone) == (VALID_ID, "13812345678")
    assert outbox_kinds(store, cases.accepted.case_id)[-1] == "case.personal_data_viewed"
    stored = store.load_case(cases.accepted.case_id)
    assert stored is not None
    event = stored.events[-1]
    assert event.actor.clerk_name == "王丽" and event.actor.role is Role.INTAKE
    assert event.payload["fields"] == ["id_number", "phone"]
    assert VALID_ID not in json.dumps(event.to_json()) and "13812345678" not in json.dumps(event.to_json())
    story = service.story(cases.accepted.case_id)
    assert story.events[-1].what == "查看了申请人未遮蔽的证件号码、联系电话（个人信息保护留痕）"
    assert store.verify_chain().ok


def test_reprint_marks_the_paper_and_is_recorded(
    cases: StoryCases, service: CaseStoryService, store: Store, tmp_path: Path
) -> None:
    story = service.story(cases.conditional.case_id)
    letter = next(n for n in story.notices if n.title == "容缺受理承诺书")
    original = pdf_text(letter.pdf)
    assert "容缺受理承诺书" in original and "补打" not in original
    kept = load_notice(letter.archived.json_path, service.notices.center())
    assert same_content(kept, letter.archived.json_path)  # nothing lost between the JSON and the notice
    assert canonical_text(kept) == letter.archived.json_path.read_text(encoding="utf-8")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    kept_pdf = service.reprint(cases.conditional.case_id, letter, printer)
    for path in (kept_pdf, tmp_path / "printed.pdf"):
        text = pdf_text(path)
        assert "容缺受理承诺书（补打）" in text, path
        assert cases.conditional.case_no in text
    assert kept_pdf.parent.name == "reprints"
    assert outbox_kinds(store, cases.conditional.case_id)[-1] == "case.notice_reprinted"
    after = service.story(cases.conditional.case_id)
    assert [n.title for n in after.notices] == ["受理通知书", "容缺受理承诺书"]  # a reprint is not a new notice
    assert after.events[-1].what == "补打容缺受理承诺书（第 1 份，纸面注明“补打”）"

    letter.archived.json_path.unlink()
    before = len(outbox_kinds(store, cases.conditional.case_id))
    with pytest.raises(ArchiveError, match="未保存内容文件"):
        service.reprint(cases.conditional.case_id, letter, printer)
    assert len(outbox_kinds(store, cases.conditional.case_id)) == before  # nothing recorded for a failed reprint


def test_a_reprint_after_the_key_was_replaced_carries_the_original_qr(
    cases: StoryCases, service: CaseStoryService, tmp_path: Path
) -> None:
    """A key the center revoked is replaced (issue 12): the reprint of a notice printed before keeps the QR the
    original carried (signed the day it was valid), never a new key's signature over an old date; the notices
    printed after are signed with the new key."""
    from govdesk.printing.notice_keys import replace_revoked_key
    from govdesk.services.notices import QR_SUFFIX

    for folder in ("original", "reprint", "resigned"):
        (tmp_path / folder).mkdir()
    story = service.story(cases.accepted.case_id)
    notice = story.notices[0]
    original = qr_of(notice.pdf, tmp_path / "original")
    assert notice.archived.json_path.with_suffix(QR_SUFFIX).read_text(encoding="utf-8") == original
    assert service.notices is not None
    old_key = service.notices.renderer.signer.key_id
    replace_revoked_key(tmp_path / "data")
    assert service.notices.renderer.signer.key_id != old_key  # the running program signs with the new key at once
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    kept_pdf = service.reprint(cases.accepted.case_id, notice, printer)
    assert qr_of(kept_pdf, tmp_path / "reprint") == original
    # an archive from before the QR was kept: the reprint is signed by the key held now (another key id)
    notice.archived.json_path.with_suffix(QR_SUFFIX).unlink()
    again = service.reprint(cases.accepted.case_id, notice, printer)
    resigned = qr_of(again, tmp_path / "resigned")
    assert resigned.split("|")[:4] == original.split("|")[:4] and resigned.split("|")[5] != original.split("|")[5]
