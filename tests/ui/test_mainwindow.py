"""The main window frame: sizes at 1366×768 and 1920×1080 with nothing clipped, the scanner-friendly search box,
the global actions and their shortcuts, and hosting workspaces."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from govdesk.services.credentials import FALLBACK_WARNING, MemoryOnlyCredentialStore, open_credential_store
from govdesk.services.settings import AppPaths, SettingsStore
from govdesk.services.sync_facade import SyncState, SyncStatus
from govdesk.ui.actions import ActionId
from govdesk.ui.context import AppContext
from govdesk.ui.dialogs import ShortcutHelpDialog, decode_bytes
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.mainwindow import WINDOW_ID, MainWindow, opens_maximized
from govdesk.ui.workspace import WORKSPACE_REGISTRY, ComingSoonWorkspace, Workspace, create_workspaces

# The offscreen platform cannot pass a window's size hints to a window manager and says so; not a problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WORST_STATUS = SyncStatus(
    state=SyncState.OFFLINE,
    queue_depth=12345,
    last_success=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
    last_error="连接中心服务器超时（30 秒无响应），将在 1 分钟后自动重试；办件已保存在本机",
    clock_skew_seconds=-7200.0,
)


def make_context(tmp_path: Path, *, memory_only: bool = False) -> AppContext:
    paths = AppPaths.for_basedir(tmp_path).ensure()
    store = SettingsStore(paths.settings_file)
    store.load()
    store.settings.window_number = "12"
    credentials = MemoryOnlyCredentialStore() if memory_only else open_credential_store()
    return AppContext(paths=paths, settings_store=store, credentials=credentials, db_path=paths.default_db)


def placeholders(context: AppContext) -> list[Workspace]:
    """Every registry entry as its "即将推出" page: the frame tested alone, whichever workspaces exist yet."""
    return [ComingSoonWorkspace(entry, context) for entry in WORKSPACE_REGISTRY]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    context = make_context(tmp_path)
    win = MainWindow(context, placeholders(context))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    remove_translators()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_the_window_fits_with_nothing_clipped(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], language: str
) -> None:
    context = make_context(tmp_path, memory_only=True)  # the credential warning shows: worst case
    win = MainWindow(context, create_workspaces(context))
    qtbot.addWidget(win)
    win.show_sync_status(WORST_STATUS)
    width, height = size
    hint = win.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    assert (win.width(), win.height()) == size  # not forced larger by a minimum size

    bar = win.status_bar
    must_show: list[QWidget] = [
        win.search_box,
        win.ui.navList,
        win.ui.workspaceStack,
        bar.online_label,
        bar.queue_label,
        bar.success_label,
        bar.error_label,
        bar.sync_button,
        bar.clerk_label,
        bar.skew_banner,
        bar.credential_label,
    ]
    for widget in must_show:
        assert widget.isVisible(), widget.objectName()
        assert _inside(widget, win), widget.objectName()
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    # Labels that cannot elide show their whole text.
    for label in (bar.online_label, bar.queue_label, bar.success_label, bar.clerk_label):
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()
    # Every toolbar action is on the toolbar itself, not hidden in the overflow menu.
    for action in win.ui.mainToolBar.actions():
        button = win.ui.mainToolBar.widgetForAction(action)
        assert button is not None and button.isVisible() and _inside(button, win), action.text()
    # Navigation titles are not cut.
    nav = win.ui.navList
    for row in range(nav.count()):
        item_rect = nav.visualItemRect(nav.item(row))
        assert item_rect.right() <= nav.viewport().width(), nav.item(row).text()

    shot = tmp_path / f"mainwindow-{language}-{width}x{height}.png"
    assert win.grab().save(str(shot))
    out_dir = os.environ.get("GOVDESK_SCREENSHOT_DIR")
    if out_dir:
        win.grab().save(str(Path(out_dir) / shot.name))


def test_the_search_box_emits_on_enter_like_a_scanner(qtbot: QtBot, window: MainWindow) -> None:
    box = window.search_box
    window.focus_search()
    # A barcode scanner is a keyboard: it types the case number and presses Enter.
    with qtbot.waitSignal(window.case_search_requested, timeout=1000) as blocker:
        qtbot.keyClicks(box, "  41122102-20261122-0007  ")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert blocker.args == ["41122102-20261122-0007"]
    # The text is selected, so the next scan replaces it instead of appending.
    with qtbot.waitSignal(window.case_search_requested, timeout=1000) as blocker:
        qtbot.keyClicks(box, "11010519491231002X")
        qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert blocker.args == ["11010519491231002X"]
    box.clear()
    with qtbot.assertNotEmitted(window.case_search_requested):
        qtbot.keyClicks(box, "   ")
        qtbot.keyClick(box, Qt.Key.Key_Return)


def test_actions_have_their_shortcuts(window: MainWindow) -> None:
    expected = {
        ActionId.HELP: "F1",
        ActionId.FOCUS_SEARCH: "Ctrl+F",
        ActionId.NEW_INTAKE: "Ctrl+N",
        ActionId.SYNC_NOW: "F5",
        ActionId.ATTENTION: "Ctrl+Shift+N",
        ActionId.PRINT: "Ctrl+P",
        ActionId.SWITCH_USER: "Ctrl+Shift+W",
        ActionId.LOCK: "Ctrl+L",
        ActionId.LOGOUT: "Ctrl+Shift+O",
        ActionId.SERVER_SETTINGS: "Ctrl+Shift+,",
        ActionId.SETTINGS: "Ctrl+,",
        ActionId.LARGE_TEXT: "Ctrl+Shift+T",
        ActionId.HIGH_CONTRAST: "Ctrl+Shift+H",
        ActionId.QUIT: "Ctrl+Q",
        ActionId.QUEUE_CALL: "F7",
        ActionId.QUEUE_RECALL: "F8",
        ActionId.QUEUE_TRANSFER: "F9",
        ActionId.QUEUE_NO_SHOW: "F10",
    }
    registry = window.actions_registry
    assert {action_id: action.shortcut() for action_id, action in registry} == {
        k: QKeySequence(v) for k, v in expected.items()
    }
    # Each shortcut is unique and reachable from the window itself.
    assert len({a.shortcut().toString() for _, a in registry}) == len(expected)
    assert all(action in window.actions() for _, action in registry)


def test_shortcut_keys_reach_their_actions(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    with qtbot.waitSignal(window.sync_requested, timeout=1000):
        qtbot.keyClick(window.ui.navList, Qt.Key.Key_F5)
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)
    with qtbot.waitSignal(window.new_intake_requested, timeout=1000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_f1_shows_every_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_registry[ActionId.HELP].trigger()
    dialog = window.findChild(ShortcutHelpDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QWidget, "shortcutTable")
    keys = {table.item(row, 0).text() for row in range(table.rowCount())}  # type: ignore[attr-defined]
    assert {"F1", "Ctrl+F", "Ctrl+N", "F5", "Ctrl+P"} <= keys
    dialog.reject()


def test_a_registry_entry_without_its_package_is_a_coming_soon_page(tmp_path: Path) -> None:
    context = make_context(tmp_path)
    workspaces = create_workspaces(context)
    assert [w.key for w in workspaces] == ["intake", "handoff", "commitments", "backoffice", "supervision"]
    assert [w.title() for w in workspaces] == ["综合受理", "出件", "承诺跟踪", "后台审批", "现场监督"]
    for entry, workspace in zip(WORKSPACE_REGISTRY, workspaces, strict=True):
        package_exists = importlib.util.find_spec(entry.module) is not None
        assert isinstance(workspace, ComingSoonWorkspace) is not package_exists, entry.module


def test_coming_soon_pages_say_so(qtbot: QtBot, window: MainWindow) -> None:
    nav = window.ui.navList
    assert [nav.item(r).text() for r in range(nav.count())] == ["综合受理", "出件", "承诺跟踪", "后台审批", "现场监督"]
    with qtbot.waitSignal(window.workspace_changed, timeout=1000) as blocker:
        nav.setCurrentRow(1)
    assert blocker.args == ["handoff"]
    page = window.ui.workspaceStack.currentWidget()
    assert page.objectName() == "workspace_handoff"
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert "出件" in texts and "即将推出" in texts


def test_global_commands_without_a_workspace_say_so(qtbot: QtBot, window: MainWindow) -> None:
    window.show_workspace("supervision")
    with qtbot.waitSignal(window.new_intake_requested, timeout=1000):
        window.actions_registry[ActionId.NEW_INTAKE].trigger()
    assert window.current_workspace() is not None and window.current_workspace().key == "intake"  # type: ignore[union-attr]
    assert "即将推出" in window.status_bar.currentMessage()
    window.actions_registry[ActionId.PRINT].trigger()
    assert window.status_bar.currentMessage() == "当前页面没有可打印的内容"


class _CounterWorkspace(Workspace):
    """A workspace written for this test: it wires itself to the window, as real ones do."""

    key = "intake"
    title_source = "综合受理"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.searches: list[str] = []
        self.commands: list[str] = []

    def create_widget(self) -> QWidget:
        return QLabel("counter")

    def attach(self, window: MainWindow) -> None:
        window.case_search_requested.connect(self.searches.append)

    def handle_global_action(self, action_id: str) -> bool:
        self.commands.append(action_id)
        return True


def test_a_workspace_wires_itself_and_receives_global_commands(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    mine = _CounterWorkspace(context)
    win = MainWindow(context, [mine, *placeholders(context)[1:]])
    qtbot.addWidget(win)
    win.search_box.setText("110105")
    win.search_box.returnPressed.emit()
    win.actions_registry[ActionId.PRINT].trigger()
    win.actions_registry[ActionId.NEW_INTAKE].trigger()
    assert mine.searches == ["110105"]
    assert mine.commands == ["print", "new_intake"]
    # the print and new-intake commands were the workspace's: no complaint about them; the search was ALSO
    # answered by the case view's router, which says that this frame was started without its database
    assert win.status_bar.currentMessage() == "本机数据库尚未打开，不能查找办件"


def test_closing_saves_geometry_and_the_current_workspace(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    win = MainWindow(context, placeholders(context))
    qtbot.addWidget(win)
    win.resize(700, 500)  # within the offscreen screen: restoreGeometry fits windows to the screen
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("commitments")
    win.close()

    reloaded = SettingsStore(context.settings_store.path)
    settings = reloaded.load()
    assert settings.last_workspace == "commitments"
    assert decode_bytes(settings.geometry[WINDOW_ID]) is not None
    again_context = AppContext(context.paths, reloaded, context.credentials, context.db_path)
    again = MainWindow(again_context, placeholders(again_context))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert again.current_workspace().key == "commitments"  # type: ignore[union-attr]


def test_the_credential_fallback_is_visible(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path, memory_only=True)
    win = MainWindow(context, create_workspaces(context))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.status_bar.credential_label.isVisible()
    assert win.status_bar.credential_label.text() == FALLBACK_WARNING


def test_credentials_arrive_after_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    context.credentials = None  # as at start-up: the keyring is probed once the window is shown
    win = MainWindow(context, create_workspaces(context))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert not win.status_bar.credential_label.isVisible()
    win.set_credentials(MemoryOnlyCredentialStore())
    assert win.status_bar.credential_label.isVisible()
    assert isinstance(context.credentials, MemoryOnlyCredentialStore)


class _CountingWorkspace(ComingSoonWorkspace):
    """A registry entry's page that counts how often it was made."""

    made: ClassVar[list[str]] = []

    def create_widget(self) -> QWidget:
        _CountingWorkspace.made.append(self.key)
        return super().create_widget()


