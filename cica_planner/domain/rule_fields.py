"""Typed reads of the rule fields python-dateutil keeps private.

``dateutil.rrule.rrule`` parses FREQ, COUNT, UNTIL and the times of day but offers no public
accessor for them (its type stubs rightly leave the private attributes out), so this is the one
place that reaches into the instance, and the callers get typed values.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # the first paint of a page without a series never imports dateutil (see below)
    from dateutil.rrule import rrule

# dateutil's frequencies (``dateutil.rrule.YEARLY`` … ``DAILY``), written out: the modules that name
# them (the model, through its rules, and the expansion) are imported before the first paint, which
# needs dateutil only when the page shows a series.
YEARLY = 0
MONTHLY = 1
WEEKLY = 2
DAILY = 3


def rule_frequency(rule: rrule) -> int:
    """FREQ as dateutil's constant (YEARLY = 0 … SECONDLY = 6)."""
    return cast(int, vars(rule)["_freq"])


def rule_times_of_day(rule: rrule) -> tuple[object, ...]:
    """The times of day the rule occurs at (several when BYHOUR/BYMINUTE/BYSECOND list several values)."""
    return tuple(cast("tuple[object, ...] | None", vars(rule)["_timeset"]) or ())


def rule_count(rule: rrule) -> int | None:
    """COUNT, or None when the rule has none."""
    return cast("int | None", vars(rule)["_count"])


def rule_until(rule: rrule) -> datetime | None:
    """UNTIL (naive when the rule was parsed with ``ignoretz``), or None when the rule has none."""
    return cast("datetime | None", vars(rule)["_until"])


def rule_start(rule: rrule) -> datetime:
    """DTSTART as the rule holds it (dateutil drops the microseconds)."""
    return cast(datetime, vars(rule)["_dtstart"])


def rule_interval(rule: rrule) -> int:
    """INTERVAL (1 when the rule has none)."""
    return cast(int, vars(rule)["_interval"])
