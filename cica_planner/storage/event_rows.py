"""An event as the columns of its row.

:func:`event_columns` and :func:`override_columns` are what ``repositories.event_to_row``
writes (a test keeps them equal), for the bulk insert of an import
(:mod:`cica_planner.storage.event_bulk`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cica_planner.domain.model import Event, Override
from cica_planner.domain.series_reach import stored_span
from cica_planner.storage.row_reading import moment_to_text


def event_columns(event: Event) -> dict[str, Any]:
    """The stored columns of ``event`` (as ``event_to_row`` writes them), without id and signature."""
    start, end = event.start, event.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        start_utc, end_utc, start_day, end_day = start.astimezone(UTC), end.astimezone(UTC), None, None
    else:
        start_utc = end_utc = None
        start_day, end_day = start, end
    series_first_utc, series_last_utc = stored_span(event)
    return {
        "uid": event.uid,
        "title": event.title,
        "category": event.category.value,
        "all_day": event.all_day,
        "start_utc": start_utc,
        "end_utc": end_utc,
        "start_day": start_day,
        "end_day": end_day,
        "tzid": event.tzid,
        "precision": event.precision.value,
        "period_part": event.period_part.value if event.period_part else None,
        "city": event.city,
        "country": event.country,
        "venue": event.venue,
        "mode": event.mode.value,
        "status": event.status.value,
        "organiser": event.organiser,
        "description": event.description,
        "rrule": event.rrule or None,
        "exdates": ",".join(moment_to_text(m) for m in event.exdates),
        "rdates": ",".join(moment_to_text(m) for m in event.rdates),
        "extra_rules": "\n".join(event.extra_rules),
        "sequence": event.sequence,
        "created": event.created,
        "last_modified": event.last_modified,
        "series_first_utc": series_first_utc,
        "series_last_utc": series_last_utc,
    }


def override_columns(override: Override, event_id: int) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "recurrence_id": moment_to_text(override.recurrence_id),
        "this_and_future": override.this_and_future,
        "start": moment_to_text(override.start),
        "end": moment_to_text(override.end),
        "title": override.title,
        "category": override.category.value,
        "city": override.city,
        "country": override.country,
        "venue": override.venue,
        "mode": override.mode.value,
        "status": override.status.value,
        "organiser": override.organiser,
        "description": override.description,
        "sequence": override.sequence,
    }
