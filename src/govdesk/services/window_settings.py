"""The window's settings as the clerk or an admin sets them (``ui/settings_dialog.py``): checked field by field in
words, then kept; and "测试连接", a real request to the center.

- ``WindowSettingsForm`` is what the dialog gathers, as typed (strings, so a bad value is kept to be corrected).
- ``check_form`` returns the problems, Chinese words per field ("" fields are fine); ``save_form`` keeps a form
  without problems and returns the names of the ``Settings`` fields that changed (the UI applies those: a new server
  address or CA bundle at once, text size and theme at once, the idle lock at once).
- The notice header (the center's name, address and phone) and seal are the template set's ``center.json``
  (``printing/templates.py``): written into the window's own template directory (made under the data directory when
  none is set), so the shipped one is never changed.
- ``probe_center`` asks the center for its public key without logging in, through the same client, TLS and
  plain-http rules as sync (``SyncClient.probe``), and says what happened.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from govdesk.domain.messages import Message, translate
from govdesk.services.server_settings import check_server_settings
from govdesk.services.settings import LANGUAGES, PAPER_SIZES, TEXT_SIZES, THEMES, SettingsStore

CENTER_CODE = translate(
    "WindowSettingsService",
    "中心代码应为 8 位数字（6 位行政区划代码加 2 位中心序号），如 41122101",
    "services.window_settings.center_code",
)
WINDOW_NUMBER = translate(
    "WindowSettingsService",
    "窗口号只填数字或字母（最多 6 位），如 3；通知书上印作“3号窗口”",
    "services.window_settings.window_number",
)
PAPER = translate("WindowSettingsService", "请选择 A4 或 A5 纸", "services.window_settings.paper")
NO_TEMPLATES = translate(
    "WindowSettingsService",
    "找不到模板目录 {template_dir}：请选择已有的目录，或留空使用程序自带的模板",
    "services.window_settings.no_templates",
)
NO_HEADER = translate(
    "WindowSettingsService",
    "请填写通知书抬头的中心名称，如 渑池县政务服务中心",
    "services.window_settings.no_header",
)
HEADER_TOO_LONG = translate(
    "WindowSettingsService",
    "中心名称过长（最多 40 个字），通知书抬头放不下",
    "services.window_settings.header_too_long",
)
ADDRESS_TOO_LONG = translate(
    "WindowSettingsService",
    "地址过长（最多 80 个字）",
    "services.window_settings.address_too_long",
)
PHONE = translate("WindowSettingsService", "联系电话只填数字和“-”，如 0398-4812345", "services.window_settings.phone")
LANGUAGE = translate("WindowSettingsService", "请选择界面语言", "services.window_settings.language")
TEXT_SIZE = translate("WindowSettingsService", "请选择字号", "services.window_settings.text_size")
THEME = translate("WindowSettingsService", "请选择配色", "services.window_settings.theme")
YELLOW_PERCENT_WORDS = translate(
    "WindowSettingsService",
    "请填写 {low} 至 {high} 之间的整数（承诺时限已用的百分比）",
    "services.window_settings.yellow_percent",
)
CLAIM_DAYS_WORDS = translate(
    "WindowSettingsService",
    "请填写 1 至 {limit} 之间的整数工作日",
    "services.window_settings.claim_days",
)
IDLE_MINUTES = translate(
    "WindowSettingsService",
    "请填写 0 至 {limit} 之间的整数分钟（0 为不自动锁定）",
    "services.window_settings.idle_minutes",
)
NO_SEAL = translate("WindowSettingsService", "找不到印章图片 {path}", "services.window_settings.no_seal")
SEAL_UNREADABLE = translate(
    "WindowSettingsService",
    "无法读取印章图片 {path}：{error}",
    "services.window_settings.seal_unreadable",
)
SEAL_NOT_IMAGE = translate(
    "WindowSettingsService",
    "{name} 不是 PNG 或 JPEG 图片：请选择透明底的 PNG 印章图片",
    "services.window_settings.seal_not_image",
)
CONNECT_FAILED = translate("WindowSettingsService", "连接失败：{reason}", "services.window_settings.connect_failed")
CLOCK_SKEW = translate(
    "WindowSettingsService",
    "；本机时钟与中心相差 {seconds:.0f} 秒",
    "services.window_settings.clock_skew",
)
CONNECTED = translate(
    "WindowSettingsService",
    "连接成功：中心服务器已答复（中心密钥 {key}）{clock}",
    "services.window_settings.connected",
)

_CENTER = re.compile(r"[0-9]{8}")
_WINDOW = re.compile(r"[0-9A-Za-z]{1,6}")
_PHONE = re.compile(r"[0-9][0-9\-]{6,19}")
#: The most minutes the idle lock may wait (a whole working day); 0 turns it off.
MAX_IDLE_MINUTES = 480
#: The yellow card's share of the time limit a supervisor may set (percent): below half every case would be
#: yellow; at 100 it is the red card's.
YELLOW_PERCENT = (50, 99)
MAX_CLAIM_WORKDAYS = 10
#: PNG and JPEG, by their first bytes (a seal image is drawn by Qt at print time).
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
CENTER_FILE = "center.json"


@dataclass(slots=True)
class WindowSettingsForm:
    """Every field of the settings dialog, as typed."""

    server_url: str = ""
    ca_bundle: str = ""
    center_code: str = ""
    window_number: str = ""
    notice_printer: str = ""
    paper_size: str = "A4"
    template_dir: str = ""
    header_name: str = ""
    header_address: str = ""
    header_phone: str = ""
    seal_image: str = ""
    language: str = "zh_CN"
    text_size: str = "normal"
    theme: str = "standard"
    idle_lock_minutes: str = "10"
    supervision_yellow_percent: str = "80"
    supervision_claim_workdays: str = "1"


#: The form's fields kept in ``Settings`` under the same name (the header and seal go to ``center.json``).
SETTINGS_FIELDS = (
    "server_url",
    "ca_bundle",
    "center_code",
    "window_number",
    "notice_printer",
    "paper_size",
    "template_dir",
    "language",
    "text_size",
    "theme",
    "idle_lock_minutes",
    "supervision_yellow_percent",
    "supervision_claim_workdays",
)
HEADER_FIELDS = ("header_name", "header_address", "header_phone", "seal_image")


@dataclass(frozen=True, slots=True)
class Header:
    """The notice header and seal in effect (``center.json`` of the template set)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    seal_image: str = ""
    review_body: str = ""


