"""Sign-off and lock: a finalised cycle is read-only; changes go into a new revision."""

from __future__ import annotations

import pytest

from fsadesk.app.cycles import start_revision
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.store.errors import CycleLocked
from tests.workspace_support import ALL_SIGNOFFS, SIGNED_ON

D = SIGNED_ON
ALL = ALL_SIGNOFFS


@pytest.fixture
def ws(tmp_path):
    run(["demo", str(tmp_path / "demo")])
    with open_workspace(tmp_path / "demo") as workspace:
        yield workspace


def test_finalise_needs_all_three_signoffs(ws):
    """Finalising is refused, naming the missing roles, until preparer, reviewer and approver are in."""
    cycle = ws.cycles.latest()
    ws.cycles.set_signoff(cycle.id, ALL[0])
    with pytest.raises(ValueError, match="reviewer, approver"):
        ws.cycles.finalise(cycle.id, by="sato")
    for s in ALL[1:]:
        ws.cycles.set_signoff(cycle.id, s)
    assert ws.cycles.signoffs(cycle.id) == ALL
    final = ws.cycles.finalise(cycle.id, by="sato")
    assert final.state == "final" and final.finalised_by == "sato" and final.finalised_at


def test_finalised_cycle_is_read_only(ws):
    """After finalising, answers and sign-offs cannot be changed, and nothing is written."""
    cycle = ws.cycles.latest()
    for s in ALL:
        ws.cycles.set_signoff(cycle.id, s)
    ws.cycles.finalise(cycle.id, by="sato")
    before = ws.answers.load(cycle.id)
    with pytest.raises(CycleLocked):
        ws.answers.save(cycle.id, Answer("2.1.1-B1", Status.NOT_IMPLEMENTED))
    with pytest.raises(CycleLocked):
        ws.cycles.set_signoff(cycle.id, SignOff(Role.PREPARER, "別人", "", D))
    with pytest.raises(CycleLocked):
        ws.cycles.finalise(cycle.id, by="sato")
    assert ws.answers.load(cycle.id) == before
    assert ws.cycles.signoffs(cycle.id) == ALL


def test_revision_keeps_the_finalised_original(ws, catalogue):
    """A new revision starts from the final answers; editing it leaves the signed-off cycle as it was."""
    cycle = ws.cycles.latest()
    for s in ALL:
        ws.cycles.set_signoff(cycle.id, s)
    final = ws.cycles.finalise(cycle.id, by="sato")
    original = ws.answers.load(final.id)
    rev = start_revision(ws, catalogue, final.id, by="sato")
    assert (rev.revision, rev.revision_of_id, rev.fiscal_year, rev.is_open) == (2, final.id, final.fiscal_year, True)
    assert ws.answers.load(rev.id) == original
    ws.answers.save(rev.id, Answer("2.1.1-B1", Status.NOT_IMPLEMENTED))
    assert ws.answers.load(final.id) == original
    assert ws.cycles.signoffs(rev.id) == []  # a revision is signed off afresh
    with pytest.raises(ValueError, match="still open"):
        start_revision(ws, catalogue, rev.id)


def test_bundle_of_a_finalised_cycle_carries_the_signoff(ws, catalogue, tmp_path):
    """The signed bundle states that the cycle is final, when, and who signed it off."""
    from fsadesk.app.export import read_record
    from fsadesk.bundle.build import build_bundle
    from fsadesk.bundle.keys import generate_signing_key, load_signing_key
    from fsadesk.bundle.verify import verify_bundle

    cycle = ws.cycles.latest()
    for s in ALL:
        ws.cycles.set_signoff(cycle.id, s)
    final = ws.cycles.finalise(cycle.id, by="sato")
    public = generate_signing_key(ws.folder, "passphrase for tests")
    key = load_signing_key(ws.folder, "passphrase for tests")
    out = tmp_path / "b.fsab"
    build_bundle(read_record(ws, catalogue, final.id), catalogue, out, key, report_pdf=b"%PDF-1.4 test")
    doc = verify_bundle(out, public_key=public).assessment["cycle"]
    assert doc["state"] == "final" and doc["finalised"] and doc["revision"] == 1
    assert [(s["role"], s["name"], s["date"]) for s in doc["signoffs"]] == [
        ("preparer", "佐藤 花子", "2027-05-20"),
        ("reviewer", "鈴木 一郎", "2027-05-20"),
        ("approver", "田中 太郎", "2027-05-20"),
    ]


def _finalised(ws):
    cycle = ws.cycles.latest()
    for s in ALL:
        ws.cycles.set_signoff(cycle.id, s)
    return ws.cycles.finalise(cycle.id, by="sato")


def test_a_finalised_cycle_keeps_the_profile_it_was_signed_off_under(ws, catalogue):
    """Changing the profile later (scope, answers about the systems) changes open cycles only:
    the finalised cycle's scores, report and bundle stay as signed off."""
    import dataclasses

    from fsadesk.app.answering import AssessmentSession
    from fsadesk.app.export import read_record
    from fsadesk.assessment.profile import Scope

    before = ws.institution.get()
    final = _finalised(ws)
    assert final.profile == before
    scores_before = AssessmentSession(ws, catalogue, final.id).scores()
    changed = dataclasses.replace(
        before,
        scope=Scope.BASIC_AND_DESIRABLE,
        applicability={q: not v for q, v in before.applicability.items()},
    )
    ws.institution.save(changed)
    assert ws.profile_for(ws.cycles.get(final.id)) == before
    assert AssessmentSession(ws, catalogue, final.id).scores() == scores_before
    assert read_record(ws, catalogue, final.id).profile == before
    revision = start_revision(ws, catalogue, final.id)
    assert ws.profile_for(revision) == changed  # open work follows the current profile


def test_upgrade_freezes_the_profile_of_cycles_finalised_before(tmp_path, catalogue):
    """A workspace from before profiles were kept per cycle: its finalised cycles get the profile
    the workspace had, which is the one they were signed off under."""
    from fsadesk.store import schema
    from fsadesk.store.engine import make_engine
    from fsadesk.store.files import create_private_file, make_private_dir

    folder = tmp_path / "old"
    make_private_dir(folder)
    db = folder / "workspace.sqlite"
    create_private_file(db)
    engine = make_engine(db)
    schema.upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO institution (id, name, institution_id, category, size_band, is_fmi, scope, applicability,"
            " updated_at) VALUES (1, 'みなと信用組合', 'SK-1', 'regional', 'small', 0, 'basic',"
            " '{\"uses_cloud\": true}', '2026-05-01T00:00:00Z')"
        )
        conn.exec_driver_sql(
            "INSERT INTO cycle (id, label, fiscal_year, catalogue_id, catalogue_version, catalogue_digest, created_at,"
            " state, revision) VALUES (1, '2025年度', 2025, 'x', 'x', 'x', '2026-05-01', 'final', 1),"
            " (2, '2026年度', 2026, 'x', 'x', 'x', '2026-06-01', 'open', 1)"
        )
    engine.dispose()
    with open_workspace(folder) as ws:
        old, current = ws.cycles.all()
        assert old.profile is not None and old.profile.name == "みなと信用組合"
        assert old.profile.applicability == {"uses_cloud": True}
        assert current.profile is None
