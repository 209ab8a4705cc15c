"""Hostile import files: escape sequences, pipes, broken encodings, poisoned time zones, oversize files."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cica_planner.domain.errors import ImportFormatError
from cica_planner.services import import_guard
from cica_planner.services.ical_import import plan_import, read_calendars
from cica_planner.services.import_guard import (
    MAX_COMPONENTS,
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    read_import_file,
)

from .conftest import ROOT, run_python
from .forks import COMMAND_LINE, ForkServer

if TYPE_CHECKING:
    from tests.conftest import CliRunner

ESC = "\x1b"
HOSTILE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n"
    "BEGIN:VEVENT\r\nUID:esc-1@example.org\r\nDTSTAMP:20261201T000000Z\r\n"
    "DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\n"
    f"SUMMARY:{ESC}]0;pwned{ESC}\\\\ SOC {ESC}[31mmeeting{ESC}[0m\x07\x08\r\n"
    f"DESCRIPTION:line one\\nline two{ESC}[2J\x9b1m\x7f\r\nLOCATION:Astana{ESC}[1A\r\nEND:VEVENT\r\n"
    f"BEGIN:VEVENT\r\nUID:broken-{ESC}[2J@example.org\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:not-a-date{ESC}[5m\r\n"
    f"SUMMARY:Broken {ESC}[41m\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
CONTROLS = {chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0)]}


@pytest.fixture
def separate_cli(forks: ForkServer) -> Callable[..., subprocess.CompletedProcess[str]]:
    """A process of its own, for inputs that could hang it: a regression fails the test instead of the suite."""
    env = {"PYTHONPATH": str(ROOT), "CICA_PLANNER_NOW": "2026-12-01T07:00:00+00:00"}
    return partial(forks.run, COMMAND_LINE, env=env)


@pytest.fixture
def cli(run_cli: CliRunner) -> CliRunner:
    """The command line in this process at a fixed instant (12:00 in Astana on 1 December 2026)."""
    return partial(run_cli, env={"CICA_PLANNER_NOW": "2026-12-01T07:00:00+00:00"})


def test_escape_sequences_reach_neither_the_terminal_nor_the_store_nor_the_export(cli: CliRunner, tmp_path: Path) -> None:
    db, source, exported = tmp_path / "calendar.sqlite3", tmp_path / "hostile.ics", tmp_path / "out.ics"
    source.write_text(HOSTILE, encoding="utf-8", newline="")
    imported = cli("--db", str(db), "--no-seed", "import", str(source))
    assert imported.returncode == 0, imported.stderr
    assert "skipped broken-[2J@example.org" in imported.stderr  # named, but harmless
    listed = cli("--db", str(db), "list", "--all", "--json")
    shown = cli("--db", str(db), "list", "--all")
    assert cli("--db", str(db), "export", str(exported)).returncode == 0
    for text in (imported.stdout, imported.stderr, listed.stdout, shown.stdout, exported.read_text(encoding="utf-8")):
        assert not CONTROLS & set(text.replace("\r\n", "\n").replace("\n", "")), repr(text)
    event = json.loads(listed.stdout)[0]
    assert event["title"] == "]0;pwned\\ SOC [31mmeeting[0m"
    assert event["city"] == "Astana[1A"


def test_a_pipe_is_refused_at_once(separate_cli: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)
    result = separate_cli("--db", str(tmp_path / "c.sqlite3"), "--no-seed", "import", str(fifo), timeout=30)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("calendar.ics is not a regular file (a pipe, socket or device); "
                                          "only files are imported")
    with pytest.raises(ImportFormatError, match="not a regular file"):
        read_import_file(fifo)
    with pytest.raises(ImportFormatError, match="is a folder"):
        read_import_file(tmp_path)


@pytest.mark.parametrize(("data", "reason"), [
    ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".encode("utf-16") + b"\x00\x42\x43",
     "UTF-16 text but ends in half a character (an odd trailing byte)"),
    (b"\xff\xfe" + "BEGIN:VCALENDAR\r\n".encode("utf-16-le") + b"\x00\xd8\x41\x00", "UTF-16 text with an invalid character"),
    (b"\x00\x00\x00BEGIN:VCALENDAR", "binary data"),
    (b"   \r\n ", "the file is empty"),
])
def test_every_encoding_error_is_one_line(cli: CliRunner, tmp_path: Path, data: bytes, reason: str) -> None:
    source = tmp_path / "odd.ics"
    source.write_bytes(data)
    result = cli("--db", str(tmp_path / "c.sqlite3"), "--no-seed", "import", str(source))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert reason in result.stderr
    assert "unexpected error" not in result.stderr


ZONED = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Zones//EN\r
BEGIN:VTIMEZONE\r
TZID:Secretariat Time\r
{rules}END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:{uid}@example.org\r
DTSTAMP:20261201T000000Z\r
DTSTART;TZID=Secretariat Time:20261210T100000\r
DTEND;TZID=Secretariat Time:20261210T120000\r
SUMMARY:{uid}\r
END:VEVENT\r
END:VCALENDAR\r
"""
GOOD_RULES = "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\nEND:STANDARD\r\n"
BROKEN_RULES = "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0500\r\nEND:STANDARD\r\n"

