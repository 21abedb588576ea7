"""A workspace begun with an earlier catalogue version keeps its answers under the new one and says
the catalogue changed (#15: item ids stay, texts change, the version is bumped)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from fsadesk.catalogue import load_catalogue
from fsadesk.cli import run

REPO = Path(__file__).resolve().parents[1]
CATALOGUE_DIR = REPO / "guideline_data" / "fsa-cyber"
ITEM = "2.1.1-B8"
OLD_TITLE = "Reports to senior management at least yearly"  # its English title before #15


def _old_catalogue(folder: Path) -> Path:
    """The shipped catalogue as an earlier version: another version number and the item's old title."""
    shutil.copytree(CATALOGUE_DIR, folder)
    new_title = load_catalogue(CATALOGUE_DIR).item(ITEM).title.en
    for path, old, new in (
        (folder / "catalogue.yaml", 'version: "', 'version: "0000.'),
        (folder / "items" / "2.1-governance.yaml", f"      en: {new_title}\n", f"      en: {OLD_TITLE}\n"),
    ):
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_answers_made_with_the_old_catalogue_are_kept_and_the_change_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _old_catalogue(tmp_path / "old-catalogue")
    old_version = load_catalogue(old).version
    new = load_catalogue(CATALOGUE_DIR)
    assert old_version != new.version and new.item(ITEM).title.en != OLD_TITLE
    ws = str(tmp_path / "ws")
    begun = ["--catalogue", str(old)]
    assert run([*begun, "init", ws, "--name", "テスト信金", "--institution-id", "T1", "--category", "regional"]) == 0
    assert run([*begun, "answer", ws, ITEM, "implemented", "--notes", "年次報告を受けた"]) == 0

    capsys.readouterr()
    assert run(["--lang", "en", "scores", ws], out=io.StringIO()) == 0  # the built-in, newer catalogue
    said = f"Note: The catalogue changed since this cycle began ({old_version} → {new.version})."
    assert said in capsys.readouterr().err

    table = tmp_path / "results.csv"
    assert run(["results", ws, str(table), "--format", "csv", "--lang", "en"], out=io.StringIO()) == 0
    with table.open(encoding="utf-8-sig", newline="") as fh:
        row = next(r for r in csv.reader(fh) if r and r[0] == ITEM)
    assert new.item(ITEM).title.en in row and OLD_TITLE not in row  # the new wording
    assert "Implemented" in row and "年次報告を受けた" in row  # the answer made before
