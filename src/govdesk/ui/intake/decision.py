"""The decision panel (受理决定), computed live from ``IntakeService.preview``.

Only the outcomes the preview allows are enabled; a disabled one says why beside it. 受理 shows the promised date
(with ``Deadline.explain()`` as its tooltip); 一次性告知 lists every missing and defective material (regulation 000,
Art. 25; regulation 002, 三 (一)); 容缺 takes a due date (default from the preview), who signs, and the signature:
drawn on the pad, or the clerk's confirmation that the printed 承诺书 was signed on paper (regulation 002, 三 (三);
the service refuses a promise with neither); 不予受理 needs a reason; a complex question defers the notice by 2
working days and warns of the 5-day limit (《行政许可法》 art. 32).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from govdesk.domain.assessment import REJECT_REASONS, Outcome
from govdesk.services.intake import DecisionPreview, RejectionDetails
from govdesk.ui.generated.ui_intake_decision import Ui_DecisionForm
from govdesk.ui.i18n import say
from govdesk.ui.intake.reject import RejectFields

DEFER = "defer"  # not an Outcome of the assessment: a separate use case (IntakeService.defer_notice)
CHOICES: tuple[str, ...] = (
    Outcome.ACCEPT,
    Outcome.COMPLETE,
    Outcome.NOTIFY,
    Outcome.CONDITIONAL,
    Outcome.REJECT,
    DEFER,
)
WHY_STYLE = "color: #5f6368;"
WARN_STYLE = "color: #b00020; font-weight: bold;"


#: The service's reason why an outcome is closed (``IntakeService.why_not``).
Explain = Callable[[Outcome, DecisionPreview], str]


def why_not(choice: str, preview: DecisionPreview | None, explain: Explain) -> str:
    """Why ``choice`` is not possible now ("" when it is). The reasons are the service's (``explain``); only the
    pointers to this screen are worded here: no item chosen yet, and the applicant's problems listed below."""
    if preview is None:
        return QCoreApplication.translate("DecisionPanel", "请先选择办理事项")
    fill_in_first = QCoreApplication.translate("DecisionPanel", "须先填好申请人信息（见下方红字）")
    if choice == DEFER:
        return fill_in_first if preview.problems else ""
    if Outcome(choice) in preview.outcomes:
        return ""
    if preview.problems:  # 不予受理 stays open: the list of problems is shown below the outcomes
        return fill_in_first
    return say(explain(Outcome(choice), preview))