def form_from(store: SettingsStore, header: Header) -> WindowSettingsForm:
    s = store.settings
    return WindowSettingsForm(
        server_url=s.server_url,
        ca_bundle=s.ca_bundle,
        center_code=s.center_code,
        window_number=s.window_number,
        notice_printer=s.notice_printer,
        paper_size=s.paper_size,
        template_dir=s.template_dir,
        header_name=header.name,
        header_address=header.address,
        header_phone=header.phone,
        seal_image=header.seal_image,
        language=s.language,
        text_size=s.text_size,
        theme=s.theme,
        idle_lock_minutes=str(s.idle_lock_minutes),
        supervision_yellow_percent=str(s.supervision_yellow_percent),
        supervision_claim_workdays=str(s.supervision_claim_workdays),
    )


def read_header(template_dir: str, shipped: Path) -> Header:
    """The header in effect: the window's own ``center.json`` when it has one, else the shipped one."""
    for directory in (Path(template_dir) if template_dir else None, shipped):
        if directory is None:
            continue
        path = directory / CENTER_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            seal = str(data.get("seal_image", ""))
            if seal and not Path(seal).is_absolute():
                seal = str(path.parent / seal)
            return Header(
                str(data.get("name", "")),
                str(data.get("address", "")),
                str(data.get("phone", "")),
                seal,
                str(data.get("review_body", "")),
            )
    return Header()


def check_form(form: WindowSettingsForm) -> dict[str, str]:
    """Problems in words, by field name; empty when the form can be kept."""
    problems: dict[str, str] = {}
    server = check_server_settings(form.server_url, form.ca_bundle)
    if server.server_url:
        problems["server_url"] = server.server_url
    if server.ca_bundle:
        problems["ca_bundle"] = server.ca_bundle
    center = form.center_code.strip()
    if center and not _CENTER.fullmatch(center):
        problems["center_code"] = Message(CENTER_CODE)
    window = form.window_number.strip()
    if window and not _WINDOW.fullmatch(window):
        problems["window_number"] = Message(WINDOW_NUMBER)
    if form.paper_size not in PAPER_SIZES:
        problems["paper_size"] = Message(PAPER)
    template_dir = form.template_dir.strip()
    if template_dir and not Path(template_dir).is_dir():
        problems["template_dir"] = Message(NO_TEMPLATES, template_dir=template_dir)
    if not form.header_name.strip():
        problems["header_name"] = Message(NO_HEADER)
    elif len(form.header_name.strip()) > 40:
        problems["header_name"] = Message(HEADER_TOO_LONG)
    if len(form.header_address.strip()) > 80:
        problems["header_address"] = Message(ADDRESS_TOO_LONG)
    phone = form.header_phone.strip()
    if phone and not _PHONE.fullmatch(phone):
        problems["header_phone"] = Message(PHONE)
    seal = form.seal_image.strip()
    if seal:
        problem = _seal_problem(Path(seal))
        if problem:
            problems["seal_image"] = problem
    if form.language not in LANGUAGES:
        problems["language"] = Message(LANGUAGE)
    if form.text_size not in TEXT_SIZES:
        problems["text_size"] = Message(TEXT_SIZE)
    if form.theme not in THEMES:
        problems["theme"] = Message(THEME)
    minutes = form.idle_lock_minutes.strip()
    if not minutes.isdigit() or not 0 <= int(minutes) <= MAX_IDLE_MINUTES:
        problems["idle_lock_minutes"] = Message(IDLE_MINUTES, limit=MAX_IDLE_MINUTES)
    percent = form.supervision_yellow_percent.strip()
    if not percent.isdigit() or not YELLOW_PERCENT[0] <= int(percent) <= YELLOW_PERCENT[1]:
        problems["supervision_yellow_percent"] = Message(
            YELLOW_PERCENT_WORDS, low=YELLOW_PERCENT[0], high=YELLOW_PERCENT[1]
        )
    claim = form.supervision_claim_workdays.strip()
    if not claim.isdigit() or not 1 <= int(claim) <= MAX_CLAIM_WORKDAYS:
        problems["supervision_claim_workdays"] = Message(CLAIM_DAYS_WORDS, limit=MAX_CLAIM_WORKDAYS)
    return problems


