"""Where the clerk's login survives a restart: the OS keyring, behind an interface, with a visible fallback.

Only the short refresh token the central server issues at login is kept (Windows Credential Manager refuses
secrets over 2,560 bytes, PLATFORM.md); never a password, never in the database, the settings or a log. The local
database's encryption key lives here too (``database_key``), never beside the database.

- ``CredentialStore``: the interface the auth service uses (Vorta's ``keyring/abc.py``).
- ``KeyringCredentialStore``: the OS keyring through the ``keyring`` package.
- ``MemoryOnlyCredentialStore``: used when the OS has no keyring (``NoKeyringError``). The login then lasts
  for this run only, and ``warning`` carries the words the status bar shows — never a silent downgrade.
- ``open_credential_store()`` picks one; ``register_keyring_backends()`` chooses the OS backend explicitly (keyring's
  discovery is slow, and PyInstaller drops the entry points it goes by).
"""

from __future__ import annotations

import base64
import importlib
import logging
import sys
from pathlib import Path
from typing import Protocol, runtime_checkable

import keyring
import keyring.backend
import keyring.errors

from govdesk.domain.messages import Message, translate
from govdesk.services.errors import ServiceError

EMPTY = translate("CredentialService", "登录凭据为空，无法保存", "services.credentials.empty")
TOO_LONG = translate(
    "CredentialService",
    "登录凭据过长（{count} 字符，最多 {limit}），只应保存刷新令牌",
    "services.credentials.too_long",
)
CANNOT_READ = translate("CredentialService", "无法读取系统密钥环：{error}", "services.credentials.cannot_read")
CANNOT_WRITE = translate("CredentialService", "无法写入系统密钥环：{error}", "services.credentials.cannot_write")
CANNOT_DELETE = translate(
    "CredentialService",
    "无法删除系统密钥环中的凭据：{error}",
    "services.credentials.cannot_delete",
)

log = logging.getLogger(__name__)

SERVICE_NAME = "govdesk"

#: A refresh token longer than this is refused: it would not fit every OS keyring (PLATFORM.md).
MAX_TOKEN_LENGTH = 1024

#: The SQLCipher key's length (``store.crypto.KEY_BYTES``; base64 in the keyring: 44 characters).
DATABASE_KEY_BYTES = 32

FALLBACK_WARNING = "未找到系统密钥环：登录凭据仅保存在本次运行中"

#: The OS keyring backends the program chooses from, per platform (``sys.platform`` prefix → module:class;
#: ``register_keyring_backends``).
#: The PyInstaller spec lists the same modules as hidden imports.
FROZEN_KEYRING_BACKENDS: dict[str, tuple[str, ...]] = {
    "win32": ("keyring.backends.Windows:WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS:Keyring",),
    "linux": ("keyring.backends.SecretService:Keyring", "keyring.backends.kwallet:DBusKeyring"),
}


class CredentialError(ServiceError):
    """The credential store could not do what was asked; ``str()`` is a message for the clerk."""


@runtime_checkable
class CredentialStore(Protocol):
    #: True when a stored token survives a restart.
    persistent: bool
    #: Words for the clerk when the store is degraded (shown in the status bar), else None.
    warning: str | None

    def get_refresh_token(self, account: str) -> str | None: ...

    def set_refresh_token(self, account: str, token: str) -> None: ...

    def delete_refresh_token(self, account: str) -> None: ...


def _check_token(token: str) -> None:
    if not token:
        raise CredentialError(Message(EMPTY))
    if len(token) > MAX_TOKEN_LENGTH:
        raise CredentialError(Message(TOO_LONG, count=len(token), limit=MAX_TOKEN_LENGTH))


class KeyringCredentialStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service) via ``keyring``."""

    persistent = True
    warning: str | None = None

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None, service: str = SERVICE_NAME) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._service = service

    @property
    def backend_name(self) -> str:
        cls = type(self._backend)
        return f"{cls.__module__}.{cls.__qualname__}"

    def get_refresh_token(self, account: str) -> str | None:
        try:
            return self._backend.get_password(self._service, account)
        except keyring.errors.KeyringError as exc:
            raise CredentialError(Message(CANNOT_READ, error=exc)) from exc

    def set_refresh_token(self, account: str, token: str) -> None:
        _check_token(token)
        try:
            self._backend.set_password(self._service, account, token)
        except keyring.errors.KeyringError as exc:
            raise CredentialError(Message(CANNOT_WRITE, error=exc)) from exc

    def delete_refresh_token(self, account: str) -> None:
        try:
            self._backend.delete_password(self._service, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already the state asked for
        except keyring.errors.KeyringError as exc:
            raise CredentialError(Message(CANNOT_DELETE, error=exc)) from exc


class CredentialTokens:
    """The engine's ``TokenStore`` on the OS keyring (``CredentialStore``), under one account name (here, not in
    ``services.sync_service``, so the login imports no store: issue 15)."""

    def __init__(self, credentials: CredentialStore, account: str) -> None:
        self.credentials = credentials
        self.account = account

    def get_refresh_token(self) -> str | None:
        return self.credentials.get_refresh_token(self.account)

    def set_refresh_token(self, token: str) -> None:
        self.credentials.set_refresh_token(self.account, token)

    def delete_refresh_token(self) -> None:
        self.credentials.delete_refresh_token(self.account)


class MemoryOnlyCredentialStore:
    """Tokens in this process's memory only: a restart asks the clerk to log in again. Visible by design."""

    persistent = False

    def __init__(self, warning: str = FALLBACK_WARNING) -> None:
        self.warning: str | None = warning
        self._tokens: dict[str, str] = {}

    def get_refresh_token(self, account: str) -> str | None:
        return self._tokens.get(account)

    def set_refresh_token(self, account: str, token: str) -> None:
        _check_token(token)
        self._tokens[account] = token

    def delete_refresh_token(self, account: str) -> None:
        self._tokens.pop(account, None)


