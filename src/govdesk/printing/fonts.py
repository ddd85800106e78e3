"""The printing font: a CJK font found through QFontDatabase (fontconfig on Linux), and its coverage.

PLATFORM.md: Noto CJK renders correctly but breaks the PDF text layer (pdftotext returns Kangxi radicals), while
WenQuanYi round-trips exactly, so WenQuanYi Micro Hei is preferred; Windows' own CJK fonts come next. A notice is
never printed with missing glyphs: ``require_coverage`` raises ``FontMissingError`` naming the characters.
Fonts shipped with the program (``resources/fonts/``, filled by the frozen build) are registered first, so an installed
program prints the same on a PC without them. Needs a QGuiApplication.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.printing.errors import FontMissingError
from govdesk.resources import resource_path

#: Families tried first, best first. Noto/Source Han are last resorts (their PDF text layer is broken).
PREFERRED_FAMILIES: tuple[str, ...] = (
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimSun",
    "NSimSun",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Songti SC",
)
_LAST_RESORT_MARKERS = ("noto", "source han")

INSTALL_HINT = Message(
    translate(
        "Printing",
        "请安装文泉驿微米黑字体：Debian/Ubuntu 执行 sudo apt-get install fonts-wqy-microhei；"
        "Windows 系统自带的宋体或微软雅黑亦可。",
        "printing.font.install_hint",
    )
)
NO_FONT_MESSAGE = Message(
    translate("Printing", "未找到中文字体，通知书无法打印（打印出来会是方框）。{hint}", "printing.font.none"),
    hint=INSTALL_HINT,
)
LAST_RESORT = translate(
    "Printing",
    "打印字体为 {family}：通知书可以打印，但 PDF 中的文字无法正确检索和复制。{hint}",
    "printing.font.last_resort",
)
NOT_INSTALLED = translate("Printing", "打印字体“{family}”未安装，通知书无法打印。{hint}", "printing.font.not_installed")
LACKS = translate(
    "Printing",
    "打印字体“{family}”缺少以下字符：{shown}，打印出来会是方框。请改用常用字或安装包含这些字的字体。",
    "printing.font.lacks",
)
LACKS_MORE = translate("Printing", "{shown} 等 {count} 个字符", "printing.font.lacks_more")
CHARACTER = translate("Printing", "“{ch}”(U+{code})", "printing.font.character")


@cache
def register_shipped_fonts() -> tuple[str, ...]:
    """Register the fonts in ``resources/fonts/`` (once); the families they brought."""
    folder = resource_path("fonts")
    families: list[str] = []
    for path in sorted(folder.glob("*.tt[cf]")) if folder.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)


def _families() -> list[str]:
    register_shipped_fonts()
    return list(QFontDatabase.families())


def find_cjk_font() -> str | None:
    """The family used for printing, or None when no CJK font is installed."""
    families = _families()
    by_lower = {f.lower(): f for f in families}
    for name in PREFERRED_FAMILIES:
        if name.lower() in by_lower:
            return by_lower[name.lower()]
    chinese = [f for f in families if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)]
    good = [f for f in chinese if not any(m in f.lower() for m in _LAST_RESORT_MARKERS)]
    if good:
        return good[0]
    return chinese[0] if chinese else None


def cjk_font_status() -> str | None:
    """None when a good CJK font is installed; otherwise a Chinese message for the clerk (shown at start)."""
    family = find_cjk_font()
    if family is None:
        return NO_FONT_MESSAGE
    if any(m in family.lower() for m in _LAST_RESORT_MARKERS):
        return Message(LAST_RESORT, family=family, hint=INSTALL_HINT)
    return None


def _skip(ch: str) -> bool:
    return ch.isspace() or ch == "\ufffc" or unicodedata.category(ch) in ("Cc", "Cf")


def check_coverage(text: str, family: str) -> str:
    """The characters of ``text`` that ``family`` has no glyph for (each once, in order of appearance)."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return "".join(dict.fromkeys(ch for ch in text if not _skip(ch)))
    missing = (ch for ch in text if not _skip(ch) and not raw.supportsCharacter(ord(ch)))
    return "".join(dict.fromkeys(missing))


def require_font(family: str | None = None) -> str:
    """The family to print with (``family`` when given and installed), or ``FontMissingError``."""
    if family:
        if family.lower() not in {f.lower() for f in _families()}:
            raise FontMissingError(Message(NOT_INSTALLED, family=family, hint=INSTALL_HINT))
        return family
    found = find_cjk_font()
    if found is None:
        raise FontMissingError(NO_FONT_MESSAGE)
    return found


def require_coverage(text: str, family: str) -> None:
    """Refuse to print text with characters the font lacks (they would print as boxes)."""
    missing = check_coverage(text, family)
    if missing:
        shown = join((Message(CHARACTER, ch=ch, code=f"{ord(ch):04X}") for ch in missing[:10]), ENUMERATION)
        if len(missing) > 10:
            shown = Message(LACKS_MORE, shown=shown, count=len(missing))
        raise FontMissingError(Message(LACKS, family=family, shown=shown), missing=missing)
