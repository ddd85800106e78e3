"""The program's settings: typed, with defaults, stored as JSON, upgraded step by step between versions.

Pure Python (no Qt, no pydantic: this is read on every start-up, so it stays cheap to import).

- ``Settings`` is the typed value; every field has a default, so a missing or new key never breaks a start.
- ``settings_version`` says which layout a file has. ``UPGRADES`` maps each old version to the step that
  brings its raw dict one version forward (MusicBrainz Picard's ``config_upgrade``): the steps run in order,
  so a file from version 1 passes through every step up to ``SETTINGS_VERSION``.
- ``AppPaths`` says where settings, data and logs live: platformdirs locations, or all under one base
  directory (``--basedir``) so tests and demos are hermetic.
- ``SettingsStore`` loads, holds and atomically saves one settings file.

Secrets never go here (see ``services/credentials.py``).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govdesk.domain.messages import Message, translate

log = logging.getLogger(__name__)

SETTINGS_BROKEN = translate(
    "Settings", "设置文件已损坏，已改用默认设置（原文件保存为 {aside}）", "services.settings.broken"
)

#: The layout version this code writes. Bump it together with a new entry in ``UPGRADES``.
SETTINGS_VERSION = 4

#: The embedded demo server (``govdesk central serve`` defaults to 127.0.0.1:8765).
DEFAULT_SERVER_URL = "http://127.0.0.1:8765"

LANGUAGES = ("zh_CN", "en")
#: Text sizes and themes of the window (适老化, regulation 000 Art. 9): "large" is body text of 18 pt and more.
TEXT_SIZES = ("normal", "large")
THEMES = ("standard", "high_contrast")
#: Paper the window prints notices on; notices are laid out for A4 and scaled down to fit a smaller sheet.
PAPER_SIZES = ("A4", "A5")


SETTINGS_FILE = "settings.json"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Where the program keeps its files. Directories are created by ``ensure()``, not on construction."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def for_basedir(cls, basedir: Path) -> AppPaths:
        """Everything under one directory (``--basedir``): nothing is read from or written to the user's home."""
        base = Path(basedir)
        return cls(config_dir=base / "config", data_dir=base / "data", log_dir=base / "logs")

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's per-user locations (platformdirs), e.g. ``~/.config/govdesk`` on Linux."""
        import platformdirs

        return cls(
            config_dir=Path(platformdirs.user_config_dir("govdesk", appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir("govdesk", appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir("govdesk", appauthor=False)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def default_db(self) -> Path:
        return self.data_dir / "govdesk.sqlite"

    def ensure(self) -> AppPaths:
        for d in (self.config_dir, self.data_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self


@dataclass(slots=True)
class Settings:
    """Everything the clerk or the installer can set. Field names are the JSON keys."""

    settings_version: int = SETTINGS_VERSION
    #: The central server this window syncs with: https:// (plain http:// only to this machine, e.g. the demo).
    server_url: str = DEFAULT_SERVER_URL
    #: A CA bundle (PEM file) the central server's certificate is checked against, for an intranet's own CA;
    #: "" means the system's trusted CAs. Verification is never turned off. A key with a default: no layout
    #: change, so no upgrade step (a file without it reads as "").
    ca_bundle: str = ""
    #: This center's code (part of every case number) and the station (township center, village station).
    center_code: str = ""
    station_code: str = ""
    #: The window this workstation serves, as printed on notices ("3" → 3号窗口).
    window_number: str = ""
    #: The hall's queue system (排队叫号机) this window calls tickets from, e.g. "http://10.0.0.5:8080"; "" means the
    #: hall has none (the queue panel says so and intake works without tickets).
    queue_server_url: str = ""
    #: This window's number at the queue system, when it differs from ``window_number``; "" means the same.
    queue_window: str = ""
    #: A directory of local notice templates that override the shipped ones; "" means the shipped ones.
    template_dir: str = ""
    #: The UI language: "zh_CN" (default) or "en".
    language: str = "zh_CN"
    #: Window and dialog id → base64 of QWidget.saveGeometry() (the UI encodes; this layer only stores text).
    geometry: dict[str, str] = field(default_factory=dict)
    #: Main window id → base64 of QMainWindow.saveState() (toolbars, docks).
    window_state: dict[str, str] = field(default_factory=dict)
    #: The workspace shown at start (its registry key).
    last_workspace: str = "intake"
    #: The clerk last logged in at this window (username, display_name, role, center_code): who the window's
    #: events are recorded as while the refresh token in the keyring is still good. Never a secret.
    last_clerk: dict[str, str] = field(default_factory=dict)
    #: How many days after the last login at the server a clerk may log in offline (local verifier).
    offline_login_days: int = 7
    #: Minutes without keyboard or mouse after which the window locks (personal data hidden); 0: never.
    idle_lock_minutes: int = 10
    #: 适老化 (regulation 000 Art. 9): "normal" or "large" text, "standard" or "high_contrast" colours; switched at
    #: run time (settings dialog, Ctrl+Alt+= and Ctrl+Alt+H). Keys with defaults: no layout change, no upgrade step.
    text_size: str = "normal"
    theme: str = "standard"
    #: The printer notices go to when none was chosen in this session's print dialog; "" the system's default.
    #: (Not version 3's ``printer_name``, dropped in 4 as unread: this one is read by ``ui/printers.py``.)
    notice_printer: str = ""
    #: The paper in that printer (``PAPER_SIZES``).
    paper_size: str = "A4"
    #: 超期预警 on the supervisor's PC (issue 13; regulation 000 Art. 50 电子监察): a running case gets a yellow card
    #: once this share of its time limit is used (percent), and a transferred case not claimed by the back office
    #: within this many working days counts as a step overrun. Keys with defaults: no upgrade step.
    supervision_yellow_percent: int = 80
    supervision_claim_workdays: int = 1

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """Build from a dict already upgraded to ``SETTINGS_VERSION``. Unknown keys are ignored; a value of the
        wrong type is replaced by the default (and logged), so one bad value never stops the program."""
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if _TYPE_CHECKS[str(f.type)](value):
                kwargs[f.name] = value
            else:
                log.warning("settings: %s has an invalid value %r; using the default", f.name, value)
        unknown = sorted(set(data) - {f.name for f in dataclasses.fields(cls)})
        if unknown:
            log.info("settings: ignoring unknown keys %s", ", ".join(unknown))
        settings = cls(**kwargs)
        if settings.language not in LANGUAGES:
            log.warning("settings: unknown language %r; using zh_CN", settings.language)
            settings.language = "zh_CN"
        for name, allowed in (("text_size", TEXT_SIZES), ("theme", THEMES), ("paper_size", PAPER_SIZES)):
            if getattr(settings, name) not in allowed:
                log.warning("settings: unknown %s %r; using %s", name, getattr(settings, name), allowed[0])
                setattr(settings, name, allowed[0])
        settings.settings_version = SETTINGS_VERSION
        return settings


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_dict_of(v: Any, check: Callable[[Any], bool]) -> bool:
    return isinstance(v, dict) and all(isinstance(k, str) and check(x) for k, x in v.items())


#: A check per annotated field type (the annotations are strings: ``from __future__ import annotations``).
_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "int": _is_int,
    "str": lambda v: isinstance(v, str),
    "list[str]": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "dict[str, str]": lambda v: _is_dict_of(v, lambda x: isinstance(x, str)),
    "dict[str, int]": lambda v: _is_dict_of(v, _is_int),
}


# --- upgrade steps (Picard's config_upgrade): each takes the raw dict of version N and returns version N+1 ---


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (the pilot) used short keys, an integer window and "zh"/"en" languages."""
    renames = {"server": "server_url", "printer": "printer_name", "lang": "language", "window": "window_number"}
    out = {renames.get(k, k): v for k, v in data.items()}
    if isinstance(out.get("window_number"), int):
        out["window_number"] = str(out["window_number"])
    if out.get("language") == "zh":
        out["language"] = "zh_CN"
    return out


def _upgrade_2_to_3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 kept ``frequent_items`` as a plain list of codes; version 3 counts uses per code."""
    out = dict(data)
    frequent = out.get("frequent_items")
    if isinstance(frequent, list):
        counts: dict[str, int] = {}
        for code in frequent:
            if isinstance(code, str):
                counts[code] = counts.get(code, 0) + 1
        out["frequent_items"] = counts
    return out


#: Keys version 4 no longer has: the station's items in use are counted in the store (``intake.item_usage``), and
#: the window's printer is the one chosen in the print dialog (kept for the session) or the system's default.
DROPPED_IN_4 = ("printer_name", "recent_items", "frequent_items")


def _upgrade_3_to_4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 kept keys nothing read (``DROPPED_IN_4``)."""
    return {k: v for k, v in data.items() if k not in DROPPED_IN_4}


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _upgrade_1_to_2,
    2: _upgrade_2_to_3,
    3: _upgrade_3_to_4,
}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a raw settings dict of any older version up to ``SETTINGS_VERSION``, one step at a time.

    A file without ``settings_version`` is from version 1. A file from a newer program is read as it is
    (unknown keys are ignored) and a warning is logged.
    """
    version = data.get("settings_version", 1)
    if not isinstance(version, int) or version < 1:
        log.warning("settings: invalid settings_version %r; treating the file as version 1", version)
        version = 1
    if version > SETTINGS_VERSION:
        log.warning("settings: the file is from a newer govdesk (version %d > %d)", version, SETTINGS_VERSION)
        return dict(data)
    while version < SETTINGS_VERSION:
        data = UPGRADES[version](data)
        version += 1
        data["settings_version"] = version
        log.info("settings: upgraded to version %d", version)
    return data


class SettingsStore:
    """One settings file: ``load()`` at start, ``save()`` after a change (atomic: a crash never leaves half a file)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.settings = Settings()
        #: Set when the file could not be read and was put aside: the UI tells the clerk.
        self.problem: str | None = None

    def load(self) -> Settings:
        self.problem = None
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.settings = Settings()
            return self.settings
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("settings file is not a JSON object")
        except ValueError as exc:
            aside = self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
            os.replace(self.path, aside)
            log.warning("settings: %s could not be read (%s); moved to %s, using defaults", self.path, exc, aside)
            self.problem = Message(SETTINGS_BROKEN, aside=aside.name)
            self.settings = Settings()
            return self.settings
        self.settings = Settings.from_json(upgrade(data))
        return self.settings

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.settings.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
