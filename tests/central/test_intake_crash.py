"""Crash safety of the intake: an importer process is killed with SIGKILL at random moments of a
batch, ≥ 30 times. After each kill the database passes its integrity check, every bundle is stored
whole (its submission with all its answers) or not at all, and importing the batch again completes
it with no duplicates (as tests/test_crash_safety.py does for the member's answers; SQLite).

Reproduce a failure with the seed it prints: FSADESK_CRASH_SEED=<seed>.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fsadesk.app.export import read_record
from fsadesk.catalogue import load_catalogue
from fsadesk.central.intake import IntakeStatus, import_files
from fsadesk.central.store.database import open_central
from tests.bundle_support import make_demo
from tests.central.intake_support import T0, bundle, enrol, make_member, make_org

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 30
MEMBERS = 10
KILLED = -signal.SIGKILL

IMPORTER = r"""
import sys
from pathlib import Path

from fsadesk.catalogue import load_catalogue
from fsadesk.central.intake import import_files
from fsadesk.central.store.database import open_central

catalogue = load_catalogue()
db = open_central(sys.argv[1])
sys.stdout.write("READY\n")
sys.stdout.flush()
import_files(db, [Path(sys.argv[2])], catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
             quarantine=Path(sys.argv[3]))
sys.stdout.write("DONE\n")
sys.stdout.flush()
"""


def _check(db_file: Path, answers_per_bundle: int) -> int:
    """Integrity, and all-or-nothing per bundle; returns how many submissions are stored."""
    con = sqlite3.connect(db_file)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        counts = con.execute(
            "SELECT s.id, COUNT(a.item_id) FROM submission s LEFT JOIN submission_answer a "
            "ON a.submission_id = s.id GROUP BY s.id"
        ).fetchall()
        assert all(n == answers_per_bundle for _, n in counts), counts
        orphans = con.execute(
            "SELECT COUNT(*) FROM submission_answer WHERE submission_id NOT IN (SELECT id FROM submission)"
        ).fetchone()[0]
        assert orphans == 0
        current = con.execute(
            "SELECT member_id, COUNT(*) FROM submission WHERE is_current GROUP BY member_id HAVING COUNT(*) > 1"
        ).fetchall()
        assert current == []
        return len(counts)
    finally:
        con.close()


@pytest.mark.slow
def test_killing_the_importer_leaves_each_bundle_whole_or_absent(tmp_path: Path) -> None:
    seed = int(os.environ.get("FSADESK_CRASH_SEED", random.randrange(1 << 30)))
    print(f"FSADESK_CRASH_SEED={seed}")
    rng = random.Random(seed)
    catalogue = load_catalogue()
    demo = make_demo(tmp_path / "member")
    with demo.open() as ws:
        base = read_record(ws, catalogue, demo.cycle_id)
    template = tmp_path / "template"
    template.mkdir()
    org = make_org(str(template / "central.sqlite"), template)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(MEMBERS):
        member = make_member(base, f"M-{n:04d}")
        enrol(org, member, tmp_path / "enrolments")
        (inbox / f"m{n:02d}.fsab").write_bytes(bundle(member, catalogue, created=T0))
        if n % 3 == 0:  # resubmissions: the kill may fall between superseding and storing
            later = T0 + dt.timedelta(days=1)
            (inbox / f"m{n:02d}b.fsab").write_bytes(bundle(member, catalogue, created=later))
    (inbox / "zz-not-a-bundle.fsab").write_bytes(b"not a bundle" * 1000)
    org.db.close()
    expected_rows = MEMBERS + len(range(0, MEMBERS, 3))
    answers_per_bundle = len(base.answers)

    # How long a whole batch takes here, to spread the kills over it.
    timing = tmp_path / "timing.sqlite"
    shutil.copyfile(template / "central.sqlite", timing)
    script = tmp_path / "importer.py"
    script.write_text(IMPORTER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # Timed from READY, as the kills below are: the start-up before it is no part of the batch,
    # and once the intake got fast it was most of the run, so most kills fell after the batch.
    timer = subprocess.Popen(
        [sys.executable, str(script), str(timing), str(inbox), str(tmp_path / "q-timing")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )  # fmt: skip
    assert timer.stdout is not None and timer.stdout.readline() == "READY\n"
    started = time.monotonic()
    assert timer.stdout.readline() == "DONE\n", timer.stderr.read() if timer.stderr else ""
    whole = time.monotonic() - started
    timer.communicate(timeout=60)

    partial = 0
    for round_ in range(ROUNDS):
        db_file = tmp_path / f"round{round_}.sqlite"
        shutil.copyfile(template / "central.sqlite", db_file)
        quarantine = tmp_path / f"q{round_}"
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db_file), str(inbox), str(quarantine)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
        )  # fmt: skip
        assert proc.stdout is not None
        assert proc.stdout.readline() == "READY\n", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0, whole * 0.8))
        proc.kill()
        proc.communicate(timeout=60)
        assert proc.returncode in (KILLED, 0)
        stored = _check(db_file, answers_per_bundle)
        partial += 0 < stored < expected_rows
        # The same batch again completes it, with no duplicates.
        with open_central(db_file) as db:
            outcomes = import_files(
                db, [inbox], catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
                quarantine=quarantine,
            )  # fmt: skip
        assert sum(o.status is IntakeStatus.REJECTED for o in outcomes) == 1
        assert _check(db_file, answers_per_bundle) == expected_rows
        for copy in quarantine.rglob("*.fsab"):
            assert copy.read_bytes() == (inbox / "zz-not-a-bundle.fsab").read_bytes()
        db_file.unlink()
    assert partial >= ROUNDS // 4, f"only {partial} of {ROUNDS} kills fell mid-batch (seed {seed})"
