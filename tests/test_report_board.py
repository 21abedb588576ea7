"""The board report reads like a board paper (issue #11, points 6 and 8): evidence is printed (and
kept back with the other free text), the technical details are on a page at the end, an empty list
is one line, the English report says FY2026, Japanese dates read 2027/03/31, and domains carry the
names the app shows. Read back with pdftotext, as a reader's viewer would."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from fsadesk.app.export import render_report
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.catalogue import Catalogue
from fsadesk.lang import Lang
from fsadesk.report.pdf_text import LABELS
from fsadesk.report.pdf_warnings import Unprintable
from fsadesk.store import create_workspace, open_workspace

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed; CI installs it"
)

EVIDENCE = "情報セキュリティ規程 第12条、2026年6月 理事会議事録（第45号）"
FINGERPRINT = "0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF"


def _pages(pdf: bytes, tmp: Path) -> list[str]:
    path = tmp / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Small:
    folder: Path
    cycle_id: int
    evidence_item: str
    emoji_item: str


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> Small:
    """The demo institution with three answers: one with evidence, one with evidence holding a
    character no font has, one gap with a plan due 2027-03-31; signed off by the preparer."""
    folder = tmp_path_factory.mktemp("board") / "ws"
    first, second, third = [it.id for it in applicable_items(catalogue, DEMO_PROFILE)[:3]]
    answers = [
        Answer(first, Status.IMPLEMENTED, evidence=EVIDENCE),
        Answer(second, Status.IMPLEMENTED, evidence="点検記録 😀"),
        Answer(third, Status.PARTIAL, plan=RemediationPlan("事務部", dt.date(2027, 3, 31), Priority.HIGH)),
    ]
    with create_workspace(folder) as ws:
        ws.institution.save(DEMO_PROFILE)
        cycle = ws.cycles.create("2026年度", 2026, catalogue)
        ws.answers.save_many(cycle.id, answers)
        ws.cycles.set_signoff(cycle.id, SignOff(Role.PREPARER, "山田 花子", "課長", dt.date(2026, 11, 20)))
    return Small(folder, cycle.id, first, second)


def _render(small: Small, catalogue: Catalogue, lang: Lang, **kw: object) -> bytes:
    with open_workspace(small.folder) as ws:
        return render_report(ws, catalogue, small.cycle_id, lang, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_evidence_is_printed_and_kept_back_with_the_notes(
    small: Small, catalogue: Catalogue, lang: Lang, tmp_path: Path
) -> None:
    """The evidence typed for an item is in the report, next to the item's id; a report made
    without notes has none of it."""
    text = _flat("".join(_pages(_render(small, catalogue, lang), tmp_path)))
    assert _flat(EVIDENCE) in text
    assert _flat(LABELS["evidence_section"][lang]) in text
    without = _flat("".join(_pages(_render(small, catalogue, lang, include_notes=False), tmp_path)))
    assert _flat(EVIDENCE) not in without and "点検記録" not in without


def test_evidence_with_an_unprintable_character_is_named(small: Small, catalogue: Catalogue) -> None:
    warnings: list[Unprintable] = []
    _render(small, catalogue, "ja", warnings=warnings)
    assert Unprintable("evidence", "😀", small.emoji_item) in warnings
    entry = next(w for w in warnings if w.field == "evidence")
    assert entry.describe("ja") == f"{small.emoji_item} 証跡：😀 (U+1F600)"
    assert entry.describe("en") == f"{small.emoji_item} evidence: 😀 (U+1F600)"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_technical_details_are_on_the_last_page_not_the_cover(
    small: Small, catalogue: Catalogue, lang: Lang, tmp_path: Path
) -> None:
    """The cover is for the board: no digest, key fingerprint or engine version. Those are on the
    report's last page, with the catalogue and the software that made it."""
    pages = _pages(_render(small, catalogue, lang, fingerprint=FINGERPRINT), tmp_path)
    digest = catalogue.digest
    technical = [LABELS[k][lang] for k in ("catalogue_digest", "engine", "fingerprint")]
    cover = pages[0]
    assert "0123 4567" not in cover and digest[:16] not in _flat(cover)
    assert not [label for label in technical if label in cover]
    last = pages[-1]
    assert LABELS["technical_section"][lang] in last
    assert all(label in last for label in technical)
    assert digest in _flat(last) and "0123 4567 89AB CDEF" in last and "fsadesk" in last


