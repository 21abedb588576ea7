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
        # The start-up module launches the UI, and so does `fsadesk central open` (the central window);
        # `fsadesk self-test` (fsadesk/selftest/) paints the main window to check the package.
        if rel.name not in ("__main__.py", "central_cli_open.py") and rel.parts[0] != "selftest":
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


# Who may call the store (issue #10): the windows and the command line go through the application
# layer (fsadesk/app/), which alone opens units of work; nothing else touches the database library.

DATABASE = ("sqlalchemy", "alembic")
# What a window may take from the store: the read-only snapshot and the folder test the fast start
# needs before SQLAlchemy loads, and the typed errors it words for the user.
UI_MAY_USE = ("fsadesk.store.snapshot", "fsadesk.store.files", "fsadesk.store.errors")
# The command line (these top-level modules) opens, reads and writes through fsadesk.app like the
# windows: from the store it takes only the typed errors it words (fsadesk/cli_errors.py, which
# words them, may import the store's errors too; it is not listed because it calls nothing).
# The central organisation's command line: its parser (central_cli) and one module per group of commands.
CENTRAL_CLI = (
    "central_cli",
    "central_cli_common",
    "central_cli_members",
    "central_cli_campaigns",
    "central_cli_intake",
    "central_cli_simulate",
    "central_cli_open",
    "central_cli_status",
    "central_cli_benchmark",
    "central_cli_report",
)
CLI = (
    "cli", "cli_reads", "cli_workspace", "bundle_cli", "campaign_cli", "benchmark_cli", "catalogue_cli", "cli_args",
    "cli_format",
    *CENTRAL_CLI,
)  # fmt: skip
CLI_MAY_USE = ("fsadesk.store.errors",)
# A repository call (ws.answers.save(), ws.cycles.get()…) or a unit of work opened by the CLI
# itself would skip the rules and the one transaction a use case of fsadesk.app applies.
REPOSITORIES = {"cycles", "answers", "institution"}
# The member side never depends on the central organisation's code (issue #12): only these entry
# points and the central organisation's windows (fsadesk/ui/central/) reach fsadesk/central/.
CENTRAL_WINDOWS = "ui/central"
CENTRAL_ENTRIES = ("cli", *CENTRAL_CLI, "__main__", CENTRAL_WINDOWS)
# The application layer (a member importing its organisation's campaign file and receipts) may read
# the central side's signed file formats, which are pure (no database, no central rules), and nothing
# else of it: not its store, members, keys or intake.
APP_MAY_USE_CENTRAL = (
    "fsadesk.central.campaign",
    "fsadesk.central.receipt",
    "fsadesk.central.benchmark_pack",
    "fsadesk.central.signed_file",
    "fsadesk.central.errors",
)


