"""Body limits, tried over a raw socket against the real server: a body over the limit is answered 413 in words
before the server has read it (declared by Content-Length, or counted as a chunked body streams in), and an event
over its own limit inside a normal push is refused and never served on pull (issue 12)."""

from __future__ import annotations

import json
import select
import socket
import uuid
from dataclasses import dataclass

from sqlalchemy import select as sql_select

from govdesk.central.db import StoredEvent
from tests.central.conftest import Center, RunningServer, hall_desk, register_window

CHUNK = b" " * (64 * 1024)


@dataclass
class Answer:
    status: int
    body: dict[str, object]
    sent: int  # body bytes the client had sent when the answer came


def _read_answer(sock: socket.socket) -> tuple[int, dict[str, object]]:
    data = b""
    while b"\r\n\r\n" not in data:
        part = sock.recv(65536)
        assert part, data
        data += part
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(int(v) for k, _, v in (ln.partition(": ") for ln in lines[1:]) if k.lower() == "content-length")
    while len(rest) < length:
        part = sock.recv(65536)
        assert part
        rest += part
    return status, json.loads(rest[:length])


def _send(server: RunningServer, path: str, headers: dict[str, str], total: int, chunked: bool = False) -> Answer:
    """Send up to ``total`` bytes of whitespace as the body of a POST, stopping as soon as the server answers."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        lines = [f"POST {path} HTTP/1.1", f"Host: {host}", "Content-Type: application/json"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        lines.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {total}")
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        sent = 0
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break  # answered before the body was all sent
            piece = f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n" if chunked else CHUNK
            try:
                sock.sendall(piece)
            except (BrokenPipeError, ConnectionResetError, TimeoutError):
                break  # the server stopped reading: its answer is waiting
            sent += len(CHUNK)
        # The body is never finished: a server that waits for all of it never answers (timeout: the test fails).
        status, body = _read_answer(sock)
        return Answer(status, body, sent)


def _said_in_chinese(body: dict[str, object]) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in str(body.get("message_zh", "")))


def test_100_mb_of_whitespace_to_the_login_is_refused_unread(server: RunningServer) -> None:
    answer = _send(server, "/api/v1/auth/login", {}, 100 * 1024 * 1024)
    assert answer.status == 413 and answer.body["code"] == "too_large", answer
    assert _said_in_chinese(answer.body)
    assert answer.sent < 4 * 1024 * 1024  # answered long before the body came


def test_a_chunked_body_is_counted_as_it_streams(server: RunningServer) -> None:
    answer = _send(server, "/api/v1/auth/login", {}, 20 * 1024 * 1024, chunked=True)
    assert answer.status == 413 and answer.body["code"] == "too_large", answer
    assert answer.sent < 4 * 1024 * 1024


def test_a_64_mb_push_is_refused_before_it_is_read(server: RunningServer, center: Center) -> None:
    _, tokens = center.login()
    auth = {"Authorization": f"Bearer {tokens['access_token']}"}
    for chunked in (False, True):
        answer = _send(server, "/api/v1/sync/push", auth, 64 * 1024 * 1024, chunked=chunked)
        assert answer.status == 413 and _said_in_chinese(answer.body), answer
        # the push's limit is 16 MB: the answer comes then (what the client sent on is the sockets' buffers)
        assert answer.sent < 40 * 1024 * 1024


def test_an_event_over_its_limit_is_refused_stored_as_a_stub_and_never_pulled(
    server: RunningServer, center: Center
) -> None:
    window = register_window(center)
    watcher = hall_desk(center, "issuing").client  # a hall desk: every change of the center
    cursor = watcher.get("/api/v1/sync/snapshot").json()["cursor"]
    case_id = str(uuid.uuid4())
    big = window.event(case_id, "case.drafted", {"case_no": f"{center.code}-B1", "note": "很" * 200_000})
    small = window.event(str(uuid.uuid4()), "case.drafted", {"case_no": f"{center.code}-B2"})
    results = window.push_events([big, small])  # a 600 KB body: under the push's limit
    assert [(r["status"], r["code"]) for r in results] == [("refused", "too_large"), ("applied", "")]
    assert "KB" in results[0]["reason"] and _said_in_chinese({"message_zh": results[0]["reason"]})
    with server.central.tx() as session:
        stored = session.execute(
            sql_select(StoredEvent.document).where(StoredEvent.event_id == big["event_id"])
        ).scalar_one()
    assert len(json.dumps(stored)) < 1000 and stored["event_id"] == big["event_id"]
    changes = watcher.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    assert [c["case_id"] for c in changes] == [small["case_id"]]
