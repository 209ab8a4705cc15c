"""Drag and drop reschedules (with the reason for a published event, undoable); the editor's reason rule."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget

from cica_planner.domain.model import Category, Event, EventStatus
from cica_planner.ui.dialogs.event_dialog import EventDialog
from cica_planner.ui.dialogs.move_reason_dialog import MoveReasonDialog
from cica_planner.ui.main_window import MainWindow
from tests.ui.app.conftest import SOC_JUNE

ASTANA = ZoneInfo("Asia/Almaty")


def _drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_in_the_month_view_moves_a_published_event_with_a_reason(window, qtbot, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(MoveReasonDialog, "get_reason",
                        classmethod(lambda cls, parent, title, before, after: asked.append((title, before, after))
                                    or "the hall is taken on Thursday"))
    window.show()
    window.go_to_date(date(2024, 6, 27))
    month = window.views["month"]
    qtbot.waitExposed(month)
    chip = next(c for c in month.chips() if c.item.uid == SOC_JUNE)
    target = month.day_rect(date(2024, 6, 28)).center().toPoint()
    _drag(qtbot, month, chip.rect.center().toPoint(), target)
    moved = window.planner.get(SOC_JUNE)
    assert (moved.start, moved.end) == (date(2024, 6, 28), date(2024, 6, 29))
    assert asked == [("Senior Officials Committee meeting", "Thu 27 Jun 2024 (all day)", "Fri 28 Jun 2024 (all day)")]
    assert moved.history[-1].reason == "the hall is taken on Thursday"
    assert window.undo()
    assert window.planner.get(SOC_JUNE).start == date(2024, 6, 27)
    assert window.statusBar().currentMessage().startswith("Undone: Move Senior Officials Committee")


def test_cancelling_the_reason_leaves_the_event_where_it_was(window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(MoveReasonDialog, "get_reason", classmethod(lambda cls, *args: None))
    assert not window.move_by_drag(SOC_JUNE, date(2024, 6, 27), date(2024, 7, 2))
    assert window.planner.get(SOC_JUNE).start == date(2024, 6, 27)


def test_dragging_in_the_week_view_keeps_the_duration_and_asks_nothing_for_a_fresh_event(
        qtbot, planner, app_settings, monkeypatch) -> None:
    monkeypatch.setattr(MoveReasonDialog, "get_reason", classmethod(lambda cls, *args: _no_reason_expected()))
    window = MainWindow(planner, app_settings, db_name="calendar.sqlite3", today=date(2024, 6, 26))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    briefing = Event(title="Briefing of the troika", category=Category.TROIKA, status=EventStatus.CONFIRMED,
                     start=datetime(2024, 6, 26, 10, tzinfo=ASTANA), end=datetime(2024, 6, 26, 11, 30, tzinfo=ASTANA),
                     tzid="Asia/Almaty", city="Astana", country="KZ")
    assert window.create_event(briefing)  # created minutes ago: adjusting it needs no reason
    window.set_view("week")
    window.go_to_date(date(2024, 6, 26))
    week = window.views["week"]
    qtbot.waitExposed(week)
    block = week.blocks_for(briefing.uid)[0]
    start = block.rect.center().toPoint()
    target = week.slot_point(datetime(2024, 6, 27, 14, 0)).toPoint() + QPoint(0, start.y() - int(block.rect.top()))
    _drag(qtbot, week.grid, start, target)
    moved = window.planner.get(briefing.uid)
    local = moved.start.astimezone(ASTANA), moved.end.astimezone(ASTANA)
    assert local[0].date() == date(2024, 6, 27)
    assert local[1] - local[0] == briefing.end - briefing.start
    assert moved.history == []  # a fresh event's adjustment is no recorded move


def _no_reason_expected() -> None:
    raise AssertionError("no reason may be asked here")


def test_a_repeating_event_is_not_dragged(window) -> None:
    ride = Event(title="CICA Bicycle Tour", category=Category.CULTURAL, start=date(2025, 6, 3), end=date(2025, 6, 4),
                 rrule="FREQ=YEARLY", city="Astana", country="KZ")
    assert window.create_event(ride)
    assert not window.move_by_drag(ride.uid, date(2025, 6, 3), date(2025, 6, 4))
    assert "repeating" in window.last_error
    assert window.planner.get(ride.uid).start == date(2025, 6, 3)


def test_the_editor_asks_a_reason_only_for_a_published_event(qtbot, planner, app_settings) -> None:
    soc = planner.get(SOC_JUNE)
    for fresh, expected in ((False, True), (True, False)):
        dialog = EventDialog(soc, planner.countries(), fresh=fresh)
        qtbot.addWidget(dialog)
        dialog.city_edit.setText("Almaty")
        assert dialog.needs_reason() is expected


def test_no_stray_history_list_over_the_new_event_tabs(qtbot, planner) -> None:
    dialog = EventDialog(None, planner.countries())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    strays = [w for w in dialog.findChildren(QListWidget) if w.isVisible() and w.objectName() == "history_list"]
    assert strays == []
    tab_bar = dialog.tabs.tabBar()
    for child in dialog.findChildren(QListWidget):
        if child.isVisible():
            top_left = child.mapTo(dialog, QPoint(0, 0))
            assert not tab_bar.geometry().translated(dialog.tabs.pos()).contains(top_left)
