"""The importer fuzzer's CI run: a small count of mutated and generated files, no failure allowed.

The large run is on demand: ``python -m bench.fuzz_import --count 10000`` (see docs/reliability.md).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def fuzzer():  # the bench module
    spec = importlib.util.spec_from_file_location("fuzz_import", ROOT / "bench" / "fuzz_import.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_import"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_a_small_fuzz_run_finds_no_crash_hang_partial_import_or_broken_round_trip(fuzzer) -> None:
    report = fuzzer.fuzz(80, seed=19)
    assert report.cases == 80
    assert report.outcomes["accepted"] > 10  # the run reached the round trip, not only refusals
    assert report.outcomes["refused"] > 5
    assert report.failures == [], [(outcome, detail) for outcome, detail, _data in report.failures[:5]]


def test_the_checks_tell_refusals_from_crashes_and_hangs(fuzzer) -> None:
    calendars = fuzzer.Calendars()
    odd = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".encode("utf-16") + b"\x00"
    assert fuzzer.check_case(calendars, odd)[0] == "refused"
    assert fuzzer.check_case(calendars, fuzzer.own_export()) == ("accepted", "")
    started = time.monotonic()
    # A short limit: the clock's alarm comes at WALL_FACTOR times it, and both alarms are what is tested, not their length.
    limit = 0.02

    def endless() -> None:
        with fuzzer._time_limit(limit):
            while True:
                time.sleep(0.01)

    with pytest.raises(fuzzer.Hang):
        endless()
    assert time.monotonic() - started < 5

    def busy_and_swallowing() -> None:
        # Working (CPU time, not the clock) and catching every Exception, as an importer skipping items does.
        with fuzzer._time_limit(limit):
            while True:
                try:
                    sum(range(10_000))
                except Exception:  # what the hang must get through
                    continue

    started = time.monotonic()
    with pytest.raises(fuzzer.Hang):
        busy_and_swallowing()
    assert time.monotonic() - started < 5


def test_a_file_holding_only_a_changed_occurrence_round_trips(fuzzer) -> None:
    # Found by the large run: the series is stored at the date the override names, its occurrence
    # years before; the comparison starts at the first thing shown, not at the series' start.
    only_override = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:gmin@google.com\r\n"
                     b"DTSTAMP:20240301T000000Z\r\nDTSTART;TZID=Asia/Almaty:20240222T100000\r\n"
                     b"DTEND;TZID=Asia/Almaty:20240222T110000\r\nRECURRENCE-ID:20261217T100000Z\r\n"
                     b"SUMMARY:Weekly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert fuzzer.check_case(fuzzer.Calendars(), only_override) == ("accepted", "")


def test_the_mutations_change_the_file(fuzzer) -> None:
    import random

    seed = fuzzer.own_export()
    rng = random.Random(3)
    assert sum(fuzzer.mutate(seed, rng, fuzzer.HOSTILE_LINES) != seed for _ in range(50)) >= 45
    assert Path(fuzzer.CORPUS).is_dir()
