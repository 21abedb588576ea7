"""`fsadesk catalogue diff OLD NEW` (#15): what a reviewer sees between two catalogue versions."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from fsadesk.catalogue import load_catalogue
from fsadesk.cli import run

REPO = Path(__file__).resolve().parents[1]
CATALOGUE_DIR = REPO / "guideline_data" / "fsa-cyber"


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, str, str]:
    """(old folder, new folder, the changed item's id, its old Japanese title, the removed item's id):
    the new version has '改訂：' put before the first item's Japanese title and lacks the last item."""
    root = tmp_path_factory.mktemp("versions")
    old, new = root / "old", root / "new"
    shutil.copytree(CATALOGUE_DIR, old)
    shutil.copytree(CATALOGUE_DIR, new)
    files = sorted((new / "items").glob("*.yaml"))
    first = files[0].read_text(encoding="utf-8")
    changed_id = re.search(r'- id: "([^"]+)"', first)
    title = re.search(r"\n    title:\n      ja: (.+)\n", first)
    assert changed_id and title
    files[0].write_text(first.replace(title.group(0), title.group(0).replace("ja: ", "ja: 改訂：", 1), 1), "utf-8")
    last = files[-1].read_text(encoding="utf-8")
    cut = last.rindex("\n  - id: ")
    removed_id = re.search(r'- id: "([^"]+)"', last[cut:])
    assert removed_id
    files[-1].write_text(last[:cut] + "\n", "utf-8")
    return old, new, changed_id.group(1), title.group(1), removed_id.group(1)


def test_text_names_each_changed_item_and_marks_the_changed_words(versions) -> None:
    old, new, changed, title, removed = versions
    code, text = _run("catalogue", "diff", str(old), str(new))
    assert code == 0
    assert f"■ 項目 {changed}  改訂：{title}  [変更]" in text
    assert f"見出し（日本語）:\n      {{+改訂：+}}{title}" in text
    assert f"■ 項目 {removed} " in text and "[削除]" in text
    assert "項目：変更 1、追加 0、削除 1、変更なし 174" in text
    assert "節：変更 0" in text  # sections compared too, none changed
    cat = load_catalogue(CATALOGUE_DIR)
    untouched = next(it.id for it in cat.items if it.id not in (changed, removed))
    assert f"項目 {untouched} " not in text  # unchanged items are only counted


def test_reversed_the_removed_item_is_added_and_english_words_are_english(versions) -> None:
    old, new, changed, _, removed = versions
    code, text = _run("--lang", "en", "catalogue", "diff", str(new), str(old))
    assert code == 0
    assert f"■ Item {removed} " in text and "[added]" in text
    assert "Item: 1 changed, 1 added, 0 removed, 174 unchanged" in text
    assert f"■ Item {changed} " in text and "Title (Japanese):" in text


def test_the_same_catalogue_has_no_differences(versions) -> None:
    old, *_ = versions
    code, text = _run("catalogue", "diff", str(old), str(old))
    assert code == 0
    assert text.rstrip().endswith("違いはありません。")


def test_csv_and_xlsx_hold_one_row_per_changed_field(versions, tmp_path: Path) -> None:
    old, new, changed, title, removed = versions
    out_csv, out_xlsx = tmp_path / "changes.csv", tmp_path / "changes.xlsx"
    code, said = _run("catalogue", "diff", str(old), str(new), "--format", "csv", "--out", str(out_csv))
    assert code == 0 and "changes.csv" in said
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    row = next(r for r in rows if r["ID"] == changed)
    assert (row["種類"], row["変更"], row["欄"], row["言語"]) == ("項目", "変更", "見出し（日本語）", "ja")
    assert (row["変更前"], row["変更後"], row["変更箇所"]) == (title, f"改訂：{title}", f"{{+改訂：+}}{title}")
    gone = [r for r in rows if r["ID"] == removed]
    assert gone and all(r["変更"] == "削除" and r["変更後"] == "" for r in gone)

    code, _ = _run("--lang", "en", "catalogue", "diff", str(old), str(new), "--format", "xlsx", "--out", str(out_xlsx))
    assert code == 0
    book = openpyxl.load_workbook(out_xlsx)
    assert book.sheetnames == ["Changes", "Versions"]
    sheet = list(book["Changes"].iter_rows(values_only=True))
    assert sheet[0][:6] == ("Kind", "ID", "Name", "Change", "Field", "Language")
    ours = [r for r in sheet[1:] if r[1] == changed]
    assert [(r[0], r[3], r[4], r[5], r[7]) for r in ours] == [
        ("Item", "changed", "Title (Japanese)", "ja", f"改訂：{title}")
    ]
    assert len(sheet) - 1 == len(rows)


def test_an_old_catalogue_export_compares_with_a_folder(versions, tmp_path: Path) -> None:
    """A reviewer who kept the old version's `catalogue export` compares it with the new folder."""
    old, new, _, title, removed = versions
    kept = tmp_path / "old-catalogue.xlsx"
    assert _run("--catalogue", str(old), "catalogue", "export", "--format", "xlsx", str(kept))[0] == 0
    code, text = _run("catalogue", "diff", str(kept), str(new))
    assert code == 0
    assert f"{{+改訂：+}}{title}" in text and f"■ 項目 {removed} " in text
    assert "項目：変更 1、追加 0、削除 1、変更なし 174" in text
    assert "比べていないもの：業態、節" in text  # the export holds no sections: said, not silently skipped
    kept_csv = tmp_path / "old.csv"
    assert _run("--catalogue", str(old), "catalogue", "export", "--format", "csv", str(kept_csv))[0] == 0
    code, text = _run("catalogue", "diff", str(kept_csv), str(new))
    assert code == 0 and "項目：変更 1、追加 0、削除 1、変更なし 174" in text


@pytest.mark.parametrize(
    ("make", "extra", "said"),
    [
        (lambda d: d / "missing", [], "no such file or folder"),
        (lambda d: _write(d / "notes.txt", "hello"), [], "not a catalogue"),
        (lambda d: _write(d / "other.csv", "a,b\n1,2\n"), [], "not a catalogue export"),
        (lambda d: _write(d / "broken.xlsx", "not a zip"), [], "not an Excel file written by"),
        (lambda d: d, ["--format", "xlsx"], "give its name with --out FILE"),
        (lambda d: d, ["--format", "csv", "--out", "/nonexistent-folder/x.csv"], "does not exist"),
    ],
)
def test_problems_are_one_plain_line(versions, tmp_path: Path, capsys, make, extra, said) -> None:
    old, *_ = versions
    other = make(tmp_path)
    assert run(["catalogue", "diff", str(old), str(other if other != tmp_path else old), *extra]) == 1
    err = capsys.readouterr().err
    assert said in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
