"""The institution profile of a workspace."""

from __future__ import annotations

import json

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.store.access import Access
from fsadesk.store.clock import now_iso
from fsadesk.store.models import InstitutionRow
from fsadesk.store.records import profile_from_row


class InstitutionRepository:
    def __init__(self, bind: Engine | Connection) -> None:
        """On an Engine each call is its own transaction; on a unit of work's Connection, calls
        join that transaction."""
        self._access = Access(bind)

    def get(self) -> InstitutionProfile | None:
        with self._access.read() as conn, Session(conn) as s:
            row = s.scalar(select(InstitutionRow).where(InstitutionRow.id == 1))
            if row is None:
                return None
            return profile_from_row(row)

    def save(self, profile: InstitutionProfile) -> None:
        with self._access.write() as conn, Session(conn) as s:
            row = s.get(InstitutionRow, 1) or InstitutionRow(id=1)
            row.name = profile.name
            row.institution_id = profile.institution_id
            row.category = profile.category
            row.size_band = profile.size_band.value
            row.is_fmi = profile.is_fmi
            row.scope = profile.scope.value
            row.applicability = json.dumps(profile.applicability, sort_keys=True)
            row.updated_at = now_iso()
            s.add(row)
            s.flush()
