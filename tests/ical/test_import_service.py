"""One import path for the command line and the app: ImportService plans, applies with a receipt, undoes and redoes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from cica_planner.domain.model import Event
from cica_planner.services.ical_import import ImportService, import_file
from cica_planner.storage.repositories import events as event_rows

SERIES = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:weekly@test\r\n"
          b"DTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250303\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\n"
          b"SUMMARY:Weekly SOC call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _calendar(*vevents: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n" + "".join(
        f"BEGIN:VEVENT\r\n{body}END:VEVENT\r\n" for body in vevents) + "END:VCALENDAR\r\n").encode()


def _event(uid: str, day: str, title: str, sequence: int = 0) -> str:
    return (f"UID:{uid}\r\nDTSTAMP:20250101T000000Z\r\nSEQUENCE:{sequence}\r\nDTSTART;VALUE=DATE:{day}\r\n"
            f"SUMMARY:{title}\r\n")


def test_apply_gives_a_receipt_that_undo_and_redo_use(empty_planner) -> None:
    imports = ImportService(empty_planner)
    import_file(empty_planner, _calendar(_event("a@test", "20250301", "First"), _event("b@test", "20250302", "Second")))
    before = empty_planner.get("a@test")
    plan = imports.plan(_calendar(_event("a@test", "20250305", "First, moved", 1), _event("c@test", "20250306", "Third")))
    receipt = imports.apply(plan)
    assert (receipt.created, receipt.updated, receipt.unchanged) == (1, 1, 0)
    assert receipt.created_uids == ["c@test"]
    assert [(e.uid, e.title) for e in receipt.replaced] == [("a@test", "First")]
    imports.undo(receipt)
    assert empty_planner.find("c@test") is None
    restored = empty_planner.get("a@test")
    assert (restored.title, restored.start) == (before.title, before.start)
    again = imports.redo(plan)  # the same writes again, although undo left "a" at a higher SEQUENCE
    assert again.created_uids == ["c@test"]
    assert empty_planner.get("a@test").title == "First, moved"


def test_no_event_is_loaded_twice_in_one_import(empty_planner, monkeypatch) -> None:
    import_file(empty_planner, _calendar(*(_event(f"e{n}@test", f"202503{n + 1:02d}", f"Event {n}") for n in range(6))))
    loaded: list[str] = []
    real = event_rows.event_from_row

    def counting(row, *args, **kwargs):
        loaded.append(row.uid)
        return real(row, *args, **kwargs)

    monkeypatch.setattr(event_rows, "event_from_row", counting)
    data = _calendar(*(_event(f"e{n}@test", f"202504{n + 1:02d}", f"Event {n} moved", 1) for n in range(3)),
                     _event("new@test", "20250410", "New"))
    imports = ImportService(empty_planner)
    result = imports.apply(imports.plan(data))
    assert (result.created, result.updated) == (1, 3)
    assert sorted(loaded) == sorted(f"e{n}@test" for n in range(6))  # each stored event once, for the plan
    assert empty_planner.get("e1@test").start == date(2025, 4, 2)


def test_an_event_changed_after_the_plan_is_read_again_and_kept(empty_planner) -> None:
    import_file(empty_planner, _calendar(_event("a@test", "20250301", "First")))
    imports = ImportService(empty_planner)
    plan = imports.plan(_calendar(_event("a@test", "20250305", "From the file", 1)))
    stored = empty_planner.get("a@test")
    empty_planner.update(replace(stored, title="Changed meanwhile", sequence=5))
    result = imports.apply(plan)
    assert (result.updated, result.unchanged) == (0, 1)
    assert empty_planner.get("a@test").title == "Changed meanwhile"
    assert result.notes
    assert "kept" in result.notes[-1]


def test_known_exclusions_are_pruned_for_the_command_line_too(empty_planner) -> None:
    imports = ImportService(empty_planner)
    imports.apply(imports.plan(SERIES))
    series = empty_planner.get("weekly@test")
    empty_planner.update(replace(series, exdates=[date(2025, 3, 10)]))
    plan = imports.plan(SERIES)
    plan.stored_exdates = {"weekly@test": [date(2025, 3, 10), date(2025, 3, 17)]}
    result = imports.apply(plan)
    assert empty_planner.get("weekly@test").exdates == [date(2025, 3, 10), date(2025, 3, 17)]
    assert [e.exdates for e in result.replaced] == [[date(2025, 3, 10)]]  # undo writes back the one it had
    assert result.updated == 0
    imports.undo(result)
    assert empty_planner.get("weekly@test").exdates == [date(2025, 3, 10)]


def test_the_command_line_imports_through_the_service(run_cli, tmp_path: Path, monkeypatch) -> None:
    """Events only added to a calendar file go through sqlite3 alone (services/file_import.py, which plans
    with the same plan_import); an import that changes a stored event is planned again by the service."""
    from cica_planner.services import file_import

    calls: list[int] = []
    plain: list[bool] = []
    real_apply = ImportService.apply
    real_file_import = file_import.import_into_file

    def spy(self, plan, progress=None):
        calls.append(len(plan.items))
        return real_apply(self, plan, progress)

    def file_spy(*args, **kwargs):
        done = real_file_import(*args, **kwargs)
        plain.append(done is not None and done.result is not None)
        return done

    monkeypatch.setattr(ImportService, "apply", spy)
    monkeypatch.setattr(file_import, "import_into_file", file_spy)
    source = tmp_path / "calls.ics"
    source.write_bytes(SERIES)
    result = run_cli("--db", str(tmp_path / "cal.sqlite3"), "--no-seed", "import", str(source))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "created 1, updated 0, unchanged 0, skipped 0"
    assert (plain, calls) == ([True], [])
    again = run_cli("--db", str(tmp_path / "cal.sqlite3"), "import", str(source))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "created 0, updated 0, unchanged 1, skipped 0"
    assert (plain, calls) == ([True, True], [])
    source.write_bytes(SERIES.replace(b"SUMMARY:Weekly SOC call", b"SEQUENCE:1\r\nSUMMARY:Weekly SOC call, moved"))
    changed = run_cli("--db", str(tmp_path / "cal.sqlite3"), "import", str(source))
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "created 0, updated 1, unchanged 0, skipped 0"
    assert (plain, calls) == ([True, True, False], [1])


def test_events_keep_their_ids_and_overrides_after_a_bulk_insert(empty_planner) -> None:
    data = (Path(__file__).parent / "data" / "google.ics").read_bytes()
    result = import_file(empty_planner, data)
    stored: list[Event] = empty_planner.all_events()
    assert len(stored) == result.created
    assert all(event.id is not None and event.version == 1 for event in stored)
    assert any(event.overrides for event in stored)  # the moved occurrence went in with its series


def test_an_event_created_by_someone_else_during_the_write_is_updated_not_duplicated(empty_planner, monkeypatch) -> None:
    from cica_planner.storage import event_bulk

    import_file(empty_planner, _calendar(_event("a@test", "20250301", "Theirs")))
    theirs = empty_planner.get("a@test")
    imports = ImportService(empty_planner)
    plan = imports.plan(_calendar(_event("a@test", "20250305", "Mine", 1), _event("b@test", "20250306", "New")))
    plan = type(plan)(items=plan.items, notes=plan.notes)  # a plan made before "a" was stored
    # The version check misses "a" as if another client committed it between that check and the insert.
    monkeypatch.setattr(event_bulk, "versions", lambda session, uids: {})
    result = imports.apply(plan)
    assert (result.created, result.updated) == (1, 1)
    assert result.created_uids == ["b@test"]
    assert [e.title for e in result.replaced] == [theirs.title]
    assert [e.uid for e in empty_planner.all_events()] == ["a@test", "b@test"]
    assert empty_planner.get("a@test").title == "Mine"
