"""What an export will write, told before it is written: events, those left out as undated, reminders.

The export dialog shows this as the options change; the command line's ``export`` prints the
same counts after writing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cica_planner.domain.model import Event, Precision
from cica_planner.domain.reminders import ALARM_MINUTES, MAX_ALARM_MINUTES  # noqa: F401 - re-exported
from cica_planner.services.planner import PlannerService


@dataclass(frozen=True)
class ExportPreview:
    """The counts of an export: ``events`` written, ``undated_left_out``, ``alarms`` added, ``deadlines``."""

    events: int
    undated_left_out: int
    alarms: int
    alarm_minutes: int | None
    deadlines_included: bool

    def summary(self) -> str:
        """One sentence: "Will write 96 events; 12 undated events are left out; no reminders are added."."""
        from cica_planner.domain.wording import counted

        parts = [f"Will write {counted(self.events, 'event')}"]
        if self.undated_left_out:
            parts.append(f"{counted(self.undated_left_out, 'event')} whose day is not fixed yet "
                         f"{'is' if self.undated_left_out == 1 else 'are'} left out")
        if self.alarm_minutes:
            parts.append(f"a reminder {self.alarm_minutes} minutes before each of the {self.alarms} timed ones")
        else:
            parts.append("no reminders (Outlook's own settings apply)")
        if self.deadlines_included:
            parts.append("open checklist deadlines are added as all-day reminders")
        return "; ".join(parts) + "."


def preview_export(planner: PlannerService, options: object) -> ExportPreview:
    """Count what ``export_calendar(planner, options)`` would write, without writing anything."""
    from cica_planner.services.ical_export import ExportOptions, select_events

    assert isinstance(options, ExportOptions)
    chosen: list[Event] = select_events(planner, options)
    left_out = 0
    if not options.include_unscheduled:
        with_undated = select_events(planner, replace(options, include_unscheduled=True))
        left_out = len(with_undated) - len(chosen)
    if options.start is None and options.end is None:
        # Events with no date at all are never written (no calendar can show them): say so too.
        left_out += sum(
            event.precision is Precision.UNDATED and (not options.categories or event.category in options.categories)
            for event in planner.all_events()
        )
    alarms = sum(not event.all_day for event in chosen) if options.alarm_minutes else 0
    return ExportPreview(len(chosen), left_out, alarms, options.alarm_minutes, options.include_tasks)
