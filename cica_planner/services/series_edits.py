"""Editing a recurring series as Outlook and Thunderbird do: this occurrence, this and following, or all.

* **This occurrence** stores an override keyed by the occurrence's original start
  (RECURRENCE-ID); the series keeps its UID and every other occurrence.
* **This and following** ends the series before the occurrence and starts a new series
  (a new UID) there with the edited fields, as both clients do. A COUNT is shared out
  between the two; left-out and changed occurrences from that point on go with the new
  series, moved by as much as its start moved.
* **All** edits the series itself. When its start moves and the rule stays, left-out and
  changed occurrences move with it; when the rule changes they belong to the old rule and
  are dropped (Outlook warns of the same).

Each edit is one transaction and returns a :class:`SeriesChange` that undoes and redoes
it exactly (SEQUENCE keeps rising, so calendar clients take every step).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Session

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, Moment, Override, new_uid, occurrence_key, utc_now, zone
from cica_planner.domain.recurrence import parse_rule, wall_time
from cica_planner.services.planner import DeletedEvent, PlannerService
from cica_planner.storage import repositories as repo


class Scope(StrEnum):
    """Which occurrences of a series an edit reaches."""

    OCCURRENCE = "occurrence"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True)
class SeriesChange:
    """An applied edit: the series before and after, and the series split off by "this and following"."""

    before: Event
    after: Event
    created: DeletedEvent | None = None


class SeriesEditor:
    """The use cases of editing a recurring series."""

    def __init__(self, planner: PlannerService) -> None:
        self.planner = planner

    def edit(self, scope: Scope, uid: str, recurrence_id: Moment | None, edited: Event) -> SeriesChange:
        """Apply ``edited`` to the occurrence ``recurrence_id`` of the series ``uid`` with ``scope``."""
        before = self.planner.get(uid)
        if scope is not Scope.ALL and recurrence_id is None:
            raise ValidationError("choose the occurrence to change")
        if scope is Scope.OCCURRENCE and recurrence_id is not None:  # (never None here: refused above)
            after = with_override(before, Override.of(edited, recurrence_id))
            return self._write(before, after, None)
        if scope is Scope.FOLLOWING and recurrence_id is not None and occurrence_key(recurrence_id, before.tzid) > wall_time(
                before.start.astimezone(zone(before.tzid)) if isinstance(before.start, datetime) else before.start):
            kept, following = split_series(before, recurrence_id, edited)
            return self._write(before, kept, following)
        return self._write(before, edited_series(before, edited), None)

    def delete_following(self, uid: str, recurrence_id: Moment) -> SeriesChange:
        """End the series before the occurrence ``recurrence_id`` (Thunderbird's "this and all future")."""
        before = self.planner.get(uid)
        if occurrence_key(recurrence_id, before.tzid) <= occurrence_key(before.start, before.tzid):
            raise ValidationError("that is the first occurrence; delete the whole series instead")
        kept, _ = split_series(before, recurrence_id, before)
        return self._write(before, kept, None)

    def undo(self, change: SeriesChange) -> None:
        """Put the series back as it was and remove the series the edit split off (one transaction)."""
        def work(session: Session) -> tuple[None, list[Event]]:
            events = repo.EventRepository(session)
            if change.created is not None and events.find(change.created.event.uid) is not None:
                events.delete(change.created.event.uid)
            _write_back(events, change.before)
            return None, []

        self.planner.write_batch(work)

    def redo(self, change: SeriesChange) -> None:
        """Make the edit again, exactly as it was first made."""
        def work(session: Session) -> tuple[None, list[Event]]:
            events = repo.EventRepository(session)
            _write_back(events, change.after)
            if change.created is not None and events.find(change.created.event.uid) is None:
                events.add(replace(change.created.event, id=None))
            return None, []

        self.planner.write_batch(work)

    def _write(self, before: Event, after: Event, following: Event | None) -> SeriesChange:
        after.validate()
        if following is not None:
            following.validate()
        now = utc_now()

        def work(session: Session) -> tuple[SeriesChange, list[Event]]:
            events = repo.EventRepository(session)
            current = events.get(before.uid)
            saved = replace(after, sequence=current.sequence + 1, last_modified=now, created=current.created,
                            history=current.history)
            events.update(saved)
            created = None
            if following is not None:
                created_event = events.add(replace(following, id=None, created=now, last_modified=now, sequence=0,
                                                   history=[]))
                created = DeletedEvent(replace(created_event))
            return SeriesChange(before, saved, created), []

        # One transaction through the planner's path for many writes: series edits are changes of events.
        return self.planner.write_batch(work)


def with_override(series: Event, override: Override) -> Event:
    """The series with ``override`` in place of any earlier change of the same occurrence."""
    key = occurrence_key(override.recurrence_id, series.tzid)
    kept = [o for o in series.overrides if occurrence_key(o.recurrence_id, series.tzid) != key]
    previous = next((o for o in series.overrides if occurrence_key(o.recurrence_id, series.tzid) == key), None)
    if previous is not None and previous.this_and_future:
        override = replace(override, this_and_future=True)
    return replace(series, overrides=[*kept, override])


def edited_series(before: Event, edited: Event) -> Event:
    """The whole series edited: its exceptions follow a moved start, and go with a changed rule."""
    if (edited.rrule, edited.extra_rules) != (before.rrule, before.extra_rules) or edited.all_day != before.all_day:
        return replace(edited, exdates=[], overrides=[], rdates=[])
    shift = _wall(edited.start, edited.tzid) - _wall(before.start, before.tzid)
    if not shift:
        return edited
    return replace(
        edited,
        exdates=[_moved(m, shift, edited.tzid) for m in before.exdates],
        rdates=[_moved(m, shift, edited.tzid) for m in before.rdates],
        overrides=[_moved_override(o, shift, edited.tzid) for o in before.overrides],
    )


def split_series(before: Event, recurrence_id: Moment, edited: Event) -> tuple[Event, Event]:
    """The series ended before ``recurrence_id``, and a new series from there with the edited fields."""
    key = occurrence_key(recurrence_id, before.tzid)
    shift = _wall(edited.start, edited.tzid) - key

    def later(moment: Moment) -> bool:
        return occurrence_key(moment, before.tzid) >= key

    rules_changed = (edited.rrule, edited.extra_rules) != (before.rrule, before.extra_rules)
    kept_rules = [_ended(rule, before, key) for rule in (before.rrule, *before.extra_rules) if rule]
    if rules_changed:
        new_rules = [rule for rule in (edited.rrule, *edited.extra_rules) if rule]
    else:
        new_rules = [_rest(rule, before, key) for rule in (before.rrule, *before.extra_rules) if rule]
    kept = replace(
        before,
        rrule=kept_rules[0] if kept_rules else None,
        extra_rules=kept_rules[1:],
        exdates=[m for m in before.exdates if not later(m)],
        rdates=[m for m in before.rdates if not later(m)],
        overrides=[o for o in before.overrides if not later(o.recurrence_id)],
    )
    keep_exceptions = not rules_changed and edited.all_day == before.all_day
    following = replace(
        edited,
        id=None,
        uid=new_uid(),
        rrule=new_rules[0] if new_rules else None,
        extra_rules=new_rules[1:],
        exdates=[_moved(m, shift, edited.tzid) for m in before.exdates if later(m)] if keep_exceptions else [],
        rdates=[_moved(m, shift, edited.tzid) for m in before.rdates if later(m)] if keep_exceptions else [],
        overrides=[_moved_override(o, shift, edited.tzid) for o in before.overrides
                   if later(o.recurrence_id) and occurrence_key(o.recurrence_id, before.tzid) != key]
        if keep_exceptions else [],
        history=[],
    )
    return kept, following


def _ended(rule: str, series: Event, key: datetime) -> str:
    """``rule`` ending before the occurrence ``key`` (UNTIL one moment earlier, in wall time)."""
    parts = [p for p in rule.split(";") if p and p.split("=", 1)[0].upper() not in ("COUNT", "UNTIL")]
    last = key - (timedelta(days=1) if series.all_day else timedelta(seconds=1))
    parts.append(f"UNTIL={last:%Y%m%d}" if series.all_day else f"UNTIL={last:%Y%m%dT%H%M%S}")
    return ";".join(parts)


def _rest(rule: str, series: Event, key: datetime) -> str:
    """``rule`` for the new series from ``key``: a COUNT keeps only what is left of it."""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    count = next((v for k, v in parts.items() if k.upper() == "COUNT"), None)
    if count is None:
        return rule
    first = wall_time(_local(series.start, series.tzid))
    done = len(parse_rule(rule, series.start).between(first - timedelta(seconds=1), key, inc=False))
    left = max(1, int(count) - done)
    return ";".join(f"COUNT={left}" if p.split("=", 1)[0].upper() == "COUNT" else p for p in rule.split(";") if p)


def _local(moment: Moment, tzid: str) -> Moment:
    return moment.astimezone(zone(tzid)) if isinstance(moment, datetime) else moment


def _wall(moment: Moment, tzid: str) -> datetime:
    return occurrence_key(moment, tzid)


def _moved(moment: Moment, shift: timedelta, tzid: str) -> Moment:
    if isinstance(moment, datetime):
        return (_wall(moment, tzid) + shift).replace(tzinfo=zone(tzid))
    return moment + timedelta(days=shift.days)


def _moved_override(override: Override, shift: timedelta, tzid: str) -> Override:
    """An override following its series: its original start moves; its own times too unless it was moved."""
    unmoved = occurrence_key(override.start, tzid) == occurrence_key(override.recurrence_id, tzid)
    moved = replace(override, recurrence_id=_moved(override.recurrence_id, shift, tzid))
    if unmoved:
        moved = replace(moved, start=_moved(override.start, shift, tzid), end=_moved(override.end, shift, tzid))
    return moved


def _write_back(events: repo.EventRepository, event: Event) -> None:
    current = events.get_row(event.uid)
    restored = replace(event, sequence=current.sequence + 1, last_modified=utc_now())
    events.update(restored)
    events.replace_history(restored)
