"""The month grid's lane packing and the shared paint fonts give what the plain versions gave."""

from __future__ import annotations

import random

from PySide6.QtGui import QFont

from cica_planner.ui.views.lanes import LaneGrid
from cica_planner.ui.views.painting import item_font, shared_font, shared_item_font


def _scan_place(lanes: list[list[bool]], columns: int, first: int, last: int) -> int:
    """The greedy placement written plainly: the first lane free over the span, else a new lane."""
    for index, lane in enumerate(lanes):
        if not any(lane[first:last + 1]):
            lane[first:last + 1] = [True] * (last - first + 1)
            return index
    lanes.append([first <= column <= last for column in range(columns)])
    return len(lanes) - 1


def test_lanes_match_the_plain_greedy_scan_on_random_rows() -> None:
    chooser = random.Random(15)
    placed = 0
    for _ in range(2000):
        grid, reference = LaneGrid(7), []
        for _ in range(chooser.randint(1, 60)):
            first = chooser.randint(0, 6)
            last = chooser.choice([first, chooser.randint(first, 6)])  # many one-day items, as in a busy month
            assert grid.place(first, last) == _scan_place(reference, 7, first, last)
            placed += 1
    assert placed > 50_000


def test_shared_fonts_are_the_item_fonts_made_once(qapp) -> None:
    from datetime import date

    from cica_planner.domain.model import Category, Event, EventStatus, Occurrence
    from cica_planner.ui.views.items import prepare_items

    base = QFont()
    for status in EventStatus:
        event = Event(title="Meeting", category=Category.SOC, start=date(2024, 3, 1), end=date(2024, 3, 2), status=status)
        item = prepare_items([Occurrence(event, event.start, event.end)], "Asia/Almaty")[0]
        font, metrics = shared_item_font(base, item)
        assert font == item_font(base, item)
        assert metrics.height() > 0
        assert shared_item_font(base, item)[0] is font  # made once
    plain, _metrics = shared_font(base, 9.0)
    assert (plain.pointSizeF(), plain.italic(), plain.strikeOut()) == (9.0, False, False)
