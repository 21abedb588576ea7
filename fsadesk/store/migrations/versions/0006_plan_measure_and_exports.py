"""What a remediation plan will do, and which files were exported (issue #11 points 2 and 5).

- answer.plan_measure: the plan's "measure / what will be done"; NULL where no plan was typed
  (and for every plan typed before this version, which did not ask).
- export_record: one row per export of a cycle — when, by whom, in which language, with or
  without free text, where the PDF and the bundle went and the bundle's SHA-256 — so the user
  can tell which file was sent. Append-only like answer_history: the record of what left the
  machine is never rewritten.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answer") as batch:
        batch.add_column(sa.Column("plan_measure", sa.Text, nullable=True))
    op.create_table(
        "export_record",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cycle_id", sa.Integer, sa.ForeignKey("cycle.id"), nullable=False),
        sa.Column("exported_at", sa.String, nullable=False),
        sa.Column("exported_by", sa.String, nullable=False, server_default=""),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("include_notes", sa.Boolean, nullable=False),
        sa.Column("encrypted", sa.Boolean, nullable=False),
        sa.Column("pdf_path", sa.Text, nullable=True),
        sa.Column("pdf_sha256", sa.String, nullable=True),
        sa.Column("bundle_path", sa.Text, nullable=False),
        sa.Column("bundle_sha256", sa.String, nullable=False),
        sa.Column("key_fingerprint", sa.String, nullable=False),
    )
    op.create_index("ix_export_record_cycle", "export_record", ["cycle_id"])
    op.execute(
        "CREATE TRIGGER export_record_no_update BEFORE UPDATE ON export_record "
        "BEGIN SELECT RAISE(ABORT, 'export history is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER export_record_no_delete BEFORE DELETE ON export_record "
        "BEGIN SELECT RAISE(ABORT, 'export history is append-only'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a workspace; restore a backup instead")
