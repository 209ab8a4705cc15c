"""The small month calendar of the sidebar: Monday first, dates with events in bold."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

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
        self.clicked.connect(self._emit)
        self.activated.connect(self._emit)

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
