"""A cycle's plain record: read once from the workspace, and the same record back from its bundle."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from fsadesk.app.export import read_record
from fsadesk.assessment.answers import Answer, Status
from fsadesk.bundle import spec
from fsadesk.bundle.build import assessment_document, bundle_bytes
from fsadesk.bundle.canonical import canonical_json
from fsadesk.bundle.errors import AssessmentInvalid
from fsadesk.bundle.verify import parse_assessment, verify_bytes
from fsadesk.catalogue import Catalogue
from fsadesk.cli import run
from fsadesk.store import open_workspace
from tests.bundle_support import FAKE_PDF, make_demo, members_of


@pytest.fixture
def workspace(tmp_path: Path, catalogue: Catalogue) -> tuple[Path, int, int]:
    """The demo workspace and a later cycle copied from it with one answer changed."""
    folder = tmp_path / "demo"
    with contextlib.redirect_stdout(io.StringIO()):
        assert run(["demo", str(folder)]) == 0
    with open_workspace(folder) as ws:
        first = ws.cycles.latest()
        assert first is not None
        second = ws.cycles.create("次年度", first.fiscal_year + 1, catalogue, copied_from=first.id)
        ws.answers.save(second.id, Answer("2.1.1-B1", Status.NOT_IMPLEMENTED, notes="後退"), by="test")
    return folder, first.id, second.id


def test_record_holds_the_cycle_its_previous_and_history(workspace, catalogue):
    """The record names the previous cycle with its answers, and sums the history as the bundle did."""
    folder, first, second = workspace
    with open_workspace(folder) as ws:
        record = read_record(ws, catalogue, second)
        assert record.previous is not None and record.previous.id == first
        assert record.previous.answers == ws.answers.load(first)
        assert record.answers == ws.answers.load(second)
        assert record.history.changes == len(ws.answers.history(second)) == 1
        assert record.history.items["2.1.1-B1"].changes == 1
        assert record.profile == ws.institution.get()
        assert read_record(ws, catalogue, first).previous is None


def test_shared_without_notes_drops_free_text_of_both_cycles(workspace, catalogue):
    """Leaving the notes out leaves them out of the previous cycle's answers too."""
    folder, _, second = workspace
    with open_workspace(folder) as ws:
        shared = read_record(ws, catalogue, second).shared(False)
    assert shared.previous is not None
    for answers in (shared.answers, shared.previous.answers):
        assert all(not (a.notes or a.evidence or a.justification) for a in answers.values())
    with pytest.raises(ValueError, match="cannot be put back"):
        shared.shared(True)


@pytest.mark.parametrize("notes", [True, False])
def test_the_bundle_gives_the_same_record_back(workspace, catalogue, tmp_path, notes):
    """The record read back from a verified bundle equals the record the bundle was built from."""
    demo = make_demo(tmp_path / "keyed")
    folder, _, second = workspace
    with open_workspace(folder) as ws:
        record = read_record(ws, catalogue, second).shared(notes)
    data, _ = bundle_bytes(record, catalogue, demo.private_key, report_pdf=FAKE_PDF)
    assert verify_bytes(data, public_key=demo.public_key).record() == record


def test_a_format_1_assessment_still_verifies_without_a_previous_cycle(workspace, catalogue):
    """Bundles written before the previous cycle was carried (format 1) are still read."""
    folder, _, second = workspace
    with open_workspace(folder) as ws:
        doc = assessment_document(read_record(ws, catalogue, second), catalogue)
    manifest = {
        "institution": {"id": doc["institution"]["institution_id"]},
        "cycle": {"id": doc["cycle"]["id"]},
        "includes_notes": doc["includes_notes"],
        "scoring_engine": doc["scores"]["engine_version"],
        "catalogue": doc["scores"]["catalogue"],
    }
    assert doc["format_version"] == spec.ASSESSMENT_FORMAT_VERSION == 3 and doc["previous"] is not None
    # Format 1 as it was written: no previous cycle, no finalise note, plans without a measure.
    old = {k: v for k, v in doc.items() if k != "previous"} | {"format_version": 1}
    old["cycle"] = {k: v for k, v in doc["cycle"].items() if k != "finalise_note"}
    old["answers"] = [a | {"plan": _without_measure(a["plan"])} for a in doc["answers"]]
    doc = doc | {"answers": old["answers"], "cycle": old["cycle"]}  # a format-2 document but for its number
    assert parse_assessment(canonical_json(old), manifest)["format_version"] == 1
    with pytest.raises(AssessmentInvalid, match="previous cycle"):
        parse_assessment(canonical_json(doc | {"format_version": 1}), manifest)
    with pytest.raises(AssessmentInvalid, match="previous cycle"):
        parse_assessment(canonical_json(old | {"format_version": 2}), manifest)


def _without_measure(plan: dict | None) -> dict | None:
    return None if plan is None else {k: v for k, v in plan.items() if k != "measure"}


def test_record_is_read_in_one_transaction(workspace, catalogue):
    """One export reads the workspace in one read transaction (one snapshot), not one per table."""
    from sqlalchemy import event

    folder, _, second = workspace
    with open_workspace(folder) as ws:
        begins: list[object] = []
        event.listen(ws.engine, "begin", lambda conn: begins.append(conn))
        read_record(ws, catalogue, second)
    assert len(begins) == 1


def test_members_carry_the_previous_cycle(workspace, catalogue, tmp_path):
    """assessment.json names the previous cycle the report compares with, by id and label."""
    demo = make_demo(tmp_path / "keyed")
    folder, first, second = workspace
    with open_workspace(folder) as ws:
        data, _ = bundle_bytes(read_record(ws, catalogue, second), catalogue, demo.private_key, report_pdf=FAKE_PDF)
    doc = json.loads(members_of(data)[spec.ASSESSMENT])
    assert doc["previous"]["id"] == first and len(doc["previous"]["answers"]) > 0
