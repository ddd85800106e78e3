"""Upkeep of the scans kept on this PC (``store.attachments.FileStore``): encrypted at rest once the database is
(``store.file_crypto``), and no page kept that nothing names any more.

Run at start (``Runtime.open``) and when a draft is discarded. Qt-free, blocking, quick: the sweep lists the files
and reads what names them (drafts, cases' materials, the upload queue) once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from govdesk.store.attachments import FileStore
from govdesk.store.store import Store

log = logging.getLogger(__name__)


#: A file named by nothing is removed once it is this old (a capture in progress is not yet in its draft).
ORPHAN_GRACE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ScanUpkeep:
    sealed: int  # plain files from before encrypted now
    removed: int  # orphaned pages removed


def tidy_scans(store: Store, *, now: datetime | None = None, grace: timedelta = ORPHAN_GRACE) -> ScanUpkeep:
    """At start: encrypt the scans kept plain by an earlier version (when the database has a key), and remove the
    pages nothing names any more — a capture cancelled, a page turned or cropped into a new file, a draft discarded
    or given up — once they are older than ``grace``."""
    files = FileStore.for_store(store)
    if not files.root.is_dir():
        return ScanUpkeep(0, 0)  # no scan was ever taken here
    cutoff = (now or datetime.now(UTC)) - grace
    keep = store.referenced_files(among=files.older_than(cutoff))
    removed = files.sweep(keep, cutoff)  # first: an orphan is not worth sealing
    sealed = files.seal_plain_files()
    if sealed or removed:
        log.info("scans: %d sealed, %d orphaned pages removed", sealed, removed, extra={"event": "scans_tidied"})
    return ScanUpkeep(sealed, removed)


def drop_pages(store: Store, hashes: set[str]) -> int:
    """Remove these pages at once unless something still names them (a discarded draft's pages)."""
    if not hashes:
        return 0
    keep = store.referenced_files(among=hashes)
    return FileStore.for_store(store).sweep(keep, datetime.now(UTC) + timedelta(seconds=1), only=hashes)
