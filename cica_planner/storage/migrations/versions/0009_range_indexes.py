"""Indexes for range and aggregate reads: event ends, country and status; task fixed deadlines

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0005'
branch_labels = None
depends_on = None

#: (table, column) pairs indexed here; the start columns were indexed from the first schema.
INDEXED = (
    ('event', 'end_utc'),
    ('event', 'end_day'),
    ('event', 'country'),
    ('event', 'status'),
    ('task', 'due_fixed'),
)


def upgrade() -> None:
    # A visible range is "start < window end AND end > window start": both ends need an index.
    for table, column in INDEXED:
        op.create_index(f'ix_{table}_{column}', table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXED):
        op.drop_index(f'ix_{table}_{column}', table_name=table)
