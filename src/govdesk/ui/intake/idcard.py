"""ID-card readers (身份证阅读器): a small interface, and a simulated reader for tests and the demo.

A real reader (a USB device with the vendor's SDK) comes later; it implements ``IdCardReader`` and emits
``card_placed`` when a card is put on it. The intake page only ever calls ``read()``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance


@dataclass(frozen=True, slots=True)
class IdCardData:
    """What a second-generation ID card holds that the intake needs."""

    name: str
    id_number: str
    address: str = ""
    sex: str = ""
    nation: str = ""
    issuer: str = ""  # 签发机关
    valid_until: str = ""


class IdCardReader(Protocol):
    """A card reader. ``card_placed`` is emitted when a card is put on the reader (the page then calls ``read``)."""

    @property
    def card_placed(self) -> SignalInstance: ...

    def read(self) -> IdCardData | None:
        """The card on the reader now, or None (no card, or it could not be read)."""
        ...


class SimulatedIdCardReader(QObject):
    """A reader that hands out cards queued with ``place()`` (tests) or a demo card.

    Signals:
        card_placed(): a card was put on the reader.
    """

    card_placed = Signal()

    DEMO_CARD = IdCardData(
        name="张三",
        id_number="11010519491231002X",  # the GB 11643 example number
        address="河南省渑池县城关镇韶州大道 1 号",
        sex="男",
        nation="汉",
        issuer="渑池县公安局",
        valid_until="2036-11-20",
    )

    def __init__(self, parent: QObject | None = None, demo: bool = True) -> None:
        super().__init__(parent)
        self._cards: deque[IdCardData] = deque()
        self._demo = demo

    def place(self, card: IdCardData) -> None:
        """Put ``card`` on the reader."""
        self._cards.append(card)
        self.card_placed.emit()

    def read(self) -> IdCardData | None:
        if self._cards:
            return self._cards.popleft()
        return self.DEMO_CARD if self._demo else None
