"""Central schema c0003: an index for the dashboard's weakest items.

The dashboard reads every Not implemented answer of a cycle's current submissions. Without an index
the database reads the whole submission_answer table for it: every answer of every submission ever
taken in, each with its notes (about 1 KB), some 300 MB for 1,000 members × 3 campaigns. This index
holds the status, the submission and the item, so those answers are found and read from the index
alone.

Revision ID: c0003
Revises: c0002
"""

from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("submission_answer_status", "submission_answer", ["status", "submission_id", "item_id"])


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a central database; restore the backup instead")
