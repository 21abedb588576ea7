"""The central dashboard on 1,000 members × 3 campaigns (issue #14: opens in ≤ 1 s after the
database is open and stays responsive while filtering), against its floor in the same run.

The world (bench/dashboard_world.py: real bundles through the real intake, cached under
bench/.cache/) is opened once per database; then, several times each, alternating with the floor:

- open: `load_campaign` for the newest campaign, then every view's figures from it — status_of,
  grid_of for both tiers, weakest_of, peer_stats (both tiers), open_gaps, trends_of + below(0.5);
- filter: the snapshot seen through a category, then through a category and a size band
  (`CampaignData.only`), every view recomputed each time;
- floor: the same rows read with the database's plain driver (sqlite3, psycopg) in the same
  statements' shape — the campaign, the expected members, the current submissions with the JSON
  parts the figures use, the Not implemented answers, the earlier campaigns' rates — and their JSON
  parsed: the least any dashboard that reads these figures from the database must do.

- window (bench/dashboard_window.py, when this fsadesk has the dashboard's window): the central
  window in Japanese at 1366 × 768, from asking for its Dashboard tab to the paint with figures,
  and a filter change to the repaint.

Figures: the median and the range of the runs, wall clock and processor time (this process's; on
PostgreSQL plus the server processes serving the bench's database, read from /proc), and the
ratio to the floor's median. On SQLite `--cold` also times an open whose database file was first
dropped from the operating system's page cache (posix_fadvise, that file only): what the first
open after a reboot or a long pause costs on this disk. Nothing here is asserted by a test.

    .venv/bin/python bench/dashboard.py [--runs 7] [--members 1000] [--cold] [--json out.json] [--profile]
        [--no-window]
    bash packaging/postgres-test.sh .venv/bin/python bench/dashboard.py --postgres   # SQLite and PostgreSQL
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import platform
import pstats
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dashboard_window
import dashboard_world as world_mod

TARGET_S = 1.0  # issue #14: the dashboard opens in at most a second after the database is open
THRESHOLD = 0.5  # trends: members below half of the basic items in a domain for two campaigns or more
POSTGRES_ENV = "FSADESK_TEST_POSTGRES_URL"


def every_view(data: Any, catalogue: Any) -> tuple[Any, ...]:
    """Every figure the dashboard shows of a snapshot, as its views compute them."""
    from fsadesk.central.dashboard.gaps import open_gaps
    from fsadesk.central.dashboard.peers import peer_stats
    from fsadesk.central.dashboard.rates import grid_of
    from fsadesk.central.dashboard.status import status_of
    from fsadesk.central.dashboard.trends import trends_of
    from fsadesk.central.dashboard.weakest import weakest_of

    basic, desirable = grid_of(data, "basic"), grid_of(data, "desirable")
    return (
        status_of(data).counts, basic, desirable, weakest_of(data, catalogue), peer_stats(basic),
        peer_stats(desirable), open_gaps(basic), trends_of(data).below(THRESHOLD),
    )  # fmt: skip


def open_dashboard(db: Any, catalogue: Any) -> tuple[Any, tuple[Any, ...]]:
    from fsadesk.central.dashboard.snapshot import load_campaign

    data = load_campaign(db)
    return data, every_view(data, catalogue)


def filter_changes(data: Any, catalogue: Any) -> None:
    """Two filter changes as a person makes them: a category, then a size band within it."""
    from fsadesk.central.dashboard.snapshot import Filters

    category = data.categories[0]
    for filters in (Filters(category=category), Filters(category=category, size_band=data.size_bands[-1])):
        every_view(data.only(filters), catalogue)


# The floor's statements: the rows and JSON parts load_campaign reads (fsadesk/central/dashboard/
# load.py), in the same shape, with the plain driver. Keep them in step with load.py.
_MEMBERS = (
    "SELECT m.id, m.institution_id, m.name, m.category, m.size_band FROM member m WHERE EXISTS "
    "(SELECT 1 FROM member_key k WHERE k.member_id = m.id AND k.revoked_at IS NULL) ORDER BY m.institution_id"
)
_SCORES = (
    "SELECT s.id, s.member_id, s.fiscal_year, s.cycle_label, j.key, j.value FROM submission s "
    "LEFT JOIN json_each(s.recomputed_scores) j ON j.key IN ('domains', 'open_gap_items') WHERE s.is_current"
)
_CURRENT = (
    "SELECT id, member_id, status, flags, bundle_created, imported_at, profile FROM submission "
    "WHERE fiscal_year = {p} AND cycle_label = {p} AND is_current"
)
_WEAK = (
    "SELECT submission_id, item_id FROM submission_answer WHERE status = 'not_implemented' AND submission_id IN "
    "(SELECT id FROM submission WHERE fiscal_year = {p} AND cycle_label = {p} AND is_current) "
    "ORDER BY submission_id, item_id"
)


def floor_read(conn: Any, dialect: str) -> int:
    """The floor: every row the snapshot needs, read in one transaction on a connection already
    open (as the dashboard's engine keeps its own), its JSON parsed (psycopg parses JSON columns
    itself, with the same json.loads). Returns the number of rows (a check that it reads what the
    dashboard reads)."""
    p = "?" if dialect == "sqlite" else "%s"

    def parsed(value: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else value

    cur = conn.cursor()
    if dialect == "sqlite":
        cur.execute("BEGIN")  # one snapshot, as the dashboard's read transaction (psycopg begins by itself)
    rows = cur.execute("SELECT id, campaign_id, title, cycle_label, fiscal_year, deadline FROM campaign").fetchall()
    newest = max(rows, key=lambda r: (r[4], r[0]))
    cycle = (newest[4], newest[3])
    n = len(rows) + len(cur.execute(_MEMBERS).fetchall())
    for r in cur.execute(_SCORES).fetchall():
        parsed(r[5])
        n += 1
    for r in cur.execute(_CURRENT.format(p=p), cycle).fetchall():
        parsed(r[3]), parsed(r[6])
        n += 1
    n += len(cur.execute(_WEAK.format(p=p), cycle).fetchall())
    conn.rollback()
    return n


def plain_connect(dialect: str, target: str) -> Any:
    """A connection with the database's plain driver (kept open for every floor run)."""
    if dialect == "sqlite":
        return sqlite3.connect(target)
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(target)
    return psycopg.connect(f"host={url.host} port={url.port} user={url.username} dbname={url.database}")


