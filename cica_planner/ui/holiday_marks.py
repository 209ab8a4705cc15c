"""Holiday marks of the calendar views: which days are public holidays in the chosen countries,
which are the host's weekend, which fall in Ramadan — and the painting helpers that draw them.

The views call these helpers from small hooks. Marks live in a day cell's label row (month),
the day header (week) or a cell's corner (year), never over an event, so a marked day shows
exactly the events it shows without marks. Answers are cached per day on top of the holiday
calendar's cache per (country, year): a month switch reads 42 cached days.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from cica_planner.i18n.terms import country_name as cica_country_name
from cica_planner.services.scheduling.holiday_calendar import Holiday, HolidayCalendar, country_name, holiday_base_name
from cica_planner.services.scheduling.ramadan import Ramadan, ramadan_on
from cica_planner.ui import style

HOST_HOLIDAY_COLOUR = "#c62828"
HOLIDAY_COLOUR = "#8e5a00"
HOST_WEEKEND_BACKGROUND = "#f1f2f5"
RAMADAN_COLOUR = "#2e8b57"
#: At most this many holidays are listed in a tooltip; the rest are counted.
TOOLTIP_LINES = 14


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class DayMarks(NamedTuple):
    holidays: tuple[Holiday, ...] = ()
    host_weekend: bool = False
    ramadan: Ramadan | None = None

    @property
    def empty(self) -> bool:
        return not self.holidays and not self.host_weekend and self.ramadan is None


class HolidayMarks:
    """The marks of ``countries`` (the host's first) with ``host``'s weekend shaded."""

    def __init__(self, calendar: HolidayCalendar, countries: Sequence[str], host: str, *, ramadan: bool = True) -> None:
        self.calendar = calendar
        self.host = host
        self.countries = tuple(dict.fromkeys([host, *countries] if host in countries else countries))
        self.show_ramadan = ramadan
        self._days: dict[date, DayMarks] = {}
        self._labels: dict[date, str] = {}
        self.elided: dict[tuple[date, int], str] = {}  # painted label texts by day and width

    def on(self, day: date) -> DayMarks:
        marks = self._days.get(day)
        if marks is None:
            with self.calendar.batch():  # a new year of every country shown: one write of the holiday cache
                found = tuple(h for country in self.countries for h in self.calendar.holidays_on(country, day))
                weekend = bool(self.host) and self.calendar.is_weekend(self.host, day)
            marks = DayMarks(found, weekend, ramadan_on(day) if self.show_ramadan else None)
            self._days[day] = marks
        return marks

    def host_holiday(self, day: date) -> bool:
        return any(h.country == self.host for h in self.on(day).holidays)

    def label(self, day: date) -> str:
        """A short text for a day cell: 'Nowruz', 'Eid al-Fitr · 19', 'Pakistan Day +2'."""
        text = self._labels.get(day)
        if text is None:
            text = self._labels[day] = self._label(day)
        return text

    def _label(self, day: date) -> str:
        holidays = self.on(day).holidays
        if not holidays:
            return ""
        first = next((h for h in holidays if h.country == self.host), holidays[0])
        base = holiday_base_name(first.name)
        same = {h.country for h in holidays if holiday_base_name(h.name) == base}
        others = len({h.country for h in holidays} - same)
        text = base if len(same) == 1 else f"{base} · {len(same)}"
        return f"{text} +{others}" if others else text

    def tooltip_html(self, day: date) -> str:
        """The holidays of ``day`` by country (names in English and the country's language)."""
        from html import escape  # a tooltip's, not the first paint's: html's tables cost an import

        marks = self.on(day)
        lines = []
        for holiday in marks.holidays[:TOOLTIP_LINES]:
            who = _country(holiday.country)
            if holiday.country == self.host:
                who = QCoreApplication.translate("HolidayMarks", "{country} (host)").format(country=who)
            lines.append(f"{escape(who)}: {escape(holiday.label)}")
        if len(marks.holidays) > TOOLTIP_LINES:
            lines.append(QCoreApplication.translate("HolidayMarks", "… and {count} more").format(count=len(marks.holidays) - TOOLTIP_LINES))
        if marks.host_weekend:
            lines.append(QCoreApplication.translate("HolidayMarks", "Weekend in {country} ({days})").format(country=escape(_country(self.host)),
                                                                    days=self.calendar.weekend_text(self.host)))
        if marks.ramadan is not None:
            lines.append(QCoreApplication.translate("HolidayMarks", "{ramadan} (Umm al-Qura)").format(ramadan=marks.ramadan.label))
        return "<br>".join(lines)


def _country(code: str) -> str:
    """The country as CICA names it in the chosen language (the holiday calendar's English name otherwise)."""
    return cica_country_name(code, country_name(code))


# -- painting helpers ------------------------------------------------------------------------


def paint_weekend(painter: QPainter, rect: QRectF) -> None:
    style.fill_rect(painter, rect, QColor(HOST_WEEKEND_BACKGROUND))


def paint_cell_label(painter: QPainter, marks: HolidayMarks, day: date, rect: QRectF, used_width: float,
                     base: QFont) -> QRectF | None:
    """Draw the day's holiday name in the label row right of the day number; return where it went."""
    text = marks.label(day)
    if not text:
        return None
    host = marks.host_holiday(day)
    font, metrics = _label_font(base, host)
    left = rect.left() + used_width + 6
    room = rect.right() - left - 2
    if room < 18:
        return None
    colour = QColor(HOST_HOLIDAY_COLOUR if host else HOLIDAY_COLOUR)
    dot = QPointF(left + 3, rect.center().y())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(dot, 2.5, 2.5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setFont(font)
    painter.setPen(colour)
    text_rect = QRectF(left + 9, rect.top(), room - 9, rect.height())
    width = int(text_rect.width())
    shown = marks.elided.get((day, width))
    if shown is None:  # eliding is the dearest step of painting a label: once per day and width
        shown = marks.elided[(day, width)] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
    return QRectF(left, rect.top(), room, rect.height())


_FONTS: dict[tuple[str, bool], tuple[QFont, QFontMetrics]] = {}


def _label_font(base: QFont, bold: bool) -> tuple[QFont, QFontMetrics]:
    """The label font and its metrics, made once per base font (a month page paints 42 labels)."""
    key = (base.key(), bold)
    if key not in _FONTS:
        font = style.ui_font(8.0, bold=bold, base=base)
        _FONTS[key] = (font, QFontMetrics(font))
    return _FONTS[key]


def paint_year_cell(painter: QPainter, marks: HolidayMarks, day: date, rect: QRectF) -> None:
    """A dot in the corner of a holiday and a Ramadan band under the day (year view)."""
    day_marks = marks.on(day)
    if day_marks.ramadan is not None:
        style.fill_rect(painter, QRectF(rect.left(), rect.bottom() - 2.5, rect.width(), 2.5), QColor(RAMADAN_COLOUR))
    if day_marks.holidays:
        colour = QColor(HOST_HOLIDAY_COLOUR if marks.host_holiday(day) else HOLIDAY_COLOUR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(rect.right() - 3.5, rect.top() + 3.5), 2.2, 2.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def year_legend_width(marks: HolidayMarks, font: QFont) -> float:
    """How wide ``paint_year_legend`` draws its legend (the year view wraps its own legend to keep clear of it)."""
    metrics = QFontMetrics(font)
    return sum(metrics.horizontalAdvance(text) + 4 + 16 + 14 for _colour, _shape, text in _year_legend_entries(marks))


def _year_legend_entries(marks: HolidayMarks) -> list[tuple[str, str, str]]:
    entries = [
        (HOST_HOLIDAY_COLOUR, "dot", QCoreApplication.translate("HolidayMarks", "holiday in {country}").format(country=marks.host)),
        (HOLIDAY_COLOUR, "dot", QCoreApplication.translate("HolidayMarks", "other holidays")),
        (RAMADAN_COLOUR, "band", QCoreApplication.translate("HolidayMarks", "Ramadan")),
        (HOST_WEEKEND_BACKGROUND, "box", QCoreApplication.translate("HolidayMarks", "weekend in {country}").format(country=marks.host)),
    ]
    if len(marks.countries) <= 1:
        entries.pop(1)
    return entries


def paint_year_legend(painter: QPainter, marks: HolidayMarks, right: float, top: float, font: QFont) -> None:
    """Right-aligned legend of the marks: host holiday, other holidays, Ramadan, host weekend."""
    metrics = QFontMetrics(font)
    painter.setFont(font)
    x = right
    for colour, shape, text in reversed(_year_legend_entries(marks)):
        width = metrics.horizontalAdvance(text) + 4
        x -= width
        painter.setPen(QColor(style.MUTED_TEXT))
        painter.drawText(QRectF(x, top, width, 16), int(Qt.AlignmentFlag.AlignVCenter), text)
        x -= 16
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        if shape == "dot":
            painter.drawEllipse(QPointF(x + 6, top + 8), 3, 3)
        elif shape == "band":
            painter.drawRect(QRectF(x, top + 6.5, 12, 3))
        else:
            painter.setPen(QPen(QColor(style.GRID_LINE_STRONG), 1.0))
            painter.drawRect(QRectF(x, top + 2, 12, 12))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x -= 14
