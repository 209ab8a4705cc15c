"""File > Backups…: the list, the preview, Back Up Now and a restore that can be undone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cica_planner.domain.clock import Clock
from cica_planner.domain.model import Category, Event
from cica_planner.services.backups import BackupService
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
from cica_planner.ui.dialogs.backups_dialog import BackupsDialog

pytestmark = pytest.mark.gui


def test_the_dialog_lists_previews_backs_up_and_restores(qtbot, seeded_db: Path, tmp_path: Path) -> None:
    engine = open_database(seeded_db)
    planner = PlannerService(engine)
    service = BackupService(seeded_db, Clock.fixed(datetime(2026, 12, 1, 4, 15, tzinfo=UTC)))
    dialog = BackupsDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    count = planner.count()
    made = dialog.back_up_now()
    assert made is not None
    assert made.events == count
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, dialog.COL_TAKEN).text() == "Tue 01 Dec 2026, 09:15:00"  # Astana
    assert dialog.table.item(0, dialog.COL_EVENTS).text() == str(count)
    assert f"{count} events" in dialog.preview_label.text()
    assert dialog.restore_button.isEnabled()
    planner.create(Event(title="After the backup", category=Category.SOC, start=date(2026, 12, 3), end=date(2026, 12, 4)))
    assert dialog.restore_selected(confirm=lambda _question: False) is None
    assert planner.count() == count + 1
    asked: list[str] = []
    restored = dialog.restore_selected(confirm=lambda question: asked.append(question) or True)
    assert restored is not None
    assert dialog.restored is restored
    assert "backed up first" in asked[0]
    assert planner.count() == count
    assert [dialog.table.item(r, dialog.COL_KIND).text() for r in range(2)] == ["Before a restore", "Made by hand"]
    dialog.resize(760, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "backups.png"))
    engine.dispose()


def test_a_read_only_calendar_lists_backups_but_offers_no_restore(qtbot, seeded_db: Path) -> None:
    service = BackupService(seeded_db)
    service.back_up_now()
    dialog = BackupsDialog(service, read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert not dialog.backup_button.isEnabled()
    assert not dialog.restore_button.isEnabled()
    assert dialog.restore_selected(confirm=lambda _question: True) is None


def test_the_main_window_gets_a_backups_entry_and_a_server_one_says_pg_dump(qtbot, planner, tmp_path, seeded_db) -> None:
    from cica_planner.ui.backups_menu import install_backups_action
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.settings import AppSettings

    app_settings = AppSettings.from_path(tmp_path / "settings.ini")
    window = MainWindow(planner, app_settings, today=date(2026, 12, 1))
    qtbot.addWidget(window)
    made = install_backups_action(window, seeded_db)
    file_menu = window.menuBar().actions()[0].menu()
    assert made in file_menu.actions()
    assert made.text() == "&Backups…"
    server = install_backups_action(window, "postgresql://planner@db.example/cica")
    assert server.text() == "Backups on the Server…"
