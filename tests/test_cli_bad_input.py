"""Every bad argument of issue #9 (defects 4, 8, 9, 12, 13) and more, through the real entry
point: a non-zero exit, one plain line (or argparse's usage message), never a traceback, and
nothing stored changes. Most run in-process through fsadesk.__main__.main (fast); the cases that
depend on the process itself (stdout's encoding, /dev/full as stdout) run in subprocesses."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fsadesk.__main__ import main
from fsadesk.bundle.keys import KEY_DIR, PUBLIC_KEY_FILE

ITEM = "2.1.1-B1"
PASS = "correct horse battery staple"


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, Path]:
    """A demo workspace with a key and a signed bundle, made once for the whole module."""
    base = tmp_path_factory.mktemp("bad-input")
    ws, pass_file = base / "demo", base / "pass.txt"
    pass_file.write_text(PASS + "\n", encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["demo", str(ws)]) == 0
        assert main(["export", str(ws), "--out", str(base / "b.fsab"), "--passphrase-file", str(pass_file)]) == 0
    (base / "plain.txt").write_text("not a workspace\n", encoding="utf-8")
    (base / "empty-folder").mkdir()
    return {"base": base, "ws": ws, "pass": pass_file, "bundle": base / "b.fsab",
            "pub": ws / KEY_DIR / PUBLIC_KEY_FILE}  # fmt: skip


def _cases(e: dict[str, Path]) -> list[list[str]]:
    ws, base, bundle, pub = str(e["ws"]), e["base"], str(e["bundle"]), str(e["pub"])
    new = str(base / "never-created")
    init = ["init", new, "--name", "信組", "--institution-id", "X1", "--category", "regional"]
    long_path = "/tmp/" + "a/" * 2500
    long_name = str(base / ("n" * 300))
    huge = "99999999999999999999"
    out = str(base / "out.csv")
    return [
        # defect 8: no abbreviations, never a passphrase on the command line
        ["export", ws, "--out", str(base / "x.fsab"), "--passphrase", "SECRET"],
        ["export", ws, "--out", str(base / "x.fsab"), "--passphrase=SECRET"],
        ["key", "init", ws, "--passphrase", "SECRET"],
        ["export", ws, "--out", str(base / "x.fsab"), "--pass", str(e["pass"])],
        ["scores", ws, "--js"],
        ["--lang", "fr"],
        ["scores", ws, "--lang", "fr"],
        ["--data-dir"],
        ["--data", str(base), "scores", ws],
        # defect 9: numbers SQLite cannot hold, and other bad numbers
        ["scores", ws, "--cycle", huge],
        ["history", ws, "--cycle", huge],
        ["answer", ws, ITEM, "implemented", "--cycle", huge],
        ["results", ws, "--format", "csv", out, "--cycle", huge],
        ["export", ws, "--out", str(base / "x.fsab"), "--cycle", huge],
        ["scores", ws, "--cycle", "-1"],
        ["scores", ws, "--cycle", "0"],
        ["scores", ws, "--cycle", "one"],
        ["scores", ws, "--cycle", "9" * 5000],
        ["scores", ws, "--cycle", "7"],
        ["answer", ws, ITEM, "implemented", "--cycle", "7"],
        ["export", ws, "--out", str(base / "x.fsab"), "--cycle", "7", "--passphrase-file", str(e["pass"])],
        # defect 9: paths over the OS limits, folders, devices, /proc and /sys
        ["scores", long_path],
        ["results", ws, "--format", "csv", long_path + "r.csv"],
        ["results", ws, "--format", "csv", long_name],
        ["catalogue", "export", "--format", "csv", long_name],
        ["demo", long_name],
        ["init", long_name, *init[2:]],
        ["results", ws, "--format", "xlsx", str(base)],
        ["results", ws, "--format", "csv", "/dev/full"],
        ["results", ws, "--format", "csv", "/proc/fsadesk-x"],
        ["results", ws, "--format", "csv", "/sys/fsadesk-x"],
        ["catalogue", "export", "--format", "xlsx", "/dev/full"],
        ["catalogue", "export", "--format", "xlsx", str(base)],
        ["key", "export-public", ws, "/dev/full"],
        ["key", "export-public", ws, str(base)],
        # (export to a device: see test_bundle_cli's pipe test; a regression here would replace /dev/full)
        ["export", ws, "--out", "/proc/fsadesk-x.fsab", "--passphrase-file", str(e["pass"])],
        ["results", ws, "--format", "csv", str(base / "missing-folder" / "r.csv")],
        # defect 9: verify with an empty key, odd files
        ["verify", bundle, "--key", ""],
        ["verify", bundle, "--trust", ""],
        ["verify", "", "--key", pub],
        ["verify", bundle, "--key", str(base)],
        ["verify", bundle, "--key", str(base / "missing.pem")],
        ["verify", bundle, "--key", str(base / "plain.txt")],
        ["verify", str(base), "--key", pub],
        ["verify", bundle, "--trust", str(base / "plain.txt")],
        ["verify", bundle, "--key", long_path],
        ["verify", bundle, "--key", pub, "--identity", ""],
        # defect 4: limits, checked at input
        ["init", new, "--name", "名" * 1001, *init[4:]],
        ["init", new, "--name", "", *init[4:]],
        ["init", new, "--name", "   ", *init[4:]],
        ["init", new, "--name", "信組", "--institution-id", "I" * 201, "--category", "regional"],
        ["init", new, "--name", "信組", "--institution-id", "", "--category", "regional"],
        [*init, "--label", "L" * 1001],
        [*init, "--label", ""],
        [*init, "--year", "-5"],
        [*init, "--year", "1899"],
        [*init, "--year", "10000"],
        [*init, "--year", huge],
        [*init, "--category", ""],
        [*init, "--yes", ""],
        ["cycle", "new", ws, "--year", "-5"],
        ["cycle", "new", ws, "--year", "0"],
        ["cycle", "new", ws, "--year", "10000"],
        ["cycle", "new", ws, "--year", "2027", "--label", "L" * 1001],
        ["cycle", "new", ws, "--year", "2027", "--label", " "],
        ["answer", ws, ITEM, "implemented", "--notes", "n" * 5001],
        ["answer", ws, ITEM, "implemented", "--evidence", "証" * 5001],
        ["answer", ws, ITEM, "not_applicable", "--justification", "j" * 5001],
        ["answer", ws, ITEM, "implemented", "--by", "b" * 201],
        ["answer", ws, ITEM, "implemented", "--by", ""],
        # and more: missing, wrong kind, unknown, empty
        ["answer", ws, "9.9-B1", "implemented"],
        ["answer", ws, "", "implemented"],
        ["answer", ws, ITEM, "done"],
        ["answer", ws, ITEM, ""],
        ["answer", ws, ITEM, "not_applicable"],
        ["scores", str(base / "missing")],
        ["scores", str(base / "plain.txt")],
        ["scores", str(base / "empty-folder")],
        ["scores", ""],
        ["scores"],
        ["history", str(base / "missing")],
        ["demo", ws],
        [*init[:1], ws, *init[2:]],
        ["catalogue", "validate", ""],
        ["catalogue", "validate", str(base / "missing")],
        ["catalogue", "validate", str(base / "plain.txt")],
        ["--catalogue", str(base / "empty-folder"), "scores", ws],
        ["--data-dir", "", "scores", "demo"],
        ["results", ws, "--format", "pdf", out],
        ["no-such-command"],
        ["key", "export-public", str(base / "missing"), str(base / "e.json")],
    ]


def _state(ws: Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["history", str(ws)]) == 0
        assert main(["scores", str(ws), "--json"]) == 0
    return out.getvalue()


def test_every_bad_argument_is_one_plain_message(env, capsys):
    before = _state(env["ws"])
    capsys.readouterr()
    failures = []
    for argv in _cases(env):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's usage errors exit 2 by SystemExit
            code = exc.code
        out, err = capsys.readouterr()
        shown = f"{[a[:40] for a in argv]}: exit {code}\n{err}"
        lines = err.strip().splitlines()
        if code in (0, None) or "Traceback" in out + err or not lines:
            failures.append(shown)
        elif code == 2:  # argparse: usage, then one "fsadesk …: error: …" line
            once = sum(line.startswith("usage:") for line in lines) == 1  # not the light parser's too
            if not (once and lines[0].startswith("usage:") and ": error: " in lines[-1]):
                failures.append(shown)
        elif len(lines) != 1 or len(lines[0]) > 400:
            failures.append(shown)
        if "SECRET" in out + err:
            failures.append(f"{shown} (the passphrase was repeated)")
    assert not failures, "\n\n".join(failures)
    assert _state(env["ws"]) == before  # nothing stored changed
    assert not (env["base"] / "never-created").exists()
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # still the device, not a file written over it


def test_the_passphrase_hint(env, capsys):
    """`--passphrase SECRET` says why there is no such option and what to do instead."""
    with pytest.raises(SystemExit) as info:
        main(["export", str(env["ws"]), "--out", "x.fsab", "--passphrase", "SECRET"])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "--passphrase-file FILE" in err and "SECRET" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["cycle", "new", "{ws}", "--year", "-5"], "the fiscal year must be from 1900 to 9999"),
        (["answer", "{ws}", ITEM, "implemented", "--notes", "n" * 5001], "at most 5,000 characters"),
        (["init", "{base}/w", "--name", "x", "--institution-id", "I" * 201, "--category", "regional"],
         "--institution-id: is too long: at most 200 characters"),
        (["scores", "{ws}", "--cycle", "99999999999999999999"], "a cycle number must be from 1 to"),
        (["verify", "{bundle}", "--key", ""], "--key: an empty path names no file or folder"),
    ],
)  # fmt: skip
def test_argument_messages_name_the_option_and_the_limit(env, capsys, argv, message):
    argv = [a.format(ws=env["ws"], base=env["base"], bundle=env["bundle"]) for a in argv]
    with pytest.raises(SystemExit):
        main(argv)
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("{base}", "is a folder, not a file"),
        ("/dev/full", "/dev/full is a device or other special file"),
        ("/proc/fsadesk-x", "the folder /proc does not take new files"),
        ("/tmp/" + "a/" * 2500, "The path is too long"),
        ("{base}/" + "n" * 300, "A name in this path is longer than a file or folder name can be (255 bytes)"),
    ],
)
def test_output_problems_have_their_own_message(env, capsys, target, message):
    assert main(["results", str(env["ws"]), "--format", "csv", target.format(base=env["base"])]) == 1
    assert message in capsys.readouterr().err


def test_a_file_is_not_a_workspace(env, capsys):
    assert main(["scores", str(env["base"] / "plain.txt")]) == 1
    assert capsys.readouterr().err.endswith("plain.txt is a file, not a workspace folder.\n")


def test_init_defaults_to_the_fiscal_year_and_the_apps_label(tmp_path, capsys):
    """Without --year, init starts this fiscal year's cycle (from 1 April), labelled as the set-up
    wizard labels it (2026年度)."""
    import datetime as dt

    from fsadesk.assessment.fiscal import default_cycle_label, fiscal_year

    ws = tmp_path / "ws"
    assert main(["init", str(ws), "--name", "信組", "--institution-id", "X1", "--category", "regional"]) == 0
    assert main(["scores", str(ws), "--json"]) == 0
    cycle = __import__("json").loads(capsys.readouterr().out.split("\n", 1)[1])["cycle"]
    year = fiscal_year(dt.date.today())
    assert cycle["fiscal_year"] == year and cycle["label"] == default_cycle_label(year)
    assert main(["cycle", "new", str(ws), "--year", str(year + 1)]) == 0
    assert default_cycle_label(year + 1) in capsys.readouterr().out


def test_an_unexpected_error_is_one_line_and_a_private_log(tmp_path, capsys, monkeypatch):
    """Anything nobody planned for: one plain line naming the log; the traceback is in the log
    (0600 in a 0700 folder), exit 1."""
    import fsadesk.cli as cli

    def boom(args, out):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli, "cmd_history", boom)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "history", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    log = data / "logs" / "fsadesk.log"
    assert err == (
        f"fsadesk stopped because of an unexpected problem: RuntimeError: boom second line. The details are in {log}.\n"
    )
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: boom" in text and "fsadesk history" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600 and stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_a_log_that_cannot_be_written_is_no_second_failure(tmp_path, capsys, monkeypatch):
    import fsadesk.cli as cli

    def boom(args, out):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "cmd_history", boom)
    (tmp_path / "data").write_text("a file where the data folder should be")
    assert main(["--data-dir", str(tmp_path / "data"), "history", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be written to a log" in err and "Traceback" not in err


def test_ctrl_c_is_a_plain_stop(tmp_path, capsys, monkeypatch):
    import fsadesk.cli as cli

    def interrupted(args, out):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_history", interrupted)
    assert main(["history", str(tmp_path)]) == 130
    assert "Traceback" not in capsys.readouterr().err


def _fsadesk(*argv: str | bytes, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fsadesk", *argv],
        capture_output="stdout" not in kwargs,
        env={**os.environ, **(env or {})},
        timeout=120,
        **kwargs,
    )


def test_non_utf8_file_names_on_a_strict_utf8_terminal(tmp_path):
    """A file name that is not UTF-8, printed to a stdout that takes strict UTF-8 only (as on a
    ja_JP.UTF-8 desktop): the command works and shows the odd byte as \\xff."""
    strict = {"PYTHONIOENCODING": "utf-8:strict", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    folder = os.fsencode(tmp_path) + b"/demo\xff"
    done = _fsadesk("demo", folder, env=strict)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert b"demo\\xff" in done.stdout
    target = os.fsencode(tmp_path) + b"/r\xfe.csv"
    done = _fsadesk("results", folder, "--format", "csv", target, env=strict)
    assert done.returncode == 0 and b"r\\xfe.csv" in done.stdout and os.path.exists(target), done.stderr
    done = _fsadesk("scores", os.fsencode(tmp_path) + b"/missing\xff", env=strict)
    assert done.returncode == 1 and b"Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


def test_stdout_on_a_full_disk(tmp_path):
    """`fsadesk catalogue show > /dev/full`: one line on stderr, exit 1, no complaint at exit."""
    with open("/dev/full", "w") as full:
        done = _fsadesk("catalogue", "show", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "There is no space left on the disk for the output (stdout); nothing more was written."
    ]


def test_passphrase_on_the_command_line_in_a_real_process(tmp_path):
    done = _fsadesk("export", str(tmp_path), "--out", "x.fsab", "--passphrase", "SECRET")
    assert done.returncode == 2 and b"SECRET" not in done.stderr and b"--passphrase-file" in done.stderr


def test_a_stored_note_over_the_limit_is_named_not_saved_blindly(tmp_path, capsys):
    """A note stored before limits existed is longer than the limit now: changing that answer's
    status says which text is too long and how to shorten it, and stores nothing."""
    import sqlite3

    ws = tmp_path / "ws"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["demo", str(ws)]) == 0
    con = sqlite3.connect(ws / "workspace.sqlite")
    with con:
        con.execute("UPDATE answer SET notes = ? WHERE item_id = ?", ("長" * 5001, ITEM))
    before = con.execute("SELECT status FROM answer WHERE item_id = ?", (ITEM,)).fetchone()
    con.close()
    assert main(["answer", str(ws), ITEM, "not_implemented"]) == 1
    err = capsys.readouterr().err
    assert err == "The notes are longer than 5,000 characters; shorten them (--notes).\n"
    con = sqlite3.connect(ws / "workspace.sqlite")
    assert con.execute("SELECT status FROM answer WHERE item_id = ?", (ITEM,)).fetchone() == before
    con.close()
    assert main(["answer", str(ws), ITEM, "not_implemented", "--notes", "短く"]) == 0