PLAN_IN_A_FRESH_PROCESS = """
import json, sys
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
from tests.reliability.test_hostile_input import outcome
print(json.dumps(outcome(PlannerService(open_database(sys.argv[1], seed=False)), open(sys.argv[2], "rb").read())))
"""


def outcome(planner, data: bytes) -> list[list[str]]:
    """What planning ``data`` gives: each item's outcome, reason and start, or the refusal."""
    try:
        plan = plan_import(planner, data)
    except ImportFormatError as exc:
        return [["refused", str(exc), ""]]
    return [[i.outcome.value, i.reason, str(i.event.start) if i.event else ""] for i in plan.items]


def test_each_import_reads_time_zones_afresh(forks: ForkServer, empty_planner, tmp_path: Path) -> None:
    good = ZONED.format(rules=GOOD_RULES, uid="first").encode()
    broken = ZONED.format(rules=BROKEN_RULES, uid="second").encode()
    (tmp_path / "broken.ics").write_bytes(broken)
    alone = run_python(forks, PLAN_IN_A_FRESH_PROCESS, str(tmp_path / "fresh.sqlite3"), str(tmp_path / "broken.ics"), check=True)
    expected = json.loads(alone.stdout)
    assert outcome(empty_planner, good)[0][0] == "new"
    assert expected == [["refused", "cannot read the iCalendar file: mandatory TZOFFSETFROM not found", ""]]
    assert outcome(empty_planner, broken) == expected  # the good file's zone does not stand in for it


def test_a_file_beyond_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk is used
    with pytest.raises(ImportFormatError, match=r"^huge.ics is 20.0 MB; files of up to 20 MB are imported$"):
        read_import_file(huge)


def calendar_text(body: str) -> bytes:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//L//EN\r\n{body}END:VCALENDAR\r\n".encode()


def event_text(uid: str, summary: str = "SOC") -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20261210\r\n"
            f"SUMMARY:{summary}\r\nEND:VEVENT\r\n")


def test_line_length_field_size_and_component_count_have_clear_limits() -> None:
    with pytest.raises(ImportFormatError, match=rf"^line 8 is {MAX_LINE_CHARS + 1:,} characters long; lines of up to"):
        read_calendars(calendar_text(event_text("a", "x" * (MAX_LINE_CHARS - 7))))
    folded = "x" * 70 + "".join("\r\n " + "y" * 70 for _ in range(MAX_FIELD_CHARS // 70 + 1))
    with pytest.raises(ImportFormatError, match=r"^the property starting on line 8 is longer than 262,144 characters"):
        read_calendars(calendar_text(event_text("b") .replace("SUMMARY:SOC", "DESCRIPTION:" + folded + "\r\nSUMMARY:SOC")))
    many = "".join(event_text(f"u{n}") for n in range(MAX_COMPONENTS))
    with pytest.raises(ImportFormatError, match=r"^the file holds more than 50,000 components; split it"):
        read_calendars(calendar_text(many))
    assert import_guard.strip_controls("a\tb\r\nc\x1b[0m\x85") == "a\tb\r\nc[0m"


def test_values_the_large_fuzz_run_found_are_read_not_crashed_on(empty_planner) -> None:
    """A SEQUENCE beyond 64 bits and zone names too long for a file name (found by 10,000 fuzz cases)."""
    from cica_planner.services.ical_import import MAX_SEQUENCE, apply_import

    long_zone = "Asia/Almaty" + "," * 5000
    data = calendar_text(
        event_text("huge-sequence@example.org").replace("SUMMARY:SOC", "SEQUENCE:99999999999999999999\r\nSUMMARY:SOC")
        + event_text("long-zone@example.org").replace("DTSTART;VALUE=DATE:20261210",
                                                       f"DTSTART;TZID={long_zone}:20261210T100000")
    ).replace(b"PRODID:-//L//EN\r\n", f"PRODID:-//L//EN\r\nX-WR-TIMEZONE:{long_zone}\r\n".encode())
    result = apply_import(empty_planner, plan_import(empty_planner, data))
    assert result.created + len(result.skipped) == 2
    assert empty_planner.get("huge-sequence@example.org").sequence == MAX_SEQUENCE
    assert all("\n" not in item.reason for item in result.skipped)
