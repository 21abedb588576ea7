"""`fsadesk campaign import|show` and `fsadesk receipt import` (issue #12 points 3, 5): what the
member reads on success, one plain line (exit 1) for each refusal, argparse's line (exit 2) for bad
arguments, and nothing stored on any refusal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.__main__ import main
from fsadesk.bundle.keys import fingerprint, generate_signing_key
from fsadesk.catalogue import Catalogue
from fsadesk.central.campaign import CatalogueRef
from tests.bundle_support import PASSPHRASE
from tests.test_campaign_import import ORG, export, write_campaign, write_receipt
from tests.workspace_support import dump, make_demo

KEY = Ed25519PrivateKey.generate()


@pytest.fixture
def member(tmp_path: Path) -> Path:
    folder = make_demo(tmp_path)
    generate_signing_key(folder, PASSPHRASE)
    return folder


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_import_and_show_a_campaign(member: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_campaign(member, tmp_path, KEY)
    capsys.readouterr()
    assert main(["campaign", "import", str(member), str(path)]) == 0
    out = capsys.readouterr().out
    assert f"from {ORG}" in out and "deadline 2027-06-30" in out
    assert fingerprint(KEY.public_key()) in out and "telephone" in out  # first campaign: compare it
    assert main(["campaign", "show", str(member)]) == 0
    shown = capsys.readouterr().out
    assert "2027年度 サイバーセキュリティ自己評価" in shown  # the only campaign, though for another year:
    assert "This campaign is for fiscal year 2027; none has been imported for 2026年度 (fiscal year 2026)." in shown
    assert main(["campaign", "import", str(member), str(path)]) == 1
    assert "already imported" in one_line(capsys.readouterr().err)


def test_show_follows_the_campaign_of_the_open_cycles_year(
    member: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Next year's campaign imported while this year's cycle is open: `campaign show` shows this
    year's, as the summary and the export dialog do, with its receipts line."""
    this_year = write_campaign(
        member, tmp_path, KEY, campaign_id="2026-shinkumi", title="2026年度 自己評価", cycle_label="2026年度",
        fiscal_year=2026,
    )  # fmt: skip
    next_year = write_campaign(member, tmp_path, KEY)
    assert main(["campaign", "import", str(member), str(this_year)]) == 0
    assert main(["campaign", "import", str(member), str(next_year)]) == 0
    capsys.readouterr()
    assert main(["campaign", "show", str(member)]) == 0
    shown = capsys.readouterr().out
    assert "2026年度 自己評価 (2026-shinkumi)" in shown and "2027-shinkumi" not in shown
    assert "No receipt yet for 2026年度" in shown and "none has been imported for" not in shown


def test_show_before_any_campaign(member: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["campaign", "show", str(member)]) == 0
    assert capsys.readouterr().out == "No campaign file has been imported into this workspace.\n"


def test_another_catalogue_is_a_warning(member: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_campaign(member, tmp_path, KEY, catalogue=CatalogueRef("fsa-cyber", "2099-01-01", "ef" * 32))
    capsys.readouterr()
    assert main(["campaign", "import", str(member), str(path)]) == 0
    assert (
        "Warning: the campaign asks for answers against the catalogue fsa-cyber 2099-01-01" in capsys.readouterr().out
    )


def test_another_organisation_key_is_asked_about(
    member: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["campaign", "import", str(member), str(write_campaign(member, tmp_path, KEY))])
    other = write_campaign(
        member, tmp_path, Ed25519PrivateKey.generate(), campaign_id="x-2027", organisation_name="別会"
    )
    before = dump(member)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["campaign", "import", str(member), str(other)]) == 1
    err = capsys.readouterr().err
    assert "signed by 別会" in err and "Not imported; nothing was changed" in err
    assert dump(member) == before
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["campaign", "import", str(member), str(other)]) == 0
    assert "from 別会" in capsys.readouterr().out


def test_yes_confirms_another_organisation_key(
    member: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["campaign", "import", str(member), str(write_campaign(member, tmp_path, KEY))])
    other = write_campaign(
        member, tmp_path, Ed25519PrivateKey.generate(), campaign_id="x-2027", organisation_name="別会"
    )
    capsys.readouterr()
    assert main(["campaign", "import", str(member), str(other), "--yes"]) == 0
    assert main(["campaign", "show", str(member)]) == 0
    assert "From      別会" in capsys.readouterr().out


def test_import_a_receipt_and_see_it(
    member: Path, tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["campaign", "import", str(member), str(write_campaign(member, tmp_path, KEY))])
    digest = export(member, catalogue, tmp_path)
    path = write_receipt(tmp_path, KEY, digest)
    capsys.readouterr()
    assert main(["receipt", "import", str(member), str(path)]) == 0
    out = capsys.readouterr().out
    expected = (
        f"Imported the receipt: {ORG} received the bundle of 2026年度 on 2027-06-12 (accepted with flags: late).\n"
    )
    assert out == expected
    main(["campaign", "show", str(member)])
    assert f"Received by {ORG} on 2027-06-12 05:30 UTC" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("no_campaign", "No campaign file has been imported"),
        ("never_exported", "never exported"),
        ("other_key", "not from the organisation of your campaign file"),
        ("malformed", "receipt"),
        ("missing", "does not exist"),
    ],
)
def test_each_refused_receipt_is_one_line(
    member: Path, tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str], case: str, message: str
) -> None:
    if case != "no_campaign":
        main(["campaign", "import", str(member), str(write_campaign(member, tmp_path, KEY))])
    digest = export(member, catalogue, tmp_path)
    path = {
        "no_campaign": lambda: write_receipt(tmp_path, KEY, digest),
        "never_exported": lambda: write_receipt(tmp_path, KEY, "ab" * 32),
        "other_key": lambda: write_receipt(tmp_path, Ed25519PrivateKey.generate(), digest),
        "malformed": lambda: _write(tmp_path / "bad.fsar", b"not a receipt"),
        "missing": lambda: tmp_path / "gone.fsar",
    }[case]()
    before = dump(member)
    capsys.readouterr()
    assert main(["receipt", "import", str(member), str(path)]) == 1
    assert message in one_line(capsys.readouterr().err)
    assert dump(member) == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["campaign"],
        ["campaign", "import"],
        ["campaign", "import", "WS"],
        ["campaign", "show"],
        ["campaign", "import", "WS", "F", "--yess"],
        ["receipt", "import", "WS"],
        ["receipt", "import", "WS", "F", "--yes"],
        ["campaign", "import", "WS", ""],
    ],
)
def test_bad_arguments_get_argparse_s_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_a_missing_workspace_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_campaign(make_demo(tmp_path), tmp_path, KEY)
    capsys.readouterr()
    assert main(["campaign", "import", str(tmp_path / "nowhere"), str(path)]) == 1
    assert "No fsadesk workspace" in one_line(capsys.readouterr().err)
    assert main(["campaign", "show", str(tmp_path / "nowhere")]) == 1
    assert "No fsadesk workspace" in one_line(capsys.readouterr().err)
