"""The back office's use cases at a desktop (role back_office): the department's queue, a case's materials, claim,
补正, 办理环节, decision, result, result ready — all at the central server, over HTTP (``sync.office_client``).

Regulation 002 三 (二) and 四 (一): the department reviews the cases the windows accepted, decides within the limit,
makes the result and returns it to the window; regulation 000 Art. 31: progress flows back (the server makes each
step a pulled event). Nothing here is kept locally: the server holds the back office's fields (DESIGN.md "Sync").

Qt-free and blocking: the UI runs every call through the operations gateway's network lane. Every failure comes out
as a ``ServiceError`` in words: offline says so (``BackOfficeOffline``) and that what was typed is still there; the
server's refusals are its own Chinese message. Rules a request must meet are checked here first (``domain.backoffice``),
so an incomplete 补正 is refused before anything leaves the PC.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from govdesk.domain.attachments import AttachmentRefused, PageRef, check_file
from govdesk.domain.backoffice import STEP_LABELS, CorrectionItem, Step, correction_payload
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST, Clock
from govdesk.domain.identity.masking import mask_name
from govdesk.domain.messages import Message, translate
from govdesk.domain.transitions import STATE_LABELS, CaseState
from govdesk.protocol import DecideRequest
from govdesk.protocol.office import (
    AttachmentEntry,
    CaseDetail,
    CorrectionItemBody,
    CorrectionRequest,
    ResultRequest,
    StepRequest,
)
from govdesk.services.changes import ChangeKind, Changes
from govdesk.services.credentials import CredentialStore
from govdesk.services.errors import ServiceError
from govdesk.sync.errors import NetworkError, RequestRefused, ServerError, SyncError
from govdesk.sync.office_client import BackOfficeClient

READ_QUEUE = translate("BackOfficeService", "读取待办", "services.backoffice.read_queue")
READ_CASE = translate("BackOfficeService", "读取办件", "services.backoffice.read_case")
READ_SCANS = translate("BackOfficeService", "读取扫描件", "services.backoffice.read_scans")
CLAIM = translate("BackOfficeService", "认领", "services.backoffice.claim")
CLAIMED = translate("BackOfficeService", "已认领，开始审查", "services.backoffice.claimed")
ASK_CORRECTION = translate("BackOfficeService", "要求补正", "services.backoffice.ask_correction")
SENT_FOR_CORRECTION = translate(
    "BackOfficeService",
    "已退回窗口补正（{names}），计时中止；申请人登记了手机的已短信告知",
    "services.backoffice.sent_for_correction",
)
RECORD_STEP = translate("BackOfficeService", "记录{step}环节", "services.backoffice.record_step")
STEP_RECORDED = translate("BackOfficeService", "已记录{step}环节", "services.backoffice.step_recorded")
DECIDE = translate("BackOfficeService", "作出决定", "services.backoffice.decide")
APPROVED = translate("BackOfficeService", "已决定：准予许可", "services.backoffice.approved")
DENIED = translate("BackOfficeService", "已决定：不予许可", "services.backoffice.denied")
UPLOAD_RESULT = translate("BackOfficeService", "上传结果文件", "services.backoffice.upload_result")
ATTACH_RESULT = translate("BackOfficeService", "附办理结果", "services.backoffice.attach_result")
LICENCE_NO = translate("BackOfficeService", "（{licence_no}）", "services.backoffice.licence_no")
FILE_UPLOADED = translate("BackOfficeService", "，结果文件已上传", "services.backoffice.file_uploaded")
RESULT_ATTACHED = translate("BackOfficeService", "已附办理结果{number}{scanned}", "services.backoffice.result_attached")
MARK_READY = translate("BackOfficeService", "标记结果已出", "services.backoffice.mark_ready")
READY = translate("BackOfficeService", "结果已出，已转综合窗口出件", "services.backoffice.ready")
DAY = translate("BackOfficeService", "{month}月{day}日", "services.backoffice.day")
CORRECTING = translate("BackOfficeService", "{date}（补正中，计时中止）", "services.backoffice.correcting")
OVERDUE = translate("BackOfficeService", "{date}（已超期）", "services.backoffice.overdue")
DUE_TODAY = translate("BackOfficeService", "{date}（今日到期）", "services.backoffice.due_today")
DAYS_LEFT = translate("BackOfficeService", "{date}（剩 {left} 个工作日）", "services.backoffice.days_left")
NO_SCANS = translate(
    "BackOfficeService",
    "中心服务器尚未提供该办件的电子材料（未扫描，或扫描件尚未上传完毕）；请以纸质材料为准",
    "services.backoffice.no_scans",
)
SCANS_REFUSED = translate("BackOfficeService", "电子材料暂不能显示：{refused}", "services.backoffice.scans_refused")

NO_RESULT_NAME = translate(
    "BackOfficeService",
    "准予许可时须填写结果名称（证照或批文）",
    "services.backoffice.no_result_name",
)
NO_REFUSAL_REASON = translate("BackOfficeService", "不予许可时须写明理由", "services.backoffice.no_refusal_reason")
RESULT_REFUSED = translate("BackOfficeService", "结果文件不能上传：{refused}", "services.backoffice.result_refused")
CANNOT_READ_RESULT = translate(
    "BackOfficeService",
    "无法读取结果文件“{name}”：{error}",
    "services.backoffice.cannot_read_result",
)
OFFLINE = translate(
    "BackOfficeService",
    "{what}未完成：未连接中心服务器（离线）。后台审批须联网办理，请检查网络后重试；已填写的内容仍保留在窗口中",
    "services.backoffice.offline",
)
SERVER_FAILED = translate(
    "BackOfficeService",
    "{what}未完成：中心服务器出错，请稍后重试；已填写的内容仍保留在窗口中",
    "services.backoffice.server_failed",
)
FAILED = translate("BackOfficeService", "{what}未完成：{error}", "services.backoffice.failed")

#: Deadlines are asked for this many queued cases at once (the server's limit); a page of the queue is as long.
DEADLINE_PAGE = 100
QUEUE_PAGE = DEADLINE_PAGE
#: A back-office user of every department of the center (the server's ``users.department``).
ALL_DEPARTMENTS = "*"
#: The result document goes up this much at a time (read from the file as it goes: never whole in memory).
RESULT_CHUNK = 512 * 1024
#: Times an upload starts again after the center lost its place or found the bytes wrong, before it is said.
RESULT_RETRIES = 3


class BackOfficeError(ServiceError):
    """A back-office call refused or failed; Chinese, for the clerk."""


class BackOfficeOffline(BackOfficeError):
    """The central server cannot be reached: the back office works online only."""


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One case of the department's queue, display-ready (the applicant's name masked: a list)."""

    case_id: str
    case_no: str
    state: str
    state_label: str
    item: str
    department: str
    applicant: str
    station_code: str
    submitted: str
    claimed_by: str
    promised_date: date | None = None
    statutory_date: date | None = None
    correction_open: bool = False
    due_words: str = ""
    overdue: bool = False
    submitted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class QueuePage:
    """One page of the queue as the server cut it (oldest first), the whole queue's count when it was read, where the
    next page starts (None: this is the last) and the department the server limited it to (``*``: every one)."""

    rows: tuple[QueueRow, ...]
    total: int
    next_cursor: str | None
    department: str = ""
    department_name: str = ""

    @property
    def one_department(self) -> bool:
        return bool(self.department) and self.department != ALL_DEPARTMENTS


