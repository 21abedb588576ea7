"""`fsadesk central report` refuses bad values with one plain line and exit status 1, never a
traceback, and writes nothing: an unknown campaign, category or size band, a threshold outside
0–100, a folder that is not there, a file that exists (until --force). On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from fsadesk.catalogue import Catalogue
from fsadesk.cli import run
from tests.central.dashboard_support import FY2026, campaign_of
from tests.central.intake_support import Org, catalogue_fixture, make_org  # noqa: F401 (module fixtures)


@pytest.fixture
def org(central_target: str, catalogue: Catalogue, tmp_path: Path) -> Iterator[Org]:
    """A central organisation with one campaign and no member: enough for every refusal."""
    made = make_org(central_target, tmp_path)
    campaign_of(made, catalogue, FY2026)
    yield made
    made.db.close()


def report(target: str, *extra: str) -> tuple[int, str]:
    text = io.StringIO()
    code = run(["central", "report", "--db", target, "--format", "xlsx", *extra], text)
    return code, text.getvalue()


BAD = [
    (["--campaign", "fy1999"], "There is no campaign 'fy1999'."),
    (["--category", "banks"], "There is no category 'banks'. The members' categories: -."),
    (["--size-band", "huge"], "There is no size band 'huge'. Use small, medium or large."),
    (["--threshold", "101"], "The threshold must be a percentage from 0 to 100, not 101."),
    (["--threshold", "-0.5"], "The threshold must be a percentage from 0 to 100, not -0.5."),
    (["--threshold", "nan"], "The threshold must be a percentage from 0 to 100, not nan."),
]


@pytest.mark.parametrize(("extra", "line"), BAD, ids=["campaign", "category", "size-band", "over", "under", "nan"])
def test_a_bad_value_is_one_plain_line(
    central_target: str, org: Org, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], line: str
) -> None:
    """Each bad value: exit 1, its one line on stderr, nothing written."""
    out = tmp_path / "out" / "r.xlsx"
    out.parent.mkdir()
    code, text = report(central_target, "--out", str(out), *extra)
    assert (code, text, capsys.readouterr().err) == (1, "", line + "\n")
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("where", ["missing", "file"])
def test_a_folder_that_is_not_there_is_one_plain_line(
    central_target: str, org: Org, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """--out inside a folder that does not exist, or inside a file: one line naming the folder."""
    parent = tmp_path / "nowhere"
    if where == "file":
        parent.write_text("not a folder")
    code, _ = report(central_target, "--out", str(parent / "r.xlsx"))
    err = capsys.readouterr().err
    assert code == 1 and err == f"The folder {str(parent)!r} does not exist (or is not a folder).\n"


def test_an_existing_file_is_kept_unless_force(
    central_target: str, org: Org, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing file is refused and left as it was; --force replaces it with the workbook."""
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"last month's")
    code, _ = report(central_target, "--out", str(out))
    assert code == 1 and capsys.readouterr().err.splitlines() == [
        f"{str(out)!r} already exists. Choose another name, or add --force to replace it."
    ]
    assert out.read_bytes() == b"last month's"
    code, text = report(central_target, "--out", str(out), "--force")
    assert code == 0 and text == f"Wrote {out}\n"
    assert openpyxl.load_workbook(out).sheetnames[0] == "提出状況"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left behind


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_a_campaign_without_members_still_exports(central_target: str, org: Org, tmp_path: Path, fmt: str) -> None:
    """No member enrolled yet (or none of the category): each format is written, its tables empty
    but headed, and the PDF says nobody is listed instead of drawing empty tables."""
    out = tmp_path / f"empty.{fmt}"
    text = io.StringIO()
    code = run(["central", "report", "--db", central_target, "--format", fmt, "--out", str(out), "--category",
                "crypto", "--language", "en"], text)  # fmt: skip
    assert code == 0
    written = [Path(line.removeprefix("Wrote ")) for line in text.getvalue().splitlines()]
    assert written and all(p.is_file() for p in written)
    if fmt == "xlsx":
        ws = openpyxl.load_workbook(out)["Rates by domain"]
        assert ws.cell(11, 1).value == "Institution ID" and ws.cell(12, 1).value is None
        assert ws.cell(6, 2).value == "Crypto-asset exchange service providers"
    if fmt == "pdf":
        pdf = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
        assert pdf.count("No member is listed here.") == 6
