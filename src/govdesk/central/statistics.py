"""Supervision statistics of one center, computed in SQL on SQLite and PostgreSQL (issue 13; regulation 000 Art. 50:
电子监察). ``GET /api/v1/statistics/supervision?first=…&last=…``: role supervisor or admin; the center is always the
caller's own (never a parameter); the period at most 366 days.

- activity per window and clerk: applied events by kind, in the period by when the server received them (an
  offline window's events count on the day they arrived), over ``ix_events_center_kind_received`` (revision 0014);
  the clerk is the authenticated sender the server recorded, the window the one the device was registered at;
- unfinished cases per department and state, now; transferred cases not claimed within ``CLAIM_HOURS``; open 容缺
  promises;
- 好差评 per window and clerk in the period.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Index, Integer, and_, func, select
from sqlalchemy.orm import Session

from govdesk.central.auth import Principal
from govdesk.central.db import CaseRow, Device, StoredEvent, User
from govdesk.central.deps import CentralDep, errors, require_roles
from govdesk.central.errors import ApiError
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.messages import Message
from govdesk.protocol import refusals
from govdesk.protocol.supervision import (
    ActivityCount,
    RatingCount,
    StateCount,
    SupervisionStatistics,
    UnclaimedCase,
)

router = APIRouter(prefix="/api/v1")
#: Revision 0014's indexes, declared on the models' tables so the metadata matches the migrations.
EVENTS_INDEX = Index(
    "ix_events_center_kind_received", StoredEvent.center_code, StoredEvent.kind, StoredEvent.received_at
)
CASES_INDEX = Index("ix_cases_center_state", CaseRow.center_code, CaseRow.state)
Supervisor = Annotated[Principal, Depends(require_roles("supervisor", "admin"))]
CST = ZoneInfo("Asia/Shanghai")
#: The kinds counted per window and clerk (the window's dashboard columns).
ACTIVITY_KINDS = (
    EventKind.DRAFTED,
    EventKind.ACCEPTED,
    EventKind.ACCEPTED_CONDITIONAL,
    EventKind.NOTIFIED,
    EventKind.REJECTED,
    EventKind.COMPLETED,
    EventKind.SUBMITTED,
    EventKind.HANDED_OFF,
)
EVALUATED = EventKind.EVALUATED
#: The states counted "now": cases not finished (a center's finished millions are history, read by period instead;
#: served by ``ix_cases_center_state``).
OPEN_STATES = ("draft", "accepted", "accepted_conditional", "submitted", "in_review", "approved", "result_ready")
#: A transferred case the back office has not claimed in this long is a step overrun.
CLAIM_HOURS = 24
MAX_DAYS = 366
UNCLAIMED_LIMIT = 500


def statistics(
    session: Session, center: str, first: date, last: date, now: datetime, claim_hours: int = CLAIM_HOURS
) -> SupervisionStatistics:
    start = datetime.combine(first, time(0), tzinfo=CST).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=CST).astimezone(UTC)
    in_period = and_(
        StoredEvent.center_code == center,
        StoredEvent.status == "applied",
        StoredEvent.received_at >= start,
        StoredEvent.received_at < end,
    )
    # Who and where from plain columns, no JSON read per event: the authenticated sender (``pushed_by``, the actor
    # the server records) and the device it came from; names and windows from the center's users and devices.
    device, clerk = StoredEvent.device_id, StoredEvent.pushed_by
    windows = dict(session.execute(select(Device.device_id, Device.window).where(Device.center_code == center)).all())
    names = dict(session.execute(select(User.username, User.display_name).where(User.center_code == center)).all())
    activity = [
        (windows.get(d, "") if d else "", c, names.get(c, c), k, x)
        for d, c, k, x in session.execute(
            select(device, clerk, StoredEvent.kind, func.count())
            .where(in_period, StoredEvent.kind.in_(ACTIVITY_KINDS))
            .group_by(device, clerk, StoredEvent.kind)
        ).all()
    ]
    states = session.execute(
        select(CaseRow.department, CaseRow.state, func.count())
        .where(CaseRow.center_code == center, CaseRow.state.in_(OPEN_STATES))
        .group_by(CaseRow.department, CaseRow.state)
    ).all()
    unclaimed = session.execute(
        select(
            CaseRow.case_id,
            CaseRow.case_no,
            CaseRow.department,
            CaseRow.item_code,
            CaseRow.station_code,
            CaseRow.submitted_at,
        )
        .where(
            CaseRow.center_code == center,
            CaseRow.state == "submitted",
            CaseRow.claimed_by == "",
            CaseRow.submitted_at < now - timedelta(hours=claim_hours),
        )
        .order_by(CaseRow.submitted_at)
        .limit(UNCLAIMED_LIMIT)
    ).all()
    commitments = session.scalar(
        select(func.count()).select_from(CaseRow).where(CaseRow.center_code == center, CaseRow.commitment_open)
    )
    rating = StoredEvent.document[("payload", "rating")].as_integer()  # read on the period's ratings only
    ratings = [  # per window, clerk and item (the case's first item: a rated case's projection)
        (windows.get(d, "") if d else "", c, names.get(c, c), i, x, g, b, t)
        for d, c, i, x, g, b, t in session.execute(
            select(
                device,
                clerk,
                CaseRow.item_code,
                func.count(),
                func.sum(func.cast(rating <= 2, Integer)),
                func.sum(func.cast(rating >= 4, Integer)),
                func.sum(rating),
            )
            .select_from(StoredEvent)
            .outerjoin(CaseRow, CaseRow.case_id == StoredEvent.case_id)
            .where(in_period, StoredEvent.kind == EVALUATED)
            .group_by(device, clerk, CaseRow.item_code)
        ).all()
    ]
    return SupervisionStatistics(
        center_code=center,
        first=first,
        last=last,
        as_of=now,
        activity=[
            ActivityCount(window=w or "", clerk_id=c or "", clerk_name=n or "", kind=k, count=int(x))
            for w, c, n, k, x in activity
        ],
        states=[StateCount(department=d or "", state=s, count=int(x)) for d, s, x in states],
        unclaimed=[
            UnclaimedCase(case_id=i, case_no=no, department=d, item_code=it, station_code=st, submitted_at=at)
            for i, no, d, it, st, at in unclaimed
            if at is not None
        ],
        open_commitments=int(commitments or 0),
        ratings=[
            RatingCount(
                window=w or "",
                clerk_id=c or "",
                clerk_name=n or "",
                item_code=i or "",
                count=int(x),
                good=int(g or 0),
                bad=int(b or 0),
                total=int(t or 0),
            )
            for w, c, n, i, x, g, b, t in ratings
        ],
    )


@router.get(
    "/statistics/supervision",
    tags=["statistics"],
    operation_id="supervisionStatistics",
    responses=errors(400, 401, 403),
)
def supervision_statistics(
    who: Supervisor,
    central: CentralDep,
    first: Annotated[date, Query(description="first day (China Standard Time)")],
    last: Annotated[date, Query(description="last day, inclusive")],
) -> SupervisionStatistics:
    if last < first:
        raise ApiError(400, "bad_period", Message(refusals.BAD_PERIOD, last=last.isoformat(), first=first.isoformat()))
    if (last - first).days > MAX_DAYS:
        raise ApiError(400, "bad_period", Message(refusals.STATISTICS_BAD_PERIOD, max_days=MAX_DAYS))
    with central.tx() as session:
        return statistics(session, who.center_code, first, last, central.now())
