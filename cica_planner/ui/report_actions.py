"""Writing the status report from the window: build it as of the window's today, save it, open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from cica_planner.services.files import check_target
from cica_planner.services.reports import build_status_report, write_csv

if TYPE_CHECKING:
    from datetime import date

    from cica_planner.services.checklists import ChecklistService
    from cica_planner.ui.dialogs.report_dialog import ReportRequest


def write_report(checklists: ChecklistService, request: ReportRequest, target: Path, today: date) -> str:
    """Write the report ``request`` asks for to ``target``; return what it holds, in words."""
    from cica_planner.reports.wording import report_counts, report_title, report_wording

    check_target(target)
    # In the language of the window: the title, the CSV's columns and words, the PDF's text.
    report = build_status_report(checklists, start=request.start, end=request.end, today=today, title=report_title())
    if request.suffix == ".csv":
        write_csv(report, target, report_wording())
    else:
        from cica_planner.reports.pdf_report import render_status_report

        render_status_report(report, target)
    return report_counts(len(report.events), report.open_count, report.overdue_count)


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's viewer (PDF reader, spreadsheet); return whether it could."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
