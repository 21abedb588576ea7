"""SQLAlchemy table models of a central database (schema at its Alembic head).

Times are ISO 8601 strings in UTC, as in the member workspace: the same text on SQLite and
PostgreSQL, and sortable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, text
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


class CampaignRow(Base):
    """A campaign the organisation sent out (its signed .fsac kept as sent)."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[str] = mapped_column(String, unique=True)
    title: Mapped[str] = mapped_column(String)
    cycle_label: Mapped[str] = mapped_column(String)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[str] = mapped_column(String)  # ISO date
    catalogue_id: Mapped[str] = mapped_column(String)
    catalogue_version: Mapped[str] = mapped_column(String)
    catalogue_digest: Mapped[str] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String)
    file: Mapped[bytes] = mapped_column(LargeBinary)


class SubmissionRow(Base):
    """One bundle taken in (accepted, or kept in history as a replay). Rejected files have no row."""

    __tablename__ = "submission"
    __table_args__ = (
        Index(
            "submission_one_current",
            "member_id",
            "fiscal_year",
            "cycle_label",
            unique=True,
            sqlite_where=text("is_current"),
            postgresql_where=text("is_current"),
        ),
        Index("submission_member_cycle", "member_id", "fiscal_year", "cycle_label"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"), nullable=True)
    institution_id: Mapped[str] = mapped_column(String)
    institution_name: Mapped[str] = mapped_column(String)
    cycle_label: Mapped[str] = mapped_column(String)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    bundle_sha256: Mapped[str] = mapped_column(String, unique=True)
    bundle_size: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String)
    file_sha256: Mapped[str] = mapped_column(String)
    file_size: Mapped[int] = mapped_column(Integer)
    encrypted: Mapped[bool] = mapped_column(Boolean)
    bundle_created: Mapped[str] = mapped_column(String)
    imported_at: Mapped[str] = mapped_column(String)
    imported_by: Mapped[str] = mapped_column(String, default="")
    status: Mapped[str] = mapped_column(String)
    flags: Mapped[list[str]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    is_current: Mapped[bool] = mapped_column(Boolean)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("submission.id"), nullable=True)
    key_fingerprint: Mapped[str] = mapped_column(String)
    scoring_engine: Mapped[str] = mapped_column(String)
    catalogue_id: Mapped[str] = mapped_column(String)
    catalogue_version: Mapped[str] = mapped_column(String)
    catalogue_digest: Mapped[str] = mapped_column(String)
    profile: Mapped[dict[str, Any]] = mapped_column(JSON)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)
    recomputed_scores: Mapped[dict[str, Any]] = mapped_column(JSON)
    bundle: Mapped[bytes] = mapped_column(LargeBinary)
    receipt: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class SubmissionAnswerRow(Base):
    __tablename__ = "submission_answer"
    # The dashboard's Not implemented answers of a cycle, read from the index alone (schema c0003).
    __table_args__ = (Index("submission_answer_status", "status", "submission_id", "item_id"),)

    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)
    answer: Mapped[dict[str, Any]] = mapped_column(JSON)
