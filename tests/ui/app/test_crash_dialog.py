"""An unexpected error: logged with its traceback to the rotating log, shown in the crash dialog
(what happened, where the log is, a Copy button), and the app goes on."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from cica_planner.ui.crash_reporting import open_crash_dialog
from cica_planner.ui.dialogs.crash_dialog import CrashDialog


@pytest.fixture
def log_path(tmp_path, monkeypatch):
    """configure_logging into a temporary folder; the root logger is restored afterwards."""
    from cica_planner.app import DEBUG_ENV, configure_logging

    monkeypatch.delenv(DEBUG_ENV, raising=False)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = tmp_path / "logs" / "cica-planner.log"
    configure_logging(path)
    yield path
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def no_dialog_left(qapp):
    yield
    dialog = open_crash_dialog()
    if dialog is not None:
        dialog.done(0)


def _raise_in_an_action() -> None:
    {}["calendar"]  # the bug under test: a KeyError deep in an action


def _caught() -> tuple[type[BaseException], BaseException, object]:
    try:
        _raise_in_an_action()
    except KeyError as error:
        return type(error), error, error.__traceback__
    raise AssertionError("the action did not fail")


def test_an_unexpected_error_opens_the_dialog_and_writes_the_log(qapp, log_path, no_dialog_left) -> None:
    from cica_planner.app import handle_exception

    exc_type, exc, tb = _caught()
    handle_exception(exc_type, exc, tb)  # returns at once: the dialog is opened, not executed

    dialog = open_crash_dialog()
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible()
    assert "An unexpected error occurred" in dialog.headline.text()
    assert "KeyError: 'calendar'" in dialog.headline.text()
    assert str(log_path) in dialog.log_label.text()
    assert "_raise_in_an_action" in dialog.details.toPlainText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "unexpected error" in logged
    assert "Traceback (most recent call last)" in logged
    assert "_raise_in_an_action" in logged
    assert "KeyError: 'calendar'" in logged


def test_copy_puts_the_whole_report_on_the_clipboard(qapp, qtbot, tmp_path) -> None:
    from cica_planner import __version__

    details = 'Traceback (most recent call last):\n  File "views.py", line 12, in paint\nZeroDivisionError: division by zero\n'
    dialog = CrashDialog("ZeroDivisionError: division by zero", details, tmp_path / "cica-planner.log")
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    copy = dialog.findChild(QPushButton, "crash_copy")
    assert copy is not None
    assert copy.text() == "&Copy details"
    copy.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"CICA Planner {__version__} on ")
    assert f"Log file: {tmp_path / 'cica-planner.log'}" in copied
    assert "ZeroDivisionError: division by zero" in copied
    assert 'File "views.py", line 12, in paint' in copied
    assert dialog.copied.text() == "Copied to the clipboard."


def test_errors_in_a_row_share_one_dialog(qapp, log_path, no_dialog_left) -> None:
    from cica_planner.app import handle_exception

    for _ in range(3):
        handle_exception(*_caught())
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].error_count() == 3
    assert dialogs[0].headline.text().startswith("<b>3 unexpected errors occurred.</b>")
    assert dialogs[0].report_text().count("KeyError: 'calendar'") >= 3


def test_an_error_in_a_slot_leaves_the_event_loop_running(qapp, qtbot, log_path, monkeypatch, no_dialog_left) -> None:
    """A slot that raises goes through sys.excepthook; the app goes on with the next event."""
    import sys

    from cica_planner.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    ran_after: list[bool] = []
    QTimer.singleShot(0, _raise_in_an_action)
    QTimer.singleShot(10, lambda: ran_after.append(True))
    qtbot.waitUntil(lambda: bool(ran_after) and open_crash_dialog() is not None, timeout=5000)
    assert open_crash_dialog().error_count() == 1


def test_without_a_log_file_the_dialog_says_to_copy_instead(qapp, qtbot) -> None:
    dialog = CrashDialog("OSError: disk full", "Traceback ...\nOSError: disk full\n", None)
    qtbot.addWidget(dialog)
    assert dialog.log_label.text() == "The log file could not be written; copy the details below instead."
    assert "Log file: not written" in dialog.report_text()


def test_the_log_rotates(tmp_path, log_path) -> None:
    from cica_planner.app import LOG_BACKUPS, LOG_MAX_BYTES, current_log_file

    assert current_log_file() == log_path
    (handler,) = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert handler.maxBytes == LOG_MAX_BYTES
    assert handler.backupCount == LOG_BACKUPS
    line = "x" * 1000
    for _ in range(LOG_MAX_BYTES // 1000 + 50):
        logging.getLogger("cica_planner").info(line)
    assert Path(f"{log_path}.1").is_file()
    assert log_path.stat().st_size < LOG_MAX_BYTES


def test_the_dialog_looks_right(qapp, qtbot, tmp_path) -> None:
    dialog = CrashDialog("KeyError: 'calendar'", "Traceback (most recent call last):\n  File \"x.py\", line 1\nKeyError: 'calendar'\n",
                         tmp_path / "logs" / "cica-planner.log")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Nothing is clipped: every label gets at least the height its wrapped text needs.
    for label in (dialog.headline, dialog.log_label):
        assert label.height() >= label.heightForWidth(label.width())
    assert dialog.details.isReadOnly()


def test_open_log_folder_asks_the_desktop_to_show_the_folder(qapp, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.urls.append(url)

    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "show")
    try:
        dialog = CrashDialog("KeyError: 'x'", "Traceback ...", tmp_path / "logs" / "cica-planner.log")
        qtbot.addWidget(dialog)
        dialog.open_log_button.click()
        assert [url.toLocalFile() for url in catcher.urls] == [str(tmp_path / "logs")]
        without = CrashDialog("KeyError: 'x'", "Traceback ...", None)
        qtbot.addWidget(without)
        assert not without.open_log_button.isEnabled()
        assert without.open_log_folder() is False
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_an_error_in_a_background_thread_reaches_the_dialog(qapp, qtbot, log_path, monkeypatch, no_dialog_left) -> None:
    import sys
    import threading

    from cica_planner.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()
    worker = threading.Thread(target=_raise_in_an_action, name="sync")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: open_crash_dialog() is not None, timeout=5000)
    assert "KeyError: 'calendar'" in open_crash_dialog().headline.text()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "_raise_in_an_action" in log_path.read_text(encoding="utf-8")


def test_an_error_repeating_at_every_repaint_is_counted_not_piled_up(qapp, qtbot) -> None:
    from cica_planner.ui.dialogs.crash_dialog import KEPT_ERRORS

    dialog = CrashDialog("ZeroDivisionError: division by zero", "Traceback ...\nZeroDivisionError\n", None)
    qtbot.addWidget(dialog)
    for _ in range(KEPT_ERRORS + 40):
        dialog.add_error("ZeroDivisionError: division by zero", "Traceback ...\nZeroDivisionError\n")
    assert dialog.error_count() == KEPT_ERRORS + 41
    assert dialog.details.toPlainText().count("Traceback") == KEPT_ERRORS
    assert dialog.report_text().rstrip().endswith("... and 41 more, in the log file")
    assert dialog.headline.text().startswith(f"<b>{KEPT_ERRORS + 41} unexpected errors occurred.</b>")
