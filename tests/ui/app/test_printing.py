"""File → Print…: the month, week, day and agenda printed to a PDF file and read back with pypdf."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from cica_planner.ui.printing import pdf_printer


def _printed(window, path: Path) -> str:
    window.print_calendar(pdf_printer(str(path)))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", text)  # the PDF's "ﬃ" ligatures read as "ffi"


def test_the_month_prints_with_title_period_zone_and_legend(window, tmp_path) -> None:
    window.go_to_date(date(2024, 6, 27))
    text = _printed(window, tmp_path / "month.pdf")
    assert "CICA calendar — June 2024" in text
    assert "Month · 27 May 2024 – 7 July 2024" in text  # the days the month page shows
    assert "Times in Asia/Almaty (Astana" in text
    assert "Categories" in text
    assert "SOC" in text  # the legend names the categories of the month
    assert "Senior Officials" in text  # the view itself, drawn as text
    assert "Monday Tuesday Wednesday" in text


def test_week_day_and_agenda_print_their_events_as_a_list(window, tmp_path) -> None:
    window.go_to_date(date(2024, 6, 27))
    for key, heading in (("week", "Week · 24 June 2024 – 30 June 2024"), ("day", "Day · Thursday 27 June 2024")):
        window.set_view(key)
        text = _printed(window, tmp_path / f"{key}.pdf")
        assert heading in text
        assert "Thursday 27 June 2024" in text
        assert "Senior Officials Committee meeting" in text
        assert "Times in Asia/Almaty" in text
    window.set_view("agenda")
    text = _printed(window, tmp_path / "agenda.pdf")
    assert "Agenda · " in text
    assert "Senior Officials Committee meeting" in text
    assert len(PdfReader(tmp_path / "agenda.pdf").pages) >= 1


def test_print_is_offered_on_calendar_views_only(qtbot, planner, app_settings) -> None:
    from cica_planner.ui.main_window import MainWindow
    from cica_planner.ui.window_assembly import feature_services

    window = MainWindow(planner, app_settings, db_name="calendar.sqlite3", today=date(2026, 11, 27),
                        **feature_services(planner.engine))
    qtbot.addWidget(window)
    assert window.print_action.isEnabled()
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.set_view("dashboard")
    assert not window.print_action.isEnabled()


def test_file_print_opens_a_preview_of_the_page(window, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    seen: list[tuple[str, int]] = []

    def preview(dialog: QPrintPreviewDialog) -> int:
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen.append((dialog.windowTitle(), widget.pageCount()))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    window.go_to_date(date(2024, 6, 27))
    window.set_view("agenda")
    window.print_action.trigger()
    assert seen == [("Print — June 2024", seen[0][1])]
    assert seen[0][1] >= 1