EMPTY_SECTIONS = ("gaps_section", "plan_section", "justif_section", "accept_section", "review_section")


@pytest.fixture(scope="module")
def unanswered(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("board") / "empty"
    with create_workspace(folder) as ws:
        ws.institution.save(DEMO_PROFILE)
        return folder, ws.cycles.create("2026年度", 2026, catalogue).id


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_an_empty_section_is_one_line_not_a_page(
    unanswered: tuple[Path, int], catalogue: Catalogue, lang: Lang, tmp_path: Path
) -> None:
    """With nothing answered, the open gaps, action plan, reasons, acceptances and review lists are
    empty: each is its heading and the one line 「該当なし。」 / "None.", and the five together take
    at most two pages (they follow the results, not a page each)."""
    folder, cycle_id = unanswered
    with open_workspace(folder) as ws:
        pages = _pages(render_report(ws, catalogue, cycle_id, lang), tmp_path)
    none = {"ja": "該当なし。", "en": "None."}[lang]
    assert LABELS["none"][lang] == none
    found = set()
    for key in EMPTY_SECTIONS:
        heading = re.compile(rf"^\s*{re.escape(LABELS[key][lang])}\s*\n\s*{re.escape(none)}\s*$", re.M)
        on = [n for n, page in enumerate(pages) if heading.search(page)]
        assert on, f"{key}: no heading followed by its one line"
        found.add(on[-1])
    assert len(found) <= 2, found


def test_english_report_says_fy2026_everywhere(small: Small, catalogue: Catalogue, tmp_path: Path) -> None:
    """The default label 2026年度 reads FY2026 in English, as the app shows it: on the cover, in
    every page's running header and in the PDF's title; nothing says 年度."""
    pdf = _render(small, catalogue, "en")
    pages = _pages(pdf, tmp_path)
    assert not [n for n, page in enumerate(pages, start=1) if "年度" in page]
    assert all("FY2026" in page.split("\n", 1)[0] for page in pages[1:])  # the running header
    info = subprocess.run(["pdfinfo", str(tmp_path / "report.pdf")], capture_output=True, text=True).stdout
    assert "FY2026" in info and "年度" not in info


@pytest.mark.parametrize(
    ("lang", "shown", "not_shown"), [("ja", "2027/03/31", "2027-03-31"), ("en", "2027-03-31", "2027/03/31")]
)
def test_dates_follow_the_language(
    small: Small, catalogue: Catalogue, lang: Lang, shown: str, not_shown: str, tmp_path: Path
) -> None:
    """Japanese dates read 2027/03/31, as Japanese offices write them; English dates are ISO."""
    text = "".join(_pages(_render(small, catalogue, lang), tmp_path))
    assert shown in text and not_shown not in text
    assert ("2026/11/20" if lang == "ja" else "2026-11-20") in text  # the preparer's sign-off date
    if lang == "ja":
        assert not re.search(r"\d{4}-\d\d-\d\d", text)  # no ISO date left anywhere


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_domains_have_the_names_the_app_shows(small: Small, catalogue: Catalogue, lang: Lang, tmp_path: Path) -> None:
    """The app names a domain by its short name ("2.4 検知", "2.4 Detect": the tree, the summary,
    the compare dialog); the report's headings and contents do the same, and never use the long
    title instead."""
    pages = _pages(_render(small, catalogue, lang), tmp_path)
    contents, text = pages[1], _flat("".join(pages))
    for domain in catalogue.domains():
        assert domain.short is not None
        name = f"{domain.number} {domain.short.get(lang)}"
        assert re.search(rf"^\s*{re.escape(name)}\b", contents, re.M), name
        assert _flat(domain.title.get(lang)) not in text, domain.title.get(lang)
