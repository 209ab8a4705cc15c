"""What a user reads on screen, collected from a widget tree: for the Russian walk of the window and dialogs.

``visible_texts`` gathers every visible text a person reads (labels, buttons, menus and
their actions, tooltips, header sections, tabs, group boxes, window titles);
``english_leftovers`` keeps those still in English; ``clipped_texts`` those that do not fit.
A text is English when it has no Cyrillic letter and holds a Latin word that is not a
reviewed proper noun, code or technical name (:data:`ALLOWED_WORDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QToolBox,
    QWidget,
)

#: Reviewed words that stay as they are in the Russian UI: proper nouns, codes, file formats,
#: product and protocol names. Keep it short: every entry is a decision.
ALLOWED_WORDS = frozenset({
    "CICA", "Planner",  # the product's name, as on its icon and installer
    "UTC", "GMT", "ICS", "iCalendar", "ical", "ifb", "CSV", "PDF", "CalDAV", "URL", "HTTPS", "HTTP",
    "Outlook", "Thunderbird", "KOrganizer", "Excel", "PostgreSQL", "pg", "dump", "SQLite", "sqlite",
    "CICA_PLANNER_CALDAV_PASSWORD", "Ctrl", "Shift", "Alt", "PgUp", "PgDown", "Del", "Esc", "Enter", "Tab",
    "F1", "F5", "F9", "Umm", "al", "Qura",
})
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_']{2,}")
#: Zone identifiers ("Asia/Almaty"), file names, addresses and paths ("secretariat/cica-planner/") are data.
_DATA = re.compile(r"\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_+-]+"
                   r"|\S+\.(?:sqlite3|ics|pdf|csv|log)\b|https?://\S+|\S+@\S+"
                   r"|\b[a-z0-9_.-]+/[a-z0-9_./-]*")
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class ShownText:
    """One text on screen and where it is."""

    where: str  # "QLabel 'hint_label'", "action 'new_action' tooltip", ...
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def _plain(text: str) -> str:
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def is_english(text: str, allowed: frozenset[str] = ALLOWED_WORDS) -> bool:
    """True when ``text`` reads as English: no Cyrillic, and a Latin word that is not allowed."""
    plain = _DATA.sub(" ", _plain(text))
    if _CYRILLIC.search(plain):
        return False
    return any(word not in allowed for word in _LATIN_WORD.findall(plain))


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def _action_texts(action: QAction, where: str) -> list[ShownText]:
    if action.isSeparator() or not action.isVisible():
        return []
    found = [ShownText(f"{where} action {action.objectName()!r}", action.text())]
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        found.append(ShownText(f"{where} action {action.objectName()!r} tooltip", action.toolTip()))
    if action.statusTip():
        found.append(ShownText(f"{where} action {action.objectName()!r} status tip", action.statusTip()))
    menu = action.menu()
    if isinstance(menu, QMenu):
        found.append(ShownText(f"{where} menu {menu.objectName()!r}", menu.title()))
        for inner in menu.actions():
            found.extend(_action_texts(inner, f"{where} › {menu.title()}"))
    return found


def _header_texts(model: QAbstractItemModel | None, where: str) -> list[ShownText]:
    if model is None:
        return []
    found = []
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()), (Qt.Orientation.Vertical, 0)):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                found.append(ShownText(f"{where} header {section}", value))
    return found


def visible_texts(root: QWidget) -> list[ShownText]:
    """Every text of ``root`` and its visible children that a person reads (see the module docstring)."""
    found = [ShownText(f"{_name(root)} window title", root.windowTitle())] if root.isWindow() else []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = _name(widget)
        if widget.toolTip():
            found.append(ShownText(f"{where} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel) and widget.text() or isinstance(widget, QAbstractButton) and widget.text():
            found.append(ShownText(where, widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append(ShownText(f"{where} title", widget.title()))
        elif isinstance(widget, QTabBar):
            found.extend(ShownText(f"{where} tab {i}", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QToolBox):
            found.extend(ShownText(f"{where} page {i}", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.isVisibleTo(root):
            found.extend(_header_texts(widget.model(), where))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                found.extend(_action_texts(action, "menu bar"))
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append(ShownText(f"{where} placeholder", widget.placeholderText()))
    return [item for item in found if item.text.strip()]


def english_leftovers(root: QWidget, allowed: frozenset[str] = ALLOWED_WORDS) -> list[ShownText]:
    return [item for item in visible_texts(root) if is_english(item.text, allowed)]


def clipped_texts(root: QWidget) -> list[ShownText]:
    """Visible one-line labels and buttons whose text is wider than the widget shows (cut or elided)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or ("<" in text and ">" in text):
                continue
            if "…" in text and not text.endswith("…"):
                continue  # an elided value the widget chose to elide (a path, a title)
            if widget.property("elides_by_design") and widget.toolTip() == text:
                continue  # a label made to elide (a summary line), its whole text in the tooltip
            needed = widget.fontMetrics().horizontalAdvance(_plain(text))
            available = widget.contentsRect().width() - 2 * widget.margin()
            if needed > available + 1:
                found.append(ShownText(f"{_name(widget)} needs {needed}px, has {available}px", text))
        elif isinstance(widget, QAbstractButton) and widget.text() and widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(ShownText(f"{_name(widget)} needs {widget.minimumSizeHint().width()}px, "
                                       f"has {widget.width()}px", widget.text()))
    return found


def tab_widget_pages(root: QWidget) -> list[tuple[QTabWidget, int]]:
    """Every (tab widget, index) under ``root``, to show each tab in turn."""
    return [(tabs, index) for tabs in root.findChildren(QTabWidget) for index in range(tabs.count())]
