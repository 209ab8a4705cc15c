"""Sync with a real Radicale: edits made there as Thunderbird makes them, conflicts, deletions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
from caldav_helpers import USER, RadicaleServer, run_cli

from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database

UID = "e001@seed.cica-planner"


def _planner(db: Path) -> tuple[PlannerService, object]:
    engine = open_database(db)
    return PlannerService(engine), engine


def edit_on_server(radicale: RadicaleServer, url: str, uid: str, change, prodid: str = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN") -> None:
    """Change a resource the way Thunderbird does: GET, edit, SEQUENCE + 1, LAST-MODIFIED now, PUT with If-Match."""
    resource = url + uid.replace("@", "%40") + ".ics"
    status, headers, body = radicale.request(resource)
    assert status == 200
    calendar = icalendar.Calendar.from_ical(body)
    calendar["PRODID"] = prodid
    vevent = next(iter(calendar.walk("VEVENT")))
    change(vevent)
    sequence = int(vevent.get("SEQUENCE", 0)) + 1
    vevent.pop("SEQUENCE", None)
    vevent.add("SEQUENCE", sequence)
    vevent.pop("LAST-MODIFIED", None)
    vevent.add("LAST-MODIFIED", datetime.now(UTC).replace(microsecond=0) + timedelta(days=1))
    status, _, _ = radicale.request(resource, "PUT", calendar.to_ical(),
                                    {"If-Match": headers["ETag"], "Content-Type": "text/calendar; charset=utf-8"})
    assert status in (201, 204)


def _set(name: str, value) -> object:
    def change(vevent: icalendar.cal.Component) -> None:
        vevent.pop(name, None)
        vevent.add(name, value)
    return change


def test_an_edit_made_in_thunderbird_comes_back_with_sync(radicale: RadicaleServer, seeded_db: Path, published_url: str) -> None:
    url = published_url
    planner, engine = _planner(seeded_db)
    before = planner.get(UID)
    engine.dispose()
    new_start = before.start + timedelta(days=2)

    def move_and_describe(vevent: icalendar.cal.Component) -> None:
        _set("DTSTART", new_start)(vevent)
        _set("DTEND", before.end + timedelta(days=2))(vevent)
        # The user rewrites the text above the facts (organiser, mode, status) the export appends.
        original = str(vevent["DESCRIPTION"])
        facts = original[len(before.description.strip()):].strip()
        _set("DESCRIPTION", f"Moved by the host country.\n\n{facts}")(vevent)

    edit_on_server(radicale, url, UID, move_and_describe)
    puts = radicale.puts(url)
    status, out, err = run_cli(seeded_db, "sync", url)
    assert status == 0, out + err
    assert f"updated from the server: {before.title}" in out

    planner, engine = _planner(seeded_db)
    after = planner.get(UID)
    engine.dispose()
    assert after.start == new_start
    assert after.end == before.end + timedelta(days=2)
    assert after.description == "Moved by the host country."  # the edit of DESCRIPTION wins over the old X-CICA copy
    assert after.sequence >= before.sequence + 1
    assert after.history[-1].reason.startswith("changed on the server by Thunderbird")
    assert after.history[-1].old_start == before.start
    assert after.history[-1].new_start == new_start
    # The server then gets the calendar's own (Outlook-safe) version, once; a second sync sends nothing.
    assert radicale.puts(url) == puts + 1
    assert run_cli(seeded_db, "sync", url)[0] == 0
    assert radicale.puts(url) == puts + 1


def test_an_event_made_on_the_server_is_added(radicale: RadicaleServer, seeded_db: Path, published_url: str) -> None:
    url = published_url
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN")
    calendar.add("VERSION", "2.0")
    vevent = icalendar.Event()
    vevent.add("UID", "3f2c-thunderbird-new")
    vevent.add("DTSTAMP", datetime(2024, 5, 2, tzinfo=UTC))
    vevent.add("SUMMARY", "Coordination call with the Chair")
    vevent.add("DTSTART", datetime(2024, 5, 6, 5, 0, tzinfo=UTC))
    vevent.add("DTEND", datetime(2024, 5, 6, 6, 0, tzinfo=UTC))
    calendar.add_component(vevent)
    status, _, _ = radicale.request(url + "random-name-1.ics", "PUT", calendar.to_ical(),
                                    {"If-None-Match": "*", "Content-Type": "text/calendar"})
    assert status == 201
    status, out, err = run_cli(seeded_db, "sync", url)
    assert status == 0, out + err
    assert "added from the server: Coordination call with the Chair" in out
    planner, engine = _planner(seeded_db)
    added = planner.get("3f2c-thunderbird-new")
    engine.dispose()
    assert added.start == datetime(2024, 5, 6, 5, 0, tzinfo=UTC)
    assert added.history[-1].reason == "added on the server by Thunderbird"
    # Written back under the name it has there, not as a second copy.
    assert not any(p.name.startswith("3f2c") for p in radicale.resources(url))
    assert run_cli(seeded_db, "sync", url)[0] == 0


def test_a_change_on_both_sides_is_a_conflict_shown_field_by_field(
    radicale: RadicaleServer, seeded_db: Path, published_url: str
) -> None:
    url = published_url
    edit_on_server(radicale, url, UID, _set("SUMMARY", "Renamed in Thunderbird"))
    planner, engine = _planner(seeded_db)
    mine = planner.update(replace(planner.get(UID), title="Renamed here", description="Our notes"))
    engine.dispose()
    puts = radicale.puts(url)

    status, out, _ = run_cli(seeded_db, "sync", url)
    assert status == 3
    assert "conflict:" in out
    assert "Title: here 'Renamed here'; on the server 'Renamed in Thunderbird'" in out
    assert radicale.puts(url) == puts  # neither side overwritten
    planner, engine = _planner(seeded_db)
    assert planner.get(UID).title == "Renamed here"
    engine.dispose()
    code, _, body = radicale.request(url + UID.replace("@", "%40") + ".ics")
    assert b"Renamed in Thunderbird" in body

    status, out, _ = run_cli(seeded_db, "sync", url, "--take-theirs")
    assert status == 0, out
    planner, engine = _planner(seeded_db)
    settled = planner.get(UID)
    engine.dispose()
    assert settled.title == "Renamed in Thunderbird"
    assert settled.sequence > mine.sequence
    assert "changed on the server by Thunderbird (title" in settled.history[-1].reason


def test_keep_mine_writes_the_calendar_over_the_server(radicale: RadicaleServer, seeded_db: Path, published_url: str) -> None:
    url = published_url
    edit_on_server(radicale, url, UID, _set("SUMMARY", "Renamed in Thunderbird"))
    planner, engine = _planner(seeded_db)
    planner.update(replace(planner.get(UID), title="Renamed here"))
    engine.dispose()
    status, out, _ = run_cli(seeded_db, "sync", url, "--keep-mine")
    assert status == 0, out
    _, _, body = radicale.request(url + UID.replace("@", "%40") + ".ics")
    assert b"Renamed here" in body
    assert b"Renamed in Thunderbird" not in body


def test_a_deletion_on_the_server_is_listed_and_applied_only_when_accepted(
    radicale: RadicaleServer, seeded_db: Path, published_url: str
) -> None:
    url = published_url
    status, _, _ = radicale.request(url + UID.replace("@", "%40") + ".ics", "DELETE")
    assert status in (200, 204)
    status, out, _ = run_cli(seeded_db, "sync", url)
    assert status == 3
    assert "deleted on the server: " in out
    assert "--accept-deletions" in out
    planner, engine = _planner(seeded_db)
    assert planner.find(UID) is not None
    engine.dispose()
    # A publish does not bring it back behind the server's back either.
    status, out, err = run_cli(seeded_db, "publish", url)
    assert status == 3
    assert f"held back {UID}: deleted on the server" in err

    status, out, _ = run_cli(seeded_db, "sync", url, "--accept-deletions")
    assert status == 0, out
    assert "deleted as on the server:" in out
    planner, engine = _planner(seeded_db)
    assert planner.find(UID) is None
    engine.dispose()


def test_sync_uses_the_selection_last_published(radicale: RadicaleServer, seeded_db: Path, password_env: None) -> None:
    url = radicale.collection()
    assert run_cli(seeded_db, "publish", url, "--user", USER, "--create", "--from", "2024-04-01", "--to", "2024-06-30")[0] == 0
    count = len(radicale.resources(url))
    status, out, _ = run_cli(seeded_db, "sync", url)
    assert status == 0, out
    assert len(radicale.resources(url)) == count
    assert "deleted 0" in out
    assert "created 0" in out


def test_a_task_ticked_off_in_thunderbird_is_done_here(radicale: RadicaleServer, seeded_db: Path, password_env: None) -> None:
    from datetime import date

    from cica_planner.domain.tasks import Task, TaskStatus
    from cica_planner.services.tasks import TaskService

    engine = open_database(seeded_db)
    (task,) = TaskService(engine).add([Task("Print the badges (test)", UID, due_fixed=date(2024, 4, 1))])
    engine.dispose()
    url = radicale.collection()
    engine = open_database(seeded_db)
    category = PlannerService(engine).get(UID).category.value
    engine.dispose()
    # One category keeps the test quick (the seeded checklists hold hundreds of tasks); sync keeps the selection.
    assert run_cli(seeded_db, "publish", url, "--user", USER, "--create", "--tasks", "--category", category)[0] == 0
    tasks_url = url.rstrip("/") + "-tasks/"
    resource = f"{tasks_url}todo-{task.id}-{UID.replace('@', '%40')}.ics"
    status, headers, body = radicale.request(resource)
    assert status == 200
    calendar = icalendar.Calendar.from_ical(body)
    todo = next(iter(calendar.walk("VTODO")))
    for name, value in (("STATUS", "COMPLETED"), ("COMPLETED", datetime(2024, 3, 28, 9, tzinfo=UTC)),
                        ("PERCENT-COMPLETE", 100)):
        todo.pop(name, None)
        todo.add(name, value)
    assert radicale.request(resource, "PUT", calendar.to_ical(), {"If-Match": headers["ETag"]})[0] in (201, 204)

    status, out, err = run_cli(seeded_db, "sync", url)
    assert status == 0, out + err
    assert "task status from the server: Print the badges (test)" in out
    engine = open_database(seeded_db)
    done = TaskService(engine).get(task.id).task
    engine.dispose()
    assert done.status is TaskStatus.DONE
    assert done.completed_on == date(2024, 3, 28)
    puts = radicale.puts(tasks_url)
    assert run_cli(seeded_db, "sync", url)[0] == 0
    assert radicale.puts(tasks_url) == puts


def test_an_occurrence_written_apart_can_be_moved_and_deleted_on_the_server(
    radicale: RadicaleServer, seeded_db: Path, published_url: str
) -> None:
    """Astana briefings before 1 March 2024 are written apart (in UTC) for Outlook; each can still be edited there."""
    from zoneinfo import ZoneInfo

    from test_publish import add_timed_events, listed_occurrences, served_occurrences

    url = published_url
    add_timed_events(seeded_db)
    status, out, err = run_cli(seeded_db, "publish", url)  # only the new events are sent
    assert status == 0, err
    assert "updated 0, deleted 0" in out
    names = {p.name for p in radicale.resources(url)}
    assert {"briefing@test-20240219.ics", "briefing@test-20240221.ics", "briefing@test.ics"} <= names
    moved_to = datetime(2024, 2, 19, 11, tzinfo=ZoneInfo("Asia/Almaty"))

    def move(vevent: icalendar.cal.Component) -> None:
        _set("DTSTART", moved_to.astimezone(UTC))(vevent)
        _set("DTEND", (moved_to + timedelta(hours=1)).astimezone(UTC))(vevent)

    edit_on_server(radicale, url, "briefing@test-20240219", move)
    assert radicale.request(url + "briefing%40test-20240221.ics", "DELETE")[0] in (200, 204)

    status, out, _ = run_cli(seeded_db, "sync", url)
    assert status == 3  # the deletion waits for a decision; the move is taken
    assert "updated from the server: Briefing twice a week, Astana" in out
    assert "deleted on the server: Briefing twice a week, Astana on 21.02.2024" in out
    planner, engine = _planner(seeded_db)
    moved = planner.get("briefing@test-20240219")
    series = planner.get("briefing@test")
    engine.dispose()
    assert moved.start == moved_to
    assert moved.history[-1].reason.startswith("changed on the server by Thunderbird")
    assert len(series.exdates) == 1

    status, out, _ = run_cli(seeded_db, "sync", url, "--accept-deletions")
    assert status == 0, out
    planner, engine = _planner(seeded_db)
    assert len(planner.get("briefing@test").exdates) == 2
    engine.dispose()
    # The calendar and the served file still agree instant by instant, and nothing more is sent.
    listed = listed_occurrences(seeded_db)
    _, _, body = radicale.request(url)
    assert served_occurrences(body, {uid for uid, _ in listed}) == listed
    puts = radicale.puts(url)
    assert run_cli(seeded_db, "sync", url)[0] == 0
    assert radicale.puts(url) == puts


def test_a_day_picked_on_the_server_fixes_an_undated_event(
    radicale: RadicaleServer, seeded_db: Path, password_env: None
) -> None:
    """The side event known only to September 2023 is given its day in Thunderbird: the date is fixed here too."""
    from datetime import date

    uid = "e010@seed.cica-planner"
    planner, engine = _planner(seeded_db)
    before = planner.get(uid)
    engine.dispose()
    assert before.precision.value == "month"
    url = radicale.collection()
    # Its category alone keeps the test quick (with the unscheduled events, the calendar is over a hundred resources).
    status, _, err = run_cli(seeded_db, "publish", url, "--user", USER, "--create", "--include-unscheduled",
                             "--category", before.category.value)
    assert status == 0, err
    assert uid + ".ics" in {p.name for p in radicale.resources(url)}

    def pick_the_day(vevent: icalendar.cal.Component) -> None:
        _set("DTSTART", date(2023, 9, 21))(vevent)
        _set("DTEND", date(2023, 9, 22))(vevent)
        _set("SUMMARY", before.title)(vevent)  # the user also drops "(date TBC: September 2023)"

    edit_on_server(radicale, url, uid, pick_the_day)
    status, out, err = run_cli(seeded_db, "sync", url)
    assert status == 0, out + err
    planner, engine = _planner(seeded_db)
    after = planner.get(uid)
    engine.dispose()
    assert after.precision.value == "day"
    assert (after.start, after.end) == (date(2023, 9, 21), date(2023, 9, 22))
    assert after.title == before.title
    _, _, body = radicale.request(url + uid.replace("@", "%40") + ".ics")
    assert b"date TBC" not in body  # the server now has the fixed version


def test_deleted_on_the_server_but_changed_here_is_a_conflict(
    radicale: RadicaleServer, seeded_db: Path, published_url: str
) -> None:
    url = published_url
    resource = url + UID.replace("@", "%40") + ".ics"
    assert radicale.request(resource, "DELETE")[0] in (200, 204)
    planner, engine = _planner(seeded_db)
    planner.update(replace(planner.get(UID), description="Agenda agreed with the host."))
    engine.dispose()
    status, out, _ = run_cli(seeded_db, "sync", url, "--accept-deletions")
    assert status == 3  # accepting deletions does not settle a conflict
    assert f"[{UID}]: changed here, deleted on the server" in out
    status, out, _ = run_cli(seeded_db, "sync", url, "--keep-mine")
    assert status == 0, out
    code, _, body = radicale.request(resource)
    assert code == 200
    assert b"Agenda agreed with the host." in body


def test_deleted_here_but_changed_on_the_server_is_a_conflict(
    radicale: RadicaleServer, seeded_db: Path, published_url: str
) -> None:
    url = published_url
    edit_on_server(radicale, url, UID, _set("LOCATION", "Astana, Palace of Independence"))
    planner, engine = _planner(seeded_db)
    title = planner.get(UID).title
    planner.delete(UID)
    engine.dispose()
    status, out, _ = run_cli(seeded_db, "sync", url)
    assert status == 3
    assert f"{title} [{UID}]: deleted here, changed on the server" in out
    assert radicale.request(url + UID.replace("@", "%40") + ".ics")[0] == 200  # not deleted there either

    status, out, _ = run_cli(seeded_db, "sync", url, "--take-theirs")
    assert status == 0, out
    planner, engine = _planner(seeded_db)
    back = planner.get(UID)
    engine.dispose()
    assert back.city == "Astana, Palace of Independence"
    assert back.history[-1].reason == "added on the server by Thunderbird"
