"""Architecture rule: only fsadesk/ui imports PySide6; pure layers import neither Qt nor the store."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "fsadesk"
PURE = ("catalogue", "assessment")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layering(path: Path):
    """Qt stays in fsadesk/ui; catalogue and assessment stay free of Qt, the database and the UI."""
    rel = path.relative_to(PACKAGE)
    imports = _imports(path)
    qt = {m for m in imports if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt6", "PyQt5")}
    if rel.parts[0] != "ui":
        assert not qt, f"{rel} imports Qt: {qt}"
        if rel.name != "__main__.py":  # the start-up module is what launches the UI
            assert not {m for m in imports if m.startswith("fsadesk.ui")}, f"{rel} imports the UI"
    if rel.parts[0] in PURE:
        banned = {m for m in imports if m.split(".")[0] in ("sqlalchemy", "alembic", "sqlite3")}
        banned |= {m for m in imports if m.startswith(("fsadesk.store", "fsadesk.report", "fsadesk.bundle"))}
        assert not banned, f"{rel} is a pure layer but imports {banned}"


def test_rule_sees_a_violation(tmp_path: Path):
    """The import parser does catch Qt imports (so the rule above can fail)."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy\n")
    assert _imports(bad) == {"PySide6.QtWidgets", "sqlalchemy"}


PLAIN_DATA = ("report", "bundle")  # built from plain records, so the central side works from bundles


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if p.relative_to(PACKAGE).parts[0] in PLAIN_DATA],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_report_and_bundle_never_import_the_store(path: Path):
    """report/ and bundle/ work over plain data: no fsadesk.store, no database library."""
    imports = _imports(path)
    banned = {m for m in imports if m.split(".")[0] in ("sqlalchemy", "alembic", "sqlite3")}
    banned |= {m for m in imports if m.startswith("fsadesk.store")}
    assert not banned, f"{path.relative_to(PACKAGE)} reads the store itself: {banned}"
