"""``chairs`` and ``handover`` run in this process through ``main(argv)``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import CliRunner


def test_chairs_json_on_27_june_2024(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "chairs", "--at", "2024-06-27", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "at": "2024-06-27",
        "previous": {"country": "TJ", "name": "Tajikistan", "from": "2018-09-24", "to": "2020-09-24"},
        "current": {"country": "KZ", "name": "Kazakhstan", "from": "2020-09-24", "to": "2024-12-17"},
        "incoming": {"country": "AZ", "name": "Azerbaijan", "from": "2024-12-17", "to": None},
    }


def test_chairs_json_before_the_decision_and_after_the_handover(run_cli: CliRunner, seeded_db: Path) -> None:
    early = json.loads(run_cli("--db", str(seeded_db), "chairs", "--at", "2024-01-15", "--json").stdout)
    assert early["incoming"] is None
    assert early["current"]["country"] == "KZ"
    later = json.loads(run_cli("--db", str(seeded_db), "chairs", "--at", "2025-06-01", "--json").stdout)
    assert (later["previous"]["country"], later["current"]["country"], later["incoming"]) == ("KZ", "AZ", None)


def test_chairs_text_is_three_lines(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "chairs", "--at", "2024-01-15")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("Previous chair:")
    assert "Tajikistan" in lines[0]
    assert "Kazakhstan (KZ), 2020-09-24 – 2024-12-17" in lines[1]
    assert lines[2].startswith("Incoming chair:")
    assert "not decided" in lines[2]


def test_bad_date_is_one_line_and_non_zero(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "chairs", "--at", "27/06/2024")
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "--at" in result.stderr
    assert "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_handover_json_lists_the_2024_plan(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "handover", "--at", "2026-11-30", "--json")
    assert result.returncode == 0, result.stderr
    (plan,) = json.loads(result.stdout)
    assert (plan["from"], plan["to"], plan["anchor_uid"]) == ("KZ", "AZ", "e097@seed.cica-planner")
    # handover --json agrees with chairs --json: the chair passed at the meeting the plan is anchored to.
    chairs = json.loads(run_cli("--db", str(seeded_db), "chairs", "--at", "2024-12-17", "--json").stdout)
    assert plan["anchor_start"] == "2024-12-17" == chairs["current"]["from"]
    assert chairs["current"]["country"] == "AZ"
    by_title = {m["title"]: m for m in plan["milestones"]}
    transfer = by_title["Ministerial Council: transfer of the chair; incoming Chair presents theme, priorities and event plan"]
    assert (transfer["status"], transfer["completed_on"], transfer["due"]) == ("done", "2024-12-17", "2024-12-17")
    online = by_title["Online SOC finalising MC documents; SG briefs on organisational matters"]
    assert (online["status"], online["completed_on"], online["due"]) == ("done", None, "2024-12-10")
    assert by_title["Reach consensus on pending draft decisions"]["status"] == "not recorded"
    assert not any(m["status"] == "overdue" for m in plan["milestones"])
    text = run_cli("--db", str(seeded_db), "handover", "--at", "2024-11-09")
    assert text.returncode == 0
    assert text.stdout.startswith("Kazakhstan → Azerbaijan — 7th CICA Ministerial Council")


def test_handover_after_its_meeting_is_deleted(run_cli: CliRunner, seeded_db: Path, planner) -> None:
    planner.delete("e097@seed.cica-planner")
    text = run_cli("--db", str(seeded_db), "handover", "--at", "2024-11-09")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0] == "Kazakhstan → Azerbaijan — meeting deleted"
    assert "(meeting deleted)" not in text.stdout
    result = run_cli("--db", str(seeded_db), "handover", "--at", "2024-11-09", "--json")
    assert result.returncode == 0, result.stderr
    (plan,) = json.loads(result.stdout)
    assert (plan["anchor_uid"], plan["anchor_title"], plan["anchor_start"], plan["anchor_deleted"]) == (
        "e097@seed.cica-planner", None, None, True)
    assert plan["milestones"] == []  # they were the meeting's tasks and went with it


def test_handover_json_says_the_meeting_is_there(run_cli: CliRunner, seeded_db: Path) -> None:
    (plan,) = json.loads(run_cli("--db", str(seeded_db), "handover", "--at", "2024-11-09", "--json").stdout)
    assert (plan["anchor_title"], plan["anchor_deleted"]) == ("7th CICA Ministerial Council (handover KZ → AZ)", False)
    text = run_cli("--db", str(seeded_db), "handover", "--at", "2024-11-09").stdout
    assert text.splitlines()[0] == "Kazakhstan → Azerbaijan — 7th CICA Ministerial Council (handover KZ → AZ), 17 Dec 2024"
