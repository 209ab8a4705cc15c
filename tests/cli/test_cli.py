"""The command line as staff who script would use it: in this process through ``main(argv)``.

Two smoke tests start a real process: the ``python -m cica_planner`` entry point and a reader
that closes the pipe (the installed wheel is tried in test_packaging).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.conftest import CliRunner


def subprocess_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cica_planner", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_version() -> None:
    result = subprocess_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("cica-planner 0.")


def test_list_json_q2_and_forthcoming(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "list", "--json", "--from", "2024-04-01", "--to", "2024-12-31",
                 env={"CICA_PLANNER_NOW": "2026-11-30T09:00:00+00:00"})
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {"uid", "title", "category", "start", "end", "all_day", "tzid", "city", "country", "status",
            "recorded_status", "precision", "recurrence_id", "version", "changed_by", "changed_at"} <= set(items[0])
    by_start = {(i["category"], i["start"]) for i in items}
    assert ("SWG", "2024-06-25") in by_start
    assert ("Ceremony", "2024-06-26") in by_start
    assert ("SOC", "2024-06-27") in by_start
    assert ("Ministerial Conference", "2024-08-28") in by_start
    mc = next(i for i in items if i["category"] == "Ministerial Council" and i["start"].startswith("2024-12"))
    assert (mc["start"], mc["status"], mc["city"], mc["country"]) == ("2024-12-17", "held", "", "AZ")
    assert ("Ministerial Council", "2024-11-11") not in by_start  # the plan lives in History
    youth = [i for i in items if i["category"] == "Youth Council" and i["start"].startswith("2024-10")]
    assert [(y["start"], y["end"], y["precision"], y["status"]) for y in youth] == [
        ("2024-10-03", "2024-10-05", "day", "held")] * 2
    forum = next(i for i in items if i["category"] == "Business Forum" and i["city"] == "Bishkek")
    assert (forum["start"], forum["end"], forum["precision"], forum["all_day"]) == ("2024-10-01", "2025-01-01", "quarter", True)
    # Past and never reported: the plan no longer reads "planned" on 30 Nov 2026.
    assert (forum["status"], forum["recorded_status"]) == ("outcome to confirm", "planned")
    assert not any(i["status"] == "planned" for i in items)
    meeting = next(i for i in items if i["uid"] == "e031@seed.cica-planner")  # during the Baku visit of 17-18 Apr
    assert (meeting["precision"], meeting["window_start"], meeting["window_end"]) == ("window", "2024-04-17", "2024-04-18")
    assert [i["start"][:10] for i in items] == sorted(i["start"][:10] for i in items)
    assert all(i["start"][:10] <= "2024-12-31" and i["end"][:10] >= "2024-04-01" for i in items)


def test_list_filters_by_category_and_prints_text(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "list", "--from", "2024-06-01", "--to", "2024-06-30", "--category", "SOC")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines
    assert all("SOC" in line for line in lines)
    assert any("2024-06-27" in line and "Astana" in line for line in lines)


def test_timed_event_json_carries_utc_offset(run_cli: CliRunner, tmp_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cica_planner.domain.model import Category, Event
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    db = tmp_path / "timed.sqlite3"
    engine = open_database(db, seed=False)
    astana = ZoneInfo("Asia/Almaty")
    PlannerService(engine).create(Event(title="Briefing", category=Category.BILATERAL, tzid="Asia/Almaty",
                                        start=datetime(2024, 2, 15, 10, tzinfo=astana),
                                        end=datetime(2024, 2, 15, 11, tzinfo=astana)))
    engine.dispose()
    items = json.loads(run_cli("--db", str(db), "list", "--from", "2024-01-01", "--json").stdout)
    assert items[0]["start"] == "2024-02-15T10:00:00+06:00"
    assert items[0]["all_day"] is False


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "--from", "2024-13-45"), "--from: '2024-13-45' is not a date"),
        (("list", "--category", "Picnic"), "unknown category 'Picnic'"),
        (("list", "--from", "2024-05-01", "--to", "2024-04-01"), "--to comes before --from"),
        (("frobnicate",), "invalid choice"),
        (("list", "--from", "0001-01-01"), "outside the years 1900–2200"),
    ],
)
def test_bad_input_gets_one_line_and_nonzero_exit(run_cli: CliRunner, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run_cli("--db", str(tmp_path / "x.sqlite3"), "--no-seed", *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_db_from_environment_and_no_seed(run_cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    result = run_cli("--no-seed", "list", "--json", env={"CICA_PLANNER_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert db.exists()


def test_unwritable_database_location_is_one_line(run_cli: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("--db", str(blocker / "sub" / "x.sqlite3"), "list")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_reader_closing_the_pipe_is_not_an_error(tmp_path: Path) -> None:
    """``cica-planner list | head -1`` stops quietly, like other command-line tools."""
    from datetime import date, timedelta

    from cica_planner.domain.model import Category, Event
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    db = tmp_path / "many.sqlite3"
    engine = open_database(db, seed=False)
    # Far more output than a pipe buffers (64 KiB on Linux): some 270 KB of lines of about 200 characters,
    # so the writer is still writing when the reader leaves.
    PlannerService(engine).add_many(
        Event(title=f"Expert meeting {n} " + "x" * 80, category=Category.EXPERT_MEETING,
              start=date(2024, 1, 1) + timedelta(days=n % 300), end=date(2024, 1, 2) + timedelta(days=n % 300))
        for n in range(1300)
    )
    engine.dispose()
    process = subprocess.Popen([sys.executable, "-m", "cica_planner", "--db", str(db), "list", "--all"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip()
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert "Broken pipe" not in stderr
    assert "Traceback" not in stderr


def test_a_far_start_without_an_end_lists_ten_years(run_cli: CliRunner, tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "x.sqlite3"), "--no-seed", "list", "--from", "2051-01-01")
    assert result.returncode == 0, result.stderr


def test_a_new_calendar_is_announced_and_an_empty_db_path_refused(run_cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "typo.sqlite3"
    first = run_cli("--db", str(db), "--no-seed", "list")
    assert first.stderr.strip() == f"cica-planner: created a new calendar {db} (empty)"
    again = run_cli("--db", str(db), "list")
    assert again.stderr == ""
    empty = run_cli("--db", "", "list")
    assert empty.returncode == 2
    assert empty.stderr.strip() == "cica-planner: --db needs the path of a calendar file"


@pytest.mark.parametrize("content", [b"Minutes of the SOC meeting\n" * 300, bytes(range(256)) * 40])
def test_a_file_that_is_not_a_calendar_is_one_line(run_cli: CliRunner, tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "notes.sqlite3"
    db.write_bytes(content)
    result = run_cli("--db", str(db), "list")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("is not a CICA Planner database (or it is damaged)")
    assert len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == content


def test_list_days_in_another_zone(run_cli: CliRunner, tmp_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cica_planner.domain.model import Category, Event
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    db = tmp_path / "ny.sqlite3"
    engine = open_database(db, seed=False)
    new_york = ZoneInfo("America/New_York")
    PlannerService(engine).create(Event(title="UN side event", category=Category.EXTERNAL, tzid="America/New_York",
                                        start=datetime(2024, 7, 15, 22, tzinfo=new_york),
                                        end=datetime(2024, 7, 15, 23, tzinfo=new_york)))
    engine.dispose()
    window = ("--from", "2024-07-15", "--to", "2024-07-15")
    in_astana = json.loads(run_cli("--db", str(db), "list", *window, "--json").stdout)
    in_new_york = json.loads(run_cli("--db", str(db), "list", *window, "--tz", "America/New_York", "--json").stdout)
    assert in_astana == []  # 22:00 in New York is already 16 July in Astana
    assert [i["start"] for i in in_new_york] == ["2024-07-15T22:00:00-04:00"]
    bad = run_cli("--db", str(db), "list", "--tz", "Mars/Olympus")
    assert bad.returncode == 2
    assert bad.stderr.strip() == "cica-planner: unknown time zone 'Mars/Olympus'"


def test_confirm_lists_and_records_outcomes(run_cli: CliRunner, seeded_db: Path) -> None:
    now = {"CICA_PLANNER_NOW": "2026-11-30T09:00:00+00:00"}
    listed = json.loads(run_cli("--db", str(seeded_db), "confirm", "--json", env=now).stdout)
    assert [(e["needs"], e["uid"]) for e in listed][:2] == [
        ("outcome to confirm", "e088@seed.cica-planner"), ("outcome to confirm", "e083@seed.cica-planner")]
    assert {e["needs"] for e in listed} == {"outcome to confirm", "day to fix"}
    result = run_cli("--db", str(seeded_db), "confirm", "e094@seed.cica-planner", "--outcome", "held",
                 "--reason", "Held in Bishkek (Atameken report)", "--close-steps", env=now)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("7th Plenary Session of the CICA Business Council: recorded as held; ")
    again = json.loads(run_cli("--db", str(seeded_db), "confirm", "--json", env=now).stdout)
    assert "e094@seed.cica-planner" not in {e["uid"] for e in again}
    tasks = json.loads(run_cli("--db", str(seeded_db), "tasks", "--event", "e094@seed.cica-planner", "--json").stdout)
    assert tasks
    assert all(t["status"] == "done" and t["completed_on"] is None for t in tasks)
    missing = run_cli("--db", str(seeded_db), "confirm", "e096@seed.cica-planner", "--outcome", "cancelled", env=now)
    assert missing.returncode == 2
    assert missing.stderr == "cica-planner: say why the event is marked cancelled\n"


def test_in_process_runs_leave_no_trace(run_cli: CliRunner, tmp_path: Path) -> None:
    """The shared fixture gives each run its own environment and folder, and closes the calendar after it."""
    db = tmp_path / "trace.sqlite3"
    before = (os.environ.get("CICA_PLANNER_NOW"), Path.cwd())
    first = run_cli("--db", str(db), "--no-seed", "list", "--json", env={"CICA_PLANNER_NOW": "2026-11-30T09:00:00+00:00"},
                    cwd=tmp_path)
    assert (first.returncode, first.stdout) == (0, "[]\n")
    assert (os.environ.get("CICA_PLANNER_NOW"), Path.cwd()) == before
    # The last connection to close removes SQLite's side files: nothing of the run stays open.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trace.sqlite3"]
    second = run_cli("--db", str(db), "list", "--json")
    assert (second.returncode, second.stdout, second.stderr) == (0, "[]\n", "")  # nothing left over from the first run


def test_edit_asks_why_a_published_event_moves(run_cli, seeded_db) -> None:
    """The command line follows the editor's rule: a published plan's new place needs a reason."""
    refused = run_cli("--db", str(seeded_db), "edit", "e060@seed.cica-planner", "--city", "Baku")
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "cica-planner: Give a reason for the change of date, place or format; it is kept in the history."]
    saved = run_cli("--db", str(seeded_db), "edit", "e060@seed.cica-planner", "--city", "Baku",
                    "--reason", "Moved to the new chair's capital")
    assert saved.returncode == 0, saved.stderr
    listed = json.loads(run_cli("--db", str(seeded_db), "list", "--json", "--all").stdout)
    moved = next(item for item in listed if item["uid"] == "e060@seed.cica-planner")
    assert moved["city"] == "Baku"
    assert moved["history"][-1]["reason"] == "Moved to the new chair's capital"