class DecisionPanel(QWidget):
    """See the module docstring.

    Signals:
        decide_requested(): the clerk pressed 作出决定 (or Ctrl+Enter on the page).
        choice_changed(str): the chosen outcome changed.
    """

    decide_requested = Signal()
    choice_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, explain: Explain) -> None:
        super().__init__(parent)
        self._explain = explain
        self.ui = Ui_DecisionForm()
        self.ui.setupUi(self)
        ui = self.ui
        self._radios: dict[str, QRadioButton] = {
            Outcome.ACCEPT: ui.acceptRadio,
            Outcome.COMPLETE: ui.completeRadio,
            Outcome.NOTIFY: ui.notifyRadio,
            Outcome.CONDITIONAL: ui.conditionalRadio,
            Outcome.REJECT: ui.rejectRadio,
            DEFER: ui.deferRadio,
        }
        self._whys = {
            Outcome.ACCEPT: ui.acceptWhy,
            Outcome.COMPLETE: ui.completeWhy,
            Outcome.NOTIFY: ui.notifyWhy,
            Outcome.CONDITIONAL: ui.conditionalWhy,
            Outcome.REJECT: ui.rejectWhy,
            DEFER: ui.deferWhy,
        }
        self._group = QButtonGroup(self)
        for i, choice in enumerate(CHOICES):
            self._group.addButton(self._radios[choice], i)
            self._whys[choice].setStyleSheet(WHY_STYLE)
        self._group.idToggled.connect(self._toggled)
        ui.rejectReasonCombo.addItems(list(REJECT_REASONS))
        ui.rejectReasonCombo.setCurrentIndex(-1)
        reason_edit = ui.rejectReasonCombo.lineEdit()
        assert reason_edit is not None  # the form makes the combo editable
        reason_edit.setPlaceholderText(self.tr("选择常用理由或直接填写"))
        self.reject_fields = RejectFields(self, ui.rejectPanelLayout, ui.rejectReasonCombo)
        ui.decideButton.clicked.connect(self.decide_requested)
        ui.clearCommitmentSignatureButton.clicked.connect(ui.commitmentSignaturePad.clear)
        ui.commitmentSignaturePad.setToolTip(self.tr("请承诺人在此签名（鼠标、手写笔或手指）"))
        ui.commitmentSignaturePad.set_placeholder(self.tr("承诺人签名"))
        fm = self.fontMetrics()
        ui.commitmentSignaturePad.setMinimumHeight(fm.height() * 4)
        ui.commitmentSignaturePad.setMaximumHeight(fm.height() * 5)
        ui.commitmentSignaturePad.setMinimumWidth(fm.averageCharWidth() * 20)
        ui.signedOnPaperCheck.setToolTip(self.tr("承诺人在打印的承诺书上亲笔签字后，由工作人员勾选确认"))
        ui.commitmentSignaturePad.changed.connect(lambda: self.set_message(""))
        ui.signedOnPaperCheck.toggled.connect(lambda _on: self.set_message(""))
        ui.deficiencyLabel.setStyleSheet("QLabel { border: 1px solid #e0a800; padding: 4px; }")
        ui.decisionMessage.setStyleSheet(WARN_STYLE)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setStyleSheet("QLabel { color: #b00020; border: 1px solid #b00020; padding: 4px; }")
        ui.decisionFormLayout.insertWidget(1, self.problems_label)
        self._default_due: date | None = None
        self._preview: DecisionPreview | None = None
        self.update_preview(None)

    # --- what the clerk chose ---

    def choice(self) -> str:
        button = self._group.checkedButton()
        for choice, radio in self._radios.items():
            if radio is button:
                return choice
        return ""

    def choose(self, choice: str) -> None:
        self._radios[choice].setChecked(True)

    def reject_reason(self) -> str:
        return str(self.ui.rejectReasonCombo.currentText()).strip()

    def rejection_details(self) -> RejectionDetails:
        return self.reject_fields.details()

    def commitment_due(self) -> date | None:
        value = self.ui.dueDateEdit.date()
        return date(value.year(), value.month(), value.day()) if value.isValid() else None

    def signer(self) -> str:
        return str(self.ui.signerEdit.text()).strip()

    def signature_png(self) -> bytes | None:
        """The 承诺书 signature drawn on the pad (None when nothing was drawn)."""
        return self.ui.commitmentSignaturePad.png_bytes() or None

    def signed_on_paper(self) -> bool:
        """The clerk confirms that the printed 承诺书 was signed on paper."""
        return bool(self.ui.signedOnPaperCheck.isChecked())

    def question(self) -> str:
        return str(self.ui.deferQuestionEdit.text()).strip()

    def why(self, choice: str) -> str:
        label = self._whys[choice]
        return str(label.text()) if not label.isHidden() else ""

    def is_allowed(self, choice: str) -> bool:
        return bool(self._radios[choice].isEnabled())

    def set_message(self, text: str, field: str = "") -> None:
        """The decision's error; ``field`` names a reject panel field at fault, marked beside the words."""
        self.ui.decisionMessage.setText(text)
        self.ui.decisionMessage.setVisible(bool(text))
        if field:
            self.reject_fields.mark(field)

    def reset(self) -> None:
        """A new intake: clear the reasons, the signer and the question."""
        ui = self.ui
        ui.rejectReasonCombo.setCurrentIndex(-1)
        ui.rejectReasonCombo.setEditText("")
        ui.signerEdit.clear()
        ui.commitmentSignaturePad.clear()
        ui.signedOnPaperCheck.setChecked(False)
        ui.deferQuestionEdit.clear()
        self.reject_fields.clear()
        self._default_due = None
        self.set_message("")

    # --- live update ---

    def update_preview(self, preview: DecisionPreview | None) -> None:
        self._preview = preview
        self.reject_fields.set_default_review_body(preview.review_body if preview is not None else "")
        for choice in CHOICES:
            why = why_not(choice, preview, self._explain)
            self._radios[choice].setEnabled(not why)
            self._whys[choice].setText(why)
            self._whys[choice].setVisible(bool(why))
        problems = preview.problems if preview is not None else ()
        self.problems_label.setText(self.tr("待改正：") + "\n" + "\n".join(f"• {say(p.message)}" for p in problems))
        self.problems_label.setVisible(bool(problems))
        current = self.choice()
        if not current or not self._radios[current].isEnabled():
            self._choose_default()
        if preview is not None and preview.commitment_due and preview.commitment_due != self._default_due:
            self._default_due = preview.commitment_due
            d = preview.commitment_due
            self.ui.dueDateEdit.setDate(QDate(d.year, d.month, d.day))
        self._show_details()

    def _choose_default(self) -> None:
        for choice in (Outcome.ACCEPT, Outcome.COMPLETE, Outcome.NOTIFY):
            if self._radios[choice].isEnabled():
                self._radios[choice].setChecked(True)
                return
        button = self._group.checkedButton()
        if button is not None:
            self._group.setExclusive(False)
            button.setChecked(False)
            self._group.setExclusive(True)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._show_details()
            self.choice_changed.emit(self.choice())

    def _show_details(self) -> None:
        ui, preview, choice = self.ui, self._preview, self.choice()
        promised = preview.promised if preview is not None else None
        show_promise = choice in (Outcome.ACCEPT, Outcome.CONDITIONAL) and promised is not None
        if promised is not None:
            text = self.tr("承诺办结日期：{date}").format(date=say(promised.short_text()))
            statutory = preview.statutory if preview is not None else None
            if promised.provisional:  # issue 10: the year's holiday notice is not out; say so, and how early
                text += "\n" + self.tr("法定办结日期：{date}").format(
                    date=say(statutory.short_text(with_earliest=True)) if statutory else "—"
                )
                text += "\n" + self.tr("暂定：以国务院办公厅公布的节假日安排为准")
            ui.promisedLabel.setText(text)
            ui.promisedLabel.setToolTip(say(promised.explain()))
        ui.promisedLabel.setVisible(show_promise)
        lines = []
        if preview is not None:
            for d in preview.assessment.deficiencies:
                lines.append(f"• {d.name}：{d.reason}（{d.remedy}）")
        ui.deficiencyLabel.setText(self.tr("须补正的全部材料：") + "\n" + "\n".join(lines))
        ui.deficiencyLabel.setVisible(bool(lines) and choice in (Outcome.NOTIFY, Outcome.CONDITIONAL))
        ui.conditionalPanel.setVisible(choice == Outcome.CONDITIONAL)
        if preview is not None and preview.commitment_due:
            counted = preview.commitment_deadline
            ui.conditionalInfo.setText(
                self.tr("默认补齐期限 {date}；逾期未补齐的，按事项规定处理（暂停出件或撤销受理）。").format(
                    date=say(counted.short_text()) if counted else preview.commitment_due.isoformat()
                )
            )
        ui.rejectPanel.setVisible(choice == Outcome.REJECT)
        ui.deferPanel.setVisible(choice == DEFER)
        if preview is not None:
            n = preview.notice
            ui.deferInfo.setText(
                self.tr(
                    "将于 {due} 前（2 个工作日内）告知申请人。\n注意：超过 {limit}（5 个工作日）仍未告知的，"
                    "依《行政许可法》第三十二条自收到申请之日起即视为受理。"
                ).format(due=say(n.due.short_text()), limit=say(n.deemed_accepted_after.short_text(with_earliest=True)))
            )
            ui.deferInfo.setToolTip(say(n.due.explain()))
        ui.decideButton.setEnabled(bool(choice))
