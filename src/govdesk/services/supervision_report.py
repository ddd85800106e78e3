"""The supervision report (issue 13): the dashboard as a ``printing.report_data.Report`` (tables and charts), written
to an .xlsx workbook (openpyxl) here and to a PDF by ``printing/report_pdf.py``.

The report is in Chinese whatever the program's language (issue 15): it is the center's document, "以适当形式向政务
服务部门通报并向县政府报告" (regulation 000 Art. 50), not the supervisor's screen; its titles and headers are the
official ones. What the supervisor reads on screen (the dashboard, its lists, a failure to save) is said in the
UI language: ``services.supervision_types`` and ``NOT_SAVED`` below."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from govdesk.domain.clock import minute_text
from govdesk.domain.messages import Message, translate
from govdesk.printing.report_data import BarChart, Report, Table
from govdesk.services.errors import ServiceError
from govdesk.services.supervision_types import (
    FIGURE_COLUMNS,
    Dashboard,
    Figures,
    FollowUpLine,
    GroupBy,
    Level,
    RatingFigures,
)

NOT_SAVED = translate("ReportService", "报表无法保存到 {path}：{error}", "services.supervision_report.not_saved")

FIGURE_HEADERS = tuple(h for _, h in FIGURE_COLUMNS)


class ReportError(ServiceError):
    """Chinese, for the supervisor."""


def _figures(f: Figures, with_clerk: bool) -> tuple[str | int, ...]:
    head: tuple[str | int, ...] = (f.window, f.clerk_name) if with_clerk else (f.window,)
    return head + tuple(f.value(key) for key, _ in FIGURE_COLUMNS)


def _ratings(title: str, rows: tuple[RatingFigures, ...]) -> Table:
    return Table(
        title,
        ("窗口/人员/事项", "评价数", "满意", "差评", "平均分"),
        tuple((r.key, r.count, r.good, r.bad, r.average) for r in rows),
    )


def _rectification(lines: Sequence[FollowUpLine]) -> Table:
    def due(f: FollowUpLine) -> str:
        if f.due is None:
            return "—"
        return f.due.isoformat() + ("（已超期）" if f.overdue else "")

    return Table(
        "差评整改清单",
        ("办件编号", "评价", "评价日期", "原因与意见", "阶段", "期限", "跟进情况"),
        tuple((f.case_no, f.rating, f.rated_on.isoformat(), f.why, f.stage, due(f), f.steps or "—") for f in lines),
    )


def build_report(d: Dashboard, center: str, follow_ups: Sequence[FollowUpLine] | None = None) -> Report:
    """The report of ``d``; ``follow_ups``: the 差评整改清单 (None: not part of this report, e.g. the center's
    figures, whose follow-ups each supervisor's PC keeps)."""
    d = d.complete()  # every card, not only those the table showed first
    windows = Table(
        "各窗口办件量", ("窗口", *FIGURE_HEADERS), tuple(_figures(f, False) for f in (*d.by_window, d.totals))
    )
    clerks = Table(
        "各工作人员办件量", ("窗口", "工作人员", *FIGURE_HEADERS), tuple(_figures(f, True) for f in d.by_clerk)
    )
    warnings = Table(
        "超期预警",
        ("预警", "办件编号", "事项", "部门", "受理人", "承诺办结", "情况"),
        tuple(
            (
                w.level_label,
                w.case_no,
                w.item_name,
                w.department,
                w.clerk_name,
                w.due.isoformat() if w.due else "—",
                w.note,
            )
            for w in d.warnings
        ),
    )
    departments = Table("超期预警（按部门）", ("部门", "红牌", "黄牌"), d.warnings_by_department)
    by_clerk, by_item = (
        Table(
            f"超期预警（按{heading}）",
            (heading, "红牌", "黄牌", "环节超时", "合计"),
            tuple((g.label, g.red, g.yellow, g.step, g.total) for g in d.groups(by)),
        )
        for by, heading in ((GroupBy.CLERK, "经办人"), (GroupBy.ITEM, "事项"))
    )
    promises = Table(
        "容缺受理承诺（未履行）",
        ("办件编号", "事项", "受理人", "补交期限", "已逾期"),
        tuple(
            (p.case_no, p.item_name, p.clerk_name, p.due.isoformat(), "是" if p.overdue else "否") for p in d.promises
        ),
    )
    undecided = Table(
        "延后告知与行政许可法第三十二条",
        ("办件编号", "事项", "收件人", "收件日期", "情况"),
        tuple((u.case_no, u.item_name, u.clerk_name, u.received.isoformat(), u.note) for u in d.undecided),
    )
    twice = Table(
        "一次告知不到位",
        ("第二次告知", "第一次告知", "告知人", "第一次列出", "第二次列出", "第一次未列出"),
        tuple(
            (
                t.case_no,
                t.first_case_no,
                t.clerk_name,
                "、".join(t.first_listed),
                "、".join(t.second_listed),
                "、".join(t.new),
            )
            for t in d.twice_notified
        ),
    )
    chart = BarChart(
        "各窗口办件量",
        tuple(f.window for f in d.by_window),
        tuple(
            (h, tuple(f.value(k) for f in d.by_window))
            for k, h in FIGURE_COLUMNS
            if k in ("intakes", "accepted", "handoffs")
        ),
    )
    cards = BarChart(
        "超期预警",
        ("红牌", "黄牌", "环节超时"),
        (("件数", (d.count(Level.RED), d.count(Level.YELLOW), d.count(Level.STEP))),),
    )
    subtitle = f"{center}　{d.period.label}　数据来源：{d.source}，截至 {minute_text(d.as_of)}"
    return Report(
        "现场监督报表",
        subtitle,
        (
            windows,
            clerks,
            warnings,
            departments,
            by_clerk,
            by_item,
            promises,
            undecided,
            twice,
            _ratings("好差评（按窗口）", d.ratings_by_window),
            _ratings("好差评（按工作人员）", d.ratings_by_clerk),
            _ratings("好差评（按事项）", d.ratings_by_item),
            *((_rectification(follow_ups),) if follow_ups is not None else ()),
        ),
        (chart, cards),
    )


def write_xlsx(report: Report, path: Path) -> Path:
    """One sheet per table (names cut to Excel's 31 characters), the title and subtitle on top of the first."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    first = True
    for t in report.tables:
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        sheet.title = t.title[:31].replace("/", "、")
        if first:
            sheet.append([report.title])
            sheet.append([report.subtitle])
            sheet["A1"].font = Font(bold=True, size=14)
            first = False
        sheet.append(list(t.headers))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in t.rows:
            sheet.append(list(row))
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column[2:] or column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, 4 + width * 2)
    if report.charts:
        _charts_sheet(book.create_sheet("图表"), report)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        book.save(path)
    except OSError as error:
        raise ReportError(Message(NOT_SAVED, path=path, error=error.strerror or error)) from error
    return path


def _charts_sheet(sheet: Any, report: Report) -> None:
    """The report's bar charts as Excel charts, each over its figures written beside it (the PDF draws the same)."""
    from openpyxl.chart import BarChart as ExcelBarChart
    from openpyxl.chart import Reference

    row = 1
    for chart in report.charts:
        sheet.cell(row, 1, chart.title)
        for c, (name, _values) in enumerate(chart.series, start=2):
            sheet.cell(row + 1, c, name)
        for r, category in enumerate(chart.categories, start=row + 2):
            sheet.cell(r, 1, category)
            for c, (_name, values) in enumerate(chart.series, start=2):
                sheet.cell(r, c, values[r - row - 2])
        last = row + 1 + len(chart.categories)
        drawn = ExcelBarChart()
        drawn.title = chart.title
        drawn.add_data(
            Reference(sheet, min_col=2, max_col=1 + len(chart.series), min_row=row + 1, max_row=last),
            titles_from_data=True,
        )
        drawn.set_categories(Reference(sheet, min_col=1, min_row=row + 2, max_row=last))
        drawn.height, drawn.width = 7.5, 16
        sheet.add_chart(drawn, f"{chr(ord('A') + len(chart.series) + 2)}{row}")
        row = max(last, row + 15) + 2
