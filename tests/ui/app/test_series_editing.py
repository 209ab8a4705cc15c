"""The window edits one occurrence, this and following, or all of a repeating event, with undo for each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cica_planner.services.series_edits import Scope
from cica_planner.ui.dialogs.event_dialog import EventDialog, EventEdit
from cica_planner.ui.dialogs.series_scope_dialog import SeriesScopeDialog

BICYCLE_DAY = "bicycle-day@test"  # see conftest.py


@pytest.mark.parametrize("scope", list(Scope))
def test_the_chooser_gives_the_scope_clicked(qtbot, scope: Scope) -> None:
    dialog = SeriesScopeDialog("World Bicycle Day", "3 June 2025")
    qtbot.addWidget(dialog)
    dialog.buttons[scope].click()
    assert dialog.choice() is scope
    assert dialog.result() == SeriesScopeDialog.DialogCode.Accepted


def test_the_chooser_cancelled_gives_nothing(qtbot) -> None:
    dialog = SeriesScopeDialog("World Bicycle Day", "3 June 2025")
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.choice() is None


def _answer(monkeypatch: pytest.MonkeyPatch, scope: Scope | None, title: str | None, shown: list) -> None:
    """The user clicks ``scope`` in the chooser, then renames the event in the editor (None: cancels)."""
    monkeypatch.setattr(SeriesScopeDialog, "exec",
                        lambda self: self.buttons[scope].click() or 1 if scope else self.reject() or 0)

    def edit(cls, parent, event, countries, **options):
        shown.append(event)
        return None if title is None else EventEdit(replace(event, title=title))

    monkeypatch.setattr(EventDialog, "get_event", classmethod(edit))


def _days(window, title: str) -> list[date]:
    return [o.start for o in window.planner.occurrences(date(2024, 1, 1), date(2027, 1, 1))
            if o.uid == BICYCLE_DAY and o.event.title == title]


def test_one_occurrence_edited_and_undone(window, monkeypatch) -> None:
    window.go_to_date(date(2025, 6, 3))
    shown: list = []
    _answer(monkeypatch, Scope.OCCURRENCE, "World Bicycle Day (CICA ride)", shown)
    window.open_event(BICYCLE_DAY)
    assert (shown[0].start, shown[0].rrule) == (date(2025, 6, 3), None)  # the editor shows the occurrence alone
    assert _days(window, "World Bicycle Day (CICA ride)") == [date(2025, 6, 3)]
    assert window.undo_stack.undoText().startswith("Edit one occurrence of")
    assert window.undo()
    assert _days(window, "World Bicycle Day (CICA ride)") == []
    assert window.redo()
    assert _days(window, "World Bicycle Day (CICA ride)") == [date(2025, 6, 3)]


def test_this_and_following_edited_and_undone(window, monkeypatch) -> None:
    window.go_to_date(date(2025, 6, 3))
    original = window.planner.get(BICYCLE_DAY).title
    _answer(monkeypatch, Scope.FOLLOWING, "World Bicycle Day (new format)", [])
    before = len(window.planner.all_events())
    window.open_event(BICYCLE_DAY)
    assert len(window.planner.all_events()) == before + 1
    renamed = [o.start for o in window.planner.occurrences(date(2024, 1, 1), date(2027, 1, 1))
               if o.event.title == "World Bicycle Day (new format)"]
    assert renamed == [date(2025, 6, 3), date(2026, 6, 3)]
    assert date(2024, 6, 3) in _days(window, original)
    assert window.undo()
    assert len(window.planner.all_events()) == before
    assert date(2025, 6, 3) in _days(window, original)


def test_all_occurrences_opens_the_series_editor(window, monkeypatch) -> None:
    window.go_to_date(date(2025, 6, 3))
    shown: list = []
    _answer(monkeypatch, Scope.ALL, "World Bicycle Day (all)", shown)
    window.open_event(BICYCLE_DAY)
    assert shown[0].rrule == window.planner.get(BICYCLE_DAY).rrule
    assert {date(2024, 6, 3), date(2025, 6, 3), date(2026, 6, 3)} <= set(_days(window, "World Bicycle Day (all)"))
    assert window.undo()
    assert _days(window, "World Bicycle Day (all)") == []


def test_cancel_in_the_chooser_changes_nothing(window, monkeypatch) -> None:
    window.go_to_date(date(2025, 6, 3))
    shown: list = []
    _answer(monkeypatch, None, "never", shown)
    window.open_event(BICYCLE_DAY)
    assert shown == []
    assert window.undo_stack.count() == 0


def test_the_window_says_when_a_series_is_cut_short(window, monkeypatch) -> None:
    from cica_planner.domain import recurrence
    from cica_planner.domain.model import Category, Event

    monkeypatch.setattr(recurrence, "MAX_OCCURRENCES", 10)  # a month shows 30 days of a daily series
    window.create_event(Event("Daily press review", Category.MILESTONE, date(2025, 1, 1), date(2025, 1, 2),
                              rrule="FREQ=DAILY"))
    window.set_view("month")
    window.go_to_date(date(2025, 6, 10))
    assert window.count_label.text().endswith("repeats cut short")
    assert "Only the first 10 occurrences of 'Daily press review'" in window.count_label.toolTip()
    monkeypatch.setattr(recurrence, "MAX_OCCURRENCES", 5000)
    window.refresh()
    assert window.count_label.toolTip() == ""


def test_delete_this_and_following_from_the_window(window, monkeypatch) -> None:
    from cica_planner.ui.dialogs.delete_dialog import DeleteDialog

    window.go_to_date(date(2025, 6, 3))
    monkeypatch.setattr(DeleteDialog, "exec", lambda self: self.following_button.click() or 1)
    window.request_delete(BICYCLE_DAY)
    assert _days(window, "World Bicycle Day") == [date(2024, 6, 3)]
    assert window.undo()
    assert _days(window, "World Bicycle Day") == [date(2024, 6, 3), date(2025, 6, 3), date(2026, 6, 3)]
