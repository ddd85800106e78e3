"""How a person signed for something at the window (regulation 002 三 (三): 承诺书 and 交接签收).

A signature is either drawn on the window's signature pad (the image is kept with the case) or written on the
printed paper, which the clerk confirms. Nothing counts as signed on the clerk's word alone without one of the two,
and a signature always names its signer.
"""

from __future__ import annotations

from enum import StrEnum

from govdesk.domain.messages import Message, join, translate
from govdesk.domain.transitions import DomainError


class SignedOn(StrEnum):
    PAD = "pad"  # drawn on the signature pad; the PNG is kept as an attachment of the case
    PAPER = "paper"  # signed on the printed paper; the clerk confirmed it


def pad_image_path(case_no: str, name: str) -> str:
    """Where a signature drawn on the pad is kept, relative to the data folder: ``signatures/<case number>/<name>.png``,
    the case number made safe for a file name (letters, digits, ``-`` and ``_``; anything else ``_``)."""
    folder = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in case_no)
    return f"signatures/{folder}/{name}.png"


# What is signed (``signed_on``'s ``what``)
COMMITMENT_LETTER = Message(translate("Signatures", "承诺书", "signatures.what.commitment_letter"))
COLLECTION_RECEIPT = Message(translate("Signatures", "领取回执", "signatures.what.collection_receipt"))
NO_SIGNER = translate("Signatures", "请填写{what}的签字人", "signatures.no_signer")
NOT_SIGNED = translate(
    "Signatures",
    "{what}须由签字人在签字板上签名，或在纸质{what}上签字后由工作人员确认",
    "signatures.not_signed",
)


class NotSigned(DomainError, ValueError):
    """Nobody, or nothing, signed: the message says what is missing (for the clerk)."""


SIGNED_ON_LABELS = {SignedOn.PAD: "签字板签名", SignedOn.PAPER: "纸质签字（工作人员确认）"}


def signed_on(signer: str, what: str, *, pad_image: bytes | None, paper_confirmed: bool) -> SignedOn:
    """How ``signer`` signed ``what`` (e.g. ``COMMITMENT_LETTER``); ``NotSigned`` (a ``ValueError``) when nobody or
    nothing signed."""
    problems = []
    if not signer.strip():
        problems.append(Message(NO_SIGNER, what=what))
    if not pad_image and not paper_confirmed:
        problems.append(Message(NOT_SIGNED, what=what))
    if problems:
        raise NotSigned(join(problems))
    return SignedOn.PAD if pad_image else SignedOn.PAPER
