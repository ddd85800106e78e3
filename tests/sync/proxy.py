"""A small loopback HTTP proxy in front of the real central server that injects faults, one request at a time.

Faults (each used once, for the first request whose path starts with the given prefix):

- ``drop_reply``: forward, let the server commit, then close the connection without answering (a lost reply);
- ``500_before``: answer 500 without forwarding (the server never saw it);
- ``500_after``: forward (the server commits), then answer 500;
- ``delay``: forward, then hold the answer longer than the client's timeout;
- ``cut_body``: forward, then send the headers and half the body and close (the line cut mid-page);
- ``twice``: forward the same request twice and answer the second reply (the same batch sent twice);
- ``garbage``: forward, then answer 200 with a body that is not JSON;
- ``pass``: forward untouched (queued before a fault, it makes the fault hit a later request).

Besides, ``slow_per_event`` (seconds) makes a slow server: every push's answer is held that long per event in the
batch after the server answered (the server committed; a client with a shorter timeout loses the answer). The number
of events of every push is kept in ``push_sizes``. ``protocol`` (when set) replaces the ``X-Govdesk-Protocol`` the
server announces on every answer (a center upgraded to a newer protocol, or an old one).
"""

from __future__ import annotations

import contextlib
import http.client
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.helpers.http_servers import ClosingHTTPServer

_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length"}


@dataclass
class Fault:
    mode: str
    path: str


@dataclass
class ProxyState:
    upstream_port: int
    delay: float = 3.0
    faults: list[Fault] = field(default_factory=list)
    #: (method, path, status or fault mode) of every request, in order.
    log: list[tuple[str, str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    slow_per_event: float = 0.0
    push_sizes: list[int] = field(default_factory=list)
    protocol: str | None = None
    #: Set when the proxy closes: a held answer ("delay", a slow server) stops waiting.
    closing: threading.Event = field(default_factory=threading.Event)

    def take(self, path: str) -> str | None:
        with self.lock:
            for i, fault in enumerate(self.faults):
                if path.startswith(fault.path):
                    del self.faults[i]
                    return fault.mode
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _ProxyServer

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:  # a chunk of a scanned material (sync.attachments)
        self._handle()

    def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        state = self.server.state
        conn = http.client.HTTPConnection("127.0.0.1", state.upstream_port, timeout=30)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_HEADERS}
            conn.request(self.command, self.path, body=body or None, headers=headers)
            reply = conn.getresponse()
            data = reply.read()
            return reply.status, [(k, v) for k, v in reply.getheaders() if k.lower() not in _HOP_HEADERS], data
        finally:
            conn.close()

    def _answer(self, status: int, headers: list[tuple[str, str]], body: bytes, *, cut: bool = False) -> None:
        self.send_response_only(status)
        protocol = self.server.state.protocol
        for key, value in headers:
            if key.lower() == "x-govdesk-protocol" and protocol is not None:
                value = protocol
            if key.lower() != "server":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        if cut:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body[: len(body) // 2] if cut else body)
        self.wfile.flush()

    def _handle(self) -> None:
        state = self.server.state
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        mode = state.take(self.path)
        pushed = body.count(b'"device_seq"') if self.path.startswith("/api/v1/sync/push") else 0
        with state.lock:
            state.log.append((self.command, self.path, mode if mode and mode != "pass" else "forward"))
            if pushed:
                state.push_sizes.append(pushed)
        if mode == "500_before":
            self._answer(500, [("Content-Type", "text/plain")], b"Internal Server Error")
            return
        if mode == "404":  # a server from before this path existed
            missing = '{"code":"not_found","message_zh":"未找到"}'.encode()
            self._answer(404, [("Content-Type", "application/json")], missing)
            return
        status, headers, data = self._forward(body)
        if mode == "twice":
            status, headers, data = self._forward(body)
        if mode == "drop_reply":
            self.close_connection = True
            return
        if mode == "500_after":
            self._answer(500, [("Content-Type", "text/plain")], b"Internal Server Error")
            return
        if mode == "garbage":
            self._answer(
                200, [("Content-Type", "application/json")], b"<html>\xe7\xbd\x91\xe5\x85\xb3\xe9\x94\x99\xe8\xaf\xaf"
            )
            return
        if mode == "delay":
            state.closing.wait(state.delay)
            self.close_connection = True
            with contextlib.suppress(OSError):  # the client gave up long ago
                self._answer(status, headers, data)
            return
        if mode == "cut_body":
            self.close_connection = True
            self._answer(status, headers, data, cut=True)
            return
        with state.lock:
            state.log[-1] = (self.command, self.path, str(status))
        if pushed and state.slow_per_event > 0:
            state.closing.wait(pushed * state.slow_per_event)
            self.close_connection = True
            with contextlib.suppress(OSError):  # the client may have given up
                self._answer(status, headers, data)
            return
        self._answer(status, headers, data)


class _ProxyServer(ClosingHTTPServer):
    state: ProxyState


class FaultProxy:
    def __init__(self, upstream_port: int, delay: float = 3.0) -> None:
        self._server = _ProxyServer(("127.0.0.1", 0), _Handler)
        self._server.state = ProxyState(upstream_port, delay)
        self.state = self._server.state
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def inject(self, mode: str, path: str = "/api/v1/sync/push", times: int = 1) -> None:
        with self.state.lock:
            self.state.faults.extend(Fault(mode, path) for _ in range(times))

    @property
    def log(self) -> list[tuple[str, str, str]]:
        with self.state.lock:
            return list(self.state.log)

    def statuses(self, path: str) -> list[str]:
        return [status for _method, p, status in self.log if p.startswith(path)]

    def close(self) -> None:
        self.state.closing.set()
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join(5)
