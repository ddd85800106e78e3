"""The clerk's "needs attention": every event the center refused or answered with a conflict, in words, with both
sides where the center named them (``govdesk.sync.reports.AttentionItem``; issue 17)."""

from __future__ import annotations

from govdesk.store.store import Store
from govdesk.sync.reports import AttentionItem, Side

__all__ = ["AttentionItem", "Side", "attention_items", "attention_rows"]


def attention_items(store: Store) -> list[AttentionItem]:
    """Oldest first, as the outbox holds them."""
    return [
        AttentionItem.from_answer(item.event, item.status.value, item.last_error, item.server_answer)
        for item in store.needs_attention()
    ]


def attention_rows(store: Store) -> list[tuple[AttentionItem, str]]:
    """``attention_items``, each with its case's number (the clerk knows a case by it; "" when not found)."""
    items = attention_items(store)
    numbers = store.case_numbers(item.case_id for item in items if item.case_id)
    return [(item, numbers.get(item.case_id, "")) for item in items]
