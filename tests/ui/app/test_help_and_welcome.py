"""First run and Help: the welcome, the keyboard sheet (the README's table), Getting started and About."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from cica_planner.ui.dialogs.help_dialogs import KEYBOARD_SHORTCUTS, KeyboardDialog, WelcomeDialog
from cica_planner.ui.main_window import MainWindow

README = Path(__file__).resolve().parents[3] / "README.md"


def _readme_keyboard_rows() -> list[tuple[str, str]]:
    section = README.read_text(encoding="utf-8").split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return [(keys.strip(), action.strip()) for keys, action in rows[1:]]  # the header row is left out


def test_a_fresh_install_opens_on_the_current_month_with_the_welcome(qtbot, planner, app_settings) -> None:
    window = MainWindow(planner, app_settings, db_name="db.sqlite3", today=date(2026, 12, 1))
    qtbot.addWidget(window)
    window.show()
    assert (window.current_view_key(), window.title_label.text()) == ("month", "December 2026")
    dialog = window.welcome_dialog()
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QLabel, "welcome_text").text()
    assert "Voice of Asia" in shown
    assert "2024/2" in shown
    assert window.data_location() in shown
    assert "Import iCalendar" in shown
    assert "Export iCalendar" in shown
    assert window.maybe_show_welcome()
    # This window's welcome (another test's window may still have one open).
    welcome = next(w for w in window.findChildren(WelcomeDialog) if w.isVisible())
    welcome.june_button.click()
    assert window.anchor_date() == date(2024, 6, 27)
    assert window.title_label.text() == "June 2024"
    assert app_settings.welcome_seen()
    assert not window.maybe_show_welcome()  # dismissed: not shown again


def test_closing_the_welcome_stays_on_this_month_and_can_ask_to_show_again(window, qtbot, app_settings) -> None:
    start = window.anchor_date()
    dialog = window.welcome_dialog()
    qtbot.addWidget(dialog)
    dialog.again_box.setChecked(True)
    dialog.close_button.click()
    window.apply_welcome_choice(dialog.value())
    assert window.anchor_date() == start
    assert not app_settings.welcome_seen()


def test_the_keyboard_sheet_is_the_readmes_table(window, qtbot) -> None:
    assert list(KEYBOARD_SHORTCUTS) == _readme_keyboard_rows()
    sheet = window.help_dialog("keyboard")
    qtbot.addWidget(sheet)
    assert isinstance(sheet, KeyboardDialog)
    table = sheet.table
    shown = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert shown == list(KEYBOARD_SHORTCUTS)
    assert window.keyboard_action.shortcut().toString() == "F1"
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if a.text()] == [
        "&Getting Started", "&Keyboard Shortcuts", "&Welcome…", "&About CICA Planner"]


def test_getting_started_and_about_say_version_licence_sources_and_database(window, qtbot, monkeypatch) -> None:
    from cica_planner import __version__

    page = window.help_dialog("getting_started")
    qtbot.addWidget(page)
    text = page.browser.toPlainText()
    assert "Voice of Asia" in text
    assert "27 June 2024" in text
    assert window.data_location() in text
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, body: seen.append(body))
    window.about_action.trigger()
    about = re.sub(r"<[^>]+>", "", seen[0])
    assert __version__ in about
    assert "Licence: Proprietary" in about
    assert "Data sources:" in about
    assert "Voice of Asia" in about
    assert window.data_location() in about
    assert window.data_location().endswith("calendar.sqlite3")
