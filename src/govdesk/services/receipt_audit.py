"""An auditor's check of a PC against the center (issue 12; regulation 000 Art. 20, 可追溯): the receipts the center
kept for the PC's devices (``GET /api/v1/trust/receipts``, as an admin or supervisor of the center), following its
re-enrolment links, and the center's own public key. ``govdesk db verify --center URL`` compares them with the file
(``store.anchor.compare_with_center``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from govdesk.domain.messages import Message, translate
from govdesk.domain.trust import BatchReceipt, TrustFormatError
from govdesk.printing.notice_keys import read_center_key_text
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.errors import SyncError

NO_RECEIPT = translate("ReceiptAuditService", "无法从中心取得回执：{error}", "services.receipt_audit.no_receipt")
BAD_ANSWER = translate("ReceiptAuditService", "中心的答复无法读取：{error}", "services.receipt_audit.bad_answer")

#: At most this many devices (a PC re-enrolled again and again) and pages per device (1,000 receipts each).
MAX_DEVICES = 20
MAX_PAGES = 1000


class AuditError(Exception):
    """The center's copy could not be had; the message says why, in Chinese."""


@dataclass(frozen=True, slots=True)
class CenterReceipts:
    center_key: bytes
    receipts: list[BatchReceipt]
    devices: list[str]
    #: Device ids of the file the center does not know (another center's, or made up).
    unknown: list[str] = field(default_factory=list)


def fetch_center_receipts(
    server_url: str, username: str, password: str, device_ids: list[str], ca_bundle: str = ""
) -> CenterReceipts:
    """Log in (tokens in memory only), then every receipt the center kept for ``device_ids`` and the devices they
    replaced or were replaced by. ``AuditError`` in words."""
    client = SyncClient(server_url, tokens=MemoryTokenStore(), ca_bundle=ca_bundle)
    try:
        client.login(username, password)
        center = read_center_key_text(client.center_key().public_key)
        queue = list(device_ids)
        seen: list[str] = []
        unknown: list[str] = []
        receipts: list[BatchReceipt] = []
        while queue and len(seen) < MAX_DEVICES:
            device = queue.pop(0)
            if device in seen:
                continue
            seen.append(device)
            after = 0
            for _ in range(MAX_PAGES):
                try:
                    page = client.device_receipts(device, after)
                except SyncError as error:
                    if error.status == 404:
                        unknown.append(device)
                        break
                    raise
                receipts += [BatchReceipt.from_json(r.model_dump()) for r in page.receipts]
                queue += [linked for linked in (page.replaces, page.replaced_by) if linked]
                if page.next_after is None:
                    break
                after = page.next_after
        return CenterReceipts(center, receipts, seen, unknown)
    except SyncError as error:
        raise AuditError(Message(NO_RECEIPT, error=error)) from error
    except (TrustFormatError, ValueError) as error:
        raise AuditError(Message(BAD_ANSWER, error=error)) from error
    finally:
        client.close()
