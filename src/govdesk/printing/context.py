"""The placeholder values of a notice's template, and the objects (barcode, QR, seal) it shows.

Text values are escaped by ``templates.fill``; ``*_html`` values are fragments made here.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from govdesk.domain.notices import (
    NOTICE_TITLES,
    AcceptanceNotice,
    CommitmentLetter,
    DeficiencyNotice,
    DelayNotice,
    Notice,
    NoticeLine,
    PickupReceipt,
    RejectionNotice,
    TransferSheet,
)
from govdesk.domain.statutory import PROVISIONAL_NOTE
from govdesk.printing.objects import Barcode, DocObject, Picture, QrCode, Seal, marker


def cn_date(d: date) -> str:
    """The date as printed: 2026年11月22日."""
    return f"{d.year}年{d.month}月{d.day}日"


def _dated(d: date, provisional: bool) -> str:
    """A printed date; one counted on a provisional holiday year says so (issue 10)."""
    return f"{cn_date(d)}（{PROVISIONAL_NOTE}）" if provisional else cn_date(d)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _para(text: str, style: str = "") -> str:
    if not text:
        return ""
    return f'<p style="{style}">{_e(text)}</p>'


def deficiency_rows(lines: tuple[NoticeLine, ...]) -> list[str]:
    rows = []
    for i, line in enumerate(lines, 1):
        copies = f"{line.form}{line.copies}份" if line.copies else line.form
        rows.append(
            f'<tr><td align="center">{i}</td><td>{_e(line.name)}</td><td>{_e(line.reason)}</td>'
            f'<td>{_e(line.remedy)}</td><td align="center">{_e(copies)}</td></tr>'
        )
    return rows


def material_rows(lines: tuple[NoticeLine, ...]) -> list[str]:
    rows = []
    for i, line in enumerate(lines, 1):
        copies = str(line.copies) if line.copies else ""
        rows.append(
            f'<tr><td align="center">{i}</td><td>{_e(line.name)}</td><td align="center">{_e(line.form)}</td>'
            f'<td align="center">{copies}</td></tr>'
        )
    return rows


def waived_rows(lines: tuple[NoticeLine, ...]) -> list[str]:
    rows = []
    for i, line in enumerate(lines, 1):
        rows.append(
            f'<tr><td align="center">{i}</td><td>{_e(line.name)}</td><td>{_e(line.remedy)}</td>'
            f'<td align="center">{_e(line.form)}{line.copies or ""}{"份" if line.copies else ""}</td></tr>'
        )
    return rows


def _waived_html(notice: AcceptanceNotice) -> str:
    """容缺受理 (regulation 002, 三 (三)): the promised materials and their due date, on the 受理通知书 itself."""
    if not notice.waived or notice.waived_due is None:
        return ""
    due = _dated(notice.waived_due, notice.waived_due_provisional)
    head = (
        f'<p style="line-height:150%">容缺材料（共 {len(notice.waived)} 项），申请人已书面承诺于 '
        f"<b>{_e(due)}</b> 前补齐：</p>"
    )
    table = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse:collapse; border-color:#000; font-size:10pt">'
        '<tr bgcolor="#eeeeee"><th width="8%">序号</th><th width="32%">容缺材料</th><th width="45%">材料要求</th>'
        '<th width="15%">形式份数</th></tr>' + "".join(waived_rows(notice.waived)) + "</table>"
    )
    return head + table


@dataclass
class NoticeContext:
    """What a template is filled with: text values, the material table's rows (``{{material_rows_html}}``,
    kept apart so the renderer can break the table between rows), and the objects to draw."""

    values: dict[str, str]
    rows: list[str]
    objects: dict[str, DocObject]


#: Reads an image file the notice names (a signature drawn on the pad) whole: its bytes, or None when it cannot be
#: read. The caller's: the file is sealed at rest with a key printing does not hold (``store.sealed_files``).
ReadImage = Callable[[str], "bytes | None"]


def read_plain(path: str) -> bytes | None:
    """An image file as it is on disk (a window without a database key, a tool)."""
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def build(notice: Notice, qr_payload: str, read: ReadImage = read_plain) -> NoticeContext:
    """The template context of ``notice``; ``qr_payload`` is the signed QR text; ``read`` reads the signature."""
    objects: dict[str, DocObject] = {
        "barcode": Barcode(notice.case_no),
        "qr_signature": QrCode(qr_payload, size_mm=27.0),
    }
    guide_url = getattr(notice, "guide_url", "")
    if guide_url:
        objects["qr_guide"] = QrCode(guide_url, size_mm=22.0)
    if notice.center.seal_image:
        objects["seal"] = Seal(notice.center.seal_image)
    a = notice.applicant
    agent = notice.agent
    values: dict[str, str] = {
        "title": NOTICE_TITLES[notice.kind],
        "case_no": notice.case_no,
        "issued_on": cn_date(notice.issued_on),
        "center_name": notice.center.name,
        "center_address": notice.center.address,
        "center_phone": notice.center.phone,
        "applicant_name": a.name,
        "applicant_id_label": a.id_label or "证件号码",
        "applicant_id": a.id_masked,
        "applicant_phone": a.phone,
        "item_names": "、".join(notice.item_names),
        "clerk": notice.clerk,
        "agent_html": (
            f"<tr><td>代理人</td><td>{_e(agent.name)}</td><td>{_e(agent.id_label or '证件号码')}</td>"
            f"<td>{_e(agent.id_masked)}</td></tr>"
            if agent
            else ""
        ),
        # a line of its own, right-aligned, the number centred under the bars (see objects.MODULE_MM for why)
        "barcode_html": (
            '<table align="right" cellspacing="0" cellpadding="0"><tr><td align="center">'
            f'{marker("barcode")}<br/><span style="font-size:9pt">{_e(notice.case_no)}</span></td></tr></table>'
        ),
        "qr_signature_html": f'{marker("qr_signature")}<br/><span style="font-size:8pt">扫码验真</span>',
        "qr_guide_html": (f'{marker("qr_guide")}<br/><span style="font-size:8pt">办事指南</span>' if guide_url else ""),
        "seal_html": (
            f'<p align="center" style="font-size:1pt; margin:0">{marker("seal")}</p>' if "seal" in objects else ""
        ),
    }
    specific, rows = _specific(notice)
    values.update(specific)
    if isinstance(notice, PickupReceipt):
        values["collector_signature_html"] = _collector_signature(notice, objects, read)
    if isinstance(notice, CommitmentLetter):
        values["promisor_signature_html"] = _signature(notice.signature_image, "promisor_signature", objects, read)
    return NoticeContext(values, rows, objects)


#: Where a collector signs by hand (the receipt printed for a signature on paper).
SIGN_HERE = "______________"


def _collector_signature(notice: PickupReceipt, objects: dict[str, DocObject], read: ReadImage) -> str:
    """The 领取人（签字） field of a receipt (``_signature``)."""
    return _signature(notice.signature_image, "collector_signature", objects, read)


def _signature(path: str, key: str, objects: dict[str, DocObject], read: ReadImage) -> str:
    """A signature field: the signature drawn on the pad (the file at ``path``), else (none, or its file gone or
    not opening) a line to sign on by hand."""
    data = read(path) if path else None
    if not data:
        return SIGN_HERE
    objects[key] = Picture(data)
    return marker(key)


def _specific(notice: Notice) -> tuple[dict[str, str], list[str]]:
    match notice:
        case DeficiencyNotice():
            return {
                "received_on": cn_date(notice.received_on),
                "material_count": str(len(notice.lines)),
                "promise": notice.promise,
                "law_note_html": _para(notice.law_note, "font-size:9.5pt; text-indent:25px; line-height:140%"),
            }, deficiency_rows(notice.lines)
        case AcceptanceNotice():
            return {
                "accepted_on": cn_date(notice.accepted_on or notice.issued_on),
                "statement": notice.statement,
                "waived_html": _waived_html(notice),
                "material_count": str(len(notice.lines)),
                "promised_date": _dated(notice.promised_date, notice.date_provisional),
                "delivery": notice.delivery,
                "result_name": notice.result_name or "办理结果",
                "fee": notice.fee,
            }, material_rows(notice.lines)
        case RejectionNotice():
            authority = notice.competent_authority
            return {
                "reason": notice.reason,
                "department": notice.department or notice.center.name,
                "review_body": notice.review_body,
                # 《行政许可法》 art. 32 (二): tell the applicant which organ to apply to
                "competent_authority_html": _para(
                    f"请向有权机关{authority}申请办理。" if authority else "", "text-indent:29px; line-height:150%"
                ),
                "legal_basis_html": _para(f"依据：{notice.legal_basis}" if notice.legal_basis else ""),
                "rights": notice.rights,
            }, []
        case CommitmentLetter():
            return {
                "material_count": str(len(notice.lines)),
                "due_date": _dated(notice.due_date, notice.date_provisional),
                "consequence": notice.consequence,
            }, waived_rows(notice.lines)
        case TransferSheet():
            return {
                "material_count": str(len(notice.lines)),
                "total_copies": str(sum(line.copies for line in notice.lines)),
                "from_window": notice.from_window,
                "to_department": notice.to_department,
            }, material_rows(notice.lines)
        case PickupReceipt():
            c = notice.collector
            return {
                "result_name": notice.result_name,
                "method": notice.method_label,
                "details": notice.details or "—",
                "collector_name": c.name,
                "collector_id_label": c.id_label or "证件号码",
                "collector_id": c.id_masked,
            }, []
        case DelayNotice():
            return {
                "reason": notice.reason,
                "original_date": cn_date(notice.original_date),
                "new_date": _dated(notice.new_date, notice.date_provisional),
                "legal_basis": notice.legal_basis,
                "approved_by": notice.approved_by,
            }, []
