"""适老化 and keyboard access (issue 15; regulation 000 Art. 9) on the main window with every workspace, on a real
store with sample cases: large text and high contrast switched at run time; nothing clipped at 1366×768 in every mode
and at 125 % and 150 % scaling (subprocesses with QT_SCALE_FACTOR); contrast computed; a visible focus ring on every
stop of the tab chain; accessible names on every control; F1 generated from the action registry; at 1366×768 the
materials table shows six rows with an agent and keeps the toggled row in view, the 出件 button and the rating need no
scrolling. No page (each tab of each workspace) scrolls sideways in any mode at 1366×768 or scaled, and the focus ring
is seen whole on every stop, also where a control touches its container's edge. Screenshots go to
/tmp/shots_access-startup."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from govdesk.services.runtime import Runtime
from govdesk.ui import appearance, focus_ring, navigation, reflow
from govdesk.ui.a11y import accessible_name, is_control
from govdesk.ui.actions import ActionId
from govdesk.ui.dialogs import ShortcutHelpDialog
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.intake.materials import FORM, STATE
from govdesk.ui.intake.materials import HEADERS as MATERIAL_HEADERS
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.intake.transfer import TransferDialog
from govdesk.ui.mainwindow import MainWindow
from tests.helpers.ui import settle_now
from tests.ui.a11y_harness import (
    MODES,
    contrast_problems,
    dialog_problems,
    dialogs,
    first_intake_problems,
    geometry_problems,
    open_window,
    pages,
    screens,
    settle_events,
    sideways_problems,
    table_problems,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_access-startup")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[MainWindow, Runtime]]:
    """The main window at 1366×768 in (text size, theme) and, as a third, a language ("en": its .qm installed
    before the window is built, removed after)."""
    text_size, theme, *language = getattr(request, "param", ("normal", "standard"))
    locale = QLocale()
    if language:
        install_translators(language[0])
    try:
        window, runtime = open_window(tmp_path, text_size, theme, (1366, 768))
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        yield window, runtime
        settle_now()  # (nothing left reading the store as it closes)
        window.close()
        runtime.close()
    finally:
        if language:
            remove_translators()
            QLocale.setDefault(locale)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    appearance.apply(app)  # the next test starts in the standard look


def _shot(window: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("opened", MODES, indirect=True, ids=["normal", "large", "contrast", "large-contrast"])
def test_every_page_fits_1366x768_with_nothing_clipped_and_nothing_sideways(opened: tuple[MainWindow, Runtime]) -> None:
    window, _runtime = opened
    text_size, theme = appearance.current()
    for _key in screens(window):
        pass  # every workspace built first: the workspaces' stack is as wide as its widest page
    problems = []
    for key in pages(window):
        assert (window.width(), window.height()) == (1366, 768)  # never pushed past the screen
        problems += geometry_problems(window, key)
        problems += sideways_problems(window, key)
        problems += table_problems(window, key)
        problems += contrast_problems(window, key)  # both themes (the standard one mends the platform's palette)
        _shot(window, f"{text_size}-{theme}-{key.replace('/', '-')}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("opened", "width"),
    [
        (MODES[0], 1366),
        (MODES[3], 1366),
        (MODES[0], 1100),
        (MODES[3], 1100),
        ((*MODES[0], "en"), 1100),
        ((*MODES[3], "en"), 1100),
    ],
    indirect=["opened"],
    ids=["normal-1366", "large-contrast-1366", "normal-1100", "large-contrast-1100", "en-normal-1100", "en-large-1100"],
)
def test_every_dialog_with_a_table_fits_with_nothing_clipped_and_no_table_scrolling_on_its_own(
    opened: tuple[MainWindow, Runtime], width: int
) -> None:
    """需处理的记录, F1's shortcuts, a case found (each tab: its history's long lines were cut to "…"), the choice of
    cases (a date cut in a row one line high), 材料流转 (with cases waiting), 本中心检查项: each fits the screen, its
    tables never scroll sideways nor cut a word, and a long list scrolls upright (F1's 33 shortcuts scrolled sideways
    in large text). In English in large text at 1,100 px, a case's tabs (1,162 px) and the choice of cases (1,279 px)
    were wider than the window, and 材料流转 cut "Service items"."""
    window, runtime = opened
    window.resize(width, 768)
    settle_events()
    problems, seen = [], []
    for key, dialog in dialogs(window, runtime):
        seen.append(key)
        problems += dialog_problems(dialog, key, (width, 768))
        _shot(dialog, f"{appearance.current()[0]}-{width}-{QLocale().name()}-{key.replace('/', '-')}")
    assert {"dialog-attention", "dialog-shortcuts", "dialog-case", "dialog-choose", "dialog-transfer"} <= set(seen)
    assert any(key.startswith("dialog-case/") for key in seen)  # its tabs
    assert not problems, "\n".join(problems)


def _palette_pairs(palette: QPalette) -> Iterator[tuple[str, float]]:
    """(what, contrast) of the palette pairs that carry text: every text role on its backgrounds in each group, and
    the selection under its text."""
    roles = QPalette.ColorRole
    on = (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
    )
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for fg, bg in on:
            yield (
                f"{group.name} {fg.name} on {bg.name}",
                appearance.contrast_ratio(palette.color(group, fg), palette.color(group, bg)),
            )


@pytest.mark.parametrize("theme", [appearance.STANDARD, appearance.HIGH_CONTRAST])
def test_every_text_colour_of_the_palette_stands_4_5_to_1_in_both_themes(qapp: QApplication, theme: str) -> None:
    """Disabled text and the selection included: the standard theme's platform palette had 1.62:1 (Fusion's disabled
    #bebebe on #efefef) and 3.69:1 (white on #308cc6); ``standard_palette`` darkens just those, keeping their hue."""
    appearance.apply(qapp, appearance.NORMAL, theme)
    try:
        low = [f"{what} {ratio:.2f}:1" for what, ratio in _palette_pairs(qapp.palette()) if ratio < 4.5]
        assert not low, "\n".join(low)
    finally:
        appearance.apply(qapp)


