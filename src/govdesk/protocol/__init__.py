"""The sync protocol: the ONE module the client sync engine and the central server share.

Every body that crosses the wire between a window (``govdesk.sync``) and the central server (``govdesk.central``)
is a model below, so the two cannot drift. The server's OpenAPI document (``GET /openapi.json``) is generated from
these models and is the published contract.

Rules both sides rely on (DESIGN.md "Sync"):

- An event is a ``DomainEvent.to_json()`` document, wrapped in a ``PushEvent`` with the device's gap-free sequence
  number (1, 2, 3, ... per device, assigned when the event enters the outbox).
- The server stores each ``event_id`` once. Pushing it again answers ``duplicate`` with the first answer.
- Ordering rule of a push batch: events are answered in order. A *content* refusal (unknown kind, schema too new,
  wrong center, malformed event) is final for that event id and consumes its ``device_seq``: the rest of the batch
  goes on. A *sequence* refusal (``seq_gap``: a number was skipped; ``seq_regression``: a number already used comes
  back with an unknown event id, e.g. a device restored from an old backup) is not stored and, for a gap, every later
  event of the batch is refused the same way (they cannot be applied before the missing ones). The client resends
  from ``expected_seq`` given in the result's ``server_state``. A regression quarantines the device: the whole push
  (and every later request carrying the device's key) answers 403 ``device_quarantined`` until an admin re-enrols
  it; its next registration then answers a new device id and station code (``replaces``: the old id), and the
  window resends what was not accepted under them (``govdesk.central.quarantine``). A duplicate at the device's next
  ``device_seq`` consumes that number (a re-enrolled device resending an event the center already holds).
- A case number is unique per center: a ``case.drafted`` whose number another case holds is answered ``conflict``
  / ``case_no_taken``; the case is kept without a number until the window sends ``case.renumbered``.
- Back-office fields are the server's: a window never pushes ``case.in_review``, ``case.approved``,
  ``case.denied`` or ``case.result_ready``; those come back by pull as changes whose ``payload["event"]`` is the
  server's event (with its own ``event_id``), which the client appends to its log unchanged. Pushing such an event
  back is harmless: it answers ``duplicate``.
- Pull is by an opaque cursor, only for the caller's center, and only what concerns the calling window (it names
  itself by its device key): whole event documents for its own cases, state changes without them for the others,
  and the applicant's identity only where it hands the result off (``govdesk.central.changes``, regulation 000
  Art. 32). A window's own pushes do not come back, and of another window's case a page carries only the last
  plain state move (a move a later change of the case in the same page supersedes is left out; decisions, results
  and anything with words or the applicant are always sent). ``limit`` counts the changes looked at, so a page may
  send fewer; ``next_cursor`` is the last one looked at. ``410`` means the cursor is older than what the server keeps.
- A new window (no cursor), or one answered 410, bootstraps: ``GET /api/v1/sync/bootstrap`` gives the center's
  cases as compact rows in case_id order, a page at a time (keyset: ``after`` the last case_id it has), and the
  change cursor to pull from once the last page is in (read at the first page, echoed back on every later one).
- Pull and bootstrap answers are gzip-compressed when the request says ``Accept-Encoding: gzip``.
- Every 4xx/5xx body is an ``ErrorBody`` with a machine ``code`` and a Chinese ``message_zh`` for the clerk. Since
  2.1 it may also carry ``message_key`` and ``params`` (optional, additive: an older window ignores them): the key of
  the text declared in ``govdesk.protocol.refusals`` (or a domain catalog) and its placeholders' values as text, so a
  window says the refusal in its clerk's language. A window trusts neither: an unknown key, parameters that do not
  fit the template exactly, or oversized ones, and it shows ``message_zh`` (``govdesk.sync.server_words``).
- A client sends ``X-Govdesk-Client-Version``; below ``MIN_CLIENT_VERSION`` the server answers 426.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from govdesk.domain.event_kinds import BACK_OFFICE_KINDS as DOMAIN_BACK_OFFICE_KINDS

#: Version of this protocol. The server sends it back in the ``X-Govdesk-Protocol`` header. 2.0: the pull is
#: minimised (another station's case changes carry its state only, no event; issue 12) — a 1.x window, which expects
#: every change with its event, pauses in words instead of misreading them (``govdesk.sync.versioncheck``). 2.0
#: also reads the optional ``seq`` of pull and bootstrap (a restored PC is quarantined at its pull; issue 17).
#: 2.1: pull pages of up to ``MAX_PULL_LIMIT`` (2,000) changes looked at, and a superseded plain state move of another
#: window's case left out of a page (a 2.1 window asks a 2.0 server for ``PULL_LIMIT_2_0`` at most).
#: 2.2: a window device (``station`` scope, the default) pulls what concerns it — its stations' cases, the cases
#: ready or handed off at its center, every change naming no case — and the bootstrap and the G4 summary name the
#: ``scope`` and ``stations`` the server used, so the window hashes the same cases (a 2.1 window, which hashes every
#: case it holds, sees its G4 differ; it syncs as before otherwise).
PROTOCOL_VERSION = "2.2"
#: The oldest client version the server still talks to (older ones get 426 ``client_too_old``).
MIN_CLIENT_VERSION = "0.1.0"
#: Header carrying the client's program version.
CLIENT_VERSION_HEADER = "X-Govdesk-Client-Version"
#: Header carrying the server's protocol version.
PROTOCOL_HEADER = "X-Govdesk-Protocol"
#: The device key the server issued at registration: sent with every request of a registered device. A push on a
#: device bound to a key is refused without it (another PC cannot push under this device's id).
DEVICE_KEY_HEADER = "X-Govdesk-Device-Key"
#: The highest event schema version the server reads (``DomainEvent.schema_version``).
MAX_EVENT_SCHEMA_VERSION = 1
#: Largest push batch the server accepts.
MAX_PUSH_BATCH = 500
#: Largest pull page: changes looked at (a page sends fewer: a window's own pushes and superseded state moves of
#: other windows' cases are left out). 2,000 rather than 500: a county's burst is every window pulling every change,
#: and each page's fixed cost (the token, the device, the lane) was most of it (issue 17, ``load_central``).
MAX_PULL_LIMIT = 2_000
#: The largest pull page of a protocol 2.0 server (it refuses more, 422).
PULL_LIMIT_2_0 = 500
#: Largest bootstrap page (cases), and the page a window asks for.
MAX_BOOTSTRAP_LIMIT = 10_000
BOOTSTRAP_LIMIT = 5_000
#: Refresh tokens are kept by clients in Windows Credential Manager, which refuses secrets over 2,560 bytes.
MAX_REFRESH_TOKEN_BYTES = 2560

#: Event kinds only the server (back office) produces; a window pushing one is refused. They follow the domain's
#: naming (``case.<new state>``, payload ``{"from": ..., "to": ...}``), so the client can append them to its log.
BACK_OFFICE_KINDS: frozenset[str] = frozenset(DOMAIN_BACK_OFFICE_KINDS)


def parse_version(text: str) -> tuple[int, ...]:
    """``"0.1.0"`` -> ``(0, 1, 0)``; raises ``ValueError`` on anything else."""
    parts = text.strip().split(".")
    if not parts or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a version: {text!r}")
    return tuple(int(p) for p in parts)


def case_summary_hash(pairs: Iterable[tuple[str, str]]) -> str:
    """The G4 check: SHA-256 over ``case_id + "\\t" + state + "\\n"`` lines sorted by case_id (hex digest).

    Client and server compute it the same way over the cases of one center, so equal hashes mean equal states.
    """
    digest = hashlib.sha256()
    for case_id, state in sorted(pairs):
        digest.update(f"{case_id}\t{state}\n".encode())
    return digest.hexdigest()


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")  # forward compatible: a newer peer may add fields


# --- errors -----------------------------------------------------------------------------------------------------


class ErrorBody(_Model):
    """The body of every 4xx/5xx answer."""

    code: str = Field(description="machine-readable: token_expired, token_revoked, bad_credentials, client_too_old ...")
    message_zh: str = Field(description="what went wrong, in Chinese, for the clerk")
    detail: Any = Field(default=None, description="optional structured detail (e.g. validation errors)")
    message_key: str | None = Field(
        default=None,
        description="the stable key of the message (govdesk.protocol.refusals), so a window can say it in its "
        "clerk's language; absent when the server has no key for it",
    )
    params: dict[str, str] = Field(
        default_factory=dict, description="the message's placeholders and their values, as text (with message_key)"
    )


# --- auth ---------------------------------------------------------------------------------------------------------


class LoginRequest(_Model):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class RefreshRequest(_Model):
    refresh_token: str = Field(min_length=1, max_length=MAX_REFRESH_TOKEN_BYTES)


class LogoutRequest(_Model):
    refresh_token: str = Field(min_length=1, max_length=MAX_REFRESH_TOKEN_BYTES)


class UserInfo(_Model):
    username: str
    display_name: str
    role: str
    center_code: str
    department: str = Field(default="", description="a back-office user's department code; * every department")


class TokenResponse(_Model):
    """``access_token`` is short-lived (HMAC-signed); ``refresh_token`` is short and opaque (only its hash is kept)."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime
    user: UserInfo


