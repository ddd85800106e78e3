"""Workaround for a reference-count bug of the installed PySide6 (6.12.0) under Python 3.11.

Every PySide6 method that returns nothing (``QPainter.drawRect``, ``QFont.setBold``, ``QObject.setObjectName`` …)
DECREFs ``None`` once without having INCREFed it — harmless from Python 3.12 on, where ``None`` is immortal, but on
3.11 each call lowers None's reference count by one, and after some ten thousand such calls the interpreter dies
with "Fatal Python error: none_dealloc: deallocating None". (Measured here: 100 calls of any void method lower
``sys.getrefcount(None)`` by 100; one notice render made about 1,000 such calls before the drawing was batched.)

So the printing layer (1) batches its drawing (one ``drawRects`` call per symbol instead of one call per bar), and
(2) runs its Qt work inside ``none_refcount_guard``, which gives back the references the calls took by keeping
the same number of extra references to ``None`` for the life of the process. The rest of the program (every widget
calls void methods) needs the same protection or a fixed PySide6: see the printing report.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

_BANK: list[None] = []


@contextmanager
def none_refcount_guard() -> Iterator[None]:
    if sys.version_info >= (3, 12):
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        lost = before - sys.getrefcount(None)
        if lost > 0:
            _BANK.extend([None] * lost)
