"""What each role may see and do at a window: the ONE table (issue 12, "the desktop knows who is working").

``WORKSPACES_BY_ROLE`` says which workspaces (by registry key, ``ui/workspace.py``) a role sees; the main window
hides the others. ``OPERATIONS_BY_ROLE`` says which service operations a role may make; the services check it
(``require``), so a role that the UI would not offer a command is also refused when the call comes another way.

The role checked is the one the clerk logged in with (``WindowContext.login_role``), not the role a service acts
in: ``HandoffService`` records every event in the 出件 role, whoever is logged in.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from govdesk.domain.events import Role
from govdesk.domain.messages import Message, translate

NOT_ALLOWED = translate(
    "RoleService",
    "{role}不能{operation}，只有{allowed}可以；请由有权限的工作人员登录（切换用户）后办理",
    "services.roles.not_allowed",
)

if TYPE_CHECKING:
    from govdesk.services.window import WindowContext


class Operation(StrEnum):
    DECIDE = "intake.decide"  # 受理决定: accept, notify, 容缺, reject (综合受理)
    HAND_OVER = "handoff.hand_over"  # 出件: window, proxy, mail, locker


#: Workspace keys each role sees, in navigation order. An admin sees all of them; the back office sees its own
#: (后台审批: regulation 002 三 (二)), and a window clerk does not.
WORKSPACES_BY_ROLE: dict[Role, tuple[str, ...]] = {
    Role.INTAKE: ("intake", "commitments"),
    Role.ISSUING: ("handoff", "commitments"),
    Role.SUPERVISOR: ("supervision",),
    Role.ADMIN: ("intake", "handoff", "commitments", "backoffice", "supervision"),
    Role.BACK_OFFICE: ("backoffice",),
    Role.SYSTEM: (),
}

OPERATIONS_BY_ROLE: dict[Role, frozenset[Operation]] = {
    Role.INTAKE: frozenset({Operation.DECIDE}),
    Role.ISSUING: frozenset({Operation.HAND_OVER}),
    Role.SUPERVISOR: frozenset(),
    Role.ADMIN: frozenset(Operation),
    Role.BACK_OFFICE: frozenset(),
    Role.SYSTEM: frozenset(),
}

ROLE_NAMES: dict[Role, str] = {
    Role.INTAKE: Message(translate("RoleName", "综合受理员", "services.roles.role.intake")),
    Role.ISSUING: Message(translate("RoleName", "出件窗口工作人员", "services.roles.role.issuing")),
    Role.SUPERVISOR: Message(translate("RoleName", "现场监督人员", "services.roles.role.supervisor")),
    Role.ADMIN: Message(translate("RoleName", "管理员", "services.roles.role.admin")),
    Role.BACK_OFFICE: Message(translate("RoleName", "后台审批人员", "services.roles.role.back_office")),
    Role.SYSTEM: Message(translate("RoleName", "系统", "services.roles.role.system")),
}

OPERATION_NAMES: dict[Operation, str] = {
    Operation.DECIDE: Message(translate("RoleName", "作出受理决定", "services.roles.operation.decide")),
    Operation.HAND_OVER: Message(translate("RoleName", "办理出件", "services.roles.operation.hand_over")),
}


class RoleRefused(Exception):
    """The logged-in clerk's role may not make this operation; the message is Chinese and says who may."""


def workspaces_for(role: Role) -> tuple[str, ...]:
    return WORKSPACES_BY_ROLE.get(role, ())


def may(role: Role, operation: Operation) -> bool:
    return operation in OPERATIONS_BY_ROLE.get(role, frozenset())


def require(window: WindowContext, operation: Operation) -> None:
    """Raise ``RoleRefused`` unless the clerk logged in at ``window`` may make ``operation``. Before any login
    (a test's or a service's own window) the actor's role is the one checked."""
    role = window.login_role or window.actor.role
    if may(role, operation):
        return
    allowed = "、".join(ROLE_NAMES[r] for r, ops in OPERATIONS_BY_ROLE.items() if operation in ops)
    raise RoleRefused(
        Message(
            NOT_ALLOWED, role=ROLE_NAMES.get(role, role.value), operation=OPERATION_NAMES[operation], allowed=allowed
        )
    )
