"""applicants.given_name (the greeting, as the applicant wrote it) and advisors.video_url (local video room)

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-03 07:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applicants") as batch:
        batch.add_column(sa.Column("given_name", sa.String(length=200), nullable=True))
    with op.batch_alter_table("advisors") as batch:
        batch.add_column(sa.Column("video_url", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("advisors") as batch:
        batch.drop_column("video_url")
    with op.batch_alter_table("applicants") as batch:
        batch.drop_column("given_name")
