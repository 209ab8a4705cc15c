"""Qt's dates and times as Python's, with their types.

PySide6 converts ``QDate``, ``QTime`` and ``QDateTime`` with ``toPython()``, but its stubs
declare the result as ``object``. These say once what it is (a date, a time, a naive
datetime), so the dialogs get typed values instead of a cast at every field.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QTime


def to_date(value: QDate) -> date:
    return cast(date, value.toPython())


def to_time(value: QTime) -> time:
    return cast(time, value.toPython())


def to_datetime(value: QDateTime) -> datetime:
    """The wall-clock date and time the value shows (naive: Qt's time spec is not carried over)."""
    return cast(datetime, value.toPython())
