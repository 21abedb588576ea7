"""The central organisation's benchmark packs, as a member imported them (issue #14 point 3).

- benchmark_pack: one row per imported pack — its signed bytes exactly as received (so it can be
  checked again later, with openssl too) and the fields that choose the pack a cycle shows: the
  campaign, its fiscal year and cycle label, the organisation and its key's fingerprint, the
  catalogue the figures were counted against, when it was made and when and by whom it was
  imported. file_sha256 is UNIQUE: the same pack is stored once. Append-only like receipts: a
  newer pack for the same campaign is added beside the older one and shown instead of it.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "benchmark_pack",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("file_sha256", sa.String, nullable=False, unique=True),
        sa.Column("file_bytes", sa.LargeBinary, nullable=False),
        sa.Column("campaign_id", sa.String, nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("cycle_label", sa.String, nullable=False),
        sa.Column("organisation_name", sa.String, nullable=False),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("catalogue_digest", sa.String, nullable=False),
        sa.Column("created", sa.String, nullable=False),
        sa.Column("imported_at", sa.String, nullable=False),
        sa.Column("imported_by", sa.String, nullable=False, server_default=""),
    )
    op.create_index("ix_benchmark_pack_cycle", "benchmark_pack", ["fiscal_year", "cycle_label"])
    op.execute(
        "CREATE TRIGGER benchmark_pack_no_update BEFORE UPDATE ON benchmark_pack "
        "BEGIN SELECT RAISE(ABORT, 'benchmark packs are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER benchmark_pack_no_delete BEFORE DELETE ON benchmark_pack "
        "BEGIN SELECT RAISE(ABORT, 'benchmark packs are append-only'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a workspace; restore a backup instead")
