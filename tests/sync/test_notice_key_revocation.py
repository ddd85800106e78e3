"""Notice keys revoked by the center (issue 12), with a real central server on loopback and real files: an admin
revokes a window's key (endpoint and CLI, who/when/why kept, center-isolated); every window learns it at its next
round; ``notice verify`` and the look-up box say it was revoked and when, a notice dated before the 失效日 stays
genuine and one dated on or after it does not; the revoked window gets a new certified key and signs with it."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govdesk.cli import main
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.notices import NoticeKind
from govdesk.printing.notice_keys import (
    load_certificate,
    load_directory,
    notice_key_path,
    raw_public,
)
from govdesk.printing.sample import sample_notice
from govdesk.printing.signing import NoticeSigner, load_or_create_private_key
from govdesk.services.lookup import CaseFinder
from govdesk.services.notice_certification import NoticeKeyCertifier
from govdesk.services.settings import AppPaths
from tests.central.conftest import Center, RunningServer, make_center
from tests.sync.conftest import Window, Windows

REVOKE = "/api/v1/admin/notice-keys/revoke"


@pytest.fixture
def shifted(server: RunningServer) -> Iterator[RunningServer]:
    """The server's clock may be moved in the test; put back after it (the server is shared by the module)."""
    yield server
    server.clock.offset = timedelta(0)


def _window(windows: Windows, server: RunningServer, center: Center, basedir: Path) -> tuple[Window, Path]:
    data_dir = AppPaths.for_basedir(basedir).ensure().data_dir
    window = windows(server.url, center.code, name=basedir.name)
    window.engine.round_tasks.append(NoticeKeyCertifier(data_dir, window.store.get_meta))
    window.login(center.users["intake"])
    window.intake(1)
    assert window.sync().ok
    return window, data_dir


def _qr(data_dir: Path, on: date) -> str:
    """A notice dated ``on`` signed with the key the window holds now."""
    notice = dataclasses.replace(sample_notice(NoticeKind.ACCEPTANCE), issued_on=on)
    return NoticeSigner(load_or_create_private_key(notice_key_path(data_dir))).payload(notice)


def _server_day(server: RunningServer) -> date:
    return server.clock.now().astimezone(CST).date()


