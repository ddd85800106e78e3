"""Personal data masked in any text that leaves the screen for a file: logs, crash records, the SMS log.

Regulation 000 Art. 20 keeps a trace of what was done, not of who the applicant is; 个人信息保护法 art. 51 asks for
de-identification where possible. The window's logs (``services/logsetup``) and the central server's
(``govdesk central serve``) install the same ``MaskingLogFilter``.

What is masked (over-masking a number that only looks like one is the safe side):

- 18-character identity numbers (GB 11643), also written in groups with spaces or dashes ("110105 19491231 002X",
  "1101-0519-4912-3100-2X"): the first 6 and the last 4 kept;
- 15-digit identity numbers of before 1999: the first 6 and the last 3 kept;
- mobile numbers, with or without +86 and group separators: ``138****5678``;
- Chinese passports (E, EA…, G, D, S, P followed by 7–8 digits) and the Hong Kong/Macao/Taiwan permits (H, M, C, T
  followed by 8–10 digits): the first letter(s) and the last 2 kept.

Beside the ``identity`` package, not in it: the logging is set up before the window shows, and importing that
package (its checks, the county table) cost about 0.05 s of every start (issue 15). It needs none of it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

__all__ = ["MaskingLogFilter", "mask_in_text"]

# 17 digits and a check character, each optionally one space or dash from the next; lookarounds keep longer runs whole
_ID18 = re.compile(r"(?<![\dA-Za-z])(\d(?:[ -]?\d){16}[ -]?[\dXx])(?![\dA-Za-z])")
_ID15 = re.compile(r"(?<![\dA-Za-z])(\d{6})\d{6}(\d{3})(?![\dA-Za-z])")
_MOBILE = re.compile(r"(?<!\d)((?:\+?86[- ]?)?1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])(E[A-Z]?|[GDSP])(\d{5,6})(\d{2})(?![A-Za-z0-9])")
_PERMIT = re.compile(r"(?<![A-Za-z0-9])([HMCT])(\d{6,8})(\d{2})(?![A-Za-z0-9])")


def _id18(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match.group(1))
    return digits[:6] + "*" * 8 + digits[-4:]


def mask_in_text(text: str) -> str:
    """``text`` with identity numbers, mobile numbers, passports and permits masked (module docstring)."""
    text = _ID18.sub(_id18, text)
    text = _ID15.sub(lambda m: f"{m.group(1)}{'*' * 6}{m.group(2)}", text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(2)}", text)
    text = _PASSPORT.sub(lambda m: f"{m.group(1)}{'*' * len(m.group(2))}{m.group(3)}", text)
    return _PERMIT.sub(lambda m: f"{m.group(1)}{'*' * len(m.group(2))}{m.group(3)}", text)


def _masked(value: Any) -> Any:
    """A log record's ``extra`` value with every string in it masked (dicts, lists and tuples followed)."""
    if isinstance(value, str):
        return mask_in_text(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_masked(v) for v in value)
    return value


_STANDARD_ATTRS = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


def extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The ``extra={...}`` fields of a record."""
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD_ATTRS and not k.startswith("_")}


class MaskingLogFilter(logging.Filter):
    """Masks personal data in a record before any handler formats it: the message with its arguments, the
    traceback, the stack, and every ``extra`` field. Attach it to every handler (a filter on a logger does not see
    records propagated from its children)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_govdesk_masked", False):
            return True
        record.msg = mask_in_text(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_in_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_in_text(record.stack_info)
        for key, value in extra_fields(record).items():
            setattr(record, key, _masked(value))
        record._govdesk_masked = True
        return True
