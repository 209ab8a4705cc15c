"""Team calendar: versions and authors on shared records, change notices on PostgreSQL

Revision ID: 0005
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

#: The records two people may edit at once: each carries a version (optimistic concurrency)
#: and who changed it last, when.
VERSIONED = ('event', 'task', 'chair_term', 'body_chair', 'checklist_template')
#: Every table whose change other open windows must see.
WATCHED = ('event', 'event_change', 'task', 'chair_term', 'body_chair', 'handover',
           'checklist_template', 'template_item', 'country', 'body')
NOTIFY_CHANNEL = 'cica_planner_changes'


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
            batch_op.add_column(sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                          server_default=''))
            batch_op.add_column(sa.Column('changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    with op.batch_alter_table('event_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('changed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
    # What is known of existing events: they were last changed when they were last modified.
    op.execute("UPDATE event SET changed_at = last_modified")
    if op.get_bind().dialect.name == 'postgresql':
        # One notice per committed statement tells every listening window to refresh; PostgreSQL
        # delivers notices only at commit, so a rolled-back write disturbs nobody.
        op.execute(f"""
            CREATE OR REPLACE FUNCTION cica_planner_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{NOTIFY_CHANNEL}', TG_TABLE_NAME);
                RETURN NULL;
            END $$""")
        for table in WATCHED:
            op.execute(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION cica_planner_notify()")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS cica_planner_notify()")
    with op.batch_alter_table('event_change', schema=None) as batch_op:
        batch_op.drop_column('changed_by')
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('changed_at')
            batch_op.drop_column('changed_by')
            batch_op.drop_column('version')
