"""match_failures: failure bitmasks per applicant replace the per-pair ineligibility rows (issue 17)

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "match_failures",
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("pairs", sa.JSON(), nullable=False),
        sa.Column("family", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_match_failures_applicant_id_applicants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("applicant_id", name=op.f("pk_match_failures")),
    )
    # The per-pair rows are recomputed by the next matching run; nothing in them needs carrying over.
    op.drop_table("ineligibility")


def downgrade() -> None:
    op.create_table(
        "ineligibility",
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("preceptor_id", sa.String(length=64), nullable=False),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_ineligibility_applicant_id_applicants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["preceptor_id"],
            ["preceptors.id"],
            name=op.f("fk_ineligibility_preceptor_id_preceptors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("applicant_id", "preceptor_id", name=op.f("pk_ineligibility")),
    )
    op.drop_table("match_failures")
