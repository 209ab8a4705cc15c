"""A table cell painted as a progress bar with 'done/total' beside it (event readiness)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

TRACK = QColor("#e4e7eb")
FILL = QColor("#3f8f5f")
FILL_LATE = QColor("#d98c1f")  # some of the event's tasks are overdue
TEXT = QColor("#1f2328")


class ProgressDelegate(QStyledItemDelegate):
    """Paint ``fraction_role`` (0..1) as a bar; the cell's DisplayRole text is drawn to its right.

    When ``overdue_role`` gives a positive number the bar turns amber, so a late
    preparation stands out even before the overdue column is read.
    """

    def __init__(self, fraction_role: int, overdue_role: int | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.fraction_role = fraction_role
        self.overdue_role = overdue_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(170))
        fraction = float(index.data(self.fraction_role) or 0.0)
        late = bool(self.overdue_role is not None and (index.data(self.overdue_role) or 0) > 0)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        text_width = max(metrics.horizontalAdvance("000/000"), metrics.horizontalAdvance(text)) + 8
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        bar_height = min(10.0, rect.height() - 8)
        bar = QRectF(rect.left(), rect.center().y() - bar_height / 2, max(20.0, rect.width() - text_width), bar_height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
        if fraction > 0:
            filled = QRectF(bar.left(), bar.top(), max(bar_height, bar.width() * min(fraction, 1.0)), bar_height)
            painter.setBrush(FILL_LATE if late else FILL)
            painter.drawRoundedRect(filled, bar_height / 2, bar_height / 2)
        painter.setPen(TEXT)
        text_rect = QRectF(bar.right() + 6, rect.top(), rect.right() - bar.right() - 6, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(220, max(26, option.fontMetrics.height() + 10))
