"""The main window with every workspace on a real store with sample cases, and the checks of 适老化 and keyboard
access run on it (``test_accessibility.py``), in this process or in a subprocess with ``QT_SCALE_FACTOR`` set::

    QT_SCALE_FACTOR=1.5 python -m tests.ui.a11y_harness --size 1280x720 --text-size large --theme high_contrast

prints one JSON line: the window's size, and every problem found (nothing clipped, nothing scrolling sideways,
contrast) on every page of every workspace (each tab too), and saves a screenshot of each under ``--shots``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTextBoundaryFinder
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from govdesk.domain.events import Role
from govdesk.services.credentials import open_credential_store
from govdesk.services.demo_data import seed_sample_cases
from govdesk.services.runtime import Runtime
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.ui import appearance, tables
from govdesk.ui.context import AppContext
from govdesk.ui.dialogs import ShortcutHelpDialog
from govdesk.ui.mainwindow import MainWindow
from govdesk.ui.workspace import create_workspaces
from tests.helpers.ui import settle_now

MODES = [
    ("normal", "standard"),
    ("large", "standard"),
    ("normal", "high_contrast"),
    ("large", "high_contrast"),
]


def open_window(basedir: Path, text_size: str, theme: str, size: tuple[int, int]) -> tuple[MainWindow, Runtime]:
    """The program's main window, unlocked for an admin (every workspace), on sample cases."""
    paths = AppPaths.for_basedir(basedir).ensure()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    settings.center_code, settings.window_number = "41122101", "3"
    settings.text_size, settings.theme = text_size, theme
    runtime = Runtime.open(paths.default_db, paths.data_dir, settings)
    runtime.set_clerk(replace(runtime.window.actor, clerk_id="wangli", clerk_name="王丽", role=Role.ADMIN))
    seed_sample_cases(runtime)
    _ready_results(runtime)
    context = AppContext(paths, store, open_credential_store(), paths.default_db, runtime)
    window = MainWindow(context, create_workspaces(context))
    window.resize(*size)
    window.show()
    window.unlock(Role.ADMIN)
    window.set_clerk("王丽")
    settle_events()
    return window, runtime


def _ready_results(runtime: Runtime) -> None:
    """Results waiting at the 出件 window, as the longest production makes them: a full case number, a long item and
    result name, a 容缺 case withheld (the sample cases have none ready yet)."""
    from datetime import timedelta

    from tests.services.test_handoff import make_case

    make_case(runtime.store, runtime.clock, item="SCJG-01-004")
    make_case(
        runtime.store,
        runtime.clock,
        item="SCJG-01-004",
        commitment={"id_card": "居民身份证"},
        due=runtime.clock.now().date() + timedelta(days=5),
    )


def settle_events(rounds: int = 10) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def screens(window: MainWindow) -> Iterator[str]:
    """Show each workspace in turn (and the intake with an agent, its fullest state); yields its key."""
    for workspace in window.workspaces():
        window.show_workspace(workspace.key)
        settle_events()
        yield workspace.key
        if workspace.key == "intake":
            page = getattr(workspace, "page", None)
            if page is not None:
                from tests.ui.test_intake_flows import take_item

                window.activateWindow()
                take_item(page, "spjyxk")  # 食品经营许可: seven materials and two 情形 questions
                page.applicant.ui.agentCheck.setChecked(True)
                settle_events()
                yield "intake-agent"
        if workspace.key == "handoff":
            page = getattr(workspace, "page", None)
            if page is not None and page.model.rowCount():
                page.open_case(page.model.rows[0].case_id)  # a result open: the details, SMS and 出件 buttons
                settle_events()
                settle_now()
                yield "handoff-case"


def pages(window: MainWindow) -> Iterator[str]:
    """Every page of every workspace: each workspace in turn (``screens``), and each tab of a workspace whose page
    is a set of tabs (承诺跟踪, 现场监督); yields ``key`` or ``key/tab``. The tab first shown is shown again after."""
    for key in screens(window):
        yield key
        workspace = window.current_workspace()
        page = workspace.built_widget() if workspace is not None else None
        if not isinstance(page, QTabWidget) or key == "intake-agent":
            continue
        first = page.currentIndex()
        for index in range(page.count()):
            if index == first or not page.isTabVisible(index):
                continue
            page.setCurrentIndex(index)
            settle_events()
            settle_now()  # (a tab shown reads its records again, off the GUI thread)
            yield f"{key}/{page.tabText(index).replace('&', '') or index}"
        page.setCurrentIndex(first)
        settle_events()
        settle_now()


