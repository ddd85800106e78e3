"""Keep table rows whole across pages.

QTextDocument moves a table row to the next page only when none of its cells has a first line that fits
(qtextdocumentlayout.cpp, layoutTable), so a row whose cells wrap to several lines is cut at the page end. We
lay out, find the first material row that spans two pages, and break the table before that row — close it and
open a copy of it (same ``<table>`` tag with ``page-break-before:always``, same ``<thead>``) — then lay out
again, until no row is cut. The material table is the one with a ``<thead>``, right before
``{{material_rows_html}}`` in the template.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument, QTextTable

_TABLE_OPEN = re.compile(r"<table\b[^>]*>", re.IGNORECASE)
_THEAD = re.compile(r"<thead\b.*?</thead>", re.IGNORECASE | re.DOTALL)
ROWS_PLACEHOLDER = "{{material_rows_html}}"


def table_break(template: str) -> str:
    """The HTML that ends the material table and starts a copy of it on a new page ("" if there is no table)."""
    at = template.find(ROWS_PLACEHOLDER)
    if at < 0:
        return ""
    opens = list(_TABLE_OPEN.finditer(template, 0, at))
    if not opens:
        return ""
    tag = opens[-1].group(0)
    head = _THEAD.search(template, opens[-1].end(), at)
    if re.search(r"\bstyle\s*=\s*\"", tag, re.IGNORECASE):
        tag = re.sub(r"(\bstyle\s*=\s*\")", r"\1page-break-before:always; ", tag, count=1, flags=re.IGNORECASE)
    else:
        tag = tag[:-1] + ' style="page-break-before:always">'
    return "</table>\n" + tag + (head.group(0) if head else "")


def material_tables(doc: QTextDocument) -> list[QTextTable]:
    """The pieces of the material table: top-level tables with header rows, in document order."""
    frames = doc.rootFrame().childFrames()
    return [f for f in frames if isinstance(f, QTextTable) and f.format().headerRowCount() > 0]


def _row_pages(doc: QTextDocument, table: QTextTable, row: int, page_height: float) -> set[int]:
    layout = doc.documentLayout()
    pages: set[int] = set()
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        if not cell.isValid() or cell.row() != row or cell.column() != col:
            continue
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            text_layout = block.layout()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                y0 = top + line.y()
                pages.add(int(y0 // page_height))
                pages.add(int((y0 + line.height() - 0.01) // page_height))
            if block == last:
                break
            block = block.next()
    return pages


def cut_rows(doc: QTextDocument) -> list[int]:
    """Indices (0-based, over all pieces, header rows not counted) of material rows drawn on two pages."""
    page_height = doc.pageSize().height()
    cut: list[int] = []
    offset = 0
    for table in material_tables(doc):
        header = table.format().headerRowCount()
        for row in range(header, table.rows()):
            if len(_row_pages(doc, table, row, page_height)) > 1:
                cut.append(offset + row - header)
        offset += table.rows() - header
    return cut
