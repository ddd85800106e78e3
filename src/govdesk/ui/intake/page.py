"""The intake page (综合受理): item search, 情形引导, applicant, materials, decision, notices — one screen.

The page holds no rule: it copies what the clerk types into an ``IntakeDraft``, asks ``IntakeService.preview``
after every change and shows what it returns. The draft saves itself ~300 ms after the last change (a save error
is shown in words and the typed text stays on screen); unfinished drafts are offered at start (继续未完成的收件).

Signals:
    decided(object): a decision was recorded; the ``IntakeResult`` (or the ``Case`` of a deferred notice).
    draft_saved(str): the draft with this id was saved (``DraftKeeping``, drafting.py).
"""

from __future__ import annotations

import copy
import functools
import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QListWidgetItem, QSplitter, QWidget

from govdesk.domain.assessment import Outcome
from govdesk.domain.attachments import SharedProof
from govdesk.domain.case import Case, MaterialStatus
from govdesk.domain.catalog import ServiceItem
from govdesk.domain.queue import QueueTicket
from govdesk.services.attachments import LICENCES, attachments_for
from govdesk.services.drafts import IntakeDraft
from govdesk.services.errors import GovdeskError, ServiceError
from govdesk.services.intake import DecisionPreview, IntakeError, IntakeResult, IntakeService
from govdesk.services.notices import NoticeService
from govdesk.ui import appearance, reflow, tables
from govdesk.ui.actions import ShortcutId, make_shortcut
from govdesk.ui.generated.ui_intake import Ui_IntakePage
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, error_text, say
from govdesk.ui.intake.applicant import ApplicantPanel
from govdesk.ui.intake.capture import CaptureDialog
from govdesk.ui.intake.decision import DEFER, DecisionPanel
from govdesk.ui.intake.drafting import DraftKeeping
from govdesk.ui.intake.idcard import IdCardReader
from govdesk.ui.intake.materials import MaterialsModel, MaterialsView
from govdesk.ui.intake.noticeview import NoticeDesk, NoticePreviewDialog, choose_printer
from govdesk.ui.intake.search import ItemSearch
from govdesk.ui.intake.situations import SituationPanel
from govdesk.ui.intake.transfer import TransferDialog
from govdesk.ui.operations import Lane, operations_for
from govdesk.ui.queue_panel import QueuePanel

OK_STYLE = "QLabel { color: #1e6b30; background: #e6f4ea; padding: 4px; }"
ERROR_STYLE = "QLabel { color: #b00020; background: #fdecea; padding: 4px; }"
BROKEN_STYLE = "QLabel { color: white; background: #b00020; padding: 6px; font-weight: bold; }"
# Shown through ``QCoreApplication.translate("IntakePage", …)`` (self.tr on the page).
OUTCOME_WORDS = {
    Outcome.ACCEPT: QT_TRANSLATE_NOOP("IntakePage", "已受理"),
    Outcome.COMPLETE: QT_TRANSLATE_NOOP("IntakePage", "已即办办结"),
    Outcome.NOTIFY: QT_TRANSLATE_NOOP("IntakePage", "已出具一次性告知单"),
    Outcome.CONDITIONAL: QT_TRANSLATE_NOOP("IntakePage", "已容缺受理"),
    Outcome.REJECT: QT_TRANSLATE_NOOP("IntakePage", "已不予受理"),
}


