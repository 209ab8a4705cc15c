"""Reports that hostile titles cannot subvert: formula-safe CSV, a PDF that wraps and isolates, no temporary files."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from cica_planner.domain.tasks import Task
from cica_planner.reports.pdf_text import FSI, PDI, printable
from cica_planner.services.csv_safety import neutralise
from cica_planner.services.ical_export import write_export
from cica_planner.services.reports import EventProgress, StatusReport, write_csv
from cica_planner.services.tasks import TaskItem

from .forks import ForkServer
from .kill_points import kill_at

FORMULAS = ['=HYPERLINK("http://example.invalid/x","Agenda")', "+1+2", "-3+4", "@SUM(A1:A9)", "\tTabbed", "\rReturn"]
DAY = date(2026, 12, 10)


def report_with(titles: list[str], event_title: str = "Senior Officials Committee") -> StatusReport:
    items = [TaskItem(Task(title=title, event_uid="e@x", owner=title, notes=title), event_title, "SOC", DAY, DAY,
                      DAY, False) for title in titles]
    event = EventProgress("e@x", event_title, "SOC", DAY, DAY, False, items)
    return StatusReport("CICA Planner — Preparation status", date(2026, 12, 1), DAY, DAY, [event])


def test_no_csv_cell_can_start_a_formula(tmp_path: Path) -> None:
    target = write_csv(report_with([*FORMULAS, "Ordinary title"], event_title="=cmd|' /C calc'!A0"), tmp_path / "r.csv")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [value for row in rows for value in row.values() if value]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert rows[0]["Subject"] == "'" + FORMULAS[0]
    assert rows[0]["Event"] == "'=cmd|' /C calc'!A0"
    assert rows[-1]["Subject"] == "Ordinary title"
    assert rows[-1]["Due Date"] == "2026-12-10"  # ISO dates are left as they are


@pytest.mark.parametrize(("cell", "safe"), [("=1+1", "'=1+1"), ("-", "'-"), ("a=b", "a=b"), ("", ""), ("'=x", "'=x")])
def test_neutralise_follows_owasp(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def pdf_lines(path: Path) -> list[str]:
    return [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def test_the_pdf_wraps_unbroken_text_and_isolates_each_field(tmp_path: Path, qapp) -> None:
    from cica_planner.reports.pdf_report import render_status_report

    unbroken = "Ж" * 5000
    target = render_status_report(report_with([unbroken, "Budget\u202e review"], event_title="A" * 3000), tmp_path / "r.pdf")
    lines = pdf_lines(target)
    assert max(len(line) for line in lines) < 160  # nothing runs off the page
    text = " ".join(lines)
    assert text.count("Ж") >= 500  # the task and its owner, each cut at 300 characters, are printed
    assert "review" in text
    assert "weiver" not in text  # the override did not reverse the field
    assert len(PdfReader(target).pages) <= 3  # a hostile field is bounded, not pages long


def test_printable_bounds_breaks_and_isolates() -> None:
    shown = printable("x" * 5000)
    assert shown.startswith(FSI)
    assert shown.endswith(PDI)
    assert len(shown) < 400
    assert "\u202e" not in printable("a\u202eb\u2066c")


EXPORT_ONCE = """
from cica_planner.services.ical_export import ExportOptions, build_export, write_export
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
planner = PlannerService(open_database(sys.argv[2]))
data = build_export(planner, ExportOptions()).to_bytes() * 40
stop_at(sys.argv[1])
write_export(sys.argv[3], data)
"""

#: Every step of an atomic write: sweeping, opening the nameless file, writing, syncing, setting its mode, naming it.
EXPORT_POINTS = ["call:remove_stale_temporaries:1", "call:_anonymous_file:1", "c_call:write:1", "c_call:fsync:1",
                 "c_call:fchmod:1", "c_call:link:1"]


@pytest.mark.parametrize("point", EXPORT_POINTS)
def test_killed_exports_leave_no_temporary_file_beside_the_target(forks: ForkServer, seeded_db: Path, tmp_path: Path, point: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "calendar.ics"
    kill_at(forks, point, EXPORT_ONCE, str(seeded_db), str(target))
    assert [p.name for p in folder.iterdir()] == []
    target.write_bytes(b"the previous export")
    kill_at(forks, point, EXPORT_ONCE, str(seeded_db), str(target))
    assert [p.name for p in folder.iterdir()] == ["calendar.ics"]
    assert target.read_bytes() == b"the previous export"


def test_an_export_killed_between_naming_and_renaming_leaves_a_file_the_next_write_removes(
        forks: ForkServer, seeded_db: Path, tmp_path: Path) -> None:
    # The one instant a finished file has a name of its own: os.replace() cannot take a nameless file.
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "calendar.ics"
    target.write_bytes(b"the previous export")
    kill_at(forks, "c_call:replace:1", EXPORT_ONCE, str(seeded_db), str(target))
    temporary, kept = sorted(p.name for p in folder.iterdir())
    assert kept == "calendar.ics"
    assert temporary.startswith(".calendar.ics.")
    assert temporary.endswith(".tmp")
    assert target.read_bytes() == b"the previous export"
    write_export(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert [p.name for p in folder.iterdir()] == ["calendar.ics"]


def test_a_temporary_file_of_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path) -> None:
    from cica_planner.services.files import write_atomically

    target = tmp_path / "report.csv"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    leftover = tmp_path / f".report.csv.{dead}.1a2b3c4d.tmp"
    leftover.write_bytes(b"half a report")
    write_atomically(target, b"whole report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]
