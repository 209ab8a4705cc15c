"""Publish the calendar to a CalDAV collection: one resource per event, only what changed.

What the calendar last agreed with the server is kept per resource (storage.publish_state):
its ETag and the hash of what was written. A publish then

* skips a resource whose content and ETag are as recorded (a second publish sends no PUT);
* writes a changed one with ``If-Match`` on the recorded ETag, a new one with
  ``If-None-Match: *``, so the server refuses to overwrite what someone changed meanwhile;
* deletes (``If-Match``) resources of events deleted or no longer selected;
* holds back, and names, every resource changed or deleted on the server since: ``sync``
  shows those changes and asks.

Each resource is recorded as soon as the server has it, so a publish cut short (killed,
network gone) leaves every resource either as it was or as it should be, and the next
publish finishes the job: a resource the server already holds as it should be is
recognised by its content and recorded, not written again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

import icalendar
from sqlalchemy.engine import Engine

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category
from cica_planner.services.caldav_client import (
    CalDavCollection,
    ChangedOnServerError,
    CollectionMissingError,
    Remote,
    collection_url,
)
from cica_planner.services.caldav_resources import KIND_TASK, Resource, event_resources, task_resources
from cica_planner.services.ical_export import CALENDAR_NAME, ExportOptions
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskService
from cica_planner.storage import publish_state as state
from cica_planner.storage.db import session_scope

Progress = Callable[[int, int], None]


def options_to_json(options: ExportOptions) -> str:
    return json.dumps({
        "from": options.start.isoformat() if options.start else None,
        "to": options.end.isoformat() if options.end else None,
        "categories": sorted(c.value for c in options.categories),
        "include_unscheduled": options.include_unscheduled,
        "tasks": options.include_tasks,
    }, sort_keys=True)


def options_from_json(text: str) -> ExportOptions:
    """The selection stored with a collection; an empty or damaged text is the whole calendar."""
    try:
        data = json.loads(text) if text else {}
        return ExportOptions(
            start=date.fromisoformat(data["from"]) if data.get("from") else None,
            end=date.fromisoformat(data["to"]) if data.get("to") else None,
            categories=frozenset(Category.parse(name) for name in data.get("categories", [])),
            include_unscheduled=bool(data.get("include_unscheduled")),
            include_tasks=bool(data.get("tasks")),
        )
    except (ValueError, TypeError, KeyError, AttributeError, ValidationError):
        return ExportOptions()


def task_collection_url(url: str) -> str:
    """The task collection next to an event collection: ``…/cica/`` → ``…/cica-tasks/``."""
    base = collection_url(url).rstrip("/")
    return base + "-tasks/"


@dataclass(frozen=True)
class HeldBack:
    """A resource the publish did not write because the server's copy changed: sync decides."""

    uid: str
    reason: str


@dataclass
class PublishReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    #: Resources the server already held as they should be (a publish cut short before it recorded them).
    recorded: int = 0
    held_back: list[HeldBack] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return self.created + self.updated + self.deleted

    def add(self, other: PublishReport) -> None:
        self.created += other.created
        self.updated += other.updated
        self.deleted += other.deleted
        self.unchanged += other.unchanged
        self.recorded += other.recorded
        self.held_back.extend(other.held_back)

    def summary(self) -> str:
        text = f"created {self.created}, updated {self.updated}, deleted {self.deleted}, unchanged {self.unchanged}"
        if self.recorded:
            text += f", already there {self.recorded}"
        if self.held_back:
            text += f", held back {len(self.held_back)} (changed on the server: run sync)"
        return text


def same_content(first: str, second: str) -> bool:
    """Whether two resources say the same, whatever the server did to their layout.

    Servers store a resource re-serialised (property order, line endings, folding), so the
    text is compared property by property, without DTSTAMP and PRODID.
    """
    return _content_key(first) == _content_key(second)


def _content_key(body: str) -> list[tuple[str, bytes]] | None:
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except Exception:  # an unreadable resource is simply not the same
        return None
    found = []
    for name, value in calendar.property_items(recursive=True, sorted=True):
        if name in ("DTSTAMP", "PRODID"):
            continue
        to_ical = getattr(value, "to_ical", None)  # property values have it; BEGIN/END give plain names
        raw = cast(bytes, to_ical()) if callable(to_ical) else str(value).encode("utf-8")
        found.append((name, raw.replace(b"\r\n", b"\n")))
    return sorted(found)


