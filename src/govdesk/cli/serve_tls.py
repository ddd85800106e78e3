"""``govdesk central serve --tls-cert FILE --tls-key FILE``: the server's own TLS, checked before it starts.

Both or neither; each file must exist and be readable, and the certificate must go with the key (loaded once
here with ``ssl``, so a wrong pair is said in words instead of a traceback from uvicorn). Production usually
terminates TLS in a reverse proxy (nginx) instead; see the README.
"""

from __future__ import annotations

import ssl
from pathlib import Path


class TlsOptionError(Exception):
    """The TLS options cannot be used; the message is Chinese and says what to fix."""


def tls_options(cert: str | None, key: str | None) -> dict[str, str]:
    """uvicorn's ``ssl_certfile``/``ssl_keyfile`` for the two options ({} when neither is given)."""
    if cert is None and key is None:
        return {}
    if cert is None or key is None:
        given, missing = ("--tls-cert", "--tls-key") if cert is not None else ("--tls-key", "--tls-cert")
        raise TlsOptionError(
            f"给了 {given} 却没有 {missing}：证书（--tls-cert）和私钥（--tls-key）须同时给出，或都不给"
        )
    for option, name in (("--tls-cert", cert), ("--tls-key", key)):
        path = Path(name)
        if not path.is_file():
            raise TlsOptionError(f"{option} 指定的文件不存在：{name}")
        try:
            path.read_bytes()
        except OSError as exc:
            raise TlsOptionError(f"{option} 指定的文件无法读取：{name}（{exc.strerror or exc}）") from exc
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (ssl.SSLError, ValueError) as exc:
        raise TlsOptionError(
            f"证书 {cert} 与私钥 {key} 无法使用：须为 PEM 格式、私钥不加密，且二者配对（{exc}）"
        ) from exc
    return {"ssl_certfile": cert, "ssl_keyfile": key}
