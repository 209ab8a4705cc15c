"""Indexes on the length of single events, so a calendar file's window hints are two index look-ups

A window query bounds its index range on the start columns by the longest single event of each
kind (``storage/quick_reads.py``, ``window_hints``). Learning those two lengths scanned the whole
event table: about 12 ms at 10,000 events, at the first paint and again after every write. An
index on each length, over the rows it is asked of, answers ``max()`` from its last entry.

SQLite only: the hints are read on calendar files; a team calendar on PostgreSQL reads its
windows through the ORM's queries, which do not use them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

#: (index, the length it orders by, the rows it holds): the same expressions and conditions as the hints' queries.
INDEXES = (
    ('ix_event_timed_length', 'julianday(end_utc) - julianday(start_utc)', 'all_day = 0 AND rrule IS NULL'),
    ('ix_event_day_length', 'julianday(end_day) - julianday(start_day)', 'all_day = 1 AND rrule IS NULL'),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for name, length, rows in INDEXES:
        op.execute(f'CREATE INDEX {name} ON event (({length})) WHERE {rows}')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    for name, _length, _rows in reversed(INDEXES):
        op.execute(f'DROP INDEX {name}')
