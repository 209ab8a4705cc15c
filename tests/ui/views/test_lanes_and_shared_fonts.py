"""The month grid's lane packing and the shared paint fonts give what the plain versions gave."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from cica_planner.ui.views.lanes import LaneGrid, lane_limit_of, visible_lane_limit
from cica_planner.ui.views.painting import PaintFonts, draw_line, item_font, shared_font, shared_item_font


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


def test_the_lane_bits_give_the_limits_and_hidden_counts_of_the_lane_lists() -> None:
    """A column's lanes as bits say what the list of its items' lanes says: how many show, how many hide."""
    chooser = random.Random(16)
    for _ in range(500):
        grid, lanes_by_column = LaneGrid(7), [[] for _ in range(7)]
        for _ in range(chooser.randint(0, 40)):
            first = chooser.randint(0, 6)
            last = chooser.choice([first, chooser.randint(first, 6)])
            lane = grid.place(first, last)
            for column in range(first, last + 1):
                lanes_by_column[column].append(lane)
        for used, lanes in zip(grid.used_lanes(), lanes_by_column, strict=True):
            for capacity in range(1, 8):
                limit = visible_lane_limit(lanes, capacity)
                assert lane_limit_of(used, capacity) == limit
                assert (used >> limit).bit_count() == sum(1 for lane in lanes if lane >= limit)


def test_shared_fonts_are_the_item_fonts_made_once(qapp) -> None:
    from datetime import date

    from cica_planner.domain.model import Category, Event, EventStatus, Occurrence
    from cica_planner.ui.views.items import prepare_items

    base = QFont()
    for status in EventStatus:
        event = Event(title="Meeting", category=Category.SOC, start=date(2024, 3, 1), end=date(2024, 3, 2), status=status)
        item = prepare_items([Occurrence(event, event.start, event.end)], "Asia/Almaty")[0]
        shared = shared_item_font(base, item)
        font, metrics = shared.font, shared.metrics
        assert font == item_font(base, item)
        assert metrics.height() > 0
        assert shared_item_font(base, item).font is font  # made once
        assert PaintFonts(base).for_item(item) is shared
    plain = shared_font(base, 9.0).font
    assert (plain.pointSizeF(), plain.italic(), plain.strikeOut()) == (9.0, False, False)


def test_a_line_drawn_at_its_baseline_looks_as_qt_lays_it_out(qapp) -> None:
    """draw_line paints the pixels ``drawText(rect, AlignVCenter | AlignLeft, text)`` paints, for every font and offset."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    def painted(draw) -> QImage:
        image = QImage(260, 60, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(QColor("#1f2937"))
        draw(painter)
        painter.end()
        return image

    fonts = PaintFonts(QFont())
    compared = 0
    for shared in (fonts.get(), fonts.get(bold=True), fonts.get(italic=True), fonts.get(italic=True, strike_out=True), fonts.get(8.0)):
        for text in ("10:00", "Business Forum panel 1234", "Q", "+3 more", "Заседание СДЛ 12", "Ministerial 会议",
                     "ещё 3", "1 янв.", "Совещание министров иностранных дел государств-членов СВМДА",
                     "Café de Baku", "Cafe\u0301", "اجتماع 5", "שלום 7", "Ümit – Nur-Sultan"):
            for top in [2 + step / 16 for step in range(16)] + [11.8333, 20.6667]:  # every rounding of the baseline
                for height in (18.0, 17.5, 22.0):
                    rect = QRectF(6.4, top, 220.0, height)
                    text_fitted = shared.elided(text, int(rect.width()))
                    expected = painted(lambda p, r=rect, t=text_fitted, f=shared.font: (
                        p.setFont(f), p.drawText(r, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), t)))
                    drawn = painted(lambda p, r=rect, t=text_fitted, f=shared: (p.setFont(f.font), draw_line(p, r, t, f)))
                    assert drawn == expected, (shared.font.toString(), text, top, height)
                    compared += 1
    assert compared == 5 * 14 * 18 * 3


def test_only_letters_the_font_draws_alone_left_to_right_take_the_kept_way(qapp) -> None:
    shared = PaintFonts(QFont()).get()
    assert shared.covers("Заседание СДЛ…")
    assert shared.covers("Business Forum pan…")
    assert shared.covers("")
    assert not shared.covers("اجتماع")  # right to left
    assert not shared.covers("שלום")
    assert not shared.covers("Cafe\u0301")  # a combining accent
    assert not shared.covers("a\u200fb")  # a direction mark
    assert not shared.covers("a\tb")
    kept = shared.static_line("10:00")
    assert kept is not None
    assert shared.static_line("10:00") is kept  # laid out once
    markup = shared.static_line("<b>x</b>")
    assert markup is not None
    assert markup.textFormat() == Qt.TextFormat.PlainText
    assert shared.static_line("اجتماع") is None
    assert PaintFonts(QFont()).get(strike_out=True).static_line("10:00") is None  # struck out: Qt places the line


def test_kept_advances_and_elided_texts_are_what_the_metrics_give(qapp) -> None:
    shared = PaintFonts(QFont()).get()
    for text in ("10:00 ", "Business Forum panel 1234 with a long tail", "Заседание", ""):
        for width in (0, 20, 80, 400):
            assert shared.elided(text, width) == shared.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            assert shared.elided(text, width) == shared.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        assert shared.advance(text) == shared.metrics.horizontalAdvance(text)
        assert shared.advance(text) == shared.metrics.horizontalAdvance(text)


def test_the_start_time_text_is_the_clock_time(qapp) -> None:
    from datetime import UTC, datetime, timedelta

    from cica_planner.domain.model import Category, Event, Occurrence
    from cica_planner.ui.views.items import prepare_items

    first = datetime(2024, 3, 1, tzinfo=UTC)
    for minutes in range(0, 24 * 60, 7):
        start = first + timedelta(minutes=minutes)
        event = Event(title="Call", category=Category.SOC, start=start, end=start + timedelta(hours=1), tzid="UTC")
        item = prepare_items([Occurrence(event, event.start, event.end)], "Asia/Almaty")[0]
        assert item.time_text() == f"{item.start:%H:%M}"


def test_a_kept_bar_outline_is_the_outline_of_that_rectangle(qapp) -> None:
    from PySide6.QtCore import QRectF

    from cica_planner.ui.views.painting import _bar_path, rounded_path

    for rect in (QRectF(3.0, 48.0, 194.0, 18.0), QRectF(131.571, 193.667, 251.143, 18.0)):
        for round_left in (True, False):
            for round_right in (True, False):
                kept = _bar_path(rect, round_left, round_right)
                assert kept == rounded_path(rect, 3.0, round_left=round_left, round_right=round_right)
                assert _bar_path(QRectF(rect), round_left, round_right) is kept  # made once for that place
    moved = _bar_path(QRectF(3.0, 68.0, 194.0, 18.0), True, True)
    assert moved.boundingRect() == QRectF(3.0, 68.0, 194.0, 18.0)
