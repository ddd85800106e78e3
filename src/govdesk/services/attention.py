"""The clerk's "needs attention": every event the center refused or answered with a conflict, in words, with both
sides where the center named them (``govdesk.sync.reports.AttentionItem``; issue 17)."""

from __future__ import annotations

from govdesk.store.store import Store
from govdesk.sync.reports import AttentionItem


def attention_items(store: Store) -> list[AttentionItem]:
    """Oldest first, as the outbox holds them."""
    return [
        AttentionItem.from_answer(item.event, item.status.value, item.last_error, item.server_answer)
        for item in store.needs_attention()
    ]
