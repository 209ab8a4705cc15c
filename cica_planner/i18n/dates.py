"""Dates as users read them in the chosen language: month and weekday names, days, ranges, TBC and window labels.

Every view, dialog, tooltip and report of the UI formats dates here rather than with
``strftime`` (always English) or the helpers of ``domain.periods`` (English for the command
line and the exports). Names and formats come from the ``QLocale`` of the chosen language
(:func:`cica_planner.i18n.language.ui_locale`); the words around them come from the
translation catalogue, so English reads exactly as the domain's labels did:
'11 Nov 2024', '24–25 Oct 2024', 'Q4 2024 (provisional)', 'T−30 days'.

The week starts on Monday in both languages, as it does in Kazakhstan and in the
Secretariat's calendars, whatever the system locale says.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.model import Event, PeriodPart, Precision
from cica_planner.i18n.language import ui_locale

if TYPE_CHECKING:
    from cica_planner.domain.tasks import RelativeDeadline

# ISO weekday the week starts on (Monday), for every grid, picker and week number.
FIRST_DAY_OF_WEEK = 1

_ROMAN_QUARTERS = ("I", "II", "III", "IV")

class LocaleDates(QObject):
    """Counted words ("%n day(s)"): Qt's plural forms need a tr() call that lupdate reads as one with a count."""

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)

    def weeks(self, count: int) -> str:
        return self.tr("%n week(s)", "", count)

    def months(self, count: int) -> str:
        return self.tr("%n month(s)", "", count)

    def in_days(self, count: int) -> str:
        return self.tr("in %n day(s)", "", count)

    def days_ago(self, count: int) -> str:
        return self.tr("%n day(s) ago", "", count)


_counted: LocaleDates | None = None


def counted() -> LocaleDates:
    """The shared counter of days, weeks and months (created on first use, after the application)."""
    global _counted
    if _counted is None:
        _counted = LocaleDates()
    return _counted


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else ui_locale()


# -- names -------------------------------------------------------------------------------


def month_name(month: int, short: bool = False, locale: QLocale | None = None) -> str:
    """The month on its own, as a column or menu shows it: 'November' / 'ноябрь', 'Nov' / 'нояб.'."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _locale(locale).standaloneMonthName(month, form)


def weekday_name(iso_weekday: int, short: bool = False, locale: QLocale | None = None) -> str:
    """Monday is 1: 'Monday' / 'понедельник', 'Mon' / 'пн'."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _locale(locale).standaloneDayName(iso_weekday, form)


def week_days() -> list[int]:
    """ISO weekdays in the order a week is drawn: Monday first."""
    return [(FIRST_DAY_OF_WEEK - 1 + offset) % 7 + 1 for offset in range(7)]


def month_title(year: int, month: int, locale: QLocale | None = None) -> str:
    """A month page's title: 'November 2024' / 'Ноябрь 2024'."""
    name = month_name(month, locale=locale)
    return QCoreApplication.translate("LocaleDates", "{month} {year}").format(month=name[:1].upper() + name[1:], year=year)


# -- single days and times -----------------------------------------------------------------


def date_text(day: date, locale: QLocale | None = None) -> str:
    """'11 Nov 2024' / '11 нояб. 2024'."""
    return _locale(locale).toString(_qdate(day), "d MMM yyyy")


def long_date_text(day: date, locale: QLocale | None = None) -> str:
    """'11 November 2024' / '11 ноября 2024'."""
    return _locale(locale).toString(_qdate(day), "d MMMM yyyy")


def weekday_date_text(day: date, locale: QLocale | None = None) -> str:
    """A day heading: 'Mon 11 Nov 2024' / 'пн, 11 нояб. 2024'."""
    text = _locale(locale).toString(_qdate(day), "d MMM yyyy")
    return QCoreApplication.translate("LocaleDates", "{weekday} {date}").format(weekday=weekday_name(day.isoweekday(), True, locale), date=text)


def day_month_text(day: date, locale: QLocale | None = None) -> str:
    """'11 Nov' / '11 нояб.' (a column header inside one year)."""
    return _locale(locale).toString(_qdate(day), "d MMM")


def time_text(moment: time | datetime, locale: QLocale | None = None) -> str:
    """'14:30' in both languages (the Secretariat writes the 24-hour clock)."""
    return _locale(locale).toString(QTime(moment.hour, moment.minute), "HH:mm")


# -- ranges, periods and TBC labels --------------------------------------------------------


def day_range_text(first: date, last: date, locale: QLocale | None = None) -> str:
    """'11 Nov 2024', '24–25 Oct 2024', '30 Sep – 2 Oct 2024', '30 Dec 2024 – 2 Jan 2025'."""
    loc = _locale(locale)
    if first == last:
        return date_text(first, loc)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{loc.toString(_qdate(last), 'd MMM yyyy')}"
    if first.year == last.year:
        return f"{loc.toString(_qdate(first), 'd MMM')} – {date_text(last, loc)}"
    return f"{date_text(first, loc)} – {date_text(last, loc)}"


def window_text(first: date, last: date, locale: QLocale | None = None) -> str:
    """One unknown day of first..last: 'between 14 and 17 Apr 2024, day not known'."""
    loc = _locale(locale)
    if first == last:
        return date_text(first, loc)
    if first.year != last.year:
        start = date_text(first, loc)
    elif first.month != last.month:
        start = loc.toString(_qdate(first), "d MMM")
    else:
        start = str(first.day)
    return QCoreApplication.translate("LocaleDates", "between {first} and {last}, day not known").format(first=start, last=date_text(last, loc))


