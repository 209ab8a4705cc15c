"""Load on one team calendar: concurrent clients editing, importing and ticking tasks.

Run: ``python bench/team_load.py [--url postgresql://admin@host/postgres] [--clients 8] [--seconds 60]``.
Without --url it uses $CICA_TEST_PG_URL, else starts a throw-away cluster from this machine's
PostgreSQL binaries. It creates a scratch database, sets it up with ``team init`` (the shipped
calendar), and runs the clients, each with its own connection pool and display name:

- edit: read one of a few "hot" events (so clients collide), append a marker to its
  description and save; a conflict is counted, the event re-read and the save retried;
- tick: the same with a preparation task (status toggled, marker appended to its notes);
- import: import one iCalendar file that every client imports (no duplicates may appear).

At the end every marker a client saw saved must be in the calendar: one missing is a lost
update. It prints operations, conflicts, lost updates, errors, and the 50th/95th percentile of
save latency, next to one client alone for the same work (the peer of the comparison).
Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import threading
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "team"))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from cica_planner.domain.errors import ConflictError  # noqa: E402
from cica_planner.domain.tasks import TaskStatus  # noqa: E402
from cica_planner.services import team  # noqa: E402
from cica_planner.services.ical_import import import_file  # noqa: E402
from cica_planner.services.planner import PlannerService  # noqa: E402
from cica_planner.services.tasks import TaskService  # noqa: E402
from cica_planner.storage.authorship import set_display_name  # noqa: E402

HOT_EVENTS = 12
HOT_TASKS = 12
MAX_RETRIES = 50
IMPORT_UIDS = [f"load-{n}@bench.cica-planner" for n in range(10)]
ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CICA Planner bench//EN\r\n" + "".join(
    f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:202503{n + 1:02d}\r\n"
    f"DTEND;VALUE=DATE:202503{n + 2:02d}\r\nSUMMARY:Imported expert meeting {n}\r\nEND:VEVENT\r\n"
    for n, uid in enumerate(IMPORT_UIDS)) + "END:VCALENDAR\r\n").encode()


@dataclass
class Tally:
    operations: Counter = field(default_factory=Counter)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    save_seconds: list[float] = field(default_factory=list)
    event_markers: dict[str, list[str]] = field(default_factory=dict)
    task_markers: dict[int, list[str]] = field(default_factory=dict)


def client(number: int, url: str, seconds: float, hot_events: list[str], hot_tasks: list[int], tally: Tally,
           lock: threading.Lock, start: threading.Barrier) -> None:
    engine = team.open_team_calendar(url)
    set_display_name(engine, f"Client {number}")
    planner, tasks = PlannerService(engine), TaskService(engine)
    rng = random.Random(number)
    serial = 0
    start.wait()
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            serial += 1
            marker = f"[c{number}#{serial}]"
            kind = rng.choices(("edit", "tick", "import"), weights=(6, 3, 1))[0]
            try:
                if kind == "edit":
                    uid = rng.choice(hot_events)
                    conflicts, took = _save_with_retries(
                        lambda uid=uid, marker=marker: planner.update(_marked_event(planner.get(uid), marker)))
                    with lock:
                        tally.event_markers.setdefault(uid, []).append(marker)
                elif kind == "tick":
                    task_id = rng.choice(hot_tasks)
                    conflicts, took = _save_with_retries(
                        lambda task_id=task_id, marker=marker: tasks.update(_marked_task(tasks.get(task_id).task, marker)))
                    with lock:
                        tally.task_markers.setdefault(task_id, []).append(marker)
                else:
                    conflicts, took = 0, None
                    import_file(planner, ICS)
                with lock:
                    tally.operations[kind] += 1
                    tally.conflicts += conflicts
                    if took is not None:
                        tally.save_seconds.append(took)
            except Exception as exc:  # every failure is counted and shown
                with lock:
                    tally.errors.append(f"{kind}: {type(exc).__name__}: {exc}")
    finally:
        engine.dispose()


def _save_with_retries(save) -> tuple[int, float]:
    """Save until no conflict; return the conflicts met and the seconds the successful save took."""
    for conflicts in range(MAX_RETRIES):
        began = time.perf_counter()
        try:
            save()
        except ConflictError:
            continue
        return conflicts, time.perf_counter() - began
    raise RuntimeError(f"gave up after {MAX_RETRIES} conflicts in a row")


def _marked_event(event, marker: str):
    return replace(event, description=(event.description + " " + marker).strip())


def _marked_task(task, marker: str):
    status = TaskStatus.TODO if task.status is TaskStatus.DONE else TaskStatus.DONE
    done_on = task.completed_on if status is TaskStatus.DONE and task.completed_on else None
    if status is TaskStatus.DONE and done_on is None:
        from datetime import date

        done_on = date(2025, 1, 15)  # a fixed day: the bench never depends on the real date
    return replace(task, status=status, completed_on=done_on, notes=(task.notes + " " + marker).strip())


def run(url: str, clients: int, seconds: float) -> tuple[Tally, dict[str, int]]:
    engine = team.open_team_calendar(url)
    planner, tasks = PlannerService(engine), TaskService(engine)
    hot_events = [event.uid for event in planner.all_events()[:HOT_EVENTS]]
    hot_tasks = [item.id for item in tasks.list_tasks()[:HOT_TASKS]]
    tally = Tally()
    lock = threading.Lock()
    start = threading.Barrier(clients)
    threads = [threading.Thread(target=client, args=(n, url, seconds, hot_events, hot_tasks, tally, lock, start))
               for n in range(1, clients + 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Every marker a client saw saved must be in the calendar now.
    lost = 0
    for uid, markers in tally.event_markers.items():
        stored = planner.get(uid).description
        lost += sum(1 for marker in markers if marker not in stored)
    for task_id, markers in tally.task_markers.items():
        notes = tasks.get(task_id).task.notes
        lost += sum(1 for marker in markers if marker not in notes)
    imported = [event.uid for event in planner.all_events() if event.uid in IMPORT_UIDS]
    engine.dispose()
    return tally, {"lost": lost, "duplicates": len(imported) - len(set(imported)),
                   "imported": len(set(imported))}


def fresh_calendar(admin_url: str, name: str) -> str:
    admin = create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    team.init(url).dispose()
    return url


def report(label: str, clients: int, seconds: float, tally: Tally, checks: dict[str, int]) -> float:
    saves = sorted(tally.save_seconds)
    p50 = statistics.median(saves) * 1000 if saves else float("nan")
    p95 = saves[int(0.95 * (len(saves) - 1))] * 1000 if saves else float("nan")
    total = sum(tally.operations.values())
    print(f"{label}: {clients} client(s), {seconds:.0f} s")
    print(f"  operations     {total} ({', '.join(f'{k} {v}' for k, v in sorted(tally.operations.items()))}; "
          f"{total / seconds:.1f}/s)")
    print(f"  conflicts      {tally.conflicts} detected (each re-read and saved again)")
    print(f"  lost updates   {checks['lost']}")
    print(f"  duplicates     {checks['duplicates']} ({checks['imported']} imported UIDs)")
    print(f"  errors         {len(tally.errors)}")
    for error in tally.errors[:5]:
        print(f"    {error}")
    print(f"  save latency   p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    return p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("CICA_TEST_PG_URL"),
                        help="a server URL whose user may create databases (default: $CICA_TEST_PG_URL, else a "
                        "temporary cluster)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--peer-seconds", type=float, default=15, help="how long the one-client peer runs")
    args = parser.parse_args()
    with ExitStack() as stack:
        url = args.url
        if not url:
            from pg_cluster import server_binaries, temporary_cluster

            binaries = server_binaries()
            if binaries is None:
                print("no PostgreSQL server: give --url or install the server", file=sys.stderr)
                return 2
            url = stack.enter_context(temporary_cluster(binaries))
        peer_tally, peer_checks = run(fresh_calendar(url, "cica_bench_peer"), 1, args.peer_seconds)
        peer_p95 = report("peer (one client alone)", 1, args.peer_seconds, peer_tally, peer_checks)
        tally, checks = run(fresh_calendar(url, "cica_bench_load"), args.clients, args.seconds)
        p95 = report("load", args.clients, args.seconds, tally, checks)
        print(f"  p95 save latency under load: {p95 / peer_p95:.1f}× the single client's")
        admin = create_engine(make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for name in ("cica_bench_peer", "cica_bench_load"):
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        return 0 if checks["lost"] == 0 and not tally.errors and checks["duplicates"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
