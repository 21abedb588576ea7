"""Crash safety of answer saves: a writer process is killed with SIGKILL at random moments, and
every answer it was told was saved must still be there, with its history row, in an intact file.

SIGKILL ends the process but not the OS, so this proves the application side (commit before
acknowledging, answer and history row committed together, recovery on reopen); it cannot prove
that fsync reaches the disk platter, which would take a power cut.

Reproduce a failure with the seed it prints: FSADESK_CRASH_SEED=<seed>. FSADESK_CRASH_ROUNDS=<n>
runs more rounds than the default 40 (about 0.7-1 s each; beyond ~250 also raise pytest's --timeout).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from fsadesk.assessment.answers import Answer, RemediationPlan, Status
from fsadesk.catalogue import load_catalogue
from fsadesk.store import create_workspace, open_workspace
from fsadesk.store.answers import HistoryEntry

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ROUNDS = 40
ITEMS_PER_RUN = 12  # few items, so most writes update an existing answer rather than insert one
READY_TIMEOUT = 60.0
KILLED = -signal.SIGKILL if sys.platform != "win32" else 1  # Popen.kill(): SIGKILL, or TerminateProcess

# The writer: saves varied answers to a few items until it is killed. Before each save it prints the
# attempt ("T <json>"); after save() returns it prints the acknowledgement ("A <seq> <item> <token>
# <changed>"), flushing both, so the parent knows everything that may have reached the database.
WRITER = r"""
import datetime as dt
import json
import random
import sys
from pathlib import Path

from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.store import open_workspace

folder, cycle_id, seed, seq = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
items = sys.argv[5].split(",")
rng = random.Random(seed)
ws = open_workspace(Path(folder))
sys.stdout.write("READY\n")
sys.stdout.flush()
statuses = list(Status)
for _ in range(100_000):  # bounded in case the parent dies without killing us
    item = rng.choice(items)
    status = rng.choice(statuses)
    token = f"tok{seq:07d}"
    padding = "x" * rng.choice((0, 10, 200, 1500))  # sometimes spills onto overflow pages
    needs_reason = status in (Status.ALTERNATIVE, Status.NOT_APPLICABLE)
    plan = None
    if rng.random() < 0.4:
        plan = RemediationPlan(
            owner=rng.choice(("情報システム部", "CISO office", "総務課 山田")),
            target_date=dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(365)),
            priority=rng.choice(list(Priority)),
        )
    acceptance = None
    if rng.random() < 0.15:
        acceptance = RiskAcceptance(approved_by="取締役会", reason=f"承認 {token}", date=dt.date(2026, 11, 1))
    answer = Answer(
        item_id=item,
        status=status,
        notes=f"{token} 進捗メモ {padding}",
        evidence=rng.choice(("", "規程第3条", f"evidence {seq}")),
        justification=f"理由 {token}" if needs_reason or rng.random() < 0.2 else "",
        plan=plan,
        acceptance=acceptance,
        marked_for_review=rng.random() < 0.3,
    )
    sys.stdout.write("T " + json.dumps({"seq": seq, "answer": answer.to_dict()}) + "\n")
    sys.stdout.flush()
    changed = ws.answers.save(cycle_id, answer, by="crash-test")
    sys.stdout.write(f"A {seq} {item} {token} {int(changed)}\n")
    sys.stdout.flush()
    seq += 1
