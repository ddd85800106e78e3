"""Credentials: the OS keyring behind an interface, and the visible fallback when there is none."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from govdesk.services.credentials import (
    FALLBACK_WARNING,
    MAX_TOKEN_LENGTH,
    CredentialError,
    CredentialStore,
    KeyringCredentialStore,
    MemoryOnlyCredentialStore,
    frozen_backend_names,
    open_credential_store,
    register_keyring_backends,
)


def test_keyring_store_round_trip() -> None:
    store = open_credential_store()  # conftest's in-memory keyring is keyring's backend
    assert isinstance(store, KeyringCredentialStore) and isinstance(store, CredentialStore)
    assert store.persistent and store.warning is None
    assert store.get_refresh_token("clerk01") is None
    store.set_refresh_token("clerk01", "rt-abc123")
    # Stored in keyring itself, under the program's service name.
    assert keyring.get_password("govdesk", "clerk01") == "rt-abc123"
    assert KeyringCredentialStore().get_refresh_token("clerk01") == "rt-abc123"
    store.delete_refresh_token("clerk01")
    assert store.get_refresh_token("clerk01") is None
    store.delete_refresh_token("clerk01")  # deleting nothing is not an error


def test_no_os_keyring_gives_the_visible_memory_only_fallback(caplog: pytest.LogCaptureFixture) -> None:
    store = open_credential_store(keyring.backends.fail.Keyring())
    assert isinstance(store, MemoryOnlyCredentialStore)
    assert not store.persistent
    assert store.warning == FALLBACK_WARNING == "未找到系统密钥环：登录凭据仅保存在本次运行中"
    assert "no OS keyring" in caplog.text
    store.set_refresh_token("clerk01", "rt-1")
    assert store.get_refresh_token("clerk01") == "rt-1"
    store.delete_refresh_token("clerk01")
    assert store.get_refresh_token("clerk01") is None


def test_the_failing_backend_is_reported_in_words_not_swallowed() -> None:
    store = KeyringCredentialStore(keyring.backends.fail.Keyring())
    with pytest.raises(CredentialError, match="无法写入系统密钥环"):
        store.set_refresh_token("clerk01", "rt-1")


@pytest.mark.parametrize("store", [KeyringCredentialStore(), MemoryOnlyCredentialStore()], ids=["keyring", "memory"])
def test_only_short_tokens_are_kept(store: CredentialStore) -> None:
    with pytest.raises(CredentialError, match="只应保存刷新令牌"):
        store.set_refresh_token("clerk01", "x" * (MAX_TOKEN_LENGTH + 1))
    with pytest.raises(CredentialError):
        store.set_refresh_token("clerk01", "")


def test_frozen_backends_are_listed_for_each_platform_and_import() -> None:
    import importlib

    for platform in ("win32", "darwin", "linux"):
        names = frozen_backend_names(platform)
        assert names
        for name in names:
            module, _, cls = name.partition(":")
            assert hasattr(importlib.import_module(module), cls), name


def test_a_backend_chosen_already_is_kept() -> None:
    assert register_keyring_backends() is None
    assert type(keyring.get_keyring()).__name__ == "MemoryKeyring"


_CHOOSE = """
import json, sys
from govdesk.services.credentials import register_keyring_backends, open_credential_store
chosen = register_keyring_backends()
store = open_credential_store()
seen = sorted(m for m in sys.modules if m in ("keyring.backends.macOS", "keyring.backends.Windows",
                                              "keyring.backends.chainer", "keyring.backends.libsecret"))
print(json.dumps({"chosen": chosen, "persistent": store.persistent, "seen": seen}))
"""


def _choose(**env: str) -> dict[str, object]:
    import json
    import os
    import subprocess
    import sys

    environ = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"} | env
    done = subprocess.run(
        [sys.executable, "-c", _CHOOSE], capture_output=True, text=True, timeout=60, check=True, env=environ
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux backends are the ones checked here")
def test_the_os_backend_is_chosen_explicitly_without_keyrings_discovery(tmp_path: Path) -> None:
    """Issue 15: keyring's discovery imports every backend through entry points (the macOS one runs ldconfig and a
    compiler on Linux); the program asks this platform's own backends instead. With no D-Bus here that is keyring's
    failing backend, and the memory-only fallback, as discovery gave."""
    probe = _choose(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert probe["seen"] == []
    linux = ("keyring.backends.SecretService.Keyring", "keyring.backends.kwallet.DBusKeyring")
    assert probe["chosen"] in ("keyring.backends.fail.Keyring", *linux)
    if probe["chosen"] == "keyring.backends.fail.Keyring":
        assert probe["persistent"] is False


def test_a_backend_configured_the_way_keyring_documents_is_honoured(tmp_path: Path) -> None:
    probe = _choose(
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    assert probe["chosen"] == "keyring.backends.null.Keyring" and probe["seen"] == []
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring=keyring.backends.null.Keyring\n", encoding="utf-8"
    )
    probe = _choose(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert probe["chosen"] == "keyring.backends.null.Keyring"
