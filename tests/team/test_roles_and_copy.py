"""Roles the server enforces, and moving a whole calendar between SQLite and PostgreSQL (the CLI in-process)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from pg_cluster import login_url
from sqlalchemy.engine import make_url

from cica_planner.domain.errors import PermissionRefusedError, StorageError, ValidationError
from cica_planner.domain.tasks import TaskStatus
from cica_planner.services import team
from cica_planner.services.chairmanship import ChairmanshipService
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskService

if TYPE_CHECKING:
    from tests.conftest import CliRunner


def raw_sql(url: str, statement: str) -> None:
    """What a hand-written SQL client would send, bypassing CICA Planner altogether."""
    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, dbname=parsed.database, user=parsed.username,
                         password=parsed.password, autocommit=True) as connection:
        connection.execute(statement)


@pytest.fixture
def team_calendar(seeded_team_url: str, pg_login):
    """A seeded team calendar with a viewer, a planner and an admin (their URLs, by role)."""
    owner = team.open_team_calendar(seeded_team_url)
    urls = {}
    for role in ("viewer", "planner", "admin"):
        user, password = pg_login(role)
        team.grant(owner, user, role)
        urls[role] = login_url(seeded_team_url, user, password)
    owner.dispose()
    return urls


def test_roles_are_enforced_by_the_server(team_calendar: dict[str, str]) -> None:
    viewer = team.open_team_calendar(team_calendar["viewer"])
    planner = team.open_team_calendar(team_calendar["planner"])
    admin = team.open_team_calendar(team_calendar["admin"])
    try:
        assert team.permissions(viewer).role == "viewer"
        assert team.permissions(viewer).read_only
        planner_may = team.permissions(planner)
        assert (planner_may.role, planner_may.edit_events, planner_may.edit_register) == ("planner", True, False)
        assert planner_may.refusals() == ["the chairmanship register", "handover plans", "checklist templates"]
        assert not team.permissions(admin).refusals()

        # The viewer reads everything but changes nothing, neither through the app ...
        soc = PlannerService(viewer).get("e060@seed.cica-planner")
        with pytest.raises(PermissionRefusedError, match="your role on the team calendar does not allow"):
            PlannerService(viewer).update(replace(soc, title="Renamed"))
        # ... nor with a hand-written SQL client.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw_sql(team_calendar["viewer"], "UPDATE event SET title = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw_sql(team_calendar["viewer"], "DELETE FROM task")
        assert PlannerService(planner).get(soc.uid).title == soc.title

        # The planner edits events and ticks tasks, but not the register ...
        PlannerService(planner).update(replace(PlannerService(planner).get(soc.uid), city="Baku"))
        tasks = TaskService(planner)
        first = tasks.list_tasks()[0]
        assert tasks.set_status([first.id], TaskStatus.DONE, date(2024, 6, 1)) == 1
        chairs = ChairmanshipService(planner)
        term = chairs.terms()[-1]
        with pytest.raises(PermissionRefusedError):
            chairs.update_term(replace(term, theme="Changed by a planner"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw_sql(team_calendar["planner"], "UPDATE chair_term SET theme = 'x'")
        # ... and may tick a handover milestone but not add one (row-level security).
        milestone = next(item for item in tasks.list_tasks() if item.task.handover_id is not None)
        tasks.set_status([milestone.id], TaskStatus.DONE, date(2024, 6, 1))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            raw_sql(team_calendar["planner"], "INSERT INTO task (event_uid, handover_id, title, owner, status, priority, "
                    f"notes, position, tags) VALUES ('{milestone.task.event_uid}', {milestone.task.handover_id}, "
                    "'forged', '', 'to do', 'normal', '', 0, '')")

        # The admin edits the register.
        saved = ChairmanshipService(admin).update_term(replace(ChairmanshipService(admin).terms()[-1], theme="New theme"))
        assert saved.theme == "New theme"
    finally:
        for engine in (viewer, planner, admin):
            engine.dispose()


def test_cli_team_commands_and_a_refused_write(run_cli: CliRunner, pg_url: str, pg_login, tmp_path: Path) -> None:
    result = run_cli("team", "init", pg_url, "--no-seed")
    assert result.returncode == 0, result.stderr
    assert "team calendar ready" in result.stdout
    user, password = pg_login("clerk")
    result = run_cli("--db", pg_url, "team", "grant", user, "viewer")
    assert (result.returncode, result.stdout.strip()) == (0, f"{user} is now viewer of the team calendar")
    result = run_cli("--db", pg_url, "team", "grant", user, "boss")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr

    ics = tmp_path / "one.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:one@example\r\n"
                   "DTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20240627\r\nDTEND;VALUE=DATE:20240628\r\n"
                   "SUMMARY:SOC\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    viewer_url = login_url(pg_url, user, password)
    result = run_cli("--db", viewer_url, "import", str(ics))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "your role on the team calendar does not allow this change" in result.stderr
    assert password not in result.stderr
    result = run_cli("--db", viewer_url, "list", "--all", "--json")
    assert (result.returncode, json.loads(result.stdout)) == (0, [])
    result = run_cli("list", "--all", "--json", env={"CICA_PLANNER_DB": viewer_url})  # the variable takes URLs too
    assert (result.returncode, json.loads(result.stdout)) == (0, [])

    result = run_cli("--db", pg_url, "team", "revoke", user)
    assert result.returncode == 0, result.stderr
    result = run_cli("--db", viewer_url, "list", "--all")
    assert result.returncode != 0
    assert "permission denied" in result.stderr


def test_copy_round_trip_sqlite_postgresql_sqlite(run_cli: CliRunner, seeded_db: Path, pg_url: str, tmp_path: Path) -> None:
    # Something of everything: a moved event (history) and a done task.
    engine = team.open_any(seeded_db, create=False)
    planner = PlannerService(engine)
    moved = planner.get("e060@seed.cica-planner")
    planner.reschedule(moved.uid, date(2024, 7, 1), date(2024, 7, 2), "Hall booked for another meeting")
    TaskService(engine).set_status([TaskService(engine).list_tasks()[0].id], TaskStatus.DONE, date(2024, 6, 1))
    engine.dispose()

    back = tmp_path / "back.sqlite3"
    for source, target in ((str(seeded_db), pg_url), (pg_url, str(back))):
        result = run_cli("copy", "--from", source, "--to", target)
        assert result.returncode == 0, result.stderr
        assert "copied to" in result.stdout
    outputs = {}
    for where in (str(seeded_db), pg_url, str(back)):
        listed = run_cli("--db", where, "list", "--json", "--all")
        tasks = run_cli("--db", where, "tasks", "--json", "--today", "2024-06-01")
        assert listed.returncode == tasks.returncode == 0
        outputs[where] = (listed.stdout, tasks.stdout)
    assert outputs[str(seeded_db)] == outputs[pg_url] == outputs[str(back)]
    assert "Hall booked for another meeting" in outputs[pg_url][0]

    # A non-empty target is refused unless --replace; new rows on the server get fresh ids.
    result = run_cli("copy", "--from", str(back), "--to", pg_url)
    assert result.returncode == 2
    assert result.stderr.strip() == "cica-planner: the target calendar is not empty; add --replace to overwrite it"
    assert run_cli("copy", "--from", str(back), "--to", pg_url, "--replace").returncode == 0
    engine = team.open_team_calendar(pg_url)
    task = TaskService(engine).list_tasks()[0].task
    added = TaskService(engine).add([replace(task, id=None, title="After the copy")])[0]
    assert added.id > max(item.id for item in TaskService(engine).list_tasks() if item.id != added.id)
    engine.dispose()


def test_server_trouble_is_one_clear_line(pg_url: str, pg_login) -> None:
    user, _password = pg_login("guest")
    with pytest.raises(StorageError, match="login to the team calendar .* failed: check the user name and password"):
        team.open_team_calendar(login_url(pg_url, user, "wrong"))
    closed = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(StorageError, match="cannot reach the calendar server .*refused the connection"):
        team.open_team_calendar(closed)
    missing = make_url(pg_url).set(database="no_such_calendar").render_as_string(hide_password=False)
    with pytest.raises(StorageError, match="there is no team calendar"):
        team.open_team_calendar(missing)
    with pytest.raises(ValidationError, match="same calendar"):
        team.copy(pg_url, pg_url)
