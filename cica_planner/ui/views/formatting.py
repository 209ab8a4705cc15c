"""Dates, spans, UTC offsets and zone names as the calendar views write them.

Day and month names come from the QLocale of the chosen language; the order of the parts
is a Qt date format the translation gives ('dddd d MMMM yyyy' in English, 'dddd, d MMMM
yyyy' in Russian), so English reads exactly as it did with strftime.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate

from cica_planner.i18n.language import ui_locale


def _formatted(day: date, qt_format: str) -> str:
    return ui_locale().toString(QDate(day.year, day.month, day.day), qt_format)


def long_day(day: date) -> str:
    """Return 'Thursday 27 June 2024' / 'четверг, 27 июня 2024'."""
    return _formatted(day, QCoreApplication.translate("ViewDates", "dddd d MMMM yyyy", "Qt date format of a long day"))


def short_day(day: date) -> str:
    """Return 'Thu 27 Jun 2024' / 'чт, 27 июн. 2024'."""
    return _formatted(day, QCoreApplication.translate("ViewDates", "ddd d MMM yyyy", "Qt date format of a short day"))


def span_title(first: date, last: date) -> str:
    """Return '24 – 30 June 2024', '29 July – 4 August 2024' or '30 December 2024 – 5 January 2025'."""
    if first == last:
        return _formatted(first, "d MMMM yyyy")
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {_formatted(last, 'd MMMM yyyy')}"
    if first.year == last.year:
        return f"{_formatted(first, 'd MMMM')} – {_formatted(last, 'd MMMM yyyy')}"
    return f"{_formatted(first, 'd MMMM yyyy')} – {_formatted(last, 'd MMMM yyyy')}"


def format_day_span(first: date, last: date) -> str:
    """Return '27 Jun' or '27 Jun – 11 Jul' for an inclusive span of days."""
    if first == last:
        return _formatted(first, "d MMM")
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {_formatted(last, 'd MMM')}"
    return f"{_formatted(first, 'd MMM')} – {_formatted(last, 'd MMM')}"


def utc_offset_text(moment: datetime) -> str:
    """Return 'UTC+05:00' for an aware datetime."""
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def zone_city(tzid: str) -> str:
    """Return the readable city of an IANA zone ('Asia/Ho_Chi_Minh' -> 'Ho Chi Minh')."""
    return tzid.rsplit("/", 1)[-1].replace("_", " ")
