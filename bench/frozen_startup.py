"""Start-up of the packaged (frozen) program against the unfrozen one, in the same run (issue #13).

The frozen side is the package as `bash packaging/dev.sh package` builds it (the same spec,
filters and trimmed ICU data), plus the harness of bench/startup.py as a PyInstaller runtime hook, in a copy under
build/bench-frozen/ that is never shipped: the harness creates the QApplication and notices the
first window by polling, then the frozen entry point starts fsadesk, exactly as bench/startup.py's
child does before `fsadesk.__main__.main`. Both sides open the same data folder, interleaved.

    .venv/bin/python bench/frozen_startup.py [--runs 7] [--rebuild] [--json out.json]

Figures: the first window (a reopening: the start window), the resumed item page of a full
workspace, the first-run wizard; the ratio frozen / unfrozen of each (target <= 1.0x), and the
sizes of dist/fsadesk/ and its archive when they exist. Start-up reads the program's files: the
frozen side's figures depend on the disk and on whether its files are in the page cache (each
side runs once unmeasured first, so both start warm).
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

from startup import CHILD_FSADESK, HARNESS, compile_package, make_full_workspace, run_child, run_process, spread

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "bench-frozen"
MARKS = (("first_window", "FIRST", "first window (start window)"), ("item_page", "PAGE", "resumed item page"),
         ("wizard", "WIZARD", "first-run wizard"))  # fmt: skip


def build_probe(rebuild: bool) -> Path:
    """The package with the harness as a runtime hook; rebuilt when asked or when missing."""
    exe = WORK / "dist" / "fsadesk" / "fsadesk"
    if exe.exists() and not rebuild:
        return exe
    WORK.mkdir(parents=True, exist_ok=True)
    hook = WORK / "pyi_rth_fsadesk_probe.py"
    # The runtime hook's globals do not outlive it: keep the harness's objects alive on sys.
    hook.write_text(HARNESS + "\nsys._fsadesk_probe = (app, timer, seen, poll, after_main)\n", encoding="utf-8")
    env = os.environ | {"FSADESK_SPEC_PROBE_HOOK": str(hook)}
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(WORK / "dist"),
         "--workpath", str(WORK / "work"), str(ROOT / "packaging" / "fsadesk.spec")],
        check=True, env=env, cwd=ROOT,
    )  # fmt: skip
    for lib in (WORK / "dist" / "fsadesk" / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"):
        if not lib.is_symlink():  # as packaging/package.sh does for the shipped package
            subprocess.run([sys.executable, str(ROOT / "packaging" / "trim_icu.py"), str(lib)], check=True)
    return exe


def sizes() -> dict[str, float]:
    """MB of the shipped program folder and archive, when `dev.sh package` has made them."""
    out: dict[str, float] = {}
    folder = ROOT / "dist" / "fsadesk"
    if folder.is_dir():
        # Symbolic links (Qt's libraries are linked from the top of _internal) count as themselves.
        files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
        out["unpacked_mb"] = sum(p.stat().st_size for p in files) / 1e6
    for archive in sorted((ROOT / "dist").glob("fsadesk-*-linux-*.tar.xz")):
        out["archive_mb"] = archive.stat().st_size / 1e6
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the probe package under build/")
    parser.add_argument("--json")
    args = parser.parse_args()
    exe = build_probe(args.rebuild)
    compile_package()
    load_before = os.getloadavg()[0]
    wall: dict[str, dict[str, list[float]]] = {side: {k: [] for k, *_ in MARKS} for side in ("unfrozen", "frozen")}
    cpu: dict[str, dict[str, list[float]]] = {side: {k: [] for k, *_ in MARKS} for side in ("unfrozen", "frozen")}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "full"
        make_full_workspace(folder)
        data = Path(tmp) / "data"
        data.mkdir()
        (data / "settings.json").write_text(json.dumps({"lang": "ja", "last_workspace": str(folder)}))
        sides = {
            "unfrozen": lambda data_dir: run_child(CHILD_FSADESK, [data_dir]),
            "frozen": lambda data_dir: run_process([str(exe), "--data-dir", data_dir]),
        }
        for side in sides.values():  # once unmeasured: both sides' files in the page cache
            side(str(data))
        for run in range(args.runs):  # interleaved, so machine load affects both sides alike
            for name, side in sides.items():
                resumed = side(str(data))
                wizard = side(str(Path(tmp) / f"first-run-{name}-{run}"))
                for key, mark, _label in MARKS:
                    result = wizard if mark == "WIZARD" else resumed
                    wall[name][key].append(float(result[mark]))  # type: ignore[arg-type]
                    cpu[name][key].append(float(result[f"CPU_{mark}"]))  # type: ignore[arg-type]

    print(f"frozen vs unfrozen start-up, {args.runs} fresh processes each, {time.strftime('%Y-%m-%d')}")
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f}")
    print("wall-clock time from spawning the process (medians; per-run ratio range; target frozen <= 1.0x):")
    for key, _mark, label in MARKS:
        u, f = statistics.median(wall["unfrozen"][key]), statistics.median(wall["frozen"][key])
        r = [a / b for a, b in zip(wall["frozen"][key], wall["unfrozen"][key], strict=True)]
        print(f"  {label:<28} unfrozen {u * 1000:5.0f} ms  frozen {f * 1000:5.0f} ms  {f / u:4.2f}x"
              f"  per-run {min(r):.2f}–{max(r):.2f}  frozen {spread(wall['frozen'][key])}")  # fmt: skip
    print("processor time of the process at that moment:")
    for key, _mark, label in MARKS:
        u, f = statistics.median(cpu["unfrozen"][key]), statistics.median(cpu["frozen"][key])
        print(f"  {label:<28} unfrozen {u * 1000:5.0f} ms  frozen {f * 1000:5.0f} ms  {f / u:4.2f}x")
    size = sizes()
    if size:
        print("package: " + ", ".join(f"{k} {v:.1f}" for k, v in size.items()))
    if args.json:
        Path(args.json).write_text(json.dumps({"wall_s": wall, "cpu_s": cpu, "runs": args.runs} | size, indent=2))


if __name__ == "__main__":
    main()
