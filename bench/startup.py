"""Start-up and item-switch benchmark for the desktop app.

Each measurement runs in a fresh Python process (as a user starts the app) and reports wall-clock
time from spawning the process to the moment a window has been shown and painted:
- baseline: a bare PySide6 QApplication + QMainWindow
- first window: the first window fsadesk shows (its start window, before the heavy libraries load)
- resumed item page: the main window of a full 176-item workspace with the last item's page
  filled in and painted (through the real entry point of the `fsadesk` command)
- first-run wizard: a first start (an empty data folder), to the set-up wizard's first page painted
Item switching: in one process, p50/p99 of opening the next item (save check, fill, repaint),
measured once the workspace has opened behind the resumed page.

fsadesk is byte-compiled first, as an installed copy is; windows are noticed by polling, so the
measurement adds no per-event Python call to fsadesk's side only (see docs/performance.md).

    .venv/bin/python bench/startup.py [--runs 7] [--switches 300] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD_BASELINE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("baseline")); w.resize(1280, 820); w.show()
app.processEvents(); w.repaint()
print("FIRST", time.time()); print("PAGE", time.time())
"""

CHILD_FSADESK = r"""
import os, sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
seen = {}

# Windows are noticed by polling every millisecond, not by an event filter on the application:
# a Python filter is called for each of the ~2,500 events of start-up and cost fsadesk ~15 ms
# that the baseline does not pay.
def poll():
    for widget in app.topLevelWidgets():
        name = type(widget).__name__
        if widget.isVisible() and name not in seen:
            seen[name] = time.time()
            if name == "SetupWizard":  # a first run: the wizard's first page, painted, is the figure
                timer.stop()
                widget.repaint()
                print("WIZARD", time.time())
                sys.stdout.flush()
                os._exit(0)  # leave the wizard's modal loop at once; nothing is written yet
            if name == "MainWindow":
                timer.stop()
                QTimer.singleShot(0, lambda window=widget: after_main(window))
                return

timer = QTimer()
timer.setTimerType(Qt.TimerType.PreciseTimer)
timer.setInterval(1)
timer.timeout.connect(poll)
timer.start()

def after_main(window):
    window.page.repaint()
    print("FIRST", min(seen.values()))
    print("PAGE", time.time())
    if len(sys.argv) > 3:
        window.session.workspace  # switching is measured once the workspace has opened behind the page
        ids = [it.id for it in window.session.items]
        times = []
        for i in range(int(sys.argv[3])):
            t = time.perf_counter()
            window.go_to(ids[(i + 1) % len(ids)])
            app.processEvents()
            window.page.repaint()
            times.append(time.perf_counter() - t)
        print("SWITCH", " ".join(f"{x:.6f}" for x in times))
    sys.stdout.flush()
    app.exit(0)

from fsadesk.__main__ import main  # the console script's own entry point
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def make_full_workspace(folder: Path) -> None:
    """A workspace where all 176 items apply and every one is answered, resumed near the end."""
    from fsadesk.assessment.answers import Answer, Status
    from fsadesk.assessment.demo import DEMO_PROFILE
    from fsadesk.catalogue import load_catalogue
    from fsadesk.store import create_workspace

    cat = load_catalogue()
    profile = DEMO_PROFILE.__class__(
        **{**DEMO_PROFILE.__dict__, "is_fmi": True, "applicability": {q.id: True for q in cat.questions}}
    )
    with create_workspace(folder) as ws:
        ws.institution.save(profile)
        cycle = ws.cycles.create("2026年度", 2026, cat)
        statuses = [Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED]
        for i, item in enumerate(cat.items):
            ws.answers.save(cycle.id, Answer(item.id, statuses[i % 3], notes="メモ " * 20))
        ws.cycles.set_last_item(cycle.id, cat.items[-5].id)
        assert len(ws.answers.load(cycle.id)) == 176


def run_child(code: str, args: list[str]) -> dict[str, list[float] | float]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    result: dict[str, list[float] | float] = {}
    for line in out.stdout.splitlines():
        key, _, rest = line.partition(" ")
        if key in ("FIRST", "PAGE", "WIZARD"):
            result[key] = float(rest) - start
        elif key == "SWITCH":
            result[key] = [float(x) for x in rest.split()]
    return result


def compile_package() -> None:
    """Byte-compile fsadesk, as an installed copy is (pip and PyInstaller ship .pyc files). A
    source checkout run with PYTHONDONTWRITEBYTECODE=1 (as on our CI and dev VMs) would otherwise
    compile every module from source at each start, ≈ 25 ms that no user pays."""
    import compileall

    import fsadesk

    compileall.compile_dir(Path(fsadesk.__file__).parent, quiet=1)


def spread(values: list[float]) -> str:
    """Quartiles and extremes in ms: timings on a shared machine are noisy, a median alone hides it."""
    q1, _median, q3 = statistics.quantiles(values, n=4)
    return f"IQR {q1 * 1000:.0f}–{q3 * 1000:.0f}, range {min(values) * 1000:.0f}–{max(values) * 1000:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--switches", type=int, default=300)
    parser.add_argument("--json")
    args = parser.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "full"
        make_full_workspace(folder)
        data = Path(tmp) / "data"  # the app's data folder remembers the workspace, as after a first run
        data.mkdir()
        (data / "settings.json").write_text(json.dumps({"lang": "ja", "last_workspace": str(folder)}))
        base, first, page, wizard = [], [], [], []
        for run in range(args.runs):  # interleaved, so machine load affects all sides alike
            b = run_child(CHILD_BASELINE, [])
            f = run_child(CHILD_FSADESK, [str(data), str(folder)])
            # A first run: a data folder that does not exist yet (fsadesk creates it), so no
            # settings and no workspace; the language is the default, Japanese.
            w = run_child(CHILD_FSADESK, [str(Path(tmp) / f"first-run-{run}")])
            base.append(float(b["FIRST"]))
            first.append(float(f["FIRST"]))
            page.append(float(f["PAGE"]))
            wizard.append(float(w["WIZARD"]))
        switch = run_child(CHILD_FSADESK, [str(data), str(folder), str(args.switches)])["SWITCH"]
    assert isinstance(switch, list)
    sw = sorted(switch)
    p50, p99 = statistics.median(sw), sw[int(len(sw) * 0.99) - 1]
    mb, mf, mp = statistics.median(base), statistics.median(first), statistics.median(page)
    mw = statistics.median(wizard)

    def ratios(values: list[float]) -> str:
        """The spread of the per-run ratio (each run against the baseline of the same round)."""
        r = [v / b for v, b in zip(values, base, strict=True)]
        return f"per-run ratio {min(r):.2f}–{max(r):.2f}"

    print(f"start-up, median of {args.runs} fresh processes, {time.strftime('%Y-%m-%d')}")
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"load average before: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "")
    print(f"{'bare PySide6 window (baseline)':<36} {mb * 1000:8.0f} ms           {spread(base)}")
    print(f"{'fsadesk first window':<36} {mf * 1000:8.0f} ms   {mf / mb:5.2f}x  (target <= 1.5x)  {ratios(first)}")
    print(f"{'fsadesk resumed item page':<36} {mp * 1000:8.0f} ms   {mp / mb:5.2f}x  (target <= 2.5x)  {ratios(page)}")
    print(f"{'fsadesk first-run wizard':<36} {mw * 1000:8.0f} ms   {mw / mb:5.2f}x  (target <= 1.5x)  {ratios(wizard)}")
    print(f"item switching, {len(sw)} switches: p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms (target p99 <= 50 ms)")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "baseline_s": mb,
                    "first_window_s": mf,
                    "item_page_s": mp,
                    "first_run_wizard_s": mw,
                    "switch_p50_s": p50,
                    "switch_p99_s": p99,
                    "runs": args.runs,
                    "samples_s": {"baseline": base, "first_window": first, "item_page": page, "wizard": wizard},
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
