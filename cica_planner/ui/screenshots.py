"""Render every page and the main dialogs to PNG files: ``python -m cica_planner.ui.screenshots OUTDIR [--lang ru]``.

``--lang ru`` renders them in Russian (and adds the month at 1024×700, the smallest size the
layout is checked at). Everything happens offscreen on a temporary seeded database with settings in a temporary
INI file, so the user's own calendar and preferences are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

SIZE = (1400, 900)
#: Screenshots show the seeded calendar as of this day, so they do not change with the clock.
TODAY = date(2024, 6, 27)
MC7_UID = "e097@seed.cica-planner"
SOC_UID = "e082@seed.cica-planner"  # the SOC of 27 June 2024 in Astana


def render(outdir: Path, lang: str = "en") -> list[Path]:
    """Write the screenshots into ``outdir`` in ``lang`` ("en" or "ru") and return their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QWidget

    from cica_planner.i18n.language import install_language
    from cica_planner.services.seeding import open_database
    from cica_planner.ui.dialogs.event_dialog import EventDialog
    from cica_planner.ui.settings import AppSettings
    from cica_planner.ui.window_assembly import build_main_window, feature_services

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CICA Planner")
    install_language(lang)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = outdir / (f"{name}.png" if lang == "en" else f"{name}-{lang}.png")
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory(prefix="cica-shots-") as temp:
        engine = open_database(Path(temp) / "calendar.sqlite3", seed=True)
        settings = AppSettings.from_path(Path(temp) / "settings.ini")
        try:
            window = build_main_window(engine, settings, db_name="calendar.sqlite3", today=TODAY,
                                       **feature_services(engine))
            window.resize(*SIZE)
            window.show()
            shots = (
                ("month", date(2024, 6, 1), "month-june-2024"),
                ("week", date(2024, 6, 24), "week-24-30-june-2024"),
                ("day", date(2024, 6, 27), "day-27-june-2024"),
                ("agenda", date(2024, 10, 1), "agenda-october-2024"),
                ("year", date(2024, 1, 1), "year-2024"),
            )
            for key, day, name in shots:
                window.set_view(key)
                window.go_to_date(day)
                save(window, name)
            window.set_view("month")
            window.go_to_date(date(2024, 6, 1))
            window.sidebar.search_edit.setText("Senior Officials")
            window.show_event(SOC_UID)
            save(window, "month-search-soc")
            window.sidebar.search_edit.clear()
            _holiday_shots(window, save)
            for key in ("chairmanship", "checklists", "dashboard"):
                if key in window.pages:
                    window.set_view(key)
                    save(window, key)
            _dialog_shots(window, save)
            if lang != "en":
                window.resize(1024, 700)
                window.set_view("month")
                window.go_to_date(date(2024, 6, 1))
                save(window, "month-june-2024-1024x700")
                window.resize(*SIZE)
            event = window.planner.get(MC7_UID)
            dialog = EventDialog(event, window.planner.countries(), window, checklists=window.checklists,
                                 display_tz=window.display_tz(), conflicts=window.planner.conflicts)
            dialog.resize(720, dialog.sizeHint().height())
            dialog.show()
            save(dialog, "editor-7th-ministerial-council")
            dialog.close()
            # A held meeting moved by a day: the editor asks why before it saves.
            soc = window.planner.get(SOC_UID)
            dialog = EventDialog(soc, window.planner.countries(), window, checklists=window.checklists,
                                 display_tz=window.display_tz(), conflicts=window.planner.conflicts)
            dialog.resize(720, dialog.sizeHint().height())
            dialog.show()
            dialog.start_date_edit.setDate(QDate(2024, 6, 28))
            save(dialog, "editor-reschedule-reason")
            dialog.close()
            window.close()
        finally:
            engine.dispose()
    return written


def _dialog_shots(window, save) -> None:  # noqa: ANN001 - MainWindow, the save() above
    """Settings, Go to Date and the report's choices, as the File and View menus open them."""
    from cica_planner.ui.dialogs.goto_dialog import GotoDialog
    from cica_planner.ui.dialogs.report_dialog import ReportDialog
    from cica_planner.ui.dialogs.settings_dialog import Preferences, SettingsDialog

    for name, dialog in (
        ("settings", SettingsDialog(Preferences(), window.planner.countries(), window)),
        ("go-to-date", GotoDialog(TODAY, window, today=TODAY)),
        ("report", ReportDialog(TODAY, window)),
    ):
        dialog.show()
        save(dialog, f"dialog-{name}")
        dialog.close()
        dialog.deleteLater()


def _holiday_shots(window, save) -> None:  # noqa: ANN001 - MainWindow, the save() above
    """June 2024 with the holidays of all Member States, and Find a Date for an SOC in spring 2027."""
    from PySide6.QtCore import QDate

    from cica_planner.ui.dialogs.find_date_dialog import FindDateDialog

    panel = window.scheduling.panel
    window.sidebar.filter_box.setCurrentWidget(panel)
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("all"))
    window.go_to_date(date(2024, 6, 1))
    save(window, "month-holidays-june-2024")
    finder = FindDateDialog(window.scheduling.service, window.planner.countries(), today=date(2026, 12, 1),
                            start=date(2027, 3, 1), parent=window)
    finder.to_edit.setDate(QDate(2027, 4, 30))
    finder.show()
    save(finder, "find-a-date-soc-2027")
    finder.close()
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("host"))
    window.sidebar.filter_box.setCurrentIndex(0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cica_planner.ui.screenshots", description=(__doc__ or "").partition("\n")[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files (created if missing)")
    parser.add_argument("--lang", choices=("en", "ru"), default="en", help="language of the UI (default: en)")
    args = parser.parse_args(argv)
    for path in render(args.outdir, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
