"""Opening the database: migrate (with a backup first) and, for a new file, load the shipped calendar.

The shipped calendar is the reference data, the 2024–2026 events, the chairmanship register
with the 2024 handover, and the checklists of the seeded meetings. The services whose tables
are filled here never import this module back.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from cica_planner.domain.chairmanship import BodyChair, ChairTerm, HandoverTemplate
from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import (
    UNDATED_DAY,
    Category,
    Event,
    EventChange,
    EventStatus,
    Mode,
    PeriodPart,
    Precision,
    utc_now,
)
from cica_planner.domain.wording import SHIPPED_AUTHOR
from cica_planner.resources import load_json
from cica_planner.services.chairmanship import SEED_HANDOVER_ANCHOR, insert_handover
from cica_planner.services.checklists import apply_in, insert_template, shipped_templates
from cica_planner.storage import repositories as repo
from cica_planner.storage.authorship import sign_session_as
from cica_planner.storage.db import (
    current_revision,
    has_tables,
    make_engine,
    session_scope,
    upgrade,
)
from cica_planner.storage.migrating import Notify
from cica_planner.storage.opening import open_calendar_file
from cica_planner.storage.seed_ids import SEED_UID_SUFFIX, seed_uid
from cica_planner.storage.tables import BodyRow, CountryRow, EventRow

#: Seeded events from this day on get checklists (earlier ones are history only) ...
SEED_CHECKLISTS_FROM = date(2024, 1, 1)
#: ... up to the end of the seeded calendar; a marker decades ahead needs no checklist yet.
SEED_CHECKLISTS_UNTIL = date(2026, 12, 31)

__all__ = ["SEED_UID_SUFFIX", "open_database", "seed_database", "seed_event", "seed_uid"]


def open_database(location: str | Path, *, seed: bool = True, notify: Notify | None = None) -> Engine:
    """Open (creating if needed) the database at ``location`` and bring its schema up to date.

    A database created by this call is filled with the shipped reference data and the
    2024–2026 calendar unless ``seed`` is false. A calendar file that cannot be written is
    opened read-only; ``notify`` hears what was repaired on the way (a restored backup).
    """
    text = str(location)
    if "://" not in text:
        opened = open_calendar_file(Path(text), notify=notify)
        if opened.created and seed:
            seed_database(opened.engine)
        return opened.engine
    engine = make_engine(text)
    is_new = current_revision(engine) is None and not has_tables(engine)
    upgrade(engine)
    if is_new and seed:
        seed_database(engine)
    return engine


def seed_event(item: dict, recorded: datetime | None = None) -> Event:
    """Build an event from one object of ``resources/seed/events.json`` (end day inclusive).

    An undated item has no start or end. ``history`` lists the plans the outcome replaced
    (old day, place and format with the reason); ``recorded`` is when the calendar learnt it.
    """
    precision = Precision(item.get("precision") or "day")
    if precision is Precision.UNDATED:
        first_day = last_day = UNDATED_DAY
    else:
        first_day = date.fromisoformat(item["start"])
        last_day = date.fromisoformat(item["end"])
    part = item.get("part")
    event = Event(
        uid=seed_uid(item["key"]),
        title=item["title"],
        category=Category.parse(item["category"]),
        start=first_day,
        end=last_day + timedelta(days=1),
        tzid=item.get("tzid") or HOME_ZONE,
        precision=precision,
        period_part=PeriodPart(part) if part else None,
        city=item.get("city", ""),
        country=item.get("country", ""),
        venue=item.get("venue", ""),
        mode=Mode(item.get("mode") or "unknown"),
        status=EventStatus(item.get("status") or "planned"),
        organiser=item.get("organiser", ""),
        description=item.get("description", ""),
        rrule=item.get("rrule") or None,
    )
    event.history = [_seed_change(change, event, recorded or utc_now()) for change in item.get("history", [])]
    return event


def _seed_change(change: dict, event: Event, recorded: datetime) -> EventChange:
    """One superseded plan of a seeded event: what was planned, and why the outcome differs."""
    return EventChange(
        changed_at=recorded,
        reason=change["reason"],
        old_start=date.fromisoformat(change["old_start"]),
        old_end=date.fromisoformat(change["old_end"]) + timedelta(days=1),
        new_start=event.start,
        new_end=event.end,
        old_place=change.get("old_city", event.city),
        new_place=event.city,
        old_mode=change.get("old_mode", event.mode.value),
        new_mode=event.mode.value,
    )


def _seed_reference(session: Session) -> None:
    for country in load_json("seed", "countries.json"):
        session.add(CountryRow(**country))
    for body in load_json("seed", "bodies.json"):
        session.add(BodyRow(**body))
    session.flush()


def _seed_events(session: Session) -> None:
    events = repo.EventRepository(session)
    now = utc_now()
    for item in load_json("seed", "events.json"):
        event = seed_event(item, now)
        event.validate()
        event.created = event.last_modified = now
        events.add(event)


def _optional_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def seed_chairmanships(session: Session) -> None:
    """Load the shipped register, the body chairs and the 2024 KZ → AZ handover."""
    data = load_json("seed", "chairmanships.json")
    for item in data["terms"]:
        term = ChairTerm(
            country=item["country"],
            starts=date.fromisoformat(item["from"]),
            ends=_optional_date(item.get("to")),
            opened_by=item.get("opened_by", ""),
            closed_by=item.get("closed_by", ""),
            decided_on=_optional_date(item.get("decided_on")),
            decided_how=item.get("decided_how", ""),
            theme=item.get("theme", ""),
            priorities=tuple(item.get("priorities") or ()),
        )
        term.validate()
        repo.ChairTermRepository(session).add(term)
    for item in data["body_chairs"]:
        chair = BodyChair(
            body_code=item["body"],
            holder=item["holder"],
            country=item.get("country", ""),
            starts=_optional_date(item.get("from")),
            ends=_optional_date(item.get("to")),
            note=item.get("note", ""),
        )
        chair.validate()
        repo.BodyChairRepository(session).add(chair)
    session.flush()
    template_data = load_json("seed", "handover_template.json")
    # The 2024 handover happened: each milestone known to be done keeps its real day, or none
    # when that day is not recorded; milestones nobody reported stay open ("not recorded").
    done_on = {item["title"]: _optional_date(item["done_on"]) for item in template_data.get("actual_2024", [])}
    insert_handover(session, "KZ", "AZ", SEED_HANDOVER_ANCHOR, HandoverTemplate.from_json(template_data), done_on)




def seeded_checklist_keys() -> dict[str, str]:
    """Map the UID of each seeded event that is a meeting or ceremony of its kind to its template key.

    The shipped events name their template in an optional ``"checklist"`` field of
    ``resources/seed/events.json``: a category alone does not make a meeting (an "SG meets
    the TTF chair" row is filed under Think Tank Forum but needs no forum checklist).
    """
    return {seed_uid(item["key"]): item["checklist"] for item in load_json("seed", "events.json") if item.get("checklist")}


def seed_checklists(session: Session) -> None:
    """Load the shipped templates, then give the seeded meetings of 2024–2026 their checklists.

    Only events whose seed entry names a template (``"checklist"``) get one. Steps the
    event already has are skipped by title: the 7th Ministerial Council carries the handover
    milestones, which the Ministerial Council template shares. Every step starts open: the
    sources say when meetings were held, not when each preparation step was done, so the
    steps of held meetings read "not recorded" until someone closes them.
    """
    templates = {template.key: insert_template(session, template) for template in shipped_templates()}
    wanted = seeded_checklist_keys()
    unknown = sorted(set(wanted.values()) - templates.keys())
    if unknown:
        raise ValidationError(f"the seeded events name the unknown checklist template {unknown[0]!r}")
    statement = select(EventRow).where(col(EventRow.uid).in_(list(wanted)), col(EventRow.rrule).is_(None))
    for row in session.exec(statement.order_by(col(EventRow.id))).all():
        event = repo.event_from_row(row)
        first = event.local_start_date()
        if not SEED_CHECKLISTS_FROM <= first <= SEED_CHECKLISTS_UNTIL or event.status is EventStatus.CANCELLED:
            continue
        apply_in(session, event, templates[wanted[event.uid]])
    session.flush()


def seed_database(engine: Engine) -> None:
    """Load the shipped data in one transaction: a failure leaves the database empty, not half-filled.

    Order matters: the chairmanship register anchors its handover milestones to seeded
    events, and the checklists skip what the handover plan already covers.
    """
    with session_scope(engine) as session:
        # Nobody on this machine wrote the shipped items: the editor says "as shipped" until someone changes one.
        sign_session_as(session, SHIPPED_AUTHOR)
        for step in (_seed_reference, _seed_events, seed_chairmanships, seed_checklists):
            step(session)
