"""The sync engine's two threads, each a lane of one call at a time: the store thread (the local database, and any
other blocking work) and the network thread (requests to the center), so a request overlaps the store's work."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class Lanes:
    def __init__(self) -> None:
        self._store = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govdesk-sync")
        self._network = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govdesk-sync-net")

    def call(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """``fn(*args)`` on the store thread."""
        return asyncio.get_running_loop().run_in_executor(self._store, fn, *args)

    def net(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """``fn(*args)`` on the network thread."""
        return asyncio.get_running_loop().run_in_executor(self._network, fn, *args)

    async def close(self) -> None:
        """Both threads ended, each after the call in flight (bounded by the client's timeout)."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self._store.shutdown)
        await loop.run_in_executor(None, self._network.shutdown)
