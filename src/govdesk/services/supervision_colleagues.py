"""The other supervisors' records, read from the center (issue 13; regulation 000 Art. 50–52: 现场巡查, 卷宗评查 and
差评跟进 recorded by colleagues, 留痕): read-only, of the logged-in supervisor's own center only (the center decides
both: ``central/supervision_records.py`` checks the role and scopes every read to the caller's center).

Blocking HTTP with the logged-in clerk's refresh token: the UI runs it on the gateway's network lane. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from govdesk.domain.clock import CST, minute_text
from govdesk.domain.file_review import FileReview
from govdesk.domain.inspection import Inspection, InspectionState
from govdesk.domain.messages import CLAUSES, Message, join, translate
from govdesk.protocol.records import FollowUpEntry, RecordDocument, RecordSummary
from govdesk.services.credentials import CredentialStore
from govdesk.services.errors import ServiceError
from govdesk.services.sync_service import CredentialTokens
from govdesk.sync import records as remote
from govdesk.sync.client import SyncClient
from govdesk.sync.errors import NeedsLogin, RequestRefused, SyncError

LOGIN_FIRST = translate(
    "ColleaguesService",
    "请先登录中心服务器，再查看同事的记录（{error}）",
    "services.supervision_colleagues.login_first",
)
SERVER_REFUSED = translate(
    "ColleaguesService",
    "中心服务器拒绝：{error}",
    "services.supervision_colleagues.server_refused",
)
UNREACHABLE = translate(
    "ColleaguesService",
    "中心服务器暂不可达：同事的记录只保存在中心服务器，请联网后点“刷新”",
    "services.supervision_colleagues.unreachable",
)
UNREADABLE = translate(
    "ColleaguesService",
    "这条记录的格式本程序无法读取（{error}），请升级程序后再看",
    "services.supervision_colleagues.unreadable",
)

# What a colleague's record says, in the reader's language (the record's own words - names, notes, checklist items,
# a follow-up step's label - are data and stay as written).
SIGNED = translate("ColleaguesService", "已签名", "services.supervision_colleagues.signed")
INSPECTING = translate("ColleaguesService", "巡查中", "services.supervision_colleagues.inspecting")
REVIEWED = translate("ColleaguesService", "评查完成", "services.supervision_colleagues.reviewed")
REVIEWING = translate("ColleaguesService", "评查中", "services.supervision_colleagues.reviewing")
VERSION = translate("ColleaguesService", "第 {version} 版", "services.supervision_colleagues.version")
FOLLOW_UP_TITLE = translate(
    "ColleaguesService", "差评跟进 · 办件 {case_no}", "services.supervision_colleagues.follow_up_title"
)
FOLLOW_UP_LINE = translate(
    "ColleaguesService", "{at} {author} {step}：{note}", "services.supervision_colleagues.follow_up_line"
)
NO_NOTE = translate("ColleaguesService", "（无说明）", "services.supervision_colleagues.no_note")
SIGNED_AT = translate("ColleaguesService", "{at} 签名", "services.supervision_colleagues.signed_at")
SIGNED_ON_PAPER = translate(
    "ColleaguesService", "{at} 签名（纸质签名）", "services.supervision_colleagues.signed_on_paper"
)
NOT_SIGNED = translate("ColleaguesService", "尚未签名", "services.supervision_colleagues.not_signed")
INSPECTOR_LINE = translate(
    "ColleaguesService",
    "巡查人：{inspector}　开始：{started}　{signed}",
    "services.supervision_colleagues.inspector_line",
)
CHECKED_LINE = translate(
    "ColleaguesService",
    "已检查 {checked} / {items} 项：合格 {passed} 项，不合格 {failed} 项",
    "services.supervision_colleagues.checked_line",
)
NOT_CHECKED = translate("ColleaguesService", "【未检查】{area}·{item}", "services.supervision_colleagues.not_checked")
PASSED = translate("ColleaguesService", "合格", "services.supervision_colleagues.passed")
FAILED = translate("ColleaguesService", "不合格", "services.supervision_colleagues.failed")
FINDING = translate("ColleaguesService", "【{result}】{area}·{item}", "services.supervision_colleagues.finding")
FINDING_NOTE = translate("ColleaguesService", "{finding}：{note}", "services.supervision_colleagues.finding_note")
FINDING_PHOTOS = translate(
    "ColleaguesService", "{finding}（照片 {photos} 张）", "services.supervision_colleagues.finding_photos"
)
INSPECTION_TITLE = translate(
    "ColleaguesService", "现场巡查 · {author}", "services.supervision_colleagues.inspection_title"
)
REVIEWER_LINE = translate(
    "ColleaguesService",
    "评查人：{reviewer}　抽样种子：{seed}　办结时段：{first} 至 {last}",
    "services.supervision_colleagues.reviewer_line",
)
SAMPLE_LINE = translate(
    "ColleaguesService", "抽取 {sampled} 件，已评 {reviewed} 件：{tally}", "services.supervision_colleagues.sample_line"
)
VERDICT_COUNT = translate("ColleaguesService", "{verdict} {count} 件", "services.supervision_colleagues.verdict_count")
CASE_NOT_HERE = translate(
    "ColleaguesService", "办件 {case_id}…（本机无此办件）", "services.supervision_colleagues.case_not_here"
)
NOT_REVIEWED = translate("ColleaguesService", "{case}：未评", "services.supervision_colleagues.not_reviewed")
VERDICT = translate("ColleaguesService", "{case}：{verdict}", "services.supervision_colleagues.verdict")
VERDICT_PROBLEMS = translate(
    "ColleaguesService", "{verdict}（{problems}）", "services.supervision_colleagues.verdict_problems"
)
VERDICT_NOTE = translate("ColleaguesService", "{verdict} {note}", "services.supervision_colleagues.verdict_note")
REVIEW_TITLE = translate("ColleaguesService", "卷宗评查 · {author}", "services.supervision_colleagues.review_title")

INSPECTION, FILE_REVIEW, FOLLOW_UP = "inspection", "file_review", "follow_up"
KIND_LABELS = {
    INSPECTION: Message(translate("SupervisionRecordKind", "现场巡查", "supervision.record_kind.inspection")),
    FILE_REVIEW: Message(translate("SupervisionRecordKind", "卷宗评查", "supervision.record_kind.file_review")),
    FOLLOW_UP: Message(translate("SupervisionRecordKind", "差评跟进", "supervision.record_kind.follow_up")),
}
#: The photos of one record shown at once (an inspection may name up to ten per item).
MAX_PHOTOS = 40
#: How many the list reads at a time (newest first; the rest as the supervisor scrolls, the page says how many).
PAGE = 200


class ColleaguesError(ServiceError):
    """Chinese, for the supervisor: why the colleagues' records cannot be shown now."""


