"""Earlier catalogue versions kept in guideline_data/<catalogue>/history (#15): each is intact, and
`fsadesk catalogue diff VERSION built-in` compares one with the catalogue in use."""

from __future__ import annotations

import gzip
import io
import shutil
from pathlib import Path

import pytest

from fsadesk.catalogue import CatalogueError, load_catalogue
from fsadesk.catalogue.history import known_versions, read_snapshot, snapshot_path, write_snapshot
from fsadesk.cli import run

REPO = Path(__file__).resolve().parents[1]
CATALOGUE_DIR = REPO / "guideline_data" / "fsa-cyber"
# The versions before #15 and their digests, as DIGEST recorded them when they were current.
RECORDED = {"2025.07.1": "fe6e173de21f239f6fa081479c888bcd63567f73ed58a9a9cfa660286a2bfb67"}


def test_every_kept_version_is_intact_and_older_than_the_current_one() -> None:
    current = load_catalogue(CATALOGUE_DIR)
    kept = known_versions(CATALOGUE_DIR)
    assert set(RECORDED) <= set(kept)
    for version in kept:
        old = read_snapshot(CATALOGUE_DIR, version)  # checks the digest of what it holds
        assert old.version == version and version != current.version
        assert old.digest == RECORDED.get(version, old.digest)
        assert [it.id for it in old.items] == [it.id for it in current.items]  # answers carry over


@pytest.fixture
def in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A catalogue in use (FSADESK_CATALOGUE) at a later version, keeping the shipped one in its history."""
    folder = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE_DIR, folder)
    shipped = load_catalogue(CATALOGUE_DIR)
    head = folder / "catalogue.yaml"
    head.write_text(head.read_text(encoding="utf-8").replace(shipped.version, "2099.01.1", 1), encoding="utf-8")
    write_snapshot(shipped, folder)
    monkeypatch.setenv("FSADESK_CATALOGUE", str(folder))
    return folder, shipped.version


def test_diff_names_a_kept_version(in_use: tuple[Path, str]) -> None:
    _, version = in_use
    out = io.StringIO()
    assert run(["--lang", "en", "catalogue", "diff", version, "built-in"], out=out) == 0
    text = out.getvalue()
    assert f"Old: fsa-cyber-guideline {version} " in text and f"[history {version}]" in text
    assert "New: fsa-cyber-guideline 2099.01.1 " in text
    assert "Item: 0 changed, 0 added, 0 removed, 176 unchanged" in text


def test_an_unknown_or_altered_version_is_refused_in_one_line(
    in_use: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, version = in_use
    assert run(["catalogue", "diff", "2001.01.1", "built-in"]) == 1
    err = capsys.readouterr().err
    assert "2001.01.1: no such file or folder, nor a catalogue version this fsadesk keeps" in err
    assert version in err and len(err.strip().splitlines()) == 1

    path = snapshot_path(folder, version)
    data = gzip.decompress(path.read_bytes()).decode("utf-8")
    title = load_catalogue(CATALOGUE_DIR).items[0].title.ja
    path.write_bytes(gzip.compress(data.replace(title, title + "（改）", 1).encode("utf-8")))
    with pytest.raises(CatalogueError, match="does not hold version"):
        read_snapshot(folder, version)
    assert run(["catalogue", "diff", version, "built-in"]) == 1
    err = capsys.readouterr().err
    assert "does not hold version" in err and "Traceback" not in err
