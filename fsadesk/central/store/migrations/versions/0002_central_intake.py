"""Central schema c0002: campaigns, and the submissions taken in from members' bundles.

Revision ID: c0002
Revises: c0001
"""

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.String, nullable=False, unique=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("cycle_label", sa.String, nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("deadline", sa.String, nullable=False),  # ISO date
        sa.Column("catalogue_id", sa.String, nullable=False),
        sa.Column("catalogue_version", sa.String, nullable=False),
        sa.Column("catalogue_digest", sa.String, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("file", sa.LargeBinary, nullable=False),  # the signed .fsac as sent to members
    )
    op.create_table(
        "submission",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id"), nullable=False),
        sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=True),
        sa.Column("institution_id", sa.String, nullable=False),
        sa.Column("institution_name", sa.String, nullable=False),
        sa.Column("cycle_label", sa.String, nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        # UNIQUE: "already imported" is the database's rule, so two analysts importing the same
        # file at once end with one row, not two.
        sa.Column("bundle_sha256", sa.String, nullable=False, unique=True),
        sa.Column("bundle_size", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String, nullable=False),
        sa.Column("file_sha256", sa.String, nullable=False),  # the file as received (encrypted or not)
        sa.Column("file_size", sa.Integer, nullable=False),
        sa.Column("encrypted", sa.Boolean, nullable=False),
        sa.Column("bundle_created", sa.String, nullable=False),  # the manifest's `created`
        sa.Column("imported_at", sa.String, nullable=False),
        sa.Column("imported_by", sa.String, nullable=False, server_default=""),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("superseded_by_id", sa.Integer, sa.ForeignKey("submission.id"), nullable=True),
        sa.Column("key_fingerprint", sa.String, nullable=False),
        sa.Column("scoring_engine", sa.String, nullable=False),
        sa.Column("catalogue_id", sa.String, nullable=False),
        sa.Column("catalogue_version", sa.String, nullable=False),
        sa.Column("catalogue_digest", sa.String, nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("scores", sa.JSON, nullable=False),  # as the bundle carries them
        sa.Column("recomputed_scores", sa.JSON, nullable=False),  # by this fsadesk's scoring engine
        sa.Column("bundle", sa.LargeBinary, nullable=False),  # the signed .fsab (decrypted), re-verifiable
        sa.Column("receipt", sa.LargeBinary, nullable=True),  # the signed .fsar, when one was made
    )
    # One current submission per member and cycle, kept by the database (a partial unique index,
    # on SQLite and PostgreSQL alike), so two analysts importing two versions at once cannot both
    # make theirs current.
    op.create_index(
        "submission_one_current",
        "submission",
        ["member_id", "fiscal_year", "cycle_label"],
        unique=True,
        sqlite_where=sa.text("is_current"),
        postgresql_where=sa.text("is_current"),
    )
    op.create_index("submission_member_cycle", "submission", ["member_id", "fiscal_year", "cycle_label"])
    op.create_table(
        "submission_answer",
        sa.Column("submission_id", sa.Integer, sa.ForeignKey("submission.id"), primary_key=True),
        sa.Column("item_id", sa.String, primary_key=True),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("answer", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a central database; restore the backup instead")
