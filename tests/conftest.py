"""Test set-up shared by the whole suite.

- Qt runs offscreen (no display needed) and pytest-qt fails a test on any Qt warning (pyproject).
- keyring uses an in-memory backend: nothing touches the OS keyring, and no D-Bus is needed.
- Python warnings are errors (pyproject ``filterwarnings``).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(os.path.dirname(__file__), "..", ".hypothesis"))

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring

keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def _fresh_keyring() -> None:
    """Every test starts with an empty keyring."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    backend.clear()
