"""The key, export and verify commands, as a script or a central organisation would run them."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from pyrage import x25519

import fsadesk.bundle_cli as bundle_cli
from fsadesk.bundle import spec
from fsadesk.bundle.keys import KEY_DIR, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE
from fsadesk.cli import build_parser, run
from tests.bundle_support import FAKE_PDF, PASSPHRASE, members_of

PASS_FILE_TEXT = PASSPHRASE + "\n"  # as `echo` writes it: the trailing newline is not part of it


def cli(*argv: str) -> tuple[int, str, str]:
    args = build_parser().parse_args([str(a) for a in argv])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = args.func(args, out)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def ws(tmp_path) -> Path:
    folder = tmp_path / "demo"
    with contextlib.redirect_stdout(io.StringIO()):
        assert run(["demo", str(folder)]) == 0
    return folder


@pytest.fixture
def pass_file(tmp_path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASS_FILE_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def fake_pdf(monkeypatch):
    """Unit tests of the commands do not need the real (slower) report renderer."""
    monkeypatch.setattr(bundle_cli, "_render_pdf", lambda *args: FAKE_PDF)


def test_key_init_and_export_public(ws, pass_file, tmp_path):
    """`key init` makes a 0600 key and prints its fingerprint; `export-public` writes the enrolment file."""
    code, out, err = cli("key", "init", ws, "--passphrase-file", pass_file)
    assert code == 0, err
    fp = out.split("Fingerprint:\n")[1].split("\n")[0].strip()
    assert len(fp) == 79 and stat.S_IMODE((ws / KEY_DIR / PRIVATE_KEY_FILE).stat().st_mode) == 0o600
    code, out, _ = cli("key", "export-public", ws, tmp_path / "enrol.json")
    assert code == 0 and fp in out
    doc = json.loads((tmp_path / "enrol.json").read_text(encoding="utf-8"))
    assert doc["fingerprint"] == fp and doc["institution"]["id"] == "DEMO-0001"
    assert cli("key", "export-public", ws, tmp_path / "pub.pem", "--format", "pem")[0] == 0
    assert (tmp_path / "pub.pem").read_bytes() == (ws / KEY_DIR / PUBLIC_KEY_FILE).read_bytes()


def test_key_init_twice_is_refused_then_replaced(ws, pass_file):
    """A second `key init` exits 1 and says how to replace; `--replace` makes a new key."""
    cli("key", "init", ws, "--passphrase-file", pass_file)
    code, _, err = cli("key", "init", ws, "--passphrase-file", pass_file)
    assert code == 1 and "already has a signing key" in err
    assert cli("key", "init", ws, "--passphrase-file", pass_file, "--replace")[0] == 0


def test_key_init_prompts_twice(ws, monkeypatch):
    """Without a passphrase file the passphrase is typed twice; a mismatch creates nothing."""
    answers = iter(["first passphrase", "second passphrase"])
    monkeypatch.setattr(bundle_cli.getpass, "getpass", lambda prompt="": next(answers))
    code, _, err = cli("key", "init", ws)
    assert code == 1 and "differ" in err and not (ws / KEY_DIR / PRIVATE_KEY_FILE).exists()


def test_export_without_key_creates_one_then_verifies(ws, pass_file, tmp_path, fake_pdf):
    """`export` on a keyless workspace creates the key, writes the bundle; `verify --key` exits 0."""
    out_file = tmp_path / "minato.fsab"
    code, out, err = cli("export", ws, "--out", out_file, "--passphrase-file", pass_file)
    assert code == 0, err
    assert "no signing key yet" in out and "Signed with key" in out
    code, out, err = cli("verify", out_file, "--key", ws / KEY_DIR / PUBLIC_KEY_FILE)
    assert code == 0, err
    assert out.startswith("OK:") and "DEMO-0001" in out and "114" in out


def test_verify_with_trust_folder(ws, pass_file, tmp_path, fake_pdf):
    """`verify --trust DIR` accepts a bundle whose institution is enrolled there."""
    cli("key", "init", ws, "--passphrase-file", pass_file)
    (tmp_path / "trust").mkdir()
    cli("key", "export-public", ws, tmp_path / "trust" / "demo.json")
    cli("export", ws, "--out", tmp_path / "b.fsab", "--passphrase-file", pass_file)
    code, out, err = cli("verify", tmp_path / "b.fsab", "--trust", tmp_path / "trust")
    assert code == 0, err
    assert "demo.json" in out


def test_verify_failure_exit_and_message(ws, pass_file, tmp_path, fake_pdf):
    """A changed bundle makes `verify` exit 1 with 'Verification FAILED' and the reason."""
    cli("export", ws, "--out", tmp_path / "b.fsab", "--passphrase-file", pass_file)
    data = bytearray((tmp_path / "b.fsab").read_bytes())
    data[-30] ^= 0xFF
    (tmp_path / "b.fsab").write_bytes(bytes(data))
    code, out, err = cli("verify", tmp_path / "b.fsab", "--key", ws / KEY_DIR / PUBLIC_KEY_FILE)
    assert code == 1 and out == "" and err.startswith("Verification FAILED: ")


def test_export_with_wrong_passphrase(ws, pass_file, tmp_path, fake_pdf):
    """A wrong passphrase file gives the plain message, exit 1, and no bundle."""
    cli("key", "init", ws, "--passphrase-file", pass_file)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    code, _, err = cli("export", ws, "--out", tmp_path / "b.fsab", "--passphrase-file", wrong)
    assert code == 1 and "passphrase is not correct" in err
    assert not (tmp_path / "b.fsab").exists()


def test_encrypted_export(ws, pass_file, tmp_path, fake_pdf):
    """`--encrypt-to` writes an age file; verify needs --identity and then checks the signature inside."""
    identity = x25519.Identity.generate()
    (tmp_path / "central.key").write_text(str(identity) + "\n", encoding="utf-8")
    target = tmp_path / "b.fsab.age"
    code, out, err = cli(
        "export", ws, "--out", target, "--passphrase-file", pass_file, "--encrypt-to", str(identity.to_public())
    )
    assert code == 0 and "encrypted" in out, err
    assert target.read_bytes().startswith(b"age-encryption.org/v1\n")
    public = ws / KEY_DIR / PUBLIC_KEY_FILE
    code, _, err = cli("verify", target, "--key", public)
    assert code == 1 and "--identity" in err
    other = tmp_path / "other.key"
    other.write_text(str(x25519.Identity.generate()) + "\n", encoding="utf-8")
    code, _, err = cli("verify", target, "--key", public, "--identity", other)
    assert code == 1 and "not encrypted to any of the given identities" in err
    assert cli("verify", target, "--key", public, "--identity", tmp_path / "central.key")[0] == 0


def test_bad_recipient(ws, pass_file, tmp_path, fake_pdf):
    """A mistyped age recipient is refused before anything is written."""
    code, _, err = cli("export", ws, "--out", tmp_path / "b", "--passphrase-file", pass_file, "--encrypt-to", "age1xyz")
    assert code == 1 and "not an age recipient" in err and not (tmp_path / "b").exists()


def test_export_with_real_report_and_no_notes(ws, pass_file, tmp_path):
    """Integration with the real renderer: a full export verifies; --no-notes never sends notes in the PDF."""
    code, _, err = cli("export", ws, "--out", tmp_path / "full.fsab", "--passphrase-file", pass_file, "--lang", "en")
    assert code == 0, err
    assert members_of((tmp_path / "full.fsab").read_bytes())[spec.REPORT].startswith(b"%PDF-")
    code, _, err = cli("export", ws, "--out", tmp_path / "lean.fsab", "--passphrase-file", pass_file, "--no-notes")
    if code == 1:  # until render_report can leave notes out, the export must refuse
        assert "--no-notes is not available yet" in err and not (tmp_path / "lean.fsab").exists()
        return
    members = members_of((tmp_path / "lean.fsab").read_bytes())
    assert json.loads(members[spec.MANIFEST])["includes_notes"] is False
    if shutil.which("pdftotext"):
        (tmp_path / "lean.pdf").write_bytes(members[spec.REPORT])
        text = subprocess.run(["pdftotext", tmp_path / "lean.pdf", "-"], capture_output=True, text=True).stdout
        assert "（総務部で保管）" not in text  # the demo's evidence text


def test_missing_files_are_plain_errors(ws, tmp_path, fake_pdf):
    """A missing passphrase file, bundle or key, and a keyless export-public, each give one line and exit 1."""
    code, _, err = cli("key", "init", ws, "--passphrase-file", tmp_path / "nope.txt")
    assert code == 1 and "nope.txt" in err and "Traceback" not in err
    code, _, err = cli("key", "export-public", ws, tmp_path / "e.json")
    assert code == 1 and "no signing key yet" in err
    code, _, err = cli("verify", tmp_path / "missing.fsab", "--key", tmp_path / "k.pem")
    assert code == 1 and err == f"Verification FAILED: {tmp_path / 'missing.fsab'} does not exist or is not a file.\n"


def test_empty_passphrase_file_or_prompt_is_called_empty(ws, pass_file, tmp_path, fake_pdf, monkeypatch):
    """Issue #9 defect 6: an empty passphrase (an empty file, Enter at the prompt) is said to be
    empty, not "signing-key.pem is not an encrypted signing key"; no bundle is written."""
    assert cli("key", "init", ws, "--passphrase-file", pass_file)[0] == 0
    for content in ("", "\n"):
        empty = tmp_path / "empty.txt"
        empty.write_text(content, encoding="utf-8")
        code, _, err = cli("export", ws, "--out", tmp_path / "b.fsab", "--passphrase-file", empty)
        assert code == 1 and "passphrase is empty" in err and "not an encrypted" not in err, err
    monkeypatch.setattr(bundle_cli.getpass, "getpass", lambda prompt="": "")
    code, _, err = cli("export", ws, "--out", tmp_path / "b.fsab")
    assert code == 1 and "passphrase is empty" in err and "not an encrypted" not in err, err
    code, _, err = cli("key", "init", ws, "--replace")  # a new key: typed empty twice
    assert code == 1 and "passphrase is empty" in err, err
    assert not (tmp_path / "b.fsab").exists()


def _foreign_enrolment(ws: Path, path: Path, institution_id: str) -> None:
    """The enrolment a central organisation holds for another institution that uses this same key."""
    import dataclasses

    from fsadesk.assessment.demo import DEMO_PROFILE
    from fsadesk.bundle.keys import load_workspace_public_key, write_enrolment

    profile = dataclasses.replace(DEMO_PROFILE, institution_id=institution_id)
    write_enrolment(path, profile, load_workspace_public_key(ws))


def test_verify_with_a_bare_key_says_the_institution_was_not_checked(ws, pass_file, tmp_path, fake_pdf):
    """Issue #9 defect 13: a bare public key names no institution, so the output says plainly that
    the institution inside (DEMO-0001) was not checked against it; an enrolment file checks it."""
    cli("export", ws, "--out", tmp_path / "b.fsab", "--passphrase-file", pass_file)
    code, out, err = cli("verify", tmp_path / "b.fsab", "--key", ws / KEY_DIR / PUBLIC_KEY_FILE)
    assert code == 0, err
    institution = out.split("institution", 1)[1].split("  cycle")[0]
    assert "DEMO-0001" in institution and "NOT checked" in institution and "enrolment file" in institution
    cli("key", "export-public", ws, tmp_path / "demo.json")
    code, out, err = cli("verify", tmp_path / "b.fsab", "--key", tmp_path / "demo.json")
    assert code == 0 and "DEMO-0001" in out and "NOT checked" not in out, err


def test_verify_with_another_institutions_enrolment_fails(ws, pass_file, tmp_path, fake_pdf):
    """A bundle claiming DEMO-0001, checked against an enrolment file of institution OTHER-9 (even
    one holding the very key that signed it), is refused as the trust folder refuses it."""
    cli("export", ws, "--out", tmp_path / "b.fsab", "--passphrase-file", pass_file)
    _foreign_enrolment(ws, tmp_path / "other.json", "OTHER-9")
    code, out, err = cli("verify", tmp_path / "b.fsab", "--key", tmp_path / "other.json")
    assert code == 1 and out == ""
    assert err.startswith("Verification FAILED: ") and "OTHER-9" in err and "DEMO-0001" in err
    (tmp_path / "trust").mkdir()
    _foreign_enrolment(ws, tmp_path / "trust" / "other.json", "OTHER-9")
    code, out, err = cli("verify", tmp_path / "b.fsab", "--trust", tmp_path / "trust")
    assert code == 1 and err.startswith("Verification FAILED: ") and "DEMO-0001" in err


def test_non_utf8_identity_and_recipient_files(ws, pass_file, tmp_path, fake_pdf):
    """Issue #9 defect 9: a binary file given to --identity or --encrypt-to is one plain line."""
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\xff\xfe\x00AGE-SECRET-KEY\x80\x81")
    cli("export", ws, "--out", tmp_path / "b.fsab", "--passphrase-file", pass_file)
    age_file = tmp_path / "b.age"
    identity = x25519.Identity.generate()
    code, _, err = cli(
        "export", ws, "--out", age_file, "--passphrase-file", pass_file, "--encrypt-to", str(identity.to_public())
    )
    assert code == 0, err
    code, _, err = cli("verify", age_file, "--key", ws / KEY_DIR / PUBLIC_KEY_FILE, "--identity", junk)
    assert code == 1 and "not an age identity file" in err and err.count("\n") == 1, err
    code, _, err = cli("export", ws, "--out", tmp_path / "c.fsab", "--passphrase-file", pass_file, "--encrypt-to", junk)
    assert code == 1 and "not a file of age recipients" in err and not (tmp_path / "c.fsab").exists(), err


def test_export_never_replaces_a_device_or_pipe(ws, pass_file, tmp_path, fake_pdf):
    """A bundle is written beside its target and renamed over it: to a device (/dev/full) or a pipe
    that would replace the device itself. Refused, one line, and the pipe is still a pipe."""
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = run_cli("export", ws, "--out", fifo, "--passphrase-file", pass_file)
    assert code == 1 and "not an ordinary file" in err and stat.S_ISFIFO(fifo.stat().st_mode), err
    code, _, err = run_cli("export", ws, "--out", tmp_path, "--passphrase-file", pass_file)
    assert code == 1 and "is a folder, not a file" in err


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Through run(), the real entry point with its top-level handler."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run([str(a) for a in argv], out=out)
    return code, out.getvalue(), err.getvalue()
