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
