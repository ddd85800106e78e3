"""Who is working at which window: the clerk's actor and the center's printed profile.

Services take a ``WindowContext`` so every event they produce records who, where and in which role
(regulation 000, Art. 20: 留痕).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile


@dataclass(frozen=True, slots=True)
class WindowContext:
    """The clerk logged in at this window, and the center whose name goes on every notice."""

    actor: Actor
    center: CenterProfile
    #: The role the clerk logged in with (``services.roles`` checks it); None before any login.
    login_role: Role | None = None

    @property
    def center_code(self) -> str:
        return self.actor.center_code

    @property
    def station_code(self) -> str:
        return self.actor.station_code

    def as_role(self, role: Role) -> WindowContext:
        """The same clerk acting in another role (an intake clerk covering the result window: AB岗)."""
        return replace(self, actor=replace(self.actor, role=role))
