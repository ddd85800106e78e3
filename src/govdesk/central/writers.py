"""Whose event it is at a shared window PC (AB岗, regulation 001): the clerk who wrote it, when the center can vouch
that this clerk sat at the device that pushes it.

A window's outbox holds the events of every clerk who worked at it, and whoever is logged in when the line returns
pushes them all, in order (the center takes a device's events in sequence). The center used to record every event
under the pushing user and check its kind against that user's role: an issuing clerk logging in at a PC that held an
intake clerk's offline cases had each ``case.drafted`` refused for good, and the cases never reached the back office.

The written actor is only a claim; the center believes it when it holds evidence: a login session of that user, of
the device's center and not revoked, used at this very device (``auth_sessions.device_id``: bound at the session's
first registration, push or pull with the device's key, or at the login itself when it presented the key) and alive
within ``WRITER_SEEN_FOR``. The role checked
against the kind is then that user's role as the center holds it, never the written one; the pushing user and session
are recorded beside the event (``events.pushed_by``, regulation 000 Art. 20 留痕). A name nobody used at this device —
a colleague's at another PC, a revoked account, an invented one — is not believed: the event is recorded under the
pushing user, as before. The clerks of one PC share it: a name written there by a colleague who also sat there is
believed, and the pushing user and session beside the event say who sent it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, bindparam, select, update
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.db import AuthSession, Device, User
from govdesk.central.security import token_hash

#: How long after a login at a device its user is believed as the writer of that device's events. An offline login is
#: allowed for days after an online one (settings ``offline_login_days``, 7 by default), and a township's line may be
#: down for longer still: a month is ample, and a clerk who has not logged in there since is not believed.
WRITER_SEEN_FOR = timedelta(days=30)
#: At most this many distinct written names are looked up for one batch (a hostile batch could name hundreds).
MAX_NAMES = 64

_USERS = cast(Table, User.__table__)
_SESSIONS = cast(Table, AuthSession.__table__)

_WRITERS = (
    select(_USERS.c.username, _USERS.c.display_name, _USERS.c.role, _USERS.c.center_code)
    .select_from(_SESSIONS.join(_USERS, _USERS.c.id == _SESSIONS.c.user_id))
    .where(
        _SESSIONS.c.device_id == bindparam("device_id"),
        _USERS.c.username.in_(bindparam("names", expanding=True)),
        _USERS.c.center_code == bindparam("center_code"),
        _USERS.c.revoked.is_(False),
        _SESSIONS.c.expires_at > bindparam("since"),
    )
    .distinct()
)
_BIND = (
    update(_SESSIONS)
    .where(and_(_SESSIONS.c.id == bindparam("session_id"), _SESSIONS.c.device_id.is_(None)))
    .values(device_id=bindparam("device_id"))
)


@dataclass(frozen=True, slots=True)
class Writer:
    """A user the center vouches for as the writer of a device's events: its own record of them."""

    username: str
    display_name: str
    role: str
    center_code: str


def device_at(session: Session, center_code: str, device_key: str | None) -> str | None:
    """The device of ``center_code`` whose key a login presented (it is bound to it), None for none or another's."""
    if not device_key:
        return None
    return session.scalar(
        select(Device.device_id).where(Device.key_hash == token_hash(device_key), Device.center_code == center_code)
    )


def bind_session(connection: Connection, who: Principal, device_id: str) -> bool:
    """Record that ``who``'s login was used at ``device_id`` (whose key the request presented), unless the login is
    bound already (to this device or, first, to another: never moved). Whether a row was written."""
    if who.session_device is not None or who.session_id <= 0:
        return False
    done = connection.execute(_BIND, {"session_id": who.session_id, "device_id": device_id})
    return bool(done.rowcount)


def written_names(events: Iterable[Mapping[str, Any]], pusher: str) -> list[str]:
    """The distinct ``actor.clerk_id``s of the raw events other than the pusher's, at most ``MAX_NAMES``."""
    names: list[str] = []
    for event in events:
        actor = event.get("actor")
        name = actor.get("clerk_id") if isinstance(actor, dict) else None
        if isinstance(name, str) and 0 < len(name) <= 64 and name != pusher and name not in names:
            names.append(name)
            if len(names) >= MAX_NAMES:
                break
    return names


def writers_at(
    connection: Connection, device_id: str, center_code: str, names: list[str], now: datetime
) -> dict[str, Writer]:
    """The users among ``names`` who logged in at ``device_id`` within ``WRITER_SEEN_FOR`` (one query)."""
    if not names:
        return {}
    rows = connection.execute(
        _WRITERS,
        {"device_id": device_id, "names": names, "center_code": center_code, "since": now - WRITER_SEEN_FOR},
    ).all()
    return {r.username: Writer(r.username, r.display_name, r.role, r.center_code) for r in rows}
