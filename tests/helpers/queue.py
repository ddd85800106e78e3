"""A hall queue adapter for the tests of what the window does with a vendor's adapter that has a bug."""

from __future__ import annotations


class BrokenAdapter:
    """A vendor's adapter with a bug (it fails with something else than ``QueueError``)."""

    def call_next(self, window: str) -> object:
        return {}["ticket"]  # KeyError, as a careless parser raises

    def recall(self, number: str, window: str) -> None:
        raise AttributeError("'NoneType' object has no attribute 'json'")

    def transfer(self, number: str, window: str, to_window: str) -> None:
        raise AssertionError("unreachable")

    def no_show(self, number: str, window: str) -> None:
        raise AssertionError("unreachable")
