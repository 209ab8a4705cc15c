"""What the month view keeps between paints (laid-out texts, weekday titles) never outlives what it was made for.

A view taken through a change paints, pixel for pixel, what a new view shown straight in the
final state paints: new occurrences, a resize, another font, zone, language or selection.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QImage

from cica_planner.domain.model import Occurrence
from cica_planner.i18n.language import install_language
from cica_planner.ui.views.month_view import MonthView

TODAY = date(2024, 6, 26)
SOC = "e082@seed.cica-planner"
SILENCE_PROCEDURE = "e083@seed.cica-planner"


def _view(qtbot, anchor: date, occurrences: list[Occurrence], zone: str, *, size: tuple[int, int] = (1200, 800),
          font: QFont | None = None, selected: str | None = None) -> MonthView:
    view = MonthView()
    qtbot.addWidget(view)
    if font is not None:
        view.setFont(font)
    view.resize(*size)
    view.set_today(TODAY)
    view.set_anchor_date(anchor)
    view.set_occurrences(occurrences, zone)
    view.select_uid(selected)
    return view


def _painted(view: MonthView) -> QImage:
    return view.grab().toImage()


def _grid(view: MonthView) -> QImage:
    """The grid under the 'to be confirmed' strip (a widget of its own, which keeps its font until it is given new items)."""
    top = view.strip.geometry().bottom() + 1 if view.strip.isVisibleTo(view) else 0
    return view.grab(QRect(0, top, view.width(), view.height() - top)).toImage()


@pytest.fixture
def june(qtbot, seeded_view_data) -> tuple[MonthView, Callable[[MonthView], list[Occurrence]]]:
    install_language("en")
    view = _view(qtbot, date(2024, 6, 1), [], "Asia/Almaty")
    view.set_occurrences(seeded_view_data(view), "Asia/Almaty")
    _painted(view)  # fills what the view keeps
    return view, seeded_view_data


def test_new_occurrences_paint_as_a_new_view_does(qtbot, june) -> None:
    view, fetch = june
    view.set_anchor_date(date(2024, 7, 1))
    july = fetch(view)
    view.set_occurrences(july, "Asia/Almaty")
    fresh = _view(qtbot, date(2024, 7, 1), july, "Asia/Almaty")
    assert july
    assert _painted(view) == _painted(fresh)
    assert _painted(view) != _painted(_view(qtbot, date(2024, 7, 1), [], "Asia/Almaty"))


def test_a_resize_paints_as_a_new_view_of_that_size_does(qtbot, june) -> None:
    view, fetch = june
    occurrences = fetch(view)
    for size in ((480, 400), (1400, 900)):  # short weekday names, then full ones again
        view.resize(*size)
        assert _painted(view) == _painted(_view(qtbot, date(2024, 6, 1), occurrences, "Asia/Almaty", size=size))


def test_another_font_paints_as_a_new_view_with_that_font_does(qtbot, june) -> None:
    view, fetch = june
    occurrences = fetch(view)
    before = _grid(view)
    font = QFont(view.font())
    font.setFamily("Serif")  # the views paint at their own point sizes: the family is what a user's font changes
    view.setFont(font)
    after = _grid(view)
    assert after != before
    assert after == _grid(_view(qtbot, date(2024, 6, 1), occurrences, "Asia/Almaty", font=font))


def test_another_zone_paints_as_a_new_view_in_that_zone_does(qtbot, june) -> None:
    view, fetch = june
    occurrences = fetch(view)
    view.set_occurrences(occurrences, "Asia/Baku")
    assert _painted(view) == _painted(_view(qtbot, date(2024, 6, 1), occurrences, "Asia/Baku"))


def test_another_language_paints_its_weekday_titles(qtbot, june) -> None:
    """The window gives its pages their occurrences again after a switch (periods are named as items are made)."""
    view, fetch = june
    occurrences = fetch(view)
    english = _painted(view)
    try:
        install_language("ru")
        view.set_occurrences(occurrences, "Asia/Almaty")
        russian = _painted(view)
        assert russian != english
        assert russian == _painted(_view(qtbot, date(2024, 6, 1), occurrences, "Asia/Almaty"))
    finally:
        install_language("en")
    view.set_occurrences(occurrences, "Asia/Almaty")
    assert _painted(view) == english


def test_a_selection_change_paints_as_a_new_view_with_that_selection_does(qtbot, june) -> None:
    view, fetch = june
    occurrences = fetch(view)
    for selected in (SOC, SILENCE_PROCEDURE, None):
        view.select_uid(selected)
        expected = _view(qtbot, date(2024, 6, 1), occurrences, "Asia/Almaty", selected=selected)
        assert _painted(view) == _painted(expected), selected
    view.select_uid(SOC)
    assert _painted(view) != _painted(_view(qtbot, date(2024, 6, 1), occurrences, "Asia/Almaty"))


def test_a_page_painted_ahead_leaves_the_view_as_it_was(qtbot, june) -> None:
    view, fetch = june
    before, items = _painted(view), [item.uid for item in view.items()]
    july = fetch(_view(qtbot, date(2024, 7, 1), [], "Asia/Almaty"))
    view.rehearse(date(2024, 7, 1), july, "Asia/Almaty")
    assert view.anchor_date() == date(2024, 6, 1)
    assert [item.uid for item in view.items()] == items
    assert _painted(view) == before


def test_a_page_painted_ahead_is_then_shown_without_laying_out_its_texts_again(qtbot, june, monkeypatch) -> None:
    from cica_planner.ui.views import painting

    view, fetch = june
    for font in painting._SHARED_FONTS.values():  # what earlier tests kept must not count as made by the rehearsal
        font._static.clear()
        font._elided.clear()
    made: list[str] = []
    real = painting.QStaticText
    monkeypatch.setattr(painting, "QStaticText", lambda text: made.append(text) or real(text))
    july = fetch(_view(qtbot, date(2024, 7, 1), [], "Asia/Almaty"))
    view.rehearse(date(2024, 7, 1), july, "Asia/Almaty")
    titles = {occurrence.event.title for occurrence in july}
    # The page's titles (elided to their bars) were laid out, out of sight.
    assert any(title.startswith(text.removesuffix("…")) for text in made for title in titles)
    made.clear()
    view.set_anchor_date(date(2024, 7, 1))
    view.set_occurrences(july, "Asia/Almaty")
    shown = _painted(view)
    assert made == []
    monkeypatch.undo()
    assert shown == _painted(_view(qtbot, date(2024, 7, 1), july, "Asia/Almaty"))


def _painted_ahead_then_shown(qtbot, view: MonthView, fetch, anchor: date) -> list[Occurrence]:
    """Paint the page of ``anchor`` ahead, then show it with the very occurrences it was painted from."""
    occurrences = fetch(_view(qtbot, anchor, [], "Asia/Almaty"))
    view.rehearse(anchor, occurrences, "Asia/Almaty")
    view.set_anchor_date(anchor)
    view.set_occurrences(occurrences, "Asia/Almaty")
    return occurrences


def _chip_places(view: MonthView) -> list[tuple[str, str, tuple[float, float, float, float]]]:
    return [(chip.item.uid, chip.text, chip.rect.getRect()) for chip in view.chips()]


def test_a_page_painted_ahead_is_shown_as_painted_and_laid_out_as_a_new_view_does(qtbot, june, monkeypatch) -> None:
    from cica_planner.ui.views import month_view

    view, fetch = june
    may = _painted_ahead_then_shown(qtbot, view, fetch, date(2024, 5, 1))
    fresh = _view(qtbot, date(2024, 5, 1), may, "Asia/Almaty")
    assert may
    assert _chip_places(view) == _chip_places(fresh)
    assert [link.day for link in view.more_links()] == [link.day for link in fresh.more_links()]
    bars: list[object] = []
    monkeypatch.setattr(month_view, "paint_bar", lambda *args, **kwargs: bars.append(args))
    shown = _painted(view)
    assert bars == []  # the picture painted ahead was drawn, not the page again
    monkeypatch.undo()
    assert shown == _painted(fresh)


@pytest.mark.parametrize("change", ["selection", "size", "note", "clock", "zone", "other occurrences", "marks", "language"])
def test_a_page_painted_ahead_and_then_changed_paints_as_a_new_view_does(qtbot, june, change: str) -> None:
    from cica_planner.domain.clock import Clock
    from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar
    from cica_planner.ui.holiday_marks import HolidayMarks

    view, fetch = june
    may = _painted_ahead_then_shown(qtbot, view, fetch, date(2024, 5, 1))
    expected = _view(qtbot, date(2024, 5, 1), may, "Asia/Almaty")
    try:
        if change == "selection":
            view.select_uid(may[0].uid)
            expected.select_uid(may[0].uid)
        elif change == "size":
            view.resize(900, 700)
            expected.resize(900, 700)
        elif change == "note":
            view.set_note("Nothing is fixed to a day this month.")
            expected.set_note("Nothing is fixed to a day this month.")
        elif change == "clock":
            for made in (view, expected):
                made.set_clock(Clock.at_noon(date(2024, 5, 15), "Asia/Almaty"))
                made.set_occurrences(may, "Asia/Almaty")
        elif change == "zone":
            view.set_occurrences(may, "Asia/Baku")
            expected.set_occurrences(may, "Asia/Baku")
        elif change == "other occurrences":  # read again after a write: new objects, one event fewer
            again = fetch(_view(qtbot, date(2024, 5, 1), [], "Asia/Almaty"))[1:]
            view.set_occurrences(again, "Asia/Almaty")
            expected.set_occurrences(again, "Asia/Almaty")
        elif change == "marks":
            marks = HolidayMarks(HolidayCalendar(), ["KZ", "AZ"], "KZ")
            for made in (view, expected):
                made.holiday_marks = marks
                made.set_occurrences(may, "Asia/Almaty")
        else:
            install_language("ru")
            view.set_occurrences(may, "Asia/Almaty")
            expected.set_occurrences(may, "Asia/Almaty")
        assert _chip_places(view) == _chip_places(expected)
        assert _painted(view) == _painted(expected)
    finally:
        install_language("en")
