"""The center's address and CA bundle, as set at a window (``ui/server_settings.py``): checked before they are kept.

- The address: https://, or plain http only to this machine (``sync.transport.check_server_url``).
- The CA bundle (government intranets run their own CAs): "" for the system's CAs, else a readable PEM file holding
  at least one certificate. Verification is never turned off, whatever is typed.

A CA bundle takes effect at once (sync resumes if it was paused on a refused certificate); a new address at the next
start, since the window's login, device registration and receipts belong to one server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govdesk.services.settings import SettingsStore
from govdesk.sync.errors import CertificateRefused, InsecureServer
from govdesk.sync.transport import check_server_url, verify_for


@dataclass(frozen=True, slots=True)
class ServerSettingsProblems:
    """Chinese words per field ("" when the field is fine)."""

    server_url: str = ""
    ca_bundle: str = ""

    @property
    def ok(self) -> bool:
        return not self.server_url and not self.ca_bundle


def check_server_settings(server_url: str, ca_bundle: str) -> ServerSettingsProblems:
    url_problem = bundle_problem = ""
    try:
        check_server_url(server_url.strip())
    except InsecureServer as error:
        url_problem = error.message.replace("请在设置文件的 server_url 中", "请")
    if ca_bundle.strip():
        try:
            path = Path(str(verify_for(ca_bundle.strip())))
            from cryptography import x509  # (its import takes a noticeable part of a start: only when a bundle is set)

            certificates = x509.load_pem_x509_certificates(path.read_bytes())
            if not certificates:
                raise ValueError("no certificate")
        except CertificateRefused as error:
            bundle_problem = error.message.replace("（设置文件的 ca_bundle）", "")
        except (OSError, ValueError):
            bundle_problem = (
                f"{ca_bundle} 不是 PEM 格式的证书文件：请选择本单位根证书（以 -----BEGIN CERTIFICATE----- 开头）"
            )
    return ServerSettingsProblems(url_problem, bundle_problem)


def save_server_settings(store: SettingsStore, server_url: str, ca_bundle: str) -> bool:
    """Keep both (after ``check_server_settings`` found nothing); True when the address changed (restart needed).
    Raises ``ValueError`` with the problems' words if they are not fit."""
    problems = check_server_settings(server_url, ca_bundle)
    if not problems.ok:
        raise ValueError("；".join(p for p in (problems.server_url, problems.ca_bundle) if p))
    url = server_url.strip().rstrip("/")
    changed = url != store.settings.server_url.rstrip("/")
    store.settings.server_url = url
    store.settings.ca_bundle = ca_bundle.strip()
    store.save()
    return changed
