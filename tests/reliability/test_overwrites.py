"""Nothing overwritten silently: a stale import plan, and the same file imported by two processes at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cica_planner.services.ical_import import Outcome, apply_import, plan_import
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database

from .conftest import ROOT
from .forks import COMMAND_LINE, ForkedChild, ForkServer

UID = "soc-dec@example.org"


def one_event(sequence: int, title: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Desk//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{UID}\r\nDTSTAMP:20261201T000000Z\r\nSEQUENCE:{sequence}\r\n"
            "DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\n"
            f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def many_events(count: int) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:bulk-{n}@example.org\r\nDTSTAMP:20261201T000000Z\r\n"
        f"DTSTART:2027{1 + n % 12:02d}{1 + n % 28:02d}T{n % 24:02d}0000Z\r\nDURATION:PT1H\r\n"
        f"SUMMARY:Bulk event {n}\r\nEND:VEVENT\r\n" for n in range(count))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bulk//EN\r\n{body}END:VCALENDAR\r\n".encode()


@pytest.fixture
def cli(forks: ForkServer) -> Callable[..., ForkedChild]:
    """Start ``cica-planner ARGS`` in a process of its own; the test waits for it."""

    def start(*args: str) -> ForkedChild:
        return forks.start(COMMAND_LINE, *args, env={"PYTHONPATH": str(ROOT)})

    return start


def test_a_stale_plan_does_not_overwrite_a_newer_event_another_process_stored(cli: Callable[..., ForkedChild],
                                                                             tmp_path: Path) -> None:
    db = tmp_path / "calendar.sqlite3"
    planner = PlannerService(open_database(db, seed=False))
    apply_import(planner, plan_import(planner, one_event(1, "SOC (first draft)")))
    stale = plan_import(planner, one_event(2, "SOC (second draft)"))  # shown to the user, not yet applied
    assert [item.outcome for item in stale.items] == [Outcome.UPDATED]
    newer = tmp_path / "newer.ics"
    newer.write_bytes(one_event(5, "SOC (final)"))
    other = cli("--db", str(db), "import", str(newer))  # another process, in between
    _out, errors = other.communicate(timeout=120)
    assert other.returncode == 0, errors
    result = apply_import(planner, stale)
    stored = planner.get(UID)
    assert (stored.sequence, stored.title) == (5, "SOC (final)")
    assert (result.updated, result.unchanged) == (0, 1)
    assert any("changed in the calendar after the preview" in note for note in result.notes)


def test_the_same_file_imported_by_two_processes_at_once_updates_instead_of_failing(cli: Callable[..., ForkedChild],
                                                                                   tmp_path: Path) -> None:
    source = tmp_path / "bulk.ics"
    source.write_bytes(many_events(3000))
    for trial in range(2):
        db = tmp_path / f"calendar-{trial}.sqlite3"
        open_database(db, seed=False).dispose()
        children = [cli("--db", str(db), "import", str(source)) for _ in range(2)]
        outputs = [child.communicate(timeout=300) for child in children]
        assert [child.returncode for child in children] == [0, 0], [err for _out, err in outputs]
        summaries = sorted(out.strip().splitlines()[-1] for out, _err in outputs)
        assert summaries in (
            ["created 0, updated 0, unchanged 3000, skipped 0", "created 3000, updated 0, unchanged 0, skipped 0"],
            ["created 3000, updated 0, unchanged 0, skipped 0"] * 2,  # the second planned after the first wrote
        ), summaries
        assert PlannerService(open_database(db)).count() == 3000