"""


def token_of(answer: Answer) -> str:
    return answer.notes.split(" ", 1)[0]


@dataclass
class _ItemLedger:
    settled: Answer | None = None  # what the database held at the last check
    attempts: list[tuple[int, Answer]] = field(default_factory=list)  # since the last check
    last_acked: int | None = None  # seq of the newest acknowledged attempt since the last check

    def allowed(self) -> list[Answer | None]:
        """The last acknowledged value, or any later attempt (it may have landed before the kill)."""
        if self.last_acked is None:
            return [self.settled] + [a for _, a in self.attempts]
        return [a for s, a in self.attempts if s >= self.last_acked]


@dataclass
class Ledger:
    """What the writer said it attempted and what it said was saved; checks a database against it."""

    items: dict[str, _ItemLedger] = field(default_factory=dict)
    attempted: dict[str, Answer] = field(default_factory=dict)  # token -> answer
    acked: dict[str, Answer] = field(default_factory=dict)  # token -> answer, over all rounds

    def attempt(self, seq: int, answer: Answer) -> None:
        self.attempted[token_of(answer)] = answer
        self.items.setdefault(answer.item_id, _ItemLedger()).attempts.append((seq, answer))

    def ack(self, seq: int, item_id: str, token: str) -> None:
        answer = self.attempted.get(token)
        assert answer is not None and answer.item_id == item_id, f"ack for {item_id} {token} without its attempt"
        self.acked[token] = answer
        self.items[item_id].last_acked = seq

    def problems(self, stored: dict[str, Answer], history: list[HistoryEntry]) -> list[str]:
        out = []
        for item_id in sorted(set(self.items) | set(stored)):
            if item_id not in self.items:
                out.append(f"{item_id}: stored but never written")
                continue
            now = stored.get(item_id)
            allowed = self.items[item_id].allowed()
            if now not in allowed:
                want = ", ".join(token_of(a) if a else "absent" for a in allowed)
                out.append(f"{item_id}: stored {token_of(now) if now else 'nothing'}, expected one of [{want}]")

        seen: dict[str, HistoryEntry] = {}
        last_new: dict[str, Answer] = {}
        for entry in history:
            token = token_of(entry.new)
            if token in seen:
                out.append(f"history: {token} recorded twice")
            seen[token] = entry
            if self.attempted.get(token) != entry.new or entry.item_id != entry.new.item_id:
                out.append(f"history: {entry.item_id} {token} is not what the writer attempted")
            if entry.old != last_new.get(entry.item_id):
                out.append(f"history: {entry.item_id} {token} does not follow on from the previous row")
            last_new[entry.item_id] = entry.new
        out += [f"history: no row for acknowledged {a.item_id} {t}" for t, a in self.acked.items() if t not in seen]
        out += [
            f"{item_id}: answer and newest history row differ"
            for item_id, answer in stored.items()
            if last_new.get(item_id) != answer
        ]
        return out

    def settle(self, stored: dict[str, Answer]) -> None:
        """After a check, what the database holds is the new starting point of every item."""
        self.items = {item_id: _ItemLedger(settled=stored.get(item_id)) for item_id in self.items}


def _read_lines(stream: IO[bytes], lines: list[bytes]) -> None:
    lines.extend(stream)  # one line at a time, as the writer flushes them


def _run_writer(
    folder: Path, cycle_id: int, items: list[str], seq: int, rng: random.Random
) -> tuple[list[bytes], str, int]:
    """Start a writer, kill it at a random moment; return its complete stdout lines, stderr, returncode."""
    script = folder.parent / "writer.py"
    if not script.exists():
        script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    args = [sys.executable, str(script), str(folder), str(cycle_id), str(rng.randrange(2**32)), str(seq)]
    proc = subprocess.Popen([*args, ",".join(items)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env)
    lines: list[bytes] = []
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    err_lines: list[bytes] = []
    err_reader = threading.Thread(target=_read_lines, args=(proc.stderr, err_lines), daemon=True)
    err_reader.start()
    try:
        mode = rng.random()
        if mode < 0.1:  # from the start: may land while the workspace is being opened
            time.sleep(rng.uniform(0.0, 0.8))
        else:
            deadline = time.monotonic() + READY_TIMEOUT
            while not lines and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0.0, 0.005) if mode < 0.25 else rng.uniform(0.0, 0.3))
    finally:
        if proc.poll() is None:
            proc.kill()  # SIGKILL on POSIX
        proc.wait()
        reader.join(timeout=10)
        err_reader.join(timeout=10)
    stderr = b"".join(err_lines).decode("utf-8", "replace")
    # A line cut off by the kill has no newline; an attempt line is complete before save() starts.
    return [ln for ln in lines if ln.endswith(b"\n")], stderr, proc.returncode


@pytest.mark.slow
def test_acknowledged_answers_survive_sigkill(tmp_path: Path) -> None:
    """Every answer acknowledged as saved survives a SIGKILL at any moment, with its history row, in an intact file."""
    seed = int(os.environ.get("FSADESK_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    rounds = int(os.environ.get("FSADESK_CRASH_ROUNDS") or DEFAULT_ROUNDS)
    print(f"crash test: FSADESK_CRASH_SEED={seed} FSADESK_CRASH_ROUNDS={rounds}")
    rng = random.Random(seed)
    again = f"(reproduce with FSADESK_CRASH_SEED={seed})"

    catalogue = load_catalogue()
    items = rng.sample(sorted(it.id for it in catalogue.items), ITEMS_PER_RUN)
    folder = tmp_path / "ws"
    with create_workspace(folder) as ws:
        cycle_id = ws.cycles.create("crash", 2026, catalogue).id

    ledger = Ledger()
    seq = 0
    total_acks = 0
    in_flight = landed = 0  # kills with a save() under way, and how many of those saves had committed
    for rnd in range(rounds):
        lines, stderr, returncode = _run_writer(folder, cycle_id, items, seq, rng)
        assert returncode == KILLED, f"round {rnd}: writer ended by itself (rc={returncode}) {again}\n{stderr}"
        pending: Answer | None = None
        for raw in lines:
            kind, _, rest = raw.decode("utf-8").rstrip("\n").partition(" ")
            if kind == "T":
                doc = json.loads(rest)
                seq = doc["seq"] + 1
                pending = Answer.from_dict(doc["answer"])
                ledger.attempt(doc["seq"], pending)
            elif kind == "A":
                ack_seq, item_id, token, changed = rest.split(" ")
                assert changed == "1", f"round {rnd}: {item_id} {token} was a real change but save() said not"
                ledger.ack(int(ack_seq), item_id, token)
                total_acks += 1
                pending = None

        with open_workspace(folder) as ws:
            with ws.engine.connect() as conn:
                check = conn.exec_driver_sql("PRAGMA integrity_check").all()
            stored = ws.answers.load(cycle_id)
            history = ws.answers.history(cycle_id)
        assert check == [("ok",)], f"round {rnd}: integrity_check {check} {again}"
        problems = ledger.problems(stored, history)
        assert not problems, f"round {rnd}: {len(problems)} problem(s) {again}\n" + "\n".join(problems[:20])
        ledger.settle(stored)
        if pending is not None:
            in_flight += 1
            landed += stored.get(pending.item_id) == pending

    print(
        f"crash test: {rounds} kills, {seq} attempted writes, {total_acks} acknowledged; "
        f"{in_flight} kills during save(), {landed} of those saves had committed"
    )
    assert total_acks > rounds, f"too few acknowledged writes ({total_acks}) to mean anything {again}"


def test_crash_check_rejects_lost_stale_and_unrecorded_answers() -> None:
    """The crash test's checker flags a lost, a rolled-back, or an unhistoried acknowledged answer (it can fail)."""
    a1 = Answer("X-B1", Status.PARTIAL, notes="tok1 a")
    a2 = Answer("X-B1", Status.IMPLEMENTED, notes="tok2 b")
    a3 = Answer("X-B1", Status.NOT_IMPLEMENTED, notes="tok3 c", plan=RemediationPlan("owner", dt.date(2027, 3, 31)))
    ledger = Ledger()
    for seq, a in enumerate((a1, a2, a3), start=1):
        ledger.attempt(seq, a)
    ledger.ack(1, "X-B1", "tok1")
    ledger.ack(2, "X-B1", "tok2")  # a3 was in flight when the writer died
    h1 = HistoryEntry("X-B1", "t1", "u", None, a1)
    h2 = HistoryEntry("X-B1", "t2", "u", a1, a2)
    h3 = HistoryEntry("X-B1", "t3", "u", a2, a3)

    assert ledger.problems({"X-B1": a2}, [h1, h2]) == []
    assert ledger.problems({"X-B1": a3}, [h1, h2, h3]) == []  # the unacknowledged write landed too
    assert ledger.problems({}, [h1, h2])  # lost
    assert ledger.problems({"X-B1": a1}, [h1])  # rolled back to an older acknowledged value
    assert ledger.problems({"X-B1": a2}, [h1])  # acknowledged change without a history row
    assert ledger.problems({"X-B1": a2}, [h2])  # history row that does not follow on
    assert ledger.problems({"X-B1": a3}, [h1, h2])  # answer newer than its history
    assert ledger.problems({"X-B1": a2, "Y-B1": a1}, [h1, h2])  # an item nobody wrote
