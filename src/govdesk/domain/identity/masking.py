"""Masking personal data for display and logs (DESIGN: "personal data masked in all of it")."""

from __future__ import annotations

from govdesk.domain.identity.model import clean


def mask_id(number: str) -> str:
    """Keep the first 6 and last 4 characters of a long number ("110105********002X"); shorter numbers
    (passports, permits: 5-10 characters) keep the first and the last 2; 4 or fewer are fully masked."""
    n = clean(number)
    if len(n) > 10:
        return n[:6] + "*" * (len(n) - 10) + n[-4:]
    if len(n) > 4:
        return n[:1] + "*" * (len(n) - 3) + n[-2:]
    return "*" * len(n)


def mask_phone(number: str) -> str:
    """Phone as "138****5678" (from "13812345678"); other lengths keep only the last 4 digits."""
    n = clean(number).replace("-", "")
    if n.startswith("+86") and len(n) == 14:
        n = n[3:]
    if len(n) == 11:
        return n[:3] + "****" + n[-4:]
    if len(n) > 4:
        return "*" * (len(n) - 4) + n[-4:]
    return "*" * len(n)


def mask_name(name: str) -> str:
    """Name as "张*丰" (from "张三丰"), "张*" (two characters), "欧**娜"; one character -> "*"."""
    s = name.strip()
    if len(s) <= 1:
        return "*" * len(s)
    if len(s) == 2:
        return s[0] + "*"
    return s[0] + "*" * (len(s) - 2) + s[-1]
