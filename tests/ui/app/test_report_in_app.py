"""File → Report…: PDF or CSV, the default period shown in the dialog, the file written and opened."""

from __future__ import annotations

import csv
from datetime import date

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from cica_planner.ui.dialogs.report_dialog import ReportDialog, ReportRequest
from cica_planner.ui.main_window import MainWindow


def _window(qtbot, planner, app_settings) -> MainWindow:
    from cica_planner.ui.window_assembly import feature_services

    window = MainWindow(planner, app_settings, db_name="calendar.sqlite3", today=date(2024, 6, 20),
                        **feature_services(planner.engine))
    qtbot.addWidget(window)
    return window


def test_the_dialog_shows_the_default_period_and_refuses_a_reversed_one(qtbot) -> None:
    dialog = ReportDialog(date(2024, 6, 20))
    qtbot.addWidget(dialog)
    assert dialog.value() == ReportRequest(".pdf", date(2024, 6, 20), date(2024, 12, 17))
    assert "Default: today (20 Jun 2024) and the 180 days after it (to 17 Dec 2024)" in dialog.default_label.text()
    dialog.csv_button.setChecked(True)
    assert dialog.value().suffix == ".csv"
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert "comes before its start" in dialog.error_label.text()


def test_report_is_written_and_opened(qtbot, planner, app_settings, tmp_path, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = _window(qtbot, planner, app_settings)
    assert window.report_action.isEnabled()
    pdf = window.write_report(tmp_path / "status.pdf", ReportRequest(".pdf", date(2024, 6, 1), date(2024, 6, 30)))
    assert pdf == tmp_path / "status.pdf"
    assert opened == [str(pdf)]
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Senior Officials Committee" in " ".join(text.split()).replace("ﬃ", "ffi")
    assert window.statusBar().currentMessage().startswith("Wrote status.pdf (")
    table = window.write_report(tmp_path / "status.csv", ReportRequest(".csv", date(2024, 6, 1), date(2024, 6, 30)))
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    assert opened[-1] == str(table)


def test_a_report_into_a_missing_folder_is_one_message(qtbot, planner, app_settings, tmp_path) -> None:
    window = _window(qtbot, planner, app_settings)
    assert window.write_report(tmp_path / "no" / "such" / "r.pdf", ReportRequest(".pdf", date(2024, 6, 1),
                                                                                 date(2024, 6, 30)), open_after=False) is None
    assert "\n" not in window.last_error
