"""Sign-off of a cycle, finalising (read-only), and revisions that keep the finalised original.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cycle") as batch:
        batch.add_column(sa.Column("finalised_at", sa.String, nullable=True))
        batch.add_column(sa.Column("finalised_by", sa.String, nullable=True))
        batch.add_column(sa.Column("revision", sa.Integer, nullable=False, server_default="1"))
        batch.add_column(sa.Column("revision_of_id", sa.Integer, nullable=True))
    op.create_table(
        "signoff",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cycle_id", sa.Integer, sa.ForeignKey("cycle.id"), nullable=False),
        sa.Column("role", sa.String, nullable=False),  # preparer | reviewer | approver
        sa.Column("name", sa.String, nullable=False, server_default=""),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("date", sa.String, nullable=True),
        sa.Column("recorded_at", sa.String, nullable=False),
        sa.UniqueConstraint("cycle_id", "role"),
    )


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a workspace; restore a backup instead")
