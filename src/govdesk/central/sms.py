"""SMS: the gateway interface, and the default that writes a log instead of sending (regulation 002 三 (三):
the applicant is told by SMS when a result is ready to fetch)."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from govdesk.domain.identity.masking import mask_phone


class SmsError(Exception):
    """The gateway could not send; the message says why (shown to the clerk)."""


class SmsGateway(Protocol):
    def send(self, phone: str, text: str) -> str:
        """Send ``text`` to ``phone``; returns the gateway's message id or raises ``SmsError``."""
        ...


class LogSmsGateway:
    """Sends nothing: appends one JSON line per message to ``log_path`` (or keeps them in memory with no path)."""

    def __init__(self, log_path: Path | str | None = None) -> None:
        self.log_path = Path(log_path) if log_path else None
        self.sent: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()

    def send(self, phone: str, text: str) -> str:
        message_id = f"log-{uuid.uuid4().hex[:16]}"
        line = json.dumps(
            # the log file keeps the masked phone (regulation 000 Art. 32); the gateway of a real center has the number
            {"message_id": message_id, "phone": mask_phone(phone), "text": text, "at": datetime.now(UTC).isoformat()},
            ensure_ascii=False,
        )
        with self._lock:
            self.sent.append((message_id, phone, text))
            if self.log_path is not None:
                self.log_path.parent.mkdir(parents=True, exist_ok=True)
                with self.log_path.open("a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
        return message_id
