"""Building bundles: round trip, determinism, leaving out notes, and the pre-export preview."""

from __future__ import annotations

import datetime as dt
import json
import stat

import pytest

from fsadesk.app.export import read_record
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.scoring import score
from fsadesk.bundle import errors, spec
from fsadesk.bundle.build import build_bundle, preview
from fsadesk.bundle.keys import fingerprint
from fsadesk.bundle.verify import verify_bundle, verify_bytes
from tests.bundle_support import FAKE_PDF, build, make_demo, members_of


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return make_demo(tmp_path_factory.mktemp("build") / "demo")


def test_round_trip_reads_back_what_is_stored(demo, catalogue, tmp_path):
    """export → verify → read back gives the stored profile, answers, history counts and scores."""
    out = tmp_path / "a.fsab"
    with demo.open() as ws:
        info = build_bundle(
            read_record(ws, catalogue, demo.cycle_id), catalogue, out, demo.private_key, report_pdf=FAKE_PDF
        )
        stored_answers = ws.answers.load(demo.cycle_id)
        profile = ws.institution.get()
        history = ws.answers.history(demo.cycle_id)
    result = verify_bundle(out, public_key=demo.public_key)
    assert result.answers() == stored_answers
    assert result.profile() == profile
    assert result.report_pdf == FAKE_PDF
    assert result.fingerprint == info.fingerprint == fingerprint(demo.public_key)
    assert result.assessment["history"]["changes"] == len(history)
    assert result.assessment["scores"] == score(catalogue, profile, stored_answers).to_dict()
    assert result.manifest["catalogue"] == {
        "id": catalogue.id,
        "version": catalogue.version,
        "digest": catalogue.digest,
    }
    assert info.size == out.stat().st_size


def test_bundle_file_is_private_and_complete(demo, catalogue, tmp_path):
    """The bundle holds answers: it is written mode 0600, with no temporary file left behind."""
    out = tmp_path / "a.fsab"
    with demo.open() as ws:
        build_bundle(read_record(ws, catalogue, demo.cycle_id), catalogue, out, demo.private_key, report_pdf=FAKE_PDF)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["a.fsab"]


def test_two_exports_are_byte_identical(demo, catalogue, tmp_path):
    """Exporting the same data twice gives the same file, byte for byte (signature included)."""
    paths = [tmp_path / "one.fsab", tmp_path / "two.fsab"]
    with demo.open() as ws:
        for path in paths:
            build_bundle(
                read_record(ws, catalogue, demo.cycle_id), catalogue, path, demo.private_key, report_pdf=FAKE_PDF
            )
    assert paths[0].read_bytes() == paths[1].read_bytes()


def test_creation_time_comes_from_the_data(demo, catalogue):
    """`created` is the newest stored change, not the clock; an explicit time overrides it."""
    with demo.open() as ws:
        newest = max(h.changed_at for h in ws.answers.history(demo.cycle_id))
    manifest = json.loads(members_of(build(demo, catalogue))[spec.MANIFEST])
    assert manifest["created"] == dt.datetime.fromisoformat(newest).strftime("%Y-%m-%dT%H:%M:%SZ")
    given = dt.datetime(2027, 3, 31, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    manifest = json.loads(members_of(build(demo, catalogue, created=given))[spec.MANIFEST])
    assert manifest["created"] == "2027-03-31T09:00:00Z"
    with pytest.raises(ValueError, match="timezone"):
        build(demo, catalogue, created=dt.datetime(2027, 3, 31))


def test_a_change_changes_the_bundle(tmp_path, catalogue):
    """One edited answer gives a different assessment.json and a later creation time."""
    demo = make_demo(tmp_path / "demo")
    before = members_of(build(demo, catalogue))
    with demo.open() as ws:
        ws.answers.save(demo.cycle_id, Answer("2.1.1-B1", Status.PARTIAL, notes="見直し中"), by="test")
    after = members_of(build(demo, catalogue))
    assert before[spec.ASSESSMENT] != after[spec.ASSESSMENT]
    assert json.loads(after[spec.MANIFEST])["created"] >= json.loads(before[spec.MANIFEST])["created"]


def test_no_notes_leaves_out_free_text_but_keeps_scores(demo, catalogue):
    """include_notes=False drops notes, evidence and justification; the scores still recompute."""
    result = verify_bytes(build(demo, catalogue, include_notes=False), public_key=demo.public_key)
    doc = result.assessment
    assert doc["includes_notes"] is False and result.manifest["includes_notes"] is False
    text = json.dumps(doc, ensure_ascii=False)
    with demo.open() as ws:
        stored = ws.answers.load(demo.cycle_id)
        profile = ws.institution.get()
    for answer in stored.values():
        for value in (answer.notes, answer.evidence, answer.justification):
            assert not value or value not in text, f"{answer.item_id}: free text left the PC"
    assert all(not {"notes", "evidence", "justification"} & set(a) for a in doc["answers"])
    assert score(catalogue, result.profile(), result.answers()).to_dict() == doc["scores"]
    assert doc["scores"] == score(catalogue, profile, stored).to_dict()


def test_preview_counts_what_leaves(demo, catalogue):
    """The preview counts answers and free text, names the people, and follows the notes choice."""
    with demo.open() as ws:
        stored = ws.answers.load(demo.cycle_id)
        record = read_record(ws, catalogue, demo.cycle_id)
        key = fingerprint(demo.public_key)
        shown = preview(record, catalogue, include_notes=False, key_fingerprint=key)
        full = preview(record, catalogue, include_notes=True, key_fingerprint=key)
    assert shown["answers"] == len(stored)
    assert shown["free_text"]["notes"] == {"answers": sum(bool(a.notes) for a in stored.values()), "included": False}
    assert full["free_text"]["notes"]["included"] is True
    assert shown["assessment_json_bytes"] < full["assessment_json_bytes"]
    owners = {a.plan.owner for a in stored.values() if a.plan}
    assert owners and owners <= set(shown["people_named"])
    assert shown["members"] == list(spec.MEMBER_ORDER)
    assert shown["signing_key"] == {"exists": True, "fingerprint": fingerprint(demo.public_key)}


def test_oversized_report_refused_before_writing(demo, catalogue, tmp_path):
    """A report over the member limit is refused at export, not only at verification."""
    huge = b"%PDF-" + bytes(spec.LIMITS.for_member(spec.REPORT))
    with demo.open() as ws, pytest.raises(errors.OversizedMember, match=r"report\.pdf"):
        build_bundle(
            read_record(ws, catalogue, demo.cycle_id), catalogue, tmp_path / "x.fsab", demo.private_key, report_pdf=huge
        )
    assert not list(tmp_path.iterdir())
