"""SQLAlchemy table models of a workspace database (schema at Alembic head)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class InstitutionRow(Base):
    """The single institution a workspace belongs to (id is always 1)."""

    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, default="")
    institution_id: Mapped[str] = mapped_column(String, default="")
    category: Mapped[str] = mapped_column(String, default="")
    size_band: Mapped[str] = mapped_column(String, default="small")
    is_fmi: Mapped[bool] = mapped_column(default=False)
    scope: Mapped[str] = mapped_column(String, default="basic")
    applicability: Mapped[str] = mapped_column(Text, default="{}")  # JSON object of question id -> bool
    updated_at: Mapped[str] = mapped_column(String)


class CycleRow(Base):
    __tablename__ = "cycle"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    catalogue_id: Mapped[str] = mapped_column(String)
    catalogue_version: Mapped[str] = mapped_column(String)
    catalogue_digest: Mapped[str] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String)
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("cycle.id"), nullable=True)
    state: Mapped[str] = mapped_column(String, default="open")
    last_item_id: Mapped[str | None] = mapped_column(String, nullable=True)  # resume position
    finalised_at: Mapped[str | None] = mapped_column(String, nullable=True)
    finalised_by: Mapped[str | None] = mapped_column(String, nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    revision_of_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the finalised original
    profile: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: the profile it was finalised with
    finalise_note: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: finalised with open points


class SignOffRow(Base):
    """Who prepared, reviewed and approved a cycle (one row per role)."""

    __tablename__ = "signoff"
    __table_args__ = (UniqueConstraint("cycle_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id"))
    role: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str] = mapped_column(String, default="")
    date: Mapped[str | None] = mapped_column(String, nullable=True)
    recorded_at: Mapped[str] = mapped_column(String)


class AnswerRow(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("cycle_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id"))
    item_id: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String, default="unanswered")
    notes: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    justification: Mapped[str] = mapped_column(Text, default="")
    plan_owner: Mapped[str | None] = mapped_column(String, nullable=True)
    plan_target_date: Mapped[str | None] = mapped_column(String, nullable=True)
    plan_priority: Mapped[str | None] = mapped_column(String, nullable=True)
    plan_measure: Mapped[str | None] = mapped_column(Text, nullable=True)  # what will be done
    acceptance_by: Mapped[str | None] = mapped_column(String, nullable=True)
    acceptance_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    acceptance_date: Mapped[str | None] = mapped_column(String, nullable=True)
    marked_for_review: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[str] = mapped_column(String)
    updated_by: Mapped[str] = mapped_column(String, default="")


class AnswerHistoryRow(Base):
    """Append-only: triggers in the migration refuse UPDATE and DELETE."""

    __tablename__ = "answer_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id"))
    item_id: Mapped[str] = mapped_column(String)
    changed_at: Mapped[str] = mapped_column(String)
    changed_by: Mapped[str] = mapped_column(String)
    old: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON of the answer before, or NULL
    new: Mapped[str] = mapped_column(Text)  # JSON of the answer after


class ExportRecordRow(Base):
    """One export of a cycle: what was written where (append-only; triggers refuse UPDATE and DELETE)."""

    __tablename__ = "export_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id"))
    exported_at: Mapped[str] = mapped_column(String)
    exported_by: Mapped[str] = mapped_column(String, default="")
    language: Mapped[str] = mapped_column(String)
    include_notes: Mapped[bool] = mapped_column()
    encrypted: Mapped[bool] = mapped_column()
    pdf_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String, nullable=True)
    bundle_path: Mapped[str] = mapped_column(Text)
    bundle_sha256: Mapped[str] = mapped_column(String)
    key_fingerprint: Mapped[str] = mapped_column(String)
    # Before age encryption (= bundle_sha256 when not encrypted); NULL before schema 0007.
    signed_sha256: Mapped[str | None] = mapped_column(String, nullable=True)


class CampaignRow(Base):
    """A campaign file the member imported: its signed bytes and the fields shown (schema 0007)."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[str] = mapped_column(String, unique=True)
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[str] = mapped_column(String)
    imported_by: Mapped[str] = mapped_column(String, default="")
    title: Mapped[str] = mapped_column(String)
    cycle_label: Mapped[str] = mapped_column(String)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[str] = mapped_column(String)  # ISO date
    catalogue_id: Mapped[str] = mapped_column(String)
    catalogue_version: Mapped[str] = mapped_column(String)
    catalogue_digest: Mapped[str] = mapped_column(String)
    organisation_name: Mapped[str] = mapped_column(String)
    fingerprint: Mapped[str] = mapped_column(String)
    age_recipient: Mapped[str] = mapped_column(String)


class ReceiptRow(Base):
    """A receipt the member imported (append-only; triggers refuse UPDATE and DELETE)."""

    __tablename__ = "receipt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String, unique=True)
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    campaign_id: Mapped[str] = mapped_column(String)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id"))
    bundle_sha256: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    flags: Mapped[str] = mapped_column(Text)  # JSON list of flag words
    received: Mapped[str] = mapped_column(String)  # ISO UTC
    organisation_name: Mapped[str] = mapped_column(String)
    fingerprint: Mapped[str] = mapped_column(String)
    imported_at: Mapped[str] = mapped_column(String)


class BenchmarkPackRow(Base):
    """A benchmark pack the member imported (schema 0008; append-only: triggers refuse UPDATE and
    DELETE). Its signed bytes as received, beside the fields that choose which pack a cycle shows."""

    __tablename__ = "benchmark_pack"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String, unique=True)
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    campaign_id: Mapped[str] = mapped_column(String)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    cycle_label: Mapped[str] = mapped_column(String)
    organisation_name: Mapped[str] = mapped_column(String)
    fingerprint: Mapped[str] = mapped_column(String)
    catalogue_digest: Mapped[str] = mapped_column(String)
    created: Mapped[str] = mapped_column(String)  # ISO UTC, as the pack states it
    imported_at: Mapped[str] = mapped_column(String)
    imported_by: Mapped[str] = mapped_column(String, default="")
