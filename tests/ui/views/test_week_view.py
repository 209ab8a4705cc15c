"""Week and day views: column packing, all-day bars, slots, scrolling and display zones."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from cica_planner.ui.views.week_painting import wrap_lines
from cica_planner.ui.views.week_view import WeekView

SOC = "e082@seed.cica-planner"
SILENCE_PROCEDURE = "e083@seed.cica-planner"
JUNE_EXPERT_MEETING = "e072@seed.cica-planner"


@pytest.fixture
def week_view(qtbot) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_today(date(2024, 6, 26))
    view.set_anchor_date(date(2024, 6, 26))
    return view


def test_range_title_and_paging(week_view: WeekView, qtbot) -> None:
    assert week_view.visible_range() == (date(2024, 6, 24), date(2024, 7, 1))
    assert week_view.title() == "24 – 30 June 2024"
    assert week_view.shifted(1) == date(2024, 7, 3)
    assert week_view.shifted(-1) == date(2024, 6, 19)
    week_view.set_anchor_date(date(2024, 7, 31))
    assert week_view.title() == "29 July – 4 August 2024"
    day_view = WeekView(days=1)
    qtbot.addWidget(day_view)
    day_view.set_anchor_date(date(2024, 6, 27))
    assert day_view.visible_range() == (date(2024, 6, 27), date(2024, 6, 28))
    assert day_view.title() == "Thursday 27 June 2024"
    assert day_view.shifted(1) == date(2024, 6, 28)
    assert day_view.shifted(-1) == date(2024, 6, 26)


def test_overlapping_events_sit_side_by_side(week_view: WeekView, make_timed) -> None:
    day = date(2024, 6, 25)
    first = make_timed("SWG drafting", day, 10, minutes=180)
    second = make_timed("Troika lunch", day, 12, 30, minutes=90)
    later = make_timed("Press briefing", day, 16)
    week_view.set_occurrences([first, second, later], "Asia/Almaty")
    a, b, c = (week_view.blocks_for(o.uid)[0] for o in (first, second, later))
    assert (a.column, a.columns, b.column, b.columns) == (0, 2, 1, 2)
    assert a.rect.right() <= b.rect.left()
    assert a.rect.top() < b.rect.top() < a.rect.bottom()  # they overlap in time
    assert a.rect.width() == pytest.approx(b.rect.width())
    assert c.columns == 1
    assert c.rect.width() > 1.9 * a.rect.width()
    column_left = week_view.column_left(1)
    assert a.rect.left() >= column_left
    assert b.rect.right() <= week_view.column_left(2)
    assert a.rect.top() == pytest.approx(10 * week_view.HOUR_HEIGHT + 1)


def test_times_follow_the_display_zone(week_view: WeekView, make_timed) -> None:
    meeting = make_timed("Heads of delegation", date(2024, 6, 27), 10, tzid="Asia/Almaty")
    week_view.set_occurrences([meeting], "Asia/Almaty")
    assert week_view.blocks()[0].start_minute == 10 * 60
    week_view.set_occurrences([meeting], "Asia/Baku")  # Baku is UTC+4, Astana UTC+5
    assert week_view.blocks()[0].start_minute == 9 * 60
    assert week_view.blocks()[0].item.time_text() == "09:00"


def test_an_overnight_event_is_split_over_two_days(week_view: WeekView, make_timed) -> None:
    late = make_timed("Late drafting", date(2024, 6, 25), 22, minutes=180)
    week_view.set_occurrences([late], "Asia/Almaty")
    pieces = sorted(week_view.blocks(), key=lambda block: block.day)
    assert [(p.day, p.start_minute, p.end_minute) for p in pieces] == [
        (date(2024, 6, 25), 22 * 60, 24 * 60),
        (date(2024, 6, 26), 0, 60),
    ]


def test_seeded_week_has_all_day_bars(week_view: WeekView, seeded_view_data) -> None:
    week_view.set_occurrences(seeded_view_data(week_view), "Asia/Almaty")
    soc = next(bar for bar in week_view.all_day_bars() if bar.item.uid == SOC)
    assert (soc.first, soc.last) == (3, 3)  # Thursday
    silence = next(bar for bar in week_view.all_day_bars() if bar.item.uid == SILENCE_PROCEDURE)
    assert (silence.first, silence.last, silence.continues_right) == (3, 6, True)
    assert not soc.rect.intersects(silence.rect)
    assert JUNE_EXPERT_MEETING in {item.uid for item in week_view.strip.items()}
    assert week_view.blocks() == []  # the seed has no timed events


def test_scrolled_to_eight_on_show(qtbot, week_view: WeekView) -> None:
    week_view.show()
    qtbot.waitExposed(week_view)
    value = week_view.grid_scroll.verticalScrollBar().value()
    assert 7 * week_view.HOUR_HEIGHT < value <= 8 * week_view.HOUR_HEIGHT


def test_clicks_select_open_and_create(qtbot, week_view: WeekView, make_timed) -> None:
    meeting = make_timed("Heads of delegation", date(2024, 6, 27), 10)
    week_view.set_occurrences([meeting], "Asia/Almaty")
    week_view.show()
    qtbot.waitExposed(week_view)
    block = week_view.blocks()[0]
    with qtbot.waitSignal(week_view.event_selected) as selected:
        qtbot.mouseClick(week_view.grid, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    assert selected.args == [meeting.uid]
    with qtbot.waitSignal(week_view.event_activated) as activated:
        qtbot.mouseDClick(week_view.grid, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    assert activated.args == [meeting.uid]
    slot = datetime(2024, 6, 25, 14, 30)
    with qtbot.waitSignal(week_view.date_activated) as created:
        qtbot.mouseDClick(week_view.grid, Qt.MouseButton.LeftButton, pos=week_view.slot_point(slot).toPoint())
    assert created.args == [slot]


def test_all_day_double_click_gives_a_date(qtbot, week_view: WeekView) -> None:
    week_view.set_occurrences([], "Asia/Almaty")
    week_view.show()
    qtbot.waitExposed(week_view)
    x = int(week_view.column_left(4) + 20)
    y = week_view.HEADER_HEIGHT + 10
    with qtbot.waitSignal(week_view.date_activated) as created:
        qtbot.mouseDClick(week_view.all_day, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert created.args == [date(2024, 6, 28)]


def test_keys(qtbot, week_view: WeekView) -> None:
    week_view.show()
    qtbot.waitExposed(week_view)
    with qtbot.waitSignal(week_view.page_requested) as paged:
        qtbot.keyClick(week_view, Qt.Key.Key_PageDown)
    assert paged.args == [1]
    with qtbot.waitSignal(week_view.anchor_changed) as moved:
        qtbot.keyClick(week_view, Qt.Key.Key_Left)
    assert moved.args == [date(2024, 6, 25)]
    before = week_view.grid_scroll.verticalScrollBar().value()
    qtbot.keyClick(week_view, Qt.Key.Key_Up)
    assert week_view.grid_scroll.verticalScrollBar().value() == before - week_view.HOUR_HEIGHT


def test_now_follows_the_injected_clock(week_view: WeekView) -> None:
    week_view.set_clock(lambda: datetime(2024, 6, 26, 9, 15, tzinfo=ZoneInfo("UTC")))
    week_view.set_occurrences([], "Asia/Almaty")
    assert week_view.now() == datetime(2024, 6, 26, 14, 15, tzinfo=ZoneInfo("Asia/Almaty"))
    assert week_view.now().date() in week_view.visible_days()


def test_wrap_lines_elides_the_last_line(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Senior Officials")
    lines = wrap_lines("Senior Officials Committee meeting of the CICA in Astana", metrics, width, 2)
    assert len(lines) == 2
    assert lines[0] == "Senior Officials"
    assert lines[1].endswith("…")


def _readable(text: str) -> bool:
    """Whether a drawn piece of text shows at least three letters (or is whole)."""
    return not text.endswith("…") or len(text.removesuffix("…").strip()) >= 3


def test_narrow_blocks_degrade_to_one_line(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from cica_planner.ui import style
    from cica_planner.ui.views.week_painting import block_text

    time_metrics = QFontMetrics(style.ui_font(8.5))
    bold = QFont()
    bold.setBold(True)
    title_metrics = QFontMetrics(bold)
    title = "Overview briefing for Ambassadors"
    tall = 4 * title_metrics.height()

    wide = block_text("09:00", "10:00", title, "Astana", 400, tall, time_metrics, title_metrics)
    assert wide[0] == [("time", "09:00 – 10:00")]
    assert wide[1] == [("title", title)]
    assert wide[2] == [("place", "Astana")]

    # Too narrow for "09:00 – 10:00": one row, time and title elided as a whole.
    width = time_metrics.horizontalAdvance("09:00 – 10:00") - 1
    assert width > time_metrics.horizontalAdvance("09:00 ") + title_metrics.horizontalAdvance("Ove…")
    short = block_text("09:00", "10:00", title, "Astana", width, tall, time_metrics, title_metrics)
    assert len(short) == 1
    assert short[0][0] == ("time", "09:00 ")
    assert short[0][1][0] == "title"
    assert short[0][1][1].startswith("Ove")
    assert short[0][1][1].endswith("…")

    # No room for any of the title beside the time: the time alone, the title's start under it.
    width = time_metrics.horizontalAdvance("09:00") + 2
    rows = block_text("09:00", "10:00", title, "Astana", width, tall, time_metrics, title_metrics)
    assert rows[0] == [("time", "09:00")]
    assert all(_readable(text) for row in rows for _role, text in row)
    flat = block_text("09:00", "10:00", title, "", width, time_metrics.height(), time_metrics, title_metrics)
    assert flat == [[("time", "09:00")]]

    # Narrower still: "9:00", then nothing rather than "0…".
    width = time_metrics.horizontalAdvance("9:00") + 1
    assert block_text("09:00", "10:00", title, "", width, tall, time_metrics, title_metrics)[0] == [("time", "9:00")]
    assert block_text("09:00", "10:00", title, "", 8, tall, time_metrics, title_metrics) == []


def test_wrap_lines_never_leaves_a_lone_letter(qtbot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    title = "Overview briefing for Ambassadors"
    for width in range(10, metrics.horizontalAdvance(title) + 10, 3):
        for max_lines in (1, 2, 3):
            lines = wrap_lines(title, metrics, width, max_lines)
            assert len(lines) <= max_lines
            assert all(_readable(line) for line in lines), (width, lines)
            assert all(line.removesuffix("…").strip() for line in lines), (width, lines)
    # A word too long for the line ends the text there instead of going on below it.
    lines = wrap_lines("Accreditation of delegations", metrics, metrics.horizontalAdvance("Accredit"), 3)
    assert len(lines) == 1
    assert lines[0].startswith("Acc")
    assert lines[0].endswith("…")


def test_overlapping_blocks_draw_readable_text(week_view: WeekView, make_timed, qtbot) -> None:
    from PySide6.QtGui import QFontMetrics

    from cica_planner.ui import style
    from cica_planner.ui.views.painting import item_font
    from cica_planner.ui.views.week_painting import block_text

    day = date(2024, 6, 26)
    items = [
        make_timed("Overview briefing for Ambassadors", day, 9),
        make_timed("Accreditation of delegations", day, 9),
        make_timed("Budget consultations", day, 9, 30),
    ]
    week_view.set_occurrences(items, "Asia/Almaty")
    week_view.show()
    qtbot.waitExposed(week_view)
    blocks = week_view.blocks()
    assert {block.columns for block in blocks} == {3}
    base = week_view.font()
    time_metrics = QFontMetrics(style.ui_font(8.5, base=base))
    for block in blocks:
        inner = block.rect.adjusted(3, 2, -2, -2)
        title_metrics = QFontMetrics(item_font(base, block.item, bold=True))
        rows = block_text("09:00", "10:00", block.item.title, block.item.city, inner.width(), inner.height(),
                          time_metrics, title_metrics)
        assert rows, block.item.title
        assert rows[0][0][1].startswith(("09:00", "9:00"))
        assert all(_readable(text) for row in rows for _role, text in row)
    assert not week_view.grab().isNull()  # paints without error


def test_six_overlapping_events_keep_tooltips_and_marks(qtbot, make_timed) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_anchor_date(date(2024, 6, 26))
    day = date(2024, 6, 26)
    titles = ["Agenda", "Budget", "Consular", "Drafting", "Economic", "Finance"]
    meetings = [make_timed(f"{title} group", day, 10, minutes=60, city=f"Room {n}") for n, title in enumerate(titles)]
    view.set_occurrences(meetings, "Asia/Almaty")
    view.show()
    qtbot.waitExposed(view)
    blocks = sorted(view.blocks(), key=lambda block: block.column)
    assert len(blocks) == 6
    assert all(block.rect.width() < 30 for block in blocks)  # too narrow for even "9:00"
    for block, title in zip(blocks, titles, strict=True):
        text = view.block_tooltip(block)
        assert f"{title} group" in text
        assert "10:00 – 11:00 (Astana time)" in text
        assert block.item.city in text
    image = view.grid.grab().toImage()
    for block in blocks:
        stripe = image.pixelColor(int(block.rect.left() + 2), int(block.rect.center().y()))
        assert stripe.name() == block.item.colours.outline.darker(150).name(), block.item.title
        fill = image.pixelColor(int(block.rect.right() - 3), int(block.rect.bottom() - 3))
        assert fill.name() == block.item.colours.fill.name()
    # The title's initial is drawn in the text colour somewhere in the block's top rows.
    first = blocks[0].rect.toRect().adjusted(5, 1, -1, 0)
    first.setHeight(16)
    text_colour = blocks[0].item.colours.text
    inked = [
        image.pixelColor(x, y) for x in range(first.left(), first.right()) for y in range(first.top(), first.bottom())
    ]
    assert any(colour.lightness() > 200 if text_colour.lightness() > 128 else colour.lightness() < 60
               for colour in inked)


def test_the_all_day_more_popup_is_made_on_first_click_and_lists_the_day(qtbot) -> None:
    """Not needed to paint, the "+N more" popup is made when first clicked, with every all-day event of the day."""
    from cica_planner.domain.model import Category, Event, Occurrence

    view = WeekView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_anchor_date(date(2024, 6, 12))
    events = [Event(title=f"Day-long meeting {number}", category=Category.SOC, start=date(2024, 6, 12),
                    end=date(2024, 6, 13), uid=f"day-{number}@test") for number in range(WeekView.MAX_LANES + 3)]
    view.set_occurrences([Occurrence(event, event.start, event.end) for event in events], "Asia/Almaty")
    view.show()
    qtbot.waitExposed(view)
    links = view.all_day_more_links()
    assert len(links) == 1
    assert view._popup is None
    qtbot.mouseClick(view.all_day, Qt.MouseButton.LeftButton, pos=links[0].rect.center().toPoint())
    assert view.popup.isVisible()
    listed = [view.popup.list_widget.item(row).text() for row in range(view.popup.list_widget.count())]
    assert sorted(text.split("   ")[-1] for text in listed) == sorted(event.title for event in events)
    with qtbot.waitSignal(view.event_selected) as blocker:
        entry = view.popup.list_widget.item(0)
        rect = view.popup.list_widget.visualItemRect(entry)
        qtbot.mouseClick(view.popup.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] in {event.uid for event in events}
    view.popup.hide()