@dataclass(frozen=True, slots=True)
class ColleagueEntry:
    kind: str  # INSPECTION, FILE_REVIEW or FOLLOW_UP
    key: str  # the record's id, or the follow-up event's
    author: str  # username
    author_name: str
    at: datetime  # when the center received it (CST)
    state: str  # 已签名 / 巡查中 / 评查完成 / 评查中 / the follow-up step
    about: str  # the case number (follow-ups), or the record's version
    note: str = ""  # a follow-up step's note (what was found, done or said)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True, slots=True)
class ColleagueList:
    entries: tuple[ColleagueEntry, ...]
    more: bool  # the center holds older ones than these (``ColleagueRecords.next_page(pager)``)
    as_of: datetime
    total: int = 0  # how many the center holds in all (of the kind asked, the reader's own left out)
    pager: ColleaguePager | None = field(default=None, compare=False, repr=False)


#: One keyset page of a list: its entries, how many the list holds in all, the cursor of the next (None: the last).
_Page = tuple[list["ColleagueEntry"], int, str | None]


class _Stream:
    """One of the center's lists read a keyset page at a time: the supervision records (of a kind, or both kinds)
    or the follow-up steps; what was read and not yet shown waits in ``held``."""

    def __init__(self, fetch: Callable[[SyncClient, str | None, int], _Page]) -> None:
        self.fetch = fetch
        self.held: list[ColleagueEntry] = []
        self.cursor: str | None = None
        self.done = False  # the center has no more than was read
        self.total = 0

    def fill(self, client: SyncClient, wanted: int) -> None:
        while not self.done and len(self.held) < wanted:
            found, self.total, self.cursor = self.fetch(client, self.cursor, max(wanted, PAGE))
            self.held += found
            self.done = self.cursor is None or not found  # an empty page ends the list whatever it says


class ColleaguePager:
    """The colleagues' records of one kind (or all three, merged newest first) a page at a time from the center's
    keyset pages (``cursor``): what another supervisor sends meanwhile neither repeats nor skips a record below.
    Not thread-safe: one page asked at a time (the list asks for the next when the last is in)."""

    def __init__(self, kind: str | None, page: int = PAGE) -> None:
        self.page = page
        self.streams: list[_Stream] = []
        if kind in (None, INSPECTION, FILE_REVIEW):
            self.streams.append(_Stream(lambda client, cursor, limit: _records_page(client, kind, cursor, limit)))
        if kind in (None, FOLLOW_UP):
            self.streams.append(_Stream(_follow_ups_page))
        self.shown = 0

    @property
    def total(self) -> int:
        return sum(s.total for s in self.streams)

    @property
    def more(self) -> bool:
        return any(s.held or not s.done for s in self.streams)

    def next_page(self, client: SyncClient) -> tuple[ColleagueEntry, ...]:
        """The next ``page`` entries, newest first. Each list holds at least a page before any is taken, so an entry
        is taken only when no list can still bring a newer one."""
        for stream in self.streams:
            stream.fill(client, self.page)
        taken: list[ColleagueEntry] = []
        while len(taken) < self.page:
            heads = [s for s in self.streams if s.held]
            if not heads:
                break
            newest = max(heads, key=lambda s: s.held[0].at)
            taken.append(newest.held.pop(0))
        self.shown += len(taken)
        return tuple(taken)


