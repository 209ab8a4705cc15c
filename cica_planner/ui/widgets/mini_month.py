"""The small month calendar of the sidebar: Monday first, dates with events in bold.

It is painted by hand rather than made from ``QCalendarWidget``, which builds a table view, its
model, headers, a navigation bar of tool buttons, a month menu and a year spin box at every start
(about 6 ms to make and 4 ms to paint in a process of its own), for what the sidebar shows as one
small grid. The grid behaves as Outlook's and Thunderbird's small month do: a click on a day, or Enter on the
chosen one, shows that day; the arrows, the wheel and Page Up/Down turn the month; the arrow keys,
Home and End move the chosen day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cica_planner.domain.days import add_months, month_end, month_grid_start
from cica_planner.i18n.dates import long_date_text, month_title
from cica_planner.i18n.language import ui_locale
from cica_planner.ui import style

#: Days shown: six weeks, whatever the month (its rows never jump as the month turns).
WEEKS = 6
_DAYS = 7
_TEXT = QColor(style.TEXT)
_MUTED = QColor(style.MUTED_TEXT)
_DIM = QColor(style.DIM_TEXT)
_ACCENT = QColor(style.ACCENT)
_ACCENT_HOVER = QColor(style.ACCENT).lighter(115)
_CHOSEN = QColor(style.ACCENT_SOFT)
_GRID_LINE = QColor(style.GRID_LINE)
_WHITE = QColor(style.LIGHT_TEXT)
_BACKGROUND = QColor(style.BACKGROUND)
_HEADER_BACKGROUND = QColor(style.HEADER_BACKGROUND)


def _moved(day: date, key: int) -> date | None:
    """Where a key moves the chosen day (as in QCalendarWidget), or None for a key that does not move it."""
    steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -_DAYS, Qt.Key.Key_Down: _DAYS}
    if key in steps:
        return day + timedelta(days=steps[key])
    if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        return add_months(day, -1 if key == Qt.Key.Key_PageUp else 1)
    if key == Qt.Key.Key_Home:
        return day.replace(day=1)
    if key == Qt.Key.Key_End:
        return month_end(day)
    return None


#: The day chosen until the window gives its own (before the first paint): no clock is read here, the
#: app has one injectable clock and the window asks it.
_UNSET_DAY = date(2000, 1, 1)


class MiniMonth(QWidget):
    """A compact month calendar for navigation.

    Signals:
        date_selected(object): the user clicked a day or pressed Enter on the chosen one (a ``date``).
    """

    date_selected = Signal(object)

    #: Room around the digits of one row (the chosen day's highlight, above and below the text).
    ROW_PADDING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("miniMonth")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the arrows light up under the pointer
        # Its natural height, never less: squeezed, the last week row and the weekday letters get cut.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Month calendar"))
        self._selected = _UNSET_DAY
        self._page = self._selected.replace(day=1)  # the first of the month shown
        self._marked: frozenset[date] = frozenset()
        self._hovered_arrow = 0  # -1: previous month, 1: next month

    # -- what it shows ---------------------------------------------------------------

    def set_anchor_date(self, day: date) -> None:
        """Select ``day`` and show its month without emitting ``date_selected``."""
        self._choose(day)

    def selected_day(self) -> date:
        return self._selected

    def shown_month(self) -> tuple[int, int]:
        """(year, month) of the page shown; the arrows turn it without changing the chosen day."""
        return self._page.year, self._page.month

    def title(self) -> str:
        """The navigation bar's title: the month and year shown, in the chosen language (as the pages' titles)."""
        return month_title(self._page.year, self._page.month)

    def weekday_letters(self) -> list[str]:
        """The column titles, Monday first: each weekday's narrow name in the chosen language.

        The chosen language's locale, not the system's: under the C locale (no LANG) Qt's narrow
        names are the digits 1 to 7.
        """
        locale = ui_locale()
        return [locale.standaloneDayName(weekday, QLocale.FormatType.NarrowFormat) for weekday in range(1, _DAYS + 1)]

    def set_marked_dates(self, days: set[date]) -> None:
        """Show ``days`` (the dates that have events) in bold; other dates go back to normal."""
        marked = frozenset(days)
        if marked != self._marked:
            self._marked = marked
            self.update()

    def marked_dates(self) -> set[date]:
        return set(self._marked)

    def is_marked(self, day: date) -> bool:
        """Whether ``day`` is drawn in bold."""
        return day in self._marked

    def show_previous_month(self) -> None:
        self._turn(-1)

    def show_next_month(self) -> None:
        self._turn(1)

    def _turn(self, months: int) -> None:
        try:
            page = add_months(self._page, months)
        except (OverflowError, ValueError):  # before year 1 or after 9999
            return
        self._page = page
        self.update()

    def _choose(self, day: date) -> None:
        self._selected = day
        self._page = day.replace(day=1)
        self.setAccessibleDescription(long_date_text(day))
        self.update()

    # -- geometry ----------------------------------------------------------------------

    def _bold_font(self) -> QFont:
        """The widget's font in bold: marked days, the month's title, and the rows' measure."""
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _row_height(self) -> int:
        return QFontMetrics(self._bold_font()).height() + self.ROW_PADDING

    def _bar_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:  # Qt override
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:  # Qt override
        """The navigation bar, then 7 rows (weekday letters, 6 weeks) of legible digits, in a one-pixel frame."""
        column = max(QFontMetrics(self._bold_font()).horizontalAdvance("28") + 14, self._row_height())
        return QSize(_DAYS * column + 2, self._bar_height() + (1 + WEEKS) * self._row_height() + 2)

    def _grid(self) -> tuple[float, float, float]:
        """(top of the weekday letters, column width, row height) at the widget's size."""
        return 1.0 + self._bar_height(), (self.width() - 2) / _DAYS, float(self._row_height())

    def _arrow_rect(self, direction: int) -> QRectF:
        side = float(self._bar_height())
        left = 1.0 if direction < 0 else self.width() - 1.0 - side
        return QRectF(left, 1.0, side, side)

    def day_rect(self, day: date) -> QRectF | None:
        """Where ``day`` is drawn on the page shown; None when the page does not hold it."""
        index = (day - month_grid_start(self._page)).days
        if not 0 <= index < WEEKS * _DAYS:
            return None
        return self._cell_rect(index, *self._grid())

    @staticmethod
    def _cell_rect(index: int, top: float, column: float, row: float) -> QRectF:
        """The cell of the page's ``index``-th day (0: the grid's first Monday), below the weekday letters."""
        return QRectF(1.0 + (index % _DAYS) * column, top + (1 + index // _DAYS) * row, column, row)

    def day_at(self, point: QPointF) -> date | None:
        """The day under ``point``, or None outside the days."""
        top, column, row = self._grid()
        if column <= 0 or not 1 <= point.x() < self.width() - 1:
            return None
        week = int((point.y() - top) // row) - 1
        if not 0 <= week < WEEKS:
            return None
        weekday = min(_DAYS - 1, int((point.x() - 1) // column))
        try:
            return month_grid_start(self._page) + timedelta(days=week * _DAYS + weekday)
        except OverflowError:  # past the last day a date can hold (December 9999's last week)
            return None

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        style.fill_rect(painter, QRectF(0, 0, width, height), _BACKGROUND)
        self._paint_bar(painter, width)
        top, column, row = self._grid()
        font = QFont(self.font())
        painter.setFont(font)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        style.fill_rect(painter, QRectF(1, top, width - 2, row), _HEADER_BACKGROUND)
        for index, letter in enumerate(self.weekday_letters()):
            painter.setPen(_MUTED if index >= 5 else _TEXT)
            painter.drawText(QRectF(1 + index * column, top, column, row), centre, letter)
        style.fill_rect(painter, QRectF(1, top + row - 1, width - 2, 1), _GRID_LINE)
        chosen = self.day_rect(self._selected)
        if chosen is not None:
            highlight = chosen.adjusted(2, 1, -2, -1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_CHOSEN)
            painter.drawRoundedRect(highlight, 3, 3)
            if self.hasFocus():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(_ACCENT)
                painter.drawRoundedRect(highlight.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        bold = self._bold_font()
        month = self._page.month
        day = month_grid_start(self._page)
        for index in range(WEEKS * _DAYS):
            in_month = day.month == month
            marked = day in self._marked
            painter.setFont(bold if marked else font)
            painter.setPen(_DIM if not in_month else _TEXT if marked or index % _DAYS < 5 else _MUTED)
            painter.drawText(self._cell_rect(index, top, column, row), centre, str(day.day))
            if day == date.max:  # December 9999: no day after it to draw
                break
            day += timedelta(days=1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_GRID_LINE)
        painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
        painter.end()

    def _paint_bar(self, painter: QPainter, width: int) -> None:
        """The navigation bar: the previous and next month's arrows around the month's title."""
        side = self._bar_height()
        style.fill_rect(painter, QRectF(1, 1, width - 2, side), _ACCENT)
        for direction in (-1, 1):
            rect = self._arrow_rect(direction)
            if self._hovered_arrow == direction:
                style.fill_rect(painter, rect, _ACCENT_HOVER)
            centre = rect.center()
            size = side / 5
            arrow = QPainterPath()
            arrow.moveTo(centre.x() - direction * size * 0.7, centre.y() - size)
            arrow.lineTo(centre.x() + direction * size * 0.7, centre.y())
            arrow.lineTo(centre.x() - direction * size * 0.7, centre.y() + size)
            arrow.closeSubpath()
            painter.fillPath(arrow, _WHITE)
        painter.setFont(self._bold_font())
        painter.setPen(_WHITE)
        painter.drawText(QRectF(side, 1, width - 2 * side, side), int(Qt.AlignmentFlag.AlignCenter), self.title())

    # -- interaction -------------------------------------------------------------------

    def _arrow_at(self, point: QPointF) -> int:
        return next((direction for direction in (-1, 1) if self._arrow_rect(direction).contains(point)), 0)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = event.position()
        arrow = self._arrow_at(point)
        if arrow:
            self._turn(arrow)
            return None
        day = self.day_at(point)
        if day is not None:
            self._choose(day)
            self.date_selected.emit(day)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        arrow = self._arrow_at(event.position())
        if arrow != self._hovered_arrow:
            self._hovered_arrow = arrow
            self.setToolTip(self.tr("Previous month") if arrow < 0 else self.tr("Next month") if arrow > 0 else "")
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        if self._hovered_arrow:
            self._hovered_arrow = 0
            self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        steps = event.angleDelta().y()
        if steps:
            self._turn(-1 if steps > 0 else 1)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        day = self._selected
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(day)
            self.date_selected.emit(day)
            return
        try:
            target = _moved(day, key)
        except (OverflowError, ValueError):  # past the first or last day a date can hold: stay
            return
        if target is None:
            super().keyPressEvent(event)
        else:
            self._choose(target)

    def focusInEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self.update()  # the chosen day's ring
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self.update()
        super().focusOutEvent(event)
