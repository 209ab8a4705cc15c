"""Export says what it will write before writing: events, undated left out, reminders (off by default)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import icalendar

from cica_planner.domain.model import Category, Event, Precision
from cica_planner.services.export_preview import preview_export
from cica_planner.services.ical_export import ExportOptions, export_calendar
from cica_planner.ui.dialogs.export_dialog import ExportDialog

if TYPE_CHECKING:
    from tests.conftest import CliRunner


def test_the_dialog_counts_events_undated_and_reminders_as_options_change(qtbot, planner) -> None:
    dialog = ExportDialog(date(2024, 1, 1), date(2024, 12, 31), preview=lambda o: preview_export(planner, o))
    qtbot.addWidget(dialog)
    events = planner.all_events()
    dated = sum(e.precision is Precision.DAY for e in events)
    undated = len(events) - dated
    assert not dialog.alarm_check.isChecked()
    assert dialog.value().alarm_minutes is None
    assert dialog.preview_label.text() == (
        f"Will write {dated} events; {undated} events whose day is not fixed yet are left out; "
        "no reminders (Outlook's own settings apply).")
    dialog.unscheduled_check.setChecked(True)
    never = sum(e.precision is Precision.UNDATED for e in events)  # no date at all: never written
    assert dialog.preview_label.text().startswith(f"Will write {len(events) - never} events; ")
    assert ("left out" in dialog.preview_label.text()) is bool(never)
    dialog.alarm_check.setChecked(True)
    timed = sum(not e.all_day for e in events)
    assert f"a reminder 15 minutes before each of the {timed} timed ones" in dialog.preview_label.text()
    assert dialog.value().alarm_minutes == 15
    dialog.set_all_categories(False)
    assert dialog.preview_label.text() == "Choose at least one category to export."


def test_reminders_are_written_only_when_asked_for(empty_planner) -> None:
    planner = empty_planner
    astana = ZoneInfo("Asia/Almaty")
    planner.create(Event(title="Senior Officials Committee meeting", category=Category.SOC, tzid="Asia/Almaty",
                         start=datetime(2024, 6, 27, 10, tzinfo=astana), end=datetime(2024, 6, 27, 13, tzinfo=astana)))

    def alarms(options: ExportOptions) -> list:
        calendar = icalendar.Calendar.from_ical(export_calendar(planner, options))
        return [a for v in calendar.walk("VEVENT") for a in v.walk("VALARM")]

    assert alarms(ExportOptions()) == []
    written = alarms(ExportOptions(alarm_minutes=30))
    assert written
    assert [a.decoded("TRIGGER").total_seconds() for a in written] == [-30 * 60]


def test_the_command_line_adds_the_15_minute_reminder_only_with_alarm(seeded_db: Path, planner, tmp_path: Path,
                                                                     run_cli: CliRunner) -> None:
    astana = ZoneInfo("Asia/Almaty")
    planner.create(Event(title="Briefing", category=Category.EXPERT_MEETING, tzid="Asia/Almaty",
                         start=datetime(2024, 6, 26, 10, tzinfo=astana), end=datetime(2024, 6, 26, 11, tzinfo=astana)))
    def export(*extra: str) -> bytes:
        target = tmp_path / "out.ics"
        result = run_cli("--db", str(seeded_db), "export", str(target), *extra)
        assert result.returncode == 0, result.stderr
        return target.read_bytes()

    assert b"BEGIN:VALARM" not in export()
    assert b"TRIGGER:-PT15M" in export("--alarm")
    assert b"TRIGGER:-PT45M" in export("--alarm", "45")
