"""The institution profile of a workspace."""

from __future__ import annotations

import json

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.store.clock import now_iso
from fsadesk.store.engine import for_writing
from fsadesk.store.models import InstitutionRow
from fsadesk.store.records import profile_from_row


class InstitutionRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = for_writing(engine)

    def get(self) -> InstitutionProfile | None:
        with Session(self._engine) as s:
            row = s.scalar(select(InstitutionRow).where(InstitutionRow.id == 1))
            if row is None:
                return None
            return profile_from_row(row)

    def save(self, profile: InstitutionProfile) -> None:
        with Session(self._writer) as s, s.begin():
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
