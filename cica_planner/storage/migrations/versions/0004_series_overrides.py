"""Series stay one series: overridden occurrences, RDATEs and further RRULEs

Before this revision a moved occurrence (RECURRENCE-ID) was stored as an event of its own
with the UID ``<series uid>-<yyyymmdd>`` and its original start added to the series'
EXDATEs. Such parts are merged back: the EXDATE of that day becomes an override of the
series carrying the part's fields, its tasks move to the series, and the part is removed.
A part whose day is no EXDATE of the series (an RDATE occurrence written apart) becomes
an override naming that occurrence, which adds exactly it. Parts whose series is not
stored (occurrences an export expanded) stay as they are.

Revision ID: 0004
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0004'
down_revision = '0006'
branch_labels = None
depends_on = None

_PART = re.compile(r"(?P<series>.+)-(?P<day>\d{8})")
_FIELDS = ("title", "category", "city", "country", "venue", "mode", "status", "organiser", "description", "sequence")


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rdates', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('extra_rules', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
    op.create_table('event_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('recurrence_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('this_and_future', sa.Boolean(), nullable=False),
    sa.Column('start', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('end', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('venue', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organiser', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_override_event_id'), ['event_id'], unique=False)
    _merge_split_parts(op.get_bind())


def downgrade() -> None:
    op.drop_table('event_override')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('extra_rules')
        batch_op.drop_column('rdates')


def _merge_split_parts(bind: sa.engine.Connection) -> None:
    columns = "id, uid, all_day, start_utc, end_utc, start_day, end_day, tzid, rrule, exdates, " + ", ".join(_FIELDS)
    rows = [dict(r._mapping) for r in bind.execute(sa.text(f"SELECT {columns} FROM event"))]  # noqa: S608 - fixed names
    series = {r["uid"]: r for r in rows if r["rrule"]}
    for part in rows:
        match = _PART.fullmatch(part["uid"])
        master = series.get(match.group("series")) if match else None
        if master is None or part["uid"] in series or bool(part["all_day"]) != bool(master["all_day"]):
            continue
        day = datetime.strptime(match.group("day"), "%Y%m%d").date()
        exdates = [t for t in master["exdates"].split(",") if t]
        named = [t for t in exdates if _local_day(t, master["tzid"]) == day]
        start, end = _moment_text(part, "start"), _moment_text(part, "end")
        recurrence_id = named[0] if named else start
        if named:
            exdates.remove(named[0])
        values = {name: part[name] for name in _FIELDS}
        values.update(event_id=master["id"], recurrence_id=recurrence_id, start=start, end=end, this_and_future=False)
        bind.execute(sa.text(
            "INSERT INTO event_override (event_id, recurrence_id, this_and_future, start, \"end\", "
            + ", ".join(_FIELDS) + ") VALUES (:event_id, :recurrence_id, :this_and_future, :start, :end, "
            + ", ".join(f":{name}" for name in _FIELDS) + ")"), values)
        master["exdates"] = ",".join(exdates)
        bind.execute(sa.text("UPDATE event SET exdates = :exdates WHERE id = :id"),
                     {"exdates": master["exdates"], "id": master["id"]})
        bind.execute(sa.text("UPDATE task SET event_uid = :series WHERE event_uid = :part"),
                     {"series": master["uid"], "part": part["uid"]})
        bind.execute(sa.text("DELETE FROM event_change WHERE event_id = :id"), {"id": part["id"]})
        bind.execute(sa.text("DELETE FROM event WHERE id = :id"), {"id": part["id"]})


def _local_day(text: str, tzid: str) -> date:
    if "T" not in text:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text).astimezone(ZoneInfo(tzid)).date()


def _moment_text(row: dict, which: str) -> str:
    """The part's start or end as the store writes moments: a date, or a UTC instant."""
    if row["all_day"]:
        value = row[f"{which}_day"]
        return value if isinstance(value, str) else value.isoformat()
    value = row[f"{which}_utc"]
    instant = datetime.fromisoformat(value) if isinstance(value, str) else value
    return instant.replace(tzinfo=UTC).isoformat() if instant.tzinfo is None else instant.astimezone(UTC).isoformat()
