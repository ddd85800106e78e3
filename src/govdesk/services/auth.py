"""Logging a clerk in at the central server, or offline against a local verifier (AuthService of DESIGN.md).

The refresh token goes to the OS keyring under the server's address (never the database, settings or logs);
the access token lives only in the sync client's memory. When the server cannot be reached, the clerk logs in
against the verifier kept at the last online login (``services.offline_login``), for a set number of days.
Logging out revokes the refresh token at the server too (``POST /auth/logout``), then forgets it here.
No password goes to a plain ``http://`` address other than loopback, nor past a certificate that fails verification
(``govdesk.sync.transport``): the login is refused in words, and not tried offline (the address must be fixed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from govdesk.domain.events import Actor, Role
from govdesk.domain.messages import Message, said, translate
from govdesk.services.credentials import CredentialError, CredentialStore, CredentialTokens
from govdesk.services.errors import ServiceError
from govdesk.services.offline_login import OfflineLoginRefused, OfflineVerifiers
from govdesk.services.settings import SettingsStore
from govdesk.sync.client import SyncClient
from govdesk.sync.errors import NetworkError, ServerError, SyncError

LOGOUT_UNCONFIRMED = translate(
    "AuthService",
    "未能通知中心服务器注销（{error}）；本机已退出登录",
    "services.auth.logout_unconfirmed",
)

NO_CREDENTIALS = translate("AuthService", "请输入用户名和密码", "services.auth.no_credentials")

log = logging.getLogger(__name__)


class LoginFailed(ServiceError):
    """The login did not succeed; the message is Chinese and says why (wrong password, server unreachable...)."""


@dataclass(frozen=True, slots=True)
class Clerk:
    username: str
    display_name: str
    role: Role
    center_code: str
    #: Logged in against the local verifier (the server could not be reached).
    offline: bool = False

    def actor(self, station_code: str, window: str) -> Actor:
        return Actor(self.username, self.display_name, self.role, self.center_code, station_code, window)


def account_for(server_url: str) -> str:
    """The keyring account under which this window keeps its refresh token for ``server_url``."""
    return server_url.rstrip("/")


class AuthService:
    """Blocking calls: the UI runs them in an executor. ``verifiers`` None: online logins only."""

    def __init__(
        self,
        server_url: str,
        credentials: CredentialStore,
        verifiers: OfflineVerifiers | None = None,
        *,
        ca_bundle: str = "",
        device_key: Callable[[], str | None] | None = None,
    ) -> None:
        self.server_url = server_url
        #: This PC's device key when it has one (``device_key_of``): sent with the login, which the center then binds
        #: to this PC, so a colleague may push this clerk's offline work under their name (AB岗,
        #: ``govdesk.central.writers``). Asked for at each login: the database may open after the lock screen shows.
        self.device_key = device_key
        #: The CA bundle the server's certificate is checked against (settings ``ca_bundle``; "" the system's).
        self.ca_bundle = ca_bundle
        self.tokens = CredentialTokens(credentials, account_for(server_url))
        self.verifiers = verifiers

    def login(self, username: str, password: str) -> Clerk:
        username = username.strip()
        if not username or not password:
            raise LoginFailed(Message(NO_CREDENTIALS))
        client = SyncClient(self.server_url, tokens=self.tokens, ca_bundle=self.ca_bundle)
        if (key := self._device_key()) is not None:
            client.use_device_key(key)
        try:
            reply = client.login(username, password)
        except (NetworkError, ServerError) as error:
            if self.verifiers is None:
                raise LoginFailed(said(error)) from error
            log.info("central server unreachable; trying the offline login", extra={"event": "login_offline"})
            return self._login_offline(username, password)
        except SyncError as error:
            raise LoginFailed(said(error)) from error
        finally:
            client.close()
        try:
            role = Role(reply.user.role)
        except ValueError:
            role = Role.INTAKE
        clerk = Clerk(reply.user.username, reply.user.display_name, role, reply.user.center_code)
        if self.verifiers is not None:
            try:
                self.verifiers.remember(username, password, clerk.display_name, clerk.role, clerk.center_code)
            except OSError as error:  # the login stands; only the next offline login is not possible
                log.warning("offline login verifier not kept: %s", error)
        return clerk

    def _device_key(self) -> str | None:
        if self.device_key is None:
            return None
        try:
            return self.device_key()
        except Exception:  # the login goes on without it (only AB岗's evidence is missing): never a failed login
            log.warning("device key not read for the login", exc_info=True)
            return None

    def _login_offline(self, username: str, password: str) -> Clerk:
        assert self.verifiers is not None
        try:
            found = self.verifiers.verify(username, password)
        except OfflineLoginRefused as refused:
            raise LoginFailed(said(refused)) from refused
        return Clerk(found.username, found.display_name, found.role, found.center_code, offline=True)

    def logout(self) -> str:
        """End this window's session at the server (its refresh token revoked there) and forget the token here.
        "" when done; otherwise why the server could not be told (the token is forgotten here all the same)."""
        client = SyncClient(self.server_url, tokens=self.tokens, ca_bundle=self.ca_bundle)
        try:
            client.logout()
        except SyncError as error:
            log.warning("logout not confirmed by the server: %s", error, extra={"event": "logout_unconfirmed"})
            return Message(LOGOUT_UNCONFIRMED, error=error)
        except CredentialError as error:
            return str(error)
        finally:
            client.close()
            try:
                self.tokens.delete_refresh_token()
            except CredentialError as error:
                log.warning("refresh token not deleted: %s", error)
        return ""

    def forget_session(self) -> None:
        """Forget this window's refresh token without telling the server (another clerk logged in offline)."""
        try:
            self.tokens.delete_refresh_token()
        except CredentialError as error:
            log.warning("refresh token not deleted: %s", error)

    def has_login(self) -> bool:
        return self.tokens.get_refresh_token() is not None


def sign_in(auth: AuthService, settings_store: SettingsStore, username: str, password: str) -> Clerk:
    """The window's login (blocking: the UI runs it on the operations gateway's network lane): the clerk logged in
    at the server or offline (``LoginFailed`` says why not), and remembered in the settings for the next start.

    An offline login by another clerk than the last one forgets the refresh token kept for the last one: events must
    not reach the server under that name. The settings file failing to be written does not undo the login (only the
    name offered at the next start is lost)."""
    clerk = auth.login(username, password)
    settings = settings_store.settings
    if clerk.offline and settings.last_clerk.get("username") != clerk.username:
        auth.forget_session()
    settings.last_clerk = {
        "username": clerk.username,
        "display_name": clerk.display_name,
        "role": clerk.role.value,
        "center_code": clerk.center_code,
    }
    try:
        settings_store.save()
    except OSError as error:  # the login works all the same
        log.warning("settings not saved after login: %s", error)
    return clerk
