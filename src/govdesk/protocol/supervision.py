"""The body of the central server's supervision statistics (``GET /api/v1/statistics/supervision``), shared by the
server (``central/statistics.py``) and the window (``services/supervision_center.py``) so the two cannot drift."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ActivityCount(_Model):
    """Events of one kind made by one clerk at one window in the period (by when the server received them)."""

    window: str = Field(default="", max_length=64)
    clerk_id: str = Field(default="", max_length=64)
    clerk_name: str = Field(default="", max_length=64)
    kind: str = Field(max_length=64)
    count: int = Field(ge=0)


class StateCount(_Model):
    """Unfinished cases of the center in one state, per department (now)."""

    department: str = Field(default="", max_length=128)
    state: str = Field(max_length=32)
    count: int = Field(ge=0)


class UnclaimedCase(_Model):
    """A case transferred to the back office and not claimed within the limit (a step's overrun)."""

    case_id: str
    case_no: str
    department: str
    item_code: str
    station_code: str
    submitted_at: datetime


class RatingCount(_Model):
    """Ratings given in the period at one window, to one clerk, for one item (its code; "" when not known)."""

    window: str = ""
    clerk_id: str = ""
    clerk_name: str = ""
    item_code: str = ""
    count: int = Field(ge=0)
    good: int = Field(default=0, ge=0)  # 1-2 (满意及以上)
    bad: int = Field(ge=0)  # 4-5 (差评)
    total: int = Field(ge=0)  # sum of the ratings (1 best … 5 worst)


class SupervisionStatistics(_Model):
    center_code: str
    first: date
    last: date
    as_of: datetime
    activity: list[ActivityCount]
    states: list[StateCount]
    unclaimed: list[UnclaimedCase]
    open_commitments: int = Field(ge=0)
    ratings: list[RatingCount]


ReminderLevel = Literal["red", "yellow", "step"]


class ClerkReminderRequest(_Model):
    """``POST /api/v1/supervision/reminders``: remind the clerk of a case by SMS. The server makes the text from its
    own records and sends it to the number it registered for the clerk; the window names only which case, whom, and
    what its card says (the level and the promised date, which the server does not keep)."""

    request_id: str = Field(min_length=1, max_length=64, description="client-made id: a retry never sends twice")
    case_id: str = Field(min_length=1, max_length=64)
    clerk: str = Field(min_length=1, max_length=64, description="the clerk's username at the center")
    level: ReminderLevel = "red"
    due: date | None = None


class ClerkReminderResponse(_Model):
    status: Literal["sent", "failed"]
    clerk_name: str = Field(default="", max_length=64)
    phone: str = Field(default="", max_length=20, description="the number texted, masked (138****1234)")
    error: str = ""