# --- the dialogs with tables ---


def _seed_attention(runtime: Runtime) -> None:
    """Two records for 需处理的记录 as the center's answers leave them in the outbox: one refused in words, one
    answered with a conflict naming both sides (``sync.reports.AttentionItem``)."""
    from govdesk.store.outbox import OutboxResult, OutboxStatus

    batch = runtime.store.pending_outbox(limit=2)
    if len(batch) < 2:
        return
    conflict = {
        "code": "decided_elsewhere",
        "server_state": {
            "window": {"kind": "case.accepted", "by": "王丽", "role_code": "clerk", "at": "2026-12-07 08:00"},
            "center": {"kind": "case.rejected", "by": "赵主任", "role_code": "admin", "at": "2026-12-07 08:00"},
        },
    }
    runtime.store.mark_outbox(
        [
            OutboxResult(batch[0].event_id, OutboxStatus.REFUSED, "事项编码已停用，请按新的事项目录重新受理", {}),
            OutboxResult(batch[1].event_id, OutboxStatus.CONFLICT, "该办件已由中心作出不予受理决定", conflict),
        ]
    )


def _awaiting_transfer(runtime: Runtime) -> None:
    """Two accepted cases whose paper waits for 材料流转, with full case numbers (the sample cases have none left;
    made just before the dialog opens, so no page checked before shows them)."""
    from govdesk.domain.case import CaseState
    from tests.services.test_handoff import make_case

    for _ in range(2):
        make_case(runtime.store, runtime.clock, item="SCJG-01-004", state=CaseState.ACCEPTED)


def dialogs(window: MainWindow, runtime: Runtime) -> Iterator[tuple[str, QDialog]]:
    """Each dialog that shows a table, opened as the clerk opens it, with rows, at most as large as the window (the
    screen); yields (its key, the dialog) and closes it after. 需处理的记录, the shortcut list (F1), a case found
    (its history and materials), a choice of cases, 材料流转, 本中心检查项."""
    from govdesk.ui.attention import AttentionDialog
    from govdesk.ui.caseview.chooser import CaseChooserDialog
    from govdesk.ui.caseview.dialog import CaseViewDialog
    from govdesk.ui.supervision_records.center_items import CenterItemsDialog
    from govdesk.ui.supervision_records.inspection import InspectionPage

    def shown(key: str, dialog: QDialog | None) -> Iterator[tuple[str, QDialog]]:
        assert dialog is not None, f"{key}: no dialog opened"
        dialog.resize(min(dialog.width(), window.width()), min(dialog.height(), window.height()))
        settle_events()
        settle_now()
        settle_events()
        yield key, dialog
        for tabs in dialog.findChildren(QTabWidget):  # (each tab of the dialog: its tables too)
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle_events()
                yield f"{key}/{tabs.tabText(index).replace('&', '')}", dialog
        dialog.close()
        settle_events()

    _seed_attention(runtime)
    window.show_attention()
    settle_now()
    yield from shown("dialog-attention", window.findChild(AttentionDialog))
    window.show_shortcut_help()
    yield from shown("dialog-shortcuts", window.findChild(ShortcutHelpDialog))
    found = runtime.store.search_cases("李建国")  # (the two results waiting at 出件, ``_ready_results``)
    assert len(found) >= 2, found
    window.case_search_requested.emit(found[0].case_no)
    settle_now()
    yield from shown("dialog-case", window.findChild(CaseViewDialog))
    window.case_search_requested.emit("李建国")
    settle_now()
    yield from shown("dialog-choose", window.findChild(CaseChooserDialog))
    window.show_workspace("intake")
    intake = next(w for w in window.workspaces() if w.key == "intake").page
    _awaiting_transfer(runtime)
    yield from shown("dialog-transfer", intake.open_transfer())
    window.show_workspace("supervision")
    inspection = window.findChild(InspectionPage)
    assert inspection is not None
    yield from shown("dialog-center-items", CenterItemsDialog(inspection, inspection.service))


def dialog_problems(dialog: QDialog, where: str, screen: tuple[int, int]) -> list[str]:
    """A dialog fits the screen, and nothing in it is clipped, scrolls sideways, or is a table that scrolls on its
    own or cuts a word."""
    problems = []
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if least.width() > screen[0] or least.height() > screen[1]:
        problems.append(f"{where}: {_describe(dialog)} needs {least.width()}×{least.height()} px, more than the screen")
    problems += geometry_problems(dialog, where)
    problems += sideways_problems(dialog, where)
    problems += table_problems(dialog, where)
    return problems


