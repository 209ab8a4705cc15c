"""Status report as CSV (read back with csv) and PDF (read back with pypdf), and the tasks/report commands."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from cica_planner.cli.checklist_commands import MIN_OWNER_WIDTH
from cica_planner.domain.errors import ValidationError
from cica_planner.services.checklists import ChecklistService
from cica_planner.services.reports import CSV_COLUMNS, REPORT_TITLE, build_status_report, write_csv
from cica_planner.services.seeding import seed_uid
from cica_planner.services.tasks import TaskQuery

if TYPE_CHECKING:
    from tests.conftest import CliRunner

MC = "planned-mc@test"  # the planned_mc fixture: a Ministerial Council still ahead of TODAY, half prepared
SEEDED_MC = seed_uid("E097")  # the 7th MC, held on 17 Dec 2024, with the 2024 handover milestones
TODAY = date(2024, 10, 20)


@pytest.fixture
def checklists(seeded_engine, planned_mc: str) -> ChecklistService:
    return ChecklistService(seeded_engine)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def pdf_pages_mentioning(path: Path, words: str) -> list[int]:
    """The numbers of the pages (from 1) whose text, whitespace normalised, holds ``words``; reading stops at the first.

    Reading a page's text back costs a third of a second: a long report is not read past the page that answers.
    """
    for number, page in enumerate(PdfReader(path).pages, start=1):
        if words in " ".join(page.extract_text().split()):
            return [number]
    return []


def test_report_data_covers_events_in_the_period(checklists: ChecklistService) -> None:
    report = build_status_report(checklists, checklists, date(2024, 11, 1), date(2024, 11, 30), TODAY)
    uids = [e.event_uid for e in report.events]
    assert MC in uids
    assert all(e.start <= date(2024, 11, 30) and e.end >= date(2024, 11, 1) for e in report.events)
    mc = report.events[uids.index(MC)]
    assert mc.total == len(checklists.list_tasks(TaskQuery(event_uid=MC)))
    assert mc.open_tasks
    assert all(not i.task.is_done for i in mc.open_tasks)
    assert report.overdue_count >= mc.overdue(TODAY) > 0


def test_csv_reads_back_with_bom_and_outlook_columns(checklists: ChecklistService, tmp_path: Path) -> None:
    report = build_status_report(checklists, start=date(2024, 11, 1), end=date(2024, 11, 30), today=TODAY)
    target = write_csv(report, tmp_path / "status.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == CSV_COLUMNS
    assert len(rows) == sum(e.total for e in report.events)
    mc_rows = [r for r in rows if r["Event"].startswith("7th CICA Ministerial Council")]
    assert mc_rows
    assert {r["Event Date"] for r in mc_rows} == {"2024-11-11"}
    agenda = next(r for r in mc_rows if r["Subject"].startswith("Circulate the draft agenda"))
    assert agenda["Due Date"] == "2024-10-14"
    assert (agenda["Status"], agenda["% Complete"], agenda["Priority"]) == ("Not Started", "0", "Normal")
    done = [r for r in mc_rows if r["Status"] == "Completed"]
    assert done
    assert all(r["% Complete"] == "100" for r in done)
    assert {r["Status"] for r in rows} <= {"Not Started", "In Progress", "Completed", "Waiting on someone else"}
    assert {r["Priority"] for r in rows} <= {"High", "Normal", "Low"}
    assert "—" in "".join(r["Owner"] for r in rows)  # non-ASCII survives the round trip
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed, not left behind


def test_pdf_text_reads_back(checklists: ChecklistService, tmp_path: Path, qapp) -> None:
    from cica_planner.reports.pdf_report import render_status_report

    report = build_status_report(checklists, start=date(2024, 10, 1), end=date(2025, 6, 30), today=TODAY)
    target = render_status_report(report, tmp_path / "status.pdf")
    reader = PdfReader(target)
    assert len(reader.pages) > 1  # long enough to need page breaks
    text = pdf_text(target)
    assert REPORT_TITLE in text
    assert "Generated 20 Oct 2024" in text
    assert "7th CICA Ministerial Council" in text
    assert "Circulate the draft agenda" in text  # overdue on 20 Oct (due 14 Oct)
    assert "2024-10-14 !" in text
    assert f"Page 1 of {len(reader.pages)}" in text
    assert reader.metadata.title == REPORT_TITLE


def test_cli_lists_overdue_tasks_as_json(run_cli: CliRunner, seeded_db: Path, planned_mc: str) -> None:
    result = run_cli("--db", str(seeded_db), "tasks", "--overdue", "--today", "2024-10-20", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert items
    assert set(items[0]) == {"id", "event_uid", "event_title", "title", "owner", "due", "relative", "status",
                             "completed_on", "priority", "provisional", "due_latest", "not_recorded", "version",
                             "changed_by", "changed_at"}
    assert all(i["completed_on"] is None for i in items)  # overdue means not done
    assert all(i["due"] < "2024-10-20" and i["status"] != "done" for i in items)
    agenda = next(i for i in items if i["event_uid"] == MC and i["title"].startswith("Circulate the draft agenda"))
    assert (agenda["due"], agenda["relative"], agenda["provisional"]) == ("2024-10-14", "T−4 weeks", False)
    assert any(i["provisional"] for i in items)


def test_cli_filters_by_event_and_owner_in_text(run_cli: CliRunner, seeded_db: Path, planned_mc: str) -> None:
    result = run_cli("--db", str(seeded_db), "tasks", "--event", MC, "--owner", "chairmanship mfa", "--today", "2024-10-20")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines
    assert all("Chairmanship MFA" in line and "Ministerial Council" in line for line in lines)


def test_cli_unknown_event_is_one_line(run_cli: CliRunner, seeded_db: Path, planned_mc: str) -> None:
    result = run_cli("--db", str(seeded_db), "tasks", "--event", "nope@nowhere")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "no event with UID" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_report_csv_and_pdf(run_cli: CliRunner, seeded_db: Path, tmp_path: Path, planned_mc: str, qapp: object) -> None:
    # qapp: Qt paints the PDF, in the application pytest-qt made for the whole session
    csv_path, pdf_path = tmp_path / "x.csv", tmp_path / "x.pdf"
    result = run_cli("--db", str(seeded_db), "report", str(csv_path), "--from", "2024-11-01", "--to", "2024-11-30",
                     "--today", "2024-10-20")
    assert result.returncode == 0, result.stderr
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "7th CICA Ministerial Council" in csv_path.read_text(encoding="utf-8-sig")
    result = run_cli("--db", str(seeded_db), "report", str(pdf_path), "--today", "2024-10-20")
    assert result.returncode == 0, result.stderr
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert pdf_pages_mentioning(pdf_path, "7th CICA Ministerial Council"), "the PDF report never names the 7th MC"


@pytest.mark.parametrize("args", [("report", "x.txt"), ("report", "x.csv", "--from", "2024-13-01"),
                                  ("report", "x.csv", "--from", "2024-12-01", "--to", "2024-11-01")])
def test_cli_report_bad_input_is_one_line(run_cli: CliRunner, seeded_db: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    target = str(tmp_path / args[1])
    result = run_cli("--db", str(seeded_db), args[0], target, *args[2:])
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not Path(target).exists()


def test_cli_json_tells_when_done_tasks_were_done(run_cli: CliRunner, seeded_db: Path, planned_mc: str) -> None:
    result = run_cli("--db", str(seeded_db), "tasks", "--event", SEEDED_MC, "--today", "2026-11-30", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    done = [i for i in items if i["status"] == "done"]
    assert done
    assert all(i["completed_on"] is None for i in items if i["status"] != "done")
    assert all(i["not_recorded"] for i in items if i["status"] != "done")  # the meeting was held
    # A done handover milestone keeps the day it was really done, while its deadline follows the meeting.
    troika = next(i for i in done if i["title"].startswith("Troika consultations (RoP para 14.3.8)"))
    assert (troika["completed_on"], troika["due"], troika["relative"]) == ("2024-06-26", "2024-06-17", "T−6 months")
    # Done on a day nobody recorded: no completion date is made up.
    online = next(i for i in done if i["title"].startswith("Online SOC finalising"))
    assert (online["completed_on"], online["due"]) == (None, "2024-12-10")


def test_cli_text_columns_line_up_with_and_without_overdue(run_cli: CliRunner, seeded_db: Path, checklists: ChecklistService) -> None:
    result = run_cli("--db", str(seeded_db), "tasks", "--event", MC, "--today", "2024-10-20")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    late = [line for line in lines if line[13:20] == "OVERDUE"]
    on_time = [line for line in lines if line[13:20] == " " * 7]
    assert late
    assert on_time
    assert len(late) + len(on_time) == len(lines)
    statuses = {"to do", "in progress", "done", "blocked", "not recorded"}
    # Due (12), marker (7: OVERDUE) and status (12) columns, one space apart, whatever the marker says.
    assert all(line[21:33].rstrip() in statuses for line in lines)
    assert all(line[33] == " " for line in lines)
    assert {line[21:33].rstrip() for line in late} <= statuses - {"done", "not recorded"}
    assert "done" in {line[21:33].rstrip() for line in on_time}
    # The owner column is as wide as the longest owner, so every title starts in the same place.
    owners = {item.task.owner for item in checklists.list_tasks(TaskQuery(event_uid=MC))}
    width = max(MIN_OWNER_WIDTH, *(len(owner) for owner in owners))
    assert all(line[34:34 + width].rstrip() in owners for line in lines)
    assert all(line[34 + width] == " " for line in lines)
    assert any(line[35 + width:].startswith("Circulate the draft agenda") for line in late)


@pytest.mark.parametrize("command", ["tasks", "report"])
def test_help_documents_today(run_cli: CliRunner, command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "--today DATE the day that decides what is overdue" in text
    if command == "tasks":
        assert "completed_on" in text  # the due date of a done task follows its event: say where the real day is


def test_cli_report_to_a_missing_folder_or_a_folder(run_cli: CliRunner, seeded_db: Path, tmp_path: Path, planned_mc: str, qapp: object) -> None:
    # qapp: Qt paints the PDF, in the application pytest-qt made for the whole session
    missing = run_cli("--db", str(seeded_db), "report", "missing/sub/x.csv", "--today", "2024-10-20")
    assert missing.returncode == 2
    assert missing.stderr == "cica-planner: the folder 'missing/sub' does not exist\n"
    folder = tmp_path / "qa.csv"
    folder.mkdir()
    for name in (folder, tmp_path / "qa.pdf"):
        if not name.exists():
            name.mkdir()
        result = run_cli("--db", str(seeded_db), "report", str(name), "--today", "2024-10-20")
        assert result.returncode == 2
        assert result.stderr == f"cica-planner: '{name}' is a folder; give a file name\n"
        assert list(name.iterdir()) == []
    assert not list(tmp_path.glob(".*.tmp"))


def test_write_csv_refuses_bad_targets_without_leaving_files(checklists: ChecklistService, tmp_path: Path) -> None:
    report = build_status_report(checklists, start=date(2024, 11, 1), end=date(2024, 11, 30), today=TODAY)
    with pytest.raises(ValidationError, match="does not exist"):
        write_csv(report, tmp_path / "missing" / "status.csv")
    with pytest.raises(ValidationError, match="is a folder; give a file name"):
        write_csv(report, tmp_path)
    assert not list(tmp_path.glob(".*.tmp"))
    assert not (tmp_path / "missing").exists()
