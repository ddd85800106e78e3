"""Logging in without the central server: a locally kept verifier of each clerk's password (issue 12).

At every successful login at the server, ``OfflineVerifiers.remember`` keeps for that clerk an argon2id hash of
the password (a slow, salted KDF: never the password, never a token), with who the server said the clerk is and
when. While the server cannot be reached, ``verify`` accepts the same password for ``valid_days`` after that
login. The file (``offline_logins.json`` in the settings directory) is readable by the user only (0600).

Repeated wrong passwords throttle: after ``FREE_FAILURES`` failures in a row for one username, each further
attempt waits ``THROTTLE_SECONDS`` doubled per failure (at most ``MAX_THROTTLE_SECONDS``); the count is kept in
the file, so closing the program does not reset it. A right password resets it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from govdesk.domain.clock import CST, Clock
from govdesk.domain.events import Role
from govdesk.domain.messages import Message, translate

NEVER_ONLINE = translate(
    "OfflineLoginService",
    "无法连接中心服务器，且该用户未在本机联网登录过，不能离线登录；请检查网络后再试",
    "services.offline_login.never_online",
)
TOO_MANY = translate("OfflineLoginService", "密码错误次数过多，请 {wait} 秒后再试", "services.offline_login.too_many")
EXPIRED = translate(
    "OfflineLoginService",
    "离线登录已过期：上次联网登录是 {last}，离线登录只在 {valid_days} 天内有效；请连接中心服务器后登录",
    "services.offline_login.expired",
)
WRONG_PASSWORD = translate(
    "OfflineLoginService",
    "密码错误（离线登录，中心服务器暂时无法连接）",
    "services.offline_login.wrong_password",
)

log = logging.getLogger(__name__)

FILE_NAME = "offline_logins.json"
FREE_FAILURES = 3
THROTTLE_SECONDS = 30
MAX_THROTTLE_SECONDS = 15 * 60

#: argon2id with argon2-cffi's RFC 9106 "low memory" profile (t=3, m=64 MiB, p=4): about 50-100 ms per check.
_HASHER = PasswordHasher()


class OfflineLoginRefused(Exception):
    """The offline login is refused; the message is Chinese and says why."""


@dataclass(frozen=True, slots=True)
class OfflineClerk:
    username: str
    display_name: str
    role: Role
    center_code: str
    logged_in_at: datetime  # the online login that made the verifier


class OfflineVerifiers:
    """The verifiers of the clerks who logged in online at this window. Blocking (argon2): run in an executor."""

    def __init__(self, config_dir: Path, clock: Clock, valid_days: int = 7) -> None:
        self.path = Path(config_dir) / FILE_NAME
        self.clock = clock
        self.valid_days = valid_days

    # --- the file ---

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("offline login verifiers unreadable (%s); starting afresh", error)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".offline-", suffix=".tmp", dir=self.path.parent)  # made 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # --- use ---

    def remember(self, username: str, password: str, display_name: str, role: Role, center_code: str) -> None:
        """A login at the server succeeded: keep a fresh verifier for ``username`` (and clear its failures)."""
        data = self._read()
        data[username] = {
            "verifier": _HASHER.hash(password),
            "display_name": display_name,
            "role": role.value,
            "center_code": center_code,
            "logged_in_at": self.clock.now().isoformat(),
            "failures": 0,
            "last_failure": "",
        }
        self._write(data)

    def forget(self, username: str) -> None:
        data = self._read()
        if data.pop(username, None) is not None:
            self._write(data)

    def verify(self, username: str, password: str) -> OfflineClerk:
        """The clerk, if ``password`` matches the verifier of a login within ``valid_days``; else
        ``OfflineLoginRefused`` in words (unknown, expired, wrong password, throttled)."""
        data = self._read()
        entry = data.get(username)
        if not isinstance(entry, dict):
            raise OfflineLoginRefused(Message(NEVER_ONLINE))
        now = self.clock.now()
        wait = self._throttle_left(entry, now)
        if wait > 0:
            raise OfflineLoginRefused(Message(TOO_MANY, wait=wait))
        logged_in_at = datetime.fromisoformat(entry["logged_in_at"])
        if now - logged_in_at > timedelta(days=self.valid_days):
            last = logged_in_at.astimezone(CST).strftime("%Y-%m-%d")
            raise OfflineLoginRefused(Message(EXPIRED, last=last, valid_days=self.valid_days))
        try:
            _HASHER.verify(entry["verifier"], password)
        except (VerificationError, InvalidHashError):
            entry["failures"] = int(entry.get("failures", 0)) + 1
            entry["last_failure"] = now.isoformat()
            self._write(data)
            raise OfflineLoginRefused(Message(WRONG_PASSWORD)) from None
        if entry.get("failures"):
            entry["failures"] = 0
            entry["last_failure"] = ""
            self._write(data)
        return OfflineClerk(
            username, str(entry["display_name"]), Role(entry["role"]), str(entry["center_code"]), logged_in_at
        )

    def _throttle_left(self, entry: dict[str, Any], now: datetime) -> int:
        failures = int(entry.get("failures", 0))
        if failures < FREE_FAILURES or not entry.get("last_failure"):
            return 0
        delay = min(THROTTLE_SECONDS * 2 ** (failures - FREE_FAILURES), MAX_THROTTLE_SECONDS)
        elapsed = (now - datetime.fromisoformat(entry["last_failure"])).total_seconds()
        return max(0, int(delay - elapsed + 0.999))
