"""Every character a user types reaches the report PDF, or is marked and reported (issue #9, defect 10).

A plan owner 𠮷田 used to print as 田, and Arabic, Hebrew and emoji vanished without a trace. Checked
as a reader would see it: pdftotext for the text, pdffonts for what is embedded, and the warning
`fsadesk export` prints.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fsadesk.app.export import render_report
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.catalogue import Catalogue
from fsadesk.report import pdf_fonts
from fsadesk.report.pdf_warnings import Unprintable
from fsadesk.store import create_workspace, open_workspace

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) is not installed; CI installs it",
)

NAME = 'A&B <𠮷野> "信用組合"'  # markup characters and a kanji outside JIS X 0208 together
OWNER = "𠮷田 一郎"
NOTES = "髙橋・﨑山・塚本・德田・⦅丄⦆（JIS第3・第4水準）、عربي مرحبا、שלום עולם、絵文字😀で終わり"
APPROVER = "髙橋 﨑子"
PREPARER = "𠮷川 花子"
SHOWN = ("𠮷田一郎", "髙橋・﨑山・塚本・德田・⦅丄⦆", "髙橋﨑子", "𠮷川花子", 'A&B<𠮷野>"信用組合"')


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _tool(name: str, pdf: bytes, tmp: Path, *args: str) -> str:
    path = tmp / "report.pdf"
    path.write_bytes(pdf)
    command = [name, *args, str(path), *(["-"] if name == "pdftotext" else [])]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> tuple[Path, int, str, str]:
    """A workspace whose owner, approver, preparer, name and notes hold the characters of concern;
    returns the folder, the cycle and the ids of the item with the notes and the accepted item."""
    folder = tmp_path_factory.mktemp("fonts") / "ws"
    profile = InstitutionProfile(name=NAME, institution_id="FONT-0001", category="regional")
    first, second = [it for it in applicable_items(catalogue, profile) if it.is_basic][:2]
    with create_workspace(folder) as ws:
        ws.institution.save(profile)
        cycle = ws.cycles.create("2026年度", 2026, catalogue)
        plan = RemediationPlan(OWNER, dt.date(2027, 3, 31), Priority.HIGH)
        acceptance = RiskAcceptance(APPROVER, "影響が限定的なため。", dt.date(2026, 6, 20))
        ws.answers.save_many(
            cycle.id,
            [
                Answer(first.id, Status.PARTIAL, notes=NOTES, plan=plan),
                Answer(second.id, Status.NOT_IMPLEMENTED, acceptance=acceptance),
            ],
        )
        ws.cycles.set_signoff(cycle.id, SignOff(Role.PREPARER, PREPARER, "課長", dt.date(2026, 11, 20)))
    return folder, cycle.id, first.id, second.id


@pytest.fixture(scope="module")
def rendered(names: tuple[Path, int, str, str], catalogue: Catalogue) -> dict[str, tuple[bytes, list[Unprintable]]]:
    folder, cycle_id, _, _ = names
    out = {}
    with open_workspace(folder) as ws:
        for lang in ("ja", "en"):
            warnings: list[Unprintable] = []
            out[lang] = (render_report(ws, catalogue, cycle_id, lang, warnings=warnings), warnings)
    return out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_rare_kanji_arabic_and_hebrew_are_printed(rendered, lang: str, tmp_path: Path):
    """𠮷, 髙, 﨑, 塚, 德 and a level-4 kanji come out of pdftotext as typed, markup characters too;
    Arabic and Hebrew letters are there; the emoji is replaced by 〓, not dropped."""
    pdf, _ = rendered[lang]
    text = _tool("pdftotext", pdf, tmp_path, "-raw")
    flat = _flat(text)
    missing = [s for s in SHOWN if _flat(s) not in flat]
    assert not missing
    for word in ("عربي", "مرحبا", "שלום", "עולם"):  # letter by letter; the reading order is the viewer's
        assert word in text or word[::-1] in text, word
    assert "😀" not in text
    assert "絵文字〓で終わり" in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_font_is_embedded(rendered, lang: str, tmp_path: Path):
    """pdffonts lists the main font and each fallback that drew something, all embedded subsets
    with a Unicode map (so text can be searched and copied)."""
    pdf, _ = rendered[lang]
    rows = _tool("pdffonts", pdf, tmp_path).splitlines()[2:]
    names = set()
    for row in rows:
        name, *_, emb, sub, uni, _obj, _gen = row.split()
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        names.add(name.split("+", 1)[1])
    assert names == {
        "IPAexGothic",
        "migmix-1p-regular",
        "Ume-P-Gothic",
        "NotoSansArabic-Regular",
        "NotoSansMath-Regular",
    }


def test_warnings_name_the_field_and_item(rendered, names):
    """The one field with an emoji is reported with its item and the character, in both languages."""
    _, _, notes_item, _ = names
    for lang in ("ja", "en"):
        _, warnings = rendered[lang]
        assert warnings == [Unprintable("notes", "😀", notes_item)]
    entry = rendered["ja"][1][0]
    assert entry.describe("en") == f"{notes_item} notes: 😀 (U+1F600)"
    assert entry.describe("ja") == f"{notes_item} メモ：😀 (U+1F600)"


def test_same_data_gives_identical_bytes_with_fallback_fonts(names, rendered, catalogue: Catalogue):
    """Fallback fonts keep the report reproducible."""
    folder, cycle_id, _, _ = names
    with open_workspace(folder) as ws:
        assert render_report(ws, catalogue, cycle_id, "ja") == rendered["ja"][0]


def test_every_jis_x_0213_character_has_a_font():
    """Each of the 11,000+ characters of JIS X 0213 (every kanji a Japanese name may use, levels 1
    to 4) is drawn by a font of the chain, as are 𠮷 and other name kanji outside it."""
    chars = set()
    for first in range(0xA1, 0xFF):
        for second in range(0xA1, 0xFF):
            for prefix in (b"", b"\x8f"):
                try:
                    decoded = (prefix + bytes([first, second])).decode("euc_jis_2004")
                except UnicodeDecodeError:
                    continue
                if len(decoded) == 1:  # (a few are pairs: kana with a combining mark)
                    chars.add(decoded)
    assert len(chars) > 11000
    missing = sorted(c for c in chars if pdf_fonts.font_for(c) is None)
    assert not missing, "".join(missing)
    assert all(pdf_fonts.font_for(c) is not None for c in "𠮷𡈽𩸽𣘺彅")


def test_invisible_modifiers_and_control_characters():
    """A variation selector after a kanji is left out (the kanji shows); a control character is
    marked and reported like any character no font has."""
    assert pdf_fonts.unprintable("葛\U000e0100城") == ""
    assert pdf_fonts.paragraph_markup("葛\U000e0100城") == "葛城"
    assert pdf_fonts.unprintable("a\x00b\x1bc") == "\x00\x1b"
    assert pdf_fonts.paragraph_markup("<a\x00>") == "&lt;a〓&gt;"


def test_fsadesk_export_prints_the_warning(names, tmp_path: Path):
    """`fsadesk export`, as a user runs it, still exports and says on stderr which field shows 〓."""
    folder, _, notes_item, _ = names
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    out = tmp_path / "b.fsab"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    command = ["export", str(folder), "--out", str(out), "--passphrase-file", str(passphrase)]
    result = subprocess.run(
        [sys.executable, "-m", "fsadesk", *command], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "〓" in result.stderr and f"{notes_item} notes: 😀 (U+1F600)" in result.stderr
    assert "Traceback" not in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
