"""Settings → Language: the window switches language in place and keeps all open work."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from cica_planner.domain.model import Category, Event
from cica_planner.i18n.language import current_language
from cica_planner.ui.window_actions import ACTIONS


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _action_texts(window) -> dict[str, tuple[str, str]]:
    named = {spec.name: getattr(window, spec.name) for spec in ACTIONS}
    named |= window.view_actions | {"undo": window.undo_action, "redo": window.redo_action}
    return {name: (action.text(), action.toolTip()) for name, action in named.items()}


def test_switching_keeps_the_undo_history_date_view_and_selection(window, app_settings) -> None:
    event = Event(title="Expert meeting on energy security", category=Category.EXPERT_MEETING,
                  start=date(2024, 9, 10), end=date(2024, 9, 11), city="Astana", country="KZ")
    window.set_view("week")
    window.go_to_date(date(2024, 9, 10))
    assert window.create_event(event)
    assert window.selected_uid() == event.uid
    undo_text = window.undo_stack.undoText()

    window.apply_language("ru")

    assert current_language() == "ru"
    assert app_settings.language() == "ru"
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == undo_text
    assert window.current_view_key() == "week"
    assert window.anchor_date() == date(2024, 9, 10)
    assert window.selected_uid() == event.uid
    assert event.uid in window.shown_uids()
    assert _menu_titles(window)[:4] == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert window.undo_action.text().startswith("&Отменить")
    # The Undo action made for the new language still undoes the change made before the switch.
    window.undo_action.trigger()
    assert window.planner.find(event.uid) is None
    window.redo_action.trigger()
    assert window.planner.find(event.uid) is not None


def test_switching_back_restores_english_everywhere(window) -> None:
    english_menus = _menu_titles(window)
    english_actions = _action_texts(window)
    window.set_view("chairmanship")
    window.apply_language("ru")
    assert window.new_action.text() == "&Создать событие…"
    assert window.title_label.text() == "Председательство"
    assert window.zone_label.text().startswith("Часовой пояс:")
    window.apply_language("en")
    assert _menu_titles(window) == english_menus
    assert window.title_label.text() == "Chairmanship"
    assert window.zone_label.text().startswith("Time zone:")
    assert _action_texts(window) == english_actions


def test_language_is_chosen_in_the_settings_dialog(window, qtbot, app_settings) -> None:
    def choose_russian() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        combo = dialog.findChild(QComboBox, "language_combo")
        assert combo is not None
        assert [combo.itemText(i) for i in range(combo.count())] == ["System", "English", "Русский"]
        combo.setCurrentIndex(combo.findData("ru"))
        dialog.accept()

    QTimer.singleShot(0, choose_russian)
    window.open_settings()
    assert current_language() == "ru"
    assert app_settings.language() == "ru"
    assert window.file_menu.title() == "&Файл"


def test_the_stored_choice_defaults_to_the_system(app_settings) -> None:
    assert app_settings.language() == "system"


def test_switching_keeps_the_sidebar_filters_search_and_holidays(window) -> None:
    from PySide6.QtCore import QLocale

    from cica_planner.i18n.dates import month_title

    state = window.sidebar.filter_state()
    state["statuses"] = ["confirmed", "held"]
    window.sidebar.set_filter_state(state)
    window._on_filters_changed()
    window.sidebar.search_edit.setText("Senior Officials")
    window.search("Senior Officials")
    shown = set(window.shown_uids())
    old_sidebar = window.sidebar

    window.apply_language("ru")

    assert window.sidebar is not old_sidebar
    assert window.sidebar.filter_state()["statuses"] == ["confirmed", "held"]
    assert window.sidebar.search_edit.text() == "Senior Officials"
    assert window.shown_uids() == shown
    box = window.sidebar.filter_box
    assert box.indexOf(window.scheduling.panel) >= 0
    assert box.itemText(box.indexOf(window.scheduling.panel)) == "Праздники"
    mini_month = window.sidebar.mini_month
    assert mini_month.locale().language() == QLocale.Language.Russian
    assert mini_month.weekday_letters()[0] == "П"  # понедельник
    assert mini_month.title() == month_title(*mini_month.shown_month(), locale=QLocale(QLocale.Language.Russian))
    window.activateWindow()
    window.find_action.trigger()  # Find goes to the new sidebar's search field, not the deleted one
    assert window.sidebar.search_edit.hasFocus()


def test_an_empty_month_says_so_in_russian(window) -> None:
    from cica_planner.ui.month_note import month_note

    window.apply_language("ru")
    window.set_view("month")
    window.go_to_date(date(2026, 11, 1))
    note = month_note(window.confirming, window.views["month"], window.today())
    assert note is not None
    lines = note.splitlines()
    assert lines[0] == "На ноябрь 2026 ничего не назначено."
    assert lines[1].startswith("Далее: CICA Summit in Azerbaijan")  # the title is data: as the source gives it
    assert lines[1].endswith("2026 г. — дата уточняется.")


def test_undo_texts_of_repeating_events_in_russian(window) -> None:
    from cica_planner.services.series_edits import Scope
    from cica_planner.ui.commands import short_title
    from cica_planner.ui.commands.series import DeleteFollowing, EditSeries

    window.apply_language("ru")
    event = window.planner.get("e097@seed.cica-planner")
    title = short_title(event.title)
    assert EditSeries(window.planner, Scope.ALL, event.uid, None, event).text() == f"изменение всех повторений «{title}»"
    assert DeleteFollowing(window.planner, event.uid, event.title, event.start).text() == (
        f"удаление этого и следующих повторений «{title}»")
    window.apply_language("en")
    assert EditSeries(window.planner, Scope.OCCURRENCE, event.uid, None, event).text() == (
        f"Edit one occurrence of {title}")
