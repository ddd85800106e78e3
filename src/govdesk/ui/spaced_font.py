"""A UI font whose lines are far enough apart (适老化: lines at least 1.3 times the text size apart): a copy of the
platform font's file with a larger line gap, under a family of its own (``appearance.ui_font_family`` decides when).
The printing font is untouched."""

from __future__ import annotations

import logging
import shutil
import struct
import subprocess
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger("govdesk.ui.appearance")


def load_spaced_copy(font: QFont, ratio: float, family: str) -> str | None:
    """Load a copy of ``font``'s file whose lines are ``ratio`` times its size apart, named ``family``; the family
    Qt gives it, or None when it cannot be made (no file, not TrueType)."""
    path = _font_file(font.family())
    if path is None:
        log.info("appearance: no font file found for %s; lines stay as the font spaces them", font.family())
        return None
    try:
        data = spaced_font_data(path.read_bytes(), ratio, family)
    except (OSError, ValueError, struct.error) as error:
        log.info("appearance: %s cannot be respaced (%s)", path, error)
        return None
    font_id = QFontDatabase.addApplicationFontFromData(data)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def _font_file(family: str) -> Path | None:
    """The TrueType file of ``family`` (fontconfig; the one platform where the shipped fonts need it)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        out = subprocess.run(
            [fc_match, "-f", "%{file}", f"{family}:style=Regular"], capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out)
    return path if out and path.suffix.lower() == ".ttf" and path.is_file() else None


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = (offset, length)
    return tables


def spaced_font_data(data: bytes, ratio: float, family: str) -> bytes:
    """A copy of the TrueType font ``data`` whose lines are ``ratio`` times its size apart (a larger line gap in
    ``hhea`` and ``OS/2``), named ``family`` (the name records of family and full name, same length, padded)."""
    out = bytearray(data)
    tables = _tables(data)
    if b"hhea" not in tables or b"head" not in tables or b"name" not in tables:
        raise ValueError("not a TrueType font with hhea, head and name tables")
    (units,) = struct.unpack_from(">H", data, tables[b"head"][0] + 18)
    hhea = tables[b"hhea"][0]
    ascender, descender = struct.unpack_from(">hh", data, hhea + 4)
    gap = max(0, round(ratio * units) - (ascender - descender))
    struct.pack_into(">h", out, hhea + 8, gap)
    if b"OS/2" in tables:
        os2 = tables[b"OS/2"][0]
        typo_ascender, typo_descender = struct.unpack_from(">hh", data, os2 + 68)
        struct.pack_into(">h", out, os2 + 72, max(0, round(ratio * units) - (typo_ascender - typo_descender)))
        (win_descent,) = struct.unpack_from(">H", data, os2 + 76)
        struct.pack_into(">H", out, os2 + 76, win_descent + gap)  # (win metrics clip: keep room below)
    _rename(out, tables[b"name"][0], family)
    return bytes(out)


def _rename(out: bytearray, name_table: int, family: str) -> None:
    _format, count, storage = struct.unpack_from(">HHH", out, name_table)
    for i in range(count):
        platform, _encoding, _language, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", out, name_table + 6 + 12 * i
        )
        if name_id not in (1, 4, 6, 16):
            continue
        start = name_table + storage + offset
        if platform in (0, 3):  # UTF-16BE
            text = family.encode("utf-16-be")
            pad = " ".encode("utf-16-be")
        else:
            text, pad = family.encode("latin-1"), b" "
        if len(text) > length:
            raise ValueError("the font's name is shorter than the new one")
        out[start : start + length] = text + pad * ((length - len(text)) // len(pad))
