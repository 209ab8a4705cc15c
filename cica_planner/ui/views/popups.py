"""The popup that lists a day's items behind '+N more', or the events still to be confirmed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cica_planner.ui import style
from cica_planner.ui.views.items import UID_ROLE, ViewItem, tooltip_html
from cica_planner.ui.views.painting import colour_icon, item_font

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem


class ItemListPopup(QFrame):
    """A popup listing items (a day's events behind '+N more', or events to be confirmed).

    Signals:
        item_selected(str): an item was clicked (uid).
        item_activated(str): an item was double-clicked or Enter was pressed (uid).
    """

    item_selected = Signal(str)
    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        # The list classes are imported here, with the first popup: the views that import this
        # module paint without them (their wrappers are not built before the first paint).
        from PySide6.QtWidgets import QListWidget

        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("itemListPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#itemListPopup {{ background: {style.BACKGROUND}; border: 1px solid {style.GRID_LINE_STRONG}; }}"
            f"QListWidget {{ border: none; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        self.title_label = QLabel(self)
        self.title_label.setFont(style.ui_font(10.0, bold=True, base=self.font()))
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("popupList")
        self.list_widget.setIconSize(QSize(10, 10))
        self.list_widget.setMouseTracking(True)
        # Never a horizontal scroll bar: the popup is as wide as its longest line, up to the window's
        # width; a longer title is elided (its tooltip has it whole).
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.title_label)
        layout.addWidget(self.list_widget)
        self.list_widget.itemClicked.connect(lambda entry: self.item_selected.emit(entry.data(UID_ROLE)))
        self.list_widget.itemActivated.connect(self._activate)

    def _activate(self, entry: QListWidgetItem) -> None:
        self.item_activated.emit(entry.data(UID_ROLE))
        self.hide()

    def set_items(self, title: str, items: Sequence[ViewItem], display_tz: str, zone_name: str | None = None) -> None:
        """Fill the popup with ``items`` under ``title`` (``zone_name``: see when_text)."""
        from PySide6.QtWidgets import QListWidgetItem  # with the popup (see __init__)

        self.title_label.setText(title)
        self.list_widget.clear()
        for item in items:
            when = (
                item.time_text() if item.timed and not item.multi_day else (item.period_label or item.time_range_text())
            )
            entry = QListWidgetItem(colour_icon(item.colours.outline), f"{when}   {item.title}")
            entry.setData(UID_ROLE, item.uid)
            entry.setToolTip(tooltip_html(item, display_tz, zone_name))
            font = item_font(self.font(), item, point_size=9.5)
            entry.setFont(font)
            self.list_widget.addItem(entry)
        metrics = QFontMetrics(style.ui_font(9.5, base=self.font()))
        # Each line measured in its own font (bold, italic), plus icon, padding and a scroll bar.
        longest = max(
            (QFontMetrics(entry.font()).horizontalAdvance(entry.text())
             for entry in (self.list_widget.item(i) for i in range(self.list_widget.count()))),
            default=0,
        )
        scrollbar = self.list_widget.verticalScrollBar().sizeHint().width() if len(items) > 12 else 0
        width = max(260, longest + 60 + scrollbar, QFontMetrics(self.title_label.font()).horizontalAdvance(title) + 24)
        rows = min(12, max(1, len(items)))
        self.resize(min(width, self._room().width() - 16), 48 + rows * (metrics.height() + 8))

    def _room(self) -> QRect:
        """Where the popup may go: the window it belongs to (the screen when it has none)."""
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            return QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
        screen = self.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)

    def show_at(self, global_pos: QPoint) -> None:
        """Show the popup at ``global_pos``, moved left or up as needed to stay inside the window."""
        room = self._room()
        x = max(room.left() + 8, min(global_pos.x(), room.right() - self.width() - 8))
        y = max(room.top() + 8, min(global_pos.y(), room.bottom() - self.height() - 8))
        self.move(QPoint(x, y))
        self.show()
        self.list_widget.setFocus()
