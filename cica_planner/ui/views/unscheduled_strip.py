"""The "To be confirmed" strip above a view: events whose day is not fixed yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from cica_planner.domain.model import Precision
from cica_planner.ui import style
from cica_planner.ui.records import Record
from cica_planner.ui.views.items import DEFAULT_DISPLAY_TZ, ViewItem, tooltip_html
from cica_planner.ui.views.painting import item_font, rounded_path
from cica_planner.ui.views.popups import ItemListPopup


class _StripChip(Record):
    """One chip of the strip."""

    __slots__ = ("rect", "item", "text", "detail")

    def __init__(self, rect: QRectF, item: ViewItem | None, text: str, detail: str) -> None:
        self.rect = rect
        self.item = item  # None for the '+N more' chip
        self.text = text
        self.detail = detail


class UnscheduledStrip(QWidget):
    """A thin band listing events whose day is not fixed yet ("To be confirmed").

    Events known only to a month, quarter or year would be noise drawn as bars over a
    whole quarter, so the views list them here instead. The chip layout is computed when
    items or the width change; painting and hit-testing read it.

    Signals:
        item_selected(str): a chip was clicked (uid).
        item_activated(str): a chip was double-clicked (uid).
        relaid_out(): the chips were laid out again in a new font; the view places the strip
            again (it may need another height).
    """

    item_selected = Signal(str)
    item_activated = Signal(str)
    relaid_out = Signal()

    MAX_ROWS = 2
    ROW_HEIGHT = 22
    LABEL = QT_TRANSLATE_NOOP("UnscheduledStrip", "To be confirmed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unscheduledStrip")
        self._items: list[ViewItem] = []
        self._chips: list[_StripChip] = []
        self._display_tz = DEFAULT_DISPLAY_TZ
        self._selected_uid: str | None = None
        self._label_width = 0.0
        self._popup: ItemListPopup | None = None  # built on the first "+N more" click: not needed to paint
        self.setVisible(False)

    @property
    def popup(self) -> ItemListPopup:
        """The list of every unscheduled item behind the "+N more" chip, made when first asked for."""
        if self._popup is None:
            self._popup = ItemListPopup(self)
            self._popup.item_selected.connect(self.item_selected)
            self._popup.item_activated.connect(self.item_activated)
        return self._popup

    def label_text(self) -> str:
        """The strip's label in the chosen language."""
        return QCoreApplication.translate("UnscheduledStrip", str(self.LABEL))

    def items(self) -> list[ViewItem]:
        return list(self._items)

    def chips(self) -> list[tuple[QRectF, str | None]]:
        """Return (rect, uid) of each chip as laid out; uid is None for '+N more'."""
        return [(chip.rect, chip.item.uid if chip.item else None) for chip in self._chips]

    def set_items(self, items: Sequence[ViewItem], display_tz: str) -> None:
        """Show ``items`` (events not fixed to a day), ordered by their period."""
        precision_rank = {Precision.WINDOW: -1, Precision.MONTH: 0, Precision.QUARTER: 1, Precision.YEAR: 2}
        self._items = sorted(
            items,
            key=lambda item: (
                precision_rank.get(item.occurrence.event.precision, 3),
                item.first_day,
                item.title.casefold(),
            ),
        )
        self._display_tz = display_tz
        self.setVisible(bool(self._items))
        self.relayout(self.width())

    def set_selected_uid(self, uid: str | None) -> None:
        self._selected_uid = uid
        self.update()

    def height_for(self, width: int) -> int:
        """Return the height this strip needs at ``width`` (0 when empty)."""
        if not self._items:
            return 0
        rows = 1 + max((int((chip.rect.top() - 4) // self.ROW_HEIGHT) for chip in self._chips), default=0)
        return 6 + rows * self.ROW_HEIGHT

    def relayout(self, width: int) -> None:
        """Flow the chips into at most MAX_ROWS rows of ``width``; the rest go behind '+N more'."""
        self._chips = []
        if not self._items or width <= 0:
            return
        label_font = style.ui_font(9.0, bold=True, base=self.font())
        chip_font = style.ui_font(9.0, base=self.font())
        metrics, label_metrics = QFontMetrics(chip_font), QFontMetrics(label_font)
        self._label_width = label_metrics.horizontalAdvance(self.label_text()) + 18
        left, right = 8 + self._label_width, width - 8
        x, row = left, 0
        reserve = metrics.horizontalAdvance(self.tr("+%n more", "", 99)) + 20
        for index, item in enumerate(self._items):
            detail = ", ".join(part for part in (item.period_label, item.city) if part)
            title = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, 230)
            chip_width = 24 + metrics.horizontalAdvance(title) + 8 + metrics.horizontalAdvance(detail) + 10
            remaining = len(self._items) - index - 1
            limit = right - (reserve if row == self.MAX_ROWS - 1 and remaining else 0)
            if x + chip_width > limit and x > left:
                row += 1
                x = left
                limit = right - (reserve if row == self.MAX_ROWS - 1 and remaining else 0)
            if row >= self.MAX_ROWS or (row == self.MAX_ROWS - 1 and x + chip_width > limit):
                hidden = len(self._items) - index
                text = self.tr("+%n more", "", hidden)
                rect = QRectF(
                    x if row < self.MAX_ROWS else right - reserve + 6,
                    4 + min(row, self.MAX_ROWS - 1) * self.ROW_HEIGHT,
                    metrics.horizontalAdvance(text) + 14,
                    self.ROW_HEIGHT - 4,
                )
                self._chips.append(_StripChip(rect, None, text, ""))
                break
            if chip_width > right - x:
                # A lone chip wider than the row (a long title, a long Russian period): elide inside it
                # rather than cut its text at the chip's edge.
                chip_width = right - x
                room = chip_width - 42 - metrics.horizontalAdvance(detail)
                title = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(max(room, 60)))
                detail = metrics.elidedText(detail, Qt.TextElideMode.ElideRight,
                                            int(chip_width - 42 - metrics.horizontalAdvance(title)))
            rect = QRectF(x, 4 + row * self.ROW_HEIGHT, chip_width, self.ROW_HEIGHT - 4)
            self._chips.append(_StripChip(rect, item, title, detail))
            x += chip_width + 6
        self._widen_rows(metrics, right)
        self.update()

    def _widen_rows(self, metrics: QFontMetrics, right: float) -> None:
        """Give the width a row leaves free to its elided titles, so a lone chip is not cut at 230 px."""
        rows: dict[float, list[_StripChip]] = {}
        for chip in self._chips:
            rows.setdefault(chip.rect.top(), []).append(chip)
        for chips in rows.values():
            if any(chip.item is None for chip in chips):
                continue  # the row with "+N more" is full by construction
            free = right - chips[-1].rect.right()
            shift = 0.0
            for chip in chips:
                chip.rect.translate(shift, 0)
                assert chip.item is not None
                if free <= 0 or chip.text == chip.item.title:
                    continue
                wanted = metrics.horizontalAdvance(chip.item.title) - metrics.horizontalAdvance(chip.text)
                extra = min(free, wanted + 4)
                chip.text = metrics.elidedText(chip.item.title, Qt.TextElideMode.ElideRight,
                                               int(metrics.horizontalAdvance(chip.text) + extra))
                chip.rect.setWidth(chip.rect.width() + extra)
                free -= extra
                shift += extra

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self.relayout(self.width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._items:  # the chips were measured in the old font
            self.relayout(self.width())
            self.relaid_out.emit()

    def chip_at(self, pos: QPointF) -> _StripChip | None:
        return next((chip for chip in self._chips if chip.rect.contains(pos)), None)

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style.fill_rect(painter, self.rect(), QColor(style.TBC_BACKGROUND))
        painter.setPen(QColor(style.TBC_BORDER))
        painter.drawLine(QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5))
        label_font = style.ui_font(9.0, bold=True, base=self.font())
        painter.setFont(label_font)
        painter.setPen(QColor("#7a6a3a"))
        painter.drawText(
            QRectF(10, 4, self._label_width, self.ROW_HEIGHT - 4), int(Qt.AlignmentFlag.AlignVCenter), self.label_text()
        )
        chip_font = style.ui_font(9.0, base=self.font())
        metrics = QFontMetrics(chip_font)
        for chip in self._chips:
            path = rounded_path(chip.rect, 4.0)
            selected = chip.item is not None and chip.item.uid == self._selected_uid
            painter.fillPath(path, QColor(style.ACCENT_LIGHT if selected else style.BACKGROUND))
            painter.setPen(QPen(QColor(style.ACCENT if selected else style.TBC_BORDER), 1.0))
            painter.drawPath(path)
            if chip.item is None:
                painter.setFont(chip_font)
                painter.setPen(QColor(style.MUTED_TEXT))
                painter.drawText(chip.rect, int(Qt.AlignmentFlag.AlignCenter), chip.text)
                continue
            item = chip.item
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(item.colours.outline)
            painter.drawEllipse(QRectF(chip.rect.left() + 8, chip.rect.center().y() - 4, 8, 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x = chip.rect.left() + 22
            title_font = item_font(self.font(), item)
            painter.setFont(title_font)
            painter.setPen(QColor(style.TEXT))
            available = chip.rect.right() - x - 6
            title = QFontMetrics(title_font).elidedText(chip.text, Qt.TextElideMode.ElideRight, int(available))
            painter.drawText(
                QRectF(x, chip.rect.top(), available, chip.rect.height()), int(Qt.AlignmentFlag.AlignVCenter), title
            )
            x += QFontMetrics(title_font).horizontalAdvance(title) + 8
            if x < chip.rect.right() - 10:
                painter.setFont(chip_font)
                painter.setPen(QColor(style.MUTED_TEXT))
                detail_width = chip.rect.right() - x - 6
                painter.drawText(
                    QRectF(x, chip.rect.top(), detail_width, chip.rect.height()),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    metrics.elidedText(chip.detail, Qt.TextElideMode.ElideRight, int(detail_width)),
                )
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        chip = self.chip_at(event.position())
        if chip is None:
            return
        if chip.item is None:
            self.popup.set_items(self.label_text(), self._items, self._display_tz)
            self.popup.show_at(self.mapToGlobal(chip.rect.bottomLeft().toPoint()))
            return
        self._selected_uid = chip.item.uid
        self.update()
        self.item_selected.emit(chip.item.uid)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        chip = self.chip_at(event.position())
        if chip is not None and chip.item is not None:
            self.item_activated.emit(chip.item.uid)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            chip = self.chip_at(QPointF(event.pos()))
            if chip is None:
                QToolTip.hideText()
            elif chip.item is None:
                QToolTip.showText(event.globalPos(), self.tr("Show every event still to be confirmed"), self)
            else:
                QToolTip.showText(
                    event.globalPos(), tooltip_html(chip.item, self._display_tz), self, chip.rect.toRect()
                )
            return True
        return super().event(event)
