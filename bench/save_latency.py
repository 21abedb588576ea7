"""Answer save latency: AnswerRepository.save against bare sqlite3 INSERT + COMMIT, measured in one run.

Every write is a real change (items and statuses alternate, notes carry the write number), so each
save() writes the answer row, a history row and commits. The baseline writes a comparable answer
row into a table of its own file, with the same pragmas (WAL, synchronous=FULL), and commits. The
two are interleaved write by write so both see the same machine noise.

    .venv/bin/python bench/save_latency.py [--n 1000] [--json out.json] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import math
import os
import platform
import pstats
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlalchemy

from fsadesk.assessment.answers import Answer, Status
from fsadesk.catalogue import load_catalogue
from fsadesk.store import create_workspace

TARGET_P50_RATIO = 3.0
N_ITEMS = 20
STATUSES = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED)

BASELINE_DDL = """
CREATE TABLE answer (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    status TEXT NOT NULL,
    notes TEXT NOT NULL,
    evidence TEXT NOT NULL,
    justification TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
)
"""


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def summary(samples_ns: list[int]) -> dict[str, float]:
    ms = sorted(s / 1e6 for s in samples_ns)
    return {
        "p50_ms": percentile(ms, 50),
        "p99_ms": percentile(ms, 99),
        "mean_ms": sum(ms) / len(ms),
        "max_ms": ms[-1],
    }


def answer_for(i: int, items: list[str]) -> Answer:
    return Answer(
        item_id=items[i % len(items)],
        status=STATUSES[(i // len(items)) % len(STATUSES)],
        notes=f"bench write {i}: 規程を改定し、年次で見直している。",
        evidence="情報セキュリティ規程 第3条",
    )


def baseline_writer(folder: Path) -> tuple[Callable[[int, Answer], None], Callable[[], None]]:
    con = sqlite3.connect(folder / "baseline.sqlite")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA busy_timeout=5000")
    con.execute(BASELINE_DDL)
    con.commit()

    def write(i: int, answer: Answer) -> None:
        con.execute(
            "INSERT INTO answer (cycle_id, item_id, status, notes, evidence, justification, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (1, answer.item_id, answer.status.value, answer.notes, answer.evidence, answer.justification,
             dt.datetime.now(dt.UTC).isoformat(), "bench"),
        )  # fmt: skip
        con.commit()

    return write, con.close


def run(n: int, warmup: int, folder: Path, profile: bool) -> dict[str, object]:
    catalogue = load_catalogue()
    items = [it.id for it in catalogue.items][:N_ITEMS]
    ws = create_workspace(folder / "ws")
    cycle_id = ws.cycles.create("bench", 2026, catalogue).id
    base_write, base_close = baseline_writer(folder)

    def save(i: int, answer: Answer) -> None:
        if not ws.answers.save(cycle_id, answer, by="bench"):
            raise RuntimeError(f"write {i} was not a change")

    base_ns: list[int] = []
    save_ns: list[int] = []
    clock = time.perf_counter_ns
    try:
        for i in range(warmup):
            base_write(i, answer_for(i, items))
            save(i, answer_for(i, items))
        for i in range(warmup, warmup + n):
            answer = answer_for(i, items)
            t0 = clock()
            base_write(i, answer)
            t1 = clock()
            save(i, answer)
            t2 = clock()
            base_ns.append(t1 - t0)
            save_ns.append(t2 - t1)
        profile_text = ""
        if profile:
            prof = cProfile.Profile()
            prof.enable()
            for i in range(warmup + n, warmup + 2 * n):
                save(i, answer_for(i, items))
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(25)
            profile_text = out.getvalue()
    finally:
        base_close()
        ws.close()

    base, saved = summary(base_ns), summary(save_ns)
    return {
        "date": dt.date.today().isoformat(),
        "n": n,
        "warmup": warmup,
        "dir": str(folder),
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "sqlalchemy": sqlalchemy.__version__,
            "loadavg_1min": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        },
        "baseline": base,
        "save": saved,
        "ratio_p50": saved["p50_ms"] / base["p50_ms"],
        "ratio_p99": saved["p99_ms"] / base["p99_ms"],
        "target_ratio_p50": TARGET_P50_RATIO,
        "profile": profile_text,
    }


def render(result: dict[str, object]) -> str:
    base, saved = result["baseline"], result["save"]
    assert isinstance(base, dict) and isinstance(saved, dict)
    rows = [
        ("sqlite3 INSERT+COMMIT (baseline)", base),
        ("AnswerRepository.save", saved),
    ]
    m = result["machine"]
    assert isinstance(m, dict)
    lines = [
        f"answer save latency, n={result['n']} each (after {result['warmup']} warm-up writes), {result['date']}",
        f"{m['platform']}, {m['cpus']} CPUs, Python {m['python']}, SQLite {m['sqlite']}, "
        f"SQLAlchemy {m['sqlalchemy']}, load average {m['loadavg_1min']}",
        f"{'':34} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8} {'max ms':>8}",
    ]
    lines += [
        f"{name:34} {s['p50_ms']:8.3f} {s['p99_ms']:8.3f} {s['mean_ms']:8.3f} {s['max_ms']:8.3f}" for name, s in rows
    ]
    ratio50, ratio99 = float(result["ratio_p50"]), float(result["ratio_p99"])  # type: ignore[arg-type]
    verdict = "meets" if round(ratio50, 2) <= TARGET_P50_RATIO else "MISSES"
    lines.append(f"{'ratio save/baseline':34} {ratio50:7.2f}x {ratio99:7.2f}x")
    lines.append(f"p50 ratio {ratio50:.2f}x {verdict} the target of <= {TARGET_P50_RATIO:g}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="measured writes of each kind (default 1000)")
    parser.add_argument("--warmup", type=int, default=50, help="unmeasured writes first (default 50)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--dir", type=Path, help="parent folder for the temporary databases (default: system temp)")
    parser.add_argument("--profile", action="store_true", help="then profile another n saves with cProfile")
    args = parser.parse_args(argv)
    if args.n < 100:
        parser.error("--n must be at least 100 for a meaningful p99")

    with tempfile.TemporaryDirectory(prefix="fsadesk-bench-", dir=args.dir) as tmp:
        result = run(args.n, args.warmup, Path(tmp), args.profile)
    print(render(result))
    if result["profile"]:
        print("\ncProfile of AnswerRepository.save (sorted by own time):")
        print(result["profile"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
