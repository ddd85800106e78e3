"""Logging a clerk in at the central server (AuthService of DESIGN.md).

The refresh token goes to the OS keyring under the server's address (never the database, settings or logs);
the access token lives only in the sync client's memory. Work never waits for a login: a window that is offline,
or whose login expired, keeps taking cases, and they sync once a clerk logs in again.
"""

from __future__ import annotations

from dataclasses import dataclass

from govdesk.domain.events import Actor, Role
from govdesk.services.credentials import CredentialStore
from govdesk.services.sync_service import CredentialTokens
from govdesk.sync.client import SyncClient
from govdesk.sync.errors import SyncError


class LoginFailed(Exception):
    """The login did not succeed; the message is Chinese and says why (wrong password, server unreachable...)."""


@dataclass(frozen=True, slots=True)
class Clerk:
    username: str
    display_name: str
    role: Role
    center_code: str

    def actor(self, station_code: str, window: str) -> Actor:
        return Actor(self.username, self.display_name, self.role, self.center_code, station_code, window)


def account_for(server_url: str) -> str:
    """The keyring account under which this window keeps its refresh token for ``server_url``."""
    return server_url.rstrip("/")


class AuthService:
    """Blocking calls: the UI runs them in an executor."""

    def __init__(self, server_url: str, credentials: CredentialStore) -> None:
        self.server_url = server_url
        self.tokens = CredentialTokens(credentials, account_for(server_url))

    def login(self, username: str, password: str) -> Clerk:
        if not username.strip() or not password:
            raise LoginFailed("请输入用户名和密码")
        client = SyncClient(self.server_url, tokens=self.tokens)
        try:
            reply = client.login(username.strip(), password)
        except SyncError as error:
            raise LoginFailed(str(error)) from error
        finally:
            client.close()
        try:
            role = Role(reply.user.role)
        except ValueError:
            role = Role.INTAKE
        return Clerk(reply.user.username, reply.user.display_name, role, reply.user.center_code)

    def logout(self) -> None:
        """Forget this window's refresh token (the server's session ends when it expires or is revoked)."""
        self.tokens.delete_refresh_token()

    def has_login(self) -> bool:
        return self.tokens.get_refresh_token() is not None
