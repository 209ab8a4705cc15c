"""Reference data and events: countries, bodies, events and their change history

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('body',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('colour', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('country',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('capital', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('tzid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('joined', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('start_utc', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('end_utc', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('start_day', sa.Date(), nullable=True),
    sa.Column('end_day', sa.Date(), nullable=True),
    sa.Column('tzid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('precision', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('period_part', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('venue', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organiser', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rrule', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('exdates', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('created', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('last_modified', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_start_day'), ['start_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_start_utc'), ['start_utc'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_uid'), ['uid'], unique=True)

    op.create_table('event_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('old_start', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('old_end', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('new_start', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('new_end', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('old_place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('new_place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('old_mode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('new_mode', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_change_event_id'), ['event_id'], unique=False)


def downgrade() -> None:
    op.drop_table('event_change')
    op.drop_table('event')
    op.drop_table('country')
    op.drop_table('body')
