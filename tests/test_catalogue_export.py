"""Catalogue export to CSV and XLSX (fsadesk.catalogue.export)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.catalogue.export import HEADER, export_catalogue

EXPECTED_HEADER = (
    "id", "section", "section_title_ja", "section_title_en", "domain", "domain_ja", "domain_en",
    "label", "tier", "tier_ja", "tier_en", "title_ja", "title_en", "requirement_ja", "requirement_en",
    "explanation_ja", "explanation_en", "evidence_ja", "evidence_en", "frequency", "severity_gated",
    "applies_if", "applies_if_ja", "applies_if_en", "clauses_ja", "clauses_en", "nist_csf",
)  # fmt: skip


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def xlsx(catalogue: Catalogue, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "catalogue.xlsx"
    assert export_catalogue(catalogue, "xlsx", out) == len(catalogue.items)
    return out


def _col(name: str) -> int:
    return EXPECTED_HEADER.index(name)


def test_xlsx_has_one_row_per_item_plus_header(catalogue: Catalogue, xlsx: Path) -> None:
    """The Items sheet holds a header row and exactly one row per catalogue item (176), in catalogue order."""
    ws = openpyxl.load_workbook(xlsx)["Items"]
    rows = list(ws.iter_rows(values_only=True))
    assert len(catalogue.items) == 176
    assert len(rows) == 1 + 176
    assert [r[0] for r in rows[1:]] == [it.id for it in catalogue.items]


def test_xlsx_header_names_bold_frozen_filtered(xlsx: Path) -> None:
    """The header row carries the documented column names, is bold, frozen and has an autofilter."""
    ws = openpyxl.load_workbook(xlsx)["Items"]
    assert HEADER == EXPECTED_HEADER
    assert tuple(c.value for c in ws[1]) == EXPECTED_HEADER
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == ws.dimensions


def test_xlsx_item_texts_land_in_their_columns(catalogue: Catalogue, xlsx: Path) -> None:
    """An item's Japanese title and requirement and English title sit in the right columns of its own row."""
    item = next(it for it in catalogue.items if it.tier == "desirable")  # any item past the first works
    ws = openpyxl.load_workbook(xlsx)["Items"]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == item.id)
    assert row[_col("title_ja")] == item.title.ja
    assert row[_col("requirement_ja")] == item.requirement.ja
    assert row[_col("title_en")] == item.title.en
    assert row[_col("section")] == item.node
    assert row[_col("tier_ja")] == getattr(catalogue.header.tiers, item.tier).ja
    assert row[_col("evidence_ja")] == "\n".join(item.evidence.ja)


def test_xlsx_conditions_and_clauses_are_spelled_out(catalogue: Catalogue, xlsx: Path) -> None:
    """applies_if carries the question ids and the Japanese question text; clauses carry when + text."""
    gated = next(it for it in catalogue.items if it.applies_if)
    with_clause = next(it for it in catalogue.items if it.clauses)
    rows = {r[0]: r for r in openpyxl.load_workbook(xlsx)["Items"].iter_rows(min_row=2, values_only=True)}
    question = next(q for q in catalogue.questions if q.id == gated.applies_if[0].removeprefix("not "))
    assert question.id in rows[gated.id][_col("applies_if")]
    assert question.question.ja in rows[gated.id][_col("applies_if_ja")]
    clause = with_clause.clauses[0]
    assert f"[{clause.when}] {clause.text.ja}" in rows[with_clause.id][_col("clauses_ja")]
    assert f"[{clause.when}] {clause.text.en}" in rows[with_clause.id][_col("clauses_en")]


def test_xlsx_about_and_questions_sheets(catalogue: Catalogue, xlsx: Path) -> None:
    """The About sheet names the catalogue, version and digest plus the paraphrase notice; Questions lists all."""
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Items", "About", "Questions"]
    about = {r[0]: r[1] for r in wb["About"].iter_rows(min_row=2, values_only=True)}
    assert about["digest"] == catalogue.digest
    assert about["catalogue_id"] == catalogue.id
    assert about["version"] == catalogue.version
    assert about["notice_ja"] == catalogue.header.source.notice.ja
    assert about["notice_en"] == catalogue.header.source.notice.en
    questions = [r[:3] for r in wb["Questions"].iter_rows(min_row=2, values_only=True)]
    assert questions == [(q.id, q.question.ja, q.question.en) for q in catalogue.questions]
    assert wb.properties.creator == "fsadesk"


def test_xlsx_is_deterministic(catalogue: Catalogue, xlsx: Path, tmp_path: Path) -> None:
    """Exporting the same catalogue twice gives byte-identical XLSX files (no wall-clock timestamps)."""
    again = tmp_path / "again.xlsx"
    export_catalogue(catalogue, "xlsx", again)
    assert again.read_bytes() == xlsx.read_bytes()


def test_csv_round_trips_with_bom_and_japanese(catalogue: Catalogue, tmp_path: Path, xlsx: Path) -> None:
    """The CSV starts with a UTF-8 BOM and, read back with csv, holds the same header and rows as the XLSX."""
    out = tmp_path / "catalogue.csv"
    assert export_catalogue(catalogue, "csv", out) == 176
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == EXPECTED_HEADER
    assert len(rows) == 1 + 176
    xlsx_rows = list(openpyxl.load_workbook(xlsx)["Items"].iter_rows(min_row=2, values_only=True))
    for got, want in zip(rows[1:], xlsx_rows, strict=True):
        expected = [("TRUE" if v else "FALSE") if isinstance(v, bool) else (v or "") for v in want]
        assert got == expected
    item = catalogue.items[0]
    assert rows[1][_col("title_ja")] == item.title.ja
    assert rows[1][_col("requirement_ja")] == item.requirement.ja
    assert "\n" in rows[1][_col("evidence_ja")]  # multi-line cells survive quoting


def test_unknown_format_is_refused(catalogue: Catalogue, tmp_path: Path) -> None:
    """An unknown format raises ValueError and writes nothing."""
    out = tmp_path / "catalogue.pdf"
    with pytest.raises(ValueError, match="unknown export format"):
        export_catalogue(catalogue, "pdf", out)  # type: ignore[arg-type]
    assert not out.exists()
