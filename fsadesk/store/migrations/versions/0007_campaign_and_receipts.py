"""The central organisation's campaign files and receipts, as a member imported them (issue #12
points 3 and 5).

- campaign: one row per imported campaign file — its signed bytes exactly as received (so it can
  be checked again with openssl later) and the fields the windows show (organisation, title,
  deadline, the catalogue answers are asked against, the signing key's fingerprint, the age
  recipient bundles are encrypted to). campaign_id is UNIQUE: the same campaign is imported once.
- receipt: one row per imported receipt — its signed bytes, the campaign and the bundle (SHA-256)
  it acknowledges, the cycle that bundle was exported from, status, flags, when it was received
  and by which organisation. Append-only like export_record: proof of submission is never
  rewritten. file_sha256 is UNIQUE: the same receipt is stored once.
- export_record.signed_sha256: the bundle's SHA-256 before age encryption. A receipt names the
  bundle as the organisation holds it (decrypted), so an encrypted export must be recognisable by
  that digest too. NULL for exports recorded before this version.

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
    # ADD COLUMN needs no table rebuild, so export_record's append-only triggers stay as they are.
    op.add_column("export_record", sa.Column("signed_sha256", sa.String, nullable=True))
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("campaign_id", sa.String, nullable=False, unique=True),
        sa.Column("file_bytes", sa.LargeBinary, nullable=False),
        sa.Column("imported_at", sa.String, nullable=False),
        sa.Column("imported_by", sa.String, nullable=False, server_default=""),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("cycle_label", sa.String, nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("deadline", sa.String, nullable=False),
        sa.Column("catalogue_id", sa.String, nullable=False),
        sa.Column("catalogue_version", sa.String, nullable=False),
        sa.Column("catalogue_digest", sa.String, nullable=False),
        sa.Column("organisation_name", sa.String, nullable=False),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("age_recipient", sa.String, nullable=False),
    )
    op.create_table(
        "receipt",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("file_sha256", sa.String, nullable=False, unique=True),
        sa.Column("file_bytes", sa.LargeBinary, nullable=False),
        sa.Column("campaign_id", sa.String, nullable=False),
        sa.Column("cycle_id", sa.Integer, sa.ForeignKey("cycle.id"), nullable=False),
        sa.Column("bundle_sha256", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("flags", sa.Text, nullable=False),  # JSON list of fsadesk.central.receipt.ReceiptFlag
        sa.Column("received", sa.String, nullable=False),
        sa.Column("organisation_name", sa.String, nullable=False),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("imported_at", sa.String, nullable=False),
    )
    op.create_index("ix_receipt_cycle", "receipt", ["cycle_id"])
    op.execute(
        "CREATE TRIGGER receipt_no_update BEFORE UPDATE ON receipt "
        "BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt "
        "BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a workspace; restore a backup instead")
