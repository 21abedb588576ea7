"""Exports people can find and never lose (#11 point 2): names that say what the file is, a visible
folder that is remembered, no overwrite without asking, and a finish message that opens the files."""

from __future__ import annotations

import pytest

from fsadesk.app.export import PART_BYTES, export_file_name


def test_names_say_institution_cycle_edition_and_language():
    assert export_file_name("DEMO-0001", "2026年度", 2026, 1, "ja", "pdf") == "DEMO-0001_2026年度_ja.pdf"
    # The default label reads FY2026 in English, as on the English report's header.
    assert export_file_name("DEMO-0001", "2026年度", 2026, 1, "en", "fsab") == "DEMO-0001_FY2026_en.fsab"
    assert export_file_name("DEMO-0001", "2026年度", 2026, 3, "ja", "pdf") == "DEMO-0001_2026年度_rev3_ja.pdf"


def test_the_english_report_never_takes_the_japanese_ones_name():
    names = {export_file_name("X1", "2026年度", 2026, r, lang, s) for r in (1, 2) for lang in ("ja", "en")
             for s in ("pdf", "fsab")}  # fmt: skip
    assert len(names) == 8


@pytest.mark.parametrize(
    ("institution", "label", "expected"),
    [
        ("../../etc/passwd", "a/b\\c", "etc_passwd_a_b_c_ja.pdf"),
        ("信用組合 本店", '令和8年度: "上期" <案>?*|', "信用組合_本店_令和8年度_上期_案_ja.pdf"),
        ("///", "   ", "fsadesk_ja.pdf"),
        ("ＡＢＣ組合\t\n", "年度\u0000", "ＡＢＣ組合_年度_ja.pdf"),
    ],
)
def test_only_safe_characters_japanese_kept(institution, label, expected):
    assert export_file_name(institution, label, 2026, 1, "ja", "pdf") == expected


def test_long_names_are_shortened_on_a_character_boundary():
    name = export_file_name("組" * 500, "度" * 500, 2026, 2, "ja", "fsab")
    institution, label, rest = name.split("_", 2)
    assert rest == "rev2_ja.fsab"
    assert len(institution.encode()) <= PART_BYTES and len(label.encode()) <= PART_BYTES
    assert set(institution) == {"組"} and set(label) == {"度"}  # no broken character
    assert len(name.encode()) < 200
