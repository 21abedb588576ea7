"""Why a cycle was finalised with points still open, and how many were open (issue #11 point 1):
recorded with the lock, so the report can say it.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # JSON {"reason": ..., "open": {kind: count}}; NULL for every cycle finalised with nothing open
    # (and for all cycles finalised before this version, which did not ask).
    with op.batch_alter_table("cycle") as batch:
        batch.add_column(sa.Column("finalise_note", sa.Text, nullable=True))


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a workspace; restore a backup instead")