def first_intake_problems(window: QWidget) -> list[str]:
    """The intake as it opens (a draft offered to continue, no item chosen): nothing clipped, nothing sideways."""
    where = "intake-first"
    return geometry_problems(window, where) + sideways_problems(window, where) + table_problems(window, where)


# --- never sideways ---


def sideways_problems(window: QWidget, where: str) -> list[str]:
    """A page never scrolls sideways: every scroll area shown (a workspace, a form column, a details pane) gives
    its content at least the width the content needs, without a sideways scroll bar; an area whose sideways bar is
    turned off would cut its content instead, which is a problem as well."""
    problems = []
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if not _shown(area, window) or content is None or area.property("govdeskScrollsSideways"):
            continue  # (a strip of photos, a scanned page: meant to scroll along)
        need = max(content.minimumWidth(), content.minimumSizeHint().width())
        if content.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            need = 0
        have = area.viewport().width()
        bar = area.horizontalScrollBar()
        if need > have or (bar.isVisible() and bar.maximum() > 0) or content.width() > have:
            problems.append(
                f"{where}: {_describe(area)} scrolls sideways: its content needs {need} px, "
                f"is {content.width()} px, in {have} px"
            )
    return problems


# --- no table scrolls on its own ---


def table_problems(window: QWidget, where: str) -> list[str]:
    """A table or list on a page shown never scrolls sideways on its own, and shows every row (the page scrolls,
    ``ui/tables.py``) — but a work list meant to scroll upright (a queue of results or cases, fetched as it
    scrolls: ``tables.SCROLLS_UPRIGHT``) or one that shows a set number of rows (``tables.ROWS_SHOWN``) and has
    more. The navigation panel is a list of five titles and is checked as well."""
    problems = []
    for view in window.findChildren(QAbstractItemView):
        if not _shown(view, window) or isinstance(view, QHeaderView) or _inside_item_view(view, window):
            continue
        sideways, upright = view.horizontalScrollBar(), view.verticalScrollBar()
        if sideways.maximum() > 0:
            problems.append(
                f"{where}: {_describe(view)} scrolls sideways on its own (a range of {sideways.maximum()} in its "
                f"{view.viewport().width()} px)"
            )
        if isinstance(view, QTableView):
            problems += _cut_headings(view, where)
            problems += _cut_cells(view, where)
        if upright.maximum() <= 0 or view.property(tables.SCROLLS_UPRIGHT):
            continue
        most = int(view.property(tables.ROWS_SHOWN) or 0)
        model = view.model()
        rows = model.rowCount(view.rootIndex()) if model is not None else 0
        if not most or rows <= most:
            problems.append(
                f"{where}: {_describe(view)} scrolls upright on its own with {rows} rows "
                f"(a range of {upright.maximum()}{f'; shows {most}' if most else ''})"
            )
    return problems


#: What a heading cannot be broken inside (as ``ui/tables.py`` judges): a run of Latin letters and digits.
_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F'’.\-/()]+")


def _cut_headings(view: QTableView, where: str) -> list[str]:
    """A column narrower than the longest word of its heading cuts it ("eceive" for Received, in English)."""
    header = view.horizontalHeader()
    model = header.model()
    if header.isHidden() or model is None:
        return []
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    problems = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        words = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        widest = max((fm.horizontalAdvance(w) for w in _WORD.findall(words)), default=0)
        if widest and header.sectionSize(column) < widest + 2 * margin:
            problems.append(f"{where}: {_describe(view)} cuts its heading {words!r} ({header.sectionSize(column)} px)")
    return problems


