"""The window's notice signing key certified by the center, asked for after sync rounds (issue 12).

A round task of the sync engine (``SyncController`` adds it). Each round it:

1. takes the center's directory of notice keys (``GET /api/v1/trust/notice-keys``: every certificate of the center
   and every revocation, each checked against the center's key; what fails the check is dropped) and keeps it beside
   the key (``printing.notice_keys``), so ``notice verify`` and the look-up box check any notice of the center, and
   say when its key was revoked;
2. when this window's own key is among the revoked, replaces it with a new one (the revoked private key is destroyed:
   it signs nothing again; the running program's renderer notices the new file, ``NoticeService.renderer``);
3. once the device is registered, and again when a third of the certificate's life is left or the key changed, asks
   the center to certify this window's key. A certificate whose signature is not the center's, or that certifies
   another key or device, is not kept. The center refusing a revoked key (409) also makes a new key.

Roles that print no notices are refused certificates by the center: said once in the log, never a failed round
(their windows still take the directory, to check notices).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govdesk.domain.trust import NoticeKeyCertificate, NoticeKeyRevocation, TrustFormatError, b64
from govdesk.domain.trust import key_id as center_key_id
from govdesk.printing.notice_keys import (
    KeyDirectory,
    certificate_problem,
    load_certificate,
    load_directory,
    notice_key_path,
    raw_public,
    read_center_key_text,
    renewal_due,
    replace_revoked_key,
    revocation_problem,
    save_center_key,
    save_certificate,
    save_directory,
)
from govdesk.printing.signing import load_or_create_private_key
from govdesk.sync.client import SyncClient
from govdesk.sync.engine import REGISTERED_KEY
from govdesk.sync.errors import SyncError

log = logging.getLogger(__name__)

#: At most this many pages of certificates per round (1,000 each: a province's windows for years).
MAX_DIRECTORY_PAGES = 50


class NoticeKeyCertifier:
    """``certifier(client)``: certify this window's notice key if due. ``get_value`` reads the store's sync meta."""

    def __init__(
        self, data_dir: Path, get_value: Callable[[str], str | None], now: Callable[[], datetime] | None = None
    ) -> None:
        self.data_dir = data_dir
        self.get_value = get_value
        self.now = now or (lambda: datetime.now(UTC))
        self.refused = ""
        #: The revocation that made this window replace its key, as last seen (for the log and the tests).
        self.replaced: NoticeKeyRevocation | None = None

    def __call__(self, client: SyncClient) -> NoticeKeyCertificate | None:
        device_id = self.get_value(REGISTERED_KEY)
        if not device_id:
            return None
        try:
            center = read_center_key_text(client.center_key().public_key)
        except SyncError as error:
            log.info("the center's key is not available: %s", error.message)
            return None
        key = load_or_create_private_key(notice_key_path(self.data_dir))
        directory = self._directory(client, center)
        if directory is not None:
            save_center_key(self.data_dir, center)
            save_directory(self.data_dir, directory)
            revoked = directory.revocation_of(b64(raw_public(key.public_key())))
            if revoked is not None:
                key = self._replace(revoked)
        if self.refused or not renewal_due(load_certificate(self.data_dir), key.public_key(), self.now()):
            return None
        try:
            answer = client.certify_notice_key(device_id, b64(raw_public(key.public_key())))
        except SyncError as error:
            if error.status == 409 and error.code == "notice_key_revoked":  # revoked after the directory was read
                key = self._replace(None)
                try:
                    answer = client.certify_notice_key(device_id, b64(raw_public(key.public_key())))
                except SyncError as again:
                    self._not_certified(again)
                    return None
            else:
                self._not_certified(error)
                return None
        return self._keep(answer.model_dump(), center, device_id, b64(raw_public(key.public_key())))

    def _not_certified(self, error: SyncError) -> None:
        if error.status == 403:
            self.refused = error.message
        log.info("notice key not certified: %s", error.message, extra={"event": "notice_key_not_certified"})

    def _replace(self, revocation: NoticeKeyRevocation | None) -> Ed25519PrivateKey:
        key = replace_revoked_key(self.data_dir)
        self.replaced = revocation
        log.warning(
            "this window's notice key was revoked by the center: a new key replaces it",
            extra={"event": "notice_key_replaced", "revoked_at": revocation.revoked_at if revocation else ""},
        )
        return key

    def _keep(
        self, answer: dict[str, object], center: bytes, device_id: str, public: str
    ) -> NoticeKeyCertificate | None:
        try:
            certificate = NoticeKeyCertificate.from_json(answer)
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

    def _directory(self, client: SyncClient, center: bytes) -> KeyDirectory | None:
        """The center's certificates and revocations, each checked against its key; None when it cannot be had
        (the directory kept from before stays). Only the certificates after the kept cursor are asked for (a round
        every half minute at each window: the steady answer is the revocations alone)."""
        kept = load_directory(self.data_dir)
        if kept is not None and kept.center_key_id != center_key_id(center):
            kept = None  # another center key: what was checked with the old one is checked again
        certificates = list(kept.certificates) if kept is not None else []
        revocations: list[NoticeKeyRevocation] = []
        after = kept.cursor if kept is not None else 0
        center_code = kept.center_code if kept is not None else ""
        try:
            for _ in range(MAX_DIRECTORY_PAGES):
                page = client.notice_key_directory(after)
                center_code = page.center_code
                revocations = []
                for model in page.revocations:
                    revocation = NoticeKeyRevocation.from_json(model.model_dump())
                    if revocation_problem(revocation, center):
                        log.warning("a revocation not signed by the center's key was dropped")
                        continue
                    revocations.append(revocation)
                for cert_model in page.certificates:
                    certificate = NoticeKeyCertificate.from_json(cert_model.model_dump())
                    if certificate_problem(certificate, center):
                        continue  # signed by an older center key, or not at all: proves nothing
                    certificates.append(certificate)
                after = max(after, page.cursor)
                if page.next_after is None:
                    break
        except SyncError as error:
            log.info("the center's notice key directory is not available: %s", error.message)
            return None
        except TrustFormatError as error:
            log.warning("the center's notice key directory is unreadable: %s", error)
            return None
        return KeyDirectory(
            center_code, self.now().isoformat(), certificates, revocations, after, center_key_id(center)
        )
