"""What the views draw: ``ViewItem`` (an occurrence in the display zone, coloured) and its texts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.model import Category, EventStatus, Occurrence, Precision, zone
from cica_planner.domain.outcome import needs_outcome
from cica_planner.i18n.dates import period_text
from cica_planner.i18n.terms import category_label, mode_label, status_label
from cica_planner.ui import style
from cica_planner.ui.records import Record
from cica_planner.ui.settings import zone_place_name
from cica_planner.ui.views.formatting import format_day_span, short_day, utc_offset_text, zone_city

UID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item-data role holding an event UID in the views' list widgets."""

DEFAULT_DISPLAY_TZ = HOME_ZONE
_ONE_DAY = timedelta(days=1)


class ViewItem(Record):
    """One occurrence prepared for drawing in a display zone (a page makes hundreds: slots, no dictionary each).

    Attributes:
        occurrence: the occurrence as the service returned it.
        timed: whether it has a time of day (else it is all-day, by dates).
        start: start in the display zone (timed only).
        end: end in the display zone (timed only).
        first_day: first day covered in the display zone.
        last_day: last day covered (inclusive).
        fixed: whether its day is known (precision DAY).
        period_label: 'Q4 2024', 'late June 2024' … for events not fixed to a day.
        order: position in start order, used as a stable tie-breaker.
    """

    __slots__ = ("occurrence", "timed", "start", "end", "first_day", "last_day", "fixed", "period_label", "colours",
                 "decoration", "order")

    def __init__(self, occurrence: Occurrence, timed: bool, start: datetime | None, end: datetime | None,
                 first_day: date, last_day: date, fixed: bool, period_label: str, colours: style.ChipColours,
                 decoration: style.StatusDecoration, order: int) -> None:
        self.occurrence = occurrence
        self.timed = timed
        self.start = start
        self.end = end
        self.first_day = first_day
        self.last_day = last_day
        self.fixed = fixed
        self.period_label = period_label
        self.colours = colours
        self.decoration = decoration
        self.order = order

    @property
    def uid(self) -> str:
        return self.occurrence.uid

    @property
    def title(self) -> str:
        return self.occurrence.event.title

    @property
    def category(self) -> Category:
        return self.occurrence.event.category

    @property
    def status(self) -> EventStatus:
        return self.occurrence.event.status

    @property
    def place(self) -> str:
        event = self.occurrence.event
        return ", ".join(part for part in (event.venue, event.city) if part) or event.country

    @property
    def city(self) -> str:
        event = self.occurrence.event
        return event.city or event.country

    @property
    def is_bar(self) -> bool:
        """Whether it is drawn as a bar over day cells (all-day, or timed for a day or more)."""
        if not self.timed:
            return True
        assert self.start is not None
        assert self.end is not None
        return self.end - self.start >= _ONE_DAY

    @property
    def multi_day(self) -> bool:
        return self.last_day > self.first_day

    def time_text(self) -> str:
        """Return '10:00' (display zone) for a timed item, '' for an all-day one."""
        start = self.start
        # As f"{start:%H:%M}", without strftime (a page asks hundreds of times).
        return f"{start.hour:02d}:{start.minute:02d}" if self.timed and start else ""

    def time_range_text(self) -> str:
        """Return '10:00 – 13:00', 'All day' or '27 Jun – 11 Jul'."""
        if not self.timed:
            return QCoreApplication.translate("ViewItem", "All day") if not self.multi_day else format_day_span(self.first_day, self.last_day)
        assert self.start is not None
        assert self.end is not None
        if self.multi_day and self.is_bar:
            return (
                f"{format_day_span(self.first_day, self.first_day)} {self.start:%H:%M} – "
                f"{format_day_span(self.last_day, self.last_day)} {self.end:%H:%M}"
            )
        return f"{self.start:%H:%M} – {self.end:%H:%M}{self.next_day_marker()}"

    def next_day_marker(self) -> str:
        """Return ' (+1)' for a timed item ending on a later day than it starts (23:00 – 00:30), else ''."""
        if not self.timed or self.start is None or self.end is None:
            return ""
        days = (self.end.date() - self.start.date()).days
        if days and self.end.time() == datetime.min.time():
            days -= 1  # ending at midnight is still the same day (23:00 – 00:00)
        return f" (+{days})" if days > 0 else ""

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def prepare_items(occurrences: Iterable[Occurrence], display_tz: str, today: date | None = None) -> list[ViewItem]:
    """Return the occurrences as display items in ``display_tz``, in start order.

    With ``today``, a past plan whose outcome nobody recorded is drawn and labelled "Outcome to confirm".
    """
    tz = zone(display_tz)
    midnight = datetime.min.time()
    one_day = timedelta(days=1)
    day_precision = Precision.DAY
    # Colours and decorations by (category, status, outcome to confirm): a page has a few dozen of those.
    looks: dict[tuple[Category, EventStatus, bool], tuple[style.ChipColours, style.StatusDecoration]] = {}
    items: list[ViewItem] = []
    for order, occurrence in enumerate(occurrences):
        event = occurrence.event
        start_moment, end_moment = occurrence.start, occurrence.end
        if isinstance(start_moment, datetime) and isinstance(end_moment, datetime):
            start, end = start_moment.astimezone(tz), end_moment.astimezone(tz)
            first = start.date()
            last = end.date()
            # An end at midnight belongs to the day before (09:00–00:00 is one day).
            if last > first and end.time() == midnight:
                last -= one_day
            timed = True
        else:
            start = end = None
            first = start_moment
            last = max(first, end_moment - one_day)
            timed = False
        fixed = event.precision is day_precision
        # A window's label needs its last possible day: "between 14 and 17 Apr 2024, day not known".
        label = "" if fixed else period_text(event.precision, first, event.period_part, last)
        unconfirmed = today is not None and needs_outcome(event, today)
        look_key = (event.category, event.status, unconfirmed)
        look = looks.get(look_key)
        if look is None:
            look = looks[look_key] = (style.chip_colours(event.category, event.status, outcome_to_confirm=unconfirmed),
                                      style.status_decorations(event.status, outcome_to_confirm=unconfirmed))
        items.append(ViewItem(occurrence, timed, start, end, first, last, fixed, label, look[0], look[1], order))
    earliest = datetime.min.replace(tzinfo=tz)
    items.sort(key=lambda item: (item.first_day, item.start or earliest, item.order))
    for order, item in enumerate(items):
        item.order = order
    return items


