"""The center's address and CA bundle, as set at a window (``ui/settings_dialog.py``): checked before they are kept.

- The address: https://, or plain http only to this machine (``sync.transport.check_server_url``).
- The CA bundle (government intranets run their own CAs): "" for the system's CAs, else a readable PEM file holding
  at least one certificate. Verification is never turned off, whatever is typed.

Both take effect at once (``ui.sync_controller.apply_server_settings``): sync resumes if it was paused on a refused
certificate; a new address is another server, whose login is asked for (the refresh token is kept per server).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
