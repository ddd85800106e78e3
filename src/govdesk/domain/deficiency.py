"""One line of a 一次性告知单 (regulation 000, Art. 25; regulation 002, 三 (一)): a material missing or defective, why,
and what would fix it. ``domain.assessment`` finds them, ``Case.notify`` records them and the notice lists them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from govdesk.domain.catalog import MaterialForm
from govdesk.domain.events import JSONValue

__all__ = ["Deficiency"]


@dataclass(frozen=True, slots=True)
class Deficiency:
    """One line of a 一次性告知单: a material missing or defective, why, and what would fix it."""

    code: str
    name: str
    reason: str
    remedy: str
    defective: bool = False  # False: missing (缺少); True: submitted but not acceptable
    waivable: bool = False  # 容缺 allowed for it
    copies: int = 1
    forms: tuple[MaterialForm, ...] = (MaterialForm.ORIGINAL,)
    item_codes: tuple[str, ...] = ()  # the items that ask for it (a bundle asks once)

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "code": self.code,
            "name": self.name,
            "reason": self.reason,
            "remedy": self.remedy,
            "defective": self.defective,
            "waivable": self.waivable,
            "copies": self.copies,
            "forms": [f.value for f in self.forms],
            "item_codes": list(self.item_codes),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, JSONValue]) -> Deficiency:
        return cls(
            code=str(data["code"]),
            name=str(data["name"]),
            reason=str(data.get("reason", "")),
            remedy=str(data.get("remedy", "")),
            defective=bool(data.get("defective", False)),
            waivable=bool(data.get("waivable", False)),
            copies=int(data.get("copies", 1)),
            forms=tuple(MaterialForm(f) for f in data.get("forms") or ["original"]),
            item_codes=tuple(str(c) for c in data.get("item_codes") or []),
        )
