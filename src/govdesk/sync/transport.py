"""What the sync client checks before it opens a connection: the server's address and the CA bundle.

- Plain ``http://`` only to loopback (127.0.0.0/8, ::1, ``localhost``): the demo and the tests. Any other host must
  be ``https://``, so passwords, tokens and citizens' data never cross a network in clear. The check reads the
  address only: no name is resolved and no socket opened.
- A CA bundle (government intranets run their own CAs) is passed to requests as ``verify=``; "" means the system's
  trusted CAs. Verification is never turned off.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from urllib.parse import urlsplit

from govdesk.domain.messages import Message, translate
from govdesk.sync.errors import CertificateRefused, InsecureServer

BAD_ADDRESS = translate(
    "SyncTransport",
    "中心服务器地址“{url}”无法识别：请在设置文件的 server_url 中填写 https:// 开头的地址，如 "
    "https://zwfw.example.gov.cn",
    "sync.transport.bad_address",
)
PLAIN_HTTP = translate(
    "SyncTransport",
    "拒绝以明文 http 连接中心服务器 {host}：密码和群众的个人信息不得在网络上明文传输。请在设置文件的 server_url 中改为 "
    "https 地址（如 https://{netloc}），内网自建证书的请同时设置 ca_bundle；明文 http 只允许本机地址（127.0.0.1、"
    "localhost）",
    "sync.transport.plain_http",
)
NO_CA_BUNDLE = translate(
    "SyncTransport",
    "找不到设置的 CA 证书文件 {ca_bundle}（设置文件的 ca_bundle）：请把本单位的根证书（PEM 格式）放到该位置，"
    "或改正路径；未连接中心服务器",
    "sync.transport.no_ca_bundle",
)
PAUSED = translate(
    "SyncTransport",
    "{reason}。同步已暂停，设置改正后自动恢复；办件照常保存在本机",
    "sync.transport.paused",
)

_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})
#: Refusals that trying again cannot heal: the engine pauses on them (no retry storm) until the address or the CA
#: bundle is changed, and says why in the status bar.
REFUSALS: tuple[type[Exception], ...] = (InsecureServer, CertificateRefused)


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, without brackets) is this machine, judged without resolving it."""
    host = host.lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> None:
    """Raise ``InsecureServer`` (a Chinese message saying what to set) unless ``url`` may be used."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        parts, host = None, ""
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise InsecureServer(Message(BAD_ADDRESS, url=url))
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureServer(Message(PLAIN_HTTP, host=host, netloc=parts.netloc))


def verify_for(ca_bundle: str) -> bool | str:
    """The ``verify=`` argument for requests: True (the system's CAs) or the bundle's path, which must exist."""
    if not ca_bundle.strip():
        return True
    path = Path(ca_bundle).expanduser()
    if not path.is_file():
        raise CertificateRefused(Message(NO_CA_BUNDLE, ca_bundle=ca_bundle))
    return str(path)
