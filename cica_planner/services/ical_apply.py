"""The apply step: an import plan written in ONE transaction (all or nothing), with an undo receipt.

Inside the database's write lock (:mod:`import_apply`) each item is decided again against
what is stored then, so a plan that went stale while the user read the preview never
overwrites a newer version. The check reads only the stored versions, in one query: an
event the plan compared with is loaded again only when its version moved since the plan.
New events go in with one bulk insert (:mod:`storage.event_bulk`); updates, removals and
added exclusions are the rare case and go through the repository.

The :class:`ImportResult` is also the undo receipt: the UIDs created, each replaced event as
it was, and each removed event with its tasks, all as read inside the write transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlmodel import Session, col, select

from cica_planner.domain.model import Event
from cica_planner.services.ical_plan import ImportPlan, Outcome, Progress, is_newer
from cica_planner.services.import_apply import Decision, ImportResult, WriteLog, recheck, unsaved_copy
from cica_planner.services.planner import DeletedEvent, PlannerService
from cica_planner.storage import event_bulk
from cica_planner.storage import repositories as repo
from cica_planner.storage.backups import BackupKind
from cica_planner.storage.tables import TaskRow


def apply_import(planner: PlannerService, plan: ImportPlan, progress: Progress | None = None, *,
                 recheck_stored: bool = True) -> ImportResult:
    """Write ``plan`` in one transaction: every new and updated event, or nothing at all.

    Each item is decided again against what is stored at the time of writing, unless
    ``recheck_stored`` is false (redo of an undone import: the user asks for the same writes).
    """
    writes = [item for item in plan.items if item.outcome in (Outcome.NEW, Outcome.UPDATED) and item.event]
    removals = [item.uid for item in plan.items if item.outcome is Outcome.REMOVED]
    total = max(1, len(writes) + len(plan.stored_exdates) + len(removals))
    written = WriteLog()
    signed: list[Event] = []  # as written, with their new versions: an undo may overwrite only these

    def work(session: Session) -> tuple[tuple[list[Event], list[DeletedEvent]], list[Event]]:
        events = repo.EventRepository(session)
        versions = event_bulk.versions(session, [item.uid for item in writes] + list(plan.stored_exdates) + removals)

        def current_of(uid: str) -> Event | None:
            if uid not in versions:
                return None
            known = plan.stored.get(uid)
            return known if known is not None and known.version == versions[uid] else events.find(uid)

        def update(incoming: Event, current: Event) -> None:
            # The file wins for what it carries; the local history of changes stays.
            signed.append(events.update(replace(incoming, id=current.id, created=current.created,
                                                history=current.history)))
            written.replaced.append(current)

        fresh: list[Event] = []
        for item in writes:
            incoming = item.event
            assert incoming is not None
            current = current_of(item.uid)
            decision = recheck(incoming, current, is_newer if recheck_stored else None)  # the plan may be stale
            if decision is Decision.CREATE:
                fresh.append(unsaved_copy(incoming))
            elif decision is Decision.UPDATE and current is not None:
                update(incoming, current)
            else:
                written.kept.append(item.uid)
        decided = len(writes) - len(fresh)  # updated or kept: done before the new ones are written
        if progress and decided:
            progress(decided, total)
        inserted = event_bulk.insert_new(session, fresh, _batches(progress, decided, total))
        signed.extend(inserted)
        written.created_uids.extend(event.uid for event in inserted)
        for late in {event.uid for event in fresh} - {event.uid for event in inserted}:
            # Created by someone else this very moment (a team calendar): update theirs.
            update(next(event for event in fresh if event.uid == late), events.get(late))
        for uid, moments in plan.stored_exdates.items():
            current = current_of(uid)
            if current is not None and current.rrule:
                missing = [m for m in moments if m not in current.exdates]
                if missing:
                    signed.append(events.update(replace(current, exdates=[*current.exdates, *missing])))
                    written.replaced.append(current)
        removed = _removed_with_tasks(session, [uid for uid in removals if uid in versions], current_of)
        for snapshot in removed:
            events.delete(snapshot.event.uid)
        if progress and total > len(writes):
            progress(total, total)
        return (inserted, removed), signed

    # One locked transaction, a backup first (when the app or the command line keeps copies).
    inserted, removed = planner.write_batch(work, backup=BackupKind.IMPORT)
    return ImportResult(len(inserted), len(written.replaced) - _exdate_updates(written, plan),
                        plan.count(Outcome.UNCHANGED) + len(written.kept), plan.skipped,
                        [*plan.notes, *written.notes()], removed=len(removed), ignored_deadlines=plan.ignored_deadlines,
                        created_uids=written.created_uids, replaced=written.replaced, removed_events=removed)


def _batches(progress: Progress | None, before: int, total: int) -> Callable[[int], None] | None:
    """The progress of the bulk insert (rows written so far) as progress of the whole import."""
    if progress is None:
        return None
    report = progress
    return lambda done: report(before + done, total)


def _exdate_updates(written: WriteLog, plan: ImportPlan) -> int:
    """How many of the replaced events were only given the plan's extra exclusions (not counted as updated)."""
    writes = {item.uid for item in plan.items if item.outcome in (Outcome.NEW, Outcome.UPDATED) and item.event}
    return sum(event.uid not in writes for event in written.replaced)


def _removed_with_tasks(session: Session, uids: list[str], current_of) -> list[DeletedEvent]:  # noqa: ANN001
    """The events to remove as undo brings them back: each with its tasks (one query for all tasks)."""
    if not uids:
        return []
    rows = session.exec(select(TaskRow).where(col(TaskRow.event_uid).in_(uids)).order_by(col(TaskRow.position))).all()
    tasks: dict[str, list] = {}
    for row in rows:
        tasks.setdefault(row.event_uid, []).append(repo.task_from_row(row))
    found = [current_of(uid) for uid in uids]
    return [DeletedEvent(event, tasks.get(event.uid, [])) for event in found if event is not None]
