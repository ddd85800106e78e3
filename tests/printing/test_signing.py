"""The QR signature: sign, verify offline, refuse tampering and unknown keys, key files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govdesk.domain.notices import NoticeKind
from govdesk.printing.sample import sample_notice
from govdesk.printing.signing import (
    NoticeSigner,
    NoticeVerifier,
    key_id,
    load_or_create_private_key,
    load_public_keys,
    parse_payload,
    public_key_pem,
)


def test_sign_and_verify_every_kind() -> None:
    signer = NoticeSigner(Ed25519PrivateKey.generate())
    verifier = NoticeVerifier.of(signer.public_key)
    for kind in NoticeKind:
        notice = sample_notice(kind)
        payload = signer.payload(notice)
        assert len(payload) <= 250 and "\n" not in payload
        verdict = verifier.verify(payload)
        assert verdict.ok and verdict.message.startswith(f"真实：办件 {notice.case_no}")
        assert verdict.payload is not None and NoticeVerifier.matches_content(verdict.payload, notice)


def test_any_changed_field_breaks_the_signature() -> None:
    signer = NoticeSigner(Ed25519PrivateKey.generate())
    verifier = NoticeVerifier.of(signer.public_key)
    payload = signer.payload(sample_notice(NoticeKind.COMMITMENT))
    fields = payload.split("|")
    for i, forged in ((1, fields[1][:-1] + "9"), (2, "ACC"), (3, "20261201"), (4, "0" * 16)):
        changed = "|".join([*fields[:i], forged, *fields[i + 1 :]])
        assert not verifier.verify(changed).ok, f"field {i} changed but verified"
    sig = fields[6]
    flipped = ("A" if sig[0] != "A" else "B") + sig[1:]
    assert not verifier.verify("|".join([*fields[:6], flipped])).ok
    assert verifier.verify("not a notice").message.startswith("签名不符：不是本系统")


def test_an_unknown_key_is_named() -> None:
    ours = NoticeSigner(Ed25519PrivateKey.generate())
    theirs = NoticeSigner(Ed25519PrivateKey.generate())
    verdict = NoticeVerifier.of(ours.public_key).verify(theirs.payload(sample_notice(NoticeKind.DELAY)))
    assert not verdict.ok and theirs.key_id in verdict.message


def test_content_check_catches_a_retyped_notice_that_differs() -> None:
    signer = NoticeSigner(Ed25519PrivateKey.generate())
    notice = sample_notice(NoticeKind.DEFICIENCY)
    payload = parse_payload(signer.payload(notice))
    assert not NoticeVerifier.matches_content(payload, dataclasses.replace(notice, lines=notice.lines[1:]))


def test_key_file_is_created_once_private_and_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "data" / "notice-signing-key.pem"
    first = load_or_create_private_key(path)
    assert (path.stat().st_mode & 0o777) == 0o600
    again = load_or_create_private_key(path)
    assert key_id(first.public_key()) == key_id(again.public_key())
    other = Ed25519PrivateKey.generate().public_key()
    bundle = tmp_path / "keys.pem"
    bundle.write_text("# 中心 A\n" + public_key_pem(first.public_key()) + public_key_pem(other), encoding="utf-8")
    keys = load_public_keys(bundle)
    assert set(keys) == {key_id(first.public_key()), key_id(other)}