class OkResponse(_Model):
    ok: bool = True


# --- devices ------------------------------------------------------------------------------------------------------


class DeviceRegisterRequest(_Model):
    device_id: str | None = Field(
        default=None, max_length=64, description="the device's own id on re-register; omitted the first time"
    )
    name: str = Field(default="", max_length=128, description="host name or a label")
    window: str = Field(default="", max_length=32, description="window number at the hall, e.g. '3号窗口'")


class DeviceRegisterResponse(_Model):
    device_id: str
    center_code: str
    station_code: str = Field(description="unique within the center; part of every case number made on the device")
    last_seq: int = Field(description="the last device_seq the server holds (0: none); a restored device compares")
    registered_at: datetime
    device_key: str = Field(
        default="",
        description=f"a key the server made, when the registration presented none in {DEVICE_KEY_HEADER} (a window "
        "presents its own, kept before registering): keep it and send it with every request",
    )
    status: str = Field(
        default="active",
        max_length=16,
        description="active: may sync; pending: waiting for an admin's approval (pushes answer 403 device_pending)",
    )
    replaces: str = Field(
        default="",
        max_length=64,
        description="re-enrolment after a quarantine: the device id this new identity replaces (the one registered "
        "with); resend every event not yet accepted under the new id from device_seq 1",
    )