def _cut_cells(view: QTableView, where: str, rows: int = 20) -> list[str]:
    """A cell whose column is narrower than a word of its text (as Qt breaks lines: "Mate…" for Materials, a case
    number cut inside its date), or whose row is lower than its wrapped text, cuts it: the first rows checked."""
    model = view.model()
    header = view.horizontalHeader()
    if model is None:
        return []
    fm = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    problems = []
    for row in range(min(model.rowCount(view.rootIndex()), rows)):
        if view.isRowHidden(row):
            continue
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            index = model.index(row, column, view.rootIndex())
            option = QStyleOptionViewItem()
            view.itemDelegateForIndex(index).initStyleOption(option, index)  # (the text shown, merged lines too)
            words = str(option.text or "")
            if not words or index.data(Qt.ItemDataRole.DecorationRole) is not None:
                continue
            room = header.sectionSize(column) - 2 * margin - view.showGrid()
            finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, words)
            start, widest = 0, ""
            while (end := finder.toNextBoundary()) != -1:
                part = words[start:end].rstrip()
                widest = part if fm.horizontalAdvance(part) > fm.horizontalAdvance(widest) else widest
                start = end
            if not view.wordWrap():  # (one line a cell: the whole text must fit, else Qt elides it, "…")
                widest = words.replace("\n", " ")
            if fm.horizontalAdvance(widest) > room:
                problems.append(f"{where}: {_describe(view)} cuts {widest!r} in row {row} ({room} px)")
                continue
            if view.wordWrap():
                tall = fm.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), words).height()
                if tall > view.rowHeight(row) + 1:
                    problems.append(f"{where}: {_describe(view)} row {row} is {view.rowHeight(row)} px for {words!r}")
    return problems


# --- nothing clipped ---


