"""``cica-planner suggest`` and ``holidays`` run in this process through ``main(argv)``."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import CliRunner


def test_suggest_soc_in_kazakhstan_spring_2027(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "suggest", "--category", "SOC", "--host", "KZ", "--days", "2",
                     "--from", "2027-03-01", "--to", "2027-04-30", "--json", "--limit", "0", "--today", "2026-12-01")
    assert result.returncode == 0, result.stderr
    ranked = json.loads(result.stdout)
    assert set(ranked[0]) == {"start", "end", "score", "conflicts"}
    nauryz = {date(2027, 3, d) for d in (21, 22, 23, 24)}  # 21–23 Mar and the observed Wednesday 24 Mar
    for candidate in ranked:
        first, last = date.fromisoformat(candidate["start"]), date.fromisoformat(candidate["end"])
        assert last - first == timedelta(days=1)
        for day in (first, last):
            assert day.weekday() < 5
            assert day not in nauryz
        for conflict in candidate["conflicts"]:
            assert set(conflict) == {"kind", "country", "name", "date"}
            assert conflict["name"]
    assert [c["score"] for c in ranked] == sorted(c["score"] for c in ranked)
    assert ranked[0]["score"] == 0
    assert ranked[0]["conflicts"] == []
    named = {(c["kind"], c["country"], c["name"]) for candidate in ranked for c in candidate["conflicts"]}
    assert ("ramadan", "", "Ramadan 1448 AH") in named
    assert ("holiday", "AZ", "Spring Festival (observed)") in named  # Novruz 20–24 Mar 2027 moved off the weekend
    assert "Sri Lanka" in result.stderr  # no 2027 data: said, not guessed


def test_suggest_text_and_errors(run_cli: CliRunner, seeded_db: Path) -> None:
    result = run_cli("--db", str(seeded_db), "suggest", "--category", "SOC", "--host", "KZ", "--days", "2",
                     "--from", "2025-03-17", "--to", "2025-03-28", "--countries", "KZ,AZ", "--today", "2025-01-01")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2025-03-17..2025-03-18  Mon  score   30  Ramadan 1446 AH")
    assert not any(line.startswith(("2025-03-21", "2025-03-24", "2025-03-25")) for line in lines)
    bad = run_cli("--db", str(seeded_db), "suggest", "--category", "SOC", "--host", "KZ", "--days", "2",
                  "--from", "2025-03-01", "--to", "2025-03-31", "--countries", "KZ,QQ")
    assert bad.returncode == 2
    assert bad.stderr.strip() == "cica-planner: unknown country code 'QQ'; use the ISO codes of CICA Member States (KZ, AZ, …)"
    missing = run_cli("--db", str(seeded_db), "suggest", "--category", "SOC", "--host", "KZ", "--from", "2025-03-01")
    assert missing.returncode == 2
    assert "--to" in missing.stderr


def test_a_broken_blackout_list_is_one_line(run_cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "blackouts.json"
    broken.write_text('{"periods": [{"name": "Retreat", "rule": "full-moon"}]}', encoding="utf-8")
    result = run_cli("--db", str(seeded_db), "suggest", "--category", "SOC", "--host", "KZ",
                     "--from", "2025-05-01", "--to", "2025-05-31", env={"CICA_PLANNER_BLACKOUTS": str(broken)})
    assert result.returncode == 2
    assert result.stderr == ("cica-planner: blackout list blackouts.json, entry 1 (Retreat): unknown rule 'full-moon'; "
                             "known rules: unga-high-level-week\n")
    assert result.stdout == ""


def test_holidays_lists_names_in_two_languages_and_weekends(run_cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "never-created.sqlite3"
    result = run_cli("--db", str(db), "holidays", "--countries", "KZ,AZ,BH", "--from", "2025-03-20", "--to", "2025-03-25",
                     "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["weekends"] == {"KZ": ["Sat", "Sun"], "AZ": ["Sat", "Sun"], "BH": ["Fri", "Sat"]}
    kazakhstan = [(h["date"], h["name"], h["local_name"]) for h in data["holidays"] if h["country"] == "KZ"]
    assert kazakhstan[0] == ("2025-03-21", "Nowruz Holiday", "Наурыз мейрамы")
    assert [d for d, _, _ in kazakhstan] == ["2025-03-21", "2025-03-22", "2025-03-23", "2025-03-24", "2025-03-25"]
    assert not db.exists()  # holidays need no calendar
    text = run_cli("holidays", "--countries", "LK", "--from", "2027-01-01", "--to", "2027-01-31")
    assert text.returncode == 0
    assert text.stdout == "weekends: Sat–Sun LK\n"
    assert text.stderr == "note: no holiday data for Sri Lanka (LK) in 2027: the holidays package covers 2003–2026\n"
