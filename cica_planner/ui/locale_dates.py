"""Dates in the chosen language for the UI (see cica_planner.i18n.dates).

The code lives in ``cica_planner.i18n`` so that the status report, which the command line also
writes, uses the same words without importing the UI; views, dialogs and widgets import it from here.
"""

from __future__ import annotations

from cica_planner.i18n.dates import (
    FIRST_DAY_OF_WEEK,
    QT_FIRST_DAY_OF_WEEK,
    LocaleDates,
    changed_by_text,
    counted,
    date_text,
    day_month_text,
    day_range_text,
    days_text,
    deadline_text,
    long_date_text,
    month_name,
    month_title,
    number_text,
    period_text,
    quarter_text,
    relative_day_text,
    tbc_text,
    time_text,
    week_days,
    weekday_date_text,
    weekday_name,
    when_text,
    window_text,
)

__all__ = [
    "changed_by_text",
    "FIRST_DAY_OF_WEEK",
    "QT_FIRST_DAY_OF_WEEK",
    "LocaleDates",
    "counted",
    "month_name",
    "weekday_name",
    "week_days",
    "month_title",
    "date_text",
    "long_date_text",
    "weekday_date_text",
    "day_month_text",
    "time_text",
    "number_text",
    "day_range_text",
    "window_text",
    "quarter_text",
    "period_text",
    "tbc_text",
    "days_text",
    "when_text",
    "deadline_text",
    "relative_day_text",
]
