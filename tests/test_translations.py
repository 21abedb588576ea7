"""The Japanese UI translation: complete, consistent with the source, compiled and in use."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from fsadesk.ui.i18n import LanguageManager

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "fsadesk_ja.ts"
QM = REPO / "resources" / "translations" / "fsadesk_ja.qm"
SCRIPT = REPO / "packaging" / "translations.sh"
BIN = REPO / ".venv" / "bin"
# The options of `bash packaging/translations.sh update` (test_lupdate_options_match_the_script keeps them in step).
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "relative", "-target-language", "ja_JP"]

PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")
MNEMONIC = re.compile(r"&(?!&)(.)")


def messages(path: Path | None = None) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message in a .ts file (default: fsadesk_ja.ts)."""
    out = []
    for context in ET.parse(path or TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out.append((name, message.findtext("source", ""), message))
    return out


def translations(message: ET.Element) -> list[str]:
    """The translation text, or each plural form of a numerus message."""
    element = message.find("translation")
    if element is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def mnemonics(text: str) -> list[str]:
    """The characters marked with a single '&' ('&&' is a literal ampersand)."""
    return MNEMONIC.findall(text.replace("&&", ""))


def tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: install the dev dependencies (bash packaging/dev.sh)")
    return found


def label(context: str, source: str) -> str:
    return f"{context}: {source!r}"


def test_ts_has_messages():
    """The .ts parses and holds the UI's messages (guards the other tests against an empty file)."""
    assert len(messages()) > 200


def test_every_message_is_translated():
    """No message is empty, unfinished, vanished or obsolete."""
    bad = []
    for context, source, message in messages():
        element = message.find("translation")
        kind = element.get("type") if element is not None else "missing"
        texts = translations(message)
        if kind in ("missing", "unfinished", "vanished", "obsolete") or not texts or not all(t.strip() for t in texts):
            bad.append(f"{label(context, source)} ({kind or 'empty'})")
    assert not bad, "untranslated messages in fsadesk_ja.ts:\n" + "\n".join(bad)


def test_placeholders_survive():
    """Each translation keeps exactly the source's %1/%n/{name} placeholders."""
    bad = []
    for context, source, message in messages():
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in translations(message):
            got = Counter(PLACEHOLDER.findall(text))
            if got != wanted:
                bad.append(f"{label(context, source)}: {dict(wanted)} != {dict(got)} in {text!r}")
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_mnemonics_survive():
    """A source with an '&' mnemonic gets exactly one in the translation, as (&X) with the same letter."""
    bad = []
    for context, source, message in messages():
        keys = mnemonics(source)
        if not keys:
            continue
        for text in translations(message):
            got = mnemonics(text)
            if len(got) != 1:
                bad.append(f"{label(context, source)}: {len(got)} mnemonics in {text!r}")
            elif f"(&{keys[0].upper()})" not in text:
                bad.append(f"{label(context, source)}: expected (&{keys[0].upper()}) in {text!r}")
    assert not bad, "mnemonics differ:\n" + "\n".join(bad)


def test_committed_qm_is_fresh(tmp_path):
    """resources/translations/fsadesk_ja.qm is what lrelease makes of the .ts now."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert QM.exists(), "fsadesk_ja.qm is missing: run bash packaging/translations.sh release"
    assert fresh.read_bytes() == QM.read_bytes(), "fsadesk_ja.qm is stale: run bash packaging/translations.sh release"


def test_lupdate_options_match_the_script():
    """The options used below are the ones packaging/translations.sh passes to lupdate."""
    assert " ".join(LUPDATE_OPTIONS) in SCRIPT.read_text(encoding="utf-8")


def test_ts_is_up_to_date_with_the_source(tmp_path):
    """lupdate finds no tr() string in fsadesk/ui that the .ts lacks."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "fsadesk" / "ui").rglob("*.py"))
    run = subprocess.run(
        [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *sources, "-ts", str(copy)],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    output = run.stdout + run.stderr
    found = re.search(r"Found (\d+) source text\(s\) \((\d+) new", output)
    assert found, f"unexpected lupdate output:\n{output}"
    new = [source for context, source, message in messages(copy) if _is_unfinished(message)]
    assert int(found.group(2)) == 0, (
        f"{found.group(2)} UI string(s) are not in fsadesk_ja.ts: run `bash packaging/translations.sh update`, "
        "translate them, then `bash packaging/translations.sh release`.\n" + "\n".join(new)
    )


def _is_unfinished(message: ET.Element) -> bool:
    element = message.find("translation")
    return element is not None and element.get("type") == "unfinished"


def test_qm_translates_every_message():
    """Loaded into a QTranslator, the .qm gives each message its .ts translation."""
    translator = QTranslator()
    assert translator.load(str(QM))
    bad = []
    for context, source, message in messages():
        if message.get("numerus") == "yes":
            continue
        expected = translations(message)[0]
        got = translator.translate(context, source)
        if got != expected:
            bad.append(f"{label(context, source)}: {got!r} != {expected!r}")
    assert not bad, "the .qm disagrees with the .ts:\n" + "\n".join(bad)


@pytest.fixture
def japanese(qapp):
    manager = LanguageManager(QApplication.instance(), "ja")
    yield manager
    manager.set_language("en")  # later tests expect plain English
    manager.deleteLater()


def test_app_speaks_japanese(japanese):
    """With the language set to Japanese, real UI strings come out in Japanese."""
    assert "ファイル" in QCoreApplication.translate("MainWindow", "&File")
    assert QCoreApplication.translate("Status", "Not applicable") == "該当なし"
    assert QCoreApplication.translate("Status", "Partially implemented") == "一部実施"
    assert QCoreApplication.translate("SummaryPage", "Action plan") == "改善計画"


def test_app_speaks_english_again(japanese):
    """Switching back to English removes the Japanese strings."""
    japanese.set_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("Status", "Not applicable") == "Not applicable"


def test_japanese_survives_the_qm_file_being_rewritten_while_running(tmp_path, monkeypatch):
    """The running app keeps its Japanese when fsadesk_ja.qm is overwritten in place (an update
    or rebuild while it runs): the translations are held in memory, not read from the file."""
    from fsadesk.ui import i18n

    resources = tmp_path / "resources"
    shutil.copytree(i18n.resources_dir() / "translations", resources / "translations")
    monkeypatch.setattr(i18n, "resources_dir", lambda: resources)
    manager = LanguageManager(QApplication.instance(), "ja")
    try:
        japanese = QCoreApplication.translate("MainWindow", "&File")
        assert japanese != "&File"
        qm = resources / "translations" / "fsadesk_ja.qm"
        with open(qm, "r+b") as fh:  # same file, new content: what an in-place rebuild does
            fh.write(b"\0" * qm.stat().st_size)
        assert QCoreApplication.translate("MainWindow", "&File") == japanese
    finally:
        manager.set_language("en")
