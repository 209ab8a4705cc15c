"""Series from other calendars (Outlook, Google, Thunderbird, holiday feeds): the same occurrences as an
independent expander (recurring-ical-events), under the series' own UID, after import, export and re-import."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from outlook_reader import occurrence_key, rie_occurrences

from cica_planner.services.ical_export import export_calendar
from cica_planner.services.ical_import import Outcome, import_file, plan_import
from cica_planner.services.planner import PlannerService
from cica_planner.storage.db import make_engine, upgrade

DATA = Path(__file__).parent / "data"  # the sample files beside this module

SERIES = DATA / "series"
FIRST, LAST = datetime(2019, 12, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC)
FILES = sorted(path.name for path in SERIES.glob("*.ics"))
_PART = re.compile(r"-\d{8}(T\d{6})?(-\d+)?$")


def _ours(planner: PlannerService) -> list[tuple[str, tuple]]:
    return [(o.uid, occurrence_key(o)) for o in planner.occurrences(FIRST, LAST)
            if (o.start.astimezone(UTC) if isinstance(o.start, datetime) else o.start) is not None
            and _starts_in_window(o.start)]


def _starts_in_window(start) -> bool:
    if isinstance(start, datetime):
        return FIRST <= start.astimezone(UTC) < LAST
    return FIRST.date() <= start < LAST.date()


def _fresh(tmp_path, name: str) -> PlannerService:
    engine = make_engine(tmp_path / f"{name}.sqlite")
    upgrade(engine)
    return PlannerService(engine)


def _series_uid(uid: str) -> str:
    return _PART.sub("", uid)


@pytest.mark.parametrize("name", FILES)
def test_import_lists_what_an_independent_expander_lists(empty_planner, name: str) -> None:
    data = (SERIES / name).read_bytes()
    result = import_file(empty_planner, data)
    assert result.skipped == []
    expected = rie_occurrences(data, FIRST, LAST)
    ours = _ours(empty_planner)
    if name == "no_uid.ics":  # the expander has no UID to give; compare the occurrences
        assert sorted(k for _, k in ours) == sorted(k for _, k in expected)
    else:
        assert Counter(ours) == Counter(expected)
    # No occurrence is stored apart: every event's UID is one of the file's.
    file_uids = {uid for uid, _ in expected}
    if name != "no_uid.ics":
        assert {e.uid for e in empty_planner.all_events()} == file_uids


@pytest.mark.parametrize("name", FILES)
def test_export_then_import_gives_the_same_occurrences(empty_planner, tmp_path, name: str) -> None:
    data = (SERIES / name).read_bytes()
    import_file(empty_planner, data)
    exported = export_calendar(empty_planner)
    ours = Counter((_series_uid(uid), key) for uid, key in _ours(empty_planner))
    # An independent reader of the export sees the same occurrences (parts written apart for Outlook carry
    # the series UID plus their date).
    assert Counter((_series_uid(uid), key) for uid, key in rie_occurrences(exported, FIRST, LAST)) == ours
    fresh = _fresh(tmp_path, "fresh")
    assert import_file(fresh, exported).skipped == []
    assert Counter((_series_uid(uid), key) for uid, key in _ours(fresh)) == ours
    # Importing the export again changes nothing.
    again = plan_import(fresh, exported)
    assert again.count(Outcome.NEW) == again.count(Outcome.UPDATED) == 0


def test_moved_occurrence_keeps_the_series_uid_and_names_its_occurrence(empty_planner) -> None:
    import_file(empty_planner, (SERIES / "moved_occurrence.ics").read_bytes())
    found = empty_planner.occurrences(date(2025, 1, 13), date(2025, 1, 20), tzid="Asia/Almaty")
    (moved,) = [o for o in found if o.uid == "moved-weekly@example.org"]
    assert moved.event.title == "Weekly coordination call (moved to Tuesday)"
    assert moved.start == datetime(2025, 1, 14, 10, tzinfo=UTC)
    assert moved.recurrence_id == datetime(2025, 1, 13, 5, tzinfo=UTC)


def test_outlook_all_day_override_with_a_tzid_matches_its_day(empty_planner) -> None:
    import_file(empty_planner, (SERIES / "allday_outlook_moved.ics").read_bytes())
    days = [o.start for o in empty_planner.occurrences(date(2020, 4, 1), date(2020, 5, 10))]
    assert days == [date(2020, 4, 2), date(2020, 4, 9), date(2020, 4, 17), date(2020, 4, 23), date(2020, 4, 30)]


def test_export_writes_a_moved_occurrence_as_an_exception_of_its_series(empty_planner) -> None:
    import icalendar

    import_file(empty_planner, (SERIES / "moved_occurrence.ics").read_bytes())
    calendar = icalendar.Calendar.from_ical(export_calendar(empty_planner))
    vevents = [c for c in calendar.walk("VEVENT") if str(c["UID"]) == "moved-weekly@example.org"]
    assert len(vevents) == 2
    (override,) = [c for c in vevents if "RECURRENCE-ID" in c]
    assert override["RECURRENCE-ID"].params["TZID"] == override["DTSTART"].params["TZID"] == "Asia/Almaty"
    assert override.decoded("RECURRENCE-ID") == datetime(2025, 1, 13, 5, tzinfo=UTC)
    assert str(override["SUMMARY"]) == "Weekly coordination call (moved to Tuesday)"


def test_components_without_uid_are_updated_not_duplicated(empty_planner) -> None:
    data = (SERIES / "no_uid.ics").read_bytes()
    assert import_file(empty_planner, data).created == 2
    uids = sorted(e.uid for e in empty_planner.all_events())
    again = import_file(empty_planner, data)
    assert (again.created, again.unchanged) == (0, 2)
    assert sorted(e.uid for e in empty_planner.all_events()) == uids
