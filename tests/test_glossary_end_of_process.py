"""The end of the process has its words in docs/glossary.md, the same ones the windows and the
report use (#11): what will be done, the open-point kinds of the sign-off's readiness list, the
export history, and on the central side the campaign file and the receipt."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTranslator

from fsadesk import terms
from fsadesk.assessment.answers import Status
from fsadesk.assessment.readiness import OpenKind

REPO = Path(__file__).resolve().parents[1]
GLOSSARY = (REPO / "docs" / "glossary.md").read_text(encoding="utf-8")
QM = REPO / "resources" / "translations" / "fsadesk_ja.qm"

# The sign-off dialog's names of the open-point kinds (SignOffDialog.kind_name), in English.
KIND_SOURCES = {
    OpenKind.UNANSWERED: "Unanswered",
    OpenKind.MARKED_FOR_REVIEW: "Marked for review",
    OpenKind.GAP_WITHOUT_PLAN: "Gap without a plan or risk acceptance",
    OpenKind.MISSING_REASON: "Reason missing (not applicable or alternative)",
}


def _translator() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    return translator


def _row(ja: str) -> str:
    row = next((line for line in GLOSSARY.splitlines() if line.startswith(f"| {ja} |")), None)
    assert row is not None, f"{ja} is not a glossary term"
    return row


def test_every_open_point_kind_is_in_the_glossary_in_the_windows_words():
    """The readiness list's kinds, as the sign-off window names them in each language, with their meaning."""
    assert set(KIND_SOURCES) == set(OpenKind)
    translator = _translator()
    for source in KIND_SOURCES.values():
        ja = translator.translate("SignOffDialog", source)
        assert ja, source
        rows = [line for line in GLOSSARY.splitlines() if line.startswith(f"| {ja} |")]
        row = next((r for r in rows if f"| {source.lower()} |" in r.lower()), None)
        assert row is not None, f"{ja} / {source}: not in the glossary as the sign-off window names it"
        assert row.split("|")[3].strip(), row


def test_the_sign_off_window_names_the_kinds_so():
    """KIND_SOURCES is what the window says; the unanswered kind is the answer status's own word."""
    from fsadesk.ui.signoff_dialog import SignOffDialog

    plain = SimpleNamespace(tr=lambda text: text)  # the English source, as the window passes it to tr()
    assert {kind: SignOffDialog.kind_name(plain, kind) for kind in OpenKind} == KIND_SOURCES  # type: ignore[arg-type]
    assert KIND_SOURCES[OpenKind.UNANSWERED] == terms.status_name(Status.UNANSWERED, "en")


def test_open_point_kinds_use_the_answers_own_words_in_japanese():
    """「該当なし」 and 「代替策で対応」 are answers; 「対象外」 means not assessed, and a gap is a 不足."""
    translator = _translator()
    missing = translator.translate("SignOffDialog", KIND_SOURCES[OpenKind.MISSING_REASON])
    for status in (Status.NOT_APPLICABLE, Status.ALTERNATIVE):
        assert terms.status_name(status, "ja") in missing
    assert "対象外" not in missing
    gap = translator.translate("SignOffDialog", KIND_SOURCES[OpenKind.GAP_WITHOUT_PLAN])
    assert gap.endswith(terms.word("gap", "ja")), gap


@pytest.mark.parametrize(
    ("ja", "en"),
    [
        (terms.word("plan_measure", "ja"), terms.word("plan_measure", "en")),
        ("書き出し履歴", "export history"),
        ("提出依頼ファイル", "campaign file"),
        ("受領証", "receipt"),
    ],
)
def test_end_of_process_terms_are_in_the_glossary(ja: str, en: str):
    row = _row(ja)
    assert en.lower() in row.lower()
    meaning = row.split("|")[3].strip()
    assert meaning, f"{ja} has no plain words"