def _records_page(client: SyncClient, kind: str | None, cursor: str | None, limit: int) -> _Page:
    page = remote.list_records(client, kind, cursor, limit, others=True)
    return [_record_entry(r) for r in page.records], page.total, page.next_cursor


def _follow_ups_page(client: SyncClient, cursor: str | None, limit: int) -> _Page:
    page = remote.list_follow_ups(client, cursor, limit, others=True)
    return [_follow_up_entry(f) for f in page.entries], page.total, page.next_cursor


@dataclass(frozen=True, slots=True)
class ColleagueDetail:
    title: str
    lines: tuple[str, ...]
    photos: tuple[str, ...] = ()  # SHA-256 of the photos the record names (fetched from the center when shown)


def _cst(text: str) -> datetime:
    at = datetime.fromisoformat(text)
    return at.astimezone(CST) if at.tzinfo else at.replace(tzinfo=CST)


def _record_entry(r: RecordSummary) -> ColleagueEntry:
    done, going = (SIGNED, INSPECTING) if r.kind == INSPECTION else (REVIEWED, REVIEWING)
    state = Message(done if r.final else going)
    return ColleagueEntry(
        r.kind,
        r.record_id,
        r.author,
        r.author_name or r.author,
        _cst(r.received_at),
        state,
        Message(VERSION, version=r.version),
    )


def _follow_up_entry(f: FollowUpEntry) -> ColleagueEntry:
    state = f.label or f.step
    return ColleagueEntry(
        FOLLOW_UP, f.event_id, f.clerk_id, f.clerk_name or f.clerk_id, _cst(f.received_at), state, f.case_no, f.note
    )


