"""The central server embedded in another process: uvicorn in a thread on a loopback port.

``govdesk demo`` runs one beside the window program, so a newcomer sees intake → back office → result handoff
with no configuration.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from govdesk.central.app import create_app
from govdesk.central.context import Central


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class EmbeddedCentral:
    url: str
    central: Central
    _server: uvicorn.Server
    _thread: threading.Thread

    @classmethod
    def start(cls, db_path: Path, port: int = 0, **options: Any) -> EmbeddedCentral:
        """Start the server on ``db_path`` (SQLite) at 127.0.0.1:``port`` (a free port when 0).

        The embedded server approves its own devices (``device_approval="auto"`` unless told otherwise): it is the
        demo's, on loopback, with no admin to ask; a real center runs ``central serve``, where an admin approves each
        new device (``govdesk.central.quarantine``). Its devices pull the whole center (``device_scope="center"``
        unless told otherwise): the one-PC demo shows every window's cases; a real center's window PCs pull what
        concerns their station (``govdesk.central.changes``)."""
        options.setdefault("device_approval", "auto")
        options.setdefault("device_scope", "center")
        app = create_app(f"sqlite:///{db_path}", **options)
        port = port or free_port()
        # A plain asyncio loop in its thread: the GUI process's own loop is qasync's.
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", ws="none", lifespan="on", loop="asyncio"
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name="govdesk-central", daemon=True)
        thread.start()
        deadline = time.monotonic() + 15
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                server.should_exit = True
                raise RuntimeError(f"内置中心服务器未能在 127.0.0.1:{port} 启动")
            time.sleep(0.02)
        return cls(f"http://127.0.0.1:{port}", app.state.central, server, thread)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
