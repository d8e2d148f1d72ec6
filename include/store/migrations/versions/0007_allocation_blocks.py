"""allocations: the consecutive months seated and the blocks the applicant asked for

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("allocations", sa.Column("months", sa.JSON(), nullable=True))
    op.add_column("allocations", sa.Column("blocks_requested", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("allocations", "blocks_requested")
    op.drop_column("allocations", "months")
