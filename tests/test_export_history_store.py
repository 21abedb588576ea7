"""The export history in a real workspace file: records added inside a unit of work, listed
newest first per cycle, and never changed or removed afterwards (the schema's triggers)."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from fsadesk.assessment.export_record import ExportRecord
from fsadesk.store import open_workspace
from fsadesk.store.files import DB_NAME
from tests.workspace_support import dump, make_demo


def _record(cycle_id: int, at: str, lang: str = "ja") -> ExportRecord:
    return ExportRecord(
        cycle_id=cycle_id,
        exported_at=at,
        exported_by="sato",
        language=lang,
        include_notes=False,
        encrypted=True,
        pdf_path="/home/sato/Documents/DEMO-0001_2026年度_ja.pdf",
        pdf_sha256="a" * 64,
        bundle_path="/home/sato/Documents/DEMO-0001_2026年度_ja.fsab",
        bundle_sha256="b" * 64,
        key_fingerprint="SHA256:abc",
    )


def test_records_are_stored_and_listed_newest_first(tmp_path: Path) -> None:
    folder = make_demo(tmp_path)
    with open_workspace(folder) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        assert ws.exports.for_cycle(cycle.id) == []
        with ws.unit_of_work() as uow:
            uow.exports.add(_record(cycle.id, "2027-05-20T01:00:00.000000+00:00", "ja"))
            uow.exports.add(_record(cycle.id, "2027-05-21T01:00:00.000000+00:00", "en"))
    with open_workspace(folder) as ws:  # read back from the file, opened anew
        listed = ws.exports.for_cycle(cycle.id)
        assert [r.language for r in listed] == ["en", "ja"]
        assert dataclasses.replace(listed[1], id=0) == _record(cycle.id, "2027-05-20T01:00:00.000000+00:00")
        assert ws.exports.for_cycle(cycle.id + 100) == []


def test_a_failed_unit_of_work_stores_no_record(tmp_path: Path) -> None:
    folder = make_demo(tmp_path)
    before = dump(folder)
    with open_workspace(folder) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        with pytest.raises(RuntimeError), ws.unit_of_work() as uow:
            uow.exports.add(_record(cycle.id, "2027-05-20T01:00:00.000000+00:00"))
            raise RuntimeError("a later step fails")
    assert dump(folder) == before


@pytest.mark.parametrize(
    "statement", ["UPDATE export_record SET bundle_sha256 = 'forged'", "DELETE FROM export_record"]
)
def test_history_cannot_be_changed_or_removed(tmp_path: Path, statement: str) -> None:
    folder = make_demo(tmp_path)
    with open_workspace(folder) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        ws.exports.add(_record(cycle.id, "2027-05-20T01:00:00.000000+00:00"))
    before = dump(folder)
    con = sqlite3.connect(folder / DB_NAME)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(statement)
        con.commit()
    finally:
        con.close()
    assert dump(folder) == before
