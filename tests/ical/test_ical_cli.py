"""``export`` and ``import`` run in this process through ``main(argv)``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import CliRunner

DATA = Path(__file__).parent / "data"  # the sample files beside this module


def _count(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("select count(*) from event").fetchone()[0]


def test_export_then_import_into_a_new_database(run_cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "cica.ics"
    result = run_cli("--db", str(seeded_db), "export", str(target), "--from", "2024-01-01", "--to", "2026-12-31",
                     "--category", "SOC", "--category", "Ministerial Council", "--include-unscheduled")
    assert result.returncode == 0, result.stderr
    count = target.read_bytes().count(b"BEGIN:VEVENT\r\n")
    assert result.stdout.strip() == f"Exported {count} events to {target}"
    assert count > 3
    assert b"UID:e097@seed.cica-planner" in target.read_bytes()
    new_db = tmp_path / "new.sqlite3"
    imported = run_cli("--db", str(new_db), "--no-seed", "import", str(target))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == f"created {count}, updated 0, unchanged 0, skipped 0"
    again = run_cli("--db", str(new_db), "--no-seed", "import", str(target))
    assert again.stdout.strip() == f"created 0, updated 0, unchanged {count}, skipped 0"
    assert _count(new_db) == count


def test_export_with_tasks_and_bad_dates(run_cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "tasks.ics"
    assert run_cli("--db", str(seeded_db), "export", str(target), "--tasks").returncode == 0
    bad = run_cli("--db", str(seeded_db), "export", str(target), "--from", "2024-13-01")
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_import_reports_skipped_components(run_cli: CliRunner, seeded_db: Path) -> None:
    before = _count(seeded_db)
    result = run_cli("--db", str(seeded_db), "import", str(DATA / "broken_component.ics"))
    assert result.returncode == 0
    assert result.stdout.strip() == "created 2, updated 0, unchanged 0, skipped 4"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4
    assert "skipped end-before-start@example.org: DTEND comes before DTSTART" in lines
    assert _count(seeded_db) == before + 2


def test_unreadable_file_is_one_line_and_changes_nothing(run_cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    before = _count(seeded_db)
    for content in (b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", (DATA / "outlook.ics").read_bytes()[:900]):
        bad = tmp_path / "bad.ics"
        bad.write_bytes(content)
        result = run_cli("--db", str(seeded_db), "import", str(bad))
        assert result.returncode != 0
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
    missing = run_cli("--db", str(seeded_db), "import", str(tmp_path / "missing.ics"))
    assert missing.returncode != 0
    assert len(missing.stderr.strip().splitlines()) == 1
    assert _count(seeded_db) == before


def test_bad_file_does_not_even_create_the_database(run_cli: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "notes.ics"
    bad.write_text("Minutes of the meeting\n", encoding="utf-8")
    db = tmp_path / "never.sqlite3"
    result = run_cli("--db", str(db), "import", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith("cica-planner: this is not an iCalendar file")
    assert not db.exists()
