"""A simulated hall queue system (排队叫号机) for tests and the demo: a real HTTP server on loopback that speaks the
JSON protocol of ``services/hall_queue.py``, so the adapter's HTTP code runs for real.

    with SimulatedQueueServer() as server:      # 127.0.0.1, a free port
        server.issue("A", 3)                    # three applicants take tickets A001..A003 (取号)
        HttpHallQueue(server.url).call_next("3")

``garbage = True`` makes it answer every request with an HTML page (a misconfigured gateway); ``failing = 500``
makes it answer with that HTTP status and an error page (the queue system itself broken); ``stop()`` takes it
down. ``requests`` lists what it was asked, as (path, body), for tests to check. Tickets passed to a window (转窗)
are called there before the hall's common queue. Standard library only.

Run ``python -m govdesk.devices.queue_server [PORT]`` for the demo: it serves on 127.0.0.1 and issues a ticket
every few seconds.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from govdesk.domain.clock import CST

Body = dict[str, Any]


@dataclass(slots=True)
class _Ticket:
    number: str
    issued_at: datetime
    called_at: datetime | None = None
    window: str = ""


class SimulatedQueueServer:
    """See the module docstring. ``now`` gives the time tickets are issued and called (aware)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, now: Callable[[], datetime] | None = None) -> None:
        self.now = now or (lambda: datetime.now(CST))
        self.garbage = False
        self.failing = 0  # an HTTP status to answer every request with (0: answer normally)
        self.requests: list[tuple[str, Body]] = []
        self._lock = threading.Lock()
        self._hall: deque[_Ticket] = deque()
        self._passed: dict[str, deque[_Ticket]] = {}  # window -> tickets transferred to it
        self._tickets: dict[str, _Ticket] = {}
        self._counters: dict[str, int] = {}
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> SimulatedQueueServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="queue-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> SimulatedQueueServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ the hall

    def issue(self, prefix: str = "A", count: int = 1) -> list[str]:
        """``count`` applicants take tickets (取号) now; their numbers."""
        numbers = []
        with self._lock:
            for _ in range(count):
                n = self._counters.get(prefix, 0) + 1
                self._counters[prefix] = n
                ticket = _Ticket(f"{prefix}{n:03d}", self.now())
                self._hall.append(ticket)
                self._tickets[ticket.number] = ticket
                numbers.append(ticket.number)
        return numbers

    def waiting(self, window: str = "") -> int:
        with self._lock:
            return len(self._hall) + len(self._passed.get(window, ()))

    def handle(self, path: str, body: Body) -> tuple[int, Body]:
        """One request of the protocol: (HTTP status, answer)."""
        with self._lock:
            self.requests.append((path, body))
            window = str(body.get("window", "")).strip()
            if not window:
                return 400, {"error": "缺少窗口号"}
            if path == "/api/v1/call-next":
                return 200, self._call_next(window)
            ticket = self._tickets.get(str(body.get("number", "")))
            if ticket is None:
                return 404, {"error": f"没有号票 {body.get('number', '')}"}
            if ticket.window != window:
                return 409, {"error": f"号票 {ticket.number} 不在 {window} 号窗口"}
            if path == "/api/v1/recall":
                return 200, {"ok": True}
            if path == "/api/v1/no-show":
                ticket.window = ""
                return 200, {"ok": True}
            if path == "/api/v1/transfer":
                to = str(body.get("to_window", "")).strip()
                if not to or to == window:
                    return 400, {"error": "转入窗口无效"}
                ticket.window, ticket.called_at = "", None
                self._passed.setdefault(to, deque()).append(ticket)
                return 200, {"ok": True}
            return 404, {"error": f"未知的请求 {path}"}

    def _call_next(self, window: str) -> Body:
        queue = self._passed.get(window)
        source = queue if queue else self._hall
        if not source:
            return {"ticket": None, "waiting": 0}
        ticket = source.popleft()
        ticket.called_at, ticket.window = self.now(), window
        return {
            "ticket": {
                "number": ticket.number,
                "issued_at": ticket.issued_at.isoformat(),
                "called_at": ticket.called_at.isoformat(),
            },
            "waiting": len(self._hall) + len(self._passed.get(window, ())),
        }

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(min(length, 65536))
                if server.garbage:
                    self._send(200, b"<html><body>502 Bad Gateway</body></html>", "text/html")
                    return
                if server.failing:
                    page = f"<html><body>{server.failing} Internal Server Error</body></html>".encode()
                    self._send(server.failing, page, "text/html")
                    return
                try:
                    body = json.loads(raw or b"{}")
                    if not isinstance(body, dict):
                        raise ValueError("not an object")
                except ValueError:
                    status, answer = 400, {"error": "请求不是 JSON 对象"}
                else:
                    status, answer = server.handle(self.path, body)
                self._send(status, json.dumps(answer, ensure_ascii=False).encode(), "application/json")

            def _send(self, status: int, data: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: tests fail on stray output

        return Handler


def main(argv: list[str] | None = None) -> None:
    """The demo: serve on 127.0.0.1:PORT (default 8766) and issue a ticket every 20 seconds."""
    args = sys.argv[1:] if argv is None else argv
    port = int(args[0]) if args else 8766
    with SimulatedQueueServer(port=port) as server:
        server.issue("A", 5)
        print(f"模拟叫号系统：{server.url}（把设置文件的 queue_server_url 设为这个地址；Ctrl+C 结束）", flush=True)
        try:
            while True:
                time.sleep(20)
                server.issue("A")
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
