"""Import, step one and a half: what a planner must see and decide before an import is written.

``plan_import`` works out what each VEVENT of a file would do. This module adds what a
planner reads in the preview and the one decision it needs:

* **Likely duplicates.** Outlook gives an event a new UID when it is copied or re-sent, so a
  file can hold an event the calendar already has under another UID. A new item with the same
  title (ignoring case and accents) and the same start as a stored event is a likely duplicate;
  the planner chooses to *update the existing event* (the file's version is written over it,
  under the existing UID, keeping its history) or to *add anyway*.
* **Past events.** An event of the file that is already over and still reads as an intention
  (planned, proposed, confirmed) is *not* marked held here — nothing says it was held. It is
  flagged "outcome to confirm", the status the calendar shows for such events until a planner
  records what happened.
* **Places.** "Astana, Kazakhstan" in LOCATION becomes the city Astana in Kazakhstan, so the
  place reads "Astana, Kazakhstan" and never "Astana, Kazakhstan, KZ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from cica_planner.domain.model import Country, Event, Precision, zone
from cica_planner.domain.outcome import OUTCOME_TO_CONFIRM, needs_outcome
from cica_planner.domain.search_text import fold
from cica_planner.services.ical_import import ImportPlan, Outcome, PlannedItem
from cica_planner.services.planner import PlannerService


class DuplicateChoice(StrEnum):
    UPDATE_EXISTING = "update the existing event"
    ADD_ANYWAY = "add anyway"


@dataclass(frozen=True)
class ReviewRow:
    """One line of the import preview: when, where and what will happen."""

    uid: str
    title: str
    when: str
    place: str
    action: str
    duplicate_of: Event | None = None
    past: bool = False


def tidy_places(plan: ImportPlan, countries: list[Country]) -> ImportPlan:
    """Drop the country's name from a city read from LOCATION ("Astana, Kazakhstan" → "Astana" in KZ)."""
    names = {c.code: c.name for c in countries}
    items = []
    for item in plan.items:
        event = item.event
        if event is not None and event.country in names and event.city:
            city = _without_country(event.city, names[event.country], event.country)
            if city != event.city:
                item = replace(item, event=replace(event, city=city))
        items.append(item)
    return replace(plan, items=items)


def _without_country(city: str, name: str, code: str) -> str:
    parts = [p.strip() for p in city.split(",")]
    while len(parts) > 1 and fold(parts[-1]) in (fold(name), fold(code)):
        parts.pop()
    return ", ".join(parts)


def likely_duplicates(planner: PlannerService, plan: ImportPlan) -> dict[str, Event]:
    """New items that look like a stored event under another UID (same title, same start), by item UID."""
    stored: dict[tuple[str, object], Event] = {}
    # The events the plan was compared with (read once for the whole import), else read now.
    for event in plan.stored.values() if plan.stored else planner.all_events():
        stored.setdefault((fold(event.title).strip(), _start_key(event)), event)
    found = {}
    for item in plan.items:
        if item.outcome is Outcome.NEW and item.event is not None:
            match = stored.get((fold(item.event.title).strip(), _start_key(item.event)))
            if match is not None and match.uid != item.uid:
                found[item.uid] = match
    return found


def _start_key(event: Event) -> object:
    start = event.start
    return start.astimezone(zone("UTC")) if isinstance(start, datetime) else start


def apply_choices(plan: ImportPlan, duplicates: dict[str, Event], choices: dict[str, DuplicateChoice]) -> ImportPlan:
    """The plan with each likely duplicate turned into an update of the stored event, unless added anyway.

    A duplicate without a choice updates the existing event (the safe default: no second copy).
    """
    items: list[PlannedItem] = []
    for item in plan.items:
        existing = duplicates.get(item.uid)
        if existing is None or item.event is None or choices.get(item.uid) is DuplicateChoice.ADD_ANYWAY:
            items.append(item)
            continue
        merged = replace(item.event, uid=existing.uid, id=existing.id, created=existing.created,
                         sequence=max(existing.sequence + 1, item.event.sequence), history=existing.history)
        items.append(replace(item, uid=existing.uid, outcome=Outcome.UPDATED, event=merged))
    return replace(plan, items=items)


def is_past_intention(event: Event, today: date) -> bool:
    """Whether ``event`` is over on ``today`` but still reads as planned, proposed or confirmed."""
    return needs_outcome(event, today)


def review_rows(plan: ImportPlan, duplicates: dict[str, Event], today: date, display_tz: str,
                countries: list[Country]) -> list[ReviewRow]:
    """The preview's rows: skipped items first (they must be read), then in date order."""
    names = {c.code: c.name for c in countries}
    rows = []
    for item in plan.items:
        event = item.event
        if event is None:
            rows.append(ReviewRow(item.uid, item.title or "(no title)", "", "", _action(item, None, False)))
            continue
        past = is_past_intention(event, today)
        duplicate = duplicates.get(item.uid)
        rows.append(ReviewRow(item.uid, event.title, when_text(event, display_tz), place_text(event, names),
                              _action(item, duplicate, past), duplicate, past))
    order = {"skip": 0}
    return sorted(rows, key=lambda r: (order.get(r.action.split(":")[0], 1), r.when == "", _sort_key(plan, r.uid)))


def _sort_key(plan: ImportPlan, uid: str) -> tuple:
    event = next((i.event for i in plan.items if i.uid == uid and i.event is not None), None)
    if event is None:
        return (date.max,)
    return (event.local_start_date(), event.title)


def _action(item: PlannedItem, duplicate: Event | None, past: bool) -> str:
    if item.outcome is Outcome.SKIPPED:
        return f"skip: {item.reason}"
    if duplicate is not None:
        return f"likely duplicate of “{duplicate.title}” ({duplicate.local_start_date():%d %b %Y})"
    text = {Outcome.NEW: "add", Outcome.UPDATED: "update", Outcome.UNCHANGED: "unchanged",
            Outcome.REMOVED: "remove (no longer in the series)"}[item.outcome]
    if past and item.outcome in (Outcome.NEW, Outcome.UPDATED):
        text += f" — already past: {OUTCOME_TO_CONFIRM}"
    return text


def when_text(event: Event, display_tz: str) -> str:
    """'Thu 27 Jun 2024, 10:00–13:00', 'Thu 27 Jun 2024 (all day)', '3–5 Jun 2024', 'Q4 2024'."""
    from cica_planner.domain.periods import describe_period

    first = event.local_start_date()
    if event.precision is not Precision.DAY:
        return describe_period(event.precision, first, event.period_part, event.local_end_date())
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        tz = zone(display_tz)
        start, end = event.start.astimezone(tz), event.end.astimezone(tz)
        until = f"{end:%H:%M}" if end.date() == start.date() else f"{end.day} {end:%b} {end:%H:%M}"
        return f"{start:%a} {start.day} {start:%b %Y}, {start:%H:%M}–{until}"
    last = event.local_end_date()
    if last == first:
        return f"{first:%a} {first.day} {first:%b %Y} (all day)"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {first:%b %Y}"
    return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"


def place_text(event: Event, country_names: dict[str, str]) -> str:
    """Venue, city and the country's name: "Astana, Kazakhstan" (a code only when the name is unknown)."""
    country = country_names.get(event.country, event.country)
    parts = [p for p in (event.venue, event.city) if p]
    if country and not any(re.search(rf"\b{re.escape(fold(country))}\b", fold(p)) for p in parts):
        parts.append(country)
    return ", ".join(parts)
