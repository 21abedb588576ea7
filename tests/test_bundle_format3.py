"""Assessment format 3 (issue #11 point 5): every plan carries its measure, and the cycle carries the
reason it was finalised with points still open. Bundles of formats 1 and 2, as the fsadesk versions
of their time wrote them (tests/fixtures/bundle-format-N, made by make_old_bundles.sh), still verify."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fsadesk.app.export import read_record
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, Status
from fsadesk.assessment.readiness import FinaliseNote, OpenKind
from fsadesk.bundle import spec
from fsadesk.bundle.canonical import canonical_json
from fsadesk.bundle.keys import KEY_DIR, PUBLIC_KEY_FILE
from fsadesk.bundle.verify import verify_bytes
from tests.bundle_support import Demo, build, make_demo, members_of, resign, rezip
from tests.workspace_support import ALL_SIGNOFFS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
REASON = "理事会の日程に合わせるため。残りは来年度に評価します。"
MEASURE = "全職員向けの標的型メール訓練を年2回実施し、結果を理事会に報告する。"


def _fsadesk(*argv: object) -> subprocess.CompletedProcess[str]:
    """The real command, as the central organisation runs it."""
    return subprocess.run(
        [sys.executable, "-m", "fsadesk", *map(str, argv)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.fixture(scope="module")
def finalised(tmp_path_factory, catalogue) -> Demo:
    """The demo workspace with a plan that says what will be done, finalised with points still open."""
    demo = make_demo(tmp_path_factory.mktemp("f3") / "demo")
    with demo.open() as ws:
        view = AssessmentWorkspace.of(ws)
        plan = RemediationPlan("情報システム課", dt.date(2027, 3, 31), Priority.HIGH, MEASURE)
        ws.answers.save(demo.cycle_id, Answer("2.1.1-B1", Status.NOT_IMPLEMENTED, plan=plan), by="test")
        note = FinaliseNote.of(view.readiness(catalogue, demo.cycle_id), REASON)
        view.finalise(demo.cycle_id, ALL_SIGNOFFS, by="test", note=note)
    return demo


def _assessment(data: bytes) -> dict:
    return json.loads(members_of(data)[spec.ASSESSMENT])


def test_new_bundles_are_format_3_with_measures_and_the_finalise_note(finalised, catalogue):
    data = build(finalised, catalogue)
    doc = _assessment(data)
    assert doc["format_version"] == 3
    plans = [a["plan"] for a in doc["answers"] if a["plan"] is not None]
    assert plans and all("measure" in p for p in plans)
    assert next(a for a in doc["answers"] if a["item_id"] == "2.1.1-B1")["plan"]["measure"] == MEASURE
    note = doc["cycle"]["finalise_note"]
    assert note["reason"] == REASON
    assert set(note["open"]) == {k.value for k in OpenKind} and note["open"]["unanswered"] > 0
    record = verify_bytes(data, public_key=finalised.public_key).record()
    assert record.cycle.finalise_note is not None and record.cycle.finalise_note.reason == REASON
    with finalised.open() as ws:  # the same record back, so the report drawn from it is the same
        assert record == read_record(ws, catalogue, finalised.cycle_id)
    assert record.answers["2.1.1-B1"].plan.measure == MEASURE


def test_without_notes_the_measure_and_the_reason_stay(finalised, catalogue):
    """The measure is the plan itself and the reason is part of the sign-off: both go without notes."""
    doc = _assessment(build(finalised, catalogue, include_notes=False))
    assert next(a for a in doc["answers"] if a["item_id"] == "2.1.1-B1")["plan"]["measure"] == MEASURE
    assert doc["cycle"]["finalise_note"]["reason"] == REASON


def test_an_open_cycle_has_no_finalise_note(tmp_path, catalogue):
    demo = make_demo(tmp_path / "demo")
    doc = _assessment(build(demo, catalogue))
    assert doc["format_version"] == 3 and doc["cycle"]["finalise_note"] is None
    with demo.open() as ws:
        assert read_record(ws, catalogue, demo.cycle_id).cycle.finalise_note is None


@pytest.mark.parametrize("fmt", [1, 2])
def test_stored_older_bundles_still_verify(fmt, tmp_path):
    """A bundle an older fsadesk made verifies with `fsadesk verify`, and with openssl as the docs say."""
    folder = FIXTURES / f"bundle-format-{fmt}"
    data = (folder / "demo.fsab").read_bytes()
    assert _assessment(data)["format_version"] == fmt
    result = _fsadesk("verify", folder / "demo.fsab", "--key", folder / "enrolment.json")
    assert result.returncode == 0 and result.stdout.startswith("OK: "), result.stderr
    assert "finalised with" not in result.stdout.lower()
    members = members_of(data)
    for name in (spec.MANIFEST, spec.SIGNATURE):
        (tmp_path / name).write_bytes(members[name])
    shutil.copy(folder / "pub.pem", tmp_path / "pub.pem")
    openssl = "openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in manifest.json -sigfile manifest.sig"
    if shutil.which("openssl"):
        checked = subprocess.run(openssl.split(), cwd=tmp_path, capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
    from fsadesk.bundle.keys import load_public_key_file

    key, enrolment = load_public_key_file(folder / "enrolment.json")
    record = verify_bytes(data, public_key=enrolment or key).record()
    assert record.cycle.finalise_note is None
    assert all(a.plan.measure == "" for a in record.answers.values() if a.plan is not None)


def _tampered(demo: Demo, catalogue, folder: Path, change) -> Path:
    """A bundle whose assessment.json is changed by `change`, then correctly re-signed: only the
    content check can refuse it."""
    members = members_of(build(demo, catalogue))
    doc = json.loads(members[spec.ASSESSMENT])
    change(doc)
    members[spec.ASSESSMENT] = canonical_json(doc)
    manifest = json.loads(members[spec.MANIFEST])
    manifest["members"][0].update(size=len(members[spec.ASSESSMENT]))
    from hashlib import sha256

    manifest["members"][0].update(sha256=sha256(members[spec.ASSESSMENT]).hexdigest())
    path = folder / "tampered.fsab"
    path.write_bytes(rezip(dict(resign(members, manifest, demo.private_key))))
    return path


def _plans(doc: dict) -> list[dict]:
    return [a["plan"] for a in doc["answers"] if a["plan"] is not None]


def _as_format_2(doc: dict) -> None:
    doc["format_version"] = 2
    del doc["cycle"]["finalise_note"]


def _drop_measures(doc: dict) -> None:
    for plan in _plans(doc):
        del plan["measure"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_as_format_2, "format 2 has no such field"),
        (_drop_measures, "without what will be done"),
        (lambda d: d["cycle"].pop("finalise_note"), "finalise note"),
        (lambda d: d.update(format_version=4), "written by a newer fsadesk"),
    ],
    ids=["format-2-with-measure", "format-3-without-measure", "format-3-without-note", "format-4"],
)
def test_a_mismatched_or_newer_format_is_refused_plainly(finalised, catalogue, tmp_path, change, message):
    path = _tampered(finalised, catalogue, tmp_path, change)
    key = finalised.folder / KEY_DIR / PUBLIC_KEY_FILE
    result = _fsadesk("verify", path, "--key", key)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("Verification FAILED: ") and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_format_2_document_without_measures_still_verifies(finalised, catalogue, tmp_path):
    """What an older fsadesk writes: format 2, no measure, no finalise note."""

    def older(doc: dict) -> None:
        _as_format_2(doc)
        _drop_measures(doc)

    path = _tampered(finalised, catalogue, tmp_path, older)
    result = _fsadesk("verify", path, "--key", finalised.folder / KEY_DIR / PUBLIC_KEY_FILE)
    assert result.returncode == 0, result.stderr


def test_verify_prints_the_finalise_note_in_plain_words(finalised, catalogue, tmp_path):
    path = tmp_path / "b.fsab"
    path.write_bytes(build(finalised, catalogue))
    result = _fsadesk("verify", path, "--key", finalised.folder / KEY_DIR / PUBLIC_KEY_FILE)
    assert result.returncode == 0, result.stderr
    doc = _assessment(path.read_bytes())
    n = doc["cycle"]["finalise_note"]["open"]
    assert f"Finalised with {n['unanswered']} items unanswered" in result.stdout
    assert f"because: {REASON}" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_report_drawn_from_a_format_3_bundle_is_the_one_inside(finalised, catalogue, tmp_path, lang):
    """The finalise note and the measures travel, so the report drawn again equals report.pdf."""
    from fsadesk.app.export import export_cycle, report_from_bundle
    from fsadesk.bundle.keys import load_signing_key
    from fsadesk.bundle.verify import verify_bundle
    from tests.bundle_support import PASSPHRASE

    with finalised.open() as ws:
        export_cycle(
            ws, catalogue, finalised.cycle_id, lambda: load_signing_key(finalised.folder, PASSPHRASE),
            lang=lang, include_notes=False, bundle_path=tmp_path / "b.fsab", pdf_path=tmp_path / "r.pdf",
        )  # fmt: skip
    verified = verify_bundle(tmp_path / "b.fsab", public_key=finalised.public_key)
    assert verified.record().cycle.finalise_note is not None
    assert report_from_bundle(verified, catalogue, lang) == verified.report_pdf
