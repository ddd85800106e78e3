"""The central server's tables (SQLAlchemy 2) and the engine set-up.

Designed for several server processes on one PostgreSQL database: nothing that must be shared lives in a process.
Each event id is stored once (UNIQUE), device sequences and case projections are checked under row locks
(``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite serializes writers, and every SQLite transaction here begins
IMMEDIATE so a read never has to be upgraded to a write lock half-way).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic_core import from_json, to_json
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    false,
    insert,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored in UTC; SQLite hands them back naive, so UTC is re-attached on the way out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the central database")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Small settings shared by every server process (e.g. the token signing key)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Named counters. The ``change`` row is locked while a change is written, so change cursors become visible
    in order even with several server processes (a reader never skips a change committed late)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Center(Base):
    __tablename__ = "centers"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(32))
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    password_hash: Mapped[str] = mapped_column(String(256))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Revision 0019: the department a back-office user reviews for (the catalog's department code, what
    # ``cases.department`` holds), ``*`` for every department of the center, "" for none (sees no case).
    department: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # Revision 0024: the staff member's mobile number as an admin registered it (``user set-phone``), for the
    # supervisor's 催办 reminder (issue 13); NULL: none registered.
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)


class AuthSession(Base):
    """One login: the refresh token's hash (the token itself is never stored). Revoking it ends its access tokens."""

    __tablename__ = "auth_sessions"
    __table_args__ = (Index("ix_auth_sessions_device_user", "device_id", "user_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Revision 0026: the device the login was used at (the first whose key it presented: registration, push or pull),
    # NULL until then. The evidence that a clerk sat at a window PC, for AB岗 (``govdesk.central.writers``).
    device_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class RefreshToken(Base):
    """Every refresh token a login was given (its SHA-256 only). A token is used once: refreshing replaces it, and
    a replaced one coming back (beyond a short grace for a lost reply) ends the login — a copy is in other hands."""

    __tablename__ = "refresh_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("auth_sessions.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    replaced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class LoginAttempt(Base):
    """Every login tried, with its outcome: the audit of logins, and what the lock-out counts (GB/T 22239-2019 level 3
    登录失败处理; regulation 000 Art. 20 留痕). ``username`` is what was typed (an unknown one too)."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_username_at", "username", "at"),
        Index("ix_login_attempts_address_at", "address", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    outcome: Mapped[str] = mapped_column(String(16))  # ok | bad_password | unknown_user | disabled | locked


class Device(Base):
    __tablename__ = "devices"
    __table_args__ = (UniqueConstraint("center_code", "station_code", name="uq_devices_center_station"),)
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    station_code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128), default="")
    window: Mapped[str] = mapped_column(String(32), default="")
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    registered_by: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    alert: Mapped[str] = mapped_column(Text, default="")  # last sequence anomaly (gap, restore from old backup)
    # SHA-256 of the device key issued at registration; NULL for a device registered before revision 0006 (unbound
    # until the user who registered it registers it again).
    key_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Revision 0010 (``central.quarantine``): pending (waiting for an admin's approval) | active | quarantined (a
    # sequence regression: refused everything) | reenrol (an admin allowed its re-enrolment) | retired (replaced
    # by ``replaced_by``). ``status_at``/``status_by``/``status_reason``: when, who and why it got that status.
    status: Mapped[str] = mapped_column(String(16), default="active", server_default="active")
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    status_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    status_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    replaced_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    replaces: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Revision 0025 (``central.changes``: a window pulls what concerns it): ``station`` (a window PC) or ``center``
    # (a hall or supervision desk: every change of its center). Set by an admin, never by a client.
    scope: Mapped[str] = mapped_column(String(8), default="station", server_default="station")


class StoredEvent(Base):
    """Every event the server answered for, pushed by a window or made by the back office, stored ONCE."""

    __tablename__ = "events"
    server_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    device_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    device_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    case_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    center_code: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # applied | refused | conflict
    code: Mapped[str] = mapped_column(String(32), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    server_state: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Who really sent it (regulation 000 Art. 20 留痕): the authenticated user and login session of the push, or the
    # back-office user; NULL for events stored before revision 0002. ``written_actor``: the actor the window wrote,
    # kept when it differs from the one the server recorded in ``document``.
    pushed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    pushed_by_user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pushed_session_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    written_actor: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class CaseRow(Base):
    """The server's projection of a case, built from its events (for the back office, snapshots and G4)."""

    __tablename__ = "cases"
    # The bootstrap's keyset pages (``govdesk.central.snapshot``): a center's cases in case_id order (revision 0012);
    # the back-office queue's pages (revisions 0011, 0019): only the cases waiting for the back office (to decide, or
    # to make the result of a decision);
    # a case number is unique per center (revision 0010): a second case with it is refused, never renamed.
    __table_args__ = (
        Index("ix_cases_center_case", "center_code", "case_id"),
        Index(
            "ix_cases_queue",
            "center_code",
            "submitted_at",
            "case_id",
            sqlite_where=text("state IN ('submitted', 'in_review', 'approved', 'denied')"),
            postgresql_where=text("state IN ('submitted', 'in_review', 'approved', 'denied')"),
        ),
        Index(
            "uq_cases_center_case_no",
            "center_code",
            "case_no",
            unique=True,
            sqlite_where=text("case_no != ''"),
            postgresql_where=text("case_no != ''"),
        ),
    )
    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32), index=True)
    case_no: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(32))
    item_code: Mapped[str] = mapped_column(String(64), default="")
    department: Mapped[str] = mapped_column(String(128), default="")
    applicant_name: Mapped[str] = mapped_column(String(128), default="")
    station_code: Mapped[str] = mapped_column(String(16), default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    claimed_by: Mapped[str] = mapped_column(String(64), default="")
    handoff: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # who handed it off, when, how
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # 容缺受理 whose commitment is not closed yet: no hand-off (revision 0007)
    commitment_open: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The number the window gave it when another case of the center already had that number (revision 0010): the
    # case is kept without a number until the window renumbers it (``case.renumbered``).
    case_no_refused: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ChangeRow(Base):
    """What windows pull. ``center_code`` NULL: for every center (catalog, calendar).

    Revision 0025: ``station_code`` is the station the change's case was taken in at (NULL: names no case);
    ``wide``: the change goes to every window of its center (``govdesk.central.changes``: a station window's page
    reads its stations' rows, the wide rows and the NULL center's, each an ordered range of an index)."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_changes_center_seq", "center_code", "seq"),
        Index("ix_changes_station_seq", "center_code", "station_code", "seq"),
        Index("ix_changes_wide_seq", "center_code", "wide", "seq"),
    )
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    center_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    server_time: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)  # pruning by age
    station_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    wide: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class DocumentRow(Base):
    """Catalog and calendar versions (JSON documents)."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("doc_type", "version", name="uq_documents_type_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_type: Mapped[str] = mapped_column(String(16))  # catalog | calendar
    version: Mapped[str] = mapped_column(String(64))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())
    published_by: Mapped[str] = mapped_column(String(64))


