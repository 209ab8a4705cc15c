"""Year view: twelve mini months shaded by how many events each day has, with chairmanship bands.

Only events fixed to a day count towards the density (an event 'in Q4' would shade the
whole quarter and say nothing). Bands (chairmanship terms) are drawn as a thin coloured
strip under each month, the strip standing for the month's days from left to right.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from cica_planner.domain.days import add_months, week_start
from cica_planner.i18n.dates import date_text, month_name, week_days
from cica_planner.i18n.language import ui_locale
from cica_planner.ui import style
from cica_planner.ui.holiday_marks import paint_weekend, paint_year_cell, paint_year_legend, year_legend_width
from cica_planner.ui.views.base import CalendarView
from cica_planner.ui.views.formatting import long_day
from cica_planner.ui.views.items import ViewItem

COLUMNS, ROWS = 4, 3
#: Upper bounds of the density levels (events that day) and their tints of the accent colour.
DENSITY_LEVELS: tuple[tuple[int, float, str], ...] = (
    (1, 0.82, "1"),
    (2, 0.62, "2"),
    (4, 0.4, "3–4"),
    (10**9, 0.0, "5+"),
)


@dataclass(frozen=True)
class Band:
    """A period drawn as a coloured band under the months (a chairmanship term).

    ``end`` is exclusive (the day the next term starts); None means open-ended.
    """

    start: date
    end: date | None
    label: str
    colour: QColor

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


def density_level(count: int) -> int:
    """Return 0 for no events, else 1..4 for the shading level of ``count`` events."""
    if count <= 0:
        return 0
    return next(level for level, (upper, _tint, _label) in enumerate(DENSITY_LEVELS, start=1) if count <= upper)


def capitalised(name: str) -> str:
    """'январь' → 'Январь' (Russian month names are lower case on their own; a heading starts with a capital)."""
    return name[:1].upper() + name[1:]


def density_colour(level: int) -> QColor:
    """Return the cell colour of a density level (1..4)."""
    return style.tint(QColor(style.ACCENT), DENSITY_LEVELS[level - 1][1])


@dataclass
class _MonthBox:
    month: int
    rect: QRectF
    title_rect: QRectF
    band_rect: QRectF
    label_rect: QRectF


class YearView(CalendarView):
    """Twelve months (4 × 3) with per-day event density, a legend and chairmanship bands.

    Signals: see ``CalendarView``. Clicking a day moves the anchor there (``anchor_changed``);
    double-clicking a day emits ``day_opened`` (show that day, as Outlook's year view does).
    """

    day_opened = Signal(object)

    PAINTS_EVERY_PIXEL = True  # paintEvent starts by filling the whole view
    MARGIN = 16
    LEGEND_HEIGHT = 30
    TITLE_HEIGHT = 24
    WEEKDAY_HEIGHT = 18
    BAND_HEIGHT = 5
    BAND_LABEL_HEIGHT = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearView")
        self.setMinimumSize(560, 420)
        self._bands: list[Band] = []
        self._counts: dict[date, int] = {}
        self._by_day: dict[date, list[ViewItem]] = {}
        self._months: list[_MonthBox] = []
        self._cells: list[tuple[QRectF, date]] = []
        self._refresh_layout()

    # -- contract --

    def visible_range(self) -> tuple[date, date]:
        return date(self._anchor.year, 1, 1), date(self._anchor.year + 1, 1, 1)

    def shifted(self, n: int) -> date:
        return add_months(self._anchor, 12 * n)

    def title(self) -> str:
        return str(self._anchor.year)

    def set_bands(self, bands: list[Band]) -> None:
        """Show ``bands`` (chairmanship terms) under the months."""
        self._bands = sorted(bands, key=lambda band: band.start)
        self._relayout()  # a longer legend may take a second row
        self.update()

    def bands(self) -> list[Band]:
        return list(self._bands)

    # -- layout --

    def _refresh_layout(self) -> None:
        first, end = self.visible_range()
        last = end - timedelta(days=1)
        counts: dict[date, int] = defaultdict(int)
        by_day: dict[date, list[ViewItem]] = defaultdict(list)
        for item in self._items:
            if not item.fixed:
                continue
            day = max(item.first_day, first)
            stop = min(item.last_day, last)
            while day <= stop:
                counts[day] += 1
                by_day[day].append(item)
                day += timedelta(days=1)
        self._counts, self._by_day = dict(counts), dict(by_day)
        self._relayout()

    def _relayout(self) -> None:
        width, height = float(self.width()), float(self.height())
        inner = QRectF(self.MARGIN, self.MARGIN, width - 2 * self.MARGIN, height - 2 * self.MARGIN - self._legend_height())
        gap_x, gap_y = 28.0, 14.0
        box_width = (inner.width() - gap_x * (COLUMNS - 1)) / COLUMNS
        box_height = (inner.height() - gap_y * (ROWS - 1)) / ROWS
        grid_height = (
            box_height - self.TITLE_HEIGHT - self.WEEKDAY_HEIGHT - self.BAND_HEIGHT - self.BAND_LABEL_HEIGHT - 6
        )
        cell = max(8.0, min(box_width / 7, grid_height / 6))
        year = self._anchor.year
        months: list[_MonthBox] = []
        cells: list[tuple[QRectF, date]] = []
        for index in range(12):
            row, column = divmod(index, COLUMNS)
            left = inner.left() + column * (box_width + gap_x) + (box_width - 7 * cell) / 2
            top = inner.top() + row * (box_height + gap_y)
            grid_top = top + self.TITLE_HEIGHT + self.WEEKDAY_HEIGHT
            first = date(year, index + 1, 1)
            start = week_start(first)
            for offset in range(42):
                day = start + timedelta(days=offset)
                if day.month != first.month:
                    continue
                week, weekday = divmod(offset, 7)
                cells.append((QRectF(left + weekday * cell, grid_top + week * cell, cell, cell), day))
            band_top = grid_top + 6 * cell + 4
            months.append(
                _MonthBox(
                    month=index + 1,
                    rect=QRectF(left, top, 7 * cell, band_top + self.BAND_HEIGHT + self.BAND_LABEL_HEIGHT - top),
                    title_rect=QRectF(left + 4, top, 7 * cell - 8, self.TITLE_HEIGHT),
                    band_rect=QRectF(left + 2, band_top, 7 * cell - 4, self.BAND_HEIGHT),
                    label_rect=QRectF(left + 2, band_top + self.BAND_HEIGHT + 1, 7 * cell - 4, self.BAND_LABEL_HEIGHT),
                )
            )
        self._months, self._cells = months, cells
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self._relayout()
        super().resizeEvent(event)

    # -- queries --

    def count_on(self, day: date) -> int:
        """Return how many fixed-day events cover ``day``."""
        return self._counts.get(day, 0)

    def day_rect(self, day: date) -> QRectF:
        """Return the cell of ``day`` (in the shown year)."""
        return next(QRectF(rect) for rect, cell_day in self._cells if cell_day == day)

    def day_at(self, pos: QPointF) -> date | None:
        return next((day for rect, day in self._cells if rect.contains(pos)), None)

    def bands_in_month(self, month: int) -> list[tuple[Band, float, float]]:
        """Return (band, start fraction, end fraction) of the bands covering ``month`` of the shown year."""
        first = date(self._anchor.year, month, 1)
        end = add_months(first, 1)
        days = (end - first).days
        found = []
        for band in self._bands:
            start = max(band.start, first)
            stop = min(band.end, end) if band.end is not None else end
            if start < stop:
                found.append((band, (start - first).days / days, (stop - first).days / days))
        return found

    # -- painting --

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.font()
        style.fill_rect(painter, self.rect(), QColor(style.BACKGROUND))
        title_font = style.ui_font(10.0, bold=True, base=base)
        weekday_font = style.ui_font(8.0, base=base)
        day_font = style.ui_font(8.5, base=base)
        day_bold = style.ui_font(8.5, bold=True, base=base)
        label_font = style.ui_font(8.0, base=base)
        today = self.today()
        marks = self.holiday_marks
        current_month = (today.year, today.month)
        for box in self._months:
            painter.setFont(title_font)
            is_current = (self._anchor.year, box.month) == current_month
            painter.setPen(QColor(style.ACCENT if is_current else style.TEXT))
            painter.drawText(box.title_rect, int(Qt.AlignmentFlag.AlignVCenter),
                             capitalised(month_name(box.month)))
            painter.setFont(weekday_font)
            painter.setPen(QColor(style.MUTED_TEXT))
            cell = box.rect.width() / 7
            letters = [ui_locale().standaloneDayName(day, QLocale.FormatType.NarrowFormat) for day in week_days()]
            for weekday, letter in enumerate(letters):
                painter.drawText(
                    QRectF(box.rect.left() + weekday * cell, box.title_rect.bottom(), cell, self.WEEKDAY_HEIGHT),
                    int(Qt.AlignmentFlag.AlignCenter),
                    letter,
                )
            self._paint_band(painter, box, label_font)
        for rect, day in self._cells:
            count = self._counts.get(day, 0)
            level = density_level(count)
            inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
            if marks is not None and not level and marks.on(day).host_weekend:
                paint_weekend(painter, inner)
            if level:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(density_colour(level))
                painter.drawRoundedRect(inner, 3, 3)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            if day == today:
                painter.setPen(QPen(QColor(style.NOW_LINE), 1.6))
                painter.drawRoundedRect(inner, 3, 3)
            if day == self._anchor:
                painter.setPen(QPen(QColor(style.TEXT), 1.6))
                painter.drawRoundedRect(inner.adjusted(-0.5, -0.5, 0.5, 0.5), 3.5, 3.5)
            painter.setFont(day_bold if level or day == today else day_font)
            colour = (
                style.text_colour_on(density_colour(level))
                if level
                else QColor(style.DIM_TEXT if day.weekday() >= 5 else style.TEXT)
            )
            painter.setPen(colour)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(day.day))
            if marks is not None:
                paint_year_cell(painter, marks, day, inner)
        self._paint_legend(painter, label_font)
        if marks is not None:
            legend_top = self.height() - self.MARGIN - self._legend_height() + 8
            legend_top += self.LEGEND_ROW * self._legend_layout()[1]
            paint_year_legend(painter, marks, self.width() - self.MARGIN, legend_top, label_font)
        painter.end()

    def _paint_band(self, painter: QPainter, box: _MonthBox, font) -> None:  # noqa: ANN001 - QFont
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.GRID_LINE))
        painter.drawRoundedRect(box.band_rect, 2, 2)
        pieces = self.bands_in_month(box.month)
        for band, start, stop in pieces:
            rect = QRectF(
                box.band_rect.left() + start * box.band_rect.width(),
                box.band_rect.top(),
                (stop - start) * box.band_rect.width(),
                box.band_rect.height(),
            )
            painter.setBrush(band.colour)
            painter.drawRoundedRect(rect, 2, 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if not pieces:
            return
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if len(pieces) == 1:
            band = pieces[0][0]
            painter.setPen(style.tint(band.colour, 0.0).darker(115))
            painter.drawText(
                box.label_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                metrics.elidedText(band.label, Qt.TextElideMode.ElideRight, int(box.label_rect.width())),
            )
            return
        # Several terms in one month: each label under its own part of the strip.
        for band, start, stop in pieces:
            left = box.label_rect.left() + start * box.label_rect.width()
            width = max((stop - start) * box.label_rect.width(), 0.0)
            rect = QRectF(left, box.label_rect.top(), width, box.label_rect.height())
            painter.setPen(band.colour.darker(115))
            alignment = Qt.AlignmentFlag.AlignLeft if start == 0 else Qt.AlignmentFlag.AlignRight
            if start > 0:
                rect = QRectF(box.label_rect.left(), rect.top(), box.label_rect.width(), rect.height())
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignVCenter | alignment),
                metrics.elidedText(band.label, Qt.TextElideMode.ElideRight, int(box.label_rect.width() / 2)),
            )

    #: The height of a second legend row, when the chairmanship terms and the holiday marks do not share one.
    LEGEND_ROW = 20

    def _band_legend(self) -> list[tuple[Band, str]]:
        """The terms of the shown year with their legend label ('Kazakhstan chairmanship (until 17 Dec 2024)')."""
        year_start, year_end = self.visible_range()
        found = []
        for band in self._bands:
            if band.start >= year_end or (band.end is not None and band.end <= year_start):
                continue
            label = band.label
            if band.end and band.end < year_end:
                label = self.tr("{band} (until {date})").format(band=band.label, date=date_text(band.end))
            if band.start >= year_start:
                label = self.tr("{band} (from {date})").format(band=band.label, date=date_text(band.start))
            found.append((band, label))
        return found

    def _legend_layout(self) -> tuple[list[tuple[Band, str, float, int]], int, int]:
        """Where the legend's parts go: each term (band, label, x, row), the holiday legend's row, the rows in all.

        The density key and the terms flow left to right and wrap (Russian labels are longer); the
        holiday marks sit right-aligned on the last row when they fit there, else on a row of their own.
        """
        metrics = QFontMetrics(style.ui_font(8.0, base=self.font()))
        left, right = float(self.MARGIN), float(self.width() - self.MARGIN)
        x = left + metrics.horizontalAdvance(self.tr("Events per day:")) + 10
        x += sum(18 + metrics.horizontalAdvance(label) + 14 for *_rest, label in DENSITY_LEVELS) + 16
        row = 0
        placed = []
        for band, label in self._band_legend():
            width = 28 + metrics.horizontalAdvance(label) + 18
            if x + width > right and x > left:
                row, x = row + 1, left
            placed.append((band, label, x, row))
            x += width
        if self.holiday_marks is None:
            return placed, row, row + 1
        holidays = year_legend_width(self.holiday_marks, style.ui_font(8.0, base=self.font()))
        holiday_row = row if x + holidays <= right else row + 1
        return placed, holiday_row, holiday_row + 1

    def _legend_height(self) -> int:
        return self.LEGEND_HEIGHT + self.LEGEND_ROW * (self._legend_layout()[2] - 1)

    def _paint_legend(self, painter: QPainter, font) -> None:  # noqa: ANN001 - QFont
        metrics = QFontMetrics(font)
        painter.setFont(font)
        y = self.height() - self.MARGIN - self._legend_height() + 8
        x = float(self.MARGIN)
        painter.setPen(QColor(style.MUTED_TEXT))
        text = self.tr("Events per day:")
        painter.drawText(
            QRectF(x, y, metrics.horizontalAdvance(text) + 4, 16), int(Qt.AlignmentFlag.AlignVCenter), text
        )
        x += metrics.horizontalAdvance(text) + 10
        for level, (_upper, _amount, label) in enumerate(DENSITY_LEVELS, start=1):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(density_colour(level))
            painter.drawRoundedRect(QRectF(x, y + 1, 14, 14), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor(style.MUTED_TEXT))
            painter.drawText(
                QRectF(x + 18, y, metrics.horizontalAdvance(label) + 4, 16), int(Qt.AlignmentFlag.AlignVCenter), label
            )
            x += 18 + metrics.horizontalAdvance(label) + 14
        for band, label, x, row in self._legend_layout()[0]:
            top = y + row * self.LEGEND_ROW
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band.colour)
            painter.drawRoundedRect(QRectF(x, top + 5, 22, 6), 2, 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor(style.MUTED_TEXT))
            painter.drawText(
                QRectF(x + 28, top, metrics.horizontalAdvance(label) + 4, 16), int(Qt.AlignmentFlag.AlignVCenter), label
            )

    # -- interaction --

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.LeftButton and (day := self.day_at(event.position())) is not None:
            self._move_anchor(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton and (day := self.day_at(event.position())) is not None:
            self.day_opened.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(QPointF(event.pos()))
            if day is None:
                self._show_item_tooltip(event, None, None)
                return True
            items = self._by_day.get(day, [])
            count = self.tr("No events") if not items else self.tr("%n event(s)", "", len(items))
            lines = [f"<b>{long_day(day)}</b>", count]
            lines += [f"&#9679; {html.escape(item.title)}" for item in items[:8]]
            if len(items) > 8:
                lines.append(self.tr("… and %n more", "", len(items) - 8))
            if self.holiday_marks is not None and not self.holiday_marks.on(day).empty:
                lines.append(self.holiday_marks.tooltip_html(day))
            self._show_item_tooltip(event, None, None, fallback="<br>".join(lines))
            return True
        return super().event(event)