def venue_time_text(item: ViewItem) -> str:
    """Return '10:00 – 13:00 Astana (UTC+05:00)': the time where the event takes place."""
    occurrence = item.occurrence
    if not isinstance(occurrence.start, datetime) or not isinstance(occurrence.end, datetime):
        return ""
    venue_zone = zone(occurrence.event.tzid)
    start, end = occurrence.start.astimezone(venue_zone), occurrence.end.astimezone(venue_zone)
    city = occurrence.event.city or zone_city(occurrence.event.tzid)
    span = (
        f"{start:%H:%M}"
        if start.date() == end.date() or end - start < timedelta(days=1)
        else f"{short_day(start.date())} {start:%H:%M}"
    )
    end_text = f"{end:%H:%M}" if start.date() == end.date() else f"{short_day(end.date())} {end:%H:%M}"
    return f"{span} – {end_text} {city} ({utc_offset_text(start)})"


def when_text(item: ViewItem, display_tz: str, zone_name: str | None = None) -> str:
    """Return the date and time of ``item`` as shown in the display zone.

    ``zone_name`` names the display zone as the status bar and settings do ('Astana'); by default
    it is derived from ``display_tz``.
    """
    place = zone_name or zone_place_name(display_tz)
    if not item.fixed:
        return QCoreApplication.translate("ViewItem", "Date to be confirmed ({period})").format(period=item.period_label)
    if not item.timed:
        if item.multi_day:
            return QCoreApplication.translate("ViewItem", "{first} – {last} (all day)").format(
                first=short_day(item.first_day), last=short_day(item.last_day))
        return QCoreApplication.translate("ViewItem", "{day} (all day)").format(day=short_day(item.first_day))
    assert item.start is not None
    assert item.end is not None
    if item.first_day == item.last_day:
        return QCoreApplication.translate("ViewItem", "{day}, {start} – {end} ({place} time)").format(
            day=short_day(item.first_day), start=f"{item.start:%H:%M}", end=f"{item.end:%H:%M}", place=place)
    return QCoreApplication.translate("ViewItem", "{first} {start} – {last} {end} ({place} time)").format(
        first=short_day(item.first_day), start=f"{item.start:%H:%M}", last=short_day(item.last_day),
        end=f"{item.end:%H:%M}", place=place)


def status_text(item: ViewItem) -> str:
    """The item's status as users read it in the chosen language ('Cancelled', 'Outcome to confirm')."""
    if item.decoration is style.OUTCOME_TO_CONFIRM_DECORATION:
        return QCoreApplication.translate("ViewItem", "Outcome to confirm")
    return status_label(item.occurrence.event.status)


def tooltip_html(item: ViewItem, display_tz: str, zone_name: str | None = None) -> str:
    """Return the rich tooltip of an item: title, category, place, times, status (``zone_name``: see when_text)."""
    from html import escape  # a tooltip's, not the first paint's: html's tables cost an import

    event = item.occurrence.event
    lines = [f"<b>{escape(event.title)}</b>"]
    kind = escape(category_label(event.category))
    lines.append(f"<span style='color:{item.colours.outline.name()}'>&#9679;</span> {kind}")
    if event.place:
        lines.append(escape(event.place))
    lines.append(escape(when_text(item, display_tz, zone_name)))
    local = venue_time_text(item)
    if local:
        lines.append(QCoreApplication.translate("ViewItem", "Local time: {time}").format(time=escape(local)))
    status = QCoreApplication.translate("ViewItem", "Status: {status}").format(status=escape(status_text(item)))
    if event.mode.value not in ("unknown", ""):
        status += f" · {escape(mode_label(event.mode))}"
    lines.append(status)
    if event.rrule:
        lines.append(QCoreApplication.translate("ViewItem", "<i>Repeats</i>"))
    return "<br>".join(lines)