def _top(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    if rel.parts[:2] == ("ui", "central"):
        return CENTRAL_WINDOWS  # the central organisation's windows: a window's rules, and the central side
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def layering_problems(top: str, source: str) -> list[str]:
    """What a module in fsadesk/<top> (or the top-level module <top>) does against the rules."""
    tree = ast.parse(source)
    imports: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imports.add(node.module)
            imports.update(f"{node.module}.{alias.name}" for alias in node.names if node.module == "fsadesk.store")
    problems = []
    if top not in ("store", "app", "central"):  # central/ is the central side's store and use cases
        problems += [f"imports {m}" for m in imports if m.split(".")[0] in DATABASE]
    if top not in ("central", *CENTRAL_ENTRIES):
        problems += [
            f"imports {m} (only the command line and the start-up reach the central side)"
            for m in imports
            if (m == "fsadesk.central" or m.startswith("fsadesk.central."))
            and not (top == "app" and m in APP_MAY_USE_CENTRAL)
        ]
    if top in ("ui", CENTRAL_WINDOWS):
        for m in imports:
            if (m == "fsadesk.store" or m.startswith("fsadesk.store.")) and not m.startswith(UI_MAY_USE):
                problems.append(f"imports {m} (a window uses fsadesk.app, not the store)")
    if top == "central":
        problems += [f"imports {m}" for m in imports if m == "fsadesk.ui" or m.startswith("fsadesk.ui.")]
    if top in CLI:
        for m in imports:
            if (m == "fsadesk.store" or m.startswith("fsadesk.store.")) and not m.startswith(CLI_MAY_USE):
                problems.append(f"imports {m} (the command line uses fsadesk.app, not the store)")
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if isinstance(owner, ast.Attribute) and owner.attr in REPOSITORIES:
                problems.append(
                    f"line {node.lineno}: .{owner.attr}.{node.func.attr}(): a repository call, "
                    "which belongs in fsadesk.app (its reads and use cases)"
                )
            elif node.func.attr == "unit_of_work":
                problems.append(f"line {node.lineno}: .unit_of_work(): multi-step writes belong in fsadesk.app")
    return problems


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_application_layer_calls_the_store(path: Path):
    """Windows use fsadesk.app (and the snapshot, the folder test, typed errors), never repositories or
    the Workspace; the CLI uses fsadesk.app too (from the store only typed errors) and calls no
    repository; the central side never imports the windows; nothing outside fsadesk/store and
    fsadesk/app imports SQLAlchemy or Alembic."""
    assert layering_problems(_top(path), path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("top", "source", "found"),
    [
        ("ui", "from fsadesk.store.workspace import Workspace\n", "fsadesk.store.workspace"),
        ("ui", "from fsadesk.store import open_workspace\n", "fsadesk.store.open_workspace"),
        ("ui", "from fsadesk.store.answers import AnswerRepository\n", "fsadesk.store.answers"),
        ("ui", "if TYPE_CHECKING:\n    from fsadesk.store.workspace import Workspace\n", "fsadesk.store.workspace"),
        ("ui", "def f():\n    import sqlalchemy\n", "sqlalchemy"),
        ("report", "from sqlalchemy import select\n", "sqlalchemy"),
        ("central", "from fsadesk.ui.errors import user_message\n", "fsadesk.ui.errors"),
        ("app", "from fsadesk.central.members import list_members\n", "fsadesk.central.members"),
        ("app", "from fsadesk.central.store.database import open_central\n", "fsadesk.central.store.database"),
        ("app", "from fsadesk.central import keys\n", "fsadesk.central"),
        ("ui", "from fsadesk.central.campaign import verify_campaign\n", "fsadesk.central.campaign"),
        ("store", "from fsadesk.central.receipt import verify_receipt\n", "fsadesk.central.receipt"),
        ("store", "def f():\n    import fsadesk.central.store.database\n", "fsadesk.central.store.database"),
        ("bundle_cli", "from fsadesk.central import members\n", "fsadesk.central"),
        ("central_cli", "import sqlalchemy\n", "sqlalchemy"),
        ("ui/central", "from fsadesk.store.workspace import Workspace\n", "fsadesk.store.workspace"),
        ("ui/central", "from sqlalchemy import select\n", "sqlalchemy"),
        ("ui", "def f():\n    from fsadesk.central.members import list_members\n", "fsadesk.central.members"),
        ("central_cli_intake", "from fsadesk.store.workspace import Workspace\n", "fsadesk.store.workspace"),
        ("cli", "def demo(ws):\n    ws.cycles.create('x', 2026, cat)\n", "cycles.create"),
        ("cli", "from fsadesk.store.unit_of_work import unit_of_work\n", "unit_of_work"),
        ("cli", "def save(ws):\n    with ws.unit_of_work() as uow:\n        pass\n", "unit_of_work"),
        ("cli", "from fsadesk.store import open_workspace\n", "fsadesk.store.open_workspace"),
        ("bundle_cli", "if TYPE_CHECKING:\n    from fsadesk.store import Workspace\n", "fsadesk.store.Workspace"),
        ("cli_format", "from fsadesk.store.cycles import Cycle\n", "fsadesk.store.cycles"),
        ("cli_reads", "def show(ws):\n    return ws.cycles.latest()\n", "cycles.latest"),
        ("cli_args", "def f():\n    import fsadesk.store.workspace\n", "fsadesk.store.workspace"),
        ("cli", "def show(ws):\n    return ws.cycles.latest()\n", "cycles.latest"),
        ("bundle_cli", "def who(ws):\n    return ws.institution.get()\n", "institution.get"),
        ("cli", "def answer(ws, a):\n    ws.answers.save(1, a)\n", "answers.save"),
    ],
)
def test_the_store_rule_can_fail(top: str, source: str, found: str):
    """A synthetic module breaking each rule is caught (so the rule above is not vacuous)."""
    problems = layering_problems(top, source)
    assert any(found in p for p in problems), problems


@pytest.mark.parametrize(
    ("top", "source"),
    [
        ("ui", "from fsadesk.store.snapshot import read_snapshot\nfrom fsadesk.store.errors import SaveFailed\n"),
        ("ui", "from fsadesk.app.workspace import AssessmentWorkspace\n"),
        ("app", "from fsadesk.store.workspace import Workspace\nimport sqlalchemy\n"),
        ("cli", "from fsadesk.store.errors import CycleLocked\nfrom fsadesk.app.workspace import opened_workspace\n"),
        ("cli", "def show(view):\n    return view.latest_cycle(), view.cycles(), view.answers(1)\n"),
        ("cli_errors", "from fsadesk.store.errors import WorkspaceError\n"),
        ("central", "from fsadesk.bundle.keys import fingerprint\nfrom sqlalchemy import select\n"),
        ("central_cli", "from fsadesk.central.members import list_members\n"),
        ("ui/central", "from fsadesk.central.members import list_members\nfrom fsadesk.app.workspace import x\n"),
        ("central_cli_members", "from fsadesk.central.members import list_members\n"),
        (
            "app",
            "from fsadesk.central.campaign import verify_campaign\nfrom fsadesk.central.errors import NotAReceipt\n",
        ),
        (
            "app",
            "from fsadesk.central.receipt import verify_receipt\nfrom fsadesk.central.signed_file import read_file\n",
        ),
    ],
)
def test_the_store_rule_lets_the_allowed_through(top: str, source: str):
    """The snapshot, typed errors and the app layer stay allowed to windows; typed errors and the
    app layer's reads and use cases stay allowed to the CLI."""
    assert layering_problems(top, source) == []
