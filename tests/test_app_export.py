"""The one export path (fsadesk.app.export): a report drawn again from a verified bundle is the very
report.pdf inside it, with notes and without, with a previous cycle to compare and without."""

from __future__ import annotations

import contextlib
import io
import stat
from pathlib import Path

import pytest

from fsadesk.app.export import export_cycle, report_from_bundle
from fsadesk.assessment.answers import Answer, Status
from fsadesk.bundle.keys import generate_signing_key, load_signing_key
from fsadesk.bundle.verify import verify_bundle
from fsadesk.catalogue import Catalogue
from fsadesk.cli import run
from fsadesk.store import open_workspace
from tests.bundle_support import PASSPHRASE


@pytest.fixture(scope="module")
def two_cycles(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> tuple[Path, int, int]:
    """The demo workspace (with notes) plus a later cycle copied from it, a few answers changed."""
    folder = tmp_path_factory.mktemp("export") / "demo"
    with contextlib.redirect_stdout(io.StringIO()):
        assert run(["demo", str(folder)]) == 0
    generate_signing_key(folder, PASSPHRASE)
    with open_workspace(folder) as ws:
        first = ws.cycles.latest()
        assert first is not None
        before = ws.answers.load(first.id)
        second = ws.cycles.create("2027年度", first.fiscal_year + 1, catalogue, copied_from=first.id)
        changed = [Answer(item_id, Status.IMPLEMENTED, notes="改善しました") for item_id in sorted(before)[:5]]
        ws.answers.save_many(second.id, [*before.values(), *changed], by="test")
    return folder, first.id, second.id


def _export(folder: Path, catalogue: Catalogue, cycle_id: int, lang: str, notes: bool, out: Path) -> Path:
    with open_workspace(folder) as ws:
        export_cycle(
            ws,
            catalogue,
            cycle_id,
            lambda: load_signing_key(folder, PASSPHRASE),
            lang=lang,  # type: ignore[arg-type]
            include_notes=notes,
            bundle_path=out / "b.fsab",
            pdf_path=out / "r.pdf",
        )
    return out / "b.fsab"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("which", "lang", "notes"), [("second", "ja", True), ("second", "en", False), ("first", "ja", False)]
)
def test_report_from_a_verified_bundle_is_the_report_inside(
    two_cycles: tuple[Path, int, int], catalogue: Catalogue, tmp_path: Path, which: str, lang: str, notes: bool
):
    """Export, verify, draw the report from the bundle's record: the same bytes as report.pdf
    inside (and as the PDF written beside it), comparison section and all."""
    folder, first, second = two_cycles
    bundle = _export(folder, catalogue, second if which == "second" else first, lang, notes, tmp_path)
    verified = verify_bundle(bundle, public_key=load_signing_key(folder, PASSPHRASE).public_key())
    record = verified.record()
    assert record.includes_notes is notes
    assert (record.previous is not None) is (which == "second")
    assert report_from_bundle(verified, catalogue, lang) == verified.report_pdf  # type: ignore[arg-type]
    assert (tmp_path / "r.pdf").read_bytes() == verified.report_pdf
    for path in (bundle, tmp_path / "r.pdf"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_wrong_passphrase_writes_nothing(two_cycles: tuple[Path, int, int], catalogue: Catalogue, tmp_path: Path):
    """The key is unlocked first: a wrong passphrase stops the export before any file exists."""
    from fsadesk.bundle.errors import WrongPassphrase

    folder, _, second = two_cycles
    with open_workspace(folder) as ws, pytest.raises(WrongPassphrase):
        export_cycle(
            ws,
            catalogue,
            second,
            lambda: load_signing_key(folder, "not the passphrase"),
            lang="ja",
            include_notes=True,
            bundle_path=tmp_path / "b.fsab",
            pdf_path=tmp_path / "r.pdf",
        )
    assert not list(tmp_path.iterdir())
