"""Catalogue loading: the shipped catalogue is valid; bad data is refused naming file, item and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fsadesk.catalogue import CatalogueError, load_catalogue
from tests.conftest import CATALOGUE_DIR


@pytest.fixture
def editable(tmp_path: Path) -> Path:
    """A private copy of the shipped catalogue to break."""
    target = tmp_path / "cat"
    shutil.copytree(CATALOGUE_DIR, target)
    return target


def _edit(folder: Path, relpath: str, old: str, new: str) -> None:
    path = folder / relpath
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {relpath}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_catalogue_loads(catalogue):
    """The shipped catalogue validates and has an id, a version and a SHA-256 digest."""
    assert catalogue.id == "fsa-cyber-guideline"
    assert catalogue.version
    assert len(catalogue.digest) == 64 and int(catalogue.digest, 16) >= 0


def test_digest_is_stable_and_content_bound(editable, catalogue):
    """Loading twice gives the same digest; changing one character of one text changes it."""
    assert load_catalogue(editable).digest == catalogue.digest
    _edit(
        editable,
        "items/2.1-governance.yaml",
        "サイバーセキュリティ基本方針の策定",
        "サイバーセキュリティ基本方針を策定",
    )
    assert load_catalogue(editable).digest != catalogue.digest


def test_shipped_digest_file_matches(catalogue):
    """guideline_data/.../DIGEST records the committed content: edit content, bump version, update DIGEST."""
    recorded = (CATALOGUE_DIR / "DIGEST").read_text(encoding="utf-8").split()
    assert recorded == [catalogue.version, catalogue.digest], (
        "The catalogue content changed. Bump `version` in catalogue.yaml and write "
        f"'{catalogue.version} {catalogue.digest}' to DIGEST."
    )


BROKEN = [
    # (file, old text, new text, words the message must contain)
    (
        "items/2.1-governance.yaml",
        'id: "2.1.1-B1"',
        'id: "2.1.1-X1"',
        ["items/2.1-governance.yaml", "2.1.1-X1", "field id"],
    ),
    ("items/2.1-governance.yaml", 'label: "①"', 'label: "②"', ["items/2.1-governance.yaml", "2.1.1-B1", "field label"]),
    ("items/2.1-governance.yaml", "tier: basic", "tier: essential", ["2.1.1-B1", "field tier"]),
    (
        "items/2.1-governance.yaml",
        "      ja: サイバーセキュリティ基本方針の策定",
        "      ja: ''",
        ["2.1.1-B1", "field title.ja"],
    ),
    (
        "items/2.1-governance.yaml",
        "      en: Board-approved cybersecurity basic policy\n",
        "",
        ["2.1.1-B1", "field title.en", "Field required"],
    ),
    ("items/2.1-governance.yaml", "    frequency: null\n", "    frequency: weekly\n", ["2.1.1-B1", "field frequency"]),
    (
        "items/2.1-governance.yaml",
        "    applies_if: []",
        "    applies_if: [uses_mainframe]",
        ["2.1.1-B1", "applies_if", "uses_mainframe"],
    ),
    ("items/2.1-governance.yaml", "      - GV.PO-01", "      - XX.PO-01", ["2.1.1-B1", "field nist_csf"]),
    (
        "items/2.1-governance.yaml",
        "    severity_gated: false",
        "    severity_gated: false\n    colour: red",
        ["2.1.1-B1", "field colour", "Extra inputs"],
    ),
    (
        "items/2.1-governance.yaml",
        'id: "2.1.1-B2"',
        'id: "2.1.1-B1"',
        ["items/2.1-governance.yaml", "2.1.1-B1", "already used"],
    ),
    (
        "items/2.1-governance.yaml",
        'id: "2.1.1-B1"',
        'id: "2.1.9-B1"',
        ["2.1.9-B1", "node 2.1.9 is not in catalogue.yaml"],
    ),
    ("catalogue.yaml", 'version: "2025.07.2"\n', "", ["catalogue.yaml", "field version"]),
    (
        "items/2.1-governance.yaml",
        "    tier: basic\n",
        "    tier: basic\n    tier: desirable\n",
        ["items/2.1-governance.yaml", "duplicate key 'tier'", "line"],
    ),
    ("items/2.1-governance.yaml", "    title:\n", "    title: [\n", ["items/2.1-governance.yaml", "line"]),
]


@pytest.mark.parametrize(("file", "old", "new", "words"), BROKEN, ids=[b[3][-1] for b in BROKEN])
def test_bad_catalogue_is_refused_with_a_precise_message(editable, file, old, new, words):
    """Each kind of bad data is refused, and the message names the file, the item and the field."""
    _edit(editable, file, old, new)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(editable)
    message = str(info.value)
    for w in words:
        assert w in message, f"{w!r} missing from: {message}"


def test_not_utf8_is_named(editable):
    """A file saved in Shift_JIS by a text editor is named as not UTF-8."""
    path = editable / "items" / "2.1-governance.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("shift_jis", errors="replace"))
    with pytest.raises(CatalogueError, match=r"items/2.1-governance.yaml: is not UTF-8"):
        load_catalogue(editable)


def test_folder_without_catalogue(tmp_path):
    """A folder that is not a catalogue is named as such."""
    with pytest.raises(CatalogueError, match=r"no catalogue\.yaml"):
        load_catalogue(tmp_path)


def test_folded_japanese_lines_are_joined():
    """Wrapping Japanese in a folded YAML block leaves no stray spaces in the text."""
    from fsadesk.catalogue.schema import Text  # joining is part of validation

    assert Text(ja="記録して\n管理します。 ABC と def", en="x").ja == "記録して管理します。 ABC と def"


def test_cache_is_used_and_refreshed(editable, tmp_path, monkeypatch):
    """A second load reads the validated cache (no YAML or pydantic needed); editing a file makes
    the loader validate again, and a damaged cache file is simply rebuilt."""
    import sys

    from fsadesk.catalogue import loader

    monkeypatch.setenv("FSADESK_CACHE_DIR", str(tmp_path / "cache"))
    first = load_catalogue(editable)
    files = list((tmp_path / "cache").glob("*.json"))
    assert len(files) == 1
    calls: list[int] = []
    real = loader._validate
    monkeypatch.setattr(loader, "_validate", lambda sources: calls.append(1) or real(sources))
    assert load_catalogue(editable) == first and calls == []  # from the cache
    files[0].write_text("{broken", encoding="utf-8")
    assert load_catalogue(editable) == first and calls == [1]  # damaged cache: validated again
    _edit(editable, "items/2.1-governance.yaml", "サイバーセキュリティ基本方針の策定", "基本方針の策定")
    changed = load_catalogue(editable)
    assert calls == [1, 1] and changed.digest != first.digest
    _edit(editable, "items/2.1-governance.yaml", "tier: basic", "tier: essential")
    with pytest.raises(CatalogueError, match="field tier"):  # bad data is never served from a cache
        load_catalogue(editable)
    assert "pydantic" in sys.modules  # (validation did run in this process)


def test_start_up_path_needs_neither_yaml_nor_pydantic(tmp_path):
    """With a warm cache, loading the catalogue imports neither PyYAML nor pydantic."""
    import subprocess
    import sys

    env = {**__import__("os").environ, "FSADESK_CACHE_DIR": str(tmp_path / "cache")}
    code = "from fsadesk.catalogue import load_catalogue; load_catalogue()"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)  # warms the cache
    probe = code + "; import sys; print('yaml' in sys.modules, 'pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
