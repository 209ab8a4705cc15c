"""Publishing in the app: the settings dialog, the conflict dialog, the status indicator, background work on Radicale."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from caldav_helpers import USER, RadicaleServer, exported_uids
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QRadioButton

from cica_planner.domain.clock import Clock
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Event
from cica_planner.ui.dialogs.field_conflict_dialog import MINE, THEIRS, ConflictField, FieldConflictDialog
from cica_planner.ui.dialogs.publishing_dialog import PublishingDialog
from cica_planner.ui.publishing import PublishingPreferences, attach_publishing, load_preferences, save_preferences
from cica_planner.ui.widgets.publish_status import PublishStatus, time_ago

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
FIELDS = [
    ConflictField("title", "Title", "Renamed here", "Renamed in Thunderbird", "SOC meeting"),
    ConflictField("start", "Start", "27 Jun 2024", "28 Jun 2024", "27 Jun 2024"),
    ConflictField("description", "Description", "Our notes on the agenda " * 12, "—", "—"),
]


def test_conflict_dialog_keeps_mine_by_default_and_merges_per_field(qtbot, tmp_path: Path) -> None:
    dialog = FieldConflictDialog("SOC meeting", FIELDS, author="Thunderbird")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.value().keeps_mine
    qtbot.mouseClick(dialog.groups["title"].button(2), Qt.MouseButton.LeftButton)
    choice = dialog.value()
    assert choice.theirs == {"title"}
    assert not choice.keeps_mine
    assert not choice.takes_theirs
    assert dialog.choice_of("start") == MINE
    qtbot.mouseClick(dialog.all_theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.value().takes_theirs
    dialog.choose("description", MINE)
    assert dialog.value().theirs == {"title", "start"}
    dialog.choose_all(MINE)
    assert dialog.value().keeps_mine
    assert dialog.choice_of("title") == MINE
    dialog.choose("start", THEIRS)
    assert dialog.findChild(QRadioButton, "start_theirs").isChecked()
    # Clicking a value's text chooses it, as with any radio button.
    label = dialog.groups["description"].button(2).parent().findChildren(QLabel)[0]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert dialog.choice_of("description") == THEIRS
    dialog.grab().save(str(tmp_path / "conflict.png"))


def test_publishing_dialog_gives_preferences_and_the_subscription_address(qtbot) -> None:
    dialog = PublishingDialog(PublishingPreferences())
    qtbot.addWidget(dialog)
    assert dialog.subscription_edit.text() == ""
    assert not dialog.copy_button.isEnabled()
    qtbot.keyClicks(dialog.server_edit, "https://cal.example.org/dav")
    qtbot.keyClicks(dialog.calendar_edit, "secretariat/cica/")
    qtbot.keyClicks(dialog.user_edit, "aigerim")
    qtbot.keyClicks(dialog.password_edit, "pa ss")
    dialog.on_change_box.setChecked(True)
    dialog.sync_spin.setValue(15)
    assert dialog.subscription_edit.text() == "https://cal.example.org/dav/secretariat/cica/"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "https://cal.example.org/dav/secretariat/cica/"
    preferences, password = dialog.value()
    assert preferences == PublishingPreferences("https://cal.example.org/dav", "secretariat/cica/", "aigerim", "",
                                                True, 15, False)
    assert password == "pa ss"
    qtbot.keyClicks(dialog.public_edit, "https://cloud.example.org/public/abc123/")
    assert dialog.subscription_edit.text() == "https://cloud.example.org/public/abc123/"


def test_publishing_dialog_refuses_a_bad_address(qtbot) -> None:
    dialog = PublishingDialog(PublishingPreferences(server="cal.example.org", publish_on_change=True))
    qtbot.addWidget(dialog)
    with pytest.raises(ValidationError, match="not a calendar address"):
        dialog.value()
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog)


def test_preferences_round_trip_without_the_password(tmp_path: Path) -> None:
    from cica_planner.ui.settings import AppSettings

    path = tmp_path / "settings.ini"
    preferences = PublishingPreferences("https://cal.example.org/", "team/cica", "aigerim", "", True, 30, True)
    save_preferences(AppSettings.from_path(path).store, preferences)
    assert load_preferences(AppSettings.from_path(path).store) == preferences
    assert "pass" not in path.read_text(encoding="utf-8").lower()


def test_status_indicator_texts(qtbot) -> None:
    status = PublishStatus(Clock.fixed(NOW))
    qtbot.addWidget(status)
    status.show_published(NOW - timedelta(minutes=2))
    assert status.text() == "Published 2 min ago"
    status.show_busy()
    assert status.text() == "Publishing…"
    status.show_failed("cal.example.org did not answer within 20 s; try again later")
    assert status.text() == "Publishing failed: cal.example.org did not answer within 20 s; try again later (Retry)"
    with qtbot.waitSignal(status.retry_requested):
        qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    status.show_attention("1 event changed on the server", action="sync")
    assert status.text() == "1 event changed on the server (Sync Now)"
    with qtbot.waitSignal(status.sync_requested):
        qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    status.show_published(NOW)
    assert status.text() == "Published just now"
    assert status.button.isHidden()
    assert time_ago(NOW - timedelta(hours=3), NOW) == "3 h ago"
    assert time_ago(NOW - timedelta(days=1), NOW) == "1 day ago"
    assert time_ago(NOW, NOW) == "just now"


@pytest.fixture
def published_window(qtbot, published_url: str, planner, app_settings, radicale: RadicaleServer):
    from cica_planner.ui.main_window import MainWindow

    url = published_url  # before ``planner``, which opens the published file
    save_preferences(app_settings.store, PublishingPreferences(
        server=radicale.base, calendar=url.removeprefix(radicale.base), user=USER, publish_on_change=True))
    window = MainWindow(planner, app_settings, db_name="calendar.sqlite3")
    qtbot.addWidget(window)
    controller = attach_publishing(window, app_settings.store)
    window.show()
    yield window, controller, url
    controller.wait()


def test_a_change_is_published_in_the_background(qtbot, published_window, radicale: RadicaleServer) -> None:
    window, controller, url = published_window
    assert controller.status.text().startswith("Published")
    start = datetime(2024, 9, 10, 10, tzinfo=UTC)
    event = Event("Expert meeting on confidence building measures", Category.EXPERT_MEETING, start,
                  start + timedelta(hours=2), uid="new-expert@test")
    puts = radicale.puts(url)
    assert window.create_event(event)
    qtbot.waitUntil(controller.is_busy, timeout=5000)
    assert controller.status.text() == "Publishing…"  # the window's thread is free while the server is busy
    qtbot.waitUntil(lambda: not controller.is_busy(), timeout=30000)
    assert controller.status.text() == "Published just now"
    assert radicale.puts(url) == puts + 1
    assert any(p.name == "new-expert@test.ics" for p in radicale.resources(url))
    actions = {a.objectName() for a in window.file_menu.actions()}
    assert {"publishing_settings_action", "publish_now_action", "sync_now_action"} <= actions


def test_sync_now_takes_back_a_server_edit_and_asks_about_a_conflict(
    qtbot, published_window, radicale: RadicaleServer, planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_sync import UID, _set, edit_on_server

    window, controller, url = published_window
    controller.preferences = replace(controller.preferences, publish_on_change=False)
    edit_on_server(radicale, url, UID, _set("SUMMARY", "Renamed in Thunderbird"))
    planner.update(replace(planner.get(UID), title="Renamed here"))
    asked: list[FieldConflictDialog] = []

    def choose(parent, title, fields, *, where="", author="", intro=None):
        # The real dialog, driven as a user would: take the server's title.
        dialog = FieldConflictDialog(title, fields, where=where, author=author, intro=intro, parent=parent)
        qtbot.addWidget(dialog)
        asked.append(dialog)
        dialog.choose("title", THEIRS)
        return dialog.value()

    monkeypatch.setattr(FieldConflictDialog, "get_choice", staticmethod(choose))
    controller.sync_now(ask=True)
    qtbot.waitUntil(lambda: bool(asked) and not controller.is_busy(), timeout=30000)
    assert [f.name for f in asked[0].fields] == ["title"]
    assert asked[0].fields[0].mine == "Renamed here"
    assert planner.get(UID).title == "Renamed in Thunderbird"
    assert controller.status.text().startswith("Published")


def test_a_failure_is_shown_with_retry(qtbot, planner, app_settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from cica_planner.ui.main_window import MainWindow

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("CICA_PLANNER_CALDAV_PASSWORD", "x")
    save_preferences(app_settings.store, PublishingPreferences(server=f"http://127.0.0.1:{port}/",
                                                               calendar="alice/cica", user=USER))
    window = MainWindow(planner, app_settings, db_name="calendar.sqlite3")
    qtbot.addWidget(window)
    controller = attach_publishing(window, app_settings.store)
    controller.publish_now()
    qtbot.waitUntil(lambda: not controller.is_busy(), timeout=30000)
    assert controller.status.text().startswith(f"Publishing failed: cannot reach 127.0.0.1:{port}")
    assert controller.status.text().endswith("(Retry)")
    controller.wait()


def test_publish_offers_to_create_a_missing_calendar(qtbot, planner, app_settings, radicale: RadicaleServer,
                                                     seeded_db: Path, password_env: None) -> None:
    from cica_planner.ui.main_window import MainWindow

    url = radicale.collection()
    save_preferences(app_settings.store, PublishingPreferences(server=radicale.base,
                                                               calendar=url.removeprefix(radicale.base), user=USER))
    window = MainWindow(planner, app_settings, db_name="calendar.sqlite3")
    qtbot.addWidget(window)
    controller = attach_publishing(window, app_settings.store)
    asked: list[str] = []
    controller.confirm_create = lambda where: asked.append(where) or True
    controller.publish_now()
    expected = len(exported_uids(seeded_db))
    qtbot.waitUntil(lambda: bool(asked) and not controller.is_busy() and len(radicale.resources(url)) == expected,
                    timeout=60000)
    assert asked == [url]
    assert controller.status.text() == "Published just now"
    controller.wait()


def test_deletions_on_the_server_are_applied_only_when_confirmed(
    qtbot, published_window, radicale: RadicaleServer, planner
) -> None:
    from test_sync import UID

    window, controller, url = published_window
    assert radicale.request(url + UID.replace("@", "%40") + ".ics", "DELETE")[0] in (200, 204)
    title = planner.get(UID).title
    answers = iter([False, True])
    asked: list[list[str]] = []
    controller.confirm_deletions = lambda titles: asked.append(list(titles)) or next(answers)
    controller.sync_now(ask=True)
    qtbot.waitUntil(lambda: bool(asked) and not controller.is_busy(), timeout=30000)
    assert asked == [[title]]
    assert planner.find(UID) is not None  # "No": kept here
    assert controller.status.text() == "Sync: 1 to resolve (Resolve)"
    qtbot.mouseClick(controller.status.button, Qt.MouseButton.LeftButton)  # Resolve…, and "Yes" this time
    qtbot.waitUntil(lambda: len(asked) == 2 and not controller.is_busy() and planner.find(UID) is None, timeout=30000)
    assert controller.status.text().startswith("Published")
