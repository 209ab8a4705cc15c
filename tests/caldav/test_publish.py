"""Publishing to a real Radicale: the seeded calendar, read back by caldav and by a plain GET."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import vobject
from caldav_helpers import PASSWORD, USER, RadicaleServer, exported_uids, run_cli

sys.path.insert(0, str(Path(__file__).parents[1] / "ical"))
from outlook_reader import outlook_instants  # the Outlook-way reader of the export tests

from cica_planner.domain.model import Category, Event, EventStatus
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database

FIRST, LAST = datetime(2023, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
PART = re.compile(r"-\d{8}$")


def _at(tzid: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(tzid))


def add_timed_events(db: Path) -> None:
    """Timed events the seeded calendar lacks: Astana before and after 1 Mar 2024, Baku, a weekly series."""
    engine = open_database(db)
    planner = PlannerService(engine)
    for event in (
        Event("SOC, Astana (before the zone change)", Category.SOC, _at("Asia/Almaty", 2024, 2, 15, 10),
              _at("Asia/Almaty", 2024, 2, 15, 18), uid="soc-feb@test", city="Astana", country="KZ",
              status=EventStatus.HELD),
        Event("SOC, Astana", Category.SOC, _at("Asia/Almaty", 2024, 6, 27, 10), _at("Asia/Almaty", 2024, 6, 27, 18),
              uid="soc-jun@test", city="Astana", country="KZ", status=EventStatus.CONFIRMED),
        Event("Ministerial Council, Baku", Category.MINISTERIAL_COUNCIL, _at("Asia/Baku", 2024, 12, 17, 10),
              _at("Asia/Baku", 2024, 12, 17, 13), tzid="Asia/Baku", uid="mc@test", city="Baku", country="AZ"),
        Event("Briefing twice a week, Astana", Category.EXPERT_MEETING, _at("Asia/Almaty", 2024, 2, 19, 9),
              _at("Asia/Almaty", 2024, 2, 19, 10), uid="briefing@test", rrule="FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8"),
    ):
        planner.create(event)
    engine.dispose()


def _key(start: date | datetime, end: date | datetime) -> tuple:
    if isinstance(start, datetime):
        return ("t", start.astimezone(UTC), end.astimezone(UTC))
    return ("d", start, end)


def _in_window(start: date | datetime) -> bool:
    if isinstance(start, datetime):
        return FIRST <= start.astimezone(UTC) < LAST
    return FIRST.date() <= start < LAST.date()


def listed_occurrences(db: Path) -> Counter:
    status, out, _ = run_cli(db, "list", "--from", "2022-12-01", "--to", "2027-01-31", "--json")
    assert status == 0
    found: Counter = Counter()
    for item in json.loads(out):
        if item["precision"] != "day":
            continue  # unscheduled events are published only on request
        parse = datetime.fromisoformat if "T" in item["start"] else date.fromisoformat
        start, end = parse(item["start"]), parse(item["end"])
        if _in_window(start):
            found[(item["uid"], _key(start, end))] += 1
    return found


def served_occurrences(data: bytes, known: set[str]) -> Counter:
    """Occurrences of the collection's .ics as vobject (not the exporter's icalendar) expands them."""
    found: Counter = Counter()
    for vevent in vobject.readOne(data.decode("utf-8")).vevent_list:
        uid = vevent.uid.value
        base = PART.sub("", uid)
        uid = base if base in known and base != uid and uid not in known else uid
        start, end = vevent.dtstart.value, vevent.dtend.value
        ruleset = vevent.getrruleset(addRDate=True)
        if ruleset is None:
            starts = [start]
        elif isinstance(start, datetime):
            starts = list(ruleset.between(FIRST - timedelta(days=2), LAST, inc=True))
        else:  # vobject expands all-day rules as naive midnights
            bounds = (FIRST.replace(tzinfo=None) - timedelta(days=2), LAST.replace(tzinfo=None))
            starts = [moment.date() for moment in ruleset.between(*bounds, inc=True)]
        for moment in starts:
            if _in_window(moment):
                found[(uid, _key(moment, moment + (end - start)))] += 1
    return found


def test_publish_puts_the_calendar_on_radicale_and_a_get_returns_every_instant(
    radicale: RadicaleServer, seeded_db: Path, password_env: None
) -> None:
    add_timed_events(seeded_db)
    url = radicale.collection()
    status, out, err = run_cli(seeded_db, "publish", url, "--user", USER, "--create")
    assert status == 0, err
    assert "created" in out
    assert PASSWORD not in out + err

    # Through the caldav library: one resource per UID, named UID.ics.
    client = caldav.DAVClient(url=url, username=USER, password=PASSWORD)
    calendar = client.calendar(url=url)
    objects = calendar.events()
    uids = [str(o.icalendar_component["UID"]) for o in objects]
    assert len(uids) == len(set(uids))
    assert set(uids) == exported_uids(seeded_db)  # the same events as `export`, one resource each
    assert {p.name for p in radicale.resources(url)} == {uid + ".ics" for uid in uids}
    for stored in radicale.resources(url):
        assert "METHOD:" not in stored.read_text(encoding="utf-8")

    # A plain GET of the collection, as Outlook's subscription reads it.
    code, headers, body = radicale.request(url)
    assert code == 200
    assert headers["Content-Type"].startswith("text/calendar")
    listed = listed_occurrences(seeded_db)
    known = {uid for uid, _ in listed}
    assert ("soc-feb@test", ("t", datetime(2024, 2, 15, 4, tzinfo=UTC), datetime(2024, 2, 15, 12, tzinfo=UTC))) in listed
    assert ("mc@test", ("t", datetime(2024, 12, 17, 6, tzinfo=UTC), datetime(2024, 12, 17, 9, tzinfo=UTC))) in listed
    assert served_occurrences(body, known) == listed
    # And read the way Outlook reads a subscription: the latest rules of each VTIMEZONE only.
    by_outlook: Counter = Counter()
    for uid, instants in outlook_instants(body, LAST).items():
        base = PART.sub("", uid)
        for start, end in instants:
            if FIRST <= start < LAST:
                by_outlook[(base if base in known and uid not in known else uid, ("t", start, end))] += 1
    timed = Counter({key: n for key, n in listed.items() if key[1][0] == "t"})
    assert len(timed) >= 10
    assert by_outlook == timed


def test_second_publish_sends_no_put(radicale: RadicaleServer, seeded_db: Path, password_env: None) -> None:
    url = radicale.collection()
    assert run_cli(seeded_db, "publish", url, "--user", USER, "--create")[0] == 0
    first = radicale.puts(url)
    assert first == len(radicale.resources(url)) == len(exported_uids(seeded_db))

    status, out, _ = run_cli(seeded_db, "publish", url)  # the user is remembered for the collection
    assert status == 0
    assert "created 0, updated 0, deleted 0" in out
    assert radicale.puts(url) == first

    # One change sends one PUT, conditional on the ETag the server gave.
    engine = open_database(seeded_db)
    planner = PlannerService(engine)
    event = next(e for e in planner.all_events() if e.precision.value == "day")
    planner.update(event.__class__(**{**event.__dict__, "description": "Agenda circulated."}))
    engine.dispose()
    status, out, _ = run_cli(seeded_db, "publish", url)
    assert status == 0
    assert "updated 1" in out
    assert radicale.puts(url) == first + 1


def test_deleted_and_filtered_out_events_are_deleted_on_the_server(
    radicale: RadicaleServer, seeded_db: Path, published_url: str
) -> None:
    url = published_url
    everything = len(radicale.resources(url))
    status, out, _ = run_cli(seeded_db, "publish", url, "--category", "Summit")
    assert status == 0
    summits = len(radicale.resources(url))
    assert 0 < summits < everything
    assert f"deleted {everything - summits}" in out
    code, _, body = radicale.request(url)
    assert code == 200
    assert all(v.categories.value == ["Summit"] for v in vobject.readOne(body.decode()).vevent_list)
    # Without selection options the remembered one is kept; --all goes back to the whole calendar.
    status, out, _ = run_cli(seeded_db, "publish", url)
    assert status == 0
    assert "created 0, updated 0, deleted 0" in out
    assert len(radicale.resources(url)) == summits
    status, out, _ = run_cli(seeded_db, "publish", url, "--all")
    assert status == 0
    assert f"created {everything - summits}," in out


def test_tasks_go_to_a_task_collection_as_vtodo_and_deadlines_stay_events(
    radicale: RadicaleServer, seeded_db: Path, password_env: None
) -> None:
    from cica_planner.domain.tasks import Task
    from cica_planner.services.tasks import TaskService

    engine = open_database(seeded_db)
    planner = PlannerService(engine)

    event = next(e for e in planner.all_events() if e.precision.value == "day" and e.start.year == 2024)
    TaskService(engine).add([Task("Send the invitations (test)", event.uid, owner="Protocol", due_fixed=date(2024, 5, 1)),
                             Task("Book the hall (test)", event.uid, due_fixed=date(2024, 4, 20))])
    engine.dispose()
    url = radicale.collection()
    # One category keeps the test quick: the seeded checklists hold hundreds of tasks.
    only = ("--category", event.category.value)
    status, out, err = run_cli(seeded_db, "publish", url, "--user", USER, "--create", "--tasks", *only)
    assert status == 0, err
    tasks_url = url.rstrip("/") + "-tasks/"
    client = caldav.DAVClient(url=url, username=USER, password=PASSWORD)
    todos = client.calendar(url=tasks_url).todos(include_completed=True)
    summaries = {str(t.icalendar_component["SUMMARY"]) for t in todos}
    assert {"Send the invitations (test)", "Book the hall (test)"} <= summaries
    invitation = next(t.icalendar_component for t in todos if str(t.icalendar_component["SUMMARY"]) == "Send the invitations (test)")
    assert invitation.decoded("DUE") == date(2024, 5, 1)
    assert str(invitation["RELATED-TO"]) == event.uid
    events = client.calendar(url=url).events()
    deadlines = [e for e in events if str(e.icalendar_component["SUMMARY"]).startswith("Deadline: Send the invitations (test)")]
    assert len(deadlines) == 1
    # Again: nothing changed, nothing sent.
    before = radicale.puts(url) + radicale.puts(tasks_url)
    assert run_cli(seeded_db, "publish", url, "--tasks", *only)[0] == 0
    assert radicale.puts(url) + radicale.puts(tasks_url) == before


def test_a_copy_without_publishing_state_recognises_what_is_there(
    radicale: RadicaleServer, unpublished_copy: Path, published_url: str
) -> None:
    """The state is lost (a copy made before publishing): what the server holds as it should be is recorded, not rewritten."""
    other = unpublished_copy
    url = published_url
    puts = radicale.puts(url)
    status, out, _ = run_cli(other, "publish", url, "--user", USER)
    assert status == 0, out
    assert "already there" in out
    assert radicale.puts(url) == puts


def test_outlook_can_subscribe_without_a_password_where_the_server_allows_it(
    radicale: RadicaleServer, copy_published
) -> None:
    """The README's Radicale rule: anyone may GET the whole calendar, nobody may change it without logging in."""
    url = copy_published(prefix="public")
    code, headers, body = radicale.request(url, user=None)
    assert code == 200
    assert headers["Content-Type"].startswith("text/calendar")
    calendar = vobject.readOne(body.decode("utf-8"))
    assert len(calendar.vevent_list) == len(radicale.resources(url))
    assert calendar.contents["x-wr-calname"][0].value == "CICA Planner"
    assert radicale.request(url, "PUT", b"x", user=None)[0] == 401
    assert radicale.request(url + "e001@seed.cica-planner.ics", "DELETE", user=None)[0] == 401
