"""A calendar that cannot be saved (read-only notice, failed writes, undo), the log file and the excepthook."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import Category, Event
from cica_planner.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)
MC7 = "e097@seed.cica-planner"
READ_ONLY = "the calendar file calendar.sqlite3 is read-only; changes cannot be saved"


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise StorageError(READ_ONLY)


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """The texts of the error boxes the window opens."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: texts.append(self.text()))
    return texts


@pytest.fixture
def own_logging():
    """Undo what configure_logging does to the root and alembic loggers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    alembic_level = logging.getLogger("alembic").level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(alembic_level)


# -- the read-only notice ----------------------------------------------------------------


def test_read_only_window_says_so_at_the_top(qtbot, planner, app_settings) -> None:
    made = MainWindow(planner, app_settings, today=TODAY, read_only=True)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    assert made.is_read_only()
    assert made.read_only_bar.isVisible()
    assert made.read_only_bar.text() == "This calendar is read-only: changes cannot be saved."
    # Above the calendar, across the window's width, and it does not block anything.
    assert made.read_only_bar.mapTo(made, made.read_only_bar.rect().topLeft()).y() < made.splitter.mapTo(
        made, made.splitter.rect().topLeft()).y()
    assert made.read_only_bar.width() >= made.splitter.width()
    assert made.current_view().isEnabled()


def test_writable_window_has_no_notice(window) -> None:
    assert not window.is_read_only()
    assert not window.read_only_bar.isVisible()


# Opening a calendar that really is read-only (a read-only mount, another user's folder) is
# tested with real permissions in tests/reliability/test_read_only.py.


# -- failed writes -----------------------------------------------------------------------


def test_a_failed_save_is_one_message_and_nothing_changes(window, planner, monkeypatch, shown) -> None:
    from cica_planner.ui.dialogs.event_dialog import EventEdit

    before = planner.get(MC7)
    monkeypatch.setattr(planner, "update", _refuse)
    assert not window.apply_edit(before, EventEdit(replace(before, title="7th Ministerial Council (moved)")))
    assert shown == ["The calendar file calendar.sqlite3 is read-only; changes cannot be saved"]
    assert window.undo_stack.count() == 0
    assert planner.get(MC7).title == before.title


def test_a_failed_undo_keeps_the_stack_in_step_with_the_file(window, planner, monkeypatch, shown) -> None:
    event = Event(title="Expert meeting on ICT security", category=Category.EXPERT_MEETING,
                  start=date(2025, 3, 4), end=date(2025, 3, 5), city="Astana", country="KZ")
    assert window.create_event(event)
    with monkeypatch.context() as patch:
        patch.setattr(planner, "delete", _refuse)
        window.undo_action.trigger()
    assert shown == ["The calendar file calendar.sqlite3 is read-only; changes cannot be saved"]
    assert planner.get(event.uid).title == "Expert meeting on ICT security"  # still there, as the stack says
    assert window.undo_stack.index() == 1
    assert window.undo_stack.canUndo()
    window.undo_action.trigger()  # writable again: the same undo now works
    assert planner.find(event.uid) is None
    assert window.undo_stack.index() == 0
    with monkeypatch.context() as patch:
        patch.setattr(planner, "undelete", _refuse)
        patch.setattr(planner, "create", _refuse)
        window.redo_action.trigger()
    assert len(shown) == 2
    assert planner.find(event.uid) is None
    assert window.undo_stack.index() == 0
    window.redo_action.trigger()
    assert planner.get(event.uid).title == "Expert meeting on ICT security"
    assert len(shown) == 2


# -- excepthook --------------------------------------------------------------------------


def test_excepthook_never_claims_a_failed_change_was_saved(monkeypatch, qapp) -> None:
    from cica_planner.app import handle_exception

    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: texts.append(text)))
    handle_exception(StorageError, StorageError(READ_ONLY), None)
    failed = sqlite3.OperationalError("attempt to write a readonly database\n[SQL: UPDATE event ...]")
    handle_exception(sqlite3.OperationalError, failed, None)
    boom = RuntimeError("boom")
    handle_exception(RuntimeError, boom, boom.__traceback__)
    assert texts[0] == READ_ONLY
    assert texts[1].startswith("The change could not be saved: attempt to write a readonly database\n")
    assert "SQL" not in texts[1]
    assert len(texts) == 2  # the unexpected error went to the crash dialog (test_crash_dialog.py)
    from cica_planner.ui.crash_reporting import open_crash_dialog

    crash = open_crash_dialog()
    assert crash is not None
    texts.append(crash.headline.text())
    crash.done(0)
    assert "RuntimeError: boom" in texts[2]
    assert all("Your calendar is saved" not in text for text in texts)


# -- logging -----------------------------------------------------------------------------


def test_log_file_is_in_the_user_log_folder(tmp_path, monkeypatch) -> None:
    import platformdirs

    from cica_planner.app import APP_NAME, LOG_DIR_ENV, ORGANISATION, log_file

    monkeypatch.delenv(LOG_DIR_ENV, raising=False)
    assert log_file() == Path(platformdirs.user_log_dir(APP_NAME, ORGANISATION)) / "cica-planner.log"
    assert log_file(tmp_path) == tmp_path / "cica-planner.log"
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "elsewhere"))
    assert log_file() == tmp_path / "elsewhere" / "cica-planner.log"


def test_console_gets_no_traceback_and_no_alembic_chatter(tmp_path, capfd, monkeypatch, own_logging) -> None:
    from cica_planner.app import DEBUG_ENV, configure_logging

    monkeypatch.delenv(DEBUG_ENV, raising=False)
    path = tmp_path / "logs" / "cica-planner.log"
    configure_logging(path)
    configure_logging(path)  # a second call replaces the handlers instead of doubling every line
    logging.getLogger("alembic.runtime.migration").info("Running upgrade  -> 0001, initial schema")
    try:
        raise ValueError("bad value")
    except ValueError:
        logging.getLogger("cica_planner").exception("unexpected error")
    for handler in logging.getLogger().handlers:
        handler.flush()
    err = capfd.readouterr().err
    assert "Running upgrade" not in err
    assert "Traceback" not in err
    assert err.count("cica_planner: unexpected error") == 1
    logged = path.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "ValueError: bad value" in logged
    assert logged.count("unexpected error") == 1
    assert logging.getLogger("alembic").getEffectiveLevel() == logging.WARNING


def test_the_start_logs_to_the_same_file_before_it_rotates(tmp_path, monkeypatch, own_logging) -> None:
    """Until its first paint the start appends to the log without the rotating handler; then it rotates."""
    import logging.handlers

    from cica_planner.app import DEBUG_ENV, LOG_BACKUPS, LOG_MAX_BYTES, configure_logging, current_log_file

    monkeypatch.delenv(DEBUG_ENV, raising=False)
    path = tmp_path / "logs" / "cica-planner.log"
    configure_logging(path, rotating=False)
    logging.getLogger("cica_planner").info("before the first paint")
    own = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    assert [type(h) for h in own if h.baseFilename == str(path)] == [logging.FileHandler]
    assert current_log_file() == path

    configure_logging(path)
    logging.getLogger("cica_planner").info("after the first paint")
    files = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler) and h.baseFilename == str(path)]
    assert len(files) == 1  # the plain handler was replaced, not doubled
    (rotating,) = files
    assert isinstance(rotating, logging.handlers.RotatingFileHandler)
    assert (rotating.maxBytes, rotating.backupCount) == (LOG_MAX_BYTES, LOG_BACKUPS)
    rotating.flush()
    logged = path.read_text(encoding="utf-8")
    assert "before the first paint" in logged
    assert "after the first paint" in logged
    assert logged.index("before the first paint") < logged.index("after the first paint")
