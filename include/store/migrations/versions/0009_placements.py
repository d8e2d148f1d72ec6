"""placements: requests holding a seat, confirmations, pre-rotation checklist; preceptor contact and site

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("preceptors", sa.Column("contact_email", sa.String(length=320), nullable=True))
    op.add_column("preceptors", sa.Column("site_address", sa.Text(), nullable=True))
    op.add_column("preceptors", sa.Column("required_documents", sa.JSON(), nullable=True))
    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "applicant_id",
            sa.Integer(),
            sa.ForeignKey("applicants.id", ondelete="CASCADE", name="fk_placements_applicant_id_applicants"),
            nullable=False,
        ),
        sa.Column(
            "preceptor_id",
            sa.String(length=64),
            sa.ForeignKey("preceptors.id", ondelete="CASCADE", name="fk_placements_preceptor_id_preceptors"),
            nullable=False,
        ),
        sa.Column("rotation_type", sa.String(length=20), nullable=True),
        sa.Column("months", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("requested_by", sa.String(length=20), nullable=False),
        sa.Column("decline_reason", sa.Text(), nullable=True),
        sa.Column("usce_months", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("decided_at", TS, nullable=True),
        sa.Column("completed_at", TS, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_placements"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_placements_applicant_id", "placements", ["applicant_id"])
    op.create_table(
        "placement_checklist",
        sa.Column(
            "placement_id",
            sa.Integer(),
            sa.ForeignKey("placements.id", ondelete="CASCADE", name="fk_placement_checklist_placement_id_placements"),
            nullable=False,
        ),
        sa.Column("item", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("done_at", TS, nullable=True),
        sa.Column("done_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("placement_id", "item", name="pk_placement_checklist"),
    )


def downgrade() -> None:
    op.drop_table("placement_checklist")
    op.drop_index("ix_placements_applicant_id", table_name="placements")
    op.drop_table("placements")
    for column in ("required_documents", "site_address", "contact_email"):
        op.drop_column("preceptors", column)
