"""出件 in English large text (issue 15, 适老化; regulation 000 Art. 9): nothing clipped at 1,100 × 768 and at
1366 × 768, and at 1366 a page a clerk can work in — at least three results of the list in sight, and, with a case
open, its details, the applicant's ID field and the 出件 buttons reachable with one scroll (the page's, not a box of
a few lines), the buttons and the rating pinned under it. The main window with every workspace, on a real store with
sample cases and six results waiting (the a11y harness), in English. Screenshots go to /tmp/shots_handoff_large."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from govdesk.services.runtime import Runtime
from govdesk.ui import appearance, reflow
from govdesk.ui.actions import ActionId
from govdesk.ui.handoff.page import LIST_ROWS_SHOWN, HandoffPage
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.mainwindow import MainWindow
from tests.helpers.ui import settle_now
from tests.services.test_handoff import make_case
from tests.ui.a11y_harness import (
    geometry_problems,
    open_window,
    settle_events,
    sideways_problems,
    table_problems,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_handoff_large")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english(
    qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[MainWindow, Runtime, HandoffPage]]:
    """The main window in English large text at the width asked, the 出件 page shown with six results waiting."""
    width, theme = request.param
    translators = install_translators("en")
    assert translators  # (the English .qm found: the page is in English)
    window, runtime = open_window(tmp_path, appearance.LARGE, theme, (width, 768))
    try:
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        for _ in range(4):  # (six in all with the harness's two: more than the list shows)
            make_case(runtime.store, runtime.clock, item="SCJG-01-004")
        window.show_workspace("handoff")
        settle_events()
        settle_now()
        page = next(w for w in window.workspaces() if w.key == "handoff").page
        assert isinstance(page, HandoffPage)
        assert page.ui.readyLabel.text().startswith("Results awaiting collection (6")
        yield window, runtime, page
    finally:
        settle_now()
        window.close()
        runtime.close()
        remove_translators()
        QLocale.setDefault(QLocale("zh_CN"))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        appearance.apply(app)


def _rect_in(widget: QWidget, other: QWidget) -> QRect:
    return QRect(widget.mapTo(other, QPoint(0, 0)), widget.size())


def _problems(window: MainWindow, key: str) -> list[str]:
    return geometry_problems(window, key) + sideways_problems(window, key) + table_problems(window, key)


def _in_sight(widget: QWidget, page: HandoffPage, window: MainWindow) -> bool:
    """Wholly in the window and, inside the page's scrolling part, in what it shows."""
    rect = _rect_in(widget, window)
    if not window.rect().contains(rect):
        return False
    area = page.page_scroll
    if not area.widget().isAncestorOf(widget):
        return True
    return _rect_in(area.viewport(), window).contains(rect)


def _rows_in_sight(page: HandoffPage, window: MainWindow) -> list[int]:
    """The results whose row is wholly seen: in the list's viewport, in the page's scrolling part, in the window."""
    table, model = page.ui.readyTable, page.model
    seen = []
    sight = _rect_in(page.page_scroll.viewport(), window).intersected(window.rect())
    for row in range(model.rowCount()):
        rect = table.visualRect(model.index(row, 0))
        rect.setLeft(0)
        if not table.viewport().rect().contains(rect):
            continue
        if sight.contains(QRect(table.viewport().mapTo(window, rect.topLeft()), rect.size())):
            seen.append(row)
    return seen


def _open_first(window: MainWindow, page: HandoffPage) -> None:
    page.open_case(page.model.rows[0].case_id)
    settle_events()
    settle_now()
    settle_events()


@pytest.mark.parametrize(
    "english", [(1366, appearance.STANDARD), (1366, appearance.HIGH_CONTRAST)], indirect=True, ids=["std", "contrast"]
)
def test_at_1366_in_english_large_text_three_results_show_and_the_case_is_one_scroll_away(
    english: tuple[MainWindow, Runtime, HandoffPage],
) -> None:
    window, _runtime, page = english
    ui = page.ui
    theme = appearance.current()[1]
    assert page.stacked()  # (too narrow for both side by side: the case goes under the list)
    assert not _problems(window, "handoff"), _problems(window, "handoff")
    assert len(_rows_in_sight(page, window)) >= LIST_ROWS_SHOWN, _rows_in_sight(page, window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"en-large-1366-{theme}-list.png"))

    _open_first(window, page)
    assert page.case is not None
    problems = _problems(window, "handoff-case")
    assert not problems, "\n".join(problems)
    # the case's pane does not scroll within the page: it is as tall as the case, the page scrolls once
    assert ui.detailScroll.verticalScrollBar().maximum() == 0
    assert ui.detailScroll.height() >= ui.detailPane.minimumSizeHint().height()
    # opened, the case is scrolled to: the ID field has the focus and is in sight, the details above it
    assert ui.idEdit.hasFocus() and _in_sight(ui.idEdit, page, window)
    assert _rect_in(ui.detailScroll, window).top() < _rect_in(ui.idEdit, window).top()
    # the rating and the 出件 buttons are pinned under what scrolls, whole, in one row
    buttons = (ui.handOffButton, ui.mailingListButton, ui.confirmButton)
    for widget in (*buttons, ui.askRatingButton, ui.ratingStatus):
        assert not page.page_scroll.isAncestorOf(widget), widget.objectName()
        assert widget.isVisible() and _in_sight(widget, page, window), widget.objectName()
        assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()
    assert len({_rect_in(b, window).top() for b in buttons}) == 1
    window.grab().save(str(SHOTS / f"en-large-1366-{theme}-case.png"))
    # every part of the case is reached by scrolling the page: the details, the signature, the last field
    bar = page.page_scroll.verticalScrollBar()
    assert ui.idEdit.hasFocus()  # (scrolled away from the focused field, the page stays where it was scrolled)
    for widget in (ui.caseInfo, ui.smsBox, ui.signaturePad, ui.signedOnPaperCheck):
        top = widget.mapTo(page.page_scroll.widget(), QPoint(0, 0)).y()
        bar.setValue(min(bar.maximum(), top))
        settle_events()
        assert _in_sight(widget, page, window), widget.objectName()
    # and the list is back at the top (with a case open the rating's words take a second line under it: two
    # results whole, the third in part)
    bar.setValue(0)
    settle_events()
    assert len(_rows_in_sight(page, window)) >= LIST_ROWS_SHOWN - 1


