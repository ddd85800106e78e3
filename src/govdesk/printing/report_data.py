"""A report as plain data (no Qt): a title, sections of tables and bar charts. The services build it
(``services/supervision_report.py``), the xlsx writer and the PDF renderer (``printing/report_pdf.py``) read it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str | int | float, ...], ...]


@dataclass(frozen=True, slots=True)
class BarChart:
    """Bars per category, one series per colour (e.g. per window: 收件, 受理, 出件)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (name, one value per category)


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    subtitle: str
    tables: tuple[Table, ...] = ()
    charts: tuple[BarChart, ...] = field(default=())