def test_a_revoked_key_is_learnt_replaced_and_its_notices_judged_by_their_day(
    windows: Windows, shifted: RunningServer, center: Center, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = shifted
    window, data_dir = _window(windows, server, center, tmp_path / "intake-pc")
    first = load_certificate(data_dir)
    assert first is not None
    issued = _server_day(server)
    before = _qr(data_dir, issued + timedelta(days=2))  # printed while the key was good
    # ten days later the PC is reported stolen: the admin revokes its key
    server.clock.offset = timedelta(days=10)
    revoked_day = _server_day(server)
    on_the_day = _qr(data_dir, revoked_day)
    after = _qr(data_dir, revoked_day + timedelta(days=1))
    admin, _ = center.login("admin")
    reply = admin.post(
        REVOKE, json={"device_id": window.store.device_id(), "reason_code": "compromised", "reason": "电脑被盗"}
    )
    assert reply.status_code == 200, reply.text
    [view] = reply.json()
    assert view["serial"] == first.serial and view["revoked_by"] == center.users["admin"]
    assert view["reason"] == "密钥可能泄露（电脑被盗、被入侵或密钥文件外流）：电脑被盗" and view["revoked_at"]

    # a second window of the center (a result window) learns it at its own next round
    issuing, issuing_dir = _window(windows, server, center, tmp_path / "issuing-pc")
    directory = load_directory(issuing_dir)
    assert directory is not None and [r.device_id for r in directory.revocations] == [window.store.device_id()]
    finder = CaseFinder(issuing.store, FixedClock(datetime.now(UTC)), notice_key_path(issuing_dir))
    looked = finder.find(before)
    assert looked.verdict is not None and looked.verdict.ok, looked.verdict_words
    assert "签发密钥已于" in looked.verdict_words and "被中心吊销" in looked.verdict_words
    assert f"早于密钥失效日 {revoked_day.isoformat()}，按吊销前签发认定为真实" in looked.verdict_words
    assert "请向中心核对该办件的记录" in looked.verdict_words  # a leaked key: the reader is told to check
    looked = finder.find(after)
    assert looked.verdict is not None and not looked.verdict.ok
    assert looked.verdict_words.startswith("签名不符：签发密钥已于") and "晚于密钥失效日" in looked.verdict_words

    # the revoked window: its next round replaces the key and gets it certified
    old_public = base64.b64encode(raw_public(load_or_create_private_key(notice_key_path(data_dir)).public_key()))
    assert window.sync().ok
    renewed = load_certificate(data_dir)
    assert renewed is not None and renewed.serial != first.serial
    new_key = load_or_create_private_key(notice_key_path(data_dir))
    assert renewed.public_key == base64.b64encode(raw_public(new_key.public_key())).decode() != old_public.decode()
    fresh = _qr(data_dir, revoked_day)

    basedir = str(tmp_path / "intake-pc")
    assert main(["notice", "verify", before, "--basedir", basedir]) == 0
    said = capsys.readouterr().out
    assert said.startswith("真实：") and "按吊销前签发认定为真实" in said and "吊销清单于" in said
    assert main(["notice", "verify", on_the_day, "--basedir", basedir]) == 1
    said = capsys.readouterr().out
    assert "正是密钥失效日，无法证明签于吊销之前" in said and "不能认定为真实" in said
    assert main(["notice", "verify", after, "--basedir", basedir]) == 1
    assert "被中心吊销" in capsys.readouterr().out
    assert main(["notice", "verify", fresh, "--basedir", basedir]) == 0
    said = capsys.readouterr().out
    assert said.startswith("真实：") and "吊销" not in said.splitlines()[0]


def test_an_earlier_invalid_from_fails_notices_since_the_leak(
    windows: Windows, shifted: RunningServer, center: Center, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The admin says the key may have leaked three days before it was revoked: notices from that day on fail."""
    server = shifted
    window, data_dir = _window(windows, server, center, tmp_path / "pc")
    issued = _server_day(server)
    good, leaked = _qr(data_dir, issued + timedelta(days=1)), _qr(data_dir, issued + timedelta(days=8))
    server.clock.offset = timedelta(days=10)
    leak = datetime.combine(issued + timedelta(days=7), datetime.min.time(), CST)
    admin, _ = center.login("admin")
    body = {
        "device_id": window.store.device_id(),
        "reason_code": "compromised",
        "reason": "密钥文件被拷走",
        "invalid_from": leak.isoformat(),
    }
    assert admin.post(REVOKE, json=body).status_code == 200
    assert window.sync().ok
    basedir = str(tmp_path / "pc")
    assert main(["notice", "verify", good, "--basedir", basedir]) == 0
    assert "按吊销前签发认定为真实" in capsys.readouterr().out
    assert main(["notice", "verify", leaked, "--basedir", basedir]) == 1
    assert f"晚于密钥失效日 {leak.date().isoformat()}" in capsys.readouterr().out


def test_revocation_is_an_admins_of_the_same_center_and_said_in_words(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path
) -> None:
    window, data_dir = _window(windows, server, center, tmp_path / "pc")
    device = window.store.device_id()
    body = {"device_id": device, "reason_code": "retired", "reason": "窗口撤并"}
    clerk, _ = center.login("intake")
    assert clerk.post(REVOKE, json=body).status_code == 403
    assert clerk.get("/api/v1/admin/notice-keys").status_code == 403
    other = make_center(server)
    stranger, _ = other.login("admin")
    refused = stranger.post(REVOKE, json=body)
    assert refused.status_code == 404 and "本中心没有设备" in refused.json()["message_zh"]
    assert stranger.get("/api/v1/admin/notice-keys").json() == []  # the other center's keys are not listed
    admin, _ = center.login("admin")
    for hostile, status in (
        ({**body, "reason": ""}, 422),
        ({**body, "reason": "长" * 201}, 422),
        ({**body, "reason_code": "because"}, 422),
        ({**body, "device_id": "d" * 65}, 422),
        ({**body, "invalid_from": (datetime.now(UTC) + timedelta(days=3)).isoformat()}, 400),
    ):
        reply = admin.post(REVOKE, json=hostile)
        assert reply.status_code == status, (hostile, reply.text)
        assert reply.json()["message_zh"]
    assert load_directory(data_dir) is not None and not load_directory(data_dir).revocations  # type: ignore[union-attr]
    assert admin.post(REVOKE, json=body).status_code == 200
    again = admin.post(REVOKE, json=body)
    assert again.status_code == 409 and "没有可吊销的通知书签名密钥" in again.json()["message_zh"]
    listed = admin.get("/api/v1/admin/notice-keys", params={"device_id": device}).json()
    assert len(listed) == 1 and listed[0]["reason"] == "设备停用或更换：窗口撤并"

    # the center never certifies the revoked key again, whoever asks
    public = load_certificate(data_dir).public_key  # type: ignore[union-attr]
    intake, _ = center.login("intake")
    device_key = window.client.session.headers["X-Govdesk-Device-Key"]
    refused = intake.post(
        "/api/v1/trust/notice-key",
        json={"device_id": device, "public_key": public},
        headers={"X-Govdesk-Device-Key": device_key},
    )
    assert (
        refused.status_code == 409
        and "已于" in refused.json()["message_zh"]
        and "被中心吊销" in refused.json()["message_zh"]
    )


def test_the_command_line_revokes_and_lists(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window, data_dir = _window(windows, server, center, tmp_path / "pc")
    device, db = window.store.device_id(), f"sqlite:///{server.db_path}"
    assert main(["central", "notice-key", "revoke", device, "--reason", "", "--db", db]) == 1
    assert "请写明吊销原因" in capsys.readouterr().err
    assert main(["central", "notice-key", "revoke", device, "--reason", "x", "--invalid-from", "2026-13-01"]) == 2
    assert "失效日" in capsys.readouterr().err
    code = main(
        [
            *("central", "notice-key", "revoke", device, "--reason", "硬盘更换"),
            *("--reason-code", "superseded", "--by", "王管理", "--db", db),
        ]
    )
    assert code == 0
    assert "已吊销设备" in capsys.readouterr().out
    assert main(["central", "notice-key", "list", "--device", device, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "命令行：王管理" in out and "密钥已更换：硬盘更换" in out
    assert main(["central", "notice-key", "revoke", "no-such-device", "--reason", "x", "--db", db]) == 1
    assert "本中心没有设备" in capsys.readouterr().err
    # the window learns it and rotates
    old = load_certificate(data_dir)
    assert window.sync().ok
    new = load_certificate(data_dir)
    assert old is not None and new is not None and new.public_key != old.public_key


def test_a_device_gets_a_few_certificates_a_day_at_most(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path
) -> None:
    """Each certificate is kept and sent to every window of the center: a clerk with the device's key cannot make
    the center issue them without end."""
    window, _data_dir = _window(windows, server, center, tmp_path / "pc")  # one certificate already
    intake, _ = center.login("intake")
    headers = {"X-Govdesk-Device-Key": window.client.session.headers["X-Govdesk-Device-Key"]}
    answers = []
    for _ in range(5):
        public = base64.b64encode(raw_public(Ed25519PrivateKey.generate().public_key())).decode()
        body = {"device_id": window.store.device_id(), "public_key": public}
        answers.append(intake.post("/api/v1/trust/notice-key", json=body, headers=headers))
    assert [a.status_code for a in answers] == [200, 200, 200, 200, 429]
    assert "已达上限" in answers[-1].json()["message_zh"]


def test_windows_take_only_the_new_certificates_each_round(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path
) -> None:
    """Every window takes the directory at each round: from its cursor on, so the steady answer is small and
    nothing is held twice."""
    first, first_dir = _window(windows, server, center, tmp_path / "first")
    second, second_dir = _window(windows, server, center, tmp_path / "second")
    assert first.sync().ok and first.sync().ok and second.sync().ok
    mine, theirs = load_directory(first_dir), load_directory(second_dir)
    assert mine is not None and theirs is not None
    serials = [c.serial for c in mine.certificates]
    assert len(serials) == len(set(serials)) == 2  # both windows' certificates, each once
    assert mine.cursor == theirs.cursor > 0
    reply = first.client.notice_key_directory(mine.cursor)
    assert reply.certificates == [] and reply.cursor == mine.cursor and reply.next_after is None
