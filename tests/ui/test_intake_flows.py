"""An intake to each outcome, driven by the keyboard (keys go through the window, as a real keyboard's do:
mnemonics and shortcuts included; Chinese arrives as an input-method commit), then the stored case, its events,
the outbox and the notice PDF's text are checked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from govdesk.domain.case import CaseState, MaterialStatus
from govdesk.domain.notices import NoticeKind
from govdesk.services.intake import IntakeResult, IntakeService
from govdesk.ui.intake.page import IntakePage
from tests.helpers.signing import sign
from tests.helpers.ui import settle_now
from tests.ui.test_intake_models import VALID_ID, pdf_text, shot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(page: IntakePage, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the clerk presses it; what it started through the operations gateway has finished after."""
    handle = page.window().windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key, mods)
    settle_now()


def typed(page: IntakePage, text: str) -> None:
    """Type ASCII as key presses into whatever has the focus."""
    handle = page.window().windowHandle()
    assert handle is not None
    for ch in text:
        QTest.keyClick(handle, ch)


def ime(text: str) -> None:
    """Chinese typed through the input method: a commit into the focused field."""
    widget = QApplication.focusWidget()
    assert widget is not None
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def take_item(page: IntakePage, query: str) -> None:
    press(page, Qt.Key.Key_S, ALT)  # 办理事项(&S)
    assert QApplication.focusWidget() is page.ui.searchEdit
    typed(page, query)
    press(page, Qt.Key.Key_Return)


def fill_applicant(page: IntakePage, name: str = "张三", id_number: str = VALID_ID) -> None:
    press(page, Qt.Key.Key_M, ALT)  # 姓名(&M)
    ime(name)
    press(page, Qt.Key.Key_I, ALT)  # 证件号码(&I)
    typed(page, id_number)
    press(page, Qt.Key.Key_T, ALT)  # 联系电话(&T)
    typed(page, "13812345678")


def receive(page: IntakePage, rows: list[int]) -> None:
    """Space on each row of the materials table (received)."""
    press(page, Qt.Key.Key_L, ALT)  # 申请材料(&L)
    view = page.materials_view
    assert QApplication.focusWidget() is view
    for row in rows:
        view.setCurrentIndex(page.materials_model.index(row, 0))
        press(page, Qt.Key.Key_Space)


def choose(page: IntakePage, qtbot: QtBot, key: Qt.Key, choice: str) -> None:
    """Alt+digit: the outcome's mnemonic (a button's mnemonic clicks it after a short animation)."""
    press(page, key, ALT)
    qtbot.waitUntil(lambda: page.decision.choice() == choice, timeout=2000)


def decide(page: IntakePage, qtbot: QtBot) -> object:
    with qtbot.waitSignal(page.decided, timeout=15000) as blocker:  # recorded through the operations gateway
        press(page, Qt.Key.Key_Return, CTRL)
    return blocker.args[0] if blocker.args else None


def close_preview(page: IntakePage, qtbot: QtBot) -> None:
    if page.preview_dialog is not None:
        page.preview_dialog.reject()
    page.activateWindow()
    qtbot.waitActive(page)


def test_accept_by_keyboard(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "gtgsh")
    assert page.draft.item_codes == ["SCJG-01-001"]
    fill_applicant(page)
    receive(page, [0, 1, 2])
    shot(page.window(), "accept-1-filled")
    assert page.decision.choice() == "accept"
    assert "2026-11-23" in page.decision.ui.promisedLabel.text()
    assert "受理次日" in page.decision.ui.promisedLabel.toolTip() or page.decision.ui.promisedLabel.toolTip()
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    case = intake.store.load_case(result.case.case_id)
    assert case is not None and case.state is CaseState.ACCEPTED
    assert case.applicant.name == "张三" and case.applicant.id_number == VALID_ID
    assert case.promised_date == date(2026, 11, 23)
    kinds = [e.kind for e in case.events]
    assert kinds[0] == "case.drafted" and kinds[-1] == "case.accepted"
    assert intake.store.outbox_depth() == len(kinds)
    assert intake.open_drafts() == []
    (issued,) = page.desk.issued
    assert issued.pdf is not None and issued.pdf.exists()
    text = pdf_text(issued.pdf)
    assert "受理通知书" in text and case.case_no in text and "个体工商户设立登记" in text
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()
    shot(page.preview_dialog, "accept-2-preview")
    assert case.case_no in page.message()
    close_preview(page, qtbot)
    # the page is ready for the next applicant at once
    assert page.draft.item_codes == [] and page.applicant.ui.nameEdit.text() == ""


