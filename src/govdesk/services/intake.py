"""综合受理: one intake from the item search to the printed decision (regulation 000, Art. 22, 25-28;
regulation 002, 三 (一); regulation 001, 一次性告知制).

The UI calls these one-line operations and shows what they return; every rule lives in the domain.
A decision is ONE transaction: the case number is drawn, the case and its events are written, the events go to
the outbox and the draft is deleted together, or nothing is written at all (and the draft stays).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from govdesk.domain.assessment import Outcome, assess, broken_notice
from govdesk.domain.calendar import CalendarRangeError, WorkCalendar
from govdesk.domain.case import Case, CaseState, MaterialStatus
from govdesk.domain.catalog import Catalog, ItemKind, ServiceItem, TimeLimit
from govdesk.domain.catalog_search import CatalogIndex, SearchHit
from govdesk.domain.clock import CST, Clock
from govdesk.domain.commitment import CommitmentRefused
from govdesk.domain.deadlines import DeadlineKind, compute_deadline, notice_deadlines
from govdesk.domain.messages import ENUMERATION, Message, join, said, translate
from govdesk.domain.notice_builders import (
    out_of_competence,
)
from govdesk.domain.notices import TransferSheet
from govdesk.domain.signatures import COMMITMENT_LETTER, SignedOn, pad_image_path, signed_on
from govdesk.domain.transitions import DomainError
from govdesk.services import intake_messages as im
from govdesk.services import numbering, transfer
from govdesk.services.changes import ChangeKind, Changes
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake_checks import field_problems
from govdesk.services.intake_decision import (
    Decision,
    apply_decision,
    longest_deadline,
    record_materials,
    signed_letters,
)
from govdesk.services.intake_types import (
    DecisionPreview,
    FieldProblem,
    IntakeError,
    IntakeResult,
    RejectionDetails,
    check_party_id,
)
from govdesk.services.roles import Operation, RoleRefused, require
from govdesk.services.scan_upkeep import drop_pages
from govdesk.services.window import WindowContext
from govdesk.store.errors import StoreError
from govdesk.store.errors import translate as translate_store_error
from govdesk.store.sealed_files import SealedFiles
from govdesk.store.search import CaseSummary as CaseSummary  # awaiting_transfer's rows: re-exported for the UI
from govdesk.store.store import Store
from govdesk.store.unit import Unit

ALL_INSTANT = translate("IntakeService", "所选事项均为即办件，应当场办结（即办）", "services.intake.all_instant")
PROMISED_NOT_INSTANT = translate(
    "IntakeService",
    "承诺件不能当场办结，应予受理",
    "services.intake.promised_not_instant",
)
INCOMPLETE = translate("IntakeService", "材料不齐，不能受理：{names}", "services.intake.incomplete")
COMPLETE_NO_NOTICE = translate("IntakeService", "材料齐全，无需一次性告知", "services.intake.complete_no_notice")
COMPLETE_NO_CONDITIONAL = translate(
    "IntakeService",
    "材料齐全，无需容缺受理",
    "services.intake.complete_no_conditional",
)
NOT_NOW = translate("IntakeService", "当前情况下不能作出该决定", "services.intake.not_now")
NO_CONDITIONAL = translate("IntakeService", "不能容缺受理：{reasons}", "services.intake.no_conditional")

KEPT_AS_DRAFT = translate("IntakeService", "{error}（本次录入已保留为草稿）", "services.intake.kept_as_draft")
NO_REFUSAL_REASON = translate("IntakeService", "不予受理必须写明理由", "services.intake.no_refusal_reason")
NO_COMPETENT_AUTHORITY = translate(
    "IntakeService",
    "理由为不属于本机关职权范围的，须写明申请人应当向哪个有权机关申请（《行政许可法》第三十二条）",
    "services.intake.no_competent_authority",
)
NO_REVIEW_AUTHORITY = translate(
    "IntakeService",
    "须写明行政复议机关（《行政复议法》第二十条）",
    "services.intake.no_review_authority",
)
CASE_NOT_FOUND = translate("IntakeService", "找不到办件 {case}", "services.intake.case_not_found")
NOT_ONE_TIME_NOTICE = translate(
    "IntakeService",
    "办件 {case_no} 不是一次性告知的办件（当前状态：{state}），不能续办",
    "services.intake.not_one_time_notice",
)

if TYPE_CHECKING:
    from govdesk.services.notices import NoticeService

__all__ = [
    "AGENT_MATERIALS",
    "CaseSummary",
    "DecisionPreview",
    "FieldProblem",
    "IntakeError",
    "IntakeResult",
    "IntakeService",
    "RejectionDetails",
    "check_party_id",
]

#: Meta key under which the counts of items taken at this station are kept (recent and frequent items first).
USAGE_KEY = "intake.item_usage"

#: The catalog's codes of an agent's documents (代办人居民身份证, 授权委托书; resources/catalog/catalog.json). An
#: intake needs the agent (代办人) section when one of them applies: a 情形 answer such as ``applicant_type`` =
#: agent / guardian makes them applicable, and an item may ask for one always (SWJ-20-001 发票领用: 办税人员的身份证).
AGENT_MATERIALS = frozenset({"agent_id_card", "power_of_attorney"})


class IntakeService:
    """Use cases of the comprehensive intake window, for one clerk at one window."""

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        calendar: WorkCalendar,
        clock: Clock,
        window: WindowContext,
        data_dir: Path | None = None,
        notices: NoticeService | None = None,
    ) -> None:
        self.store = store
        self.notices = notices  # when given, a decision's notices are archived as PDF by the decision itself
        self.data_dir = data_dir or Path(store.path).parent  # where a 承诺书 signature drawn on the pad is kept
        self.catalog = catalog
        self.calendar = calendar
        self.clock = clock
        self.window = window
        self._index = CatalogIndex(catalog)
        self._usage: Counter[str] | None = None  # read once, then kept in step with every decision

    # ------------------------------------------------------------------ finding the item

    def today(self) -> date:
        return self.clock.now().astimezone(CST).date()

    def item_usage(self) -> Counter[str]:
        """How often each item was taken at this station (read from the store once; searched per keystroke)."""
        if self._usage is None:
            raw = self.store.get_meta(USAGE_KEY)
            self._usage = Counter(json.loads(raw)) if raw else Counter()
        return self._usage

    def search_items(self, query: str, department: str | None = None, limit: int = 30) -> list[SearchHit]:
        """Items matching ``query`` (name, code, pinyin, initials), the ones this station takes most first."""
        usage = self.item_usage()
        boost = {code: min(n, 50) / 100 for code, n in usage.items()}  # never outranks a better text match tier
        return self._index.search(query, department=department, limit=limit, boost=boost)

    def items_of(self, draft: IntakeDraft) -> tuple[ServiceItem, ...]:
        try:
            return tuple(self.catalog.item(code) for code in draft.item_codes)
        except KeyError as error:
            raise IntakeError(error.args[0]) from error

    # ------------------------------------------------------------------ drafts

    def new_draft(self, item_codes: Sequence[str] = (), bundle_code: str = "") -> IntakeDraft:
        codes = list(item_codes)
        if bundle_code:
            codes = list(self.catalog.bundle(bundle_code).item_codes)
        draft = IntakeDraft(item_codes=codes, bundle_code=bundle_code)
        draft.answers = self._default_answers(draft)
        return draft

    def set_items(self, draft: IntakeDraft, item_codes: Sequence[str], bundle_code: str = "") -> None:
        draft.item_codes = list(item_codes)
        draft.bundle_code = bundle_code
        defaults = self._default_answers(draft)
        draft.answers = {k: draft.answers.get(k, v) for k, v in defaults.items()}

    def _default_answers(self, draft: IntakeDraft) -> dict[str, str]:
        answers: dict[str, str] = {}
        for item in self.items_of(draft):
            for key, value in item.default_answers().items():
                answers.setdefault(key, value)
        return answers

    def save_draft(self, draft: IntakeDraft) -> None:
        """Saved on every change (the UI calls it as the clerk types). A store failure (a full disk) raises
        ``IntakeError`` with the store's Chinese message; what was typed stays on screen."""
        try:
            self.store.save_draft(draft.draft_id, draft.to_json(), self.window.actor.clerk_id)
        except StoreError as error:
            raise IntakeError(said(error)) from error

    def open_drafts(self) -> list[IntakeDraft]:
        """The intakes this clerk left unfinished (a crash, the program closed mid-intake), most recent first.
        Another clerk's drafts are not listed: a draft belongs to the clerk who made it."""
        try:
            drafts = sorted(
                self.store.load_drafts(self.window.actor.clerk_id), key=lambda d: d.updated_at, reverse=True
            )
        except StoreError as error:
            raise IntakeError(said(error)) from error
        return [IntakeDraft.from_json(d.data) for d in drafts]

    def discard_draft(self, draft_id: str) -> None:
        """The draft goes, and with it the pages it alone named (a scan is personal data: not kept for nothing)."""
        try:
            pages = {
                page.sha256
                for d in self.store.load_drafts()
                if d.draft_id == draft_id
                for rec in IntakeDraft.from_json(d.data).materials.values()
                for page in rec.pages
            }
            self.store.delete_draft(draft_id)
            drop_pages(self.store, pages)
        except StoreError as error:
            raise IntakeError(said(error)) from error

    # ------------------------------------------------------------------ checking

    def check_fields(self, draft: IntakeDraft) -> tuple[FieldProblem, ...]:
        """The applicant's and agent's fields to fix (``intake_checks``), each naming its field."""
        return field_problems(draft, self.today())

    def needs_agent(self, draft: IntakeDraft) -> bool:
        """True when an applicable material is an agent's document (``AGENT_MATERIALS``): the 情形 answers say that
        someone acts for the applicant, so the agent's name, ID and authorization are to be recorded."""
        items = self.items_of(draft)
        if not items:
            return False
        return any(m.code in AGENT_MATERIALS for m in assess(items, draft.answers, draft.materials).applicable)

    def preview(self, draft: IntakeDraft) -> DecisionPreview:
        items = self.items_of(draft)
        if not items:
            raise IntakeError(Message(im.NO_ITEM))
        assessment = assess(items, draft.answers, draft.materials)
        today = self.today()
        promised = statutory = commitment = None
        try:
            promised = longest_deadline(DeadlineKind.PROMISED, items, today, self.calendar)
            statutory = longest_deadline(DeadlineKind.STATUTORY, items, today, self.calendar)
            if assessment.commitment_days > 0:
                limit = TimeLimit(assessment.commitment_days)
                commitment = compute_deadline(DeadlineKind.COMMITMENT, today, limit, self.calendar)
        except CalendarRangeError:
            pass  # before the calendar's first year (a wrong clock): shown as "date unknown"; deciding will say why
        missing_now = [d.code for d in assessment.deficiencies]
        broken = broken_notice(draft.first_notice_codes, missing_now) if draft.resumed_from else ()
        names = {d.code: d.name for d in assessment.deficiencies}
        return DecisionPreview(
            items=items,
            assessment=assessment,
            problems=self.check_fields(draft),
            promised=promised,
            statutory=statutory,
            commitment_due=commitment.due if commitment else None,
            notice=notice_deadlines(today, self.calendar),
            broken_notice=tuple(names[c] for c in broken),
            commitment_deadline=commitment,
            review_body=self.window.center.review_body,
        )

    # ------------------------------------------------------------------ deciding

    def decide(
        self,
        draft: IntakeDraft,
        outcome: Outcome,
        *,
        reason: str = "",
        commitment_due: date | None = None,
        signed_by: str = "",
        delivery: str = "window",
        signature_png: bytes | None = None,
        signed_on_paper: bool = False,
        rejection: RejectionDetails | None = None,
    ) -> IntakeResult:
        """Record the decision and return the case and the notices to print. Raises ``IntakeError`` (Chinese).

        容缺 needs its 承诺书 signed: ``signed_by`` names the signer, who signed either on the pad
        (``signature_png``, kept with the case) or on the printed paper (``signed_on_paper``, the clerk confirms);
        which one is recorded on the commitment (``signed_on``) and so on the ``case.accepted_conditional`` event.

        不予受理 takes ``rejection``: the competent authority (required when the reason is that the matter is not
        within competence, 《行政许可法》 art. 32 (二)) and the review body (《行政复议法》 art. 20; the center's
        usual one when not given). Both are checked before anything is written."""
        try:
            require(self.window, Operation.DECIDE)
        except RoleRefused as refused:
            raise IntakeError(said(refused)) from refused
        preview = self.preview(draft)
        if outcome not in preview.outcomes:
            raise IntakeError(self.why_not(outcome, preview))
        signature: tuple[SignedOn, bytes | None] | None = None
        if outcome is Outcome.CONDITIONAL:
            try:
                how = signed_on(signed_by, COMMITMENT_LETTER, pad_image=signature_png, paper_confirmed=signed_on_paper)
            except ValueError as error:
                raise IntakeError(said(error)) from None
            signature = (how, signature_png if how is SignedOn.PAD else None)
        details = rejection or RejectionDetails()
        if outcome is Outcome.REJECT:
            self._check_rejection(reason, details)
        decision = Decision(outcome, reason, commitment_due, signed_by, delivery, signature, details)
        try:
            return self._decide(draft, preview, decision)
        except (DomainError, CommitmentRefused, CalendarRangeError, ValueError) as error:
            raise IntakeError(said(error)) from error
        except StoreError as error:
            raise IntakeError(Message(KEPT_AS_DRAFT, error=error)) from error

    def _check_rejection(self, reason: str, details: RejectionDetails) -> None:
        """The reject panel's fields, each named in the error so the panel can mark it."""
        if not reason.strip():
            raise IntakeError(Message(NO_REFUSAL_REASON), "reason")
        if out_of_competence(reason) and not details.competent_authority.strip():
            raise IntakeError(
                Message(NO_COMPETENT_AUTHORITY),
                "competent_authority",
            )
        if not (details.review_body.strip() or self.window.center.review_body):
            raise IntakeError(Message(NO_REVIEW_AUTHORITY), "review_body")

    def why_not(self, outcome: Outcome, preview: DecisionPreview) -> str:
        """Why ``outcome`` is not open now, in words for the clerk (shown beside a disabled choice)."""
        if preview.problems:
            return join(p.message for p in preview.problems)
        if outcome is Outcome.CONDITIONAL and preview.assessment.conditional_refused:
            return Message(NO_CONDITIONAL, reasons=join(preview.assessment.conditional_refused))
        a = preview.assessment
        instant = all(it.kind is ItemKind.INSTANT for it in preview.items)
        if outcome is Outcome.ACCEPT and instant:
            return Message(ALL_INSTANT)
        if outcome is Outcome.COMPLETE and not instant:
            return Message(PROMISED_NOT_INSTANT)
        if outcome in (Outcome.ACCEPT, Outcome.COMPLETE) and a.deficiencies:
            names = join((d.name for d in a.deficiencies), ENUMERATION)
            return Message(INCOMPLETE, names=names)
        if outcome in (Outcome.NOTIFY, Outcome.CONDITIONAL) and not a.deficiencies:
            return Message(COMPLETE_NO_NOTICE) if outcome is Outcome.NOTIFY else Message(COMPLETE_NO_CONDITIONAL)
        return Message(NOT_NOW)

    def _decide(self, draft: IntakeDraft, preview: DecisionPreview, decision: Decision) -> IntakeResult:
        today = self.today()
        numbering.refuse_if_quarantined(self.store, lambda: self.save_draft(draft))
        with self.store.unit() as uow:
            case = numbering.new_case(uow, self.window, self.clock, self.catalog.version, draft, today)
            record_materials(case, draft, preview, self.window.actor, self.clock)
            notices = apply_decision(case, preview, decision, self.window, self.clock, self.calendar, today)
            uow.save_case(case)
            uow.enqueue_case_files(case)  # the scans follow the case's events to the center (store.attachments)
            if decision.signature is not None and decision.signature[1]:
                kept = self._keep_signature(uow, case, decision.signature[1])
                notices = signed_letters(notices, kept)  # the pad's signature printed on the 承诺书
            self._count_usage(uow, draft.item_codes)
            uow.delete_draft(draft.draft_id)
        kinds = [ChangeKind.CASES, ChangeKind.DRAFTS]
        if case.commitment is not None:
            kinds.append(ChangeKind.COMMITMENTS)
        if notices:
            kinds.append(ChangeKind.NOTICES)
        return self._archived(IntakeResult(case, notices, changes=Changes.of(*kinds, cases=(case.case_id,))))

    def _archived(self, result: IntakeResult) -> IntakeResult:
        """The decision's notices rendered into the archive (``NoticeService``), when this service has one. The
        decision is saved first and stands whatever happens here; a notice that did not render is said, and the
        clerk prints it again later (Ctrl+P)."""
        if self.notices is None or not result.notices or not self.notices.can_render():
            return result  # the page archives them (or, on the command line, nobody prints)
        done = self.notices.archive_all(result.notices)
        pdfs, problem = done.pdfs, done.problem
        archived = tuple(str(p) for p in pdfs if p is not None)
        changes = result.changes | Changes.of(ChangeKind.NOTICES, notices=archived)
        return replace(result, pdfs=tuple(pdfs), archive_problem=problem, archived=True, changes=changes)

    def _keep_signature(self, uow: Unit, case: Case, png: bytes) -> str:
        """The 承诺书 signature drawn on the pad: a file beside the database (sealed with the store's files' key:
        ``store.sealed_files``), an attachment row of the case; its path relative to the data folder (what the
        notice names: a data folder moved or restored elsewhere still prints it)."""
        relative = pad_image_path(case.case_no, f"commitment-{uuid.uuid4()}")
        try:
            SealedFiles.for_store(self.store).write(self.data_dir / relative, png)
        except OSError as error:
            raise translate_store_error(error) from error
        uow.add_attachment(case.case_id, "commitment_signature", relative, hashlib.sha256(png).hexdigest())
        return relative

    def _count_usage(self, uow: Unit, item_codes: Sequence[str]) -> None:
        usage = self.item_usage() + Counter(item_codes)
        uow.set_meta(USAGE_KEY, json.dumps(dict(usage.most_common(200)), ensure_ascii=False))
        self._usage = None  # re-read after the commit (a rolled-back decision must not count)

    def defer_notice(self, draft: IntakeDraft, question: str) -> Case:
        """A complex question that cannot be told on the spot (regulation 000, Art. 25): the case is saved with
        its number, and the notice is due within 2 working days (the Administrative License Law, art. 32, counts
        a notice later than 5 working days as acceptance)."""
        problems = self.check_fields(draft)
        if problems:
            raise IntakeError(join(p.message for p in problems))
        today = self.today()
        deadlines = notice_deadlines(today, self.calendar)
        numbering.refuse_if_quarantined(self.store, lambda: self.save_draft(draft))
        try:
            with self.store.unit() as uow:
                case = numbering.new_case(uow, self.window, self.clock, self.catalog.version, draft, today)
                case.defer_notice(self.window.actor, self.clock, deadlines.due.due, question)
                uow.save_case(case)
                uow.delete_draft(draft.draft_id)
        except (DomainError, ValueError) as error:
            raise IntakeError(said(error)) from error
        return case

    # ------------------------------------------------------------------ passing paper to the back office

    def awaiting_transfer(self) -> list[CaseSummary]:
        """Accepted cases whose paper materials have not yet gone to the back office (``transfer``)."""
        return transfer.awaiting_transfer(self.store)

    def receiving_department(self, cases: Sequence[CaseSummary]) -> str:
        """Where the paper of ``cases`` goes by default (``transfer.receiving_department``)."""
        return transfer.receiving_department(self.catalog, cases)

    def transfer(self, case_ids: Sequence[str], to_department: str = "") -> list[TransferSheet]:
        """Pass the cases' paper materials to the back office, one transaction (``transfer.transfer``)."""
        return transfer.transfer(
            self.store, self.catalog, self.window, self.clock, self.today(), case_ids, to_department
        )

    # ------------------------------------------------------------------ coming back

    def resume(self, case_no_or_id: str) -> IntakeDraft:
        """The applicant returns after a 一次性告知: a new intake starts from the old one, linked to it, and
        remembers what the first notice listed so a broken 一次告知 is flagged."""
        summary = self.store.find_by_case_no(case_no_or_id.strip())
        case = self.store.load_case(summary.case_id if summary else case_no_or_id.strip())
        if case is None:
            raise IntakeError(Message(CASE_NOT_FOUND, case=case_no_or_id))
        if case.state is not CaseState.NOTIFIED:
            raise IntakeError(Message(NOT_ONE_TIME_NOTICE, case_no=case.case_no, state=case.state_label))
        received = {
            code: rec
            for code, rec in case.materials.items()
            if rec.status in (MaterialStatus.RECEIVED, MaterialStatus.SHARED)
        }
        draft = IntakeDraft(
            item_codes=list(case.item_codes),
            bundle_code=case.bundle_code,
            answers=dict(case.answers),
            applicant=case.applicant,
            agent=case.agent,
            materials=received,
            resumed_from=case.case_id,
            resumed_case_no=case.case_no,
            first_notice_codes=list(case.notified_codes),
        )
        self.save_draft(draft)
        return draft
