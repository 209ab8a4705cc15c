"""Two people on one PostgreSQL calendar: stale saves and undos are caught, imports make no duplicates."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest
from pg_cluster import login_url

from cica_planner.domain.errors import ConflictError
from cica_planner.domain.model import Category, Event
from cica_planner.services import team
from cica_planner.services.ical_import import import_file
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskService
from cica_planner.storage.authorship import set_display_name

if TYPE_CHECKING:
    from tests.conftest import CliResult, CliRunner


@pytest.fixture
def two_planners(team_url: str, pg_login):
    """Aigerim and Farid, each with their own login and connection, on one calendar."""
    owner = team.open_team_calendar(team_url)
    engines = []
    for name in ("aigerim", "farid"):
        user, password = pg_login(name)
        team.grant(owner, user, "planner")
        engine = team.open_team_calendar(login_url(team_url, user, password))
        set_display_name(engine, name.title())
        engines.append(engine)
    PlannerService(owner).create(Event(uid="soc@test", title="SOC", category=Category.SOC, start=date(2024, 6, 27),
                                       end=date(2024, 6, 28), city="Astana", country="KZ"))
    owner.dispose()
    yield [PlannerService(engine) for engine in engines]
    for engine in engines:
        engine.dispose()


def test_a_stale_save_is_refused_with_both_versions(two_planners) -> None:
    aigerim, farid = two_planners
    hers, his = aigerim.get("soc@test"), farid.get("soc@test")
    saved = aigerim.update(replace(hers, city="Baku"))
    assert saved.changed_by.startswith("Aigerim (aigerim_")
    assert saved.version == hers.version + 1

    with pytest.raises(ConflictError, match=r"“SOC” was changed by Aigerim \(aigerim_.*\) at .* since you opened it") as caught:
        farid.update(replace(his, title="SOC (resumed)"))
    assert caught.value.mine.title == "SOC (resumed)"
    assert caught.value.theirs.city == "Baku"
    assert farid.get("soc@test").title == "SOC"  # nothing overwritten

    # Resolved on top of their version, the save goes through and keeps both changes.
    resolved = replace(caught.value.theirs, title="SOC (resumed)")
    assert farid.update(resolved).version == saved.version + 1
    stored = aigerim.get("soc@test")
    assert (stored.title, stored.city) == ("SOC (resumed)", "Baku")
    assert stored.changed_by.startswith("Farid")


def test_an_undo_over_someone_elses_change_is_refused(two_planners) -> None:
    aigerim, farid = two_planners
    before = aigerim.get("soc@test")
    after = aigerim.update(replace(before, status=before.status.__class__("confirmed")))
    farid.update(replace(farid.get("soc@test"), venue="Palace of Independence"))
    with pytest.raises(ConflictError, match="cannot undo: “SOC” was changed by Farid"):
        aigerim.restore(before, expected_version=after.version)
    assert aigerim.get("soc@test").venue == "Palace of Independence"
    # Without anyone in between, the undo goes through.
    latest = aigerim.get("soc@test")
    undone = aigerim.restore(before, expected_version=latest.version)
    assert undone.venue == ""


def test_a_stale_task_save_is_refused(two_planners) -> None:
    aigerim, farid = two_planners
    tasks_a, tasks_f = TaskService(aigerim.engine), TaskService(farid.engine)
    from cica_planner.domain.tasks import Task

    task = tasks_a.add([Task(title="Book the hall", event_uid="soc@test")])[0]
    assert task.changed_by.startswith("Aigerim")
    copy_f = tasks_f.get(task.id).task
    tasks_a.update(replace(task, owner="Protocol"))
    with pytest.raises(ConflictError, match="“Book the hall” was changed by Aigerim"):
        tasks_f.update(replace(copy_f, notes="Call the venue"))
    assert tasks_f.get(task.id).task.owner == "Protocol"


ICS = "".join(
    f"BEGIN:VEVENT\r\nUID:imp-{n}@example\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:202409{n:02d}\r\n"
    f"DTEND;VALUE=DATE:202409{n + 1:02d}\r\nSUMMARY:Expert meeting {n}\r\nEND:VEVENT\r\n"
    for n in range(1, 21)
)
CALENDAR = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{ICS}END:VCALENDAR\r\n".encode()


def test_two_people_importing_one_file_at_once_create_no_duplicates(two_planners) -> None:
    results, errors = [], []
    start = threading.Barrier(len(two_planners))

    def run(planner: PlannerService) -> None:
        try:
            start.wait()
            results.append(import_file(planner, CALENDAR))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(planner,)) for planner in two_planners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    uids = [event.uid for event in two_planners[0].all_events() if event.uid.startswith("imp-")]
    assert sorted(uids) == sorted(f"imp-{n}@example" for n in range(1, 21))
    assert sum(result.created for result in results) + sum(result.updated for result in results) >= 20


def test_the_command_line_refuses_a_stale_edit_in_one_line(run_cli: CliRunner, seeded_db) -> None:
    import json

    def cli(*args: str) -> CliResult:
        return run_cli("--db", str(seeded_db), *args)

    listed = json.loads(cli("list", "--json", "--all").stdout)
    soc = next(item for item in listed if item["uid"] == "e060@seed.cica-planner")
    first = cli("edit", soc["uid"], "--city", "Baku", "--reason", "Moved to the new chair's capital",
                "--if-version", str(soc["version"]))
    assert first.returncode == 0, first.stderr
    stale = cli("edit", soc["uid"], "--venue", "Hall B", "--if-version", str(soc["version"]))
    assert stale.returncode == 2
    assert len(stale.stderr.strip().splitlines()) == 1
    assert "since you opened it" in stale.stderr
    after = next(item for item in json.loads(cli("list", "--json", "--all").stdout) if item["uid"] == soc["uid"])
    assert (after["city"], after["venue"], after["version"]) == ("Baku", soc["venue"], soc["version"] + 1)


def test_undoing_a_creation_spares_what_someone_changed_since(two_planners) -> None:
    from cica_planner.domain.tasks import Task

    aigerim, farid = two_planners
    created = aigerim.create(Event(title="Troika call", category=Category.TROIKA, start=date(2024, 7, 2),
                                   end=date(2024, 7, 3)))
    farid.update(replace(farid.get(created.uid), city="Baku"))
    with pytest.raises(ConflictError, match="cannot undo: “Troika call” was changed by Farid"):
        aigerim.delete(created.uid, undo=True)
    assert farid.get(created.uid).city == "Baku"

    tasks_a, tasks_f = TaskService(aigerim.engine), TaskService(farid.engine)
    added = tasks_a.add([Task(title="Send the agenda", event_uid="soc@test")])
    tasks_f.update(replace(tasks_f.get(added[0].id).task, owner="Protocol"))
    with pytest.raises(ConflictError, match="cannot undo: “Send the agenda” was changed by Farid"):
        tasks_a.delete([added[0].id], undo=True)
    assert tasks_f.get(added[0].id).task.owner == "Protocol"
    # Nobody else touched this one: its creation is undone.
    mine = aigerim.create(Event(title="Draft note", category=Category.MILESTONE, start=date(2024, 7, 4),
                                end=date(2024, 7, 5)))
    aigerim.delete(mine.uid, undo=True)
    assert aigerim.find(mine.uid) is None


def test_undoing_an_import_spares_what_someone_changed_since(two_planners) -> None:
    from cica_planner.services.ical_import import apply_import, plan_import

    aigerim, farid = two_planners
    result = apply_import(aigerim, plan_import(aigerim, CALENDAR))
    assert result.created == 20
    farid.update(replace(farid.get("imp-3@example"), city="Tashkent"))
    with pytest.raises(ConflictError, match="cannot undo: “Expert meeting 3” was changed by Farid"):
        aigerim.revert(result.created_uids, result.replaced, undo=True)
    assert len([e for e in farid.all_events() if e.uid.startswith("imp-")]) == 20  # nothing taken back
