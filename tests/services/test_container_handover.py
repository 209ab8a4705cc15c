"""The container hands the CalDAV services and the export their engine and task service (issue #10)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cica_planner.domain.clock import Clock
from cica_planner.domain.tasks import Task
from cica_planner.services.container import services_over
from cica_planner.services.ical_export import ExportOptions, build_export

NOW = datetime(2026, 9, 1, 6, tzinfo=UTC)


def test_publisher_and_sync_get_the_calendars_engine_and_checklists(seeded_engine) -> None:
    services = services_over(seeded_engine)
    clock = Clock(lambda: NOW)
    publisher = services.publisher(clock)
    sync = services.caldav_sync(clock)
    assert publisher.engine is seeded_engine
    assert publisher.tasks is services.checklists
    assert publisher.planner is services.planner
    assert publisher.clock is clock
    assert sync.engine is seeded_engine
    assert sync.tasks is services.checklists
    assert sync.publisher.engine is seeded_engine
    assert sync.publisher.tasks is services.checklists
    # Nothing published yet: the publish state is read from the handed engine, not the planner's.
    assert publisher.last_published("https://calendar.example.org/cica/") is None
    assert publisher.stored_options("https://calendar.example.org/cica/") == ExportOptions()


def test_export_deadlines_come_from_the_task_service_it_is_given(seeded_engine) -> None:
    services = services_over(seeded_engine)
    event = services.planner.all_events()[0]
    [task] = services.tasks.add([Task("Send the invitations", event.uid, due_fixed=date(2026, 10, 1))])
    options = ExportOptions(include_unscheduled=True, include_tasks=True)
    result = build_export(services.planner, options, now=NOW, tasks=services.tasks)
    assert f"task-{task.id}-{event.uid}".encode() in result.to_bytes()
    assert result.deadline_count >= 1


def test_an_export_with_deadlines_and_no_task_service_is_refused(seeded_engine) -> None:
    services = services_over(seeded_engine)
    with pytest.raises(ValueError, match="task service"):
        build_export(services.planner, ExportOptions(include_tasks=True), now=NOW)