def open_credential_store(backend: keyring.backend.KeyringBackend | None = None) -> CredentialStore:
    """The OS keyring if it answers, else the memory-only store (with its warning, also logged).

    ``backend`` defaults to keyring's chosen backend; with no OS keyring that is ``keyring.backends.fail.Keyring``,
    whose every call raises ``NoKeyringError``.
    """
    store = KeyringCredentialStore(backend)
    try:
        store.get_refresh_token("__govdesk_probe__")
    except CredentialError as exc:
        if isinstance(exc.__cause__, keyring.errors.NoKeyringError):
            log.warning("no OS keyring (%s): credentials are kept for this run only", store.backend_name)
        else:
            log.warning("the OS keyring failed (%s): credentials are kept for this run only", exc.__cause__)
        return MemoryOnlyCredentialStore()
    log.info("credentials are kept in the OS keyring (%s)", store.backend_name)
    return store


def frozen_backend_names(platform: str | None = None) -> tuple[str, ...]:
    """The ``module:Class`` names of the keyring backends for ``platform`` (default: this one)."""
    platform = platform or sys.platform
    for prefix, names in FROZEN_KEYRING_BACKENDS.items():
        if platform.startswith(prefix):
            return names
    return ()


def register_keyring_backends() -> str | None:
    """Choose keyring's backend explicitly, from this platform's OS backends (``FROZEN_KEYRING_BACKENDS``), instead
    of keyring's discovery: that walks every installed distribution's entry points and imports every backend, the
    macOS one running ``ldconfig`` and a compiler to look for its library (about 0.1 s of a start on Linux, issue 15);
    in a frozen build the entry points are gone altogether (PLATFORM.md).

    Left as it is: a backend chosen already (a test's, an earlier call), and one configured the way keyring documents
    (``PYTHON_KEYRING_BACKEND``, ``keyringrc.cfg``), which keyring's own loaders read. With no usable OS backend,
    keyring's failing backend (every call raises ``NoKeyringError``: ``open_credential_store`` falls back visibly),
    as discovery gives. Returns the name of the backend set, or None when one was chosen already."""
    import keyring.core

    if getattr(keyring.core, "_keyring_backend", None) is not None:
        return None
    chosen: keyring.backend.KeyringBackend | None = keyring.core.load_env() or keyring.core.load_config()
    if chosen is None:
        for name in frozen_backend_names():
            module_name, _, class_name = name.partition(":")
            try:
                cls = getattr(importlib.import_module(module_name), class_name)
                priority = cls.priority  # raises (or is below 0) when the backend cannot work here
            except Exception as exc:
                log.info("keyring backend %s is not usable here: %s", name, exc)
                continue
            if priority > 0 and (chosen is None or priority > chosen.priority):
                chosen = cls()
    if chosen is None:
        import keyring.backends.fail

        log.info("no OS keyring backend is usable here")
        chosen = keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]
    keyring.set_keyring(chosen)
    cls = type(chosen)
    return f"{cls.__module__}.{cls.__qualname__}"


# --- the local database's key (store.crypto) ----------------------------------------------------------------------

#: Words for the status bar when the OS has no keyring: the database cannot be encrypted (a key kept only in
#: memory would lose every case at the next start), so it stays plain and the clerk and the admin are told.
NO_KEYRING_FOR_DATABASE = "未找到系统密钥环：本机数据库未加密，请联系管理员启用系统密钥环"


def database_key_account(db_path: Path) -> str:
    """The keyring account of one database's key: its absolute path (a database moved elsewhere needs its key
    moved with ``govdesk db`` … or re-registration; see ``StoreKeyMissing``)."""
    return f"database-key:{Path(db_path).resolve()}"


def database_key(
    db_path: Path, backend: keyring.backend.KeyringBackend | None = None, *, create: bool = True
) -> tuple[bytes | None, str | None]:
    """(key, warning): the database's SQLCipher key from the OS keyring, made and kept there on first use.

    Returns (None, words) when the OS has no usable keyring: the caller opens the database plain (an encrypted one
    is then refused by ``open_store`` with ``StoreKeyMissing``). A key is made only when ``create`` and the file
    is new or plain; for an existing encrypted file without a key none is made (that would only hide the loss).
    """
    from govdesk.store.crypto import FileState, file_state, new_key

    store = KeyringCredentialStore(backend)
    account = database_key_account(db_path)
    try:
        text = store._backend.get_password(store._service, account)
    except keyring.errors.KeyringError as exc:
        log.warning("no OS keyring for the database key (%s): the database stays unencrypted", exc)
        return None, NO_KEYRING_FOR_DATABASE
    if text:
        try:
            key = base64.b64decode(text, validate=True)
        except ValueError:
            key = b""
        if len(key) == DATABASE_KEY_BYTES:
            return key, None
        log.error("the database key in the keyring is damaged (%d characters)", len(text))
        return None, None  # an encrypted database is then refused in words; a plain one opens as it is
    if not create or file_state(Path(db_path)) is FileState.ENCRYPTED:
        return None, None
    key = new_key()
    try:
        store._backend.set_password(store._service, account, base64.b64encode(key).decode())
        # read back: a backend that accepts and forgets (or truncates) must not lose the database
        if store._backend.get_password(store._service, account) != base64.b64encode(key).decode():
            raise keyring.errors.KeyringError("the key read back differs from the key written")
    except keyring.errors.KeyringError as exc:
        log.warning("the OS keyring cannot keep the database key (%s): the database stays unencrypted", exc)
        return None, NO_KEYRING_FOR_DATABASE
    log.info("a new database key was made and kept in the OS keyring")
    return key, None