def _seal_problem(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        return Message(NO_SEAL, path=path)
    except OSError as error:
        return Message(SEAL_UNREADABLE, path=path, error=error.strerror or error)
    if not any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        return Message(SEAL_NOT_IMAGE, name=path.name)
    return ""


def save_form(store: SettingsStore, form: WindowSettingsForm, header: Header, own_templates: Path) -> frozenset[str]:
    """Keep ``form`` (after ``check_form`` found nothing; raises ``ValueError`` with the words otherwise); returns the
    changed names (settings fields, and ``"header"`` when the notice header or seal changed). ``own_templates``: where
    the header is written when no template directory is set."""
    problems = check_form(form)
    if problems:
        raise ValueError("；".join(problems.values()))
    settings = store.settings
    changed: set[str] = set()
    wanted = {
        "server_url": form.server_url.strip().rstrip("/"),
        "ca_bundle": form.ca_bundle.strip(),
        "center_code": form.center_code.strip(),
        "window_number": form.window_number.strip(),
        "notice_printer": form.notice_printer.strip(),
        "paper_size": form.paper_size,
        "template_dir": form.template_dir.strip(),
        "language": form.language,
        "text_size": form.text_size,
        "theme": form.theme,
        "idle_lock_minutes": int(form.idle_lock_minutes.strip()),
        "supervision_yellow_percent": int(form.supervision_yellow_percent.strip()),
        "supervision_claim_workdays": int(form.supervision_claim_workdays.strip()),
    }
    new_header = Header(
        form.header_name.strip(),
        form.header_address.strip(),
        form.header_phone.strip(),
        form.seal_image.strip(),
        header.review_body,
    )
    if new_header != header:
        directory = Path(wanted["template_dir"]) if wanted["template_dir"] else own_templates  # type: ignore[arg-type]
        _write_header(directory, new_header)
        wanted["template_dir"] = str(directory)
        changed.add("header")
    for name, value in wanted.items():
        before = getattr(settings, name)
        if name == "server_url":
            if str(value) != before.rstrip("/"):
                changed.add(name)
        elif value != before:
            changed.add(name)
        setattr(settings, name, value)
    store.save()
    return frozenset(changed)


def _write_header(directory: Path, header: Header) -> None:
    """``center.json`` in ``directory`` with the header (other keys of a file already there are kept)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / CENTER_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data.update(name=header.name, address=header.address, phone=header.phone, seal_image=header.seal_image)
    if header.review_body and "review_body" not in data:
        data["review_body"] = header.review_body
    fd, tmp = tempfile.mkstemp(prefix=".center-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True, slots=True)
class ConnectionResult:
    ok: bool
    words: str


def probe_center(server_url: str, ca_bundle: str, *, timeout: float = 8.0) -> ConnectionResult:
    """A request to the center at ``server_url`` (checked with ``ca_bundle``), without logging in: blocking, run it
    off the GUI thread."""
    from govdesk.sync.client import MemoryTokenStore, SyncClient
    from govdesk.sync.errors import SyncError

    problems = check_server_settings(server_url, ca_bundle)
    if not problems.ok:
        return ConnectionResult(False, problems.server_url or problems.ca_bundle)
    client = SyncClient(
        server_url.strip().rstrip("/"),
        tokens=MemoryTokenStore(),
        ca_bundle=ca_bundle.strip(),
        timeout=(timeout, timeout),
    )
    try:
        reply = client.probe()
    except SyncError as error:
        return ConnectionResult(False, Message(CONNECT_FAILED, reason=error.message))
    finally:
        client.close()
    skew = client.clock_skew
    clock = Message(CLOCK_SKEW, seconds=abs(skew)) if skew is not None and abs(skew) >= 60 else ""
    return ConnectionResult(True, Message(CONNECTED, key=reply.key_id[:12], clock=clock))
