"""`fsadesk central campaign create/list`, `central import` and `central receipt show/write` as a
user runs them: a line per file, counts per status, the summary saved as XLSX/CSV, receipts kept
and written again, and every bad argument one plain line with nothing stored."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fsadesk.app.export import read_record
from fsadesk.catalogue import load_catalogue
from fsadesk.central.campaign import read_campaign_file, verify_campaign
from fsadesk.central.keys import load_organisation_public
from fsadesk.central.receipt import read_receipt_file, verify_receipt
from fsadesk.central.store.database import open_central
from fsadesk.central.store.models import CampaignRow, SubmissionRow
from fsadesk.cli import run
from tests.bundle_support import make_demo
from tests.central.intake_support import Org, bundle, enrol, make_member, tree_of

PASS = "correct horse battery"


@pytest.fixture
def central(tmp_path: Path) -> Path:
    (tmp_path / "pass").write_text(PASS + "\n", encoding="utf-8")
    db = tmp_path / "central.sqlite"
    assert run(["central", "init", "--db", str(db), "--name", "全国テスト連合会", "--passphrase-file",
                str(tmp_path / "pass")]) == 0  # fmt: skip
    return db


def _campaign(tmp_path: Path, central: Path, *extra: str) -> int:
    return run([
        "central", "campaign", "create", "--db", str(central), "--title", "2026年度 自己評価", "--cycle-label",
        "2026年度", "--fiscal-year", "2026", "--deadline", "2027-06-30", "--id", "fy2026", "--out",
        str(tmp_path / "fy2026.fsac"), "--passphrase-file", str(tmp_path / "pass"), *extra,
    ])  # fmt: skip


def test_campaign_create_stores_and_writes_the_signed_file(
    tmp_path: Path, central: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _campaign(tmp_path, central) == 0
    assert "fy2026" in capsys.readouterr().out
    campaign = verify_campaign(read_campaign_file(tmp_path / "fy2026.fsac"))
    catalogue = load_catalogue()
    assert (campaign.campaign_id, campaign.cycle_label, campaign.fiscal_year) == ("fy2026", "2026年度", 2026)
    assert campaign.deadline == dt.date(2027, 6, 30) and campaign.catalogue.digest == catalogue.digest
    assert campaign.fingerprint == load_organisation_public(tmp_path / "central-keys").fingerprint
    assert run(["central", "campaign", "list", "--db", str(central)]) == 0
    assert "fy2026  2026年度 自己評価" in capsys.readouterr().out
    # The same id again: one plain line, nothing added.
    assert _campaign(tmp_path, central) == 1
    assert "already exists" in capsys.readouterr().err
    with open_central(central) as db, db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CampaignRow)) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--deadline", "30/06/2027"], "the deadline is a date like 2027-06-30"),
        (["--fiscal-year", "twenty"], "the fiscal year is a whole number"),
        (["--title", " "], "usage:"),
    ],
)
def test_campaign_create_bad_arguments_are_one_line(
    tmp_path: Path, central: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        _campaign(tmp_path, central, *args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "fy2026.fsac").exists()


def test_import_prints_a_line_per_file_counts_and_saves_the_summary(
    tmp_path: Path, central: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _campaign(tmp_path, central) == 0
    catalogue = load_catalogue()
    demo = make_demo(tmp_path / "member")
    with demo.open() as ws:
        base = read_record(ws, catalogue, demo.cycle_id)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    member = make_member(base, "B-0002")
    with open_central(central) as db:
        enrol(Org(db, tmp_path / "central-keys"), member, tmp_path / "enrolments")
    (inbox / "b.fsab").write_bytes(bundle(member, catalogue))
    (inbox / "notes.txt").write_text("not a bundle\n", encoding="utf-8")
    before = tree_of(inbox)
    capsys.readouterr()

    argv = ["central", "import", "--db", str(central), "--campaign", "fy2026", "--passphrase-file",
            str(tmp_path / "pass"), str(inbox)]  # fmt: skip
    assert run([*argv, "--report", str(tmp_path / "summary.xlsx")]) == 1  # a file was rejected
    out = capsys.readouterr().out
    assert "[1/2] accepted:" in out and "b.fsab: Accepted." in out
    assert "[2/2] rejected:" in out and "copied to quarantine" in out
    assert "Files per status: accepted 1, rejected 1" in out
    assert tree_of(inbox) == before
    quarantine = tmp_path / "central-quarantine"
    assert [p.name for p in quarantine.rglob("notes.txt*")] and (tmp_path / "central-outbox" / "B-0002").is_dir()
    with zipfile.ZipFile(tmp_path / "summary.xlsx") as z:
        assert "xl/worksheets/sheet1.xml" in z.namelist()

    assert run([*argv, "--report", str(tmp_path / "again.csv")]) == 1
    out = capsys.readouterr().out
    assert "Files per status: already_imported 1, rejected 1" in out
    with open(tmp_path / "again.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert [row[1] for row in table[1:]] == ["already_imported", "rejected"]
    assert table[2][2] == "not_a_bundle"

    # The receipt is kept: shown and written again, and it verifies with the organisation's key.
    assert run(["central", "receipt", "show", "--db", str(central), "B-0002"]) == 0
    assert "2026年度" in capsys.readouterr().out
    target = tmp_path / "again.fsar"
    assert run(["central", "receipt", "write", "--db", str(central), "B-0002", "--out", str(target)]) == 0
    public = load_organisation_public(tmp_path / "central-keys").signing_public_key
    assert verify_receipt(read_receipt_file(target), public).submission.institution_id == "B-0002"
    assert run(["central", "receipt", "show", "--db", str(central), "Z-9999"]) == 1
    assert "No receipt is held for Z-9999" in capsys.readouterr().err


def test_import_bad_arguments_store_nothing(tmp_path: Path, central: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "x.fsab").write_bytes(b"x")
    cases = [
        (["--campaign", "nope", str(tmp_path / "x.fsab")], "There is no campaign 'nope'"),
        ([str(tmp_path / "empty")], "No files to import"),
        (["--report", str(tmp_path / "out.pdf"), str(tmp_path / "x.fsab")], "as .xlsx or .csv"),
        (["--report", str(tmp_path / "no" / "out.csv"), str(tmp_path / "x.fsab")], "does not exist"),
    ]
    for extra, message in cases:
        code = run(["central", "import", "--db", str(central), "--passphrase-file", str(tmp_path / "pass"), *extra])
        err = capsys.readouterr().err
        assert code == 1 and message in err and "Traceback" not in err, (extra, err)
        assert len(err.strip().splitlines()) == 1, err
    with open_central(central) as db, db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SubmissionRow)) == 0
    assert not (tmp_path / "central-quarantine").exists()


def test_import_with_a_wrong_passphrase_is_one_line_and_stores_nothing(
    tmp_path: Path, central: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "wrong").write_text("not the passphrase\n", encoding="utf-8")
    (tmp_path / "x.fsab").write_bytes(b"x")
    code = run(["central", "import", "--db", str(central), "--passphrase-file", str(tmp_path / "wrong"),
                str(tmp_path / "x.fsab")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "passphrase is not correct" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    with open_central(central) as db, db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SubmissionRow)) == 0
    assert not (tmp_path / "central-quarantine").exists()


def test_import_without_a_campaign_accepts_and_makes_no_receipt(
    tmp_path: Path, central: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A receipt names the campaign, whose file carries the key the member checks it with: without
    a campaign there is nothing to check a receipt against, so none is made."""
    catalogue = load_catalogue()
    demo = make_demo(tmp_path / "member")
    with demo.open() as ws:
        base = read_record(ws, catalogue, demo.cycle_id)
    member = make_member(base, "B-0002")
    with open_central(central) as db:
        enrol(Org(db, tmp_path / "central-keys"), member, tmp_path / "enrolments")
    (tmp_path / "b.fsab").write_bytes(bundle(member, catalogue))
    (tmp_path / "c.fsab").write_bytes(bundle(member, catalogue, created=dt.datetime(2027, 7, 1, tzinfo=dt.UTC)))
    capsys.readouterr()
    code = run(["central", "import", "--db", str(central), "--passphrase-file", str(tmp_path / "pass"),
                str(tmp_path / "b.fsab"), str(tmp_path / "c.fsab")])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Files per status: accepted 2" in captured.out
    assert "no campaign given: no receipts are made" in captured.err.lower()
    assert not (tmp_path / "central-outbox").exists()