@pytest.mark.parametrize("english", [(1100, appearance.STANDARD)], indirect=True, ids=["1100"])
def test_at_1100_in_english_large_text_nothing_is_clipped_and_the_buttons_are_whole(
    english: tuple[MainWindow, Runtime, HandoffPage],
) -> None:
    """The rating's words wrapped to three lines and the three 出件 buttons, stacked, were cut in height (57 px of
    96, 35 of 40) in a column squeezed under the list."""
    window, _runtime, page = english
    ui = page.ui
    assert window.width() == 1100
    assert not _problems(window, "handoff"), _problems(window, "handoff")
    _open_first(window, page)
    problems = _problems(window, "handoff-case")
    assert not problems, "\n".join(problems)
    for widget in (ui.handOffButton, ui.mailingListButton, ui.confirmButton, ui.askRatingButton):
        assert widget.isVisible() and _in_sight(widget, page, window), widget.objectName()
        assert widget.height() >= widget.sizeHint().height() - 1, widget.objectName()
    # 出件 above the other two, side by side: two lines of buttons, not three
    hand_off, mailing, confirm = (
        _rect_in(b, window) for b in (ui.handOffButton, ui.mailingListButton, ui.confirmButton)
    )
    assert hand_off.bottom() < mailing.top() and mailing.top() == confirm.top() and mailing.right() < confirm.left()
    status = ui.ratingStatus
    assert status.height() + 1 >= status.heightForWidth(status.width())  # every line of the rating's words
    assert ui.idEdit.hasFocus() and _in_sight(ui.idEdit, page, window)
    assert ui.detailScroll.verticalScrollBar().maximum() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "en-large-1100-case.png"))


@pytest.mark.parametrize("english", [(1366, appearance.STANDARD)], indirect=True, ids=["1366"])
def test_normal_text_again_puts_the_case_beside_the_list_scrolling_on_its_own(
    english: tuple[MainWindow, Runtime, HandoffPage],
) -> None:
    """Back to normal text the list and the case lie side by side again, the case's pane scrolls on its own (as it
    was made: it is no longer held at the case's height), and the list shows every result."""
    window, _runtime, page = english
    ui = page.ui
    _open_first(window, page)
    assert page.stacked() and ui.detailScroll.minimumHeight() > 0
    window.actions_registry[ActionId.LARGE_TEXT].trigger()  # (large text off)
    settle_events()
    settle_now()
    settle_events()
    assert appearance.current()[0] == appearance.NORMAL
    assert reflow.is_side_by_side(ui.splitter) and not page.stacked()
    assert ui.detailScroll.minimumHeight() == 0
    assert len(_rows_in_sight(page, window)) == page.model.rowCount() == 6
    assert not _problems(window, "handoff-normal"), _problems(window, "handoff-normal")


@pytest.mark.parametrize("theme", [appearance.STANDARD, appearance.HIGH_CONTRAST])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_at_150_percent_in_large_text_nothing_of_the_hand_off_page_is_cut(theme: str, lang: str) -> None:
    """A 1920×1080 screen at 150 % (1280×720 for the program) in large text: the harness in a subprocess with
    ``QT_SCALE_FACTOR`` set, the 出件 page with and without a case (the other workspaces are not this test's)."""
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    shots = SHOTS / f"scale-1.5-{theme}-{lang}"
    command = [sys.executable, "-m", "tests.ui.a11y_harness", "--size", "1280x720", "--text-size", "large"]
    command += ["--theme", theme, "--shots", str(shots), "--lang", lang]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["translators"] >= 1 and report["device_pixel_ratio"] == pytest.approx(1.5)
    assert (shots / "handoff-case.png").exists()  # (a result was open: its details, the method, the buttons)
    mine = [p for p in report["problems"] if p.startswith(("handoff:", "handoff-case:"))]
    assert not mine, "\n".join(mine)
