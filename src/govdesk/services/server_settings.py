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

from govdesk.domain.messages import Message, message_of, translate
from govdesk.sync.errors import CertificateRefused, InsecureServer
from govdesk.sync.transport import check_server_url, verify_for

# The transport's words as the settings dialog says them beside the field (without "in the settings file").
BAD_ADDRESS = translate(
    "ServerSettings",
    "中心服务器地址“{url}”无法识别：请填写 https:// 开头的地址，如 https://zwfw.example.gov.cn",
    "services.server_settings.bad_address",
)
PLAIN_HTTP = translate(
    "ServerSettings",
    "拒绝以明文 http 连接中心服务器 {host}：密码和群众的个人信息不得在网络上明文传输。请改为 "
    "https 地址（如 https://{netloc}），内网自建证书的请同时设置 ca_bundle；明文 http 只允许本机地址（127.0.0.1、"
    "localhost）",
    "services.server_settings.plain_http",
)
NO_CA_BUNDLE = translate(
    "ServerSettings",
    "找不到设置的 CA 证书文件 {ca_bundle}：请把本单位的根证书（PEM 格式）放到该位置，或改正路径；未连接中心服务器",
    "services.server_settings.no_ca_bundle",
)
NOT_PEM = translate(
    "ServerSettings",
    "{ca_bundle} 不是 PEM 格式的证书文件：请选择本单位根证书（以 -----BEGIN CERTIFICATE----- 开头）",
    "services.server_settings.not_pem",
)
#: The transport's key → the dialog's words with the same placeholders.
_IN_DIALOG = {
    "sync.transport.bad_address": BAD_ADDRESS,
    "sync.transport.plain_http": PLAIN_HTTP,
    "sync.transport.no_ca_bundle": NO_CA_BUNDLE,
}


def _in_dialog(error: Exception, fallback: str) -> str:
    """The transport's refusal as the dialog says it (its words without "in the settings file")."""
    said = message_of(error)
    text = _IN_DIALOG.get(said.key) if said is not None else None
    if said is None or text is None:
        return fallback
    return Message(text, **said.params)


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
        url_problem = _in_dialog(error, error.message.replace("请在设置文件的 server_url 中", "请"))
    if ca_bundle.strip():
        try:
            path = Path(str(verify_for(ca_bundle.strip())))
            from cryptography import x509  # (its import takes a noticeable part of a start: only when a bundle is set)

            certificates = x509.load_pem_x509_certificates(path.read_bytes())
            if not certificates:
                raise ValueError("no certificate")
        except CertificateRefused as error:
            bundle_problem = _in_dialog(error, error.message.replace("（设置文件的 ca_bundle）", ""))
        except (OSError, ValueError):
            bundle_problem = Message(NOT_PEM, ca_bundle=ca_bundle)
    return ServerSettingsProblems(url_problem, bundle_problem)
