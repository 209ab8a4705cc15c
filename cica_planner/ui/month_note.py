"""The note an empty month shows instead of an empty grid: what comes next and what needs confirming."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from cica_planner.domain.errors import PlannerError
from cica_planner.ui.views.month_view import MonthView

if TYPE_CHECKING:
    from cica_planner.services.confirming import ConfirmingService


def month_note(confirming: ConfirmingService, view: MonthView, today: date) -> str | None:
    """The note for the month ``view`` shows, or None when something in it has a fixed day.

    Only the month itself counts, not the days of the neighbouring months the grid also shows.
    A failing read gives no note: the grid stays as it is.
    """
    first = view.anchor_date().replace(day=1)
    end = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    fixed = sum(item.fixed and item.last_day >= first and item.first_day < end for item in view.items())
    try:
        return confirming.month_note(first, end, fixed, today)
    except PlannerError:
        return None
