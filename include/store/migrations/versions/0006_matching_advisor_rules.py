"""matching as an advisor judges it: verdicts, conditions, fallbacks; roster and applicant columns

Revision ID: 0006
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("preceptors", sa.Column("ecfmg_required_for", sa.JSON(), nullable=True))
    op.add_column("preceptors", sa.Column("residency_program", sa.String(length=100), nullable=True))
    op.add_column(
        "preceptors",
        sa.Column("min_step2ck_applies_to_students", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("applicants", sa.Column("target_match_year", sa.Integer(), nullable=True))
    op.add_column("applicants", sa.Column("rotation_blocks", sa.Integer(), nullable=True))
    op.add_column("applicants", sa.Column("preferred_region", sa.String(length=200), nullable=True))
    op.add_column("applicants", sa.Column("step2ck_expected", sa.Integer(), nullable=True))
    op.add_column("applicants", sa.Column("step2ck_exam_month", sa.String(length=7), nullable=True))
    op.add_column(
        "recommendations", sa.Column("status", sa.String(length=20), nullable=False, server_default="eligible")
    )
    op.add_column("recommendations", sa.Column("rotation_type", sa.String(length=20), nullable=True))
    op.add_column("recommendations", sa.Column("start_month", sa.String(length=7), nullable=True))
    op.add_column("recommendations", sa.Column("conditions", sa.JSON(), nullable=True))
    op.add_column("recommendations", sa.Column("fallback", sa.Text(), nullable=True))
    op.add_column("allocations", sa.Column("rotation_type", sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.drop_column("allocations", "rotation_type")
    for column in ("fallback", "conditions", "start_month", "rotation_type", "status"):
        op.drop_column("recommendations", column)
    for column in ("step2ck_exam_month", "step2ck_expected", "preferred_region", "rotation_blocks", "target_match_year"):
        op.drop_column("applicants", column)
    for column in ("min_step2ck_applies_to_students", "residency_program", "ecfmg_required_for"):
        op.drop_column("preceptors", column)