def quarter_text(start: date) -> str:
    """'Q4 2024' / 'IV кв. 2024'."""
    quarter = (start.month - 1) // 3 + 1
    return QCoreApplication.translate("LocaleDates", "Q{number} {year}").format(number=quarter, roman=_ROMAN_QUARTERS[quarter - 1], year=start.year)


def period_text(
    precision: Precision, start: date, part: PeriodPart | None = None, last: date | None = None,
    locale: QLocale | None = None,
) -> str:
    """'Q4 2024', 'early October 2024', '2026', 'undated' — and in Russian 'IV кв. 2024', 'начало октября 2024'."""
    loc = _locale(locale)
    if precision is Precision.UNDATED:
        return QCoreApplication.translate("LocaleDates", "undated")
    if precision is Precision.WINDOW:
        return window_text(start, last or start, loc)
    if precision is Precision.DAY:
        return date_text(start, loc)
    if precision is Precision.MONTH:
        if part is None:
            return QCoreApplication.translate("LocaleDates", "{month} {year}").format(month=month_name(start.month, locale=loc), year=start.year)
        # Inside a phrase Russian takes the month in the genitive ('начало октября'): the format form.
        month = loc.monthName(start.month, QLocale.FormatType.LongFormat)
        patterns = {
            PeriodPart.EARLY: QCoreApplication.translate("LocaleDates", "early {month} {year}"),
            PeriodPart.MID: QCoreApplication.translate("LocaleDates", "mid {month} {year}"),
            PeriodPart.LATE: QCoreApplication.translate("LocaleDates", "late {month} {year}"),
        }
        return patterns[part].format(month=month, year=start.year)
    if precision is Precision.QUARTER:
        quarter = quarter_text(start)
        if part is None:
            return quarter
        patterns = {
            PeriodPart.EARLY: QCoreApplication.translate("LocaleDates", "early {quarter}"),
            PeriodPart.MID: QCoreApplication.translate("LocaleDates", "mid {quarter}"),
            PeriodPart.LATE: QCoreApplication.translate("LocaleDates", "late {quarter}"),
        }
        return patterns[part].format(quarter=quarter)
    year = QCoreApplication.translate("LocaleDates", "{year}", "a date known only to its year").format(year=start.year)
    if part is None:
        return year
    patterns = {
        PeriodPart.EARLY: QCoreApplication.translate("LocaleDates", "early {year}"),
        PeriodPart.MID: QCoreApplication.translate("LocaleDates", "mid {year}"),
        PeriodPart.LATE: QCoreApplication.translate("LocaleDates", "late {year}"),
    }
    return patterns[part].format(year=start.year)


def tbc_text(precision: Precision, start: date, part: PeriodPart | None = None, locale: QLocale | None = None) -> str:
    """A date still to be confirmed: 'Q4 2024 (provisional)' / 'IV кв. 2024 — дата уточняется'."""
    return QCoreApplication.translate("LocaleDates", "{period} (provisional)").format(period=period_text(precision, start, part, locale=locale))


def days_text(
    precision: Precision, first: date, last: date, period_part: PeriodPart | None = None,
    locale: QLocale | None = None,
) -> str:
    """An event's days in the chosen language (the UI's counterpart of ``domain.periods.days_label``)."""
    if precision in (Precision.WINDOW, Precision.UNDATED):
        return period_text(precision, first, None, last, locale)
    if precision is not Precision.DAY:
        return tbc_text(precision, first, period_part, locale)
    return day_range_text(first, last, locale)


def when_text(event: Event, locale: QLocale | None = None) -> str:
    """The event's days as people write them, in the chosen language."""
    return days_text(event.precision, event.local_start_date(), event.local_end_date(), event.period_part, locale)


# -- deadlines -----------------------------------------------------------------------------


def deadline_text(offset: RelativeDeadline) -> str:
    """'T−30 days' / 'T−30 дней', 'T+1 month' / 'T+1 месяц', 'end+14 days' / 'оконч.+14 дней'."""
    from cica_planner.domain.tasks import Anchor, OffsetUnit  # here: the window's first paint needs no checklist

    anchor = "T" if offset.anchor is Anchor.START else QCoreApplication.translate("LocaleDates", "end", "a deadline counted from the event's last day")
    sign = "−" if offset.amount < 0 else "+"
    size = abs(offset.amount)
    words = counted()
    amount = {
        OffsetUnit.DAYS: words.days, OffsetUnit.WEEKS: words.weeks, OffsetUnit.MONTHS: words.months,
    }[offset.unit](size)
    return f"{anchor}{sign}{amount}"


def relative_day_text(day: date, today: date) -> str:
    """'today', 'tomorrow', 'yesterday', 'in 3 days', '2 days ago' (the caller passes the clock's today)."""
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("LocaleDates", "today")
    if delta == 1:
        return QCoreApplication.translate("LocaleDates", "tomorrow")
    if delta == -1:
        return QCoreApplication.translate("LocaleDates", "yesterday")
    return counted().in_days(delta) if delta > 0 else counted().days_ago(-delta)


# -- who changed what, when ---------------------------------------------------------------


def changed_by_text(changed_by: str, changed_at: datetime | None) -> str:
    """'Aigerim (aigerim) at 14:05 on 2 Dec 2024 (Astana time)' in the chosen language, or what of it is known.

    The UI's counterpart of ``services.concurrency.changed_by_text`` (which the command line keeps).
    """
    who = changed_by or QCoreApplication.translate("LocaleDates", "someone else")
    if changed_at is None:
        return who
    local = changed_at.astimezone(UTC).astimezone(ZoneInfo(HOME_ZONE))
    return QCoreApplication.translate("LocaleDates", "{who} at {time} on {date} (Astana time)").format(
        who=who, time=time_text(local), date=date_text(local.date()))
