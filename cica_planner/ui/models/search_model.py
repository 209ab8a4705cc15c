"""Search results as a thin table model: date, title, place of each matching event."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from cica_planner.domain.model import Event
from cica_planner.i18n.dates import day_range_text, period_text
from cica_planner.ui.models.base import RowTableModel


def date_label(event: Event) -> str:
    """A short date: '27 Jun 2024', '3–5 Jun 2024', 'Q4 2024' or '10:00 27 Jun 2024'."""
    first = event.local_start_date()
    if not event.date_is_fixed:
        return period_text(event.precision, first, event.period_part, event.local_end_date())
    return day_range_text(first, event.local_end_date())


class SearchResultsModel(RowTableModel[Event]):
    """Events found by ``PlannerService.search``, one per row."""

    COL_DATE = 0
    COL_TITLE = 1
    COL_PLACE = 2
    HEADERS = (QT_TRANSLATE_NOOP("TableHeader", "Date"), QT_TRANSLATE_NOOP("TableHeader", "Title"), QT_TRANSLATE_NOOP("TableHeader", "Place"))

    UidRole = Qt.ItemDataRole.UserRole + 1
    EventRole = Qt.ItemDataRole.UserRole + 2
    DateRole = Qt.ItemDataRole.UserRole + 3

    def cell(self, event: Event, column: int, role: int) -> object:
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
