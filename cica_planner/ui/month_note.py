"""The note an empty month shows instead of an empty grid: what comes next and what needs confirming."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cica_planner.domain.errors import PlannerError
from cica_planner.domain.model import Precision
from cica_planner.i18n.dates import period_text, when_text
from cica_planner.ui.views.month_view import MonthView

if TYPE_CHECKING:
    from cica_planner.services.confirming import ConfirmingService


class MonthNote(QObject):
    """The note's sentences in the chosen language (a QObject: its counts take Qt's plural forms)."""

    def text(self, confirming: ConfirmingService, first: date, today: date) -> str:
        from cica_planner.services.confirming import ConfirmReason  # here: the first paint comes before the services

        lines = [self.tr("Nothing is fixed for {month}.").format(month=period_text(Precision.MONTH, first))]
        upcoming = confirming.coming_next(first)
        if upcoming is not None:
            lines.append(self.tr("Coming next: {title}, {when}.").format(title=upcoming.title, when=when_text(upcoming)))
        else:
            lines.append(self.tr("Nothing is planned after it yet."))
        entries = confirming.needs_confirming(today)
        outcomes = sum(e.reason is ConfirmReason.OUTCOME for e in entries)
        if entries:
            lines.append(self.tr("Needs confirming: {outcomes}, {days} (see the Dashboard).").format(
                outcomes=self.tr("%n past event(s) with no recorded outcome", "", outcomes),
                days=self.tr("%n with the day still to fix", "", len(entries) - outcomes)))
        return "\n".join(lines)


def month_note(confirming: ConfirmingService, view: MonthView, today: date) -> str | None:
    """The note for the month ``view`` shows, or None when something in it has a fixed day.

    Only the month itself counts, not the days of the neighbouring months the grid also shows.
    A failing read gives no note: the grid stays as it is.
    """
    first = view.anchor_date().replace(day=1)
    end = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    fixed = sum(item.fixed and item.last_day >= first and item.first_day < end for item in view.items())
    if fixed:
        return None
    try:
        return MonthNote().text(confirming, first, today)
    except PlannerError:
        return None