# --- push ---------------------------------------------------------------------------------------------------------


class PushStatus(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    REFUSED = "refused"
    CONFLICT = "conflict"


class PushEvent(_Model):
    event_id: str = Field(min_length=1, max_length=64)
    device_id: str = Field(min_length=1, max_length=64)
    device_seq: int = Field(ge=1, description="gap-free per device, from 1")
    schema_version: int = Field(ge=1)
    client_time: datetime
    event: dict[str, Any] = Field(description="DomainEvent.to_json()")


class ChainAnchor(_Model):
    """Where the batch's last event sits in the window's hash chain (``store/chain.py``): the server signs it back
    in the batch's receipt (``domain/trust.py``)."""

    event_id: str = Field(min_length=1, max_length=64)
    position: int = Field(ge=1)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class PushRequest(_Model):
    device_id: str = Field(min_length=1, max_length=64)
    events: list[PushEvent] = Field(max_length=MAX_PUSH_BATCH)
    anchor: ChainAnchor | None = Field(default=None, description="the chain position of the batch's last event")


class PushResult(_Model):
    event_id: str
    status: PushStatus
    code: str = Field(default="", description="machine-readable reason for refused/conflict, e.g. seq_gap")
    reason: str = Field(default="", description="in Chinese, for the clerk")
    message_key: str | None = Field(
        default=None, description="the reason's stable key (govdesk.protocol.refusals), as in ErrorBody"
    )
    params: dict[str, Any] = Field(
        default_factory=dict,
        description="the reason's parameters, as text (typed loosely so that one odd value cannot make a window "
        "refuse the whole batch's answer: a window says the reason in words only when every value is text)",
    )
    server_seq: int | None = Field(default=None, description="the server's receipt number of the stored event")
    server_time: datetime
    first_answer: PushResult | None = Field(default=None, description="for duplicate: the answer given the first time")
    server_state: dict[str, Any] | None = Field(
        default=None, description="for conflict and sequence refusals: what the server holds (who, when, expected_seq)"
    )


class BatchReceiptModel(_Model):
    """``domain.trust.BatchReceipt`` as it travels: signed by the center's key (``GET /trust/center-key``)."""

    center_code: str
    device_id: str
    first_seq: int
    last_seq: int
    event_id: str
    chain_position: int
    chain_hash: str
    issued_at: str
    key_id: str
    signature: str


class PushResponse(_Model):
    results: list[PushResult]
    server_time: datetime
    receipt: BatchReceiptModel | None = Field(
        default=None, description="signed when the request carried an anchor on its last event and that was stored"
    )


class CenterKeyResponse(_Model):
    """The center's public Ed25519 key: it signs batch receipts and notice key certificates."""

    algorithm: str = "Ed25519"
    public_key: str = Field(description="raw 32-byte key, base64")
    key_id: str


class NoticeKeyRequest(_Model):
    """A window asks the center to certify its notice signing key (raw Ed25519 public key, base64)."""

    device_id: str = Field(min_length=1, max_length=64)
    public_key: str = Field(min_length=40, max_length=64)


class NoticeKeyCertificateModel(_Model):
    """``domain.trust.NoticeKeyCertificate`` as it travels."""

    serial: str
    center_code: str
    station_code: str
    device_id: str
    public_key: str
    not_before: str
    not_after: str
    issuer_key_id: str
    signature: str


#: At most this many certificates or receipts in one page of a listing (a few hundred kilobytes).
MAX_TRUST_PAGE = 1000


class NoticeKeyRevocationModel(_Model):
    """``domain.trust.NoticeKeyRevocation`` as it travels, signed by the center's key when it is served."""

    center_code: str
    public_key: str
    device_id: str
    station_code: str
    revoked_at: str
    invalid_from: str
    reason_code: str
    reason: str
    revoked_by: str
    issuer_key_id: str
    signature: str


class NoticeKeyDirectory(_Model):
    """The center's certified notice keys (a page, oldest first) and every revocation of the caller's center: what a
    window needs to check any notice of its center offline (``printing.notice_keys``)."""

    center_code: str
    certificates: list[NoticeKeyCertificateModel]
    revocations: list[NoticeKeyRevocationModel]
    next_after: int | None = Field(default=None, description="pass as ``after`` for the next page; null: no more")
    cursor: int = Field(
        default=0, description="the last certificate served (or the ``after`` given): a window asks from it next time"
    )


class RevokeNoticeKeyRequest(_Model):
    """An admin revokes a window's notice key: every key the center certified for ``device_id`` and not yet revoked."""

    device_id: str = Field(min_length=1, max_length=64)
    reason_code: str = Field(pattern=r"^(compromised|retired|superseded|other)$")
    reason: str = Field(min_length=1, max_length=200, description="in words, kept with who and when")
    invalid_from: datetime | None = Field(
        default=None, description="notices dated from this day on are not believed; default the revocation's moment"
    )


class NoticeKeyView(_Model):
    """A certificate the center issued, and its revocation if any (the admin's listing)."""

    serial: str
    device_id: str
    station_code: str
    key_id: str
    not_before: str
    not_after: str
    issued_by: str
    revoked_at: str | None = None
    revoked_by: str | None = None
    reason: str | None = None


class ReceiptList(_Model):
    """The receipts the center signed for one device (a page, in the order they were issued) and its re-enrolment
    links, for an auditor comparing a PC with the center (``govdesk db verify --center``)."""

    device_id: str
    station_code: str
    replaces: str | None = None
    replaced_by: str | None = None
    receipts: list[BatchReceiptModel]
    next_after: int | None = Field(default=None, description="pass as ``after`` for the next page; null: no more")


# --- pull ---------------------------------------------------------------------------------------------------------


class ChangeKind(StrEnum):
    DECISION = "decision"  # approved / denied by the back office, or review started
    RESULT_READY = "result_ready"
    CATALOG = "catalog"  # a new catalog version: fetch GET /api/v1/catalog/latest
    CALENDAR = "calendar"  # a new calendar version: fetch GET /api/v1/calendar/latest
    MESSAGE = "message"
    # A window's push moved a case; payload has state, kind, case_no, device_id, station_code, item_code, and the event
    # for the window whose case it is (``govdesk.central.changes``). The pushing window does not get it back.
    CASE_STATE = "case_state"


class Change(_Model):
    cursor: str
    kind: ChangeKind
    case_id: str | None = None
    payload: dict[str, Any]
    server_time: datetime


#: The pull scope a server names in a pull page, a bootstrap page and a G4 summary (2.2): ``station`` (the cases
#: taken in at ``stations`` and those that are or have been ready for hand-off) or ``center`` (every case of the
#: center). A 2.1 server names none: ``center``.
SCOPE_DESCRIPTION = "station: the cases of `stations` and those ready or handed off; center: every case of the center"


class PullResponse(_Model):
    changes: list[Change]
    next_cursor: str
    has_more: bool
    scope: str = Field(default="center", description=SCOPE_DESCRIPTION)
    stations: list[str] = Field(default_factory=list, description="the device's stations, its own first")


class CaseSnapshot(_Model):
    case_id: str
    case_no: str
    state: str
    center_code: str
    item_code: str
    department: str
    applicant_name: str
    updated_at: datetime


class SnapshotResponse(_Model):
    cases: list[CaseSnapshot]
    cursor: str = Field(description="continue pulling from here")
    catalog_version: str | None
    calendar_version: str | None
    server_time: datetime


class ResultFileInfo(_Model):
    """The result document (the licence's scan or PDF) a result window may read and show before handing over."""

    sha256: str = Field(pattern="^[0-9a-f]{64}$")
    content_type: str
    size: int
    licence_no: str = ""


class HandoffParty(_Model):
    """What the result window needs of the applicant to hand a result off: the name, the ID to check at pickup
    (证件类型 and number), the phone for the SMS notice. Sent only for a case ready for hand-off at the window's center
    to a role that may hand off, or for the window's own cases (regulation 000 Art. 32)."""

    kind: str = "person"
    name: str = ""
    id_type: str = ""
    id_number: str = ""
    phone: str = ""
    result_name: str = Field(default="", description="the result to hand over (证照或批文), from the approval")
    result_file: ResultFileInfo | None = Field(
        default=None, description="the result document the back office uploaded (read it at /api/v1/attachments/…)"
    )


class BootstrapRow(NamedTuple):
    """One case of the center as the bootstrap sends it: a JSON array, in this order (compact: a million of them)."""

    case_id: str
    case_no: str
    state: str
    item_code: str
    department: str
    station_code: str
    updated_at: datetime
    commitment_open: bool
    applicant: HandoffParty | None  # only where the window needs it (``HandoffParty``)


class BootstrapPage(_Model):
    center_code: str
    scope: str = Field(default="center", description=SCOPE_DESCRIPTION)
    stations: list[str] = Field(default_factory=list, description="the device's stations, its own first")
    rows: list[BootstrapRow]
    cursor: str = Field(description="the change cursor to pull from once the last page is in (read at the first page)")
    next_after: str = Field(description="the last case_id of this page: ask for the next page after it")
    has_more: bool
    catalog_version: str | None
    calendar_version: str | None
    server_time: datetime
    messages: list[Change] = Field(
        default_factory=list, description="on the last page: the center's newest messages before the cursor"
    )


class SummaryResponse(_Model):
    center_code: str
    count: int
    hash: str = Field(description="case_summary_hash over (case_id, state) of the cases in `scope`")
    scope: str = Field(default="center", description=SCOPE_DESCRIPTION)
    stations: list[str] = Field(default_factory=list, description="the device's stations, its own first")


# --- catalog and calendar -----------------------------------------------------------------------------------------


class DocumentUpload(_Model):
    version: str = Field(min_length=1, max_length=64)
    document: dict[str, Any]


class VersionedDocument(_Model):
    version: str
    document: dict[str, Any]
    sha256: str
    published_at: datetime
    published_by: str


# --- back office --------------------------------------------------------------------------------------------------


class QueueEntry(_Model):
    case_id: str
    case_no: str
    state: str
    item_code: str
    department: str
    applicant_name: str
    station_code: str
    submitted_at: datetime | None
    claimed_by: str


class QueueResponse(_Model):
    """One page of the back-office queue, oldest submission first (keyset on submitted_at, case_id)."""

    cases: list[QueueEntry]
    total: int = Field(default=0, description="cases in the queue (with the filter) when this page was read")
    next_cursor: str | None = Field(default=None, description="pass as cursor for the next page; null: the last page")
    department: str = Field(
        default="", description="the department the server limited the queue to (the user's; * every department)"
    )


class DecideRequest(_Model):
    decision: Literal["approve", "deny"]
    result_name: str = Field(default="", max_length=200, description="the result document or licence (approve)")
    reason: str = Field(default="", max_length=1000, description="why (required to deny)")


class CaseActionResponse(_Model):
    case_id: str
    state: str
    event_id: str
    change_cursor: str


# --- SMS and messages ---------------------------------------------------------------------------------------------


class SmsRequest(_Model):
    request_id: str = Field(min_length=1, max_length=64, description="client-made id: a retry never sends twice")
    phone: str = Field(min_length=1, max_length=20)
    text: str = Field(min_length=1, max_length=500)
    case_id: str | None = Field(default=None, max_length=64)


class SmsResponse(_Model):
    sms_id: int
    status: Literal["sent", "failed"]
    message_id: str
    error: str = ""


class MessageRequest(_Model):
    text: str = Field(min_length=1, max_length=1000)
    case_id: str | None = Field(default=None, max_length=64)


PushResult.model_rebuild()