def _clip_parent(widget: QWidget, window: QWidget) -> tuple[QWidget, bool]:
    """The widget ``widget`` must lie within: the content of the scroll area it is in (it scrolls into view), or
    the window. The flag says whether it is scrolled content."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            if isinstance(area, QScrollArea) and area.widget() is not None:
                return area.widget(), True
            return parent, True
        parent = parent.parentWidget()
    return window, False


def _shown(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.window() is window
        and widget.objectName() != "focusRing"
        and not widget.objectName().startswith("qt_")
    )


def geometry_problems(window: QWidget, where: str) -> list[str]:
    """Every visible widget inside what it must lie within, and never squeezed below the size its content needs."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        container, _scrolled = _clip_parent(widget, window)
        if container is not widget and not container.isAncestorOf(widget):
            continue
        if _inside_item_view(widget, window):
            continue  # an item view's own editors and headers scroll with it
        top_left = widget.mapTo(container, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not container.rect().adjusted(-1, -1, 1, 1).contains(rect):
            problems.append(f"{where}: {_describe(widget)} at {rect.getRect()} outside {_describe(container)}")
            continue
        policy = widget.sizePolicy()
        hint = widget.minimumSizeHint()
        for along, have, need, shrink in (
            ("width", widget.width(), hint.width(), policy.horizontalPolicy()),
            ("height", widget.height(), hint.height(), policy.verticalPolicy()),
        ):
            if shrink == QSizePolicy.Policy.Ignored or need <= 0:
                continue
            if isinstance(widget, QLabel) and along == "height" and widget.wordWrap():
                continue  # a wrapped label's height follows its width (checked by heightForWidth below)
            if have + 1 < need:
                problems.append(f"{where}: {_describe(widget)} {along} {have} < {need} (cut)")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text() and widget.hasHeightForWidth():
            need_h = widget.heightForWidth(widget.width())
            if need_h > 0 and widget.height() + 1 < need_h:
                problems.append(f"{where}: {_describe(widget)} height {widget.height()} < {need_h} (text cut)")
    return problems


def _inside_item_view(widget: QWidget, window: QWidget) -> bool:
    """Inside an item view (its editors and headers scroll with it) or a compound control (a field's clear button,
    a tab bar's arrows: Qt sizes those parts itself)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractItemView, QHeaderView, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView)


def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = str(value())[:20]
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__}({widget.objectName()}{'|' + text if text else ''})"


# --- contrast ---


def _group(widget: QWidget) -> QPalette.ColorGroup:
    return QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled


def _background(widget: QWidget) -> QColor:
    """What is painted behind ``widget``'s text: its own styled or filled background, else its parents'."""
    current: QWidget | None = widget
    while current is not None:
        filled = current.autoFillBackground() or current.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        if filled or current.isWindow():
            colour = current.palette().color(_group(current), current.backgroundRole())
            if colour.alpha() > 0:
                return colour
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


def text_pairs(widget: QWidget) -> Iterator[tuple[str, QColor, QColor]]:
    """(what, text colour, background colour) of every text ``widget`` shows."""
    palette, group = widget.palette(), _group(widget)
    if isinstance(widget, QLabel):
        if widget.text().strip() and widget.textFormat() != Qt.TextFormat.RichText:
            yield "label", palette.color(group, widget.foregroundRole()), _background(widget)
    elif isinstance(widget, (QCheckBox, QRadioButton)):
        if widget.text():
            yield "choice", palette.color(group, QPalette.ColorRole.WindowText), _background(widget)
    elif isinstance(widget, QAbstractButton):
        if widget.text():
            yield (
                "button",
                palette.color(group, QPalette.ColorRole.ButtonText),
                palette.color(group, QPalette.ColorRole.Button),
            )
    elif isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)):
        base = palette.color(group, QPalette.ColorRole.Base)
        yield "field", palette.color(group, QPalette.ColorRole.Text), base
        placeholder = getattr(widget, "placeholderText", None)
        if callable(placeholder) and placeholder():
            yield "placeholder", palette.color(group, QPalette.ColorRole.PlaceholderText), base
    elif isinstance(widget, QGroupBox) and widget.title():
        yield "group title", palette.color(group, QPalette.ColorRole.WindowText), _background(widget)
    elif isinstance(widget, QTabBar):
        yield "tab", palette.color(group, QPalette.ColorRole.WindowText), _background(widget)
    elif isinstance(widget, QHeaderView):
        yield (
            "header",
            palette.color(group, QPalette.ColorRole.ButtonText),
            palette.color(group, QPalette.ColorRole.Button),
        )
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _cell_pairs(widget)


def _cell_pairs(view: QAbstractItemView) -> Iterator[tuple[str, QColor, QColor]]:
    model = view.model()
    palette, group = view.palette(), _group(view)
    selection = view.selectionModel()
    for row in range(min(_count(model.rowCount), 15)):
        for column in range(min(_count(model.columnCount), 8)):
            index = model.index(row, column, QModelIndex())
            if not index.data(Qt.ItemDataRole.DisplayRole):
                continue
            selected = selection is not None and selection.isSelected(index)
            fg_data = index.data(Qt.ItemDataRole.ForegroundRole)
            bg_data = index.data(Qt.ItemDataRole.BackgroundRole)
            if selected:
                fg = palette.color(group, QPalette.ColorRole.HighlightedText)
                bg = palette.color(group, QPalette.ColorRole.Highlight)
            else:
                fg = _colour(fg_data) or palette.color(group, QPalette.ColorRole.Text)
                alternate = view.alternatingRowColors() and row % 2 == 1
                default = QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base
                bg = _colour(bg_data) or palette.color(group, default)
            yield f"cell {row},{column}", fg, bg


def _count(method: Any) -> int:
    """rowCount / columnCount of any model (a list model's columnCount takes no argument from Python)."""
    for args in ((), (QModelIndex(),)):
        try:
            return int(method(*args))
        except TypeError:
            continue
    return 1


def _colour(data: object) -> QColor | None:
    if isinstance(data, QColor):
        return data
    colour = getattr(data, "color", None)
    return colour() if callable(colour) else None


def contrast_problems(window: QWidget, where: str, least: float = appearance.MIN_CONTRAST) -> list[str]:
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        for what, fg, bg in text_pairs(widget):
            ratio = appearance.contrast_ratio(fg, bg)
            if ratio < least:
                problems.append(f"{where}: {_describe(widget)} {what} {fg.name()} on {bg.name()} = {ratio:.2f}:1")
    return problems


# --- the subprocess probe ---


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--text-size", default="normal")
    parser.add_argument("--theme", default="standard")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(["a11y"])
    from govdesk.ui.i18n import install_translators

    translators = install_translators(args.lang)  # (kept: a translator works while it lives)
    with tempfile.TemporaryDirectory() as tmp:
        window, runtime = open_window(Path(tmp), args.text_size, args.theme, (width, height))
        problems: list[str] = []
        for key in screens(window):  # every workspace built first, each as the clerk first sees it
            if key == "intake":  # (a draft offered to continue, no item chosen yet)
                problems += first_intake_problems(window)
        for key in pages(window):
            problems += geometry_problems(window, key)
            problems += sideways_problems(window, key)
            problems += table_problems(window, key)
            problems += contrast_problems(window, key)  # both themes
            if args.shots is not None:
                args.shots.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(args.shots / f"{key.replace('/', '-')}.png"))
        for key, dialog in dialogs(window, runtime):
            problems += dialog_problems(dialog, key, (width, height))
            if args.shots is not None:
                dialog.grab().save(str(args.shots / f"{key.replace('/', '-')}.png"))
        size = [window.width(), window.height()]
        ratio = window.devicePixelRatioF()
        window.close()
        runtime.close()
    print(
        json.dumps({"size": size, "problems": problems, "device_pixel_ratio": ratio, "translators": len(translators)})
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
