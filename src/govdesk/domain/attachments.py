"""Electronic materials: the scanned pages of a material, and what data sharing (免提交, 电子证照) vouched for.

A page is known by the SHA-256 of its file (content-addressed): the hash goes into the case's
``case.material_recorded`` event, so the hash chain covers the file too (regulation 000 Art. 20: 留痕, 可追溯), and
the central server takes from a window only files a case's events name (``govdesk.central.attachments``).

Regulation 000 Art. 31 (materials taken at the window pushed at once to the back office) and regulation 001
一平台共享 (材料 fetched from the sharing platform are never asked of the applicant again) are the rules served here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from govdesk.domain.errors import GovdeskError
from govdesk.domain.events import JSONValue
from govdesk.domain.messages import Message, translate

EMPTY = translate("Attachments", "{label}是空文件，未采集", "attachments.empty")
TOO_LARGE = translate(
    "Attachments",
    "{label}太大（{size_mb:.1f} MB），每页材料最多 {max_mb} MB；请降低扫描分辨率或分页扫描",
    "attachments.too_large",
)
WRONG_FORMAT = translate(
    "Attachments",
    "{label}不是 JPEG、PNG 或 PDF 文件，未采集（只接收这三种格式的扫描件）",
    "attachments.wrong_format",
)

#: The file types a window may take and the center stores (scans from a 高拍仪 or scanner, or a PDF).
CONTENT_TYPES: dict[str, str] = {"image/jpeg": "JPEG 图片", "image/png": "PNG 图片", "application/pdf": "PDF 文件"}
#: The largest single file (a multi-page PDF of a thick contract); a 300 dpi A4 colour JPEG is 0.3-1.5 MB.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The most pages one material may hold (a 不动产 contract can run to a hundred).
MAX_PAGES_PER_MATERIAL = 200

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)


class AttachmentRefused(GovdeskError, ValueError):
    """A file that cannot be taken as a material's page; the message is Chinese, for the clerk."""


def sniff_type(head: bytes) -> str | None:
    """The content type a file's first bytes show (never the name's extension, never what a sender claims)."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def is_sha256(text: str) -> bool:
    return bool(_SHA256.match(text))


def check_file(head: bytes, size: int, name: str = "") -> str:
    """The content type of a file of ``size`` bytes starting with ``head``, or ``AttachmentRefused`` in words."""
    label = f"“{name}”" if name else "该文件"
    if size <= 0:
        raise AttachmentRefused(Message(EMPTY, label=label))
    if size > MAX_FILE_BYTES:
        raise AttachmentRefused(
            Message(TOO_LARGE, label=label, size_mb=size / 1048576, max_mb=MAX_FILE_BYTES // 1048576)
        )
    kind = sniff_type(head)
    if kind is None:
        raise AttachmentRefused(Message(WRONG_FORMAT, label=label))
    return kind


@dataclass(frozen=True, slots=True)
class PageRef:
    """One captured file of a material: its hash, size and type; ``pages``: the pages it holds (a PDF may hold
    several; an image holds one)."""

    sha256: str
    size: int
    content_type: str
    pages: int = 1

    def __post_init__(self) -> None:
        if not is_sha256(self.sha256):
            raise ValueError(f"not a SHA-256: {self.sha256[:80]!r}")
        if self.content_type not in CONTENT_TYPES:
            raise ValueError(f"content type not taken: {self.content_type[:80]!r}")
        if not 0 < self.size <= MAX_FILE_BYTES:
            raise ValueError(f"size out of range: {self.size}")
        if self.pages < 1:
            raise ValueError("a file holds at least one page")

    def to_json(self) -> dict[str, JSONValue]:
        return {"sha256": self.sha256, "size": self.size, "content_type": self.content_type, "pages": self.pages}

    @classmethod
    def from_json(cls, data: Any) -> PageRef:
        """From JSON written by ``to_json`` (or sent by anyone: every field is checked; ValueError otherwise)."""
        if not isinstance(data, dict):
            raise ValueError("a page is a JSON object")
        sha, size, kind, pages = data.get("sha256"), data.get("size"), data.get("content_type"), data.get("pages", 1)
        if not isinstance(sha, str) or not isinstance(kind, str):
            raise ValueError("a page needs sha256 and content_type")
        if type(size) is not int or type(pages) is not int:
            raise ValueError("a page's size and pages are integers")
        return cls(sha, size, kind, pages)


def pages_from_json(data: Any) -> tuple[PageRef, ...]:
    if not data:
        return ()
    if not isinstance(data, list):
        raise ValueError("pages is a list")
    return tuple(PageRef.from_json(d) for d in data)


def page_count(pages: tuple[PageRef, ...]) -> int:
    """How many pages a material's files hold (shown in the materials table)."""
    return sum(p.pages for p in pages)


def pdf_page_count(head_and_body: bytes) -> int:
    """Pages of a PDF by its page objects (``/Type /Page``, not ``/Pages``); at least 1."""
    return max(1, len(re.findall(rb"/Type\s*/Page(?![s\w])", head_and_body)))


@dataclass(frozen=True, slots=True)
class SharedProof:
    """A material obtained by data sharing (免提交): where from, and its reference there (电子证照 number)."""

    source: str  # e.g. 电子证照库, 公安人口库
    reference: str  # the licence number or the sharing platform's record id
    holder: str = ""  # the holder's name as the library has it

    def label(self) -> str:
        """What the window shows beside the material."""
        return f"已通过电子证照核验（{self.source}，证照编号 {self.reference}）"


def electronic_json(pages: tuple[PageRef, ...], source: str, reference: str) -> dict[str, JSONValue]:
    """The keys a material's JSON gains when it has scans or a sharing proof (none otherwise: older events and
    snapshots keep their exact form)."""
    out: dict[str, JSONValue] = {}
    if pages:
        out["pages"] = [p.to_json() for p in pages]
    if source or reference:
        out["source"] = source
        out["reference"] = reference
    return out
