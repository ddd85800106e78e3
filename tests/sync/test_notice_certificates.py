"""Notice signing keys certified by the center (issue 12), with a real central server on loopback: after a sync round
the window holds the center's certificate of its key; ``govdesk notice verify --basedir`` checks a notice up to the
center's key; a forged certificate, another key, or a hostile request to the center is refused in words."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govdesk.cli import main
from govdesk.domain.clock import CST
from govdesk.domain.notices import NoticeKind
from govdesk.printing.notice_keys import (
    CERTIFICATE_FILE_NAME,
    keys_dir,
    load_certificate,
    notice_key_path,
    raw_public,
)
from govdesk.printing.sample import sample_notice
from govdesk.printing.signing import NoticeSigner, key_id, load_or_create_private_key
from govdesk.services.notice_certification import NoticeKeyCertifier
from govdesk.services.settings import AppPaths
from govdesk.sync.engine import STATION_KEY
from tests.central.conftest import Center, RunningServer, make_center
from tests.sync.conftest import Window, Windows


def _certified(windows: Windows, server: RunningServer, center: Center, basedir: Path) -> tuple[Window, Path]:
    data_dir = AppPaths.for_basedir(basedir).ensure().data_dir
    window = windows(server.url, center.code)
    window.engine.round_tasks.append(NoticeKeyCertifier(data_dir, window.store.get_meta))
    window.login(center.users["intake"])
    assert window.sync().ok
    return window, data_dir


def _payload(data_dir: Path, key: Ed25519PrivateKey | None = None) -> str:
    today = datetime.now(CST).date()  # a notice is dated by China's day, as the certificate's validity is
    notice = dataclasses.replace(sample_notice(NoticeKind.ACCEPTANCE), issued_on=today)
    signer = NoticeSigner(key or load_or_create_private_key(notice_key_path(data_dir)))
    return signer.payload(notice)


def test_a_sync_round_gets_the_centers_certificate_and_verify_checks_up_to_the_center(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    basedir = tmp_path / "pc"
    window, data_dir = _certified(windows, server, center, basedir)
    certificate = load_certificate(data_dir)
    assert certificate is not None
    key = load_or_create_private_key(notice_key_path(data_dir))
    assert certificate.public_key == base64.b64encode(raw_public(key.public_key())).decode()
    assert certificate.device_id == window.store.device_id()
    assert certificate.station_code == window.store.get_meta(STATION_KEY)
    assert certificate.center_code == center.code
    assert (keys_dir(data_dir) / CERTIFICATE_FILE_NAME).stat().st_mode & 0o077 == 0

    assert main(["notice", "verify", _payload(data_dir), "--basedir", str(basedir)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("真实：办件") and f"签发密钥经中心 {center.code} 证书核对" in said

    assert main(["notice", "pubkey", "--basedir", str(basedir)]) == 0
    out = capsys.readouterr().out
    assert f"密钥编号 {key_id(key.public_key())}" in out and str(notice_key_path(data_dir)) in out
    assert f"中心 {center.code} 颁发的证书" in out and certificate.serial in out

    # a second round does not ask again: the certificate is far from its end
    assert window.sync().ok
    again = load_certificate(data_dir)
    assert again is not None and again.serial == certificate.serial


def test_a_certificate_changed_on_the_pc_or_another_key_is_refused(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    basedir = tmp_path / "pc"
    _window, data_dir = _certified(windows, server, center, basedir)
    # a notice signed with a key the center never certified
    stranger = _payload(data_dir, Ed25519PrivateKey.generate())
    assert main(["notice", "verify", stranger, "--basedir", str(basedir)]) == 1
    assert "没有中心颁发的证书" in capsys.readouterr().out
    # the certificate edited to another station
    path = keys_dir(data_dir) / CERTIFICATE_FILE_NAME
    document = json.loads(path.read_text(encoding="utf-8"))
    document["station_code"] = "S99"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert main(["notice", "verify", _payload(data_dir), "--basedir", str(basedir)]) == 1
    assert "证书签名不符" in capsys.readouterr().out


def test_the_certificate_is_renewed_when_a_third_of_its_life_is_left(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path
) -> None:
    _window, data_dir = _certified(windows, server, center, tmp_path / "pc")
    first = load_certificate(data_dir)
    assert first is not None
    end = datetime.fromisoformat(first.not_after)
    window = _window
    later = NoticeKeyCertifier(data_dir, window.store.get_meta, now=lambda: end - timedelta(days=10))
    renewed = later(window.client)
    assert renewed is not None and renewed.serial != first.serial
    assert load_certificate(data_dir) == renewed
    not_yet = NoticeKeyCertifier(data_dir, window.store.get_meta, now=lambda: datetime.now(UTC))
    assert not_yet(window.client) is None


def test_the_center_refuses_hostile_certificate_requests(
    windows: Windows, server: RunningServer, center: Center, tmp_path: Path
) -> None:
    window, data_dir = _certified(windows, server, center, tmp_path / "pc")
    device_id = window.store.device_id()
    device_key = window.client.session.headers["X-Govdesk-Device-Key"]
    public = base64.b64encode(raw_public(Ed25519PrivateKey.generate().public_key())).decode()
    body = {"device_id": device_id, "public_key": public}
    url = "/api/v1/trust/notice-key"
    intake, _ = center.login("intake")
    assert intake.post(url, json=body, headers={"X-Govdesk-Device-Key": device_key}).status_code == 200
    # without the device's key, or with another's
    refused = intake.post(url, json=body, headers={"X-Govdesk-Device-Key": "k" * 43})
    assert refused.status_code == 403 and "设备凭据" in refused.json()["message_zh"]
    # a role that prints no notices
    center.users["supervisor"] = center.add_user("supervisor")
    supervisor, _ = center.login("supervisor")
    refused = supervisor.post(url, json=body, headers={"X-Govdesk-Device-Key": device_key})
    assert refused.status_code == 403 and "不打印通知书" in refused.json()["message_zh"]
    # a device of another center
    other = make_center(server)
    stranger, _ = other.login("intake")
    refused = stranger.post(url, json=body, headers={"X-Govdesk-Device-Key": device_key})
    assert refused.status_code == 404 and "请先登记本窗口" in refused.json()["message_zh"]
    # not a 32-byte key
    short = {"device_id": device_id, "public_key": base64.b64encode(b"x" * 31).decode() + "A" * 8}
    assert intake.post(url, json=short, headers={"X-Govdesk-Device-Key": device_key}).status_code in (400, 422)
    assert load_certificate(data_dir) is not None
