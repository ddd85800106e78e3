"""Shared fixtures of the printing tests: one signing key and one renderer per module (real Qt, offscreen)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govdesk.printing.render import NoticeRenderer
from govdesk.printing.signing import NoticeSigner, NoticeVerifier
from govdesk.printing.templates import TemplateSet

TOOLS = ("pdftotext", "pdftoppm", "zbarimg")


@pytest.fixture(scope="session", autouse=True)
def _tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    assert not missing, f"install poppler-utils and zbar-tools: {missing} not found"


@pytest.fixture(scope="module")
def signer() -> NoticeSigner:
    return NoticeSigner(Ed25519PrivateKey.generate())


@pytest.fixture(scope="module")
def verifier(signer: NoticeSigner) -> NoticeVerifier:
    return NoticeVerifier.of(signer.public_key)


@pytest.fixture
def renderer(qapp: object, signer: NoticeSigner) -> NoticeRenderer:
    return NoticeRenderer(signer, TemplateSet())


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def squash(text: str) -> str:
    """Text without any whitespace: table cells wrap lines wherever the width ends."""
    return "".join(text.split())


def scan(pdf: Path, tmp_path: Path, page: int = 1, dpi: int = 150) -> list[str]:
    """zbarimg's decodings ("TYPE:data") of one page rendered at ``dpi``."""
    prefix = tmp_path / f"scan-{pdf.stem}-{page}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    out = subprocess.run(["zbarimg", "-q", str(prefix) + ".png"], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]
