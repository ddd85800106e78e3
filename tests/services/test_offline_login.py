"""The offline login's verifier (issue 12): argon2id, never the password, a file only the user can read, valid
for a set number of days after the last login at the server, a wrong password refused in words, and repeated
failures throttled (also across a restart)."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.services.offline_login import FILE_NAME, OfflineLoginRefused, OfflineVerifiers

PASSWORD = "Window-Pass-2026!"
START = datetime(2026, 12, 31, 17, 45, tzinfo=CST)  # a year's end: the validity runs into the next year


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def verifiers(tmp_path: Path, clock: FixedClock) -> OfflineVerifiers:
    kept = OfflineVerifiers(tmp_path / "config", clock, valid_days=7)
    kept.remember("wangli", PASSWORD, "王丽", Role.INTAKE, "41122101")
    return kept


def test_the_verifier_is_argon2id_in_a_file_only_the_user_reads(verifiers: OfflineVerifiers, tmp_path: Path) -> None:
    path = tmp_path / "config" / FILE_NAME
    text = path.read_text(encoding="utf-8")
    assert "$argon2id$" in text and PASSWORD not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_same_password_logs_in_within_the_days_and_not_after(
    verifiers: OfflineVerifiers, clock: FixedClock
) -> None:
    clock.set(START + timedelta(days=6, hours=23))
    clerk = verifiers.verify("wangli", PASSWORD)
    assert (clerk.username, clerk.display_name, clerk.role, clerk.center_code) == (
        "wangli",
        "王丽",
        Role.INTAKE,
        "41122101",
    )
    clock.set(START + timedelta(days=7, minutes=1))
    with pytest.raises(OfflineLoginRefused, match="离线登录已过期：上次联网登录是 2026-12-31，离线登录只在 7 天内有效"):
        verifiers.verify("wangli", PASSWORD)


def test_a_clerk_who_never_logged_in_here_is_refused(verifiers: OfflineVerifiers) -> None:
    with pytest.raises(OfflineLoginRefused, match="未在本机联网登录过"):
        verifiers.verify("zhaoqiang", PASSWORD)


def test_wrong_passwords_are_refused_then_throttled_even_after_a_restart(
    verifiers: OfflineVerifiers, clock: FixedClock, tmp_path: Path
) -> None:
    for _ in range(3):
        with pytest.raises(OfflineLoginRefused, match="密码错误"):
            verifiers.verify("wangli", "wrong")
    restarted = OfflineVerifiers(tmp_path / "config", clock, valid_days=7)
    with pytest.raises(OfflineLoginRefused, match="密码错误次数过多，请 30 秒后再试"):
        restarted.verify("wangli", PASSWORD)  # even the right password waits
    clock.set(START + timedelta(seconds=31))
    with pytest.raises(OfflineLoginRefused, match="密码错误"):
        restarted.verify("wangli", "wrong again")
    with pytest.raises(OfflineLoginRefused, match="请 60 秒后再试"):  # doubled
        restarted.verify("wangli", PASSWORD)
    clock.set(START + timedelta(seconds=92))
    assert restarted.verify("wangli", PASSWORD).display_name == "王丽"
    clock.set(START + timedelta(seconds=93))
    with pytest.raises(OfflineLoginRefused, match=r"^密码错误（"):  # the count was reset by the right password
        restarted.verify("wangli", "wrong")


def test_a_new_online_login_renews_the_days(verifiers: OfflineVerifiers, clock: FixedClock) -> None:
    clock.set(START + timedelta(days=6))
    verifiers.remember("wangli", PASSWORD, "王丽", Role.INTAKE, "41122101")
    clock.set(START + timedelta(days=12))
    assert verifiers.verify("wangli", PASSWORD).logged_in_at == START + timedelta(days=6)
