"""Search results as a thin table model: date, title, place of each matching event."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cica_planner.domain.model import Event
from cica_planner.domain.periods import describe_period

AnyIndex = QModelIndex | QPersistentModelIndex


def date_label(event: Event) -> str:
    """A short date: '27 Jun 2024', '3–5 Jun 2024', 'Q4 2024' or '10:00 27 Jun 2024'."""
    first = event.local_start_date()
    if not event.date_is_fixed:
        return describe_period(event.precision, first, event.period_part)
    last = event.local_end_date()
    if last == first:
        return f"{first.day} {first:%b %Y}"
    if (last.year, last.month) == (first.year, first.month):
        return f"{first.day}–{last.day} {first:%b %Y}"
    if last.year == first.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


class SearchResultsModel(QAbstractTableModel):
    """Events found by ``PlannerService.search``, one per row."""

    COL_DATE = 0
    COL_TITLE = 1
    COL_PLACE = 2
    HEADERS = ("Date", "Title", "Place")

    UidRole = Qt.ItemDataRole.UserRole + 1
    EventRole = Qt.ItemDataRole.UserRole + 2
    DateRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self._rows: list[Event] = []

    def set_rows(self, rows: list[Event]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_DATE:
                return date_label(event)
            if column == self.COL_TITLE:
                return event.title
            if column == self.COL_PLACE:
                return event.place
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [event.title, f"{date_label(event)} · {event.category.value}"]
            if event.place:
                lines.append(event.place)
            return "\n".join(lines)
        if role == self.UidRole:
            return event.uid
        if role == self.EventRole:
            return event
        if role == self.DateRole:
            return event.local_start_date()
        return None
