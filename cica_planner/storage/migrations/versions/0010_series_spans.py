"""Each series' span in its row: the first and last UTC instants its occurrences can reach, indexed

A window once read the rule of every series to learn which could reach it. The span is now
stored with the row by every write (``domain/series_reach.py``) and filled here for the rows
already stored, with the same function; a window finds its series with one indexed query.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

#: Rows written per statement while filling the spans.
_BATCH = 500


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('series_first_utc', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('series_last_utc', sa.DateTime(), nullable=True))
    # Series ending after a window's start, or never, that start before its end: two index ranges.
    op.create_index('ix_event_series_span', 'event', ['series_last_utc', 'series_first_utc'], unique=False,
                    sqlite_where=sa.text('series_first_utc IS NOT NULL'),
                    postgresql_where=sa.text('series_first_utc IS NOT NULL'))
    _fill_spans(op.get_bind())


def downgrade() -> None:
    op.drop_index('ix_event_series_span', table_name='event')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('series_last_utc')
        batch_op.drop_column('series_first_utc')


def _fill_spans(bind: sa.engine.Connection) -> None:
    """Give every stored series the span its next write would give it."""
    # The project's own reading and span: the stored columns mean what they meant at 0009.
    from cica_planner.domain.errors import PlannerError
    from cica_planner.domain.series_reach import UNBOUNDED_FIRST, stored_span
    from cica_planner.storage.row_reading import event_from_row

    metadata = sa.MetaData()
    event = sa.Table('event', metadata, autoload_with=bind)
    override = sa.Table('event_override', metadata, autoload_with=bind)
    overridden = sa.select(override.c.event_id)
    series = sa.or_(event.c.rrule.is_not(None), event.c.rdates != '', event.c.extra_rules != '',
                    event.c.id.in_(overridden))
    overrides: dict[int, list] = {}
    for row in bind.execute(sa.select(override).order_by(override.c.event_id, override.c.id)):
        overrides.setdefault(row.event_id, []).append(row)
    spans = []
    for row in bind.execute(sa.select(event).where(series).order_by(event.c.id)):
        try:
            first, last = stored_span(event_from_row(row, (), overrides.get(row.id, ())))
        except (PlannerError, ValueError):  # a row this version cannot read: never left out of a window
            first, last = UNBOUNDED_FIRST, None
        spans.append({'row_id': row.id, 'first': first, 'last': last})
    statement = (event.update().where(event.c.id == sa.bindparam('row_id'))
                 .values(series_first_utc=sa.bindparam('first', type_=sa.DateTime()),
                         series_last_utc=sa.bindparam('last', type_=sa.DateTime())))
    for start in range(0, len(spans), _BATCH):
        bind.execute(statement, spans[start:start + _BATCH])
