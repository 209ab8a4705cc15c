"""File → Import and Export iCalendar of the main window: choose a file, preview, write with progress.

A mixin of ``MainWindow``: it uses the window's planner, undo stack, display zone and
status bar, and reports failures with ``show_error`` (one line, nothing half-written).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from cica_planner.domain.errors import PlannerError


class FileOperations:
    """Import and export of the main window (see the module docstring)."""

    def import_ics(self: Any, path: str | Path | None = None) -> None:
        """Import an .ics file: show what it would change, then write it all at once with progress (undoable)."""
        from PySide6.QtWidgets import QFileDialog, QProgressDialog

        from cica_planner.services.ical_import import ImportService
        from cica_planner.services.import_guard import read_import_file
        from cica_planner.ui.commands import ImportCalendar, push_command
        from cica_planner.ui.dialogs.import_dialog import ImportDialog
        from cica_planner.ui.import_preview import review_import

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import iCalendar"), str(Path.home()),
                self.tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"))
            if not chosen:
                return
            path = chosen
        path = Path(path)
        try:
            plan = ImportService(self.planner).plan(read_import_file(path))
            plan, review = review_import(self.planner, plan, self.today(), self._display_tz, self._countries)
        except PlannerError as exc:
            self.show_error(self.tr("Cannot import {file}: {reason}").format(file=path.name, reason=exc))
            return
        except OSError as exc:
            self.show_error(self.tr("Cannot read {file}: {reason}").format(file=path.name, reason=exc.strerror or exc))
            return
        chosen = ImportDialog.choose(self, plan, path.name, review)
        if chosen is None:
            return
        plan = chosen
        progress = QProgressDialog(self.tr("Importing events…"), "", 0, 100, self)
        progress.setWindowTitle(self.tr("Import iCalendar"))
        progress.setCancelButton(None)  # the import is one transaction: it cannot stop halfway
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        # One undoable command: undo deletes the events it created and writes back those it changed.
        command = ImportCalendar(self.planner, plan, path.name, progress=report)
        try:
            push_command(self.undo_stack, command)
        except PlannerError as exc:
            self.show_error(str(exc))
            return
        finally:
            progress.close()
            progress.deleteLater()
        # The undo stack's indexChanged has refreshed the window once already.
        self._update_country_filter()  # the file may bring events of countries not listed yet
        summary = command.result.summary() if command.result is not None else ""
        self.statusBar().showMessage(self.tr("Imported {file}: {summary}").format(file=path.name, summary=summary), 8000)

    def export_ics(self: Any, path: str | Path | None = None, options: Any = None) -> Path | None:
        """Export events to an .ics file (the choices of ``cica-planner export``); return the path written."""
        from PySide6.QtWidgets import QFileDialog

        from cica_planner.services.export_preview import preview_export
        from cica_planner.services.ical_export import export_calendar, write_export
        from cica_planner.ui.dialogs.export_dialog import ExportDialog
        from cica_planner.ui.file_writes import written_or_reported

        if options is None:
            year = self._anchor.year
            options = ExportDialog.get_options(self, date(year, 1, 1), date(year, 12, 31),
                                               preview=lambda chosen: preview_export(self.planner, chosen))
            if options is None:
                return None
            # Outlook names the new calendar folder after it: in the user's language.
            options = replace(options, calendar_name=self.tr("CICA Planner", "the exported calendar's name"))
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export iCalendar"),
                                                          str(Path.home() / "cica-calendar.ics"),
                                                          self.tr("iCalendar files (*.ics)"))
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".ics") else f"{chosen}.ics"
        target = Path(path)
        def write() -> bool:
            write_export(target, export_calendar(self.planner, options, tasks=self.services.tasks))
            return True

        if not written_or_reported(self.show_error, target, write):
            return None
        self.statusBar().showMessage(self.tr("Exported to {file}").format(file=target), 8000)
        return target