@dataclass(frozen=True, slots=True)
class CaseView:
    """One case for the review page: the server's detail, labels, and its scanned pages in material order."""

    detail: CaseDetail
    state_label: str
    item: str
    pages: tuple[AttachmentEntry, ...]
    pages_note: str = ""  # why no page can be shown (the attachments service not there), "" otherwise
    applicant: str = ""  # masked (Art. 32 个人信息保护: a screen shows what the work needs)


@dataclass(frozen=True, slots=True)
class StepDone:
    """What a step did: the case's new state and what to refresh."""

    case_id: str
    state: str
    message: str
    changes: Changes = field(default_factory=Changes)


class BackOfficeService:
    """See the module docstring. ``catalog`` names items; ``calendar`` counts the working days left."""

    def __init__(self, client: BackOfficeClient, clock: Clock, catalog: Catalog | None, calendar: WorkCalendar | None):
        self.client = client
        self.clock = clock
        self.catalog = catalog
        self.calendar = calendar

    @classmethod
    def connect(
        cls,
        server_url: str,
        credentials: CredentialStore,
        clock: Clock,
        *,
        catalog: Catalog | None = None,
        calendar: WorkCalendar | None = None,
        ca_bundle: str = "",
    ) -> BackOfficeService:
        """A service on the window's server, with the logged-in clerk's token from the keyring."""
        from govdesk.services.auth import account_for
        from govdesk.services.sync_service import CredentialTokens

        tokens = CredentialTokens(credentials, account_for(server_url))
        return cls(BackOfficeClient(server_url, tokens=tokens, ca_bundle=ca_bundle), clock, catalog, calendar)

    def close(self) -> None:
        self.client.close()

    # ------------------------------------------------------------------ reading

    def queue_page(self, department: str = "", cursor: str | None = None, limit: int = QUEUE_PAGE) -> QueuePage:
        """One page of the department's queue (submitted and in review), oldest first, each case with its deadlines
        and whether it is in 补正; ``cursor`` is the page before's ``next_cursor`` (keyset: a case decided meanwhile
        neither repeats nor skips one). The server limits it to the user's department whatever is asked."""
        with _online(Message(READ_QUEUE)):
            page = self.client.queue(department.strip(), cursor, min(limit, DEADLINE_PAGE))
            ids = [e.case_id for e in page.cases]
            dated = {d.case_id: d for d in self.client.deadlines(ids).cases} if ids else {}
        rows = []
        for e in page.cases:
            d = dated.get(e.case_id)
            promised = d.promised_date if d else None
            words, overdue = self._due(promised, bool(d and d.correction_open))
            rows.append(
                QueueRow(
                    case_id=e.case_id, case_no=e.case_no, state=e.state, state_label=_state(e.state),
                    item=self._item(e.item_code), department=e.department, applicant=mask_name(e.applicant_name),
                    station_code=e.station_code, submitted=_cst(e.submitted_at), claimed_by=e.claimed_by,
                    promised_date=promised, statutory_date=d.statutory_date if d else None,
                    correction_open=bool(d and d.correction_open), due_words=words, overdue=overdue,
                    submitted_at=e.submitted_at,
                )
            )  # fmt: skip
        total = max(page.total, len(rows))
        return QueuePage(tuple(rows), total, page.next_cursor, page.department, self._department(page.department))

    def case(self, case_id: str) -> CaseView:
        """One case: detail, progress and its scanned pages (the attachments API; said in words when absent)."""
        with _online(Message(READ_CASE)):
            detail = self.client.detail(case_id)
            note = ""
            try:
                pages = self.client.attachments(case_id)
            except RequestRefused as refused:
                pages, note = [], _pages_note(refused)
        order = {m.code: n for n, m in enumerate(detail.materials)}
        pages.sort(key=lambda p: (order.get(p.material_code, len(order)), p.material_code, p.page))
        masked = mask_name(detail.applicant_name)
        return CaseView(detail, _state(detail.state), self._item(detail.item_code), tuple(pages), note, masked)

    def page(self, sha256: str) -> bytes:
        """The bytes of one scanned page (JPEG, PNG or PDF)."""
        with _online(Message(READ_SCANS)):
            return self.client.attachment(sha256)

    # ------------------------------------------------------------------ steps

    def claim(self, case_id: str) -> StepDone:
        with _online(Message(CLAIM)):
            done = self.client.claim(case_id)
        return _done(done.case_id, done.state, Message(CLAIMED))

    def check_correction(self, items: Sequence[CorrectionItem], note: str = "") -> None:
        """Refuse, in words, a 补正 the server would refuse (the dialog keeps what was typed)."""
        correction_payload(items, note, self.clock.now().astimezone(CST).date())

    def check_decision(self, approve: bool, result_name: str, reason: str) -> None:
        if approve and not result_name.strip():
            raise BackOfficeError(Message(NO_RESULT_NAME), field="result_name")
        if not approve and not reason.strip():
            raise BackOfficeError(Message(NO_REFUSAL_REASON), field="reason")

    def result_name_of(self, item_code: str) -> str:
        """The item's 结果名称 (营业执照…) from the catalog, "" when unknown."""
        if self.catalog is None:
            return ""
        try:
            return self.catalog.item(item_code).result_name
        except KeyError:
            return ""

    def ask_correction(self, case_id: str, items: Sequence[CorrectionItem], note: str = "") -> StepDone:
        """补正: checked here first (every item named, with a reason; none twice), then sent; the server stops the
        clock and tells the applicant."""
        payload = correction_payload(items, note, self.clock.now().astimezone(CST).date())  # refused in words
        bodies = [CorrectionItemBody.model_validate(i) for i in payload["items"]]
        with _online(Message(ASK_CORRECTION)):
            done = self.client.correction(case_id, CorrectionRequest(items=bodies, note=note.strip()))
        names = "、".join(b.name for b in bodies)
        return _done(done.case_id, done.state, Message(SENT_FOR_CORRECTION, names=names))

    def record_step(self, case_id: str, step: Step, note: str = "") -> StepDone:
        with _online(Message(RECORD_STEP, step=STEP_LABELS[step])):
            done = self.client.step(case_id, StepRequest(step=step.value, note=note.strip()))
        return _done(done.case_id, done.state, Message(STEP_RECORDED, step=STEP_LABELS[step]))

    def decide(self, case_id: str, approve: bool, result_name: str = "", reason: str = "") -> StepDone:
        self.check_decision(approve, result_name, reason)
        body = DecideRequest(
            decision="approve" if approve else "deny", result_name=result_name.strip(), reason=reason.strip()
        )
        with _online(Message(DECIDE)):
            done = self.client.decide(case_id, body)
        return _done(done.case_id, done.state, Message(APPROVED) if approve else Message(DENIED))

    def describe_result_file(self, path: Path) -> PageRef:
        """The result document the clerk chose (the licence's scan or PDF): its type from its bytes, its size and
        hash; ``BackOfficeError`` in words for a file that is no JPEG, PNG or PDF, empty or too big."""
        digest, size, head = hashlib.sha256(), 0, b""
        try:
            with Path(path).open("rb") as fh:
                while chunk := fh.read(RESULT_CHUNK):
                    head = head or chunk[:16]
                    digest.update(chunk)
                    size += len(chunk)
            kind = check_file(head, size, Path(path).name)
        except AttachmentRefused as refused:
            raise BackOfficeError(Message(RESULT_REFUSED, refused=refused), field="result_file") from refused
        except OSError as error:
            raise BackOfficeError(
                Message(CANNOT_READ_RESULT, name=Path(path).name, error=error.strerror or error), field="result_file"
            ) from error
        return PageRef(digest.hexdigest(), size, kind)

    def upload_result_file(self, case_id: str, path: Path) -> PageRef:
        """Send the result document to the center, resumably (from what the center holds: a cut line or a second
        try goes on where it stopped), hash-checked there; returns it once the center holds it whole."""
        ref = self.describe_result_file(path)
        with _online(Message(UPLOAD_RESULT)):
            state = self.client.result_file_state(case_id, ref)
            restarts = 0
            with Path(path).open("rb") as fh:
                while not state.complete:
                    fh.seek(state.received)
                    data = fh.read(RESULT_CHUNK)
                    try:
                        state = self.client.put_result_chunk(case_id, ref, state.received, data)
                    except RequestRefused as refused:
                        if refused.code not in ("offset_mismatch", "hash_mismatch") or restarts >= RESULT_RETRIES:
                            raise
                        restarts += 1  # the center lost its place, or the file changed meanwhile: ask again
                        state = self.client.result_file_state(case_id, ref)
        return ref

    def attach_result(
        self, case_id: str, licence_no: str, result_name: str = "", result_file: Path | None = None
    ) -> StepDone:
        """The result: its licence (批文) number and name, and the result document when one is given (uploaded
        first; the center takes the step only once the file is there whole)."""
        sha = self.upload_result_file(case_id, result_file).sha256 if result_file is not None else None
        body = ResultRequest(licence_no=licence_no.strip(), result_name=result_name.strip(), attachment_sha256=sha)
        with _online(Message(ATTACH_RESULT)):
            done = self.client.result(case_id, body)
        number = Message(LICENCE_NO, licence_no=licence_no.strip()) if licence_no.strip() else ""
        scanned = Message(FILE_UPLOADED) if sha else ""
        return _done(done.case_id, done.state, Message(RESULT_ATTACHED, number=number, scanned=scanned))

    def mark_ready(self, case_id: str) -> StepDone:
        with _online(Message(MARK_READY)):
            done = self.client.result_ready(case_id)
        return _done(done.case_id, done.state, Message(READY))

    # ------------------------------------------------------------------ inside

    def _department(self, code: str) -> str:
        if not code or code == ALL_DEPARTMENTS or self.catalog is None:
            return ""
        return next((d.name for d in self.catalog.departments() if d.code == code), "")

    def _item(self, code: str) -> str:
        if self.catalog is not None:
            try:
                return self.catalog.item(code).name
            except KeyError:
                pass
        return code

    def _due(self, promised: date | None, stopped: bool) -> tuple[str, bool]:
        """Words for the promised date (working days left, 超期, or 计时中止 during a 补正) and whether it is past."""
        if promised is None:
            return "", False
        today = self.clock.now().astimezone(CST).date()
        text = Message(DAY, month=promised.month, day=promised.day)
        if stopped:
            return Message(CORRECTING, date=text), False
        if promised < today:
            return Message(OVERDUE, date=text), True
        if self.calendar is None:
            return text, False
        try:
            left = self.calendar.workdays_between(today, promised)
        except Exception:  # a date outside the calendar's years: the date alone
            return text, False
        return (Message(DUE_TODAY, date=text) if left == 0 else Message(DAYS_LEFT, date=text, left=left)), False


