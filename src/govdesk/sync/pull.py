"""The pull side of a sync round (``SyncEngine`` runs it after the push): pages of changes by cursor, each applied
in one local transaction with its new cursor; a new window (no cursor), one whose bootstrap was cut short, or one
answered 410 bootstraps first — the center's cases in big pages, each applied in one transaction with where the
bootstrap stands, so a kill resumes at the next page (the unsent outbox is kept). A page that names a new catalog or
calendar brings the newest one with it. The scope and stations the center named are followed once the pages are in
(``LocalQueue.follow_scope``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from govdesk.protocol import BOOTSTRAP_LIMIT, MAX_PULL_LIMIT, BootstrapPage, ChangeKind, VersionedDocument
from govdesk.sync.client import SyncClient
from govdesk.sync.errors import CursorGone
from govdesk.sync.lanes import Lanes
from govdesk.sync.queue import LocalQueue

log = logging.getLogger(__name__)

_DOC_KINDS = {ChangeKind.CATALOG: "catalog", ChangeKind.CALENDAR: "calendar"}


class Inbound:
    """See the module docstring. ``seq_base``: the engine's (a re-enrolled identity numbers from 1 again);
    ``closing``: set when the engine closes (no further page is asked for)."""

    def __init__(
        self,
        client: SyncClient,
        queue: LocalQueue,
        lanes: Lanes,
        seq_base: Callable[[], int],
        *,
        pull_limit: int = MAX_PULL_LIMIT,
        bootstrap_limit: int = BOOTSTRAP_LIMIT,
    ) -> None:
        self.client = client
        self.queue = queue
        self.lanes = lanes
        self.seq_base = seq_base
        self.pull_limit = min(pull_limit, MAX_PULL_LIMIT)
        #: Cases per bootstrap page (a new window's first sync).
        self.bootstrap_limit = bootstrap_limit
        self.closing = False

    async def pull_all(self) -> tuple[int, bool]:
        """Pull every new change, page by page, each applied with its cursor. A window with no cursor (new), with a
        bootstrap under way (killed in the middle) or answered 410 bootstraps first (``bootstrap``); it never pulls
        from the start of the change log. Returns (changes and cases received, whether it bootstrapped)."""
        pulled = 0
        bootstrapped = False
        scope: tuple[str, list[str]] | None = None
        cursor = await self.lanes.call(self.queue.cursor)
        under_way = await self.lanes.call(self.queue.bootstrap_state)
        if under_way is not None or not cursor:
            received, done = await self.bootstrap(under_way)
            pulled, bootstrapped = received, True
            if not done:
                return pulled, bootstrapped
            cursor = await self.lanes.call(self.queue.cursor)
        while not self.closing:
            try:
                page = await self.lanes.net(self.client.pull, cursor, self.pull_limit, await self._last_device_seq())
            except CursorGone:
                if bootstrapped:
                    raise
                received, done = await self.bootstrap(None)
                pulled, bootstrapped = pulled + received, True
                if not done:
                    break
                cursor = await self.lanes.call(self.queue.cursor)
                continue
            documents = await self._documents_for(page.changes)
            await self.lanes.call(self.queue.apply_changes, page.changes, page.next_cursor, documents)
            pulled += len(page.changes)
            cursor = page.next_cursor
            scope = (page.scope, page.stations)
            if not page.has_more:
                break
        if scope is not None:
            await self.lanes.call(self.queue.follow_scope, *scope)
        return pulled, bootstrapped

    async def _last_device_seq(self) -> int:
        """The device_seq of the last event this identity numbered (the center checks it: a restored copy)."""
        return max(0, await self.lanes.call(self.queue.last_seq) - self.seq_base())

    async def bootstrap(self, under_way: tuple[str, str] | None) -> tuple[int, bool]:
        """The center's cases, page after page (``govdesk.central.snapshot``), from where a bootstrap cut short
        stopped (``under_way``) or from the start. Page k+1 is fetched while the store thread applies page k (one
        transaction per page, with where the bootstrap stands), so neither side waits for the other and the loop
        only awaits. Returns (cases received, whether the last page is in)."""
        cursor, after = under_way or ("", "")
        received = 0
        fetching: asyncio.Future[BootstrapPage] | None = self.lanes.net(
            self.client.bootstrap, cursor, after, self.bootstrap_limit, await self._last_device_seq()
        )
        try:
            while fetching is not None:
                page = await fetching
                fetching = None
                if page.has_more and not self.closing:
                    fetching = self.lanes.net(self.client.bootstrap, page.cursor, page.next_after, self.bootstrap_limit)
                documents = {} if page.has_more else await self._bootstrap_documents(page)
                await self.lanes.call(self.queue.apply_bootstrap, page, documents)
                received += len(page.rows)
                if not page.has_more:
                    log.info("first sync: %d cases of the center taken", received)
                    return received, True
            return received, False
        finally:
            if fetching is not None:  # stopped, or a page failed: the request in flight is let finish
                with contextlib.suppress(Exception):
                    await fetching

    async def _bootstrap_documents(self, page: BootstrapPage) -> dict[str, VersionedDocument]:
        """The catalog and calendar the center has published (a new window has never pulled their changes)."""
        published = (("catalog", page.catalog_version), ("calendar", page.calendar_version))
        return await self._latest([doc_type for doc_type, version in published if version])

    async def _documents_for(self, changes: list[Any]) -> dict[str, VersionedDocument]:
        """The newest catalog and calendar, for a page of changes that names a new one."""
        return await self._latest({_DOC_KINDS[c.kind] for c in changes if c.kind in _DOC_KINDS})

    async def _latest(self, doc_types: Iterable[str]) -> dict[str, VersionedDocument]:
        """The newest published document of each of ``doc_types`` the center has, by type."""
        documents: dict[str, VersionedDocument] = {}
        for doc_type in doc_types:
            found = await self.lanes.net(self.client.latest_document, doc_type)
            if found is not None:
                documents[doc_type] = found
        return documents
