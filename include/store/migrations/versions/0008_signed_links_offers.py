"""signed links (revocable, single-use) and consultation offers (the applicant picks the time)

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "signed_links",
        sa.Column("nonce", sa.String(length=43), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("single_use", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("opened_at", TS, nullable=True),
        sa.Column("used_at", TS, nullable=True),
        sa.Column("revoked_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("nonce", name="pk_signed_links"),
    )
    op.create_index("ix_signed_links_subject", "signed_links", ["purpose", "subject"])
    op.create_table(
        "consult_offers",
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("link_nonce", sa.String(length=43), nullable=True),
        sa.Column("offered_at", TS, nullable=False),
        sa.Column("remind_at", TS, nullable=False),
        sa.Column("fallback_at", TS, nullable=False),
        sa.Column("opened_at", TS, nullable=True),
        sa.Column("booked_at", TS, nullable=True),
        sa.Column("closed_at", TS, nullable=True),
        sa.Column("booked_by", sa.String(length=20), nullable=True),
        sa.Column("sends", sa.Integer(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name="fk_consult_offers_applicant_id_applicants",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("applicant_id", name="pk_consult_offers"),
    )


def downgrade() -> None:
    op.drop_table("consult_offers")
    op.drop_index("ix_signed_links_subject", table_name="signed_links")
    op.drop_table("signed_links")