class ColleagueRecords:
    """See the module docstring. ``me``: the logged-in supervisor's username (their own records are left out: they
    are on the supervisor's own pages). ``case_no_of``: case numbers of case ids this PC has (for a review's sample)."""

    def __init__(
        self,
        server_url: str,
        credentials: CredentialStore,
        account: str,
        me: str,
        ca_bundle: str = "",
        case_no_of: Callable[[Sequence[str]], dict[str, str]] | None = None,
        client_factory: Callable[[], SyncClient] | None = None,
    ) -> None:
        self.server_url = server_url
        self.credentials = credentials
        self.account = account
        self.me = me
        self.ca_bundle = ca_bundle
        self.case_no_of = case_no_of
        self._client_factory = client_factory

    def _client(self) -> SyncClient:
        if self._client_factory is not None:
            return self._client_factory()
        tokens = CredentialTokens(self.credentials, self.account)
        return SyncClient(self.server_url, tokens=tokens, ca_bundle=self.ca_bundle)

    def _ask(self, call: Callable[[SyncClient], object]) -> object:
        client = self._client()
        try:
            return call(client)
        except NeedsLogin as error:
            raise ColleaguesError(Message(LOGIN_FIRST, error=error)) from error
        except RequestRefused as error:
            raise ColleaguesError(Message(SERVER_REFUSED, error=error)) from error
        except SyncError as error:
            raise ColleaguesError(Message(UNREACHABLE)) from error
        finally:
            client.close()

    def entries(self, kind: str | None = None, now: datetime | None = None, page: int = PAGE) -> ColleagueList:
        """The newest ``page`` of the colleagues' records of ``kind`` (all three when None), how many there are, and
        the pager that reads the next (``next_page``). The reader's own are left out by the center."""
        pager = ColleaguePager(kind, page)

        def fetch(client: SyncClient) -> ColleagueList:
            first = pager.next_page(client)
            return ColleagueList(first, pager.more, now or datetime.now(CST), pager.total, pager)

        result = self._ask(fetch)
        assert isinstance(result, ColleagueList)
        return result

    def next_page(self, pager: ColleaguePager) -> ColleagueList:
        """The page after what ``pager`` gave (blocking HTTP: the network lane)."""

        def fetch(client: SyncClient) -> ColleagueList:
            found = pager.next_page(client)
            return ColleagueList(found, pager.more, datetime.now(CST), pager.total, pager)

        result = self._ask(fetch)
        assert isinstance(result, ColleagueList)
        return result

    def photos(self, digests: Sequence[str]) -> dict[str, bytes]:
        """The photos the center has of ``digests`` (at most ``MAX_PHOTOS``; one it does not have yet is left out:
        its author's PC sends it after the record)."""

        def fetch(client: SyncClient) -> dict[str, bytes]:
            if not client.has_access_token:
                client.refresh()  # the photos' client borrows the token; it never refreshes it itself
            files = remote.RecordFileClient.near(client)
            try:
                found = {d: files.photo(d) for d in dict.fromkeys(digests[:MAX_PHOTOS])}
            finally:
                files.close()
            return {d: data for d, data in found.items() if data is not None}

        result = self._ask(fetch)
        assert isinstance(result, dict)
        return result

    def detail(self, entry: ColleagueEntry) -> ColleagueDetail:
        """What the record says, in lines (a follow-up step needs no second request)."""
        if entry.kind == FOLLOW_UP:
            line = Message(
                FOLLOW_UP_LINE,
                at=minute_text(entry.at),
                author=entry.author_name,
                step=entry.state,
                note=entry.note or Message(NO_NOTE),
            )
            return ColleagueDetail(Message(FOLLOW_UP_TITLE, case_no=entry.about), (line,))
        document = self._ask(lambda client: remote.get_record(client, entry.kind, entry.key))
        assert isinstance(document, RecordDocument)
        try:
            if entry.kind == INSPECTION:
                return self._inspection(Inspection.from_json(document.body), document)
            return self._review(FileReview.from_json(document.body), document)
        except (KeyError, ValueError, TypeError) as error:
            raise ColleaguesError(Message(UNREADABLE, error=error)) from error

    def _inspection(self, inspection: Inspection, doc: RecordDocument) -> ColleagueDetail:
        passed, failed = inspection.summary()
        signed: str = Message(NOT_SIGNED)
        if inspection.state is InspectionState.SIGNED and inspection.signed_at:
            how = SIGNED_ON_PAPER if inspection.signature == "paper" else SIGNED_AT
            signed = Message(how, at=minute_text(inspection.signed_at))
        started = inspection.started_at.astimezone(CST)
        checked, items = len(inspection.findings), len(inspection.checklist.items)
        lines: list[str] = [
            Message(
                INSPECTOR_LINE,
                inspector=inspection.inspector.clerk_name,
                started=minute_text(started),
                signed=signed,
            ),
            Message(CHECKED_LINE, checked=checked, items=items, passed=passed, failed=failed),
        ]
        photos: list[str] = []
        for item in inspection.checklist.items:
            finding = inspection.findings.get(item.code)
            if finding is None:
                lines.append(Message(NOT_CHECKED, area=item.area, item=item.text))
                continue
            result = Message(PASSED if finding.passed else FAILED)
            line = Message(FINDING, result=result, area=item.area, item=item.text)
            if finding.note:
                line = Message(FINDING_NOTE, finding=line, note=finding.note)
            if finding.photos:
                line = Message(FINDING_PHOTOS, finding=line, photos=len(finding.photos))
            lines.append(line)
            photos += finding.photos
        title = Message(INSPECTION_TITLE, author=doc.author_name or doc.author)
        return ColleagueDetail(title, tuple(lines), tuple(photos))

    def _review(self, review: FileReview, doc: RecordDocument) -> ColleagueDetail:
        numbers = self.case_no_of(list(review.sample)) if self.case_no_of is not None else {}
        tally = review.tally()
        counts = join((Message(VERDICT_COUNT, verdict=v.label, count=n) for v, n in tally.items()), CLAUSES)
        lines: list[str] = [
            Message(
                REVIEWER_LINE,
                reviewer=review.reviewer.clerk_name,
                seed=review.seed,
                first=review.period_from.isoformat(),
                last=review.period_to.isoformat(),
            ),
            Message(SAMPLE_LINE, sampled=len(review.sample), reviewed=len(review.findings), tally=counts),
        ]
        for case_id in review.sample:
            shown = numbers.get(case_id) or Message(CASE_NOT_HERE, case_id=case_id[:8])
            finding = review.findings.get(case_id)
            if finding is None:
                lines.append(Message(NOT_REVIEWED, case=shown))
                continue
            verdict: str = finding.verdict.label
            if finding.issues:  # the reviewer's problems are the checklist's words (data)
                verdict = Message(VERDICT_PROBLEMS, verdict=verdict, problems="、".join(finding.issues))
            if finding.note:
                verdict = Message(VERDICT_NOTE, verdict=verdict, note=finding.note)
            lines.append(Message(VERDICT, case=shown, verdict=verdict))
        return ColleagueDetail(Message(REVIEW_TITLE, author=doc.author_name or doc.author), tuple(lines))
