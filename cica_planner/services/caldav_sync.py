"""Two-way sync with a CalDAV collection: take back what clients changed, then publish.

For each resource whose ETag moved since it was last agreed on:

* changed on the server only, and newer (SEQUENCE, then LAST-MODIFIED) than the calendar's
  event: the server's version is taken, by UID, and the event's history says
  "changed on the server by <client>" (the client named by the resource's PRODID);
* changed on both sides (or the server's copy is older than the calendar's): a
  :class:`SyncConflict`, field by field, which nothing resolves silently: the caller
  chooses per field (the dialog) or for all (``--keep-mine`` / ``--take-theirs``);
* a new event made on the server (Thunderbird, a phone) is added to the calendar.

A resource deleted on the server is listed as a :class:`ServerDeletion` and the event is
deleted here only when the caller accepts deletions; deleted there but changed here is a
conflict. Everything else is then published (:mod:`caldav_publish`), conflicts and
pending deletions left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy.engine import Engine

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import ImportFormatError, ValidationError
from cica_planner.domain.model import Event, EventChange, Moment
from cica_planner.services import caldav_resources as res
from cica_planner.services.caldav_client import CalDavCollection, CollectionMissingError, Remote
from cica_planner.services.caldav_publish import (
    CalDavPublisher,
    PublishReport,
    options_to_json,
    same_content,
    task_collection_url,
)
from cica_planner.services.caldav_task_sync import pull_task_statuses
from cica_planner.services.ical_export import ExportOptions
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskService
from cica_planner.storage import publish_state as state
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import session_scope

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class FieldChange:
    """One field of a conflict: its label and its value here, there and as last agreed."""

    name: str
    label: str
    local: str
    server: str
    base: str | None = None

    @property
    def changed_here(self) -> bool:
        return self.base is None or self.local != self.base

    @property
    def changed_there(self) -> bool:
        return self.base is None or self.server != self.base


@dataclass(frozen=True)
class SyncConflict:
    """An event changed on both sides (or deleted on one side and changed on the other).

    ``local`` is None when the event was deleted here, ``server`` when it was deleted there.
    """

    uid: str
    title: str
    href: str
    etag: str
    local: Event | None
    server: Event | None
    author: str = ""
    server_body: str = ""
    fields: tuple[FieldChange, ...] = ()

    def describe(self) -> str:
        if self.local is None:
            return f"{self.title} [{self.uid}]: deleted here, changed on the server"
        if self.server is None:
            return f"{self.title} [{self.uid}]: changed here, deleted on the server"
        names = ", ".join(f.label.lower() for f in self.fields)
        return f"{self.title} [{self.uid}]: changed here and on the server ({names})"


@dataclass(frozen=True)
class ServerDeletion:
    uid: str
    title: str
    href: str


@dataclass
class SyncReport:
    taken: list[str] = field(default_factory=list)  # titles of events updated from the server
    added: list[str] = field(default_factory=list)  # titles of events created on the server
    conflicts: list[SyncConflict] = field(default_factory=list)
    deletions: list[ServerDeletion] = field(default_factory=list)  # waiting for acceptance
    deleted: list[str] = field(default_factory=list)  # titles deleted here as they were on the server
    tasks_updated: list[str] = field(default_factory=list)  # checklist tasks whose status came from the server
    notes: list[str] = field(default_factory=list)
    published: PublishReport = field(default_factory=PublishReport)

    @property
    def needs_decision(self) -> bool:
        return bool(self.conflicts or self.deletions)

    def summary(self) -> str:
        tasks = f", {len(self.tasks_updated)} task{'s' * (len(self.tasks_updated) != 1)}" if self.tasks_updated else ""
        text = (f"from the server: {len(self.taken)} updated, {len(self.added)} added, {len(self.deleted)} deleted{tasks}; "
                f"to the server: {self.published.summary()}")
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflict{'s' * (len(self.conflicts) != 1)}"
        if self.deletions:
            text += f"; {len(self.deletions)} deleted on the server (not deleted here)"
        return text


class CalDavSync:
    """Two-way sync of a calendar with one collection (see the module docstring)."""

    def __init__(self, planner: PlannerService, clock: Clock | None = None, *, engine: Engine,
                 tasks: TaskService) -> None:
        """``engine`` (publish state and the writes of a sync) and ``tasks`` come from the container."""
        self.planner = planner
        self.clock = clock or system_clock()
        self.engine = engine
        self.tasks = tasks
        self.publisher = CalDavPublisher(planner, self.clock, engine=engine, tasks=tasks)

    def sync(
        self,
        remote: Remote,
        options: ExportOptions | None = None,
        *,
        accept_deletions: bool = False,
        resolve_all: str | None = None,
        tasks_remote: Remote | None = None,
    ) -> SyncReport:
        """Take back the server's changes, then publish the calendar's.

        Args:
            remote: the event collection.
            options: the selection (default: the one last published there).
            accept_deletions: delete here the events deleted on the server.
            resolve_all: MINE or THEIRS to settle every conflict that way; None to report them.
            tasks_remote: the task collection (default: next to ``remote``) when the selection has tasks.
        """
        options = options or self.publisher.stored_options(remote.url)
        report = SyncReport()
        with CalDavCollection(remote) as collection:
            listing = collection.listing()
            with session_scope(self.engine) as session:
                collection_state = state.ensure_collection(session, remote.url, remote.user, options_to_json(options))
                rows = state.resources(session, collection_state.id)
            pull = _Pull(self, self.engine, collection, collection_state.id, options, rows, report)
            pull.run(listing, accept_deletions)
        if options.include_tasks:
            tasks_remote = tasks_remote or Remote(task_collection_url(remote.url), remote.user, remote.password,
                                                  remote.timeout)
            pulled = pull_task_statuses(self.planner, self.clock, tasks_remote,
                                        {r.event_uid for r in pull.desired.values()}, engine=self.engine,
                                        tasks=self.tasks)
            report.tasks_updated.extend(pulled.updated)
            report.notes.extend(pulled.notes)
        if resolve_all in (MINE, THEIRS):
            conflicts, report.conflicts = report.conflicts, []
            for conflict in conflicts:
                theirs = {f.name for f in conflict.fields} if resolve_all == THEIRS else set()
                self.apply_resolution(remote, conflict, theirs, keep=resolve_all == MINE)
        skip = frozenset({c.uid for c in report.conflicts} | {d.uid for d in report.deletions})
        report.published = self.publisher.publish(remote, options, skip=skip, tasks_remote=tasks_remote)
        with session_scope(self.engine) as session:
            state.mark_collection(session, collection_state.id, synced=self.clock.now())
        return report

    def apply_resolution(self, remote: Remote, conflict: SyncConflict, theirs: set[str], *, keep: bool = True) -> None:
        """Write the chosen version here and prepare the next publish to write it there.

        ``theirs`` names the fields taken from the server; for a deletion on one side,
        ``keep`` True keeps the event (recreated where it was deleted), False accepts the deletion.
        """
        selection = options_to_json(self.publisher.stored_options(remote.url))
        with session_scope(self.engine) as session:
            collection_state = state.ensure_collection(session, remote.url, remote.user, selection)
            events = repo.EventRepository(session)
            if conflict.server is None:  # deleted there, changed here
                if not keep and events.find(conflict.uid) is not None:
                    events.delete(conflict.uid)
                state.forget_resource(session, collection_state.id, conflict.uid)
                return
            if conflict.local is None:  # deleted here, changed there
                if keep:  # the deletion stands: the next publish deletes it there (its ETag is the one seen)
                    self._agree(session, collection_state.id, conflict)
                else:
                    events.add(self._with_history(replace(conflict.server, id=None, history=[]), None, conflict))
                    self._agree(session, collection_state.id, conflict)
                return
            current = events.find(conflict.uid)
            if current is None:  # an occurrence written apart: taking the server's change takes it out of its series
                if theirs:
                    chosen = self._with_history(res.merged(conflict.local, conflict.server, theirs), conflict.local,
                                                conflict, theirs)
                    detach_occurrence(events, replace(chosen, sequence=conflict.server.sequence + 1), self.clock)
                self._agree(session, collection_state.id, conflict)
                return
            chosen = res.merged(current, conflict.server, theirs) if theirs else current
            if theirs:
                chosen = self._with_history(chosen, current, conflict, theirs)
            # SEQUENCE rises past the server's, so every client takes the settled version as the newer one.
            chosen = replace(chosen, sequence=max(current.sequence, conflict.server.sequence) + 1,
                             last_modified=self.clock.now(), created=current.created)
            events.update(chosen)
            self._agree(session, collection_state.id, conflict)

    def _agree(self, session, collection_id: int, conflict: SyncConflict) -> None:  # noqa: ANN001 - a Session
        """Record the server's version as seen, with no content hash, so the next publish writes ours over it."""
        state.save_resource(session, collection_id, state.ResourceState(
            conflict.uid, conflict.href, res.KIND_EVENT, conflict.uid, conflict.etag, "", conflict.server_body))

    def _with_history(self, event: Event, before: Event | None, conflict: SyncConflict,
                      fields: set[str] | None = None) -> Event:
        labels = dict(res.FIELDS)
        names = [labels[n] for n, _ in res.FIELDS if fields and n in fields]
        return with_server_change(event, before, conflict.author, self.clock, names)


