"""The window's notice signing key certified by the center, asked for after sync rounds (issue 12).

A round task of the sync engine (``SyncController`` adds it): once the device is registered, and again when a third
of the certificate's life is left or the key changed, it fetches the center's public key and asks the center to
certify this window's key (``printing.notice_keys``). A certificate whose signature is not the center's, or that
certifies another key or device, is not kept. Roles that print no notices are refused by the center: said once in
the log, never a failed round.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from govdesk.domain.trust import NoticeKeyCertificate, TrustFormatError, b64
from govdesk.printing.notice_keys import (
    certificate_problem,
    load_certificate,
    notice_key_path,
    raw_public,
    read_center_key_text,
    renewal_due,
    save_center_key,
    save_certificate,
)
from govdesk.printing.signing import load_or_create_private_key
from govdesk.sync.client import SyncClient
from govdesk.sync.engine import REGISTERED_KEY
from govdesk.sync.errors import SyncError

log = logging.getLogger(__name__)


class NoticeKeyCertifier:
    """``certifier(client)``: certify this window's notice key if due. ``get_value`` reads the store's sync meta."""

    def __init__(
        self, data_dir: Path, get_value: Callable[[str], str | None], now: Callable[[], datetime] | None = None
    ) -> None:
        self.data_dir = data_dir
        self.get_value = get_value
        self.now = now or (lambda: datetime.now(UTC))
        self.refused = ""

    def __call__(self, client: SyncClient) -> NoticeKeyCertificate | None:
        device_id = self.get_value(REGISTERED_KEY)
        if not device_id or self.refused:
            return None
        key = load_or_create_private_key(notice_key_path(self.data_dir))
        if not renewal_due(load_certificate(self.data_dir), key.public_key(), self.now()):
            return None
        public = b64(raw_public(key.public_key()))
        try:
            center = read_center_key_text(client.center_key().public_key)
            answer = client.certify_notice_key(device_id, public)
        except SyncError as error:
            if error.status == 403:
                self.refused = error.message
            log.info("notice key not certified: %s", error.message, extra={"event": "notice_key_not_certified"})
            return None
        try:
            certificate = NoticeKeyCertificate.from_json(answer.model_dump())
        except TrustFormatError as error:
            log.warning("the center's notice key certificate is unreadable: %s", error)
            return None
        problem = certificate_problem(certificate, center)
        if not problem and (certificate.public_key != public or certificate.device_id != device_id):
            problem = "证书不是为本窗口的密钥或设备颁发的"
        if problem:
            log.warning("notice key certificate refused: %s", problem, extra={"event": "notice_key_cert_refused"})
            return None
        save_center_key(self.data_dir, center)
        save_certificate(self.data_dir, certificate)
        log.info(
            "notice key certified by the center",
            extra={"event": "notice_key_certified", "serial": certificate.serial, "until": certificate.not_after},
        )
        return certificate
