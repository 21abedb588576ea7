"""Initial workspace schema: institution, cycles, answers and append-only answer history.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "institution",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False, server_default=""),
        sa.Column("institution_id", sa.String, nullable=False, server_default=""),
        sa.Column("category", sa.String, nullable=False, server_default=""),
        sa.Column("size_band", sa.String, nullable=False, server_default="small"),
        sa.Column("is_fmi", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("scope", sa.String, nullable=False, server_default="basic"),
        sa.Column("applicability", sa.Text, nullable=False, server_default="{}"),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    op.create_table(
        "cycle",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String, nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("catalogue_id", sa.String, nullable=False),
        sa.Column("catalogue_version", sa.String, nullable=False),
        sa.Column("catalogue_digest", sa.String, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("copied_from_id", sa.Integer, sa.ForeignKey("cycle.id"), nullable=True),
        sa.Column("state", sa.String, nullable=False, server_default="open"),
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cycle_id", sa.Integer, sa.ForeignKey("cycle.id"), nullable=False),
        sa.Column("item_id", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False, server_default="unanswered"),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("evidence", sa.Text, nullable=False, server_default=""),
        sa.Column("justification", sa.Text, nullable=False, server_default=""),
        sa.Column("plan_owner", sa.String, nullable=True),
        sa.Column("plan_target_date", sa.String, nullable=True),
        sa.Column("plan_priority", sa.String, nullable=True),
        sa.Column("acceptance_by", sa.String, nullable=True),
        sa.Column("acceptance_reason", sa.Text, nullable=True),
        sa.Column("acceptance_date", sa.String, nullable=True),
        sa.Column("updated_at", sa.String, nullable=False),
        sa.Column("updated_by", sa.String, nullable=False, server_default=""),
        sa.UniqueConstraint("cycle_id", "item_id"),
    )
    op.create_table(
        "answer_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cycle_id", sa.Integer, sa.ForeignKey("cycle.id"), nullable=False),
        sa.Column("item_id", sa.String, nullable=False),
        sa.Column("changed_at", sa.String, nullable=False),
        sa.Column("changed_by", sa.String, nullable=False),
        sa.Column("old", sa.Text, nullable=True),
        sa.Column("new", sa.Text, nullable=False),
    )
    op.create_index("ix_answer_history_cycle_item", "answer_history", ["cycle_id", "item_id"])
    # History is evidence of who changed what: the database itself refuses edits and deletions.
    op.execute(
        "CREATE TRIGGER answer_history_no_update BEFORE UPDATE ON answer_history "
        "BEGIN SELECT RAISE(ABORT, 'answer history is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER answer_history_no_delete BEFORE DELETE ON answer_history "
        "BEGIN SELECT RAISE(ABORT, 'answer history is append-only'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a workspace; restore a backup instead")
