"""Template steps that apply only to some meetings; countries without a capital field

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('template_item', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('applies_when', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='')
        )
    # Reference data keeps the country's name, ISO code and zone; a capital is a political claim for some.
    with op.batch_alter_table('country', schema=None) as batch_op:
        batch_op.drop_column('capital')


def downgrade() -> None:
    with op.batch_alter_table('country', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('capital', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='')
        )
    with op.batch_alter_table('template_item', schema=None) as batch_op:
        batch_op.drop_column('applies_when')