class IntakePage(DraftKeeping):
    """See the module docstring."""

    decided = Signal(object)

    def __init__(
        self,
        intake: IntakeService,
        notices: NoticeService | None,
        reader: IdCardReader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.intake = intake
        self.desk = NoticeDesk(notices)
        self.reader = reader
        self.ui = Ui_IntakePage()
        self.ui.setupUi(self)
        self.draft = intake.new_draft()
        self.preview: DecisionPreview | None = None
        self.last_result: IntakeResult | None = None
        self._deciding = False  # a decision handed to the operations gateway, not yet back
        self.preview_dialog: NoticePreviewDialog | None = None
        self.transfer_dialog: TransferDialog | None = None
        self._build()
        self.offer_drafts()
        self.load_draft(self.draft)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        ui = self.ui
        appearance.set_text_role(ui.titleLabel, appearance.HEADING)  # (its size follows the text size)
        self.situations = SituationPanel(ui.situationsBox)
        ui.situationsLayout.addWidget(self.situations)
        self.applicant = ApplicantPanel(ui.applicantBox)
        ui.applicantLayout.addWidget(self.applicant)
        self.materials_model = MaterialsModel(self)
        self.materials_view = MaterialsView(ui.materialsBox)
        self.materials_view.setObjectName("materialsView")
        self.materials_view.setModel(self.materials_model)
        ui.materialsLayout.addWidget(self.materials_view)
        # the table is as tall as its rows (ui/tables.py): the room left goes below it, the hint stays on top (it
        # floated in the middle of an empty box before any item was chosen)
        ui.materialsLayout.addStretch(1)
        self.decision = DecisionPanel(ui.decisionContents, explain=self.intake.why_not)
        ui.decisionLayout.addWidget(self.decision)
        # the decide button and its message stay in sight below the (scrolling) outcomes
        ui.decisionFooter.addWidget(self.decision.ui.decideButton)
        ui.decisionFooter.addWidget(self.decision.ui.decisionMessage)
        self.search = ItemSearch(self.intake, ui.searchEdit, ui.departmentCombo, ui.resultsView)

        self.columns = self._search_beside_form()
        self._size_from_font()
        # narrow (large text at 1366×768, 150 %): the top rows stack, a label goes above its field, and the form and
        # the decision columns are never narrower than their content (适老化: nothing scrolls sideways; ui/reflow.py)
        applicant = self.applicant.ui
        for row in (ui.topBar, ui.draftsLayout, applicant.applicantGrid, applicant.agentGrid, applicant.kindLayout):
            reflow.side_by_side(row)
        reflow.side_by_side(self.decision.ui.commitmentSignatureButtons)
        reflow.wrap_forms(self)
        reflow.never_sideways(ui.formScroll)
        reflow.never_sideways(ui.decisionScroll)
        # the items chosen wrap and are all shown up to five (a bundle can have more: they scroll upright)
        tables.fit(ui.chosenList, most=5)
        tables.scrolls_upright(ui.resultsView)  # (the items found: a list that scrolls, its lines wrapped)
        # last: a window too narrow for three columns (1,100 px in large text, with the materials table) has the
        # item search above the form, the decision still beside them
        reflow.side_by_side(self.columns)
        for splitter, stretches in ((ui.splitter, (4, 1)), (self.columns, (1, 3))):
            for column, stretch in enumerate(stretches):  # extra width on a large screen goes mostly to the form
                splitter.setStretchFactor(column, stretch)
        self._share_width()
        for label in (ui.messageLabel, ui.brokenNoticeLabel):
            label.hide()

        self.search.item_chosen.connect(self.add_item)
        self.search.bundle_chosen.connect(self.take_bundle)
        self.situations.answer_changed.connect(self._answered)
        self.applicant.changed.connect(self._applicant_changed)
        self.applicant.read_card_requested.connect(self.read_card)
        self.materials_model.records_changed.connect(self._changed)
        self.materials_view.capture_requested.connect(self.capture_material)
        # the row being marked stays in sight: in the table, and in the form that scrolls around it
        self.materials_view.selectionModel().currentChanged.connect(lambda _now, _before: self._keep_row_in_view())
        self.materials_model.dataChanged.connect(lambda *_args: self._keep_row_in_view())
        self.decision.decide_requested.connect(self.decide)
        ui.newButton.clicked.connect(self.new_intake)
        ui.resumeEdit.returnPressed.connect(lambda: self.resume(ui.resumeEdit.text()))
        ui.continueDraftButton.clicked.connect(self.continue_offered)
        ui.discardDraftButton.clicked.connect(self.discard_offered)
        ui.chosenList.installEventFilter(self)
        if self.reader is not None:
            self.reader.card_placed.connect(self.read_card)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        make_shortcut(ShortcutId.INTAKE_DECIDE, self, self.decide, within)
        make_shortcut(ShortcutId.INTAKE_READ_CARD, self, self.read_card, within)
        make_shortcut(ShortcutId.INTAKE_TRANSFER, self, self.open_transfer, within)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _keep_row_in_view(self) -> None:
        view = self.materials_view
        index = view.currentIndex()
        if not index.isValid() or not view.hasFocus():
            return
        view.scrollTo(index)
        rect = view.visualRect(index)
        centre = view.viewport().mapTo(self.ui.formContents, rect.center())
        # (as much of the table above and below as fits: the margin is half the scroll area's height)
        margin = max(rect.height(), self.ui.formScroll.viewport().height() // 2 - rect.height())
        self.ui.formScroll.ensureVisible(centre.x(), centre.y(), 0, margin)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Keyboard-first: tabbing into a field below the fold scrolls it into view.
        if new is not None and self.ui.formContents.isAncestorOf(new):
            self.ui.formScroll.ensureWidgetVisible(new)

    def _size_from_font(self) -> None:
        """Minimum sizes in characters and lines of the current font (again when the text size changes)."""
        ui = self.ui
        fm = self.fontMetrics()
        em, line = fm.averageCharWidth(), fm.height()
        ui.resultsView.setMinimumHeight(line * 4)
        ui.formScroll.setMinimumHeight(line * 10)  # (under the search, in a narrow window: the page scrolls)
        ui.resumeEdit.setMinimumWidth(em * 30)
        panel = ui.searchPanel.layout()
        ui.searchPanel.setMinimumWidth(max(em * 22, panel.minimumSize().width() if panel is not None else 0))
        # (the floor on what the decision column scrolls: the column itself is then as wide as its outcomes need,
        # wider in English in large text, ``reflow.never_sideways``; a floor on the column cut them)
        ui.decisionContents.setMinimumWidth(em * 24)

    def _share_width(self) -> None:
        """The search, the form and the decision share the width about 1 : 3 : 1, in characters of the text size."""
        em = self.fontMetrics().averageCharWidth()
        self.columns.setSizes([em * 34, em * 80])
        self.ui.splitter.setSizes([em * 114, em * 34])

    def _search_beside_form(self) -> QSplitter:
        """The item search and the form in a splitter of their own (the first pane of the page's splitter), so
        that they can stack when the window is narrow (``reflow.side_by_side``); the tab order stays as made."""
        ui = self.ui
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None and len(chain) < 500:
            if self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("searchFormSplitter")
        columns.setChildrenCollapsible(False)
        ui.splitter.insertWidget(0, columns)
        columns.addWidget(ui.searchPanel)
        columns.addWidget(ui.formScroll)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        return columns

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "search"):
            self._size_from_font()
            self._share_width()  # (again in the new text size: the form gets the most, each pane its least)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        chosen = self.ui.chosenList
        is_key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is chosen and is_key and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):  # type: ignore[attr-defined]
            item = self.ui.chosenList.currentItem()
            if item is not None:
                self.remove_item(str(item.data(Qt.ItemDataRole.UserRole)))
            return True
        return False

    # ------------------------------------------------------------------ loading and editing

    def new_intake(self) -> None:
        """Ctrl+N: the current intake stays as a draft (if anything was typed) and a fresh one starts."""
        self.flush()
        self.load_draft(self.intake.new_draft())
        self._touched = False
        self.decision.reset()
        self.offer_drafts()
        self.ui.searchEdit.clear()
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def load_draft(self, draft: IntakeDraft) -> None:
        self.draft = draft
        self._touched = False
        self.applicant.load(draft.applicant, draft.agent)
        self._show_title()
        self.refresh()

    def _show_title(self) -> None:
        draft = self.draft
        title = self.tr("续办 {no}").format(no=draft.resumed_case_no) if draft.resumed_case_no else self.tr("新的收件")
        if draft.ticket is not None:
            title += self.tr(" · 号票 {no}").format(no=draft.ticket.number)
        self.ui.titleLabel.setText(title)

    def add_item(self, code: str) -> None:
        if code in self.draft.item_codes:
            return
        codes = [*self.draft.item_codes, code] if not self.draft.bundle_code else [code]
        self.intake.set_items(self.draft, codes)
        self._follow_agent_rule()
        self._changed()

    def take_bundle(self, code: str) -> None:
        self.intake.set_items(self.draft, self.intake.catalog.bundle(code).item_codes, bundle_code=code)
        self._follow_agent_rule()
        self._changed()

    def remove_item(self, code: str) -> None:
        self.intake.set_items(self.draft, [c for c in self.draft.item_codes if c != code])
        self._follow_agent_rule()
        self._changed()

    def _answered(self, key: str, value: str) -> None:
        self.draft.answers[key] = value
        self._follow_agent_rule()
        self._changed()

    def _follow_agent_rule(self) -> None:
        """代办人: on when the items and 情形 answers ask for an agent's documents, off again when they no longer do
        and nothing was typed for the agent (the rule is the service's: ``IntakeService.needs_agent``)."""
        # an item unknown to this catalog: refresh() says so, not this
        needed = operations_for(self).query(self, lambda: self.intake.needs_agent(self.draft), failure=lambda _e: None)
        if needed is not None and self.applicant.follow_agent_rule(needed):
            self.draft.agent = self.applicant.agent()

    def _applicant_changed(self) -> None:
        self.draft.applicant = self.applicant.applicant()
        self.draft.agent = self.applicant.agent()
        self._changed()

    def read_card(self) -> None:
        """读卡 (F6): fill the applicant (or the agent, when ticked) from the ID card on the reader."""
        card = self.reader.read() if self.reader is not None else None
        if card is None:
            self.say(self.tr("没有读到身份证：请把证件放在阅读器上再试"), error=True)
            return
        self.applicant.fill_from_card(card)
        self.say(self.tr("已读取身份证：{name}").format(name=card.name))

    def capture_material(self, row: int) -> None:
        """S on a material: capture its pages (a 免提交 one: look it up in the 电子证照 library instead)."""
        model = self.materials_model
        material, record = model.material(row), model.record(row)
        if model.status(row) is MaterialStatus.SHARED:
            holder = self.draft.applicant.id_number

            def shared(proof: SharedProof) -> None:
                self.draft.set_shared(material.code, material.name, proof)
                self._changed()

            operations_for(self).run(
                self,
                lambda: LICENCES.verify(material.code, material.name, holder),
                success=shared,
                label=self.tr("正在核验电子证照…"),
                lane=Lane.NETWORK,
            )
            return
        service = attachments_for(self.intake)
        pages = CaptureDialog.ask(self, service, material.name, record.pages if record else (), service.scanner_folder)
        if pages is not None:
            self.draft.set_pages(material.code, material.name, pages)
            self._changed()  # saved with the draft: closing the program loses no scan

    def _changed(self) -> None:
        self._touched = True
        self.refresh()
        self._save_timer.start()

    def refresh(self) -> None:
        """Recompute the decision preview and show it everywhere."""
        draft = self.draft
        preview = None
        items: tuple[ServiceItem, ...] = ()
        if draft.item_codes:
            preview = operations_for(self).query(
                self, lambda: self.intake.preview(draft), failure=lambda error: self.say(error_text(error), error=True)
            )
            items = preview.items if preview is not None else ()
        self.preview = preview
        problems = preview.problems if preview is not None else self.intake.check_fields(draft)
        self.applicant.show_problems({p.field: p.message for p in problems})
        chosen = self.ui.chosenList
        chosen.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.name}　{say(item.promised_limit.describe())}", chosen)
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setToolTip(f"{item.code} · {item.department.name}")
        if draft.bundle_code:
            self.ui.chosenLabel.setText(
                self.tr("一件事：{name}（Delete 移除）").format(name=self.intake.catalog.bundle(draft.bundle_code).name)
            )
        else:
            self.ui.chosenLabel.setText(self.tr("本次办理（Delete 移除）"))
        self.situations.set_items(items, draft.answers)
        applicable = preview.assessment.applicable if preview is not None else ()
        self.materials_model.set_materials(applicable, draft.materials)
        self.decision.update_preview(preview)
        broken = preview.broken_notice if preview is not None else ()
        label = self.ui.brokenNoticeLabel
        label.setVisible(bool(broken))
        label.setStyleSheet(BROKEN_STYLE)
        label.setText(
            self.tr(
                "注意：一次告知未做到！首次告知单（{no}）没有列出以下材料：{names}。"
                "依规定须一次告知全部需补正的内容，此情况将报现场监督。"
            ).format(no=draft.resumed_case_no, names="、".join(broken))
        )

    # ------------------------------------------------------------------ deciding

    def decide(self) -> None:
        """Ctrl+Enter / 作出决定: record the chosen outcome, archive the notices, show them, start afresh."""
        choice = self.decision.choice()
        if not choice:
            return
        self.draft.applicant = self.applicant.applicant()
        self.draft.agent = self.applicant.agent()
        unexplained = self.materials_model.reasons_missing()
        if unexplained and choice in (Outcome.NOTIFY, Outcome.CONDITIONAL):
            self.decision.set_message(self.tr("请填写不符合要求的原因：{names}").format(names="、".join(unexplained)))
            return
        if self._deciding:
            return  # Ctrl+Enter pressed again while the decision is being recorded
        if choice == DEFER and not self.decision.question():
            self._not_decided(IntakeError(self.tr("请写明需要核实的问题")))
            return
        self._save_timer.stop()  # the decision removes the draft: a late autosave must not bring it back
        draft = copy.deepcopy(self.draft)  # what the clerk sees now is what is decided, whatever is typed meanwhile
        call: Callable[[], object]
        outcome: Outcome | None = None
        if choice == DEFER:
            question = self.decision.question()
            call = functools.partial(self.intake.defer_notice, draft, question)
        else:
            outcome = Outcome(choice)
            chosen = outcome
            decide = functools.partial(
                self.intake.decide,
                draft,
                chosen,
                reason=self.decision.reject_reason(),
                rejection=self.decision.rejection_details(),
                commitment_due=self.decision.commitment_due() if chosen is Outcome.CONDITIONAL else None,
                signed_by=self.decision.signer(),
                signature_png=self.decision.signature_png(),
                signed_on_paper=self.decision.signed_on_paper(),
            )
            call = decide
        self._deciding = True
        operations_for(self).run(
            self,
            call,
            success=lambda result: self._decided(result, outcome),
            failure=self._not_decided,
            label=self.tr("正在记录决定并生成通知书…"),
        )

    def _decided(self, result: object, outcome: Outcome | None) -> None:
        self._deciding = False
        self._touched = False  # the draft went with the decision: nothing left to save
        self.new_intake()
        if isinstance(result, IntakeResult) and outcome is not None:
            self.last_result = result
            text = self.tr("{what}，办件编号 {no}").format(
                what=QCoreApplication.translate("IntakePage", OUTCOME_WORDS[outcome]), no=result.case.case_no
            )
            self.say(text)
            if result.archived:  # the decision archived its notices itself
                self._notices_issued(result, text, self.desk.take(result.notices, result.pdfs, result.archive_problem))
            else:  # rendered now, off the GUI thread; ``decided`` once they are ready to print
                self.desk.issue(self, result.notices, lambda problem: self._notices_issued(result, text, problem))
            return
        case = result
        assert isinstance(case, Case)
        due = case.notice_due.isoformat() if case.notice_due else ""
        text = self.tr("已登记，办件编号 {no}；请于 {due} 前告知申请人（超过 5 个工作日视为受理）").format(
            no=case.case_no, due=due
        )
        self.say(text)
        self.decided.emit(result)

    def _notices_issued(self, result: IntakeResult, text: str, problem: str) -> None:
        """The decision's notices are archived (or said why not): say so, then show them for printing."""
        self.say(text + (("\n" + problem) if problem else ""), error=bool(problem))
        self.decided.emit(result)
        if result.notices:
            self.show_notices()

    def _not_decided(self, error: GovdeskError) -> None:
        self._deciding = False
        self.applicant.reveal_all()
        self.decision.set_message(error_text(error), error.field if isinstance(error, ServiceError) else "")
        if self._touched:
            self._save_timer.start()

    # ------------------------------------------------------------------ notices

    def show_notices(self) -> NoticePreviewDialog | None:
        if not self.desk.issued:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        dialog = NoticePreviewDialog(self, self.desk)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def print_notices(self) -> bool:
        """Ctrl+P: print the last decision's notices (again), off the GUI thread; False when there is nothing to
        print. What the printer did is said when it is done."""
        if not self.desk.issued:
            return False
        printer = choose_printer(self, self.desk)
        if printer is None:
            return True
        count = len(self.desk.issued)
        self.desk.print_all(self, printer, lambda problem: self._printed(problem, count))
        return True

    def _printed(self, problem: str, count: int) -> None:
        self.say(problem or self.tr("已送打印：{n} 份通知书").format(n=count), error=bool(problem))

    # ------------------------------------------------------------------ passing paper to the back office

    def open_transfer(self) -> TransferDialog:
        """材料流转 (Ctrl+T): the accepted cases whose paper is still at the window, passed on with a signed sheet."""
        self.flush()
        if self.transfer_dialog is not None:
            self.transfer_dialog.close()
            self.transfer_dialog.deleteLater()
        dialog = TransferDialog(self, self.intake, self.desk)
        self.transfer_dialog = dialog
        dialog.open()
        dialog.ui.transferView.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return dialog

    # ------------------------------------------------------------------ resuming

    def resume(self, case_no: str) -> None:
        """续办: the applicant is back after a 一次性告知; the new intake starts from the old case."""
        text = case_no.strip()
        if not text:
            return
        draft = operations_for(self).query(
            self, lambda: self.intake.resume(text), failure=lambda error: self.say(error_text(error), error=True)
        )
        if draft is None:
            return
        if draft.ticket is None and self.draft.ticket is not None:  # the applicant just called is the one back
            draft.ticket, self.draft.ticket = self.draft.ticket, None
        self.flush()
        self.load_draft(draft)
        self._touched = True
        self.decision.reset()
        self.ui.resumeEdit.clear()
        self.say(self.tr("续办 {no}：已带出首次收件的申请人和已收材料").format(no=draft.resumed_case_no))
        self.materials_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ the hall's queue (叫号)

    def add_queue_panel(self, panel: QueuePanel) -> None:
        """The queue strip under the title bar (shown when the hall has a queue system): a ticket called goes onto
        this intake, one passed on (转窗, 过号) leaves it."""
        self.ui.pageLayout.insertWidget(1, panel)
        panel.setVisible(panel.desk.available)
        panel.ticket_called.connect(self.take_ticket)
        panel.ticket_released.connect(self.release_ticket)

    def take_ticket(self, ticket: QueueTicket) -> None:
        """叫号: the applicant called is served in this intake; when it already has another ticket, that intake stays
        as a draft and a fresh one starts. The ticket is saved with the draft once anything is typed."""
        if self.draft.ticket is not None and self.draft.ticket.number != ticket.number:
            self.new_intake()
        self.draft.ticket = ticket
        if self._touched:
            self._save_timer.start()
        self._show_title()

    def release_ticket(self, number: str) -> None:
        """转窗 / 过号: the ticket leaves this intake (which goes on without one)."""
        if self.draft.ticket is not None and self.draft.ticket.number == number:
            self.draft.ticket = None
            if self._touched:
                self._save_timer.start()
            self._show_title()

    # ------------------------------------------------------------------ messages

    def say(self, text: str, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        label.setProperty("saveError", False)
        label.setVisible(bool(text))

    def message(self) -> str:
        label = self.ui.messageLabel
        return str(label.text()) if not label.isHidden() else ""
