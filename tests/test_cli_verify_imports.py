"""`fsadesk verify` loads only what verifying needs (issue #9, speed): no SQLAlchemy, no store,
no catalogue loader, no spreadsheet or PDF library. bench/verify_process.py measures the result."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

import fsadesk.bundle_cli as bundle_cli
from fsadesk.bundle.keys import KEY_DIR, PUBLIC_KEY_FILE
from fsadesk.cli import run
from tests.bundle_support import FAKE_PDF, PASSPHRASE

HEAVY = ("sqlalchemy", "alembic", "fsadesk.store.workspace", "fsadesk.catalogue.loader", "pydantic", "yaml",
         "openpyxl", "reportlab", "PySide6")  # fmt: skip

CHECK = """
import contextlib, io, sys
from fsadesk.__main__ import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
assert code == 0 and out.getvalue().startswith("OK"), (code, out.getvalue())
print(" ".join(m for m in {heavy!r} if m in sys.modules))
"""


def test_verify_imports_no_database_or_catalogue(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_cli, "_render_pdf", lambda *args: FAKE_PDF)
    ws, pass_file, bundle = tmp_path / "demo", tmp_path / "pass.txt", tmp_path / "b.fsab"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert run(["demo", str(ws)]) == 0
        assert run(["export", str(ws), "--out", str(bundle), "--passphrase-file", str(pass_file)]) == 0
        assert run(["key", "export-public", str(ws), str(tmp_path / "e.json")]) == 0
    for key in (ws / KEY_DIR / PUBLIC_KEY_FILE, tmp_path / "e.json"):
        done = subprocess.run(
            [sys.executable, "-c", CHECK.format(heavy=HEAVY), "verify", str(bundle), "--key", str(key)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "", f"verify imported {done.stdout.strip()}"
