"""intake: name title and credentials on applicants; the source mapping a raw row was read with

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 07:50:00

A stored raw row depends on its cells *and* on the mapping that turned them into fields, so a row is
"seen" per (source, content hash, mapping key): fixing a wrong alias or a ``required`` list re-reads the
rows it affects. Rows stored before this revision have no key and count as read with the current mapping.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applicants") as batch:
        batch.add_column(sa.Column("name_title", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("name_credentials", sa.String(length=200), nullable=True))
    with op.batch_alter_table("raw_submissions") as batch:
        batch.add_column(sa.Column("mapping_key", sa.String(length=16), nullable=True))
        batch.drop_constraint("uq_raw_submissions_source_hash", type_="unique")
        batch.create_unique_constraint(
            "uq_raw_submissions_source_hash_mapping", ["source", "content_hash", "mapping_key"]
        )


def downgrade() -> None:
    with op.batch_alter_table("raw_submissions") as batch:
        batch.drop_constraint("uq_raw_submissions_source_hash_mapping", type_="unique")
        batch.create_unique_constraint("uq_raw_submissions_source_hash", ["source", "content_hash"])
        batch.drop_column("mapping_key")
    with op.batch_alter_table("applicants") as batch:
        batch.drop_column("name_credentials")
        batch.drop_column("name_title")
