"""Administration used by the CLI (and tests): centers and users."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from govdesk.central.db import AuthSession, Center, User
from govdesk.central.security import hash_password

ROLES = ("intake", "issuing", "supervisor", "back_office", "admin")
ROLE_LABELS = {
    "intake": "综合受理",
    "issuing": "出件窗口",
    "supervisor": "现场巡查",
    "back_office": "后台审批",
    "admin": "管理员",
}


class AdminError(Exception):
    """A Chinese message for the administrator."""


#: Every department of the center (a township's 综合审批 reviewer): ``users.department``.
ALL_DEPARTMENTS = "*"
_DEPARTMENT = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def check_department(role: str, department: str) -> str:
    """A user's department: a back-office user needs one (the catalog's department code, as ``cases.department``
    holds it, or ``*`` for every department); other roles have none."""
    department = department.strip()
    if role != "back_office":
        if department:
            raise AdminError("只有后台审批账号设置所属部门")
        return ""
    if not department:
        raise AdminError("后台审批账号须设置所属部门：--department 部门编码（与事项目录一致），或 * 表示本中心全部部门")
    if department != ALL_DEPARTMENTS and not _DEPARTMENT.match(department):
        raise AdminError(
            f"部门编码“{department[:40]}”不正确：应为 1–32 位字母、数字、下划线或短横线（与事项目录一致），或 *"
        )
    return department


@dataclass(frozen=True, slots=True)
class UserView:
    username: str
    display_name: str
    role: str
    center_code: str
    revoked: bool
    department: str = ""
    phone: str = ""  # the mobile number registered for reminders (revision 0024), "" when none


def add_center(session: Session, code: str, name: str, now: datetime) -> None:
    code = code.strip()
    if not code or len(code) > 32 or not code.isalnum():
        raise AdminError(f"中心代码“{code}”无效：只能由字母和数字组成，最长 32 个字符")
    if not name.strip():
        raise AdminError("中心名称不能为空")
    if session.get(Center, code) is not None:
        raise AdminError(f"中心 {code} 已存在")
    session.add(Center(code=code, name=name.strip(), created_at=now))
    session.flush()


def add_user(
    session: Session,
    username: str,
    display_name: str,
    role: str,
    center_code: str,
    password: str,
    now: datetime,
    *,
    password_hash: str | None = None,
    department: str = "",
) -> None:
    """Add a user. ``password_hash`` (an argon2 hash of ``password`` made elsewhere) skips hashing here;
    ``department``: a back-office user's (``check_department``)."""
    username = username.strip()
    if not username or len(username) > 64:
        raise AdminError("用户名不能为空，最长 64 个字符")
    if role not in ROLES:
        raise AdminError(f"角色“{role}”无效，可选：{'、'.join(ROLES)}")
    if session.get(Center, center_code) is None:
        raise AdminError(f"中心 {center_code} 不存在，请先用 govdesk central center add 添加")
    department = check_department(role, department)
    if len(password) < 8:
        raise AdminError("密码至少 8 个字符")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise AdminError(f"用户 {username} 已存在")
    session.add(
        User(
            username=username,
            display_name=display_name.strip() or username,
            role=role,
            center_code=center_code,
            password_hash=password_hash or hash_password(password),
            revoked=False,
            created_at=now,
            department=department,
        )
    )
    session.flush()


def list_users(session: Session) -> list[UserView]:
    rows = session.scalars(select(User).order_by(User.center_code, User.username)).all()
    return [
        UserView(u.username, u.display_name, u.role, u.center_code, u.revoked, u.department, u.phone or "")
        for u in rows
    ]


def set_department(session: Session, username: str, department: str) -> str:
    """Move a back-office user to ``department`` (held from their next request on: the server reads it with every
    request). Returns the department set."""
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise AdminError(f"用户 {username} 不存在")
    user.department = check_department(user.role, department)
    return user.department


#: A mainland mobile number: 11 digits, 1 then 3–9 (what the windows' ``IdKind.MOBILE`` accepts).
MOBILE = re.compile(r"^1[3-9]\d{9}$")


def set_phone(session: Session, username: str, phone: str) -> str:
    """Register the staff member's mobile number (spaces and dashes as typed are dropped); a supervisor's 催办
    reminder goes to it (issue 13). Returns the number kept."""
    number = re.sub(r"[\s-]", "", phone)
    if not MOBILE.match(number):
        raise AdminError(f"手机号码“{phone.strip()[:20]}”格式不正确，应为 11 位手机号码（如 13812345678）")
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise AdminError(f"用户 {username} 不存在")
    user.phone = number
    return number


def revoke_user(session: Session, username: str, now: datetime) -> None:
    """Disable the account and end all its logins at once (its access tokens answer token_revoked)."""
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise AdminError(f"用户 {username} 不存在")
    user.revoked = True
    revoke_user_sessions(session, user.id, now)


def revoke_user_sessions(session: Session, user_id: int, now: datetime) -> None:
    session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