def with_server_change(event: Event, before: Event | None, author: str, clock: Clock, labels: list[str]) -> Event:
    """``event`` with a history entry saying it changed (or appeared) on the server, and by whom."""
    who = f" by {author}" if author else ""
    verb = "added on the server" if before is None else "changed on the server"
    reason = f"{verb}{who}" + (f" ({', '.join(labels).lower()})" if labels else "")
    old = before or event
    change = EventChange(
        changed_at=clock.now(), reason=reason, old_start=old.start, old_end=old.end, new_start=event.start,
        new_end=event.end, old_place=old.city, new_place=event.city, old_mode=old.mode.value, new_mode=event.mode.value,
    )
    history = list(before.history) if before is not None else []
    return replace(event, history=[*history, change])


def detach_occurrence(events: repo.EventRepository, part: Event, clock: Clock) -> None:
    """Take the occurrence ``part`` (UID ``<series>-<yyyymmdd>``) out of its series and store it as an event.

    This is what import does with a moved instance (RECURRENCE-ID): the series leaves the
    occurrence out (EXDATE) and the occurrence becomes an event of its own, under the UID
    the export already gave it, so the server's resource keeps its name.
    """
    series_uid, _, day = part.uid.rpartition("-")
    series = events.find(series_uid)
    if series is not None and series.rrule:
        original = _occurrence_on(series, day)
        if original is not None and original not in series.exdates:
            events.update(replace(series, exdates=[*series.exdates, original], sequence=series.sequence + 1,
                                  last_modified=clock.now()))
    events.add(replace(part, id=None))


