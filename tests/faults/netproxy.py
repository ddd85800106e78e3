"""A loopback HTTP proxy for the fault and scale tests: round-robin over one or more central server processes,
faults injected one request at a time or at random, and hooks that let a test act at the exact moment a request
reaches the server or its answer comes back (e.g. SIGKILL the client after the server committed, before the ack).

Faults (each used once, by the first request whose path starts with the given prefix):

- ``drop_reply``: forward (the server commits), then close the connection without answering (a lost reply);
- ``500_before``: answer 500 without forwarding (the server never saw it);
- ``500_after``: forward (the server commits), then answer 500;
- ``cut_body``: forward, then send the headers and half the body and close (the line cut mid-page).

``drop_rate``: besides, each forwarded request's reply is dropped with this probability (seeded, reproducible).
An upstream that is down (refused, reset, killed mid-request) is a closed connection for the client too.
"""

from __future__ import annotations

import http.client
import itertools
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.helpers.http_servers import ClosingHTTPServer

_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length"}
MODES = ("drop_reply", "500_before", "500_after", "cut_body")


@dataclass
class _State:
    upstreams: list[int]
    drop_rate: float
    rng: random.Random
    faults: list[tuple[str, str]] = field(default_factory=list)
    #: (path, upstream port or 0, outcome) of every request, in order.
    log: list[tuple[str, int, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    turn: itertools.count[int] = field(default_factory=itertools.count)
    before_forward: Callable[[str], None] | None = None
    #: Called with the path and the upstream's status once the server answered; True drops the reply.
    after_forward: Callable[[str, int], bool] | None = None

    def take(self, path: str) -> str | None:
        with self.lock:
            for i, (mode, prefix) in enumerate(self.faults):
                if path.startswith(prefix):
                    del self.faults[i]
                    return mode
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _note(self, port: int, outcome: str) -> None:
        with self.server.state.lock:
            self.server.state.log.append((self.path, port, outcome))

    def _handle(self) -> None:
        state = self.server.state
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        mode = state.take(self.path)
        with state.lock:
            port = state.upstreams[next(state.turn) % len(state.upstreams)]
        if mode == "500_before":
            self._note(port, mode)
            self._answer(500, [("Content-Type", "text/plain")], b"Internal Server Error")
            return
        if state.before_forward is not None:
            state.before_forward(self.path)
        try:
            status, headers, data = self._forward(port, body)
        except (OSError, http.client.HTTPException):
            self._note(port, "upstream_down")
            self.close_connection = True
            return
        dropped = state.after_forward is not None and state.after_forward(self.path, status)
        if not dropped and mode is None and state.drop_rate > 0:
            with state.lock:
                dropped = state.rng.random() < state.drop_rate
        if dropped or mode == "drop_reply":
            self._note(port, f"drop_reply({status})")
            self.close_connection = True
            return
        if mode == "500_after":
            self._note(port, f"500_after({status})")
            self._answer(500, [("Content-Type", "text/plain")], b"Internal Server Error")
            return
        self._note(port, f"cut_body({status})" if mode == "cut_body" else str(status))
        self._answer(status, headers, data, cut=mode == "cut_body")

    def _forward(self, port: int, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
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
        for key, value in headers:
            if key.lower() != "server":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        if cut:
            self.close_connection = True
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(body[: len(body) // 2] if cut else body)
            self.wfile.flush()
        except OSError:  # the client gave up (or was killed)
            self.close_connection = True


class _Server(ClosingHTTPServer):
    state: _State


class NetProxy:
    def __init__(self, upstreams: Sequence[int], *, drop_rate: float = 0.0, seed: int = 0) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self.state = _State(list(upstreams), drop_rate, random.Random(seed))
        self._server.state = self.state
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def inject(self, mode: str, path: str, times: int = 1) -> None:
        assert mode in MODES, mode
        with self.state.lock:
            self.state.faults.extend((mode, path) for _ in range(times))

    def heal(self) -> None:
        """No more faults: pending ones are forgotten, random drops stop, hooks are removed."""
        with self.state.lock:
            self.state.faults.clear()
            self.state.drop_rate = 0.0
            self.state.before_forward = None
            self.state.after_forward = None

    @property
    def log(self) -> list[tuple[str, int, str]]:
        with self.state.lock:
            return list(self.state.log)

    def close(self) -> None:
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join(5)
