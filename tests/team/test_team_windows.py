"""Two windows on one calendar (two connections in one process): live updates, notices, conflicts, trouble."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import text
from sqlalchemy.engine import make_url

from cica_planner.services import team
from cica_planner.services.seeding import open_database
from cica_planner.ui.dialogs import record_conflict
from cica_planner.ui.dialogs.event_dialog import EventDialog, EventEdit
from cica_planner.ui.dialogs.field_conflict_dialog import MINE, THEIRS
from cica_planner.ui.dialogs.record_conflict import merged_record, record_conflict_dialog
from cica_planner.ui.settings import AppSettings
from cica_planner.ui.window_assembly import build_main_window, feature_services

pytestmark = pytest.mark.gui

SOC_JUNE = "e082@seed.cica-planner"
TODAY = date(2024, 6, 10)  # the month view shows June 2024, with the SOC
#: Changes committed by one window must be on the other's screen within this time (ms).
LIVE_WITHIN_MS = 2000


def open_window(qtbot, engine, tmp_path: Path, name: str):
    settings = AppSettings.from_path(tmp_path / f"{name}.ini")
    window = build_main_window(engine, settings, db_name=name, today=TODAY, **feature_services(engine))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_title(window, uid: str) -> str | None:
    return next((o.event.title for o in window._occurrences if o.uid == uid), None)


@pytest.fixture
def sqlite_pair(seeded_db: Path):
    engines = [open_database(seeded_db), open_database(seeded_db)]
    yield engines
    for engine in engines:
        engine.dispose()


@pytest.fixture
def server_pair(seeded_team_url: str):
    engines = [team.open_team_calendar(seeded_team_url), team.open_team_calendar(seeded_team_url)]
    yield engines
    for engine in engines:
        engine.dispose()


@pytest.mark.parametrize("pair", ["sqlite_pair", "server_pair"])
def test_a_change_in_one_window_appears_in_the_other(qtbot, tmp_path, request, pair) -> None:
    first_engine, second_engine = request.getfixturevalue(pair)
    first = open_window(qtbot, first_engine, tmp_path, "first")
    second = open_window(qtbot, second_engine, tmp_path, "second")
    assert shown_title(second, SOC_JUNE) == first.planner.get(SOC_JUNE).title

    # An editor open in the second window is not disturbed, but told.
    editor = EventDialog(second.planner.get(SOC_JUNE), second.planner.countries(), second)
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.setText("SOC — my draft title")

    first.planner.update(replace(first.planner.get(SOC_JUNE), title="SOC (moved hall)"))
    qtbot.waitUntil(lambda: shown_title(second, SOC_JUNE) == "SOC (moved hall)", timeout=LIVE_WITHIN_MS)
    qtbot.waitUntil(editor.changed_notice.isVisible, timeout=LIVE_WITHIN_MS)
    assert "was changed by" in editor.changed_notice.text()
    assert editor.title_edit.text() == "SOC — my draft title"
    assert editor.isVisible()
    editor.grab().save(str(tmp_path / "editor-notice.png"))


def test_a_stale_save_from_the_editor_shows_both_versions(qtbot, tmp_path, server_pair, monkeypatch) -> None:
    first = open_window(qtbot, server_pair[0], tmp_path, "first")
    second = open_window(qtbot, server_pair[1], tmp_path, "second")
    stale = second.planner.get(SOC_JUNE)
    first.planner.update(replace(first.planner.get(SOC_JUNE), city="Baku"))

    seen = {}

    def resolve(parent, mine, theirs, base=None):  # the user merges: their city, my title
        dialog = record_conflict_dialog(mine, theirs, parent, base)
        qtbot.addWidget(dialog)
        seen["fields"] = [field.label for field in dialog.fields]
        # Only the other person changed the city: it starts on theirs; the title starts on mine.
        assert dialog.choices() == {"Title": MINE, "City": THEIRS}
        dialog.grab().save(str(tmp_path / "conflict.png"))
        return True, merged_record(mine, theirs, dialog.value())

    monkeypatch.setattr(record_conflict, "resolve_record_conflict", resolve)
    problem = second.team.save_from_editor(stale, EventEdit(replace(stale, title="SOC (resumed)")))
    assert problem is None
    assert seen["fields"] == ["Title", "City"]
    stored = first.planner.get(SOC_JUNE)
    assert (stored.title, stored.city) == ("SOC (resumed)", "Baku")
    # The undo of the merged save is the user's own latest write: it goes through.
    assert second.undo()
    assert first.planner.get(SOC_JUNE).title == stale.title


def test_undo_over_someone_elses_change_is_refused_in_the_window(qtbot, tmp_path, server_pair) -> None:
    first = open_window(qtbot, server_pair[0], tmp_path, "first")
    second = open_window(qtbot, server_pair[1], tmp_path, "second")
    before = second.planner.get(SOC_JUNE)
    # A held meeting's new venue is explained, as the editor asks (PlannerService.edit's rule).
    assert second.team.save_from_editor(before, EventEdit(replace(before, venue="Hall A"), "Hall A was free")) is None
    first.planner.update(replace(first.planner.get(SOC_JUNE), venue="Hall B"))
    assert not second.undo()
    assert "cannot undo" in second.last_error
    assert first.planner.get(SOC_JUNE).venue == "Hall B"


def test_conflict_dialog_keeps_mine_takes_theirs_or_merges(qtbot, seeded_engine) -> None:
    from cica_planner.services.planner import PlannerService

    stored = PlannerService(seeded_engine).get(SOC_JUNE)
    mine = replace(stored, title="Mine", venue="My hall")
    theirs = replace(stored, title="Theirs", city="Baku", version=stored.version + 1, changed_by="Farid (farid)")
    dialog = record_conflict_dialog(mine, theirs)
    qtbot.addWidget(dialog)
    assert [field.label for field in dialog.fields] == ["Title", "City", "Venue"]
    assert "“Theirs” was changed by Farid (farid)" in dialog.findChild(QLabel, "conflict_intro").text()
    dialog.all_mine_button.click()
    kept = merged_record(mine, theirs, dialog.value())
    assert (kept.title, kept.city, kept.venue, kept.version) == ("Mine", stored.city, "My hall", theirs.version)

    dialog = record_conflict_dialog(mine, theirs)
    qtbot.addWidget(dialog)
    dialog.all_theirs_button.click()
    assert merged_record(mine, theirs, dialog.value()) is None  # nothing to save: the stored version stays

    dialog = record_conflict_dialog(mine, theirs, base=stored)
    qtbot.addWidget(dialog)
    assert dialog.choices() == {"Title": MINE, "City": THEIRS, "Venue": MINE}
    dialog.choose("Title", THEIRS)
    merged = merged_record(mine, theirs, dialog.value())
    assert (merged.title, merged.city, merged.venue) == ("Theirs", "Baku", "My hall")


def test_server_trouble_shows_a_bar_with_retry_and_the_editor_keeps_the_text(qtbot, tmp_path,
                                                                              seeded_team_url) -> None:
    engine = team.open_team_calendar(seeded_team_url)
    window = open_window(qtbot, engine, tmp_path, "only")
    name = make_url(seeded_team_url).database
    admin = team.open_team_calendar(make_url(seeded_team_url).set(database="postgres").render_as_string(hide_password=False))
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            connection.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        edit = EventDialog(None, [], window, save=lambda e: window.team.save_from_editor(None, e))
        qtbot.addWidget(edit)
        edit.show()
        edit.title_edit.setText("Consultations on the CBM catalogue")
        edit.accept()
        assert edit.isVisible()  # still open, with what was typed
        assert edit.title_edit.text() == "Consultations on the CBM catalogue"
        assert "press Save to try again" in edit.error_label.text()
        assert window.team.bar.isVisible()
        assert window.team.bar.label.text().startswith("Cannot reach the calendar server postgresql://")
        assert window.team.bar.label.text().endswith("accepts no connections to this calendar at the moment "
                                                     "(maintenance?)")
        window.grab().save(str(tmp_path / "server-bar.png"))
        assert not window.team.retry()

        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        window.team.bar.retry_button.click()
        assert not window.team.bar.isVisible()
        edit.accept()
        assert not edit.isVisible()
        assert any(e.title == "Consultations on the CBM catalogue" for e in window.planner.search("CBM catalogue"))
    finally:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()
        engine.dispose()


def test_a_viewer_sees_what_the_role_may_not_do(qtbot, tmp_path, seeded_team_url, pg_login) -> None:
    from pg_cluster import login_url

    owner = team.open_team_calendar(seeded_team_url)
    user, password = pg_login("viewer")
    team.grant(owner, user, "viewer")
    owner.dispose()
    engine = team.open_team_calendar(login_url(seeded_team_url, user, password))
    window = open_window(qtbot, engine, tmp_path, "viewer")
    try:
        assert window.read_only_bar.isVisible()
        assert window.read_only_bar.text() == ("You are a viewer of this team calendar: "
                                               "you can read everything but not change it.")
        assert not window.new_action.isEnabled()
        assert not window.import_action.isEnabled()
        window._selected_uid = SOC_JUNE
        window._update_selection_actions()
        assert window.edit_action.isEnabled()
        assert not window.delete_action.isEnabled()
        stale = window.planner.get(SOC_JUNE)
        problem = window.team.save_from_editor(stale, EventEdit(replace(stale, title="x")))
        assert problem is not None
        assert problem.startswith("your role on the team calendar does not allow this change")
    finally:
        engine.dispose()


def test_a_planner_sees_the_register_greyed_out(qtbot, tmp_path, seeded_team_url, pg_login) -> None:
    from pg_cluster import login_url

    owner = team.open_team_calendar(seeded_team_url)
    user, password = pg_login("planner")
    team.grant(owner, user, "planner")
    owner.dispose()
    engine = team.open_team_calendar(login_url(seeded_team_url, user, password))
    window = open_window(qtbot, engine, tmp_path, "planner")
    try:
        assert window.read_only_bar.text() == ("You are a planner of this team calendar: the chairmanship register, "
                                               "handover plans and checklist templates are read-only for you.")
        assert not window.is_read_only()
        assert window.new_action.isEnabled()
        window.set_view("chairmanship")
        page = window.pages["chairmanship"]
        for name in ("add_term_button", "edit_term_button", "plan_next_button"):
            button = page.findChild(QWidget, name)
            assert not button.isEnabled(), name
            assert button.toolTip() == "Your role (planner) may not change the chairmanship register or handover plans"
        page.edit_term_button.setEnabled(True)  # what the page does when a term is selected
        assert not page.edit_term_button.isEnabled()
        assert window.pages["checklists"].done_button.toolTip() != "Your role (planner) may not change tasks"
        window.grab().save(str(tmp_path / "planner.png"))
    finally:
        engine.dispose()


def test_open_team_calendar_keeps_the_password_in_the_keyring_only(qtbot, tmp_path, seeded_db, team_url,
                                                                   pg_login) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    from cica_planner.ui.dialogs.team_dialog import OpenTeamCalendarDialog
    from cica_planner.ui.open_calendar import ask_team_calendar

    class Memory(KeyringBackend):
        priority = 1
        kept: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            self.kept.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    owner = team.open_team_calendar(team_url)
    user, password = pg_login("aigerim")
    team.grant(owner, user, "planner")
    owner.dispose()
    from pg_cluster import login_url

    url = login_url(team_url, user)  # no password in the URL
    engine = open_database(seeded_db)
    window = open_window(qtbot, engine, tmp_path, "file")
    opened = []
    try:
        def fill_in(dialog: OpenTeamCalendarDialog) -> None:
            dialog.show()
            dialog.url_combo.setEditText(url)
            dialog.password_edit.setText("wrong")
            dialog.accept()
            assert dialog.isVisible()  # a failed login keeps the dialog, and the URL typed
            assert "failed: check the user name and password" in dialog.error_label.text()
            dialog.password_edit.setText(password)
            dialog.remember_box.setChecked(True)
            dialog.accept()

        original_exec = OpenTeamCalendarDialog.exec
        OpenTeamCalendarDialog.exec = lambda self: (fill_in(self), self.result())[1]
        try:
            opened.append(ask_team_calendar(window))
        finally:
            OpenTeamCalendarDialog.exec = original_exec
        new_window = opened[0]
        assert new_window is not None
        assert new_window.team.is_server
        qtbot.addWidget(new_window)
        new_window.settings.sync()
        stored = (tmp_path / "file.ini").read_text()
        assert password not in stored
        assert url.split("@")[0].replace("postgresql://", "") in stored  # the recent calendar, without password
        # The next start finds the password in the keyring: libpq has none for this user.
        again = team.open_team_calendar(url)
        assert team.permissions(again).role == "planner"
        again.dispose()
    finally:
        keyring.set_keyring(previous)
        for made in opened:
            if made is not None:
                made.close()
                made.planner.engine.dispose()
        engine.dispose()
