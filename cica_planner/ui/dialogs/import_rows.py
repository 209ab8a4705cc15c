"""What the import preview's rows say, in the user's language.

The service (``services.import_review.review_rows``) decides the rows, their order and what
happens to each; it words them in English, as the command line shows them. The dialog words
the When and What happens columns again here from the same facts, with dates from the locale.
A skipped item's reason comes from the file's parser and is shown as it is.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from cica_planner.domain.model import Country, Event, Precision, zone
from cica_planner.i18n.dates import day_range_text, period_text
from cica_planner.i18n.terms import country_name
from cica_planner.services.ical_import import Outcome, PlannedItem
from cica_planner.ui.dialogs.event_fields import local_date, local_time
from cica_planner.ui.dialogs.problems import translated_problem


class ImportRowText(QObject):
    """Words an import row (a QObject only for its translation context)."""

    def when(self, event: Event, display_tz: str) -> str:
        """'Thu 27 Jun 2024, 10:00–13:00', 'Thu 27 Jun 2024 (all day)', '3–5 Jun 2024', 'Q4 2024'."""
        first, last = event.local_start_date(), event.local_end_date()
        if event.precision is not Precision.DAY:
            return period_text(event.precision, first, event.period_part, last)
        if isinstance(event.start, datetime) and isinstance(event.end, datetime):
            tz = zone(display_tz)
            start, end = event.start.astimezone(tz), event.end.astimezone(tz)
            until = local_time(end) if end.date() == start.date() else f"{local_date(end.date(), 'd MMM')} {local_time(end)}"
            return f"{local_date(start.date(), 'ddd d MMM yyyy')}, {local_time(start)}–{until}"
        if last == first:
            return self.tr("{day} (all day)").format(day=local_date(first, "ddd d MMM yyyy"))
        return day_range_text(first, last)

    @staticmethod
    def place(place: str, event: Event | None, countries: list[Country]) -> str:
        """The service's 'Astana, Kazakhstan' with the country as the user's language names it."""
        if event is None:
            return place
        english = next((c.name for c in countries if c.code == event.country), "")
        if not english or not place.endswith(english):
            return place
        return place.removesuffix(english) + country_name(event.country, english)

    def action(self, item: PlannedItem, duplicate: Event | None, past: bool) -> str:
        """What importing the item does: 'add', 'update', 'likely duplicate of …', 'skip: reason'."""
        if item.outcome is Outcome.SKIPPED:
            return self.tr("skip: {reason}").format(reason=translated_problem(item.reason))
        if duplicate is not None:
            return self.tr("likely duplicate of “{title}” ({day})").format(
                title=duplicate.title, day=local_date(duplicate.local_start_date(), "dd MMM yyyy"))
        texts = {Outcome.NEW: self.tr("add"), Outcome.UPDATED: self.tr("update"), Outcome.UNCHANGED: self.tr("unchanged"),
                 Outcome.REMOVED: self.tr("remove (no longer in the series)")}
        text = texts[item.outcome]
        if past and item.outcome in (Outcome.NEW, Outcome.UPDATED):
            text = self.tr("{action} — already past: outcome to confirm").format(action=text)
        return text
