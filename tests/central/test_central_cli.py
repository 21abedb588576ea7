"""`fsadesk central …` as a user runs it: the confirmation question, what each command prints and
stores, and every bad argument or fault as one plain line (or argparse's usage line), with the
registry unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fsadesk.central.members import find_member, list_members, read_enrolment
from fsadesk.central.store.database import open_central
from fsadesk.cli import run
from fsadesk.limits import REGION, REVOKE_REASON

from .conftest import make_enrolment

REPO = Path(__file__).resolve().parents[2]


def _fsadesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "fsadesk", *args], input=stdin, capture_output=True, text=True, env=env, cwd=REPO,
        timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def central(tmp_path: Path) -> Path:
    """A central database made by `fsadesk central init`, as a user would."""
    (tmp_path / "pass").write_text("correct horse battery\n", encoding="utf-8")
    db = tmp_path / "central.sqlite"
    argv = ["central", "init", "--db", str(db), "--name", "全国テスト連合会"]
    assert run([*argv, "--passphrase-file", str(tmp_path / "pass")]) == 0
    return db


def test_init_creates_database_and_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pass").write_text("correct horse battery\n", encoding="utf-8")
    central = tmp_path / "central.sqlite"
    argv = ["central", "init", "--db", str(central), "--name", "全国テスト連合会"]
    argv += ["--passphrase-file", str(tmp_path / "pass")]
    assert run(argv) == 0
    out = capsys.readouterr().out
    assert "Signing key fingerprint" in out and "age1" in out
    keys = central.with_name("central-keys")
    assert sorted(p.name for p in keys.iterdir()) == [
        "age-identity.json", "age-recipient.txt", "signing-key.pem", "signing-key.pub.pem",
    ]  # fmt: skip
    assert oct(central.stat().st_mode & 0o777) == "0o600"
    from fsadesk.central.setup import organisation

    with open_central(central) as db:
        org = organisation(db)
    assert org is not None and org.name == "全国テスト連合会" and org.age_recipient is not None
    assert org.signing_fingerprint is not None and org.signing_fingerprint in out
    # Again: refused, nothing replaced.
    assert run(argv) == 1
    assert "already exists" in capsys.readouterr().err


def test_enrol_asks_for_confirmation_and_no_enrols_nothing(central: Path, tmp_path: Path) -> None:
    path, _ = make_enrolment(tmp_path / "in", "0001", "みらい信用組合")
    fingerprint = read_enrolment(path).fingerprint
    refused = _fsadesk("central", "member", "enrol", "--db", str(central), str(path), stdin="\n")
    assert refused.returncode == 1
    assert fingerprint in refused.stdout and "みらい信用組合" in refused.stdout
    assert "Does the member confirm this fingerprint? [y/N]" in refused.stderr
    assert "Nothing was enrolled." in refused.stderr
    with open_central(central) as db:
        assert list_members(db) == []
    accepted = _fsadesk("central", "member", "enrol", "--db", str(central), str(path), stdin="y\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "0001: enrolled as a new member" in accepted.stdout
    again = _fsadesk("central", "member", "enrol", "--db", str(central), str(path), "--yes")
    assert again.returncode == 0 and "already enrolled with this key" in again.stdout
    with open_central(central) as db:
        member = find_member(db, "0001")
    assert len(member.keys) == 1 and member.active_key is not None and member.active_key.fingerprint == fingerprint


def test_bulk_folder_with_a_bad_file(central: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    make_enrolment(folder, "0001", file="a.json")
    make_enrolment(folder, "0002", file="c.json")
    (folder / "b.json").write_bytes(b"\xff\xfe not an enrolment")
    capsys.readouterr()
    assert run(["central", "member", "enrol", "--db", str(central), str(folder), "--yes"]) == 1  # one file was bad
    out, err = capsys.readouterr()
    assert "0001: enrolled" in out and "0002: enrolled" in out
    assert err.count("\n") == 1 and "b.json" in err and "not an enrolment file" in err
    with open_central(central) as db:
        assert [m.institution_id for m in list_members(db)] == ["0001", "0002"]


def test_rotation_edit_revoke_and_list(central: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, _ = make_enrolment(tmp_path, "0001", "みらい信用組合")
    second, _ = make_enrolment(tmp_path, "0001", "みらい信用組合")
    db = ["--db", str(central)]
    assert run(["central", "member", "enrol", *db, str(first), "--yes"]) == 0
    assert run(["central", "member", "enrol", *db, str(second), "--yes"]) == 1
    assert "--rotate" in capsys.readouterr().err
    assert run(["central", "member", "enrol", *db, str(second), "--yes", "--rotate"]) == 0
    assert "previous key is kept as retired" in capsys.readouterr().out
    assert run(["central", "member", "edit", *db, "0001", "--region", "北海道", "--size-band", "small"]) == 0
    assert run(["central", "member", "list", *db, "--search", "北海道"]) == 0
    out = capsys.readouterr().out
    assert "0001  みらい信用組合" in out and read_enrolment(second).fingerprint in out
    assert run(["central", "member", "revoke", *db, "0001", "--reason", "PC lost"]) == 0
    assert run(["central", "member", "list", *db]) == 0
    assert "no active key (revoked)" in capsys.readouterr().out


def test_every_bad_argument_is_one_plain_message(
    central: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrolment, _ = make_enrolment(tmp_path, "0001")
    assert run(["central", "member", "enrol", "--db", str(central), str(enrolment), "--yes"]) == 0
    member_ws = tmp_path / "ws"
    from fsadesk.store.workspace import create_workspace

    create_workspace(member_ws).close()
    (tmp_path / "notes.txt").write_text("hello\n")
    (tmp_path / "empty").mkdir()
    db = ["--db", str(central)]
    cases: list[list[str]] = [
        ["central"],
        ["central", "member"],
        ["central", "member", "list"],
        ["central", "member", "list", "--db", ""],
        ["central", "member", "list", "--db", str(tmp_path / "missing.sqlite")],
        ["central", "member", "list", "--db", str(tmp_path / "notes.txt")],
        ["central", "member", "list", "--db", str(member_ws)],
        ["central", "member", "list", "--db", str(member_ws / "workspace.sqlite")],
        ["central", "member", "list", "--db", "mysql://someone@host/db"],
        ["central", "member", "list", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
        ["central", "member", "list", *db, "--search", ""],
        ["central", "member", "enrol", *db],
        ["central", "member", "enrol", *db, str(tmp_path / "missing.json"), "--yes"],
        ["central", "member", "enrol", *db, str(tmp_path / "notes.txt"), "--yes"],
        ["central", "member", "enrol", *db, str(tmp_path / "empty"), "--yes"],
        ["central", "member", "enrol", *db, str(enrolment), "--yes", "--by", ""],
        ["central", "member", "edit", *db, "0001"],
        ["central", "member", "edit", *db, "9999", "--region", "x"],
        ["central", "member", "edit", *db, "0001", "--region", "r" * (REGION.max_chars + 1)],
        ["central", "member", "edit", *db, "0001", "--size-band", "huge"],
        ["central", "member", "edit", *db, "0001", "--category", "bank"],
        ["central", "member", "revoke", *db, "0001"],
        ["central", "member", "revoke", *db, "0001", "--reason", " "],
        ["central", "member", "revoke", *db, "0001", "--reason", "r" * (REVOKE_REASON.max_chars + 1)],
        ["central", "member", "revoke", *db, "9999", "--reason", "lost"],
        ["central", "member", "revoke", *db, "0001", "--reason", "lost", "--key", "ABCD"],
        ["central", "init", "--db", str(tmp_path / "new.sqlite"), "--name", ""],
        ["central", "init", "--db", str(tmp_path / "new.sqlite"), "--name", "x" * 1001],
        ["central", "init", "--db", str(central), "--name", "again", "--passphrase-file", str(tmp_path / "pass")],
        ["central", "init", "--db", str(tmp_path / "no" / "new.sqlite"), "--name", "n",
         "--passphrase-file", str(tmp_path / "pass")],
    ]  # fmt: skip
    with open_central(central) as opened:
        before = list_members(opened)
    capsys.readouterr()
    failures = []
    for argv in cases:
        try:
            code = run(argv)
        except SystemExit as exc:
            code = exc.code  # type: ignore[assignment]
        out, err = capsys.readouterr()
        shown = f"{[a[:40] for a in argv]}: exit {code}\n{err}"
        lines = err.strip().splitlines()
        if code in (0, None) or "Traceback" in out + err or not lines:
            failures.append(shown)
        elif code == 2:
            if not (lines[0].startswith("usage:") and ": error: " in lines[-1]):
                failures.append(shown)
        elif len(lines) != 1 or len(lines[0]) > 400:
            failures.append(shown)
    assert not failures, "\n\n".join(failures)
    with open_central(central) as opened:
        assert list_members(opened) == before  # nothing stored changed
    assert not (tmp_path / "new.sqlite").exists() and not (tmp_path / "new-keys").exists()
    assert (member_ws / "workspace.sqlite").is_file() and not list(member_ws.glob("*schema*"))


def test_the_commands_on_a_postgresql_server(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same commands with --db URL: init needs a keys folder, then enrol and list work; the
    password of the address is never printed."""
    (tmp_path / "pass").write_text("correct horse battery\n", encoding="utf-8")
    init = ["central", "init", "--db", postgres_url, "--name", "全国テスト連合会"]
    init += ["--passphrase-file", str(tmp_path / "pass")]
    assert run(init) == 1
    assert "--keys DIR" in capsys.readouterr().err
    assert run([*init, "--keys", str(tmp_path / "keys")]) == 0
    assert (tmp_path / "keys" / "signing-key.pem").is_file()
    assert run([*init, "--keys", str(tmp_path / "keys2")]) == 1  # said before any key is made
    assert "already holds a central database" in capsys.readouterr().err
    assert not (tmp_path / "keys2").exists()
    path, _ = make_enrolment(tmp_path / "in", "0001", "みらい信用組合")
    assert run(["central", "member", "enrol", "--db", postgres_url, str(path), "--yes"]) == 0
    assert run(["central", "member", "list", "--db", postgres_url]) == 0
    assert "0001  みらい信用組合" in capsys.readouterr().out
    wrong = postgres_url.replace("://", "://fsadesk:s3cret-word@", 1).replace("fsadesk@", "", 1)
    wrong = wrong.rsplit("/", 1)[0] + "/no_such_database"
    assert run(["central", "member", "list", "--db", wrong]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "s3cret-word" not in err and "cannot be used" in err
