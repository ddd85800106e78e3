"""The test suite's small HTTP servers (fault proxies) close their clients' connections when they stop.

A ``ThreadingHTTPServer`` serves each connection on its own thread until the client hangs up; a client's keep-alive
connection would hold that thread past the test, and ``tests/conftest.py`` fails a test that leaves threads running.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: How long closing waits for a handler that is still forwarding a request (seconds).
HANDLER_JOIN_S = 15.0


class ClosingHTTPServer(ThreadingHTTPServer):
    """Remembers its open connections; ``close_connections`` ends them (call it after ``shutdown``)."""

    daemon_threads = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        self.handler_threads: set[threading.Thread] = set()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.open_connections.add(request)
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.handler_threads.add(threading.current_thread())
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.connections_lock:
                self.handler_threads.discard(threading.current_thread())

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.open_connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.open_connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        # A handler still forwarding a request upstream ends when its answer comes: wait for it (bounded).
        with self.connections_lock:
            threads = list(self.handler_threads)
        for thread in threads:
            thread.join(HANDLER_JOIN_S)


class ServedOnLoopback:
    """A ``ClosingHTTPServer`` for ``handler`` on a free loopback port, served by a thread until ``close`` (which
    ends its clients' connections and waits for its threads: nothing left running after the test)."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.server = ClosingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.close_connections()
        self.server.server_close()
        self._thread.join(5)
