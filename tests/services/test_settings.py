"""Settings: defaults, a round trip through the JSON file, upgrades from older layouts, damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govdesk.services.settings import (
    DEFAULT_SERVER_URL,
    DROPPED_IN_4,
    SETTINGS_VERSION,
    AppPaths,
    Settings,
    SettingsStore,
    upgrade,
)


def test_defaults_point_at_the_embedded_demo_server_in_chinese() -> None:
    settings = Settings()
    assert settings.settings_version == SETTINGS_VERSION
    assert settings.server_url == DEFAULT_SERVER_URL == "http://127.0.0.1:8765"
    assert settings.language == "zh_CN"
    assert settings.geometry == {} and settings.window_state == {}


def test_a_missing_file_gives_defaults_and_is_not_created_by_loading(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()
    assert not store.path.exists()


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    s = store.settings
    s.server_url = "https://zwfw.example.gov.cn/queue"
    s.center_code, s.station_code, s.window_number = "411221", "02", "7"
    s.template_dir, s.language = "/srv/模板", "en"
    s.geometry["confirm"] = "AdnQywADAAA="
    s.window_state["mainwindow"] = "AAAA/wAAAAA="
    s.last_workspace = "handoff"
    s.last_clerk = {"username": "wangli", "display_name": "王丽"}
    store.save()

    again = SettingsStore(store.path)
    assert again.load() == s
    assert again.settings.last_clerk["display_name"] == "王丽"
    # Chinese is stored as characters, and no temporary file is left behind.
    assert "/srv/模板" in store.path.read_text(encoding="utf-8")
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]


def test_version_4_drops_the_keys_nothing_read(tmp_path: Path) -> None:
    """The printer and the item lists of version 3 were never read (the station's items are counted in the store;
    the printer is chosen at the window): a version-3 file loads without them and is saved without them."""
    path = tmp_path / "settings.json"
    version_3 = {"settings_version": 3, "printer_name": "HP", "recent_items": ["a"], "frequent_items": {"a": 1},
                 "window_number": "7"}  # fmt: skip
    path.write_text(json.dumps(version_3), encoding="utf-8")
    store = SettingsStore(path)
    assert store.load().window_number == "7"
    store.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["settings_version"] == 4 and not set(DROPPED_IN_4) & set(saved)


def test_upgrade_from_version_1(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    version_1 = {
        "settings_version": 1,
        "server": "http://10.1.2.3:8765",
        "window": 3,
        "printer": "HP LaserJet",
        "lang": "zh",
        "center_code": "411221",
        "frequent_items": ["a", "b", "a"],
    }
    path.write_text(json.dumps(version_1), encoding="utf-8")
    settings = SettingsStore(path).load()
    assert settings.settings_version == SETTINGS_VERSION
    assert settings.server_url == "http://10.1.2.3:8765"
    assert settings.window_number == "3"
    assert settings.language == "zh_CN"
    assert settings.center_code == "411221"
    assert not hasattr(settings, "printer_name") and not hasattr(settings, "frequent_items")  # gone in version 4


def test_a_file_without_a_version_is_version_1() -> None:
    assert upgrade({"server": "http://x"})["server_url"] == "http://x"


def test_the_upgrade_steps_run_in_order_and_stamp_each_version() -> None:
    data = upgrade({"settings_version": 2, "frequent_items": ["x"], "window_number": "3"})
    assert data == {"settings_version": 4, "window_number": "3"}  # counted in version 3, dropped in version 4


def test_a_wrong_value_falls_back_to_its_default_and_keeps_the_rest(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    data = {"settings_version": SETTINGS_VERSION, "window_number": 5, "template_dir": "P1", "language": "fr", "x": 1}
    path.write_text(json.dumps(data), encoding="utf-8")
    settings = SettingsStore(path).load()
    assert settings.window_number == ""  # an int is not a valid window number since version 2
    assert settings.template_dir == "P1"
    assert settings.language == "zh_CN"
    assert "window_number" in caplog.text


def test_a_damaged_file_is_put_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.problem is not None and "设置文件已损坏" in store.problem
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.broken-")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"


def test_basedir_keeps_everything_under_one_directory(tmp_path: Path) -> None:
    paths = AppPaths.for_basedir(tmp_path).ensure()
    for p in (paths.config_dir, paths.data_dir, paths.log_dir, paths.settings_file, paths.default_db):
        assert tmp_path in p.parents
    assert paths.config_dir.is_dir() and paths.log_dir.is_dir()


@pytest.mark.parametrize("version", [0, "2", None])
def test_an_invalid_version_is_treated_as_version_1(version: object) -> None:
    assert upgrade({"settings_version": version, "window": 4})["window_number"] == "4"


def test_who_is_working_settings_default_to_7_days_offline_and_10_minutes_idle(tmp_path: Path) -> None:
    assert (Settings().offline_login_days, Settings().idle_lock_minutes) == (7, 10)
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"settings_version": 3, "offline_login_days": 3, "idle_lock_minutes": "5"}))
    loaded = SettingsStore(path).load()
    assert loaded.offline_login_days == 3
    assert loaded.idle_lock_minutes == 10  # a value of the wrong type falls back to the default


def test_the_ca_bundle_defaults_to_the_system_cas_and_survives_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"settings_version": 3, "server_url": "https://zwfw.example"}))
    store = SettingsStore(path)
    assert store.load().ca_bundle == ""  # a file from before the key: the system's CAs
    store.settings.ca_bundle = "/etc/govdesk/内网根证书.pem"
    store.save()
    assert SettingsStore(path).load().ca_bundle == "/etc/govdesk/内网根证书.pem"
    path.write_text(json.dumps({"settings_version": 3, "ca_bundle": False}))
    assert SettingsStore(path).load().ca_bundle == ""  # never "verify=False" from a file
