"""A repeat rule in words, in the user's language, for the event editor's preview.

``domain.recurrence.describe_rule`` says a rule in English for every rule the calendar reads.
This module says the common rules in the chosen language with Qt's plural forms: every N days,
weeks (on given weekdays), months (on a day of the month) or years (on a day of a month), for a
number of times or until a day. For any other rule it returns None and the caller falls back to
the domain's English words, which stay exact.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from cica_planner.domain.model import Moment
from cica_planner.domain.recurrence import HORIZON_DESCRIBE_YEARS, parse_rule, wall_time

_HANDLED = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST"}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class RuleWords(QObject):
    """Words a repeat rule (a QObject for its translation context)."""

    def describe(self, rule_text: str, start: Moment) -> str | None:
        """'every year on 27 June, 3 times' in the user's language; None for a rule it does not word."""
        parts = {key.strip().upper(): value.strip().upper()
                 for key, value in (p.split("=", 1) for p in rule_text.strip().removeprefix("RRULE:").split(";") if "=" in p)}
        if not set(parts) <= _HANDLED:
            return None
        first = wall_time(start).date()
        interval = int(parts.get("INTERVAL", "1") or "1")
        every = self._every(parts.get("FREQ", ""), interval)
        on = self._on(parts, first)
        if every is None or on is None:
            return None
        text = self.tr("{every} {on}", "a rule: how often, then on which days").format(every=every, on=on) if on else every
        if "COUNT" in parts:
            text = self.tr("{rule}, %n time(s)", "", int(parts["COUNT"])).format(rule=text)
        elif "UNTIL" in parts:
            last = self._last(rule_text, start)
            if last is not None:
                text = self.tr("{rule}, until {day}").format(rule=text, day=_long_date(last))
        return text

    def _every(self, freq: str, interval: int) -> str | None:
        if freq == "DAILY":
            return self.tr("every day") if interval == 1 else self.tr("every %n day(s)", "", interval)
        if freq == "WEEKLY":
            return self.tr("every week") if interval == 1 else self.tr("every %n week(s)", "", interval)
        if freq == "MONTHLY":
            return self.tr("every month") if interval == 1 else self.tr("every %n month(s)", "", interval)
        if freq == "YEARLY":
            return self.tr("every year") if interval == 1 else self.tr("every %n year(s)", "", interval)
        return None

    def _on(self, parts: dict[str, str], first: date) -> str | None:
        """Which days: '' when the frequency says it all, None when the rule is beyond these words."""
        freq = parts.get("FREQ", "")
        days = [d for d in parts.get("BYDAY", "").split(",") if d]
        month_days = [d for d in parts.get("BYMONTHDAY", "").split(",") if d]
        months = [m for m in parts.get("BYMONTH", "").split(",") if m]
        if any(d not in _WEEKDAYS for d in days) or any(not d.isdigit() for d in month_days + months):
            return None  # ordinals ("2TU"), days from the end ("-1"): the domain's words
        if freq == "DAILY":
            return "" if not (days or month_days or months) else None
        if freq == "WEEKLY" and not (month_days or months):
            chosen = [_WEEKDAYS.index(d) + 1 for d in days] or [first.isoweekday()]
            return self.tr("on {weekdays}").format(weekdays=", ".join(self._weekday_plural(d) for d in chosen))
        if freq == "MONTHLY" and not (days or months) and len(month_days) <= 1:
            day = int(month_days[0]) if month_days else first.day
            return self.tr("on day {day}", "of each month").format(day=day)
        if freq == "YEARLY" and not days and len(month_days) <= 1 and len(months) <= 1:
            month = int(months[0]) if months else first.month
            day = int(month_days[0]) if month_days else first.day
            return self.tr("on {day_and_month}", "of each year").format(day_and_month=_day_and_month(day, month))
        return None

    def _weekday_plural(self, iso_weekday: int) -> str:
        """'Mondays' … as in 'every week on Mondays' ('по понедельникам')."""
        return (self.tr("Mondays"), self.tr("Tuesdays"), self.tr("Wednesdays"), self.tr("Thursdays"),
                self.tr("Fridays"), self.tr("Saturdays"), self.tr("Sundays"))[iso_weekday - 1]

    @staticmethod
    def _last(rule_text: str, start: Moment) -> date | None:
        """The last occurrence before UNTIL (looked up only when near, as the domain's words do)."""
        rule = parse_rule(rule_text, start)
        until = getattr(rule, "_until", None)  # dateutil keeps the bound privately
        if until is None:
            return None
        if until.year - wall_time(start).year > HORIZON_DESCRIBE_YEARS:
            return until.date()
        last = rule.before(until, inc=True)
        return last.date() if last is not None else None


def _day_and_month(day: int, month: int) -> str:
    """'27 June' / '27 июня' (a leap year, so that 29 February can be named)."""
    return QLocale().toString(QDate(2024, month, min(day, QDate(2024, month, 1).daysInMonth())), "d MMMM")


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
