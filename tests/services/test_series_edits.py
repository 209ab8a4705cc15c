"""Editing a repeating event: this occurrence, this and following, all; each undone and redone exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Event
from cica_planner.services.series_edits import Scope, SeriesEditor

ASTANA = ZoneInfo("Asia/Almaty")


def _at(day: int, hour: int = 10, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, tzinfo=ASTANA)


@pytest.fixture
def weekly(empty_planner) -> Event:
    event = Event("Weekly drafting group", Category.EXPERT_MEETING, _at(3), _at(3, 11), uid="weekly@test",
                  city="Astana", country="KZ", rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=6", exdates=[_at(17)])
    return empty_planner.create(event)


def _listed(planner) -> list[tuple[str, datetime, str]]:
    return [(o.uid, o.start.astimezone(UTC), o.event.title)
            for o in planner.occurrences(date(2025, 3, 1), date(2025, 5, 1))]


def test_this_occurrence_changes_one_and_keeps_the_series_uid(empty_planner, weekly) -> None:
    editor = SeriesEditor(empty_planner)
    before = _listed(empty_planner)
    edited = replace(weekly, title="Drafting group (Tuesday)", start=_at(11, 15), end=_at(11, 16), rrule=None)
    change = editor.edit(Scope.OCCURRENCE, weekly.uid, _at(10), edited)
    listed = _listed(empty_planner)
    assert ("weekly@test", _at(11, 15).astimezone(UTC), "Drafting group (Tuesday)") in listed
    assert ("weekly@test", _at(10).astimezone(UTC), "Weekly drafting group") not in listed
    assert len(listed) == len(before)
    assert empty_planner.get(weekly.uid).sequence == 1
    editor.undo(change)
    assert _listed(empty_planner) == before
    editor.redo(change)
    assert _listed(empty_planner) == listed
    assert empty_planner.get(weekly.uid).sequence == 3  # every step reaches calendar clients


def test_this_and_following_splits_the_series(empty_planner, weekly) -> None:
    editor = SeriesEditor(empty_planner)
    before = _listed(empty_planner)
    edited = replace(weekly, title="Drafting group (afternoons)", start=_at(24, 14), end=_at(24, 15))
    change = editor.edit(Scope.FOLLOWING, weekly.uid, _at(24), edited)
    assert change.created is not None
    new_uid = change.created.event.uid
    assert empty_planner.get(new_uid).rrule == "FREQ=WEEKLY;BYDAY=MO;COUNT=3"  # 3 of 6 were before the 24th
    assert empty_planner.get(weekly.uid).rrule == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20250324T095959"
    listed = _listed(empty_planner)
    assert [(uid, start) for uid, start, _ in listed] == [
        (weekly.uid, _at(3).astimezone(UTC)), (weekly.uid, _at(10).astimezone(UTC)),
        (new_uid, _at(24, 14).astimezone(UTC)), (new_uid, _at(31, 14).astimezone(UTC)),
        (new_uid, datetime(2025, 4, 7, 9, tzinfo=UTC)),
    ]
    editor.undo(change)
    assert _listed(empty_planner) == before
    assert empty_planner.find(new_uid) is None
    editor.redo(change)
    assert _listed(empty_planner) == listed


def test_all_moves_changed_and_left_out_occurrences_with_the_series(empty_planner, weekly) -> None:
    editor = SeriesEditor(empty_planner)
    editor.edit(Scope.OCCURRENCE, weekly.uid, _at(10), replace(weekly, title="Special session", rrule=None,
                                                                        start=_at(10), end=_at(10, 11)))
    series = empty_planner.get(weekly.uid)
    change = editor.edit(Scope.ALL, weekly.uid, None, replace(series, start=_at(3, 12), end=_at(3, 13)))
    moved = empty_planner.get(weekly.uid)
    assert moved.exdates == [_at(17, 12)]
    (override,) = moved.overrides
    assert (override.recurrence_id, override.start, override.title) == (_at(10, 12), _at(10, 12), "Special session")
    titles = [title for _, _, title in _listed(empty_planner)]
    assert titles.count("Special session") == 1
    assert len(titles) == 5
    editor.undo(change)
    assert empty_planner.get(weekly.uid).exdates == [_at(17)]


def test_a_changed_rule_drops_the_exceptions_of_the_old_one(empty_planner, weekly) -> None:
    editor = SeriesEditor(empty_planner)
    editor.edit(Scope.OCCURRENCE, weekly.uid, _at(10), replace(weekly, title="Special session", rrule=None,
                                                                        start=_at(10), end=_at(10, 11)))
    series = empty_planner.get(weekly.uid)
    editor.edit(Scope.ALL, weekly.uid, None, replace(series, rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=2"))
    changed = empty_planner.get(weekly.uid)
    assert (changed.exdates, changed.overrides) == ([], [])
    assert [start for _, start, _ in _listed(empty_planner)] == [
        _at(3).astimezone(UTC), _at(4).astimezone(UTC), _at(11).astimezone(UTC)]


def test_this_and_following_on_the_first_occurrence_edits_all(empty_planner, weekly) -> None:
    change = SeriesEditor(empty_planner).edit(Scope.FOLLOWING, weekly.uid, _at(3), replace(weekly, title="Renamed"))
    assert change.created is None
    assert {title for _, _, title in _listed(empty_planner)} == {"Renamed"}
    assert timedelta(0) == empty_planner.get(weekly.uid).start - _at(3)


def test_deleting_a_moved_occurrence_removes_it_by_its_original_start(empty_planner, weekly) -> None:
    SeriesEditor(empty_planner).edit(Scope.OCCURRENCE, weekly.uid, _at(10),
                                     replace(weekly, title="Moved", rrule=None, start=_at(12), end=_at(12, 11)))
    empty_planner.delete_occurrence(weekly.uid, _at(10))
    series = empty_planner.get(weekly.uid)
    assert series.overrides == []
    assert _at(10) in series.exdates
    assert "Moved" not in {title for _, _, title in _listed(empty_planner)}


def test_delete_this_and_following_ends_the_series_and_undoes(empty_planner, weekly) -> None:
    editor = SeriesEditor(empty_planner)
    before = _listed(empty_planner)
    change = editor.delete_following(weekly.uid, _at(24))
    assert [start for _, start, _ in _listed(empty_planner)] == [_at(3).astimezone(UTC), _at(10).astimezone(UTC)]
    editor.undo(change)
    assert _listed(empty_planner) == before
    with pytest.raises(ValidationError, match="first occurrence"):
        editor.delete_following(weekly.uid, _at(3))
