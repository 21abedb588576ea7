"""Initial central schema: the organisation, its members and their signing keys.

Revision ID: c0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None

ACTIVE_KEY = "retired_at IS NULL AND revoked_at IS NULL"


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("signing_fingerprint", sa.String, nullable=True),
        sa.Column("signing_public_key_pem", sa.Text, nullable=True),
        sa.Column("age_recipient", sa.String, nullable=True),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("institution_id", sa.String, nullable=False, unique=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("category", sa.String, nullable=False, server_default=""),
        sa.Column("size_band", sa.String, nullable=False, server_default=""),
        sa.Column("region", sa.String, nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("updated_at", sa.String, nullable=False),
    )
    op.create_table(
        "member_key",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id"), nullable=False),
        # UNIQUE: two analysts enrolling the same file at once end with one row, not two.
        sa.Column("fingerprint", sa.String, nullable=False, unique=True),
        sa.Column("public_key_pem", sa.Text, nullable=False),
        sa.Column("enrolled_at", sa.String, nullable=False),
        sa.Column("confirmed_by", sa.String, nullable=False, server_default=""),
        sa.Column("retired_at", sa.String, nullable=True),
        sa.Column("revoked_at", sa.String, nullable=True),
        sa.Column("revoke_reason", sa.Text, nullable=True),
    )
    # At most one active key per member, kept by the database itself (both SQLite and PostgreSQL
    # have partial indexes), not only by the use case that rotates keys.
    op.create_index(
        "member_key_one_active",
        "member_key",
        ["member_id"],
        unique=True,
        sqlite_where=sa.text(ACTIVE_KEY),
        postgresql_where=sa.text(ACTIVE_KEY),
    )
    op.create_index("member_key_member", "member_key", ["member_id"])


def downgrade() -> None:
    raise NotImplementedError("fsadesk never downgrades a central database; restore the backup instead")
