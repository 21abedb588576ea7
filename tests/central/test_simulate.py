"""`fsadesk central simulate`: synthetic members whose enrolment files enrol and whose bundles,
made by the real export, verify with `fsadesk verify --key` against their own enrolment file; the
same seed gives the same members and answers; every bad argument is one plain line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from fsadesk.assessment.answers import Status
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import load_catalogue
from fsadesk.central.members import list_members
from fsadesk.central.simulate_members import Pattern, plan_members
from fsadesk.central.store.database import open_central
from fsadesk.cli import run

REPO = Path(__file__).resolve().parents[2]
SIMULATE = ["central", "simulate", "--members", "5", "--fast-report", "--seed", "1", "--fiscal-year", "2026"]


def _fsadesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "fsadesk", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
        check=False,
    )  # fmt: skip


def _listing(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "members.json").read_text(encoding="utf-8"))
    return data


def _bundle_json(path: Path, member: str) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read(member))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sim") / "members"
    assert run([*SIMULATE, "--out", str(out)]) == 0
    return out


def test_every_bundle_verifies_with_its_own_enrolment_and_no_other(simulated: Path) -> None:
    members = _listing(simulated)["members"]
    assert len(members) == 5
    bundles = sorted(p.name for p in (simulated / "bundles").iterdir())
    assert sorted(b.split("/")[-1] for m in members for b in m["bundles"]) == bundles
    assert len(bundles) == 6  # member 4 sent a corrected bundle later
    for member in members:
        for bundle in member["bundles"]:
            done = _fsadesk("verify", str(simulated / bundle), "--key", str(simulated / member["enrolment"]))
            assert done.returncode == 0, done.stdout + done.stderr
            assert done.stdout.startswith("OK:") and member["institution_id"] in done.stdout
    # Each member has its own key: another member's enrolment file does not verify the bundle.
    first, second = members[0], members[1]
    done = _fsadesk("verify", str(simulated / first["bundles"][0]), "--key", str(simulated / second["enrolment"]))
    assert done.returncode != 0 and "Traceback" not in done.stderr


def test_the_bundles_hold_what_the_member_list_says(simulated: Path) -> None:
    catalogue = load_catalogue(None)
    for member in _listing(simulated)["members"]:
        manifest = _bundle_json(simulated / member["bundles"][0], "manifest.json")
        assessment = _bundle_json(simulated / member["bundles"][0], "assessment.json")
        assert manifest["institution"] == {"id": member["institution_id"], "name": member["name"]}
        assert manifest["signing_key"]["fingerprint"] == member["fingerprint"]
        assert manifest["includes_notes"] == member["includes_notes"]
        assert len(assessment["answers"]) == member["answers"]
        assert member["category"] in {c.id for c in catalogue.categories}
        assert member["region"] and member["size_band"] in ("small", "medium", "large")
    barely = [m for m in _listing(simulated)["members"] if m["pattern"] == "barely_started"]
    assert barely and all(m["answers"] < 40 for m in barely)  # a few answers only


def test_a_resubmission_is_newer_than_the_first_bundle(simulated: Path) -> None:
    [member] = [m for m in _listing(simulated)["members"] if len(m["bundles"]) == 2]
    first, again = (_bundle_json(simulated / b, "manifest.json") for b in member["bundles"])
    assert again["created"] > first["created"]
    assert again["cycle"] == first["cycle"] and again["institution"] == first["institution"]


def test_the_enrolment_files_enrol(simulated: Path, tmp_path: Path) -> None:
    (tmp_path / "pass").write_text("correct horse battery\n", encoding="utf-8")
    db = tmp_path / "central.sqlite"
    init = ["central", "init", "--db", str(db), "--name", "全国テスト連合会"]
    assert run([*init, "--passphrase-file", str(tmp_path / "pass")]) == 0
    assert run(["central", "member", "enrol", "--db", str(db), str(simulated / "enrolments"), "--yes"]) == 0
    with open_central(db) as opened:
        enrolled = {m.institution_id: m for m in list_members(opened)}
    for member in _listing(simulated)["members"]:
        stored = enrolled[member["institution_id"]]
        assert stored.name == member["name"] and stored.category == member["category"]
        assert stored.active_key is not None and stored.active_key.fingerprint == member["fingerprint"]
        # The attributes for peer groups go into the registry as an analyst would type them.
        edit = ["--region", member["region"], "--size-band", member["size_band"]]
        assert run(["central", "member", "edit", "--db", str(db), member["institution_id"], *edit]) == 0
    with open_central(db) as opened:
        regions = {m.institution_id: (m.region, m.size_band) for m in list_members(opened)}
    assert regions == {m["institution_id"]: (m["region"], m["size_band"]) for m in _listing(simulated)["members"]}


def test_the_same_seed_gives_the_same_members_and_answers(simulated: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "again", tmp_path / "other"
    assert run([*SIMULATE, "--out", str(again)]) == 0
    assert run([*SIMULATE[:-4], "--seed", "2", "--fiscal-year", "2026", "--out", str(other)]) == 0

    def without_keys(out: Path) -> list[dict[str, Any]]:
        return [{k: v for k, v in m.items() if k != "fingerprint"} for m in _listing(out)["members"]]

    def answers(out: Path) -> list[Any]:
        return [_bundle_json(out / m["bundles"][0], "assessment.json")["answers"] for m in _listing(out)["members"]]

    assert without_keys(again) == without_keys(simulated)
    assert answers(again) == answers(simulated)
    fingerprints = {m["fingerprint"] for m in _listing(simulated)["members"] + _listing(again)["members"]}
    assert len(fingerprints) == 10  # the keys are new every run
    assert without_keys(other) != without_keys(simulated) and answers(other) != answers(simulated)


def test_a_large_run_is_a_realistic_mix() -> None:
    """The planner alone (no files): what 200 members look like."""
    catalogue = load_catalogue(None)
    plans = plan_members(catalogue, seed=1, count=200, fiscal_year=2026)
    assert set(Counter(p.pattern for p in plans)) == set(Pattern)
    assert set(Counter(p.kind for p in plans)) == {"信用金庫", "信用組合", "労働金庫", "農業協同組合", "漁業協同組合"}
    assert {p.profile.category for p in plans} == {"regional", "ja_jf"}
    assert len({p.region for p in plans}) == 8 and len({p.profile.size_band for p in plans}) == 3
    assert len({p.profile.name for p in plans}) == 200 and len({p.profile.institution_id for p in plans}) == 200
    finalised = [p for p in plans if p.signoffs]
    assert 10 < len(finalised) < 100 and all(len(p.signoffs) == 3 for p in finalised)
    incomplete = [p for p in plans if len(p.answers) < len(applicable_items(catalogue, p.profile))]
    assert len(incomplete) > 100
    assert any(a.plan is not None and a.plan.measure for p in plans for a in p.answers)  # 実施する対策
    assert any(a.notes for p in plans for a in p.answers)
    assert any(a.status is Status.NOT_IMPLEMENTED and a.acceptance is not None for p in plans for a in p.answers)
    assert any(not p.include_notes for p in plans) and 5 <= sum(p.resubmits for p in plans) <= 15
    assert all(not a.problems() for p in plans for a in p.answers)  # every answer one the app would store


def test_kept_workspaces_hold_the_key_that_signed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pass").write_text("correct horse battery\n", encoding="utf-8")
    out = tmp_path / "kept"
    argv = ["central", "simulate", "--members", "2", "--fast-report", "--out", str(out), "--keep-workspaces"]
    assert run([*argv, "--passphrase-file", str(tmp_path / "pass")]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Made 2 members and 2 signed bundles in {out} (")
    assert "members.json" in said and "the keys are new each run" in said
    for member in _listing(out)["members"]:
        workspace = out / "workspaces" / member["institution_id"]
        assert run(["key", "export-public", str(workspace), str(tmp_path / "e.json")]) == 0
        exported = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
        assert exported["fingerprint"] == member["fingerprint"]
        assert run(["scores", str(workspace)]) == 0  # a workspace the app opens


def test_every_bad_argument_is_one_plain_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "file.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "pass").write_text("correct horse battery\n", encoding="utf-8")
    new = str(tmp_path / "new")
    base = ["central", "simulate", "--fast-report"]
    cases: list[tuple[list[str], int]] = [
        ([*base, "--out", new], 2),
        ([*base, "--members", "3"], 2),
        ([*base, "--members", "0", "--out", new], 2),
        ([*base, "--members", "10001", "--out", new], 2),
        ([*base, "--members", "many", "--out", new], 2),
        ([*base, "--members", "2", "--out", new, "--seed", "-1"], 2),
        ([*base, "--members", "2", "--out", new, "--fiscal-year", "20266"], 2),
        ([*base, "--members", "2", "--out", str(tmp_path / "full")], 1),
        ([*base, "--members", "2", "--out", str(tmp_path / "file.txt")], 1),
        ([*base, "--members", "2", "--out", str(tmp_path / "no" / "such" / "dir")], 1),
        ([*base, "--members", "2", "--out", new, "--passphrase-file", str(tmp_path / "pass")], 1),
        ([*base, "--members", "2", "--out", new, "--keep-workspaces", "--passphrase-file", str(tmp_path / "none")], 1),
    ]
    (tmp_path / "short").write_text("short\n", encoding="utf-8")
    cases.append(([*base, "--members", "2", "--out", new, "--keep-workspaces", "--passphrase-file",
                   str(tmp_path / "short")], 1))  # fmt: skip
    capsys.readouterr()
    failures = []
    for argv, expected in cases:
        try:
            code = run(argv)
        except SystemExit as exc:
            code = exc.code  # type: ignore[assignment]
        out, err = capsys.readouterr()
        lines = err.strip().splitlines()
        shown = f"{argv[2:]}: exit {code}\n{err}"
        # argparse prints its usage, then the one line naming the problem; the command one line.
        plain = lines[0].startswith("usage:") and ": error: " in lines[-1] if code == 2 else len(lines) == 1
        if code != expected or "Traceback" in out + err or not plain:
            failures.append(shown)
    assert not failures, "\n\n".join(failures)
    assert not (tmp_path / "new").exists()  # nothing made for a refused command
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["x.txt"]
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "mine\n"
