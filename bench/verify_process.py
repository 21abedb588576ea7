"""`fsadesk verify` as a whole process, against its floor measured in the same run.

The floor is a Python process that imports only what checking a bundle needs at the least — zipfile,
hashlib and cryptography's Ed25519 — reads the same bundle, takes the SHA-256 of every member and
verifies the one Ed25519 signature over manifest.json. `fsadesk verify` does all of that and more
(zip layout checks, the manifest and assessment schemas, the enrolment file), so the ratio says what
the rest costs; before issue #9 it was 7–8x, most of it SQLAlchemy imported for nothing. Runs of
the two alternate, so both see the same machine noise; medians are compared.

    .venv/bin/python bench/verify_process.py [--n 21] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 3.0

FLOOR = """
import hashlib, sys, zipfile
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
with zipfile.ZipFile(sys.argv[1]) as z:
    members = {name: z.read(name) for name in z.namelist()}
for data in members.values():
    hashlib.sha256(data).hexdigest()
Ed25519PublicKey.from_public_bytes(bytes.fromhex(sys.argv[2])).verify(members["manifest.sig"], members["manifest.json"])
print("OK")
"""


def make_bundle(folder: Path) -> tuple[Path, Path, str]:
    """A demo workspace's signed bundle (real report), its enrolment file and raw public key (hex)."""
    from fsadesk.bundle.keys import load_workspace_public_key
    from fsadesk.cli import run

    ws, pass_file, bundle, enrolment = folder / "demo", folder / "pass.txt", folder / "demo.fsab", folder / "e.json"
    pass_file.write_text("correct horse battery staple\n", encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert run(["demo", str(ws)]) == 0
        assert run(["export", str(ws), "--out", str(bundle), "--passphrase-file", str(pass_file)]) == 0
        assert run(["key", "export-public", str(ws), str(enrolment)]) == 0
    return bundle, enrolment, load_workspace_public_key(ws).public_bytes_raw().hex()


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not done.stdout.startswith(b"OK"):
        raise SystemExit(f"{argv[:4]} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=21, help="runs of each (default 21)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fsadesk-bench-verify-") as tmp:
        os.environ["FSADESK_DATA_DIR"] = str(Path(tmp) / "data")
        bundle, enrolment, raw_key = make_bundle(Path(tmp))
        floor_argv = [sys.executable, "-c", FLOOR, str(bundle), raw_key]
        verify_argv = [sys.executable, "-m", "fsadesk", "verify", str(bundle), "--key", str(enrolment)]
        timed(floor_argv), timed(verify_argv)  # warm the file cache and .pyc files
        floor, verify = [], []
        for _ in range(args.n):
            floor.append(timed(floor_argv))
            verify.append(timed(verify_argv))
        size = bundle.stat().st_size
    floor_ms, verify_ms = statistics.median(floor) * 1000, statistics.median(verify) * 1000
    ratio = verify_ms / floor_ms
    print(f"bundle {size:,} bytes, {args.n} runs each, median wall time of the whole process")
    print(f"  floor (python + zipfile + SHA-256 + one Ed25519 verify)  {floor_ms:7.1f} ms")
    print(f"  fsadesk verify --key enrolment.json                      {verify_ms:7.1f} ms")
    print(f"  ratio {ratio:.2f}x (target <= {TARGET_RATIO:.1f}x): {'met' if ratio <= TARGET_RATIO else 'NOT met'}")
    if args.json:
        figures = {"floor_ms": floor_ms, "verify_ms": verify_ms, "ratio": ratio, "runs": args.n, "bundle_bytes": size,
                   "python": platform.python_version(), "machine": platform.machine()}  # fmt: skip
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
