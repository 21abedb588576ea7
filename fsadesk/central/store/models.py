"""SQLAlchemy table models of a central database (schema at its Alembic head).

Times are ISO 8601 strings in UTC, as in the member workspace: the same text on SQLite and
PostgreSQL, and sortable.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class OrganisationRow(Base):
    """The single central organisation a database belongs to (id is always 1)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String)
    signing_fingerprint: Mapped[str | None] = mapped_column(String, nullable=True)
    signing_public_key_pem: Mapped[str | None] = mapped_column(Text, nullable=True)
    age_recipient: Mapped[str | None] = mapped_column(String, nullable=True)


class MemberRow(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    institution_id: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(String, default="")
    size_band: Mapped[str] = mapped_column(String, default="")
    region: Mapped[str] = mapped_column(String, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)


# A key is active while it is neither retired nor revoked; a member has at most one active key.
ACTIVE_KEY = "retired_at IS NULL AND revoked_at IS NULL"


class MemberKeyRow(Base):
    __tablename__ = "member_key"
    __table_args__ = (
        Index(
            "member_key_one_active",
            "member_id",
            unique=True,
            sqlite_where=text(ACTIVE_KEY),
            postgresql_where=text(ACTIVE_KEY),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    fingerprint: Mapped[str] = mapped_column(String, unique=True)
    public_key_pem: Mapped[str] = mapped_column(Text)
    enrolled_at: Mapped[str] = mapped_column(String)
    confirmed_by: Mapped[str] = mapped_column(String, default="")
    retired_at: Mapped[str | None] = mapped_column(String, nullable=True)
    revoked_at: Mapped[str | None] = mapped_column(String, nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
