"""Every export is recorded (fsadesk.app.export.export_cycle): where the files went, their SHA-256
as written, language, notes, encryption, key and who; and an export whose history cannot be
written (another program holds the workspace) still leaves both files and says so."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from fsadesk.app.export_history import FileState, file_state
from fsadesk.app.workspace import AssessmentWorkspace, current_user
from fsadesk.bundle.keys import generate_signing_key, load_signing_key
from fsadesk.catalogue import Catalogue
from fsadesk.store import open_workspace
from fsadesk.store.errors import WorkspaceBusy
from tests.bundle_support import FAKE_PDF, PASSPHRASE
from tests.workspace_support import dump, make_demo


def _fake_render(*_args: Any) -> bytes:
    return FAKE_PDF


def _export(folder: Path, catalogue: Catalogue, out: Path, lang: str, notes: bool, encrypt: bool = False) -> Any:
    with open_workspace(folder) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        return view.export(
            catalogue,
            cycle.id,
            lambda: load_signing_key(folder, PASSPHRASE),
            lang=lang,  # type: ignore[arg-type]
            include_notes=notes,
            bundle_path=out / f"b-{lang}.fsab",
            pdf_path=out / f"r-{lang}.pdf",
            wrap=(lambda data: b"ENCRYPTED" + data) if encrypt else None,
            render=_fake_render,
        )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_export_is_recorded_newest_first(tmp_path: Path, catalogue: Catalogue) -> None:
    folder = make_demo(tmp_path)
    generate_signing_key(folder, PASSPHRASE)
    first = _export(folder, catalogue, tmp_path, "ja", notes=True)
    second = _export(folder, catalogue, tmp_path, "en", notes=False, encrypt=True)
    assert first.history_error is None and second.history_error is None
    with open_workspace(folder) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        history = view.exports(cycle.id)
    assert [r.language for r in history] == ["en", "ja"]
    en, ja = history
    assert (ja.include_notes, ja.encrypted, en.include_notes, en.encrypted) == (True, False, False, True)
    assert ja.bundle_path == str((tmp_path / "b-ja.fsab").absolute())
    assert ja.pdf_path == str((tmp_path / "r-ja.pdf").absolute())
    assert ja.bundle_sha256 == _sha(tmp_path / "b-ja.fsab")
    assert ja.pdf_sha256 == _sha(tmp_path / "r-ja.pdf")
    assert en.bundle_sha256 == _sha(tmp_path / "b-en.fsab")  # the encrypted bytes, as written
    assert en.key_fingerprint == first.fingerprint
    assert ja.exported_by == current_user()
    assert en.exported_at >= ja.exported_at


def test_file_state_says_same_changed_or_missing(tmp_path: Path, catalogue: Catalogue) -> None:
    folder = make_demo(tmp_path)
    generate_signing_key(folder, PASSPHRASE)
    done = _export(folder, catalogue, tmp_path, "ja", notes=True)
    record = done.record
    assert file_state(record.bundle_path, record.bundle_sha256) is FileState.SAME
    (tmp_path / "b-ja.fsab").write_bytes(b"something else")
    assert file_state(record.bundle_path, record.bundle_sha256) is FileState.CHANGED
    (tmp_path / "b-ja.fsab").unlink()
    assert file_state(record.bundle_path, record.bundle_sha256) is FileState.MISSING


def test_history_not_written_still_keeps_both_files(tmp_path: Path, catalogue: Catalogue) -> None:
    """Another program writing the workspace (busy): the export is done, the files are there and
    complete, the result says the history could not be updated, and nothing stored changed."""
    folder = make_demo(tmp_path)
    generate_signing_key(folder, PASSPHRASE)
    before = dump(folder)
    other = sqlite3.connect(folder / "workspace.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        done = _export(folder, catalogue, tmp_path, "ja", notes=True)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert isinstance(done.history_error, WorkspaceBusy)
    assert done.record is None
    assert (tmp_path / "b-ja.fsab").read_bytes() == done.bundle
    assert (tmp_path / "r-ja.pdf").read_bytes() == FAKE_PDF
    assert dump(folder) == before
