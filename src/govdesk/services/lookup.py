"""Finding a case from what a look-up box got: the one path of the result window's scan box, the toolbar's search
and the commitments page (issue 11, "scanning a notice opens its case").

A notice's Code 128 or its number typed in any form, and the verification QR (``GD1|…``), are read by the domain
(``numbering.read_scanned_code``); the QR's signature is checked here with the center's key through
``printing.signing`` (offline), and the clerk is told "真实" or why not. Anything else (a name, an ID number, a
phone) goes to the store's search by shape.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from govdesk.domain.clock import CST, Clock
from govdesk.domain.messages import Message, said, translate
from govdesk.domain.numbering import CaseNumber, NumberError, ScannedCode, read_scanned_code
from govdesk.printing.notice_keys import (
    key_stamp,
    load_center_key,
    load_certificate,
    load_directory,
    verify_with_certificates,
)
from govdesk.printing.signing import (
    NoticeVerifier,
    Verdict,
    key_id,
    load_or_create_private_key,
    load_public_keys,
)
from govdesk.services.errors import ServiceError
from govdesk.store.search import CaseSummary
from govdesk.store.store import Store

NO_KEY = translate(
    "LookupService",
    "无法验证签名：本机的通知书密钥文件不可用（{error}），请联系管理员",
    "services.lookup.no_key",
)

#: A case number of another station that this window does not hold: a window pulls what concerns it (issue 17).
ELSEWHERE = translate(
    "LookupService",
    "办件 {case_no} 由工作站 {station} 受理，本窗口只同步本工作站的办件和待领取的结果："
    "请到工作站 {station} 查询，结果待领取后可在此出件",
    "services.lookup.elsewhere",
)
#: Where the sync keeps the station code the center gave this device (``sync.engine.STATION_KEY``).
_STATION_KEY = "sync.station_code"

#: Public keys of other centers whose notices this window accepts (PEM, several blocks), beside the own key.
TRUSTED_KEYS_FILE = "trusted-notice-keys.pem"


class CaseLookupError(ServiceError):
    """What was typed or scanned cannot name a case; the message says why, in Chinese."""


@dataclass(frozen=True, slots=True)
class Lookup:
    """The cases found (most likely first), the code read when it was one, and the QR's signature check."""

    cases: list[CaseSummary] = field(default_factory=list)
    code: ScannedCode | None = None
    verdict: Verdict | None = None
    #: Nothing found for a number of another station: where the case is (``ELSEWHERE``), None otherwise.
    elsewhere: Message | None = None

    @property
    def verdict_words(self) -> str:
        """ "真实：…" or "签名不符：…" for a scanned QR, "" otherwise."""
        return self.verdict.message if self.verdict is not None else ""


class CaseFinder:
    """Looks cases up by a scanned or typed code, else by name, ID number or phone."""

    def __init__(self, store: Store, clock: Clock, key_path: Path) -> None:
        self.store = store
        self.clock = clock
        self.key_path = key_path
        self._verifier: NoticeVerifier | None = None
        self._stamp: tuple[int, int] | None = None

    def verifier(self) -> NoticeVerifier:
        """The center's own key (created on first use, as the notice service does) and any trusted keys; read again
        when the key file was replaced (a revoked key)."""
        stamp = key_stamp(self.key_path)
        if self._verifier is None or stamp != self._stamp:
            self._stamp = stamp
            keys: dict[str, Ed25519PublicKey] = {}
            trusted = self.key_path.parent / TRUSTED_KEYS_FILE
            if trusted.is_file():
                keys.update(load_public_keys(trusted))
            own = load_or_create_private_key(self.key_path).public_key()
            keys[key_id(own)] = own
            self._verifier = NoticeVerifier(keys)
        return self._verifier

    def find(self, text: str) -> Lookup:
        """``CaseLookupError`` when ``text`` is meant as a case number or a notice's QR but is not a valid one."""
        if not text.strip():
            return Lookup()
        today = self.clock.now().astimezone(CST).date()
        try:
            code = read_scanned_code(text, today)
        except NumberError as exc:
            raise CaseLookupError(said(exc)) from None
        if code is None:
            return Lookup(self.store.search_cases(text))
        hit = self.store.find_by_case_no(code.case_no)
        verdict = self._verify(code.qr_text) if code.from_qr else None
        return Lookup([hit] if hit is not None else [], code, verdict, None if hit else self._elsewhere(code))

    def _elsewhere(self, code: ScannedCode) -> Message | None:
        """Why a well-formed number is not held here when it names another station's case: a station window holds
        its own cases and the results ready at its center, not every case of the center (``central.changes``)."""
        try:
            station = CaseNumber.parse(code.case_no).station_code
        except NumberError:
            return None
        own = self.store.get_meta(_STATION_KEY) or ""
        if not own or station == own:
            return None
        return Message(ELSEWHERE, case_no=code.case_no, station=station)

    def _verify(self, qr_text: str) -> Verdict:
        chained = self._verify_up_to_the_center(qr_text)
        if chained is not None:
            return chained
        try:
            verifier = self.verifier()
        except (OSError, ValueError) as exc:  # a damaged key file must not stop the look-up itself
            return Verdict(False, Message(NO_KEY, error=exc))
        return verifier.verify(qr_text)

    def _verify_up_to_the_center(self, qr_text: str) -> Verdict | None:
        """The check through the center's certificates and revocations kept at the last sync (any window of the
        center, a revoked key said with its date: ``printing.notice_keys``); None when this window holds no center
        key yet, or the signing key is not one the center certified (another center's: the trusted keys decide)."""
        data_dir = self.key_path.parent.parent
        center = load_center_key(data_dir)
        if center is None:
            return None
        own = load_certificate(data_dir)
        directory = load_directory(data_dir)
        certificates = ([own] if own is not None else []) + (directory.certificates if directory else [])
        if not certificates:
            return None
        chained = verify_with_certificates(qr_text, center, certificates, directory.revocations if directory else [])
        known = {c.public_key for c in certificates}
        if chained.payload is not None and not any(
            key_id(Ed25519PublicKey.from_public_bytes(base64.b64decode(k))) == chained.payload.key_id for k in known
        ):
            return None
        return Verdict(chained.ok, chained.message, chained.payload)
