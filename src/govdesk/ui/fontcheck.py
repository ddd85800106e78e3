"""Is a Chinese font installed? Without one every label is a row of boxes (PLATFORM.md: a fresh Debian has none).

The printing package's ``cjk_font_status()`` decides (it knows which font notices are printed in); the shell adds
an English line so an administrator who reads no Chinese still understands why the screen shows boxes.
"""

from __future__ import annotations

from govdesk.printing.fonts import cjk_font_status, find_cjk_font

ENGLISH_NO_FONT = (
    "No Chinese font is installed: Chinese text cannot be shown or printed. Install WenQuanYi Micro Hei "
    "(Debian/Ubuntu: apt-get install fonts-wqy-microhei) and restart."
)


def cjk_font_problem() -> str | None:
    """A message for the clerk when the Chinese font is missing or poor, else None. Needs a QGuiApplication."""
    message = cjk_font_status()
    if not message:
        return None
    if find_cjk_font() is None:
        return f"{message}\n{ENGLISH_NO_FONT}"
    return message