@contextlib.contextmanager
def postgres_world(world: Any, catalogue: Any) -> Iterator[str]:
    """A fresh database on the server FSADESK_TEST_POSTGRES_URL names, filled with the world's
    cached bundles through the real intake; dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(os.environ[POSTGRES_ENV])
    name = f"fsadesk_bench_dashboard_{secrets.token_hex(4)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        target = base.set(database=name).render_as_string(hide_password=False)
        with tempfile.TemporaryDirectory(prefix="fsadesk-bench-dashboard-") as tmp:
            started = time.perf_counter()
            world_mod.fill_database(target, world.folder, Path(tmp) / "org-keys", catalogue,
                                    lambda s: print(s, file=sys.stderr), world_mod.sent_of(world))  # fmt: skip
            print(f"  (PostgreSQL filled through the intake in {time.perf_counter() - started:.0f} s)", file=sys.stderr)
            # Statistics and the visibility map as autovacuum leaves them after a bulk intake (it
            # vacuums insert-only tables too), so the planner sees the tables as a server in use would.
            with create_engine(target, isolation_level="AUTOCOMMIT").connect() as conn:
                conn.execute(text("VACUUM ANALYZE"))
            yield target
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def evict(path: Path) -> None:
    """Drop this file's pages from the operating system's page cache (clean pages only: nothing
    else on the machine is touched)."""
    for p in (path, path.with_name(path.name + "-wal")):
        if p.exists():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


FIGURES = ("floor", "floor_cpu", "load", "views", "open", "open_cpu", "filter", "filter_cpu", "cold_open")


def server_cpu(database: str | None) -> float:
    """Processor time so far of the PostgreSQL server processes serving `database` on this machine
    (their command line names it), 0 for SQLite: the server's share of the work, which this
    process's own processor time does not include."""
    if database is None:
        return 0.0
    ticks = 0
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and f" {database} " in (proc / "cmdline").read_bytes().decode(errors="replace"):
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            continue  # a process that ended meanwhile
    return ticks / os.sysconf("SC_CLK_TCK")


def timed(work: Callable[[], object], database: str | None = None) -> tuple[float, float]:
    """Wall clock and processor time (this process's, plus the server's on PostgreSQL) of `work`."""
    start, cpu, server = time.perf_counter(), time.process_time(), server_cpu(database)
    work()
    return time.perf_counter() - start, time.process_time() - cpu + server_cpu(database) - server


def spread(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):7.1f} ms  ({1000 * min(values):.1f}–{1000 * max(values):.1f})"


