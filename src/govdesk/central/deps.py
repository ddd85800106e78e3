"""FastAPI dependencies: the server context, the caller, and role checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from govdesk.central.auth import Principal, principal
from govdesk.central.context import Central
from govdesk.central.errors import ApiError
from govdesk.domain.messages import Message
from govdesk.protocol import ErrorBody, refusals

#: A file named by the SHA-256 of its content, in a path (scans, result documents, supervision files).
Sha = Annotated[str, Path(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")]

bearer = HTTPBearer(auto_error=False, description="access token from POST /api/v1/auth/login")


def get_central(request: Request) -> Central:
    central: Central = request.app.state.central
    return central


CentralDep = Annotated[Central, Depends(get_central)]


def current_principal(
    central: CentralDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal:
    return principal(central, credentials.credentials if credentials else None)


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: str) -> Callable[[Principal], Principal]:
    def check(who: PrincipalDep) -> Principal:
        if who.role not in roles:
            raise ApiError(403, "forbidden_role", Message(refusals.DEPS_FORBIDDEN_ROLE))
        return who

    return check


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` naming ErrorBody for the given statuses (422 replaces FastAPI's default schema)."""
    text = {
        400: "bad request",
        401: "not logged in, token expired or revoked",
        403: "role or center not allowed",
        404: "not found",
        409: "conflict with the server's state",
        410: "cursor older than the retained window",
        422: "invalid request",
        426: "client too old",
        429: "too many requests: wait and try again",
    }
    return {s: {"model": ErrorBody, "description": text.get(s, "error")} for s in (*statuses, 422, 426)}