def _done(case_id: str, state: str, message: str) -> StepDone:
    return StepDone(case_id, state, message, Changes.of(ChangeKind.CASES, cases=[case_id]))


def _state(state: str) -> str:
    try:
        return STATE_LABELS[CaseState(state)]
    except ValueError:
        return state


def _cst(at: datetime | None) -> str:
    return at.astimezone(CST).strftime("%m-%d %H:%M") if at else ""


def _pages_note(refused: RequestRefused) -> str:
    if refused.status == 404:
        return Message(NO_SCANS)
    return Message(SCANS_REFUSED, refused=refused)


@contextmanager
def _online(what: str) -> Iterator[None]:
    """The sync layer's errors said for the back office: offline in words, and that nothing typed is lost."""
    try:
        yield
    except NetworkError as error:
        raise BackOfficeOffline(Message(OFFLINE, what=what)) from error
    except ServerError as error:
        raise BackOfficeError(Message(SERVER_FAILED, what=what)) from error
    except RequestRefused as error:
        raise BackOfficeError(Message(FAILED, what=what, error=error)) from error
    except SyncError:
        raise  # needs login, too old, certificate: already said in words for the clerk


__all__ = [
    "BackOfficeError",
    "BackOfficeOffline",
    "BackOfficeService",
    "CaseView",
    "QueuePage",
    "QueueRow",
    "StepDone",
]
