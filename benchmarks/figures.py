"""What a benchmark returns: figures measured beside a baseline taken in the same run, and a goal."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured figure. ``baseline`` is the same work done the plainest way, measured in the same run.

    ``goal_value`` bounds ``value`` (lower is better) and ``goal_ratio`` bounds ``value / baseline``; a figure
    passes when every bound it has holds. ``None`` means "no bound" (the figure is information only).
    """

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    goal_value: float | None = None
    goal_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def passed(self) -> bool | None:
        if self.goal_value is None and self.goal_ratio is None:
            return None
        ok = True
        if self.goal_value is not None:
            ok = ok and self.value <= self.goal_value
        if self.goal_ratio is not None:
            ratio = self.ratio
            ok = ok and ratio is not None and ratio <= self.goal_ratio
        return ok

    def goal_text(self) -> str:
        parts = []
        if self.goal_value is not None:
            parts.append(f"≤ {self.goal_value:g} {self.unit}")
        if self.goal_ratio is not None:
            parts.append(f"ratio ≤ {self.goal_ratio:g}×")
        return ", ".join(parts) or "-"


def median_ms(samples_ns: list[int]) -> float:
    return statistics.median(samples_ns) / 1e6


def p95_ms(samples_ns: list[int]) -> float:
    ordered = sorted(samples_ns)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] / 1e6


def time_calls(call: Callable[[Any], object], args: Sequence[Any]) -> list[int]:
    """Nanoseconds of each ``call(arg)``."""
    samples = []
    clock = time.perf_counter_ns
    for arg in args:
        start = clock()
        call(arg)
        samples.append(clock() - start)
    return samples