def test_a_workspace_page_is_made_on_its_first_show(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 15: the other workspaces' pages are not made at start, only when first shown."""
    context = make_context(tmp_path)
    context.settings.last_workspace = "handoff"
    _CountingWorkspace.made = []
    win = MainWindow(context, [_CountingWorkspace(entry, context) for entry in WORKSPACE_REGISTRY])
    qtbot.addWidget(win)
    assert _CountingWorkspace.made == ["handoff"]
    assert [w.key for w in win.workspaces() if w.built_widget() is not None] == ["handoff"]
    win.show_workspace("supervision")
    win.show_workspace("handoff")
    win.show_workspace("supervision")
    assert _CountingWorkspace.made == ["handoff", "supervision"]
    assert win.ui.workspaceStack.currentWidget().objectName() == "workspace_supervision"


def test_workspaces_hosted_after_the_window_showed_and_at_the_first_unlock_at_the_latest(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 15: the locked window shows before the workspaces' modules are imported (``defer_workspaces``); a
    login that comes before start-up hosted them hosts them then, the role's only visible."""
    from govdesk.domain.events import Role

    context = make_context(tmp_path)
    context.settings.last_workspace = "commitments"
    _CountingWorkspace.made = []
    win = MainWindow(context, [], locked=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.defer_workspaces(lambda: [_CountingWorkspace(entry, context) for entry in WORKSPACE_REGISTRY])
    assert win.workspaces() == [] and win.locked
    win.unlock(Role.INTAKE)
    assert [w.key for w in win.workspaces()] == ["intake", "handoff", "commitments", "backoffice", "supervision"]
    assert win.visible_workspaces() == ["intake", "commitments"]
    assert win.current_workspace().key == "commitments"  # type: ignore[union-attr]
    assert _CountingWorkspace.made == ["commitments"]
    assert not win.ensure_workspaces()  # hosted once only

    # hosted while still locked (the start-up step): nothing shows until a login
    again = MainWindow(context, [], locked=True)
    qtbot.addWidget(again)
    again.defer_workspaces(lambda: placeholders(context))
    assert again.ensure_workspaces()
    assert again.locked and again.visible_workspaces() == [] and len(again.workspaces()) == 5
    assert again.screens.currentWidget() is again.lock_screen
    assert not any(action.isEnabled() for action in again._workspace_actions)


def test_the_view_switches_say_what_they_did_in_the_ui_language(qtbot: QtBot, tmp_path: Path) -> None:
    """大字模式 and 高对比度 (``ui.appearance_controller``) tell the status bar in English too: their words stayed
    under the main window's translation context when they moved out of it."""
    install_translators("en")
    try:
        context = make_context(tmp_path)
        win = MainWindow(context, [])
        qtbot.addWidget(win)
        said = []
        for action_id in (ActionId.LARGE_TEXT, ActionId.LARGE_TEXT, ActionId.HIGH_CONTRAST, ActionId.HIGH_CONTRAST):
            win.actions_registry[action_id].trigger()
            said.append(win.status_bar.currentMessage())
        assert said == [
            "Switched to large text",
            "Standard font size restored",
            "Switched to high-contrast colors",
            "Standard colors restored",
        ]
        assert (context.settings.text_size, context.settings.theme) == ("normal", "standard")
    finally:
        remove_translators()


@pytest.mark.parametrize(
    ("width", "platform", "maximized"),
    [
        (1366, "xcb", True),
        (1440, "windows", True),
        (1600, "wayland", True),
        (1920, "xcb", False),
        (1366, "offscreen", False),
    ],
)
def test_a_first_start_on_a_hall_pc_s_small_screen_opens_maximized(width: int, platform: str, maximized: bool) -> None:
    """At 85 % of a 1366×768 screen (1,162 px) large text scrolled the intake page sideways; maximized it fits (looked
    at under Xvfb + openbox). The offscreen platform has no window manager: it keeps the plain size."""
    assert opens_maximized(width, platform) is maximized


def test_the_records_that_need_attention_open_from_the_window_only_when_unlocked(qtbot: QtBot, tmp_path: Path) -> None:
    """Ctrl+Shift+N (or the status bar's 查看) opens 需处理的记录 over the window; locked, it opens nothing (the
    list names cases and clerks)."""
    from govdesk.ui.attention import AttentionDialog
    from govdesk.ui.lockscreen import LockMode
    from tests.ui.a11y_harness import open_window

    win, runtime = open_window(tmp_path, "normal", "standard", (1366, 768))
    qtbot.addWidget(win)
    try:
        win.actions_registry[ActionId.ATTENTION].trigger()
        dialog = win.findChild(AttentionDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.summary.text() == "没有需处理的记录。" and dialog.table.rowCount() == 0
        dialog.close()
        win.lock(LockMode.LOCKED)
        assert not win.actions_registry[ActionId.ATTENTION].isEnabled()
    finally:
        win.close()
        runtime.close()
