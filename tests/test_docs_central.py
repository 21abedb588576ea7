"""docs/central.md and docs/central.ja.md cannot drift from the program: every `fsadesk …` line of
their code blocks parses with the real command-line parser, both languages show the same commands,
and the "Try it out" walkthrough runs from start to end as real subprocesses (issue #12)."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from fsadesk.cli import build_parser

DOCS = Path(__file__).resolve().parents[1] / "docs"
EN, JA = DOCS / "central.md", DOCS / "central.ja.md"
NEEDS_PASSPHRASE = (("central", "init"), ("central", "campaign"), ("central", "import"))


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """(the heading above it, its `fsadesk …` lines) for each ```sh code block."""
    found: list[tuple[str, list[str]]] = []
    heading = ""
    for m in re.finditer(r"^(## [^\n]*)$|^```sh\n(.*?)^```", text, flags=re.S | re.M):
        if m.group(1):
            heading = m.group(1)
        else:
            lines = [ln.strip() for ln in m.group(2).splitlines() if ln.strip().startswith("fsadesk ")]
            found.append((heading, lines))
    return found


def commands(path: Path) -> list[str]:
    return [line for _, lines in blocks(path.read_text(encoding="utf-8")) for line in lines]


def parse_problem(line: str) -> str | None:
    """None when the real parser takes the line as written, else what it said."""
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            args = build_parser().parse_args(shlex.split(line)[1:])
    except SystemExit:
        return err.getvalue() or "exit"
    return None if isinstance(args, argparse.Namespace) and getattr(args, "func", None) else "no command"


@pytest.mark.parametrize("doc", [EN, JA], ids=lambda p: p.name)
def test_every_command_in_the_doc_parses(doc: Path):
    lines = commands(doc)
    assert len(lines) >= 20, lines  # the walkthrough and every step of the year are shown
    problems = {line: p for line in lines if (p := parse_problem(line))}
    assert problems == {}


def test_the_check_catches_a_command_that_does_not_exist():
    assert parse_problem("fsadesk central member enroll --db central.db enrolments")
    assert parse_problem("fsadesk central import --db central.db --campain x inbox")
    assert parse_problem("fsadesk central campaign create --db c.db --out x.fsac") is not None  # required options
    assert parse_problem("fsadesk central member list --db central.db") is None


def test_both_languages_show_the_same_commands():
    assert commands(JA) == commands(EN)


def test_the_doc_names_the_screens_and_the_format_doc():
    for doc in (EN, JA):
        text = doc.read_text(encoding="utf-8")
        assert re.search(r"docs/screenshots/central-[a-z-]+\.png", text)
        assert "campaign-and-receipt-format.md" in text


def _walkthrough(doc: Path) -> list[str]:
    """The lines of the section that runs as-is in an empty folder (simulate first)."""
    runs = [lines for _, lines in blocks(doc.read_text(encoding="utf-8")) if lines and "simulate" in lines[0]]
    assert len(runs) == 1
    return runs[0]


@pytest.mark.slow
def test_the_try_it_out_section_runs_as_written(tmp_path: Path):
    (tmp_path / "pass.txt").write_text("practice passphrase\n", encoding="utf-8")
    env = {**os.environ, "FSADESK_DATA_DIR": str(tmp_path / "data"), "LANG": "C.UTF-8"}
    for line in _walkthrough(EN):
        argv = shlex.split(line)[1:]
        if tuple(argv[:2]) in NEEDS_PASSPHRASE and "--passphrase-file" not in argv:
            argv += ["--passphrase-file", "pass.txt"]  # instead of typing it at the prompt
        done = subprocess.run(
            [sys.executable, "-m", "fsadesk", *argv], cwd=tmp_path, env=env, input="y\n",  # y: fingerprints read back
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, (line, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    with open(tmp_path / "summary.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    # Five members, one of whom also sent a corrected file: every file accepted, each member once current.
    assert len(rows) >= 5 and all(r[1] == "accepted" for r in rows), rows
    assert {r[4] for r in rows} == {f"SIM-000{n}" for n in range(1, 6)}
    assert (tmp_path / "SIM-0001-receipt.fsar").read_bytes()[:2] == b"PK"  # a signed receipt, ready to send


def test_the_readme_points_to_the_docs_and_its_central_lines_parse():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/central.md" in readme and "docs/campaign-and-receipt-format.md" in readme
    assert "docs/campaign-and-receipt-format.md" in (DOCS / "bundle-format.md").read_text(encoding="utf-8")
    lines = [
        shlex.join(shlex.split(line.removeprefix(".venv/bin/"), comments=True))
        for line in readme.splitlines()
        if line.startswith(".venv/bin/fsadesk central ")
    ]
    assert len(lines) >= 3
    assert {line: p for line in lines if (p := parse_problem(line))} == {}