def test_one_time_notice_lists_missing_and_defective(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "gtgsh")
    fill_applicant(page, "李四")
    receive(page, [0])
    view = page.materials_view
    view.setCurrentIndex(page.materials_model.index(1, 0))
    press(page, Qt.Key.Key_D)  # defective: the reason editor opens
    assert page.materials_model.status(1) is MaterialStatus.DEFECTIVE
    assert page.decision.why("accept")  # not possible now, and says why
    choose(page, qtbot, Qt.Key.Key_3, "notify")  # 一次性告知(&3)
    press(page, Qt.Key.Key_Return, CTRL)
    assert "原因" in page.decision.ui.decisionMessage.text()  # a defective material needs its reason
    press(page, Qt.Key.Key_L, ALT)  # back to the materials
    view.setCurrentIndex(page.materials_model.index(1, 4))
    press(page, Qt.Key.Key_F2)
    ime("证件已过有效期")
    press(page, Qt.Key.Key_Return)
    assert page.draft.materials["id_card"].reason == "证件已过有效期"
    shot(page.window(), "notify-1-filled")
    assert "经营场所使用证明" in page.decision.ui.deficiencyLabel.text()
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    case = intake.store.load_case(result.case.case_id)
    assert case is not None and case.state is CaseState.NOTIFIED
    assert set(case.notified_codes) == {"id_card", "premises_proof"}
    assert intake.store.outbox_depth() == len(case.events)
    (issued,) = page.desk.issued
    assert issued.notice.kind is NoticeKind.DEFICIENCY and issued.pdf is not None
    text = pdf_text(issued.pdf)
    assert "经营场所使用证明" in text and "证件已过有效期" in text and case.case_no in text
    close_preview(page, qtbot)


def test_conditional_acceptance(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "spjyxk")
    assert page.draft.item_codes == ["SCJG-01-005"]
    fill_applicant(page)
    model = page.materials_model
    codes = [model.material(r).code for r in range(model.rowCount())]
    assert model.data(model.index(codes.index("business_license"), 1)) == "免提交"
    receive(page, [codes.index(c) for c in ("food_license_form", "id_card", "premises_proof", "layout_and_process")])
    assert page.decision.is_allowed("conditional")
    choose(page, qtbot, Qt.Key.Key_4, "conditional")  # 容缺受理(&4)
    assert page.decision.commitment_due() == date(2026, 12, 4)  # 10 working days, default from the preview
    press(page, Qt.Key.Key_N, ALT)  # 承诺人签字(&N)
    ime("张三")
    press(page, Qt.Key.Key_Return, CTRL)  # not signed yet: refused beside the panel, nothing recorded
    assert "签字板上签名" in page.decision.ui.decisionMessage.text()
    assert intake.store.outbox_depth() == 0
    sign(qtbot, page.decision.ui.commitmentSignaturePad)
    shot(page.window(), "conditional-1-filled")
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    case = intake.store.load_case(result.case.case_id)
    assert case is not None and case.state is CaseState.ACCEPTED_CONDITIONAL
    assert case.commitment is not None and case.commitment.due_date == date(2026, 12, 4)
    assert case.commitment.signed_by == "张三" and case.commitment.signed_on == "pad"
    assert page.decision.ui.commitmentSignaturePad.is_empty()  # the next intake starts unsigned
    assert [i.notice.kind for i in page.desk.issued] == [NoticeKind.ACCEPTANCE, NoticeKind.COMMITMENT]
    commitment_pdf = page.desk.issued[1].pdf
    assert commitment_pdf is not None
    text = pdf_text(commitment_pdf)
    assert "承诺书" in text and "从业人员健康证明" in text and "2026" in text
    close_preview(page, qtbot)


def test_conditional_is_refused_with_a_reason_when_not_waivable(page: IntakePage) -> None:
    take_item(page, "spjyxk")
    fill_applicant(page)
    assert not page.decision.is_allowed("conditional")
    assert "不允许容缺" in page.decision.why("conditional")


