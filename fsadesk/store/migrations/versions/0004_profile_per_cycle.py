"""The institution profile a cycle was finalised with, so later changes to the profile (scope,
applicability answers) never change what was signed off.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cycle") as batch:
        batch.add_column(sa.Column("profile", sa.Text, nullable=True))  # JSON, set when finalised
    # Cycles finalised before this version were signed off under the profile the workspace has
    # now (there was no way to change it): freeze that.
    conn = op.get_bind()
    row = conn.execute(
        sa.text("SELECT name, institution_id, category, size_band, is_fmi, scope, applicability FROM institution")
    ).first()
    if row is not None:
        import json

        profile = {
            "name": row.name,
            "institution_id": row.institution_id,
            "category": row.category,
            "size_band": row.size_band,
            "is_fmi": bool(row.is_fmi),
            "scope": row.scope,
            "applicability": json.loads(row.applicability),
        }
        conn.execute(
            sa.text("UPDATE cycle SET profile = :p WHERE state = 'final'"),
            {"p": json.dumps(profile, ensure_ascii=False, sort_keys=True)},
        )


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a workspace; restore a backup instead")
