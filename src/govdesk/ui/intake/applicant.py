"""The applicant (申请人) and the agent (代办人) form, with every ID checked as typed.

The checks are the service's (``IntakeService.check_fields`` through ``preview().problems``): this form only shows
each field's problem beside it in red and highlights the field. A field's problem shows once something is typed
in it, or for every field after the clerk tried to decide (``reveal_all``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from govdesk.domain.case import Agent, Applicant, ApplicantKind
from govdesk.domain.codes import ID_TYPE
from govdesk.ui import reflow
from govdesk.ui.generated.ui_intake_applicant import Ui_ApplicantForm
from govdesk.ui.i18n import say
from govdesk.ui.intake.idcard import IdCardData

PERSON_ID_TYPES = ("111", "414", "511", "513", "516", "553", "990")
ENTERPRISE_ID_TYPES = ("049", "990")
RESIDENT_ID = "111"
CREDIT_CODE = "049"

PROBLEM_STYLE = "color: #b00020;"
FIELD_STYLE = 'QLineEdit[problem="true"] { border: 2px solid #b00020; background: #fff3f3; }'


def _set_problem(field: QWidget, label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
    if bool(field.property("problem")) != bool(message):
        field.setProperty("problem", bool(message))
        style = field.style()
        style.unpolish(field)
        style.polish(field)


class ApplicantPanel(QWidget):
    """See the module docstring.

    Signals:
        changed(): any field changed (the page saves the draft and recomputes the decision).
        read_card_requested(): the clerk pressed 读卡.
    """

    changed = Signal()
    read_card_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ApplicantForm()
        self.ui.setupUi(self)
        self.setStyleSheet(FIELD_STYLE)
        self._loading = False
        self._reveal_all = False
        self._problems: dict[str, str] = {}
        ui = self.ui
        self._fields: dict[str, tuple[QLineEdit, QLabel]] = {
            "applicant.name": (ui.nameEdit, ui.nameProblem),
            "applicant.id_number": (ui.idNumberEdit, ui.idNumberProblem),
            "applicant.legal_representative": (ui.legalRepEdit, ui.legalRepProblem),
            "applicant.phone": (ui.phoneEdit, ui.phoneProblem),
            "agent.name": (ui.agentNameEdit, ui.agentNameProblem),
            "agent.id_number": (ui.agentIdNumberEdit, ui.agentIdNumberProblem),
            "agent.phone": (ui.agentPhoneEdit, ui.agentPhoneProblem),
            "agent.authorization": (ui.agentAuthorizationEdit, ui.agentAuthorizationProblem),
        }
        for _, label in self._fields.values():
            label.setStyleSheet(PROBLEM_STYLE)
            label.hide()
        em = self.fontMetrics().averageCharWidth()
        for edit in (ui.idNumberEdit, ui.agentIdNumberEdit):
            edit.setMinimumWidth(em * 22)
            edit.setMaxLength(40)
        self._fill_id_types(ui.agentIdTypeCombo, PERSON_ID_TYPES)
        for combo in (ui.idTypeCombo, ui.agentIdTypeCombo):  # (long in English: 港澳居民来往内地通行证)
            reflow.narrow_combo(combo)
        self._apply_kind(ApplicantKind.PERSON)
        ui.agentPanel.setVisible(False)
        for edit in (
            ui.nameEdit,
            ui.idNumberEdit,
            ui.legalRepEdit,
            ui.phoneEdit,
            ui.addressEdit,
            ui.agentNameEdit,
            ui.agentIdNumberEdit,
            ui.agentPhoneEdit,
            ui.agentAuthorizationEdit,
        ):
            edit.textEdited.connect(self._edited)
        ui.idTypeCombo.activated.connect(self._edited)
        ui.agentIdTypeCombo.activated.connect(self._edited)
        ui.personRadio.toggled.connect(self._kind_toggled)
        ui.agentCheck.toggled.connect(self._agent_toggled)
        ui.readCardButton.clicked.connect(self.read_card_requested)

    # --- reading the form ---

    def kind(self) -> ApplicantKind:
        return ApplicantKind.PERSON if self.ui.personRadio.isChecked() else ApplicantKind.ENTERPRISE

    def applicant(self) -> Applicant:
        ui = self.ui
        enterprise = self.kind() is ApplicantKind.ENTERPRISE
        return Applicant(
            kind=self.kind(),
            name=ui.nameEdit.text().strip(),
            id_type=str(ui.idTypeCombo.currentData() or RESIDENT_ID),
            id_number=ui.idNumberEdit.text().strip().upper(),
            phone=ui.phoneEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            legal_representative=ui.legalRepEdit.text().strip() if enterprise else "",
        )

    def agent(self) -> Agent | None:
        ui = self.ui
        if not ui.agentCheck.isChecked():
            return None
        return Agent(
            name=ui.agentNameEdit.text().strip(),
            id_type=str(ui.agentIdTypeCombo.currentData() or RESIDENT_ID),
            id_number=ui.agentIdNumberEdit.text().strip().upper(),
            phone=ui.agentPhoneEdit.text().strip(),
            authorization=ui.agentAuthorizationEdit.text().strip(),
        )

    def agent_is_empty(self) -> bool:
        """Nothing typed in the agent's fields (name, ID number, phone, authorization)."""
        ui = self.ui
        edits = (ui.agentNameEdit, ui.agentIdNumberEdit, ui.agentPhoneEdit, ui.agentAuthorizationEdit)
        return not any(edit.text().strip() for edit in edits)

    # --- filling the form ---

    def follow_agent_rule(self, needed: bool) -> bool:
        """The 情形 answers say whether someone acts for the applicant (``IntakeService.needs_agent``): tick the
        agent box, or untick it when nothing is typed in it (what was typed is never thrown away). The focus stays
        where it is and no ``changed`` is emitted: the caller reads ``agent()``. True when the box changed."""
        check = self.ui.agentCheck
        if check.isChecked() == needed or (not needed and not self.agent_is_empty()):
            return False
        self._loading = True
        try:
            check.setChecked(needed)
        finally:
            self._loading = False
        return True

    def load(self, applicant: Applicant, agent: Agent | None) -> None:
        """Show a draft's applicant and agent (no ``changed`` signal)."""
        ui = self.ui
        self._loading = True
        try:
            radio = ui.personRadio if applicant.kind is ApplicantKind.PERSON else ui.enterpriseRadio
            radio.setChecked(True)
            self._apply_kind(applicant.kind)
            self._select(ui.idTypeCombo, applicant.id_type)
            ui.nameEdit.setText(applicant.name)
            ui.idNumberEdit.setText(applicant.id_number)
            ui.phoneEdit.setText(applicant.phone)
            ui.addressEdit.setText(applicant.address)
            ui.legalRepEdit.setText(applicant.legal_representative)
            ui.agentCheck.setChecked(agent is not None)
            ui.agentPanel.setVisible(agent is not None)
            a = agent or Agent("", RESIDENT_ID, "")
            self._select(ui.agentIdTypeCombo, a.id_type)
            ui.agentNameEdit.setText(a.name)
            ui.agentIdNumberEdit.setText(a.id_number)
            ui.agentPhoneEdit.setText(a.phone)
            ui.agentAuthorizationEdit.setText(a.authorization)
        finally:
            self._loading = False
        self._reveal_all = False

    def fill_from_card(self, card: IdCardData) -> None:
        """An ID card was read: it is the agent's when the agent box is ticked, else the applicant's."""
        ui = self.ui
        if ui.agentCheck.isChecked():
            self._select(ui.agentIdTypeCombo, RESIDENT_ID)
            ui.agentNameEdit.setText(card.name)
            ui.agentIdNumberEdit.setText(card.id_number)
        else:
            ui.personRadio.setChecked(True)
            self._select(ui.idTypeCombo, RESIDENT_ID)
            ui.nameEdit.setText(card.name)
            ui.idNumberEdit.setText(card.id_number)
            if card.address:
                ui.addressEdit.setText(card.address)
        self._edited()

    def reveal_all(self) -> None:
        """Show every field's problem, typed in or not (the clerk tried to decide)."""
        self._reveal_all = True
        self.show_problems(self._problems)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """``problems``: field name ("applicant.id_number"...) → the service's reason (from ``preview().problems``),
        shown in the UI language."""
        self._problems = dict(problems)
        for field, (edit, label) in self._fields.items():
            message = say(problems.get(field, ""))
            shown = message if (self._reveal_all or edit.text().strip()) and edit.isVisibleTo(self) else ""
            _set_problem(edit, label, shown)

    def problem_text(self, field: str) -> str:
        """What is shown beside ``field`` now ("" when nothing)."""
        _, label = self._fields[field]
        return str(label.text()) if not label.isHidden() else ""

    # --- internals ---

    @staticmethod
    def _fill_id_types(combo: QComboBox, codes: tuple[str, ...]) -> None:
        combo.clear()
        for code in codes:
            combo.addItem(say(ID_TYPE.label(code)), code)

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        i = combo.findData(code)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _apply_kind(self, kind: ApplicantKind) -> None:
        ui = self.ui
        enterprise = kind is ApplicantKind.ENTERPRISE
        self._fill_id_types(ui.idTypeCombo, ENTERPRISE_ID_TYPES if enterprise else PERSON_ID_TYPES)
        ui.nameLabel.setText(self.tr("企业名称(&M)") if enterprise else self.tr("姓名(&M)"))
        for w in (ui.legalRepLabel, ui.legalRepEdit):
            w.setVisible(enterprise)
        if not enterprise:
            ui.legalRepProblem.hide()

    def _kind_toggled(self, _checked: bool) -> None:
        if self._loading:
            return
        self._apply_kind(self.kind())
        self._edited()

    def _agent_toggled(self, checked: bool) -> None:
        self.ui.agentPanel.setVisible(checked)
        if checked and not self._loading:
            self.ui.agentNameEdit.setFocus()
        self._edited()

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()
