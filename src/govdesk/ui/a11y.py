"""Accessible names (issue 15: every control has one, for a screen reader and for automation).

Qt names a button by its text and a field by the label whose buddy it is. A control with neither — a search box
with only a placeholder, a table under a heading label, a date field after a "时段：" label — is named here from
what a sighted clerk reads beside it: its placeholder, its tool tip, the label just before it in its layout, the
group box or tab it sits in. ``name_controls(root)`` runs on each workspace when the main window hosts it and when it
is shown (pages build some controls late). A name set in code is never replaced.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: The widgets a clerk operates (the test walks the same list).
CONTROL_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)


def is_control(widget: QWidget) -> bool:
    """A control the keyboard stops at (Qt's own inner parts, e.g. a table's corner button, are not)."""
    if not isinstance(widget, CONTROL_TYPES) or widget.objectName().startswith("qt_"):
        return False
    if widget.window().windowType() == Qt.WindowType.Popup:
        return False  # a combo box's list, shown only while it is open: the combo box carries the name
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return False  # the editor inside a combo box or spin box: the outer control carries the name
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology is given for ``widget`` (Qt's own rules: set name, text, buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def name_controls(root: QWidget) -> int:
    """Name every unnamed control under ``root`` from what is shown beside it; returns how many were named. Tables
    and lists let Tab go on to the next control (arrow keys move within them): Tab from cell to cell would trap a
    clerk who works by keyboard."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    named = 0
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        # (Qt names a combo box or a date field by its value, not by the label that says what it is)
        if buddy is not None and not buddy.accessibleName() and isinstance(buddy, (QComboBox, QAbstractSpinBox)):
            buddy.setAccessibleName(_clean(label.text()))
    for widget in root.findChildren(QWidget):
        if not is_control(widget) or accessible_name(widget):
            continue
        name = _nearby_words(widget)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


def _clean(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("：:").strip()


def _nearby_words(widget: QWidget) -> str:
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and placeholder():
        return _clean(str(placeholder()))
    tip = widget.toolTip().split("\n")[0]
    if tip:
        return _clean(tip)
    label = _label_before(widget)
    if label:
        return label
    return _container_title(widget)


def _label_before(widget: QWidget) -> str:
    """The text of the label just before ``widget`` in its parent's layout (a heading over a table, "时段：")."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    position = layout.indexOf(widget)
    if position < 0:
        for i in range(layout.count()):  # inside a nested layout of the parent
            entry = layout.itemAt(i)
            inner = entry.layout() if entry is not None else None
            if inner is not None and inner.indexOf(widget) >= 0:
                layout, position = inner, inner.indexOf(widget)
                break
    for i in range(position - 1, -1, -1):
        entry = layout.itemAt(i)
        item = entry.widget() if entry is not None else None
        if isinstance(item, QLabel) and any(ch.isalnum() for ch in item.text()):
            return _clean(item.text())[:40]
        if item is not None and is_control(item):
            break
    return ""


def _container_title(widget: QWidget) -> str:
    """The group box, or the tab, ``widget`` sits in."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return _clean(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0:
                return _clean(tabs.tabText(index))
        child, parent = parent, parent.parentWidget()
    return ""