class CalDavPublisher:
    """Publishes the events (and, on request, their checklist tasks) of a calendar."""

    def __init__(self, planner: PlannerService, clock: Clock | None = None, *, engine: Engine,
                 tasks: TaskService) -> None:
        """``engine`` keeps the publish state and ``tasks`` gives the checklist tasks; both come from
        the container (services/container.py), never from the planner."""
        self.planner = planner
        self.clock = clock or system_clock()
        self.engine = engine
        self.tasks = tasks

    def publish(
        self,
        remote: Remote,
        options: ExportOptions | None = None,
        *,
        create: bool = False,
        tasks_remote: Remote | None = None,
        skip: frozenset[str] = frozenset(),
        progress: Progress | None = None,
    ) -> PublishReport:
        """Bring the collection ``remote`` in step with the calendar; see the module docstring.

        Args:
            remote: the event collection.
            options: what to publish (default: the selection last published there, else everything).
            create: create a missing collection instead of failing with CollectionMissingError.
            tasks_remote: the task collection for VTODOs (default: next to ``remote``) when
                ``options.include_tasks``.
            skip: UIDs to leave alone (conflicts and deletions that sync is still asking about).
            progress: called with (done, total) after each resource.
        """
        if options is None:
            options = self.stored_options(remote.url)
        now = self.clock.now()
        resources = event_resources(self.planner, options, now=now, tasks=self.tasks)
        report = self._publish_resources(remote, options, resources, create=create, skip=skip, progress=progress)
        if options.include_tasks:
            event_uids = {r.event_uid for r in resources}
            todos = task_resources(self.planner, self.tasks, event_uids, now=now)
            target = tasks_remote or Remote(task_collection_url(remote.url), remote.user, remote.password, remote.timeout)
            report.add(self._publish_resources(target, options, todos, create=create, skip=skip, tasks=True))
        return report

    def last_published(self, url: str) -> datetime | None:
        """When the calendar was last published to ``url``; None if never."""
        with session_scope(self.engine) as session:
            found = state.find_collection(session, collection_url(url))
        return found.last_published if found else None

    def stored_user(self, url: str) -> str | None:
        """The user name last used for the collection ``url``, if any."""
        with session_scope(self.engine) as session:
            found = state.find_collection(session, collection_url(url))
        return found.user if found and found.user else None

    def stored_options(self, url: str) -> ExportOptions:
        with session_scope(self.engine) as session:
            found = state.find_collection(session, collection_url(url))
        return options_from_json(found.options) if found else ExportOptions()

    def _publish_resources(
        self,
        remote: Remote,
        options: ExportOptions,
        resources: list[Resource],
        *,
        create: bool,
        skip: frozenset[str],
        tasks: bool = False,
        progress: Progress | None = None,
    ) -> PublishReport:
        with CalDavCollection(remote) as collection:
            try:
                listing = collection.listing()
            except CollectionMissingError as exc:
                if not create:
                    raise CollectionMissingError(f"{exc}; add --create to create it") from None
                collection.create(f"{CALENDAR_NAME} tasks" if tasks else CALENDAR_NAME, tasks=tasks)
                listing = {}
            with session_scope(self.engine) as session:
                collection_state = state.ensure_collection(session, remote.url, remote.user, options_to_json(options))
                rows = state.resources(session, collection_state.id)
            push = _Push(self.engine, collection, collection_state.id, listing, rows)
            total = len(resources) + len(rows)
            for done, resource in enumerate(resources, start=1):
                if resource.uid not in skip:
                    push.write(resource)
                if progress:
                    progress(done, total)
            wanted = {r.uid for r in resources}
            for done, (uid, row) in enumerate(sorted(rows.items()), start=len(resources) + 1):
                if uid not in wanted and uid not in skip and (row.kind == KIND_TASK) == tasks:
                    push.remove(row)
                if progress:
                    progress(done, total)
            with session_scope(self.engine) as session:
                state.mark_collection(session, collection_state.id, published=self.clock.now())
            return push.report


class _Push:
    """The writes of one publish to one collection, each recorded as soon as the server has it."""

    def __init__(self, engine: Engine, collection: CalDavCollection, collection_id: int,
                 listing: dict[str, str], rows: dict[str, state.ResourceState]) -> None:
        self.engine = engine
        self.collection = collection
        self.collection_id = collection_id
        self.listing = listing
        self.rows = rows
        self.report = PublishReport()

    def _record(self, resource: Resource, href: str, etag: str) -> None:
        with session_scope(self.engine) as session:
            state.save_resource(session, self.collection_id, state.ResourceState(
                resource.uid, href, resource.kind, resource.event_uid, etag, resource.content_hash, resource.body))

    def _hold(self, uid: str, reason: str) -> None:
        self.report.held_back.append(HeldBack(uid, reason))

    def write(self, resource: Resource) -> None:
        row = self.rows.get(resource.uid)
        href = row.href if row else resource.name
        server_tag = self.listing.get(href)
        if row is not None and server_tag is not None and server_tag == row.etag:
            if row.content_hash == resource.content_hash:
                self.report.unchanged += 1
                return
            self._put(resource, href, row.etag, updated=True)
            return
        if row is not None and server_tag is None:
            self._hold(resource.uid, "deleted on the server")
            return
        if server_tag is None:
            self._put(resource, href, None, updated=False)
            return
        # On the server, but not as recorded: an answer lost to a cut-short publish, or someone's edit.
        fetched = self.collection.fetch(href)
        if fetched is not None and same_content(fetched.body, resource.body):
            self._record(resource, href, fetched.etag or server_tag)
            self.report.recorded += 1
            return
        self._hold(resource.uid, "changed on the server" if row is not None else "on the server with other content")

    def _put(self, resource: Resource, href: str, etag: str | None, *, updated: bool) -> None:
        try:
            new_tag = self.collection.put(href, resource.body, etag=etag)
        except ChangedOnServerError:
            self._hold(resource.uid, "changed on the server during the publish")
            return
        self._record(resource, href, new_tag)
        if updated:
            self.report.updated += 1
        else:
            self.report.created += 1

    def remove(self, row: state.ResourceState) -> None:
        server_tag = self.listing.get(row.href)
        if server_tag is not None and server_tag != row.etag:
            self._hold(row.uid, "changed on the server, so not deleted there")
            return
        if server_tag is not None:
            try:
                self.collection.delete(row.href, etag=row.etag)
            except ChangedOnServerError:
                self._hold(row.uid, "changed on the server, so not deleted there")
                return
            self.report.deleted += 1
        with session_scope(self.engine) as session:
            state.forget_resource(session, self.collection_id, row.uid)
