"""The laid-out pieces of the month view: bar segments, timed events and week rows, and what is drawn.

``MonthView`` fills these in when its items or anchor change and gives them rectangles on
resize; painting and hit-testing only read them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from cica_planner.domain.model import Occurrence
from cica_planner.ui.records import Record
from cica_planner.ui.views.items import ViewItem
from cica_planner.ui.views.painting import crisp

WEEKS = 6
DAYS = 7


class BarSegment(Record):
    """The part of a bar inside one week row (columns inclusive)."""

    __slots__ = ("item", "row", "first", "last", "lane", "continues_left", "continues_right")

    def __init__(self, item: ViewItem, row: int, first: int, last: int, lane: int, continues_left: bool,
                 continues_right: bool) -> None:
        self.item = item
        self.row = row
        self.first = first
        self.last = last
        self.lane = lane
        self.continues_left = continues_left
        self.continues_right = continues_right


class TimedSingle(Record):
    """A timed one-day event in one cell."""

    __slots__ = ("item", "row", "column", "lane")

    def __init__(self, item: ViewItem, row: int, column: int, lane: int) -> None:
        self.item = item
        self.row = row
        self.column = column
        self.lane = lane


class Chip(Record):
    """One drawn event rectangle (a visible run of a bar, or a timed line).

    Attributes:
        first_day: first day the rectangle covers.
        last_day: last day it covers (inclusive).
        kind: 'bar' or 'timed'.
        text: a bar's label (its start time leads on the day a timed bar starts); '' for a timed line.
    """

    __slots__ = ("rect", "item", "kind", "first_day", "last_day", "round_left", "round_right", "text")

    def __init__(self, rect: QRectF, item: ViewItem, kind: str, first_day: date, last_day: date,
                 round_left: bool = True, round_right: bool = True, text: str = "") -> None:
        self.rect = rect
        self.item = item
        self.kind = kind
        self.first_day = first_day
        self.last_day = last_day
        self.round_left = round_left
        self.round_right = round_right
        self.text = text


class MoreLink(Record):
    """The '+N more' link of an overflowing day."""

    __slots__ = ("rect", "day", "count")

    def __init__(self, rect: QRectF, day: date, count: int) -> None:
        self.rect = rect
        self.day = day
        self.count = count


class WeekRow(Record):
    """The bars and timed events of one week row, and the lanes taken in each of its days.

    ``used_lanes``: per day, the lanes holding an item as the bits of an integer (bit ``n``: lane
    ``n``); no two items share a lane on a day, so the bits count the day's items.
    """

    __slots__ = ("segments", "singles", "used_lanes")

    def __init__(self) -> None:
        self.segments: list[BarSegment] = []
        self.singles: list[TimedSingle] = []
        self.used_lanes: list[int] = [0] * DAYS


def grid_lines(cells: list[QRectF]) -> list[QRectF]:
    """The lines between the month's cells (given row by row), as the rectangles a 1-pixel pen's lines cover.

    Each line lies on pixel centres so it stays sharp, and is given as what it covers: one pixel
    wide, its ends half a pixel longer (a pen's square caps). Filled in one call, the rectangles
    give the pixels of drawing each line, without stroking seventy antialiased lines per paint.
    """
    lines: list[QRectF] = []
    for index, cell in enumerate(cells):
        if index % DAYS:
            x = crisp(cell.left()) - 0.5
            lines.append(QRectF(x, cell.top() - 0.5, 1.0, cell.height() + 1.0))
        if index >= DAYS:
            y = crisp(cell.top()) - 0.5
            lines.append(QRectF(cell.left() - 0.5, y, cell.width() + 1.0, 1.0))
    return lines


class PaintedAhead:  # a plain class, not a dataclass: this module is imported before the first paint
    """A page the month view painted out of sight (``MonthView.rehearse``): what it was made from and made.

    Attributes:
        occurrences: the occurrences it was given (the page's items are reused only for these same objects).
        display_tz: the zone they were laid out in.
        today: the day the clock told then (it decides "Outcome to confirm").
        language: the language then (it names the periods of events not fixed to a day).
        items, rows, unscheduled: the display items, the week rows' lanes and the strip's items.
        image: the page as painted, for a paint whose every input matches ``paint_key``.
        paint_key: what the paint depended on (``MonthView._paint_key``).
    """

    __slots__ = ("display_tz", "image", "items", "language", "occurrences", "paint_key", "rows", "today", "unscheduled")

    def __init__(self, occurrences: list[Occurrence], display_tz: str, today: date, language: str, items: list[ViewItem],
                 rows: list[WeekRow], unscheduled: list[ViewItem], image: QImage, paint_key: tuple[object, ...]) -> None:
        self.occurrences = occurrences
        self.display_tz = display_tz
        self.today = today
        self.language = language
        self.items = items
        self.rows = rows
        self.unscheduled = unscheduled
        self.image = image
        self.paint_key = paint_key

    def made_from(self, occurrences: list[Occurrence], display_tz: str, today: date, language: str) -> bool:
        """Whether laying out ``occurrences`` in ``display_tz`` on ``today`` in ``language`` gives this page's items and rows."""
        mine = self.occurrences
        return (display_tz == self.display_tz and today == self.today and language == self.language
                and len(occurrences) == len(mine)
                and all(given is kept for given, kept in zip(occurrences, mine, strict=True)))