def test_rejection_needs_a_reason(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    """The reason, and for a matter not within competence the competent authority (《行政许可法》 art. 32 (二)): the
    field at fault is marked and focused; the review body defaults to the center's (《行政复议法》 art. 20)."""
    take_item(page, "gtgsh")
    fill_applicant(page)
    choose(page, qtbot, Qt.Key.Key_5, "reject")  # 不予受理(&5)
    fields = page.decision.reject_fields
    assert fields.authority_edit.isVisible() and fields.review_edit.isVisible()
    assert fields.review_edit.placeholderText() == "默认：渑池县人民政府"
    press(page, Qt.Key.Key_Return, CTRL)
    assert "理由" in page.decision.ui.decisionMessage.text() or "原因" in page.decision.ui.decisionMessage.text()
    assert fields.marked() == ["reason"]
    assert intake.store.count_cases() == 0
    press(page, Qt.Key.Key_Y, ALT)  # 不予受理理由(&Y)
    press(page, Qt.Key.Key_Down)  # the first common reason: not within the center's competence
    reason = page.decision.reject_reason()
    assert reason == "申请事项不属于本中心受理范围"
    assert fields.marked() == []  # choosing a reason clears its mark
    press(page, Qt.Key.Key_Return, CTRL)
    assert "有权机关" in page.decision.ui.decisionMessage.text()
    assert fields.marked() == ["competent_authority"] and QApplication.focusWidget() is fields.authority_edit
    assert intake.store.count_cases() == 0
    shot(page.window(), "reject-1-authority-marked")
    press(page, Qt.Key.Key_J, ALT)  # 有权机关(&J)
    assert QApplication.focusWidget() is fields.authority_edit
    ime("三门峡市市场监督管理局")
    assert fields.marked() == []
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    case = intake.store.load_case(result.case.case_id)
    assert case is not None and case.state is CaseState.REJECTED and case.decision_reason == reason
    (issued,) = page.desk.issued
    assert issued.pdf is not None
    text = "".join(pdf_text(issued.pdf).split())
    assert "不予受理通知书" in text and reason in text and "行政复议" in text
    assert "请向有权机关三门峡市市场监督管理局申请办理" in text and "复议机关渑池县人民政府" in text
    assert "实施部门" + intake.catalog.item("SCJG-01-001").department.name in text
    close_preview(page, qtbot)
    assert fields.authority_edit.text() == ""  # the next applicant starts afresh


def test_instant_item_completes_on_the_spot(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "jycyz")
    assert page.draft.item_codes == ["RSJ-20-004"]
    fill_applicant(page)
    receive(page, [0, 1])
    assert page.decision.choice() == "complete" and not page.decision.is_allowed("accept")
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    case = intake.store.load_case(result.case.case_id)
    assert case is not None and case.state is CaseState.COMPLETED
    assert intake.store.outbox_depth() == len(case.events)
    assert "即办" in page.message()


def test_complex_question_defers_the_notice(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "bdczydj")
    assert page.draft.item_codes == ["BDC-07-001"]
    fill_applicant(page)
    choose(page, qtbot, Qt.Key.Key_6, "defer")  # 复杂问题，延后告知(&6)
    info = page.decision.ui.deferInfo.text()
    assert "2026-11-24" in info and "5 个工作日" in info and "视为受理" in info
    press(page, Qt.Key.Key_Q, ALT)  # 需核实的问题(&Q)
    ime("房屋性质需向不动产登记中心核实")
    shot(page.window(), "defer-1-filled")
    case = decide(page, qtbot)
    stored = intake.store.load_case(case.case_id)  # type: ignore[attr-defined]
    assert stored is not None and stored.state is CaseState.DRAFT and stored.notice_due == date(2026, 11, 24)
    assert "2026-11-24" in page.message()
    assert intake.open_drafts() == []


def test_id_field_shows_the_reason_of_a_wrong_check_digit(page: IntakePage) -> None:
    take_item(page, "gtgsh")
    press(page, Qt.Key.Key_I, ALT)
    typed(page, "110105194912310021")
    reason = page.applicant.problem_text("applicant.id_number")
    assert "第18位" in reason
    assert page.applicant.ui.idNumberEdit.property("problem") is True
    assert page.decision.is_allowed("reject") and not page.decision.is_allowed("accept")
    shot(page.window(), "id-1-wrong-check-digit")
    press(page, Qt.Key.Key_Backspace)
    typed(page, "X")  # the right check character
    assert page.applicant.problem_text("applicant.id_number") == ""
    assert page.applicant.ui.idNumberEdit.property("problem") is False


def test_bundle_takes_several_items_and_asks_a_shared_material_once(page: IntakePage) -> None:
    take_item(page, "kbcyd")  # 开办餐饮店一件事 (initials)
    assert page.draft.bundle_code == "BUNDLE-RESTAURANT" and len(page.draft.item_codes) == 3
    model = page.materials_model
    codes = [model.material(r).code for r in range(model.rowCount())]
    assert codes.count("id_card") == 1
    assert page.ui.chosenList.count() == 3


def test_situation_answer_changes_the_materials_at_once(page: IntakePage) -> None:
    take_item(page, "gtgsh")
    before = page.materials_model.rowCount()
    radio = page.situations.findChild(QRadioButton, "situation_operator_form_family")
    assert radio is not None
    radio.setFocus()
    press(page, Qt.Key.Key_Space)
    assert page.draft.answers["operator_form"] == "family"
    assert page.materials_model.rowCount() == before + 1


def test_id_card_reader_fills_the_applicant(page: IntakePage, reader: object) -> None:
    from govdesk.ui.intake.idcard import IdCardData, SimulatedIdCardReader

    assert isinstance(reader, SimulatedIdCardReader)
    take_item(page, "gtgsh")
    reader.place(IdCardData(name="王五", id_number=VALID_ID, address="渑池县仰韶镇"))
    assert page.applicant.ui.nameEdit.text() == "王五"
    assert page.draft.applicant.id_number == VALID_ID and page.draft.applicant.address == "渑池县仰韶镇"
    press(page, Qt.Key.Key_F6)  # no card on the reader now: said in words
    assert "没有读到身份证" in page.message()
