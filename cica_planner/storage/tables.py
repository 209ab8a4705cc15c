"""All SQLModel tables in one module (as the SQLModel docs advise against circular imports).

Instants are stored as naive UTC datetimes next to the IANA zone name of the venue;
all-day events store dates with an exclusive end. Nothing here is SQLite-only.

Each table sets ``__tablename__`` to a string, as the SQLModel and SQLAlchemy docs do; SQLModel
declares the attribute as its ``declared_attr`` default, so its stubs refuse the string: hence
the narrow ``reportAssignmentType`` ignores.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class Row(SQLModel):
    """What every table shares: pydantic builds its validation for a row class only when first asked.

    The rows are made from the database by SQLAlchemy and by the repositories from domain objects,
    never validated by pydantic: building each table's validators and serialisers as the module is
    imported took about a fifth of the import (some 10 ms before the window answered its first
    click), for code no path runs.
    """

    model_config = SQLModel.model_config | {"defer_build": True}


class Versioned(Row):
    """A record two people may edit at once: its version rises with every save (optimistic
    concurrency), and who saved it last, when, is kept (see migration 0005)."""

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    changed_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    changed_at: datetime | None = None


class CountryRow(Row, table=True):
    __tablename__ = "country"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    code: str = Field(primary_key=True, max_length=2)
    name: str  # as CICA writes it
    tzid: str
    status: str = "member"
    joined: str = ""


class BodyRow(Row, table=True):
    __tablename__ = "body"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    code: str = Field(primary_key=True)
    name: str
    kind: str = ""
    description: str = ""
    colour: str = "#607d8b"


class EventRow(Versioned, table=True):
    __tablename__ = "event"  # pyright: ignore[reportAssignmentType] (see the module docstring)
    # Series ending after a window's start (or never) that start before its end: two ranges of one index.
    # It is partial on PostgreSQL too (migration 0010 builds it there), but naming a postgresql_ option
    # here would import SQLAlchemy's PostgreSQL dialect into every start, a calendar file's included
    # (about 25 ms before the window answers its first click); the metadata builds no schema.
    __table_args__ = (Index("ix_event_series_span", "series_last_utc", "series_first_utc",
                            sqlite_where=text("series_first_utc IS NOT NULL")),)

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True)
    title: str
    category: str = Field(index=True)
    all_day: bool = False
    start_utc: datetime | None = Field(default=None, index=True)
    end_utc: datetime | None = Field(default=None, index=True)
    start_day: date | None = Field(default=None, index=True)
    end_day: date | None = Field(default=None, index=True)
    tzid: str
    precision: str = "day"
    period_part: str | None = None
    city: str = ""
    country: str = Field(default="", index=True)
    venue: str = ""
    mode: str = "in person"
    status: str = Field(default="planned", index=True)
    organiser: str = ""
    description: str = ""
    rrule: str | None = None
    exdates: str = ""  # comma-separated ISO moments (UTC instants or dates)
    rdates: str = ""  # comma-separated ISO moments: extra occurrence starts (RDATE)
    extra_rules: str = ""  # further RRULE values, one a line (their occurrences add to rrule's)
    sequence: int = 0
    created: datetime
    last_modified: datetime
    # Where a series' occurrences can fall, widened (domain/series_reach.py; migration 0010), in UTC.
    # NULL for a single event; a NULL last with a first: no last occurrence.
    series_first_utc: datetime | None = None
    series_last_utc: datetime | None = None


class OverrideRow(Row, table=True):
    """One occurrence of a series changed on its own, keyed by its original start (RECURRENCE-ID)."""

    __tablename__ = "event_override"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), index=True, nullable=False))
    recurrence_id: str  # ISO moment as in EventRow.exdates
    this_and_future: bool = False
    start: str
    end: str
    title: str
    category: str
    city: str = ""
    country: str = ""
    venue: str = ""
    mode: str = "in person"
    status: str = "planned"
    organiser: str = ""
    description: str = ""
    sequence: int = 0


class EventChangeRow(Row, table=True):
    __tablename__ = "event_change"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), index=True, nullable=False))
    changed_at: datetime
    reason: str
    old_start: str
    old_end: str
    new_start: str
    new_end: str
    old_place: str = ""
    new_place: str = ""
    old_mode: str = ""
    new_mode: str = ""
    changed_by: str = Field(default="", sa_column_kwargs={"server_default": ""})


class ChairTermRow(Versioned, table=True):
    __tablename__ = "chair_term"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    country: str = Field(index=True)
    starts: date
    ends: date | None = None
    opened_by: str = ""  # event UID or a description of the meeting
    closed_by: str = ""
    decided_on: date | None = None
    decided_how: str = ""
    theme: str = ""
    priorities: str = ""  # one per line


class BodyChairRow(Versioned, table=True):
    __tablename__ = "body_chair"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    body_code: str = Field(index=True)
    holder: str
    country: str = ""
    starts: date | None = None
    ends: date | None = None
    note: str = ""


class HandoverRow(Row, table=True):
    __tablename__ = "handover"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    from_country: str
    to_country: str
    anchor_event_uid: str = Field(index=True)
    title: str = ""
    created: datetime


class TaskRow(Versioned, table=True):
    __tablename__ = "task"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    event_uid: str = Field(
        sa_column=Column(
            "event_uid", ForeignKey("event.uid", ondelete="CASCADE", onupdate="CASCADE"), index=True, nullable=False
        )
    )
    handover_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("handover.id", ondelete="CASCADE"), index=True)
    )
    title: str
    owner: str = Field(default="", index=True)
    due_fixed: date | None = Field(default=None, index=True)
    offset_amount: int | None = None
    offset_unit: str | None = None
    offset_anchor: str | None = None
    status: str = Field(default="to do", index=True)
    priority: str = "normal"
    notes: str = ""
    completed_on: date | None = None
    position: int = 0
    tags: str = ""  # comma-separated


class ChecklistTemplateRow(Versioned, table=True):
    __tablename__ = "checklist_template"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str
    categories: str = ""  # comma-separated Category values the template suits
    description: str = ""


class TemplateItemRow(Row, table=True):
    __tablename__ = "template_item"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    template_id: int = Field(
        sa_column=Column(Integer, ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    title: str
    offset: str  # as RelativeDeadline.label()/parse(): "T-30 days"
    applies_when: str = ""  # a StepCondition value; empty: every meeting
    owner: str = ""
    priority: str = "normal"
    position: int = 0


class PublishedCollectionRow(Row, table=True):
    """A CalDAV collection the calendar is published to, with the selection last published."""

    __tablename__ = "published_collection"  # pyright: ignore[reportAssignmentType] (see the module docstring)

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True)
    user: str = ""
    options: str = ""  # JSON of the selection (window, categories, unscheduled, tasks)
    last_published: datetime | None = None
    last_synced: datetime | None = None


class PublishedResourceRow(Row, table=True):
    """One resource (``UID.ics``) as last written to or accepted from the server.

    ``etag`` is the server's tag of that version and ``content_hash`` the hash of what the
    calendar had to say then, so a publish can tell a change here from a change there.
    """

    __tablename__ = "published_resource"  # pyright: ignore[reportAssignmentType] (see the module docstring)
    __table_args__ = (UniqueConstraint("collection_id", "uid", name="uq_published_resource_uid"),)

    id: int | None = Field(default=None, primary_key=True)
    collection_id: int = Field(
        sa_column=Column(Integer, ForeignKey("published_collection.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    uid: str
    href: str
    kind: str = "event"  # "event", "deadline" or "task"
    event_uid: str = ""  # the local event the resource was written from
    etag: str = ""
    content_hash: str = ""
    body: str = ""  # the iCalendar text last agreed on: the base of a three-way comparison
