"""The small month calendar of the sidebar: Monday first, dates with events in bold."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QSizePolicy, QTableView, QWidget

from cica_planner.ui import style


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MiniMonth(QCalendarWidget):
    """A compact month calendar for navigation.

    Signals:
        date_selected(object): the user clicked or activated a day (a ``date``).
    """

    date_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("miniMonth")
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setNavigationBarVisible(True)
        self._marked: set[date] = set()
        weekend = QTextCharFormat()
        weekend.setForeground(QColor(style.MUTED_TEXT))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        # Its natural height, never less: squeezed, the last week row and the weekday letters get cut.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self._emit)
        self.activated.connect(self._emit)

    #: Room around the digits of one row (a cell of the selection highlight, above and below the text).
    ROW_PADDING = 8

    def sizeHint(self) -> QSize:  # Qt override
        return self.minimumSizeHint()  # as QCalendarWidget does: its natural size is its least one

    def minimumSizeHint(self) -> QSize:  # Qt override
        """Return the height of the navigation bar plus 7 rows (weekday letters, 6 weeks) of legible digits.

        QCalendarWidget's own hint leaves rows smaller than its table's minimum section size under
        the app's stylesheet, so the last week was clipped.
        """
        hint = super().minimumSizeHint()
        table = self.findChild(QTableView, "qt_calendar_calendarview")
        navigation = self.findChild(QWidget, "qt_calendar_navigationbar")
        if table is None:
            return hint
        bold = QFont(table.font())
        bold.setBold(True)
        row = max(QFontMetrics(bold).height() + self.ROW_PADDING, table.verticalHeader().minimumSectionSize())
        bar = navigation.sizeHint().height() if navigation is not None and self.isNavigationBarVisible() else 0
        return QSize(hint.width(), max(hint.height(), bar + 7 * row + 2 * table.frameWidth()))

    def _emit(self, day: QDate) -> None:
        self.date_selected.emit(from_qdate(day))

    def set_anchor_date(self, day: date) -> None:
        """Select ``day`` and show its month without emitting ``date_selected``."""
        self.setSelectedDate(to_qdate(day))

    def selected_day(self) -> date:
        return from_qdate(self.selectedDate())

    def set_marked_dates(self, days: set[date]) -> None:
        """Show ``days`` (the dates that have events) in bold; other dates go back to normal."""
        plain = QTextCharFormat()
        for day in self._marked - set(days):
            self.setDateTextFormat(to_qdate(day), plain)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setForeground(QColor(style.TEXT))
        for day in days:
            self.setDateTextFormat(to_qdate(day), bold)
        self._marked = set(days)

    def marked_dates(self) -> set[date]:
        return set(self._marked)

    def is_marked(self, day: date) -> bool:
        """Whether ``day`` is drawn in bold."""
        return self.dateTextFormat(to_qdate(day)).fontWeight() == QFont.Weight.Bold
