"""Shared output helpers for the sub-commands."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    """JSON on stdout, Chinese kept as characters (not \\u escapes), one document per call."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n")


def fail(message: str, code: int = 1) -> int:
    """A message on stderr; returns the exit code so callers can ``return fail(...)``."""
    sys.stderr.write(message + "\n")
    return code
