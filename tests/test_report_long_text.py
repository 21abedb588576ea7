"""Long text in any field flows across pages of the report and is printed to its last character
(issue #9, defect 1: one long note used to stop every export with reportlab's LayoutError).

Every free-text field the report prints is filled to its limit from fsadesk/limits.py, with text
shaped the way users paste it: Japanese without a single space, a long URL, hundreds of short lines,
and English prose. The PDF is rendered by render_report (what `fsadesk export` and the app call) and
read back with pdftotext, as a reader's viewer would.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from fsadesk import limits
from fsadesk.app.cycles import start_next_cycle
from fsadesk.app.export import render_report
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.catalogue import Catalogue
from fsadesk.store import create_workspace, open_workspace

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed; CI installs it"
)

KINDS = ("ja", "url", "lines", "en")
_SOURCES = {
    "ja": "当組合では情報資産の管理台帳を整備し年一回の棚卸しで更新しているが営業店の端末は未登録のものが残っている",
    "url": "https://intra.example.jp/security/policies/2026/access-review?id=0123456789abcdefghij&page=",
    "lines": "".join(f"{n:03d}行目：確認済み\n" for n in range(1, 1000)),
    "en": "The branch network reviews access rights every quarter and records each change in the ledger. ",
}


def long_text(kind: str, size: int, tag: str) -> str:
    """Exactly `size` characters of one kind of text, ending with a marker that names the field."""
    end = f"〔{tag}〕" if kind in ("ja", "lines") else f"[END-{tag}]"
    source = _SOURCES[kind]
    body = (source * (size // len(source) + 1))[: size - len(end)]
    return (body.rstrip("\n") + "\n" if kind == "lines" else body)[: size - len(end)] + end


@dataclass(frozen=True)
class Printed:
    """The texts the report must print in full, and the cycle to render."""

    folder: Path
    cycle_id: int
    texts: dict[str, str]


def _flat(text: str) -> str:
    """Without white space: table cells and paragraphs wrap anywhere."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def at_limits(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> Printed:
    """Four groups of five items (one group per kind of text), each group covering every status and
    so every section of the report: results, open gaps, action plan, reasons, risk acceptances and
    items for review; the profile, both cycle labels and all sign-offs at their limits too."""
    folder = tmp_path_factory.mktemp("long") / "ws"
    texts: dict[str, str] = {}

    def text(kind: str, limit: limits.TextLimit, tag: str) -> str:
        texts[tag] = long_text(kind, limit.max_chars, tag)
        return texts[tag]

    profile = InstitutionProfile(
        name=text("ja", limits.INSTITUTION_NAME, "name"),
        institution_id=text("url", limits.INSTITUTION_ID, "id"),
        category="regional",
        is_fmi=True,
        scope=Scope.BASIC_AND_DESIRABLE,
        applicability={q.id: True for q in catalogue.questions},
    )
    basic = [it for it in applicable_items(catalogue, profile) if it.is_basic]
    answers: list[Answer] = []
    for k, kind in enumerate(KINDS):
        plan_item, gap_item, accepted_item, alternative_item, na_item = basic[k * 5 : k * 5 + 5]
        other = KINDS[(k + 1) % len(KINDS)]  # a second kind of text in the same answer
        owner = RemediationPlan(text(other, limits.PERSON_NAME, f"owner{k}"), dt.date(2027, 3, 31), Priority.HIGH)
        acceptance = RiskAcceptance(
            text(other, limits.PERSON_NAME, f"approver{k}"),
            text(kind, limits.ACCEPTANCE_REASON, f"reason{k}"),
            dt.date(2026, 6, 20),
        )
        answers += [
            Answer(plan_item.id, Status.PARTIAL, notes=text(kind, limits.NOTES, f"notes{k}a"),
                   evidence=text(other, limits.EVIDENCE, f"evidence{k}"), plan=owner),
            Answer(gap_item.id, Status.NOT_IMPLEMENTED, notes=text(kind, limits.NOTES, f"notes{k}b"),
                   marked_for_review=True),
            Answer(accepted_item.id, Status.NOT_IMPLEMENTED, notes=text(other, limits.NOTES, f"notes{k}c"),
                   acceptance=acceptance),
            Answer(alternative_item.id, Status.ALTERNATIVE,
                   justification=text(kind, limits.JUSTIFICATION, f"justification{k}a")),
            Answer(na_item.id, Status.NOT_APPLICABLE,
                   justification=text(other, limits.JUSTIFICATION, f"justification{k}b")),
        ]  # fmt: skip
    with create_workspace(folder) as ws:
        ws.institution.save(profile)
        first = ws.cycles.create(text("url", limits.CYCLE_LABEL, "previous"), 2025, catalogue)
        label = text("en", limits.CYCLE_LABEL, "label")
        cycle = start_next_cycle(ws, catalogue, label, 2026, first.id).cycle
        ws.answers.save_many(cycle.id, answers)
        for r, role in enumerate(Role):
            name = text(KINDS[r], limits.PERSON_NAME, f"signer{r}")
            title = text(KINDS[r + 1], limits.PERSON_TITLE, f"title{r}")
            ws.cycles.set_signoff(cycle.id, SignOff(role, name, title, dt.date(2026, 11, 20)))
    return Printed(folder, cycle.id, texts)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_field_at_its_limit_is_printed_to_the_end(
    at_limits: Printed, catalogue: Catalogue, lang: str, tmp_path: Path
):
    """The report renders, and the start and the end of every long text are in the PDF's text:
    nothing is cut at a cell's or a page's edge. Two renders are still byte-identical."""
    with open_workspace(at_limits.folder) as ws:
        pdf = render_report(ws, catalogue, at_limits.cycle_id, lang)
        assert render_report(ws, catalogue, at_limits.cycle_id, lang) == pdf
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    flat = _flat(text)
    cut = [tag for tag, value in at_limits.texts.items() if _flat(value[-60:]) not in flat]
    assert not cut, f"the end of these texts is missing: {cut}"
    lost = [tag for tag, value in at_limits.texts.items() if _flat(value[:60]) not in flat]
    assert not lost, f"the start of these texts is missing: {lost}"
    assert len(text.split("\f")) > 40  # the long texts did flow over many pages


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_running_header_of_a_long_name_stays_on_one_line(
    at_limits: Printed, catalogue: Catalogue, lang: str, tmp_path: Path
):
    """With a 1,000-character name and label the running header is one line, shortened with '…'
    inside the page's margins; the full name is on the cover."""
    with open_workspace(at_limits.folder) as ws:
        pdf = render_report(ws, catalogue, at_limits.cycle_id, lang)
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    box = subprocess.run(
        ["pdftotext", "-f", "10", "-l", "10", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    page = re.search(r'<page width="([\d.]+)"', box)
    assert page is not None
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<')
    words = [(float(x0), float(y0), float(x1), w) for x0, y0, x1, w in word.findall(box)]
    top = min(y for _, y, _, _ in words)
    header = [w for w in words if w[1] - top < 3]  # the words on the page's first line
    assert header and header[-1][3].endswith("…")
    margin = 18 * 72 / 25.4  # PAGE_MARGIN in points
    assert all(x0 >= margin - 1 and x1 <= float(page.group(1)) - margin + 1 for x0, _, x1, _ in header)
