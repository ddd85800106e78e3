"""The notices a window issued, as kept in its archive, and how one is read back to be printed again (补打).

Each archived notice is two files side by side: ``<kind>-<n>.pdf`` (what was printed) and ``<kind>-<n>.json``, the
notice's canonical JSON (``domain.notices.canonical_text``: exactly what the printed QR signs). A reprint re-renders
the notice from that JSON, so its content and its QR signature are those of the original; only the title gains the
mark "（补打）" (``REPRINT_MARK``), added by the templates (``ReprintTemplates``), not by the content. Notices archived
before the JSON was kept cannot be re-rendered: their PDF can still be opened (and printed from the PDF viewer).

Every file here may be sealed at rest (``store.sealed_files``): they are read through ``SealedFiles`` (a plain one
from before reads as it is).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from govdesk.domain.messages import Message, translate
from govdesk.domain.notices import (
    NOTICE_TITLES,
    AcceptanceNotice,
    CenterProfile,
    CommitmentLetter,
    DeficiencyNotice,
    DelayNotice,
    Notice,
    NoticeKind,
    PickupReceipt,
    RejectionNotice,
    TransferSheet,
    canonical_text,
)
from govdesk.printing.templates import TemplateSet
from govdesk.services.errors import ServiceError
from govdesk.store.errors import StoreError
from govdesk.store.sealed_files import SealedFiles

# Reads the archive's files when nobody gave the key: plain ones only (a sealed one is refused in words).
PLAIN = SealedFiles(None)

NO_CONTENT = translate(
    "NoticeArchiveService",
    "该通知书归档时未保存内容文件（{name}），不能补打；可打开原 PDF 查看",
    "services.notice_archive.no_content",
)
CONTENT_DAMAGED = translate(
    "NoticeArchiveService",
    "通知书内容文件 {path} 已损坏，不能补打：{error}",
    "services.notice_archive.content_damaged",
)

#: Printed after the title of a notice printed again (补打), so the paper says it is not the first issue.
REPRINT_MARK = "（补打）"
REPRINT_FOLDER = "reprints"
TITLE_FIELD = "{{title}}"

NOTICE_CLASSES: Mapping[NoticeKind, type] = {
    NoticeKind.DEFICIENCY: DeficiencyNotice,
    NoticeKind.ACCEPTANCE: AcceptanceNotice,
    NoticeKind.REJECTION: RejectionNotice,
    NoticeKind.COMMITMENT: CommitmentLetter,
    NoticeKind.TRANSFER: TransferSheet,
    NoticeKind.RECEIPT: PickupReceipt,
    NoticeKind.DELAY: DelayNotice,
}


class ArchiveError(ServiceError):
    """An archived notice cannot be read back (Chinese, for the clerk)."""


@dataclass(frozen=True, slots=True)
class ArchivedNotice:
    """One notice in a case's archive folder."""

    kind: NoticeKind
    number: int  # the n of ``<kind>-<n>.pdf``: 1 for the first of its kind
    pdf: Path
    issued_on: date | None  # from the kept JSON; None for an old notice without it

    @property
    def title(self) -> str:
        return NOTICE_TITLES[self.kind]

    @property
    def json_path(self) -> Path:
        return self.pdf.with_suffix(".json")

    @property
    def can_reprint(self) -> bool:
        return self.json_path.is_file()


def list_archived(folder: Path, files: SealedFiles = PLAIN) -> list[ArchivedNotice]:
    """The notices archived in a case's folder, in the order they were issued (kind order for equal days);
    ``files`` reads them (the store's key)."""
    found: list[ArchivedNotice] = []
    if not folder.is_dir():
        return found
    for pdf in folder.glob("*.pdf"):
        kind_text, _, n_text = pdf.stem.rpartition("-")
        try:
            kind, number = NoticeKind(kind_text), int(n_text)
        except ValueError:
            continue
        found.append(ArchivedNotice(kind, number, pdf, _issued_on(pdf.with_suffix(".json"), files)))
    order = list(NoticeKind)
    found.sort(key=lambda a: (a.issued_on or date.min, order.index(a.kind), a.number))
    return found


def _issued_on(path: Path, files: SealedFiles) -> date | None:
    try:
        return date.fromisoformat(json.loads(files.read_text(path))["issued_on"])
    except (OSError, StoreError, ValueError, KeyError, TypeError):
        return None


def load_notice(path: Path, center: CenterProfile, files: SealedFiles = PLAIN) -> Notice:
    """The notice kept at ``path`` (its canonical JSON, read by ``files``). The seal image, which the canonical form
    leaves out, is today's center's. ``ArchiveError`` when the file is missing, damaged or does not match its
    digest."""
    try:
        data = json.loads(files.read_text(path))
        cls = NOTICE_CLASSES[NoticeKind(data["kind"])]
        data["center"]["seal_image"] = center.seal_image
        notice = typing.cast(Notice, _decode(cls, data))
    except FileNotFoundError:
        raise ArchiveError(Message(NO_CONTENT, name=path.name)) from None
    except (OSError, StoreError, ValueError, KeyError, TypeError) as exc:
        raise ArchiveError(Message(CONTENT_DAMAGED, path=path, error=exc)) from exc
    return notice


def same_content(notice: Notice, path: Path, files: SealedFiles = PLAIN) -> bool:
    """Whether the kept JSON at ``path`` is the canonical form of ``notice`` (nothing lost in the round trip)."""
    try:
        return canonical_text(notice) == files.read_text(path)
    except (OSError, StoreError, ValueError):
        return False


def _decode(tp: Any, value: Any) -> Any:
    """``value`` (plain JSON) as an instance of the type hint ``tp``: dataclasses, enums, dates, tuples, optionals."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return None if value is None else _decode(args[0], value)
    if origin is tuple:
        inner = typing.get_args(tp)[0]
        return tuple(_decode(inner, v) for v in value)
    if origin in (dict, Mapping):
        return dict(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name: _decode(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value}
        return tp(**fields)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if tp is date:
        return date.fromisoformat(value)
    return value


class ReprintTemplates(TemplateSet):
    """The center's templates with "（补打）" after the title of every notice."""

    def __init__(self, base: TemplateSet) -> None:
        super().__init__()
        self.dirs = base.dirs

    def html(self, kind: NoticeKind) -> str:
        text = super().html(kind)
        if TITLE_FIELD in text:
            return text.replace(TITLE_FIELD, TITLE_FIELD + REPRINT_MARK, 1)
        # a center's own template without the title field: the mark goes first on the page
        head, sep, body = text.partition("<body>")
        mark = f'<p align="center" style="font-weight:bold">{REPRINT_MARK}</p>'
        return head + sep + mark + body if sep else mark + text


def reprint_path(archived: ArchivedNotice) -> Path:
    """Where a reprint's own PDF is kept: ``reprints/<kind>-<n>-<m>.pdf``, m counting the reprints of it."""
    folder = archived.pdf.parent / REPRINT_FOLDER
    m = 1
    while (folder / f"{archived.pdf.stem}-{m}.pdf").exists():
        m += 1
    return folder / f"{archived.pdf.stem}-{m}.pdf"
