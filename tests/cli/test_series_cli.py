"""``list`` of a series: a moved occurrence keeps the series UID and names its occurrence; a cut is announced."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import CliRunner

SERIES = Path(__file__).parents[1] / "ical" / "data" / "series"


def test_moved_occurrence_is_listed_under_its_series_uid(run_cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "calendar.sqlite3")
    assert run_cli("--db", db, "--no-seed", "import", str(SERIES / "moved_occurrence.ics")).returncode == 0
    result = run_cli("--db", db, "list", "--json", "--from", "2025-01-01", "--to", "2025-03-31")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert {i["uid"] for i in items} == {"moved-weekly@example.org"}
    moved = next(i for i in items if i["title"].endswith("(moved to Tuesday)"))
    assert moved["start"] == "2025-01-14T15:00:00+05:00"
    assert moved["recurrence_id"] == "2025-01-13T10:00:00+05:00"
    assert [i["recurrence_id"][:10] for i in items] == ["2025-01-06", "2025-01-13", "2025-01-20", "2025-02-03",
                                                        "2025-02-10", "2025-02-17", "2025-02-24"]
    assert result.stderr == ""


def test_a_cut_series_is_announced(run_cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "calendar.sqlite3")
    daily = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:daily@x\r\nDTSTAMP:20240101T000000Z\r\n"
             b"SUMMARY:Daily digest\r\nDTSTART;VALUE=DATE:20000101\r\nRRULE:FREQ=DAILY;UNTIL=99991231\r\n"
             b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    (tmp_path / "daily.ics").write_bytes(daily)
    assert run_cli("--db", db, "--no-seed", "import", str(tmp_path / "daily.ics")).returncode == 0
    result = run_cli("--db", db, "list", "--json", "--from", "2000-01-01", "--to", "2040-12-31")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5000
    assert "only the first 5000 occurrences of 'Daily digest' are shown" in result.stderr