class SmsRow(Base):
    """Every SMS sent through the server, with its status."""

    __tablename__ = "sms_messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(64), unique=True)
    center_code: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    phone: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # queued | sent | failed
    message_id: Mapped[str] = mapped_column(String(128), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    sent_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


metadata = Base.metadata


def dump_json(value: Any) -> str:
    """The text of a JSON column (compact, Chinese kept as characters); about twice as fast as ``json.dumps``."""
    return to_json(value).decode()


#: The execution option of a read-only transaction (``Central.read``): a plain deferred BEGIN on SQLite, where every
#: other transaction begins IMMEDIATE. Under a county's burst every pull, queue page and token check took the write
#: lock and waited in SQLite's busy handler behind the townships' pushes (issue 17, ``benchmarks/load_central``).
READ_ONLY = "govdesk_read_only"


def make_engine(db_url: str) -> Engine:
    """An engine for ``sqlite:///path`` (WAL, foreign keys, IMMEDIATE transactions) or ``postgresql+psycopg://``."""
    if db_url.startswith("sqlite"):
        engine = create_engine(
            db_url,
            connect_args={"check_same_thread": False, "timeout": 30},
            json_serializer=dump_json,
            json_deserializer=from_json,  # a JSON column read back about 3× as fast as ``json.loads``
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            # 16 MB of pages per connection: the pool keeps up to 15 connections, and at 64 MB each a county's burst
            # (60,000 events pulled by 40 windows) grew the server past 450 MB (issue 17); the OS caches the file.
            cursor.execute("PRAGMA cache_size=-16384")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # A writer takes the write lock at once (two writers never meet mid-transaction); a reader
            # (``READ_ONLY``) begins deferred, so in WAL it neither waits for a writer nor holds one up.
            conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")

        return engine
    return create_engine(db_url, pool_pre_ping=True, json_serializer=dump_json, json_deserializer=from_json)


def _converter(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy would do to a bound value of this type on this dialect (JSON: ``dump_json``)."""
    if isinstance(type_, JSON):
        return dump_json
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    last_in: list[Any] = [object(), None]

    def convert(value: Any) -> Any:  # a batch repeats one value (its ``now``) in every row: convert it once
        if value is not last_in[0]:
            last_in[0], last_in[1] = value, process(value)
        return last_in[1]

    return convert


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) in the session's transaction with ONE DBAPI ``executemany``.

    The values are converted as SQLAlchemy would (the columns' bind processors, JSON through ``dump_json``), but
    once per column instead of SQLAlchemy's per-row parameter machinery, which cost more than SQLite's own work
    for a push batch. The statement is compiled by SQLAlchemy for the dialect (SQLite ``?``, psycopg ``%(name)s``).
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    sql, positional, keys = _insert_sql(table, dialect, tuple(rows[0]))
    converters = [(k, _converter(table.c[k].type, dialect)) for k in keys]
    plain = [k for k, c in converters if c is None]
    converted = [(k, c) for k, c in converters if c is not None]
    params: list[Any] = []
    for row in rows:
        values = {k: row[k] for k in plain}
        for k, convert in converted:
            values[k] = convert(row[k])
        params.append(tuple([values[k] for k in keys]) if positional else values)
    connection.exec_driver_sql(sql, params)


_INSERTS: dict[tuple[str, str, tuple[str, ...]], tuple[str, bool, list[str]]] = {}


def _insert_sql(table: Table, dialect: Dialect, columns: tuple[str, ...]) -> tuple[str, bool, list[str]]:
    """The INSERT's text for the dialect, whether its parameters are positional, and their order (compiled once)."""
    key = (table.name, dialect.name, columns)
    if key not in _INSERTS:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        order = list(compiled.positiontup or []) if compiled.positional else list(columns)
        _INSERTS[key] = (str(compiled), compiled.positional, order)
    return _INSERTS[key]