def test_the_standard_palette_mends_only_what_falls_short() -> None:
    fusion_like = QPalette(QColor("#efefef"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        fusion_like.setColor(disabled, role, QColor("#bebebe"))
    fusion_like.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    fusion_like.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    before = dict(_palette_pairs(fusion_like))
    assert round(before["Disabled WindowText on Window"], 2) == 1.62
    assert round(before["Active HighlightedText on Highlight"], 2) == 3.69
    mended = appearance.standard_palette(fusion_like)
    assert min(ratio for _what, ratio in _palette_pairs(mended)) >= 4.5
    selection = mended.color(QPalette.ColorRole.Highlight)
    assert abs(selection.hslHue() - QColor("#308cc6").hslHue()) <= 2  # the same blue, darker
    # a pair that already stands far enough apart is kept
    assert mended.color(QPalette.ColorRole.WindowText) == fusion_like.color(QPalette.ColorRole.WindowText)
    assert appearance.readable(QColor("#000000"), QColor("#ffffff")) == QColor("#000000")


@pytest.mark.parametrize(
    ("scale", "size", "text_size", "theme", "lang"),
    [
        ("1.25", "1536x864", "normal", "standard", "zh_CN"),  # a 1920×1080 screen at 125 %
        ("1.5", "1280x720", "normal", "standard", "zh_CN"),  # … at 150 %
        ("1.25", "1536x864", "large", "high_contrast", "zh_CN"),
        ("1.5", "1280x720", "large", "high_contrast", "zh_CN"),
        # English words are longer than Chinese ones and do not break anywhere: no heading cut inside a word, no
        # cell's word cut ("Mate…" for Materials)
        ("1", "1366x768", "normal", "standard", "en"),
        # … and in large text nothing scrolls sideways either: 现场监督's figures fold in two, 承诺跟踪's case number,
        # kind and days left wrap between words, the intake's decision column is as wide as its outcomes (they
        # needed 1,676, 1,538 and 1,196 px of a page of 1,150)
        ("1", "1366x768", "large", "standard", "en"),
        ("1", "1366x768", "large", "high_contrast", "en"),
        ("1.25", "1536x864", "large", "standard", "en"),
        # … and at 150 % (a page of 1,064 px: the intake needed 1,073)
        ("1.5", "1280x720", "large", "standard", "en"),
        ("1.5", "1280x720", "large", "high_contrast", "en"),
    ],
)
def test_scaled_screens_fit_with_nothing_clipped(scale: str, size: str, text_size: str, theme: str, lang: str) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    shots = SHOTS / f"scale-{scale}-{text_size}-{theme}-{lang}"
    command = [sys.executable, "-m", "tests.ui.a11y_harness", "--size", size, "--text-size", text_size]
    command += ["--theme", theme, "--shots", str(shots), "--lang", lang]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["translators"] >= 1  # the language is in force (the .qm found)
    assert report["device_pixel_ratio"] == pytest.approx(float(scale))  # the scaling is in force
    assert report["size"] == [int(x) for x in size.split("x")]
    assert not report["problems"], "\n".join(report["problems"])


def test_large_text_and_high_contrast_switch_at_run_time_by_their_shortcuts(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    window, _runtime = opened
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    body = app.font().pointSizeF()
    QTest.keyClick(
        window.windowHandle(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert appearance.current()[0] == appearance.LARGE and window.context.settings.text_size == "large"
    assert app.font().pointSizeF() >= appearance.LARGE_BODY_PT > body
    # lines at least 1.3 times the text size apart (measured on two lines of Chinese)
    assert appearance.line_spacing_ratio(app.font()) >= appearance.MIN_LINE_SPACING
    two = QLabel("第一行中文\n第二行中文", window)
    pixels = app.font().pointSizeF() * window.logicalDpiY() / 72.0
    assert (two.sizeHint().height() - 2 * two.margin()) / 2 >= appearance.MIN_LINE_SPACING * pixels - 1
    two.deleteLater()
    # the largest text on every main screen is at least 30 pt (its title); body text at least 18 pt; switched at
    # run time, nothing is cut either
    for key in screens(window):
        assert not geometry_problems(window, key)
        shown = [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]
        largest = max(w.font().pointSizeF() for w in shown)
        assert largest >= appearance.LARGE_TITLE_PT, key
        small = [w for w in shown if isinstance(w, QLabel) and w.text() and w.font().pointSizeF() < 18]
        assert not small, (key, [(w.objectName(), w.text()[:12], w.font().pointSizeF()) for w in small][:5])
    QTest.keyClick(
        window.windowHandle(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert appearance.current() == (appearance.LARGE, appearance.HIGH_CONTRAST)
    assert window.actions_registry[ActionId.HIGH_CONTRAST].isChecked()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    saved = window.context.settings_store.load()
    assert (saved.text_size, saved.theme) == ("large", "high_contrast")  # remembered for the next start
    QTest.keyClick(
        window.windowHandle(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyClick(
        window.windowHandle(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert appearance.current() == (appearance.NORMAL, appearance.STANDARD)
    assert app.font().pointSizeF() == body


def test_every_control_has_an_accessible_name(opened: tuple[MainWindow, Runtime]) -> None:
    window, _runtime = opened
    unnamed = []
    for key in screens(window):
        for widget in window.findChildren(QWidget):
            if widget.window() is window and is_control(widget) and not accessible_name(widget):
                unnamed.append(f"{key}: {type(widget).__name__}({widget.objectName()})")
    assert not unnamed, "\n".join(sorted(set(unnamed)))


def _ring_around(widget: QWidget) -> bool:
    ring = focus_ring.focus_ring()
    if ring is None or not ring.isVisible() or ring.target is not widget:
        return False
    host = ring.parentWidget()
    assert host is not None
    target = QRect(widget.mapTo(host, QPoint(0, 0)), widget.size())
    drawn = ring.geometry()
    # the ring surrounds what is in sight of the control (where the control touches the window's edge, or is
    # scrolled partly out of sight, the ring's side lies over the control's edge: ``_ring_whole``)
    sight = target.intersected(focus_ring.visible_rect(host))
    return drawn.contains(sight) and drawn != sight


def _ring_words(widget: QWidget) -> str:
    """Where the ring is, and the control, for a failure's message."""
    ring = focus_ring.focus_ring()
    host = ring.parentWidget() if ring is not None else None
    if ring is None or host is None:
        return " (no ring)"
    target = QRect(widget.mapTo(host, QPoint(0, 0)), widget.size())
    sight = focus_ring.visible_rect(host).getRect()
    return f" (ring {ring.geometry().getRect()} in {host.objectName()}, control {target.getRect()}, in sight {sight})"


def _ring_whole(window: QWidget) -> bool:
    """The ring is seen whole: its outer colour on the middle of each of its four sides, as painted in the window
    (a side that fell outside what its container shows, where the control touches the container's edge, is not)."""
    ring = focus_ring.focus_ring()
    assert ring is not None
    rect = QRect(ring.mapTo(window, QPoint(0, 0)), ring.size())
    image = window.grab(rect).toImage()
    outer = ring.colours()[0].rgb()
    w, h = image.width(), image.height()
    sides = [(w // 2, 0), (w // 2, h - 1), (0, h // 2), (w - 1, h // 2)]
    return w > 2 * focus_ring.RING_WIDTH and all(image.pixel(x, y) == outer for x, y in sides)


@pytest.mark.parametrize("opened", [MODES[0], MODES[3]], indirect=True, ids=["normal", "large-contrast"])
def test_tab_reaches_every_control_in_order_with_a_visible_focus(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    window, _runtime = opened
    theme = appearance.current()[1]
    ring = focus_ring.focus_ring()
    assert ring is not None
    outer, inner = ring.colours()
    background = window.palette().color(QPalette.ColorRole.Window)
    assert max(appearance.contrast_ratio(outer, background), appearance.contrast_ratio(inner, background)) >= 3.0
    for key in screens(window):
        page = window.ui.workspaceStack.currentWidget()
        window.ui.navList.setFocus(Qt.FocusReason.TabFocusReason)
        visited: list[QWidget] = []
        for _ in range(400):
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            QApplication.processEvents()  # (what the clerk sees: the event loop has turned)
            focus = QApplication.focusWidget()
            assert focus is not None
            if focus is window.ui.navList or (visited and focus is visited[0]):
                break
            if visited and focus is visited[-1]:
                continue  # a date field's Tab goes from day to month to year first (Qt's date editor)
            assert focus not in visited, f"{key}: Tab came back to {focus.objectName()} before the end"
            visited.append(focus)
            assert _ring_around(focus), (
                f"{key}: no focus ring around {type(focus).__name__}({focus.objectName()})" + _ring_words(focus)
            )
            assert _ring_whole(window), f"{key}: the focus ring around {focus.objectName()} is cut"
        on_page = [w for w in visited if page.isAncestorOf(w)]
        reachable = [
            w
            for w in page.findChildren(QWidget)
            if is_control(w) and w.isVisible() and w.isEnabled() and w.window() is window
        ]
        missed = [f"{type(w).__name__}({w.objectName()})" for w in reachable if w not in on_page]
        assert not missed, f"{key}: Tab never reaches {missed}"
        if key == "intake-agent":
            _shot(window, f"focus-{theme}-intake")
            intake = next(w for w in window.workspaces() if w.key == "intake").page
            assert isinstance(intake, IntakePage)
            ui = intake.ui
            order = [ui.searchEdit, intake.applicant.ui.nameEdit, intake.applicant.ui.agentNameEdit]
            order += [intake.materials_view, ui.decisionScroll.widget().findChild(QWidget, "acceptRadio")]
            positions = [on_page.index(w) for w in order if w is not None and w in on_page]
            assert positions == sorted(positions) and len(positions) >= 4, positions  # the form's reading order


def _key_texts(table: list[tuple[str, str, str]]) -> set[str]:
    keys = set()
    for shown, _what, _where in table:
        keys.update(part.strip() for part in shown.split(" / "))
    return keys


def test_f1_lists_every_shortcut_of_every_action_and_shortcut(qtbot: QtBot, opened: tuple[MainWindow, Runtime]) -> None:
    window, runtime = opened
    for _key in screens(window):
        pass  # every workspace built and shown once
    transfer = TransferDialog(window, runtime.intake, runtime.notices)  # a dialog's own keys count too
    qtbot.addWidget(transfer)
    window.actions_registry[ActionId.HELP].trigger()
    dialog = window.findChild(ShortcutHelpDialog)
    assert dialog is not None and dialog.isVisible()
    rows = [
        tuple(dialog.table.item(r, c).text() for c in range(3))  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    ]
    listed = _key_texts(rows)  # type: ignore[arg-type]
    found: set[str] = set()
    for owner in (window, transfer):
        for action in owner.findChildren(QAction):
            for sequence in action.shortcuts():
                found.add(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        for shortcut in owner.findChildren(QShortcut):
            found.add(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))
    found.discard("")
    assert {"F1", "F5", "F6", "F3", "Ctrl+R", "Ctrl+T", "Ctrl+Return", "Ctrl+Shift+T", "Ctrl+Shift+H"} <= found
    assert found <= listed, found - listed
    _shot(dialog, "f1-shortcuts")
    dialog.reject()
    transfer.reject()


def test_no_shortcut_is_made_outside_the_registry() -> None:
    """A ``QShortcut`` or ``setShortcut`` anywhere in ``ui/`` but ``actions.py`` would be missing from F1."""
    offenders = []
    for path in (ROOT / "src" / "govdesk" / "ui").rglob("*.py"):
        if path.name == "actions.py" or "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in ("QShortcut", "setShortcut", "setShortcuts"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def test_at_1366x768_six_material_rows_with_an_agent_and_the_toggled_row_stays_in_view(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    window, _runtime = opened
    keys = list(screens(window))
    assert "intake-agent" in keys
    window.show_workspace("intake")
    page = next(w for w in window.workspaces() if w.key == "intake").page
    assert isinstance(page, IntakePage) and page.applicant.ui.agentPanel.isVisible()
    view, model = page.materials_view, page.materials_model
    assert model.rowCount() >= 7
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # 申请材料(&L)
    qtbot.waitUntil(view.hasFocus)
    settle_events()

    def rows_in_sight() -> list[int]:
        """Rows wholly visible: in the table's viewport, in the form's scroll area, and in the window."""
        shown = []
        scroll = page.ui.formScroll.viewport()
        for row in range(model.rowCount()):
            rect = view.visualRect(model.index(row, 0))
            rect.setLeft(0)
            top_left = view.viewport().mapTo(window, rect.topLeft())
            in_window = QRect(top_left, rect.size())
            sight = QRect(scroll.mapTo(window, QPoint(0, 0)), scroll.size()).intersected(window.rect())
            if view.viewport().rect().contains(rect) and sight.contains(in_window):
                shown.append(row)
        return shown

    assert len(rows_in_sight()) >= 6, rows_in_sight()
    for row in range(model.rowCount()):
        view.setCurrentIndex(model.index(row, 0))
        QTest.keyClick(view, Qt.Key.Key_Space)  # 收到
        settle_events()
        assert row in rows_in_sight(), f"row {row} toggled out of sight"
        assert model.status(row).value != "pending" or model.material(row).shared
    _shot(window, "intake-agent-materials")


def test_at_1366x768_the_hand_off_button_and_the_rating_need_no_scrolling(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    window, _runtime = opened
    window.show_workspace("handoff")
    settle_events()
    page = next(w for w in window.workspaces() if w.key == "handoff").page
    assert page is not None
    ui = page.ui
    for widget in (ui.handOffButton, ui.askRatingButton, ui.ratingBox, ui.confirmButton):
        assert widget.isVisible()
        assert not ui.detailScroll.isAncestorOf(widget)  # outside what scrolls
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        assert window.rect().contains(rect), widget.objectName()
    _shot(window, "handoff-footer")


@pytest.mark.parametrize(
    "opened", [("normal", "standard", "zh_CN"), ("normal", "standard", "en")], indirect=True, ids=["zh_CN", "en"]
)
def test_the_navigation_panel_goes_compact_in_large_text_and_narrow_windows_with_every_title_whole(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    """Large text at 1366×768, or a window too narrow for the panel and a page (150 %): each icon above its title,
    the panel only as wide as the longest title, so the page gets the width; every title still shown whole (in
    English, compact, every item had the first one's size: "Commit…" for Commitments)."""
    window, _runtime = opened
    nav = window.ui.navList

    def titles_whole() -> list[str]:
        cut = []
        fm = nav.fontMetrics()
        for row in range(nav.count()):
            item = nav.item(row)
            rect = nav.visualItemRect(item)
            if item.isHidden():
                continue
            if not nav.viewport().rect().contains(rect) or fm.horizontalAdvance(item.text()) > rect.width():
                cut.append(item.text())
        return cut

    wide = nav.width()
    assert nav.viewMode() == nav.ViewMode.ListMode and not titles_whole()
    window.actions_registry[ActionId.LARGE_TEXT].trigger()
    settle_events()
    fm = nav.fontMetrics()
    longest = max(fm.horizontalAdvance(nav.item(row).text()) for row in range(nav.count()))
    assert nav.viewMode() == nav.ViewMode.IconMode
    assert nav.width() <= longest + fm.averageCharWidth() * 4  # no wider than the longest title and a margin
    assert not titles_whole(), titles_whole()
    _shot(window, "nav-large")
    window.actions_registry[ActionId.LARGE_TEXT].trigger()
    settle_events()
    assert nav.viewMode() == nav.ViewMode.ListMode and nav.width() == wide
    narrow = nav.fontMetrics().averageCharWidth() * (navigation.COMPACT_BELOW_CHARS - 5)
    window.resize(narrow, 700)  # narrower than a page beside the full panel
    settle_events()
    assert window.width() == narrow
    assert nav.viewMode() == nav.ViewMode.IconMode and nav.width() < wide and not titles_whole()
    assert not sideways_problems(window, "narrow")
    window.resize(1366, 768)
    settle_events()
    assert nav.viewMode() == nav.ViewMode.ListMode and nav.width() == wide


def test_pages_lie_side_by_side_again_when_the_text_is_normal_again(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    """Turned for large text, a page's rows lie side by side again when the text size is back to normal (nothing
    stays stacked for a width it no longer lacks), and no page scrolls sideways either way."""
    window, _runtime = opened
    for _key in screens(window):
        pass
    window.show_workspace("handoff")
    settle_events()
    page = next(w for w in window.workspaces() if w.key == "handoff").built_widget()
    assert page is not None
    rows = reflow.rows_below(page)
    assert len(rows) >= 4 and all(reflow.is_side_by_side(row) for row in rows)
    window.actions_registry[ActionId.LARGE_TEXT].trigger()
    settle_events()
    turned = [row for row in rows if not reflow.is_side_by_side(row)]
    assert turned  # large text at 1366×768: the list of results above the case, at least
    assert not sideways_problems(window, "large")
    window.actions_registry[ActionId.LARGE_TEXT].trigger()
    settle_events()
    assert all(reflow.is_side_by_side(row) for row in rows)
    assert not sideways_problems(window, "normal again")


@pytest.mark.parametrize("opened", [("large", "standard"), ("large", "high_contrast")], indirect=True)
def test_in_large_text_at_1366x768_the_three_hand_over_buttons_lie_in_one_row(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    """出件并打印回执, 今日邮寄清单 and 确认送达/取件 side by side, each whole and in the window, with a result open
    (large text at 1366×768: the list of results goes above the case to make the room; ui/reflow.py)."""
    window, _runtime = opened
    keys = list(screens(window))
    assert "handoff-case" in keys  # (the harness has results waiting and opens one)
    window.show_workspace("handoff")
    settle_events()
    page = next(w for w in window.workspaces() if w.key == "handoff").page
    assert page is not None and page.case is not None
    ui = page.ui
    buttons = (ui.handOffButton, ui.mailingListButton, ui.confirmButton)
    places = [QRect(b.mapTo(window, QPoint(0, 0)), b.size()) for b in buttons]
    assert len({rect.top() for rect in places}) == 1, [rect.getRect() for rect in places]  # one row
    assert places[0].right() < places[1].left() and places[1].right() < places[2].left()  # in reading order
    for button, rect in zip(buttons, places, strict=True):
        assert button.isVisible() and window.rect().contains(rect), button.objectName()
        assert button.width() >= button.sizeHint().width() - 1, button.objectName()  # its words whole
    assert not sideways_problems(window, "handoff") and not table_problems(window, "handoff")
    _shot(window, f"handoff-buttons-{appearance.current()[1]}")


@pytest.mark.parametrize(
    "opened", [("large", "standard", "zh_CN"), ("large", "standard", "en")], indirect=True, ids=["zh_CN", "en"]
)
def test_a_window_1100_px_wide_in_large_text_scrolls_no_page_sideways(
    qtbot: QtBot, opened: tuple[MainWindow, Runtime]
) -> None:
    """A window 1,100 px wide in large text (a first start at 85 % of a 1366×768 screen, not maximized): no page
    scrolls sideways nor any table on its own — the intake's item search goes above its form, the decision beside
    them, with the materials of an item and an agent too; 现场监督's headings wrap; 出件's results and 承诺跟踪's list
    wrap their case numbers after the centre code (a full one alone was 408 px: the results waiting needed 1,132 px,
    the list 1,084 px, on a page of 957 px) and still show every number whole, on two lines. In English the intake
    needed 1,073 px of 884 (the materials table 637: narrow, the form goes under the status and the pages scanned
    under the material, their headings naming both), and as it first opens 1,095 (a line that did not wrap)."""
    window, _runtime = opened
    window.resize(1100, 768)
    settle_events()
    assert window.width() == 1100
    language = QLocale().name()
    english = QLocale().language() == QLocale.Language.English
    problems = first_intake_problems(window)  # (as it opens: a draft offered, no item chosen)
    for key in pages(window):
        problems += sideways_problems(window, key)
        problems += table_problems(window, key)
        problems += geometry_problems(window, key)
        _shot(window, f"large-1100-{language}-{key.replace('/', '-')}")
    page = next(w for w in window.workspaces() if w.key == "intake").page
    assert isinstance(page, IntakePage)
    assert not reflow.is_side_by_side(page.columns)  # the search above the form
    materials = page.materials_view.model()
    merged = materials.headerData(STATE, Qt.Orientation.Horizontal)
    if english:  # (the form under the status in its cell, the heading naming both)
        assert page.materials_view.isColumnHidden(FORM) and merged == "Status / Form"
    window.show_workspace("intake")
    window.resize(1366, 768)
    settle_events()
    # three columns again where they fit (in English in large text the search stays above the form at 1366 too)
    assert reflow.is_side_by_side(page.columns) is not english
    assert not sideways_problems(window, "intake at 1366") and not table_problems(window, "intake at 1366")
    assert not page.materials_view.isColumnHidden(FORM)  # each column its own again, and its own heading
    own = QCoreApplication.translate("MaterialsModel", MATERIAL_HEADERS[STATE])
    assert materials.headerData(STATE, Qt.Orientation.Horizontal) == own
    assert not problems, "\n".join(problems)  # (every page at 1,100 px)
