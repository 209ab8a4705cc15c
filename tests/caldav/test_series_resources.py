"""A series and its changed occurrences are one CalDAV resource (RFC 4791 §4.1: one UID, one resource)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar

from cica_planner.domain.model import Category, Event
from cica_planner.services import ical_export as ex
from cica_planner.services.caldav_resources import event_resources
from cica_planner.services.series_edits import Scope, SeriesEditor

ASTANA = ZoneInfo("Asia/Almaty")


def test_a_moved_occurrence_travels_in_its_series_resource(empty_planner) -> None:
    series = empty_planner.create(Event("Weekly call", Category.EXPERT_MEETING, datetime(2025, 3, 3, 10, tzinfo=ASTANA),
                                        datetime(2025, 3, 3, 11, tzinfo=ASTANA), uid="weekly@test",
                                        rrule="FREQ=WEEKLY;COUNT=4"))
    SeriesEditor(empty_planner).edit(Scope.OCCURRENCE, series.uid, datetime(2025, 3, 10, 10, tzinfo=ASTANA),
                                     replace(series, title="Weekly call (moved)", rrule=None,
                                             start=datetime(2025, 3, 11, 15, tzinfo=ASTANA),
                                             end=datetime(2025, 3, 11, 16, tzinfo=ASTANA)))
    resources = event_resources(empty_planner, ex.ExportOptions(), now=datetime(2025, 1, 1, tzinfo=UTC))
    (resource,) = [r for r in resources if r.uid == "weekly@test"]
    vevents = icalendar.Calendar.from_ical(resource.body).walk("VEVENT")
    assert [("RECURRENCE-ID" in v, str(v["SUMMARY"])) for v in vevents] == [(False, "Weekly call"),
                                                                            (True, "Weekly call (moved)")]
    assert len({r.uid for r in resources}) == len(resources)


def test_each_resource_is_the_text_of_a_calendar_holding_its_components(planner) -> None:
    """Resources are put together from texts serialised once; the result is what serialising their calendar gives.

    The content hash of every published resource depends on these bytes: a change here would
    rewrite every resource at the next publish.
    """
    baku = ZoneInfo("Asia/Baku")
    planner.create(Event("Ministerial Council, Baku", Category.MINISTERIAL_COUNCIL, datetime(2024, 12, 17, 10, tzinfo=baku),
                         datetime(2024, 12, 17, 13, tzinfo=baku), tzid="Asia/Baku", uid="mc@test"))
    options = ex.ExportOptions(include_unscheduled=True)
    resources = event_resources(planner, options, now=datetime(2026, 11, 30, tzinfo=UTC))
    assert len(resources) > 100
    (council,) = [r for r in resources if r.uid == "mc@test"]
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Baku\r\n" in council.body  # a resource carries the zones it uses
    for resource in resources:
        calendar = icalendar.Calendar.from_ical(resource.body)
        assert calendar.to_ical().decode("utf-8") == resource.body, resource.uid
        assert [c.name for c in calendar.subcomponents if c.name != "VTIMEZONE"] == ["VEVENT"] * len(
            calendar.walk("VEVENT")), resource.uid
