"""Test set-up shared by the whole suite.

- Qt runs offscreen (no display needed) and pytest-qt fails a test on any Qt warning (pyproject).
- keyring uses an in-memory backend: nothing touches the OS keyring, and no D-Bus is needed.
- Python warnings are errors (pyproject ``filterwarnings``).
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator

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


@pytest.fixture(autouse=True)
def _operations_gateway() -> Iterator[None]:
    """The UI's operations gateway (``ui/operations.py``) is one per program: each test ends by waiting for its calls
    and stopping its worker threads, so no thread outlives the test that started it."""
    yield
    module = sys.modules.get("govdesk.ui.operations")
    if module is not None:
        module.reset_operations()


@pytest.fixture
def loop(qapp: object) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication, as the program runs (Qt and asyncio on one thread)."""
    import qasync  # after PySide6 (qapp): qasync picks the binding already imported

    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)
