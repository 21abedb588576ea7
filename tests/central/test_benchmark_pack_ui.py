"""The dashboard's Benchmark pack… dialog, driven like a user in Japanese and English: a wrong
passphrase said and nothing written; the minimum group size typed in decides what is published;
the file written is the signed pack the member side verifies, and the words say what was withheld."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fsadesk.assessment.record import CycleRecord
from fsadesk.bundle.keys import fingerprint
from fsadesk.catalogue import Catalogue
from fsadesk.central.benchmark_pack import verify_pack
from fsadesk.central.dashboard.snapshot import load_campaign
from fsadesk.central.keys import load_signing_key
from fsadesk.ui.central.dashboard.benchmark_dialog import BenchmarkDialog, write_benchmark
from fsadesk.ui.i18n import LanguageManager
from tests.central.benchmark_support import CAMPAIGN, BenchWorld, build_bench_world
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    PASSPHRASE,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    make_org,
)
from tests.qt_helpers import type_text
from tests.test_central_intake_ui import FakePrompts

WORDS = {
    "ja": {"wrong": "正しくありません", "published": "3", "how": "ファイル"},
    "en": {"wrong": "not correct", "published": "Figures are given for 3 peer groups", "how": "Import benchmark pack"},
}


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, base: CycleRecord, catalogue: Catalogue) -> Iterator[BenchWorld]:
    tmp = tmp_path_factory.mktemp("bench-ui")
    org = make_org(str(tmp / "central.sqlite"), tmp)
    yield build_bench_world(org, base, catalogue, tmp)
    org.db.close()


def groups_of(path: Path) -> dict[tuple[str, str], bool]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        doc = json.loads(z.read("benchmark.json"))
    return {(g["grouping"], g["name"]): g["suppressed"] for g in doc["groups"]}


def test_the_pack_is_written_on_a_worker_and_its_withheld_groups_said(
    qtbot, tmp_path: Path, world: BenchWorld, lang: LanguageManager
) -> None:
    """Wrong passphrase: said, nothing written. Right one: the signed pack, 3 groups published."""
    prompts = FakePrompts()
    org = world.org
    dialog = BenchmarkDialog(org.db, load_campaign(org.db), org.keys, lang, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.text().endswith(f"benchmark-{CAMPAIGN}.fsbp") and dialog.min_group.value() == 5
    target = tmp_path / "pack.fsbp"
    dialog.target.clear()
    type_text(qtbot, dialog.target, str(target))
    type_text(qtbot, dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert WORDS[lang.lang]["wrong"] in dialog.problem.text() and dialog.isVisible()
    assert not target.exists()
    dialog.passphrase.clear()
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    trusted = fingerprint(load_signing_key(org.keys, PASSPHRASE).public_key())
    pack = verify_pack(target.read_bytes(), trusted)
    assert pack.campaign_id == CAMPAIGN and pack.threshold == 5
    assert [(g.grouping, g.name) for g in pack.groups if not g.suppressed] == [
        ("all", "all"), ("category", "regional"), ("size_band", "small"),
    ]  # fmt: skip
    _title, text = prompts.infos[-1]
    assert str(target) in text and WORDS[lang.lang]["published"] in text and WORDS[lang.lang]["how"] in text


def test_a_minimum_typed_in_decides_what_is_published(qtbot, tmp_path: Path, world: BenchWorld) -> None:
    """A minimum of 4 publishes the size bands of 4 and 5 members; insurance (1) stays withheld
    with securities, its complement. The dashboard's entry point opens the same dialog."""
    prompts = FakePrompts()
    en = LanguageManager(QApplication.instance(), "en")
    org = world.org
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    write_benchmark(parent, org.db, load_campaign(org.db), org.keys, en, prompts)
    dialog: BenchmarkDialog = parent.benchmark_dialog  # type: ignore[attr-defined]
    assert dialog.isVisible()
    target = tmp_path / "four"
    dialog.target.setText(str(target))
    dialog.min_group.lineEdit().selectAll()
    qtbot.keyClicks(dialog.min_group, "4")
    assert dialog.min_group.value() == 4
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    groups = groups_of(tmp_path / "four.fsbp")  # the suffix is added
    assert groups[("size_band", "large")] is False and groups[("size_band", "medium")] is False
    assert groups[("category", "insurance")] is True and groups[("category", "securities")] is True
    assert (
        "Figures are given for 5 peer groups. 2 groups are left out: they have fewer than 4 members"
        in prompts.infos[-1][1]
    )


def test_while_the_pack_is_written_the_dialog_cannot_be_left(qtbot, tmp_path: Path, world: BenchWorld) -> None:
    """Write pressed: every field and both buttons wait, Esc does not close it; then it closes itself."""
    en = LanguageManager(QApplication.instance(), "en")
    dialog = BenchmarkDialog(world.org.db, load_campaign(world.org.db), world.org.keys, en, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setText(str(tmp_path / "busy.fsbp"))
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert dialog.worker is not None and not dialog.ok.isEnabled() and not dialog.passphrase.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    assert not dialog.isVisible() and (tmp_path / "busy.fsbp").exists()
