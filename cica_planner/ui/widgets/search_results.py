"""Search results drawn as two lines each: the title over its date and place.

A narrow sidebar (a 1024-pixel screen) cannot fit a date column and a title column side by
side without cutting both; two lines give the title the sidebar's whole width, as the search
results of Outlook and Thunderbird do.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cica_planner.ui import style
from cica_planner.ui.models.search_model import SearchResultsModel, date_label

PADDING = 4


class SearchResultDelegate(QStyledItemDelegate):
    """Paints a result row (of ``SearchResultsModel``) as a bold title and a muted 'date · place' line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(option.rect.width(), 2 * height + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        event = index.data(SearchResultsModel.EventRole)
        if event is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        widget_style = widget.style() if widget is not None else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        if widget_style is not None:
            widget_style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        line = option.fontMetrics.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor(style.TEXT))
        title = painter.fontMetrics().elidedText(event.title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor(style.MUTED_TEXT))
        detail = " · ".join(part for part in (date_label(event), event.place) if part)
        detail = option.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line + PADDING, rect.width(), line),
                         Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()