def _occurrence_on(series: Event, day: str) -> Moment | None:
    """The start of the occurrence of ``series`` on the local day ``day`` (yyyymmdd), if there is one."""
    from datetime import UTC, datetime, timedelta

    from cica_planner.domain.model import zone
    from cica_planner.domain.recurrence import occurrences

    try:
        local_day = datetime.strptime(day, "%Y%m%d").replace(tzinfo=zone(series.tzid))
    except ValueError:
        return None
    window = (local_day - timedelta(days=1)).astimezone(UTC), (local_day + timedelta(days=2)).astimezone(UTC)
    for occurrence in occurrences(series, *window):
        start = occurrence.start
        local = start.astimezone(zone(series.tzid)).date() if isinstance(start, datetime) else start
        if f"{local:%Y%m%d}" == day:
            return start
    return None


def _is_newer(server: Event, local: Event) -> bool:
    if server.sequence != local.sequence:
        return server.sequence > local.sequence
    return server.last_modified >= local.last_modified


class _Pull:
    """The server-to-calendar half of one sync."""

    def __init__(self, sync: CalDavSync, engine: Engine, collection: CalDavCollection, collection_id: int,
                 options: ExportOptions, rows: dict[str, state.ResourceState], report: SyncReport) -> None:
        self.sync = sync
        self.planner = sync.planner
        self.engine = engine  # the sync's own, handed by the container
        self.collection = collection
        self.collection_id = collection_id
        self.rows = rows
        self.report = report
        now = sync.clock.now()
        self.desired = {r.uid: r for r in res.event_resources(self.planner, options, now=now,
                                                                       tasks=sync.tasks)}
        self.local = {event.uid: event for event in self.planner.all_events()}

    def run(self, listing: dict[str, str], accept_deletions: bool) -> None:
        by_href = {row.href: row for row in self.rows.values() if row.kind != res.KIND_TASK}
        for href, etag in sorted(listing.items()):
            row = by_href.get(href)
            if row is not None and row.etag == etag:
                continue
            fetched = self.collection.fetch(href)
            if fetched is None:
                continue
            try:
                if row is not None:
                    self._changed(row, href, fetched.etag or etag, fetched.body)
                else:
                    self._unknown(href, fetched.etag or etag, fetched.body)
            except (ImportFormatError, ValidationError) as exc:
                self.report.notes.append(f"{href}: {exc}")
        for row in by_href.values():
            if row.href not in listing:
                self._deleted(row, accept_deletions)

    def _locally_changed(self, row: state.ResourceState) -> bool:
        wanted = self.desired.get(row.uid)
        return wanted is None or wanted.content_hash != row.content_hash

    def _changed(self, row: state.ResourceState, href: str, etag: str, body: str) -> None:
        if row.kind == res.KIND_DEADLINE:
            self.report.notes.append(f"{row.uid}: a checklist deadline changed on the server; the checklist decides it")
            self._remember(row.uid, href, etag, body, kind=row.kind)
            return
        server = res.read_server_version(self.planner, row.uid, body, base=row.body)
        local = self.local.get(row.uid)
        if local is None and row.event_uid != row.uid and row.event_uid in self.local:
            # One occurrence of a series, written apart by the export: it is compared as an event of its own.
            local = self._written_apart(row)
        base = self._base(row)
        if local is None:
            self._conflict(row.uid, href, etag, None, server, body, base)
            return
        if not self._locally_changed(row) and _is_newer(server.main, local):
            self._take(local, server, href, etag, body)
            return
        self._conflict(row.uid, href, etag, local, server, body, base)

    def _written_apart(self, row: state.ResourceState) -> Event | None:
        wanted = self.desired.get(row.uid)
        if wanted is None:
            return None
        try:
            return res.read_server_version(self.planner, row.uid, wanted.body).main
        except (ImportFormatError, ValidationError):
            return None

    def _base(self, row: state.ResourceState) -> Event | None:
        try:
            return res.read_server_version(self.planner, row.uid, row.body).main if row.body else None
        except (ImportFormatError, ValidationError):
            return None

    def _unknown(self, href: str, etag: str, body: str) -> None:
        uid = _uid_of(body)
        if uid is None:
            return  # a task or something else the calendar does not hold
        wanted = self.desired.get(uid)
        if wanted is not None:
            if same_content(body, wanted.body):
                self._remember(uid, href, etag, body, content=wanted.content_hash, kind=wanted.kind)
                return
            server = res.read_server_version(self.planner, uid, body)
            local = self.local.get(uid)
            if server.is_deadline or local is None:
                return
            self._conflict(uid, href, etag, local, server, body, None)
            return
        if uid in self.local:
            self.report.notes.append(f"{uid}: on the server but outside what is published here; left alone")
            return
        server = res.read_server_version(self.planner, uid, body)
        if server.is_deadline:
            return
        with session_scope(self.engine) as session:
            events = repo.EventRepository(session)
            for event in server.events:
                if events.find(event.uid) is None:
                    events.add(with_server_change(replace(event, id=None, history=[]), None, server.author,
                                                  self.sync.clock, []))
            state.save_resource(session, self.collection_id, state.ResourceState(
                server.main.uid, href, res.KIND_EVENT, server.main.uid, etag, "", body))
        self.report.added.append(server.main.title)

    def _take(self, local: Event, server: res.ServerVersion, href: str, etag: str, body: str) -> None:
        """Write the server's version here (by UID), history kept and extended."""
        changed = res.differing_fields(local, server.main)
        labels = [label for name, label in res.FIELDS if name in changed]
        with session_scope(self.engine) as session:
            events = repo.EventRepository(session)
            if events.find(local.uid) is None:  # an occurrence written apart: it leaves its series
                detach_occurrence(events, local, self.sync.clock)
            updated = with_server_change(replace(server.main, id=local.id, created=local.created), local,
                                         server.author, self.sync.clock, labels)
            updated = replace(updated, sequence=max(server.main.sequence, local.sequence))
            events.update(updated)
            for extra in server.events[1:]:  # an occurrence moved on the server: an event of its own
                if events.find(extra.uid) is None:
                    events.add(with_server_change(replace(extra, id=None, history=[]), None, server.author,
                                                  self.sync.clock, []))
            state.save_resource(session, self.collection_id, state.ResourceState(
                local.uid, href, res.KIND_EVENT, local.uid, etag, "", body))
        self.report.taken.append(server.main.title)

    def _conflict(self, uid: str, href: str, etag: str, local: Event | None, server: res.ServerVersion,
                  body: str, base: Event | None) -> None:
        fields: list[FieldChange] = []
        if local is not None:
            for name in res.differing_fields(local, server.main):
                label = dict(res.FIELDS)[name]
                fields.append(FieldChange(name, label, res.show_value(local, name), res.show_value(server.main, name),
                                          res.show_value(base, name) if base is not None else None))
            if not fields:  # the same change on both sides: nothing to decide
                self._remember(uid, href, etag, body)
                return
        title = (local or server.main).title
        self.report.conflicts.append(SyncConflict(uid, title, href, etag, local, server.main, server.author, body,
                                                  tuple(fields)))

    def _deleted(self, row: state.ResourceState, accept: bool) -> None:
        local = self.local.get(row.uid)
        if local is None and row.kind == res.KIND_EVENT and row.event_uid in self.local and row.uid in self.desired:
            self._occurrence_deleted(row, accept)
            return
        if row.kind == res.KIND_DEADLINE or local is None or row.event_uid != row.uid:
            with session_scope(self.engine) as session:
                state.forget_resource(session, self.collection_id, row.uid)
            return
        if self._locally_changed(row):
            self.report.conflicts.append(SyncConflict(row.uid, local.title, row.href, "", local, None))
            return
        if not accept:
            self.report.deletions.append(ServerDeletion(row.uid, local.title, row.href))
            return
        with session_scope(self.engine) as session:
            repo.EventRepository(session).delete(row.uid)
            state.forget_resource(session, self.collection_id, row.uid)
        self.report.deleted.append(local.title)

    def _occurrence_deleted(self, row: state.ResourceState, accept: bool) -> None:
        """One occurrence of a series, written apart, deleted on the server: left out of the series once accepted."""
        series = self.local[row.event_uid]
        day = row.uid.rpartition("-")[2]
        label = f"{series.title} on {day[6:8]}.{day[4:6]}.{day[:4]}"
        if not accept:
            self.report.deletions.append(ServerDeletion(row.uid, label, row.href))
            return
        with session_scope(self.engine) as session:
            events = repo.EventRepository(session)
            current = events.get(series.uid)
            original = _occurrence_on(current, day)
            if original is not None and original not in current.exdates:
                events.update(replace(current, exdates=[*current.exdates, original], sequence=current.sequence + 1,
                                      last_modified=self.sync.clock.now()))
            state.forget_resource(session, self.collection_id, row.uid)
        self.report.deleted.append(label)

    def _remember(self, uid: str, href: str, etag: str, body: str, *, content: str = "", kind: str = res.KIND_EVENT) -> None:
        with session_scope(self.engine) as session:
            state.save_resource(session, self.collection_id, state.ResourceState(uid, href, kind, uid, etag, content, body))


def _uid_of(body: str) -> str | None:
    """The UID of the first VEVENT of a resource (None for a VTODO or an unreadable one)."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(body)
    except Exception:  # an unreadable resource holds nothing the calendar can take
        return None
    for component in calendar.walk("VEVENT"):
        if component.get("UID"):
            return str(component["UID"])
    return None


__all__ = ["MINE", "THEIRS", "CalDavSync", "CollectionMissingError", "FieldChange", "ServerDeletion", "SyncConflict",
           "SyncReport"]
