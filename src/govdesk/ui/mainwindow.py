"""The main window: a frame that hosts workspaces, the global case search, the global actions and the status bar.

It holds no business logic and knows no workspace in particular: workspaces come from
``govdesk.ui.workspace.create_workspaces`` and wire themselves in ``Workspace.attach(window)``. A workspace's page is
made when the workspace is first shown. At start-up the window shows locked before any workspace exists
(``defer_workspaces``; issue 15): they are hosted by a later start-up step, or at the first unlock at the latest
(``ui/workspace_host.py``).

Signals (connected by whoever needs them; the window only emits):
    case_search_requested(str): the clerk typed or scanned a case number, ID number or name in the toolbar
        search box and pressed Enter (a barcode scanner types the number and Enter). The text is stripped and
        never empty. ``case_search`` (``ui.caseview``) opens the case view for it, except in a workspace that
        looks cases up itself.
    sync_requested(): 立即同步 (F5 or the status bar button).
    new_intake_requested(): 新建受理 (Ctrl+N); the intake workspace has been made current first.
    workspace_changed(str): the key of the workspace now shown.
    shown(): the window was shown for the first time (start-up timing, end-to-end tests).
    switch_user_requested(): 切换用户 (AB岗, Ctrl+Shift+W).
    lock_requested(): 锁定 (Ctrl+L).
    logout_requested(): 注销 (Ctrl+Shift+O).
    settings_changed(object): the settings dialog saved; the ``frozenset`` of the ``Settings`` field names that
        changed (the sync controller applies a new server address or CA bundle, the session a new idle lock).

The text size and theme (适老化, ``ui/appearance.py``) are the settings' and switch at run time: 大字模式
(Ctrl+Shift+T) and 高对比度 (Ctrl+Shift+H) in the 视图 menu, or the settings dialog (Ctrl+,); the window's
``AppearanceController`` (``ui/appearance_controller.py``) switches them and opens the dialog.

While locked (``lock``: at start, idle, 锁定, 切换用户, 注销) the lock screen replaces the navigation, the
workspaces and the search box, the window's own dialogs are hidden, and only 立即同步, 帮助 and 退出 work.
``apply_role`` shows only the role's workspaces (the table is ``services.roles``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from govdesk.ui import appearance, navigation, reflow
from govdesk.ui.actions import ActionId, ActionRegistry, Place
from govdesk.ui.appearance_controller import AppearanceController
from govdesk.ui.context import AppContext
from govdesk.ui.generated.ui_mainwindow import Ui_MainWindow
from govdesk.ui.lockscreen import LockMode, LockScreen
from govdesk.ui.saved_state import decode_bytes, encode_bytes
from govdesk.ui.statusbar import StatusBar, SyncStatusLike
from govdesk.ui.workspace_host import WorkspaceHost

if TYPE_CHECKING:
    from govdesk.domain.events import Role
    from govdesk.services.changes import Changes
    from govdesk.services.credentials import CredentialStore
    from govdesk.ui.caseview import CaseSearchRouter
    from govdesk.ui.workspace import Workspace

log = logging.getLogger(__name__)

WINDOW_ID = "mainwindow"
#: A first start on a screen at most this wide opens maximized: a hall PC's 1366×768 is what the pages are laid out
#: for (issue 15), and 85 % of it (1,162 px) made large text scroll the intake page sideways.
SMALL_SCREEN_WIDTH = 1600


def opens_maximized(available_width: int, platform: str) -> bool:
    """Whether the main window's first start (no geometry kept) opens maximized: on a small screen of a real
    desktop (not the offscreen platform, which has no window manager to maximize against)."""
    return platform != "offscreen" and available_width <= SMALL_SCREEN_WIDTH


# The search box is wide enough for an 18-character ID number or a case number, in average characters.
SEARCH_CHARS = 30


class MainWindow(QMainWindow):
    """See the module docstring."""

    case_search_requested = Signal(str)
    sync_requested = Signal()
    new_intake_requested = Signal()
    workspace_changed = Signal(str)
    shown = Signal()
    switch_user_requested = Signal()
    lock_requested = Signal()
    logout_requested = Signal()
    settings_changed = Signal(object)

    #: What still works on the lock screen.
    UNLOCKED_ONLY = (
        ActionId.NEW_INTAKE,
        ActionId.ATTENTION,
        ActionId.PRINT,
        ActionId.FOCUS_SEARCH,
        ActionId.SWITCH_USER,
        ActionId.LOCK,
        ActionId.LOGOUT,
    )

    def __init__(
        self,
        context: AppContext,
        workspaces: list[Workspace],
        parent: QWidget | None = None,
        *,
        locked: bool = False,
        icons_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.appearance_controller = AppearanceController(self)
        self.appearance_controller.apply()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._shown_once = False
        self._workspaces: list[Workspace] = []
        self._workspace_actions: list[Any] = []
        self._locked = False
        self._hidden_dialogs: list[QWidget] = []
        self._role: Role | None = None
        self.workspace_host = WorkspaceHost(self)
        self._clerk_name: str | None = None

        # (icons_later: the program's start sets them after the first paint, ``actions_registry.set_icons``)
        self.actions_registry = ActionRegistry(self, icons_later=icons_later)
        self._build_menus_and_toolbar()
        self._build_search_box()

        self.status_bar = StatusBar(self)
        self.setStatusBar(self.status_bar)
        self.status_bar.sync_now_clicked.connect(self.sync_requested)
        self.status_bar.set_clerk(None, context.settings.window_number)
        if context.credentials is not None:
            self.set_credentials(context.credentials)

        self._connect_actions()
        self._size_navigation()
        self._scroll_workspaces()
        for workspace in workspaces:
            self.add_workspace(workspace)
        self.ui.navList.currentRowChanged.connect(self._on_nav_row_changed)
        for workspace in self._workspaces:
            workspace.attach(self)
        self._case_search: CaseSearchRouter | None = None
        if workspaces or not locked:
            self._wire_work()
        self._build_screens()
        self._restore_window()
        self.show_workspace(context.settings.last_workspace)
        if locked:
            self.lock(LockMode.START)

    def defer_workspaces(self, make: Callable[[], list[Workspace]]) -> None:
        """Host the workspaces ``make`` returns later (start-up: the locked window shows before their modules are
        imported): at ``ensure_workspaces``, or at the first unlock, whichever comes first."""
        self.workspace_host.defer(make)

    def ensure_workspaces(self) -> bool:
        """Host the deferred workspaces now, as the constructor would have (``WorkspaceHost.ensure``). False when
        none were waiting."""
        hosted = self.workspace_host.ensure()
        self._wire_work()
        return hosted

    def _wire_work(self) -> None:
        """The case search (``ui.caseview``) and the operations gateway's broadcast to the workspaces: wired with the
        workspaces (or an unlocked window), not for the locked first screen, which has neither a search box to use
        nor a workspace to tell (issue 15: their modules are imported after the first paint). Once."""
        if self._case_search is not None:
            return
        from govdesk.ui.caseview import CaseSearchRouter
        from govdesk.ui.operations import operations

        operations().changed.connect(self._changes_made)
        self._case_search = CaseSearchRouter(self)

    @property
    def case_search(self) -> CaseSearchRouter:
        """The toolbar search's router (wired now if it was not yet)."""
        self._wire_work()
        assert self._case_search is not None
        return self._case_search

    # --- frame ---

    def _build_menus_and_toolbar(self) -> None:
        registry = self.actions_registry
        for place, menu in (
            (Place.FILE_MENU, self.ui.menuFile),
            (Place.WORKSPACE_MENU, self.ui.menuWorkspace),
            (Place.VIEW_MENU, self.ui.menuView),
            (Place.HELP_MENU, self.ui.menuHelp),
        ):
            for action in registry.in_place(place):
                if action is registry[ActionId.QUIT]:
                    menu.addSeparator()
                menu.addAction(action)
        self._workspace_menu_separator = self.ui.menuWorkspace.addSeparator()
        toolbar = self.ui.mainToolBar
        for action in registry.on_toolbar():
            toolbar.addAction(action)
        # Shortcuts work even when the menu bar is hidden by a style or a kiosk setting.
        self.addActions([action for _, action in registry])

    def _build_search_box(self) -> None:
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ui.mainToolBar.addWidget(spacer)
        box = QLineEdit(self)
        box.setObjectName("caseSearchBox")
        box.setPlaceholderText(self.tr("办件编号 / 身份证号 / 姓名，或扫描条码"))
        box.setToolTip(self.tr("输入后按回车查找办件；扫码枪扫描通知书条码会自动查找 (Ctrl+F)"))
        box.setAccessibleName(self.tr("查找办件"))
        box.setClearButtonEnabled(True)
        char = box.fontMetrics().averageCharWidth()
        box.setMinimumWidth(char * SEARCH_CHARS)
        box.setMaximumWidth(char * SEARCH_CHARS * 2)
        box.returnPressed.connect(self._on_search_entered)
        self.search_box = box
        self.ui.mainToolBar.addWidget(box)

    def _size_navigation(self) -> None:
        navigation.fit(self.ui.navList)  # compact in large text or a narrow window (ui/navigation.py)

    def _scroll_workspaces(self) -> None:
        """The workspaces sit in a scroll area: in large text at 1366×768 a page taller or wider than the window
        scrolls instead of pushing the window past the screen (适老化: nothing cut off); in normal text every page
        fits and no scroll bar shows."""
        stack = self.ui.workspaceStack
        holder = stack.parentWidget()
        layout = holder.layout() if holder is not None else None
        column = QWidget(holder)
        column.setObjectName("workspaceColumn")
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        # the workspace's name as the screen's title, in large text only (30 pt: the largest text of the screen)
        self.workspace_title = QLabel(column)
        self.workspace_title.setObjectName("workspaceTitle")
        appearance.set_text_role(self.workspace_title, appearance.TITLE)
        column_layout.addWidget(self.workspace_title)
        area = QScrollArea(column)
        area.setObjectName("workspaceScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column_layout.addWidget(area, 1)
        if layout is not None:
            layout.replaceWidget(stack, column)
        area.setWidget(stack)
        reflow.current_page_only(stack)  # (a page never scrolls sideways for another; ui/reflow.py)
        self.workspace_scroll = area
        self._show_title()
        self.appearance_controller.applied.connect(self._appearance_applied)
        # (a control reached by Tab is scrolled into view)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_into_view)

    def _show_title(self) -> None:
        workspace = self.current_workspace()
        self.workspace_title.setText(workspace.title() if workspace is not None else "")
        self.workspace_title.setVisible(appearance.current()[0] == appearance.LARGE and workspace is not None)

    def _focus_into_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        area = getattr(self, "workspace_scroll", None)
        if new is not None and area is not None and shiboken6.isValid(area) and area.widget().isAncestorOf(new):
            area.ensureWidgetVisible(new, 8, 8)

    def _connect_actions(self) -> None:
        registry = self.actions_registry
        registry[ActionId.HELP].triggered.connect(self.show_shortcut_help)
        registry[ActionId.FOCUS_SEARCH].triggered.connect(self.focus_search)
        registry[ActionId.NEW_INTAKE].triggered.connect(self._on_new_intake)
        registry[ActionId.SYNC_NOW].triggered.connect(self.sync_requested)
        registry[ActionId.ATTENTION].triggered.connect(self.show_attention)
        self.status_bar.attention_clicked.connect(registry[ActionId.ATTENTION].trigger)
        registry[ActionId.PRINT].triggered.connect(self._on_print)
        registry[ActionId.QUIT].triggered.connect(self.close)
        registry[ActionId.SWITCH_USER].triggered.connect(self.switch_user_requested)
        registry[ActionId.LOCK].triggered.connect(self.lock_requested)
        registry[ActionId.LOGOUT].triggered.connect(self.logout_requested)
        self.appearance_controller.connect_actions()
        self.appearance_controller.settings_changed.connect(self._settings_changed)

    def _build_screens(self) -> None:
        """The form's central widget (navigation + workspaces) and the lock screen, one shown at a time; a page
        for a role with no workspace at a window."""
        self.screens = QStackedWidget(self)
        work_screen = self.takeCentralWidget()
        assert work_screen is not None  # the form's navigation and workspaces
        self.work_screen: QWidget = work_screen
        self.lock_screen = LockScreen(self.screens)
        self.screens.addWidget(self.work_screen)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self.no_workspace_page = QLabel(
            self.tr("当前登录的角色在本程序中没有工作区。\n如需在窗口或后台工作，请切换用户，以相应角色的账号登录。"),
            self,
        )
        self.no_workspace_page.setObjectName("noWorkspacePage")
        self.no_workspace_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_workspace_page.setWordWrap(True)
        self.ui.workspaceStack.addWidget(self.no_workspace_page)

    # --- who is working: lock and roles ---

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def role(self) -> Role | None:
        """The role of the clerk last let in (``apply_role``), None before the first."""
        return self._role

    def lock(self, mode: LockMode, *, username: str = "", clerk_name: str = "") -> None:
        """Hide everything a clerk worked on behind the lock screen (no applicant data is left visible)."""
        settings = self.context.settings
        self.lock_screen.show_mode(
            mode,
            server_url=settings.server_url,
            username=username,
            clerk_name=clerk_name,
            offline_days=settings.offline_login_days,
        )
        if not self._locked:
            self._locked = True
            current = self.current_workspace()
            if current is not None:
                current.deactivated()  # e.g. the intake in progress is saved now, under the clerk who typed it
            self.search_box.clear()
            self._hidden_dialogs = [
                w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible() and self._owns(w)
            ]
            for dialog in self._hidden_dialogs:
                dialog.hide()
        self.screens.setCurrentWidget(self.lock_screen)
        self.ui.mainToolBar.setEnabled(False)
        self.ui.menuWorkspace.setEnabled(False)
        for action_id in self.UNLOCKED_ONLY:
            self.actions_registry[action_id].setEnabled(False)
        self.enable_workspace_actions(False)
        self.lock_screen.focus_first()

    def _owns(self, widget: QWidget) -> bool:
        """``widget`` is one of this window's own windows (a dialog, the case view): a parent chain up to here."""
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def unlock(self, role: Role) -> None:
        """A clerk logged in: the role's workspaces come back (with the window's open work as it was)."""
        self.ensure_workspaces()
        before = self.current_workspace()
        self.apply_role(role)
        self._locked = False
        self.screens.setCurrentWidget(self.work_screen)
        self.ui.mainToolBar.setEnabled(True)
        self.ui.menuWorkspace.setEnabled(True)
        for action_id in self.UNLOCKED_ONLY:
            self.actions_registry[action_id].setEnabled(True)
        self.enable_workspace_actions(True)
        for dialog in self._hidden_dialogs:
            if shiboken6.isValid(dialog):  # (a dialog closed while hidden is gone)
                dialog.show()
        self._hidden_dialogs = []
        current = self.current_workspace()
        if current is not None and current is before:  # (a workspace newly shown was activated already)
            current.activated()

    def apply_role(self, role: Role) -> None:
        """Show only the workspaces of ``role`` (``services.roles.WORKSPACES_BY_ROLE``)."""
        from govdesk.services.roles import workspaces_for  # (not needed before the first login)

        self._role = role
        allowed = workspaces_for(role)
        for row, workspace in enumerate(self._workspaces):
            item = self.ui.navList.item(row)
            if item is not None:
                item.setHidden(workspace.key not in allowed)
        self.ui.navList.setVisible(bool(allowed))
        self.search_box.setEnabled(bool(allowed))  # a role with no workspace here opens no case either
        self.actions_registry[ActionId.NEW_INTAKE].setVisible("intake" in allowed)
        current = self.current_workspace()
        if current is not None and current.key in allowed:
            self.ui.workspaceStack.setCurrentWidget(self.workspace_host.page(current))
            return
        hosted = [k for k in allowed if any(w.key == k for w in self._workspaces)]
        if not hosted:
            self.ui.workspaceStack.setCurrentWidget(self.no_workspace_page)
            return
        self.show_workspace(hosted[0])
        shown = self.current_workspace()
        if shown is not None:
            self.ui.workspaceStack.setCurrentWidget(self.workspace_host.page(shown))

    def visible_workspaces(self) -> list[str]:
        """The keys of the workspaces the clerk can open now (none while locked)."""
        if self._locked:
            return []
        return [w.key for row, w in enumerate(self._workspaces) if not self.ui.navList.item(row).isHidden()]

    # --- workspaces ---

    def add_workspace(self, workspace: Workspace) -> None:
        """Add ``workspace`` to the navigation; its page is made when it is first shown."""
        item = QListWidgetItem(workspace.icon(), workspace.title())
        item.setData(Qt.ItemDataRole.UserRole, workspace.key)
        item.setToolTip(workspace.title())
        self.ui.navList.addItem(item)
        self._workspaces.append(workspace)

    def enable_workspace_actions(self, on: bool) -> None:
        """The shown workspace's own actions (its menu and toolbar entries) work, or not (locked)."""
        for action in self._workspace_actions:
            action.setEnabled(on)

    def workspaces(self) -> list[Workspace]:
        return list(self._workspaces)

    def current_workspace(self) -> Workspace | None:
        row = self.ui.navList.currentRow()
        return self._workspaces[row] if 0 <= row < len(self._workspaces) else None

    def show_workspace(self, key: str) -> bool:
        for row, workspace in enumerate(self._workspaces):
            if workspace.key == key and not self.ui.navList.item(row).isHidden():
                self.ui.navList.setCurrentRow(row)
                return True
        if self._workspaces and self.ui.navList.currentRow() < 0:
            self.ui.navList.setCurrentRow(0)
        return False

    @Slot(int)
    def _on_nav_row_changed(self, row: int) -> None:
        for workspace in self._workspaces:
            if workspace.built_widget() is self.ui.workspaceStack.currentWidget():
                workspace.deactivated()
        for action in self._workspace_actions:
            self.ui.menuWorkspace.removeAction(action)
            self.ui.mainToolBar.removeAction(action)
        self._workspace_actions = []
        if not 0 <= row < len(self._workspaces):
            return
        workspace = self._workspaces[row]
        self.ui.workspaceStack.setCurrentWidget(self.workspace_host.page(workspace))
        self._workspace_actions = workspace.actions()
        self.ui.menuWorkspace.addActions(self._workspace_actions)
        self.context.settings.last_workspace = workspace.key
        workspace.activated()
        from govdesk.ui.a11y import name_controls  # (not needed by the locked first screen: issue 15)

        name_controls(workspace.widget())  # (a page may build controls when first shown)
        self._show_title()
        self.workspace_changed.emit(workspace.key)

    # --- global commands ---

    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def _on_search_entered(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            return
        log.info("case search requested", extra={"event": "case_search_requested"})
        self.case_search_requested.emit(text)
        # Select it, so the next scan or typing replaces it.
        self.search_box.selectAll()

    @Slot()
    def _on_new_intake(self) -> None:
        if self._locked:
            return
        self.show_workspace("intake")
        workspace = self.current_workspace()
        if workspace is None or not workspace.handle_global_action(ActionId.NEW_INTAKE.value):
            self.status_bar.showMessage(self.tr("综合受理工作区即将推出，暂不能新建受理"), 5000)
        self.new_intake_requested.emit()

    @Slot()
    def _on_print(self) -> None:
        workspace = self.current_workspace()
        if workspace is None or not workspace.handle_global_action(ActionId.PRINT.value):
            self.status_bar.showMessage(self.tr("当前页面没有可打印的内容"), 5000)

    @Slot()
    def show_attention(self) -> None:
        """需处理的记录 (``ui/attention.py``): only to someone logged in, once the database is open."""
        runtime = self.context.runtime
        if self._locked or runtime is None:
            return
        from govdesk.services.attention import attention_rows
        from govdesk.ui.attention import AttentionDialog

        store = runtime.store
        dialog = AttentionDialog(self, lambda: attention_rows(store))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_requested.connect(self.case_search_requested)
        dialog.open()

    @Slot()
    def show_shortcut_help(self) -> None:
        from govdesk.ui.dialogs import ShortcutHelpDialog

        dialog = ShortcutHelpDialog(self, self.actions_registry.shortcut_table(), self.context.settings_store)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- settings and appearance (适老化: ``AppearanceController``) ---

    def open_settings(self, page: str = "", reason: str = "") -> frozenset[str] | None:
        """The settings dialog (on ``page``, with ``reason`` said at its top); the names of the settings that changed
        (also emitted as ``settings_changed``), or None when cancelled."""
        return self.appearance_controller.open_settings(page, reason)

    def _appearance_applied(self) -> None:
        self._show_title()
        self._size_navigation()  # its width follows the text size

    def _settings_changed(self, changed: frozenset[str]) -> None:
        if "window_number" in changed:
            self.set_clerk(self._clerk_name)
        self.settings_changed.emit(changed)

    # --- status ---

    @Slot(object)
    def show_sync_status(self, status: SyncStatusLike) -> None:
        """Render a sync status value (connect the sync engine's status signal here)."""
        self.status_bar.render_status(status)

    def report_previous_crash(self, record: Path) -> None:
        """Tell the clerk the last run crashed (faulthandler's record was kept at ``record``)."""
        self.status_bar.showMessage(self.tr("上次运行异常退出，崩溃记录已保存：{path}").format(path=str(record)), 30000)

    def report_font_problem(self, message: str) -> None:
        """A non-blocking warning that Chinese text cannot be shown or printed properly."""
        from PySide6.QtWidgets import QMessageBox  # (not needed before the first paint: issue 15)

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("缺少中文字体"), message, parent=self)
        box.setObjectName("fontProblemBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def set_credentials(self, store: CredentialStore) -> None:
        """Use ``store`` for logins; its warning (no OS keyring) stays visible in the status bar."""
        self.context.credentials = store
        self.status_bar.set_credential_warning(store.warning)

    def set_clerk(self, clerk_name: str | None) -> None:
        self._clerk_name = clerk_name
        self.status_bar.set_clerk(clerk_name, self.context.settings.window_number)

    # --- geometry and lifetime ---

    def _restore_window(self) -> None:
        settings = self.context.settings
        geometry = decode_bytes(settings.geometry.get(WINDOW_ID, ""))
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                available = screen.availableGeometry()
                self.resize(available.size() * 0.85)
                if opens_maximized(available.width(), QGuiApplication.platformName()):
                    self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = decode_bytes(settings.window_state.get(WINDOW_ID, ""))
        if state is not None and not state.isEmpty():
            self.restoreState(state)

    def save_window(self) -> None:
        settings = self.context.settings
        settings.geometry[WINDOW_ID] = encode_bytes(self.saveGeometry())
        settings.window_state[WINDOW_ID] = encode_bytes(self.saveState())
        try:
            self.context.settings_store.save()
        except OSError as exc:  # the window's own geometry as it closes (Qt state, not a use case): logged only
            log.warning("could not save the settings: %s", exc)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()

    def _changes_made(self, changes: Changes, initiator: QObject | None) -> None:
        """The operations gateway's one broadcast, passed to every workspace (each refreshes what shows it)."""
        for workspace in self._workspaces:
            workspace.changes_made(changes, initiator)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window()
        super().closeEvent(event)
