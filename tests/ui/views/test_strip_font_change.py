"""The "to be confirmed" strip follows a font change at once (it used to wait for its next items)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from cica_planner.domain.model import Category, Event, Occurrence, Precision
from cica_planner.ui.views.month_view import MonthView
from cica_planner.ui.views.week_view import WeekView

#: Three month-long events: on one row of a 1000 px strip in DejaVu Sans, on two in the wider DejaVu Sans Mono.
EVENTS = [Event(title=f"Expert meeting on topic {number}", category=Category.SOC, start=date(2024, 6, 1),
                end=date(2024, 7, 1), precision=Precision.MONTH, uid=f"tbc-{number}@test") for number in range(3)]


def _shown(qtbot, view_class: type[MonthView] | type[WeekView], family: str) -> MonthView | WeekView:
    view = view_class()
    qtbot.addWidget(view)
    view.setFont(QFont(family))
    view.resize(1000, 700)
    view.set_today(date(2024, 6, 3))
    view.set_anchor_date(date(2024, 6, 3))
    view.set_occurrences([Occurrence(event, event.start, event.end) for event in EVENTS], "Asia/Almaty")
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("view_class", [MonthView, WeekView])
def test_a_font_change_lays_the_strip_out_again_as_a_new_view_would(qtbot, view_class) -> None:
    changed = _shown(qtbot, view_class, "DejaVu Sans")
    before = (changed.strip.chips(), changed.strip.height())
    assert len(before[0]) == len(EVENTS)
    changed.setFont(QFont("DejaVu Sans Mono"))
    QApplication.processEvents()
    fresh = _shown(qtbot, view_class, "DejaVu Sans Mono")
    assert fresh.strip.height() > before[1]  # the wider font needs a second row
    assert (changed.strip.chips(), changed.strip.height()) == (fresh.strip.chips(), fresh.strip.height())
    assert [item.uid for item in changed.strip.items()] == [event.uid for event in EVENTS]  # the same events
    assert changed.grab().toImage() == fresh.grab().toImage()  # the grid moved down under the taller strip


def test_an_application_font_change_reaches_the_strip(qtbot) -> None:
    """The system font changing (the application's font) lays the strip out again too."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    view = _shown(qtbot, MonthView, "DejaVu Sans")
    view.setFont(QFont())  # back to following the application's font
    app.setFont(QFont("DejaVu Sans"))
    QApplication.processEvents()
    before = view.strip.chips()
    try:
        app.setFont(QFont("DejaVu Sans Mono"))
        QApplication.processEvents()
        after = view.strip.chips()
        fresh = _shown(qtbot, MonthView, "DejaVu Sans Mono")
    finally:
        app.setFont(original)
    assert after != before
    assert after == fresh.strip.chips()