def measure(
    name: str, target: str, catalogue: Any, runs: int, cold: bool, profile: bool, window: bool
) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    from fsadesk.central.store.database import open_central

    dialect = "sqlite" if name == "sqlite" else "postgresql"
    plain = plain_connect(dialect, target)
    database = None if dialect == "sqlite" else make_url(target).database
    db = open_central(target)  # the figures start once the database is open
    try:
        data, _ = open_dashboard(db, catalogue)  # one unmeasured round warms both sides
        floor_read(plain, dialect)
        figures: dict[str, list[float]] = {k: [] for k in FIGURES}
        for _ in range(runs):
            wall, cpu = timed(lambda: floor_read(plain, dialect), database)
            figures["floor"].append(wall)
            figures["floor_cpu"].append(cpu)
            wall, cpu = timed(lambda: load_and_views(db, catalogue, figures), database)
            figures["open"].append(wall)
            figures["open_cpu"].append(cpu)
            wall, cpu = timed(lambda: filter_changes(data, catalogue), database)
            figures["filter"].append(wall / 2)  # per change
            figures["filter_cpu"].append(cpu / 2)
            if cold and dialect == "sqlite":
                evict(Path(target))
                figures["cold_open"].append(timed(lambda: open_dashboard(db, catalogue))[0])
        if window:
            figures.update(dashboard_window.measure_window(db, None, runs))
        if profile:
            profiler = cProfile.Profile()
            profiler.runcall(open_dashboard, db, catalogue)
            stats = pstats.Stats(profiler).sort_stats(os.environ.get("PROFILE_SORT", "cumulative"))
            stats.print_stats(int(os.environ.get("PROFILE_LINES", "40")))
        size = {"members": len(data.members), "current": len(data.current),
                "not_implemented": len(data.not_implemented), "history": len(data.history),
                "floor_rows": floor_read(plain, dialect)}  # fmt: skip
    finally:
        db.close()
        plain.close()
    floor = statistics.median(figures["floor"])
    print(f"{name}: {size['members']:,} expected members, {size['current']:,} current submissions, "
          f"{size['not_implemented']:,} Not implemented answers, "
          f"{size['history']:,} submissions over every campaign")  # fmt: skip
    print(f"  floor (plain driver, same rows, JSON parsed) {spread(figures['floor'])}")
    print(f"  load_campaign                                 {spread(figures['load'])}")
    print(f"  every view's figures from it                  {spread(figures['views'])}")
    opened = statistics.median(figures["open"])
    print(f"  open = both                                   {spread(figures['open'])}  "
          f"{opened / floor:5.1f}x the floor; target <= {TARGET_S:.1f} s: "
          f"{'met' if opened <= TARGET_S else 'NOT met'}")  # fmt: skip
    print(f"  a filter change, every view recomputed        {spread(figures['filter'])}")
    who = "this process" + ("" if database is None else " + the server")
    cpu_ratio = statistics.median(figures["open_cpu"]) / statistics.median(figures["floor_cpu"])
    print(f"  processor time ({who}): floor {spread(figures['floor_cpu'])}, open {spread(figures['open_cpu'])} "
          f"({cpu_ratio:.1f}x), filter {spread(figures['filter_cpu'])}")  # fmt: skip
    if window:
        shown = statistics.median(figures["window_open"])
        print(f"  window: Dashboard tab asked → painted with figures {spread(figures['window_open'])}  "
              f"{shown / opened:4.1f}x the headless open; target <= {TARGET_S:.1f} s: "
              f"{'met' if shown <= TARGET_S else 'NOT met'}")  # fmt: skip
        print(f"  window: a filter change → repainted              {spread(figures['window_filter'])}")
    if figures["cold_open"]:
        print(f"  open, database file out of the page cache     {spread(figures['cold_open'])}")
    return {"size": size, **{k: v for k, v in figures.items() if v}, "ratio": opened / floor}


def load_and_views(db: Any, catalogue: Any, figures: dict[str, list[float]]) -> None:
    from fsadesk.central.dashboard.snapshot import load_campaign

    start = time.perf_counter()
    data = load_campaign(db)
    loaded = time.perf_counter()
    every_view(data, catalogue)
    figures["load"].append(loaded - start)
    figures["views"].append(time.perf_counter() - loaded)


def main() -> int:
    from fsadesk.catalogue import load_catalogue

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--postgres", action="store_true", help=f"also PostgreSQL ({POSTGRES_ENV}: postgres-test.sh)")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--cold", action="store_true", help="SQLite: also open with the file out of the page cache")
    parser.add_argument("--profile", action="store_true", help="print a profile of one open")
    parser.add_argument("--no-window", action="store_true", help="headless figures only")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    if args.postgres and not os.environ.get(POSTGRES_ENV):
        parser.error(
            f"--postgres needs {POSTGRES_ENV}: "
            "bash packaging/postgres-test.sh .venv/bin/python bench/dashboard.py --postgres"
        )

    catalogue = load_catalogue(None)
    world = world_mod.build(args.members, catalogue, progress=lambda s: print(s, file=sys.stderr))
    facts = world.facts()
    print(f"world {world.folder.name}: {facts['members']:,} members, {facts['bundles']:,} bundles "
          f"({facts['bundle_bytes'] / 1e6:,.0f} MB), database {world.sqlite.stat().st_size / 1e6:,.0f} MB")  # fmt: skip
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}; Python "
          f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}; {args.runs} runs each")  # fmt: skip
    window = not args.no_window and dashboard_window.available()
    if not window:
        print("  (the window is not measured: " + ("--no-window)" if args.no_window else "this fsadesk has none yet)"))
    out: dict[str, Any] = {"world": facts, "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    if not args.no_sqlite:
        out["sqlite"] = measure("sqlite", str(world.sqlite), catalogue, args.runs, args.cold, args.profile, window)
    if args.postgres:
        with postgres_world(world, catalogue) as target:
            out["postgresql"] = measure("postgresql", target, catalogue, args.runs, False, args.profile, window)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
