"""The command line of the walk-through: search, list from today, OVERDUE everywhere, due and done columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cica_planner.domain.model import Category, Event

if TYPE_CHECKING:
    from tests.conftest import CliResult, CliRunner

Cli = Callable[..., "CliResult"]


@pytest.fixture
def cli(run_cli: CliRunner) -> Cli:
    """``cli(*args, now=...)``: one in-process run of the command line, "today" moved to ``now`` when given."""

    def run(*args: str, now: str | None = None) -> CliResult:
        return run_cli(*args, env={"CICA_PLANNER_NOW": now} if now else None)

    return run


@pytest.mark.parametrize("text", ["SOC", "soc", "Senior Officials", "Kazakhstan", "KZ", "astana"])
def test_list_search_finds_the_june_2024_soc_by_body_country_and_place(cli: Cli, seeded_db: Path, text: str) -> None:
    result = cli("--db", str(seeded_db), "list", "--from", "2024-06-27", "--to", "2024-06-27", "--search", text)
    assert result.returncode == 0, result.stderr
    assert "Senior Officials Committee meeting" in result.stdout


def test_list_search_ignores_case_and_accents(cli: Cli, seeded_db: Path, planner) -> None:
    planner.create(Event(title="Youth forum in Bakı", category=Category.YOUTH_COUNCIL, start=date(2025, 5, 5),
                         end=date(2025, 5, 6), city="Bakı", country="AZ"))
    baki = cli("--db", str(seeded_db), "list", "--all", "--search", "BAKI")
    assert baki.stdout.splitlines()
    assert all("Bak" in line for line in baki.stdout.splitlines())
    assert "Youth forum in Bakı" in baki.stdout
    turkiye = cli("--db", str(seeded_db), "list", "--all", "--search", "turkiye")
    assert "Türkiye voluntary contribution ceremony" in turkiye.stdout
    assert "Youth forum" not in turkiye.stdout
    nothing = cli("--db", str(seeded_db), "list", "--all", "--search", "zzz-nothing")
    assert (nothing.returncode, nothing.stdout) == (0, "")


def test_list_without_dates_starts_today_and_all_lists_everything(cli: Cli, seeded_db: Path) -> None:
    from_today = cli("--db", str(seeded_db), "list", "--search", "SOC", now="2024-06-20T12:00:00+00:00")
    lines = from_today.stdout.splitlines()
    assert lines
    assert all(not line.startswith(("2024-03", "2024-06-1")) for line in lines)
    assert any(line.startswith("2024-06-27") for line in lines)
    everything = cli("--db", str(seeded_db), "list", "--all", "--search", "SOC", now="2024-06-20T12:00:00+00:00")
    assert any(line.startswith("2024-03-14") for line in everything.stdout.splitlines())
    refused = cli("--db", str(seeded_db), "list", "--all", "--from", "2024-01-01")
    assert refused.returncode == 2
    assert "--all" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1


def _open_milestone(cli: Cli, seeded_db: Path, planner) -> str:
    """Add an open milestone due 1 Dec 2024 to the seeded handover plan; return its title."""
    import json

    from cica_planner.domain.tasks import Task
    from cica_planner.services.checklists import ChecklistService

    (plan,) = json.loads(cli("--db", str(seeded_db), "handover", "--json").stdout)
    title = "Brief the incoming Chair's protocol service"
    ChecklistService(planner.engine).add([Task(title=title, event_uid=plan["anchor_uid"], handover_id=plan["id"],
                                               due_fixed=date(2024, 12, 1))])
    return title


def test_overdue_is_one_word_in_tasks_and_handover(cli: Cli, seeded_db: Path, planner) -> None:
    import json
    from dataclasses import replace

    from cica_planner.domain.model import EventStatus

    title = _open_milestone(cli, seeded_db, planner)
    # The handover meeting is still ahead on the day looked at: an open step past its day is overdue.
    (plan,) = json.loads(cli("--db", str(seeded_db), "handover", "--json").stdout)
    meeting = planner.get(plan["anchor_uid"])
    planner.update(replace(meeting, status=EventStatus.PLANNED))
    tasks = cli("--db", str(seeded_db), "tasks", "--today", "2024-12-15", "--overdue")
    assert tasks.returncode == 0, tasks.stderr
    assert tasks.stdout
    assert all(" OVERDUE " in line for line in tasks.stdout.splitlines())
    handover = cli("--db", str(seeded_db), "handover", "--at", "2024-12-15")
    line = next(line for line in handover.stdout.splitlines() if title in line)
    assert line.startswith("  [!] OVERDUE ")
    assert "LATE" not in tasks.stdout + handover.stdout


def test_handover_shows_due_and_done_in_their_own_columns(cli: Cli, seeded_db: Path, planner) -> None:
    import json

    title = _open_milestone(cli, seeded_db, planner)
    lines = cli("--db", str(seeded_db), "handover", "--at", "2024-12-15").stdout.splitlines()
    header = lines[1]
    assert header.split() == ["state", "due", "done", "milestone"]
    due_column, done_column = header.index("due"), header.index("done")
    (plan,) = json.loads(cli("--db", str(seeded_db), "handover", "--at", "2024-12-15", "--json").stdout)
    done = [m for m in plan["milestones"] if m["completed_on"] and m["due"]]
    assert done
    for milestone in done:
        line = next(line for line in lines if milestone["title"] in line)
        assert line[due_column:due_column + 10] == milestone["due"]
        assert line[done_column:done_column + 10] == milestone["completed_on"]
    pending = next(line for line in lines if title in line)
    assert pending[due_column:due_column + 10] == "2024-12-01"
    assert pending[done_column] == "—"


def test_report_counts_one_event_in_the_singular(cli: Cli, tmp_path: Path) -> None:
    from cica_planner.domain.tasks import Task
    from cica_planner.services.checklists import ChecklistService
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database

    db = tmp_path / "one.sqlite3"
    engine = open_database(db, seed=False)
    soc = PlannerService(engine).create(Event(title="Senior Officials Committee meeting", category=Category.SOC,
                                              start=date(2024, 6, 27), end=date(2024, 6, 28), city="Almaty",
                                              country="KZ"))
    ChecklistService(engine).add([Task(title="Send the invitations", event_uid=soc.uid, due_fixed=date(2024, 6, 1))])
    engine.dispose()
    target = tmp_path / "soc.csv"
    result = cli("--db", str(db), "report", str(target), "--from", "2024-06-01", "--to", "2024-06-30",
                 "--today", "2024-06-20")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {target} (1 event, 1 open task, 1 overdue)"
