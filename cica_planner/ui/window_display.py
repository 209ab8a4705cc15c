"""What the main window shows: the page's events fetched with the filters, titles, counts, marks and bands.

A mixin of ``MainWindow``: ``refresh`` is called after every navigation and every change.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from cica_planner.domain.errors import PlannerError
from cica_planner.i18n.terms import country_name
from cica_planner.services.occurrence_lists import OccurrenceFilter, OccurrenceList
from cica_planner.ui.pages import Page
from cica_planner.ui.views.items import ViewItem, prepare_items
from cica_planner.ui.window_actions import fit_toolbars
from cica_planner.ui.window_status import sentence

if TYPE_CHECKING:
    from cica_planner.ui.views.base import CalendarView
    from cica_planner.ui.views.year_view import YearView

log = logging.getLogger(__name__)


class CalendarDisplay:
    """The showing methods of ``MainWindow`` (see the module docstring)."""


    def refresh(self: Any) -> None:
        """Fetch what the current page shows and update titles and counts."""
        view = self.current_view()
        calendar = view is not None
        for made in (self.today_action, self.previous_action, self.next_action, self.goto_action, self.print_action):
            made.setEnabled(calendar)
        # Filters and the mini month only apply to the calendar: other pages get the full width.
        self.sidebar.setVisible(calendar and self.sidebar_action.isChecked())
        if view is None:
            page = self.pages[self._view_key]
            if isinstance(page, Page):
                self._guard(page.refresh)
            spec = next(s for s in self.page_specs if s.key == self._view_key)
            self.title_label.setText(spec.title())
            self.count_label.clear()
            self._update_zone_label()
            self._update_selection_actions()  # the event actions do not apply to this page
            fit_toolbars(self)
            return
        view.set_anchor_date(self._anchor)
        first, end = view.visible_range()
        filters = OccurrenceFilter()
        try:
            filters = self.sidebar.occurrence_filter()
            if self.confirming_filter_action.isChecked():
                filters = replace(filters, needs_confirming_on=self.today())
            self._occurrences = self.planner.occurrences(first, end, filters, tzid=self._display_tz)
        except PlannerError as exc:
            self.show_error(str(exc))
            self._occurrences = []
        else:
            if self.services_ready() and hasattr(self, "neighbours"):  # Next and Previous answered at once
                self.neighbours.shown(view, filters, self._display_tz)
        if self._selected_uid is not None and self._selected_uid not in self.shown_uids():
            # A selection that left the screen is dropped: Delete or Ctrl+R must never reach an event
            # the user cannot see.
            self._selected_uid = None
            self.statusBar().clearMessage()
        if hasattr(self, "scheduling"):
            self.scheduling.mark(view)
        view.set_occurrences(self._occurrences, self._display_tz)
        # The month and year views' modules are imported when those views are first built (ui/main_window.py).
        if self._view_key == "month":  # an empty month says what comes next (not when a filter emptied it)
            from cica_planner.ui.views.month_view import MonthView

            assert isinstance(view, MonthView)
            note = None
            if self.confirming is not None and filters == OccurrenceFilter():  # none yet on a quick first paint
                from cica_planner.ui.month_note import month_note

                note = month_note(self.confirming, view, self.today())
            view.set_note(note)
        if self._view_key == "year":
            from cica_planner.ui.views.year_view import YearView

            assert isinstance(view, YearView)
            self._update_bands(view)
        view.select_uid(self._selected_uid)
        self._mark_mini_month(view, first, end)
        self.title_label.setText(view.title())
        # A series with more occurrences than one page may show is cut short: say so, never silently.
        cut_notice = self._occurrences.cut_notice() if isinstance(self._occurrences, OccurrenceList) else ""
        self.status.show_count(self._occurrences, cut_short=bool(cut_notice))
        if cut_notice:
            self.statusBar().showMessage(sentence(cut_notice), 10000)
        self.count_label.setToolTip(sentence(cut_notice) if cut_notice else "")
        self._update_zone_label()
        self._update_selection_actions()
        fit_toolbars(self)

    def _mark_mini_month(self: Any, view: CalendarView, first: date, end: date) -> None:
        """Show the days with events of the anchor's month in bold in the mini month.

        A page that holds the whole month gives its items, already in the display zone; another
        page (a week, the agenda) has the month read for it.
        """
        month_first = self._anchor.replace(day=1)
        month_end = (month_first + timedelta(days=32)).replace(day=1)
        if first <= month_first and month_end <= end:
            items = view.items()
        else:
            try:
                occurrences = self.planner.occurrences(month_first, month_end, self.sidebar.occurrence_filter(),
                                                       tzid=self._display_tz, include_unscheduled=False)
            except PlannerError as exc:
                log.warning("cannot mark the mini month: %s", exc)
                return
            items = prepare_items(occurrences, self._display_tz)
        self.sidebar.set_marked_dates(_days_with_events(items))

    def _update_bands(self: Any, view: YearView) -> None:
        """Draw the chairmanship terms under the year view (when the chairmanship feature is there)."""
        if self.chairs is None or not self.services_ready():
            return
        from cica_planner.ui.style import country_colour
        from cica_planner.ui.views.year_view import Band

        try:
            terms = self.chairs.terms()
        except PlannerError as exc:
            log.warning("cannot read the chairmanship terms: %s", exc)
            return
        # The same colour per country as on the chairmanship timeline.
        bands = [
            Band(term.starts, term.ends,
                 self.tr("{country} chairmanship").format(country=country_name(term.country, term.label)),
                 country_colour(term.country))
            for term in sorted(terms, key=lambda t: t.starts)
        ]
        view.set_bands(bands)


def _days_with_events(items: list[ViewItem]) -> set[date]:
    """The days the mini month shows in bold: those with an event fixed to a day (long spans are left out)."""
    days: set[date] = set()
    for item in items:
        if not item.fixed:
            continue
        first, last = item.first_day, item.last_day
        if first == last:
            days.add(first)
        elif (last - first).days <= 14:
            days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    return days
