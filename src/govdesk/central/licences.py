"""电子证照: a licence library the windows look up, so a material found there is not asked of the applicant.

Regulation 000 Art. 31 (materials obtained by data sharing are not asked again) and regulation 001 (一平台共享:
证照 shared through one platform). A province connects its real 电子证照库 behind the same route; the reference server
keeps a simulated library (``licences``, seeded for the demo by ``seed_demo``), looked up by material and holder.
Only window roles of a center may look up, one holder at a time (never a list of a library's holders).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import Date, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from govdesk.central.db import Base
from govdesk.central.deps import CentralDep, PrincipalDep, errors
from govdesk.central.errors import ApiError
from govdesk.domain.messages import Message
from govdesk.protocol import refusals
from govdesk.protocol.attachments import LicenceLookup

LOOKUP_ROLES = frozenset({"intake", "issuing"})
SOURCE = "电子证照库"


class LicenceRow(Base):
    """One licence of the (simulated) 电子证照库: which material it serves as, and for whom."""

    __tablename__ = "licences"
    licence_no: Mapped[str] = mapped_column(String(64), primary_key=True)
    material_code: Mapped[str] = mapped_column(String(64), index=True)
    licence_name: Mapped[str] = mapped_column(String(128))
    holder_id_number: Mapped[str] = mapped_column(String(32), index=True)
    holder_name: Mapped[str] = mapped_column(String(128))
    issuer: Mapped[str] = mapped_column(String(128))
    valid_until: Mapped[date | None] = mapped_column(Date(), nullable=True)


def lookup(session: Session, material_code: str, holder_id: str, today: date) -> LicenceLookup:
    """The holder's valid licence serving as ``material_code``, if the library has one."""
    rows = session.scalars(
        select(LicenceRow)
        .where(LicenceRow.material_code == material_code, LicenceRow.holder_id_number == holder_id.upper())
        .order_by(LicenceRow.licence_no)
    ).all()
    for row in rows:
        if row.valid_until is None or row.valid_until >= today:
            return LicenceLookup(
                found=True,
                material_code=material_code,
                licence_no=row.licence_no,
                licence_name=row.licence_name,
                holder_name=row.holder_name,
                issuer=row.issuer,
                source=SOURCE,
                valid_until=row.valid_until,
            )
    return LicenceLookup(found=False, material_code=material_code, source=SOURCE)


#: The demo's library: (licence number, material, name, holder id, holder, issuer, valid until).
DEMO_LICENCES: tuple[tuple[str, str, str, str, str, str, date | None], ...] = (
    ("HK-411221-2019-004512", "household_register", "居民户口簿", "110101199003071234", "李四", "渑池县公安局", None),
    ("JH-411221-2020-000731", "marriage_cert", "结婚证", "110101199003071234", "李四", "渑池县民政局", None),
    (
        "91411221MA9XK3L20T",
        "business_license",
        "营业执照",
        "110101199003071234",
        "李四",
        "渑池县市场监督管理局",
        date(2046, 5, 31),
    ),
    (
        "CJ-41122119800101002X",
        "disability_cert",
        "中华人民共和国残疾人证",
        "41122119800101002X",
        "王芳",
        "渑池县残联",
        None,
    ),
)


def seed_demo(session: Session, extra_holders: tuple[tuple[str, str], ...] = ()) -> int:
    """Fill the simulated library (idempotent): the fixed demo licences, and a 居民户口簿 for each (id, name) of
    ``extra_holders`` (the demo's sample applicants). Returns how many rows were added."""
    rows = list(DEMO_LICENCES)
    for i, (id_number, name) in enumerate(extra_holders, start=1):
        rows.append((f"HK-DEMO-{i:06d}", "household_register", "居民户口簿", id_number, name, "渑池县公安局", None))
    added = 0
    for licence_no, code, title, holder_id, holder, issuer, until in rows:
        if session.get(LicenceRow, licence_no) is None:
            session.add(
                LicenceRow(
                    licence_no=licence_no,
                    material_code=code,
                    licence_name=title,
                    holder_id_number=holder_id,
                    holder_name=holder,
                    issuer=issuer,
                    valid_until=until,
                )
            )
            added += 1
    return added


router = APIRouter(prefix="/api/v1", tags=["licences"])


@router.get("/licences/lookup", operation_id="lookupLicence", responses=errors(401, 403))
def lookup_route(
    who: PrincipalDep,
    central: CentralDep,
    material: Annotated[str, Query(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")],
    holder_id: Annotated[str, Query(min_length=5, max_length=32, pattern=r"^[0-9A-Za-z\-]+$")],
) -> LicenceLookup:
    if who.role not in LOOKUP_ROLES:
        raise ApiError(403, "forbidden_role", Message(refusals.LICENCES_FORBIDDEN_ROLE))
    today = central.now().date()
    with central.tx() as session:
        return lookup(session, material, holder_id, today)
