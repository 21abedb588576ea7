"""The board report PDF: embedded Japanese font, extractable text, contents, reproducible bytes.

The checks read the PDF with poppler-utils (pdffonts, pdftotext, pdfinfo), as a reader's viewer
would, rather than trusting reportlab's own view of what it wrote.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from fsadesk.app.cycles import start_next_cycle
from fsadesk.app.export import render_report
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.catalogue import Catalogue
from fsadesk.cli import run
from fsadesk.report.pdf_data import JST
from fsadesk.report.pdf_text import LABELS
from fsadesk.store import create_workspace, open_workspace

POPPLER = ("pdffonts", "pdftotext", "pdfinfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in POPPLER),
    reason="poppler-utils (pdffonts, pdftotext, pdfinfo) is not installed; CI installs it",
)

# The level-0 headings every report has, in the order of the contents.
TOC_KEYS = ("summary", "results", "gaps_section", "plan_section", "justif_section", "accept_section", "review_section")
CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def _tool(name: str, pdf: bytes, tmp: Path, *args: str) -> str:
    path = tmp / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run([name, *args, str(path), *(["-"] if name == "pdftotext" else [])], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def _flat(text: str) -> str:
    """Text without any white space: table cells wrap titles at arbitrary characters."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report") / "demo"
    assert run(["demo", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def demo_pdfs(demo: Path, catalogue: Catalogue) -> dict[str, bytes]:
    with open_workspace(demo) as ws:
        cycle_id = ws.cycles.latest().id
        return {lang: render_report(ws, catalogue, cycle_id, lang) for lang in ("ja", "en")}


def _full_answer(item_id: str, index: int, shift: int) -> Answer:
    status = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.ALTERNATIVE, Status.NOT_APPLICABLE)[
        (index + shift) % 5
    ]
    notes = f"{item_id} について、規程に定めて年1回見直しています。"
    if status is Status.PARTIAL:
        return Answer(item_id, status, notes=notes, plan=RemediationPlan("事務部", dt.date(2027, 3, 31), Priority.HIGH))
    if status is Status.NOT_IMPLEMENTED and index % 2:
        acceptance = RiskAcceptance("理事長", "影響が限定的なため。", dt.date(2026, 6, 20))
        return Answer(item_id, status, notes=notes, acceptance=acceptance)
    if status in (Status.ALTERNATIVE, Status.NOT_APPLICABLE):
        return Answer(item_id, status, notes=notes, justification="共同センターで対応しています。")
    return Answer(item_id, status, notes=notes)


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> tuple[Path, int]:
    """All 176 items apply and are answered, in two cycles (the second copied from the first)."""
    folder = tmp_path_factory.mktemp("report") / "full"
    profile = InstitutionProfile(
        name=DEMO_PROFILE.name,
        institution_id="FULL-0176",
        category="regional",
        is_fmi=True,
        scope=Scope.BASIC_AND_DESIRABLE,
        applicability={q.id: True for q in catalogue.questions},
    )
    assert len(applicable_items(catalogue, profile)) == 176
    with create_workspace(folder) as ws:
        ws.institution.save(profile)
        first = ws.cycles.create("2025年度", 2025, catalogue)
        ws.answers.save_many(first.id, [_full_answer(it.id, i, 1) for i, it in enumerate(catalogue.items)])
        for role, person in zip(Role, ("佐藤 一郎", "鈴木 次郎", "高橋 三郎"), strict=True):
            ws.cycles.set_signoff(first.id, SignOff(role, person, "部長", dt.date(2026, 3, 30)))
        ws.cycles.finalise(first.id, by="test")
        second = start_next_cycle(ws, catalogue, "2026年度", 2026, first.id).cycle
        ws.answers.save_many(second.id, [_full_answer(it.id, i, 0) for i, it in enumerate(catalogue.items)])
        ws.cycles.set_signoff(second.id, SignOff(Role.PREPARER, "山田 花子", "リスク管理課長", dt.date(2026, 11, 20)))
        return folder, second.id


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_is_a_complete_pdf(demo_pdfs: dict[str, bytes], lang: str):
    """The bytes are a whole PDF file: header at the start, end-of-file marker at the end."""
    pdf = demo_pdfs[lang]
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_only_font_is_embedded_ipaexgothic_subset(demo_pdfs: dict[str, bytes], lang: str, tmp_path: Path):
    """pdffonts lists IPAexGothic, embedded as a subset, and no other font (none left to the viewer)."""
    rows = _tool("pdffonts", demo_pdfs[lang], tmp_path).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        name, *_, emb, sub, uni, _obj, _gen = row.split()
        assert re.fullmatch(r"[A-Z]{6}\+IPAexGothic", name), row
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


def test_japanese_report_holds_catalogue_titles(demo_pdfs: dict[str, bytes], catalogue: Catalogue, tmp_path: Path):
    """The Japanese titles of every applicable demo item, taken from the catalogue, come out of pdftotext."""
    text = _flat(_tool("pdftotext", demo_pdfs["ja"], tmp_path, "-raw"))
    items = applicable_items(catalogue, DEMO_PROFILE)
    assert _flat(items[0].title.ja) in text
    missing = [it.id for it in items if _flat(it.title.ja) not in text]
    assert not missing
    assert DEMO_PROFILE.name in text


def test_english_report_holds_institution_and_english_titles(
    demo_pdfs: dict[str, bytes], catalogue: Catalogue, tmp_path: Path
):
    """The English report shows the (Japanese) institution name and the items' English titles."""
    text = _flat(_tool("pdftotext", demo_pdfs["en"], tmp_path, "-raw"))
    items = applicable_items(catalogue, DEMO_PROFILE)
    assert _flat(DEMO_PROFILE.name) in text
    assert _flat(items[0].title.en) in text
    assert _flat(LABELS["report_title"]["en"]) in text
    assert _flat(items[0].title.ja) not in text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_contents_list_every_section(demo_pdfs: dict[str, bytes], lang: str, tmp_path: Path):
    """Each main heading appears in the contents page and again as a heading in the body."""
    pages = _tool("pdftotext", demo_pdfs[lang], tmp_path, "-layout").split("\f")
    contents = pages[1]
    assert LABELS["toc"][lang] in contents
    for key in (*TOC_KEYS, "signoff_section"):
        heading = LABELS[key][lang]
        assert heading in contents, heading
        assert any(heading in page for page in pages[2:]), heading
    for domain in ("2.1", "2.6"):
        assert re.search(rf"{re.escape(domain)} \S.*\d+\s*$", contents, re.M), domain


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_metadata_and_page_count(demo_pdfs: dict[str, bytes], lang: str, tmp_path: Path):
    """Title, author (the institution), subject (the guideline) and /Lang are set; more than 3 pages,
    each numbered "n / N" after the cover."""
    info = _tool("pdfinfo", demo_pdfs[lang], tmp_path)
    fields = dict(re.findall(r"^(\w+):\s+(.*)$", info, re.M))
    assert LABELS["report_title"][lang] in fields["Title"] and DEMO_PROFILE.name in fields["Title"]
    assert fields["Author"] == DEMO_PROFILE.name
    assert "Cybersecurity" in fields["Subject"] or "サイバーセキュリティ" in fields["Subject"]
    assert f"/Lang ({lang})".encode() in demo_pdfs[lang]
    total = int(fields["Pages"])
    assert total > 3
    pages = _tool("pdftotext", demo_pdfs[lang], tmp_path, "-layout").split("\f")
    assert f"2 / {total}" in pages[1] and f"{total} / {total}" in pages[total - 1]


def test_same_data_gives_identical_bytes(demo: Path, demo_pdfs: dict[str, bytes], catalogue: Catalogue):
    """Rendering again (workspace reopened) gives byte-identical PDFs in both languages."""
    with open_workspace(demo) as ws:
        cycle_id = ws.cycles.latest().id
        for lang in ("ja", "en"):
            assert render_report(ws, catalogue, cycle_id, lang) == demo_pdfs[lang]


def test_bytes_do_not_depend_on_source_date_epoch(
    demo: Path, demo_pdfs: dict[str, bytes], catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
):
    """reportlab reads SOURCE_DATE_EPOCH for its document id; the report ignores it (same data, same bytes)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with open_workspace(demo) as ws:
        assert render_report(ws, catalogue, ws.cycles.latest().id, "ja") == demo_pdfs["ja"]


def test_creation_date_comes_from_the_data(demo: Path, demo_pdfs: dict[str, bytes]):
    """The PDF's creation date is the cycle's last change (in Japan time), not the time of rendering."""
    with open_workspace(demo) as ws:
        cycle_id = ws.cycles.latest().id
        last = max(dt.datetime.fromisoformat(h.changed_at) for h in ws.answers.history(cycle_id))
    stamp = last.astimezone(JST).strftime("D:%Y%m%d%H%M%S+09'00'")
    assert f"/CreationDate ({stamp})".encode() in demo_pdfs["ja"]
    assert f"/ModDate ({stamp})".encode() in demo_pdfs["ja"]


def test_fingerprint_and_signoff_fields(demo: Path, catalogue: Catalogue, tmp_path: Path):
    """A given key fingerprint is printed on the technical page at the end; unrecorded sign-offs
    leave blank fields."""
    fingerprint = "0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF"
    with open_workspace(demo) as ws:
        pdf = render_report(ws, catalogue, ws.cycles.latest().id, "en", fingerprint=fingerprint)
    pages = _tool("pdftotext", pdf, tmp_path, "-layout").split("\f")
    assert "0123 4567 89AB CDEF" in pages[-2]  # the last page (pdftotext ends with a form feed)
    signoff = next(p for p in pages if LABELS["signoff_section"]["en"] in p and "Signature" in p)
    assert "Not recorded" in pages[0]  # no preparer on the cover
    assert signoff.count("Signature") == 3 and "Prepared by" in signoff and "Approved by" in signoff
    assert _flat(LABELS["n_signoff"]["en"]) in _flat("".join(pages))  # still open: finalising is a next step


def test_progress_rises_to_the_end(demo: Path, catalogue: Catalogue):
    """The progress callback is called with a rising count that ends at (total, total)."""
    calls: list[tuple[int, int]] = []
    with open_workspace(demo) as ws:
        render_report(
            ws, catalogue, ws.cycles.latest().id, "ja", progress=lambda done, total: calls.append((done, total))
        )
    assert len(calls) > 10
    done = [c[0] for c in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1] and len({c[1] for c in calls}) == 1


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_full_assessment_lists_every_item(full: tuple[Path, int], catalogue: Catalogue, lang: str, tmp_path: Path):
    """All 176 items apply: every item id is in the text, every page after the cover carries Japanese,
    the comparison with 2025 and the recorded preparer are shown, and two renders are identical."""
    folder, cycle_id = full
    with open_workspace(folder) as ws:
        pdf = render_report(ws, catalogue, cycle_id, lang)
        assert render_report(ws, catalogue, cycle_id, lang) == pdf
    text = _tool("pdftotext", pdf, tmp_path, "-raw")
    missing = [it.id for it in catalogue.items if it.id not in text]
    assert not missing
    assert len(catalogue.items) == 176
    pages = text.split("\f")[:-1]
    assert all(CJK.search(page) for page in pages)  # the running header holds the institution's name
    assert LABELS["compare_section"][lang] in text and {"ja": "2025年度", "en": "FY2025"}[lang] in text
    assert "山田 花子" in text and "リスク管理課長" in text
    if lang == "ja":
        flat = _flat(text)
        assert all(_flat(it.title.ja) in flat for it in catalogue.items)


def test_unanswered_cycle_and_markup_in_names(tmp_path: Path, catalogue: Catalogue):
    """A cycle with no answers renders (rate 0 %, desirable items not assessed, empty lists say so),
    and names holding markup characters are printed as typed, not parsed."""
    name = 'A&B <信用金庫> "テスト"'
    profile = InstitutionProfile(name=name, institution_id="X<1>", category="regional")
    with create_workspace(tmp_path / "ws") as ws:
        ws.institution.save(profile)
        cycle = ws.cycles.create("R&D 2026", 2026, catalogue)
        pdf = render_report(ws, catalogue, cycle.id, "en")
    text = _tool("pdftotext", pdf, tmp_path, "-raw")
    assert name in text and "X<1>" in text and "R&D 2026" in text
    assert LABELS["none"]["en"] in text
    assert "Answer the" in text and "0%" in text and "0.0%" not in text and LABELS["not_assessed"]["en"] in text


def test_finalised_cycle_shows_its_signoffs(full: tuple[Path, int], catalogue: Catalogue, tmp_path: Path):
    """The finalised first cycle: state "Finalised" on the cover, all three sign-offs filled in, no
    "finalise" step to do, and no comparison section (there is no earlier cycle)."""
    folder, _ = full
    with open_workspace(folder) as ws:
        first = ws.cycles.all()[0]
        assert not first.is_open
        pdf = render_report(ws, catalogue, first.id, "en")
    text = _tool("pdftotext", pdf, tmp_path, "-raw")
    assert f"{LABELS['state_final']['en']} (" in text
    assert all(name in text for name in ("佐藤 一郎", "鈴木 次郎", "高橋 三郎"))
    assert "2026-03-30" in text
    assert _flat(LABELS["n_signoff"]["en"]) not in _flat(text)
    assert LABELS["compare_section"]["en"] not in text


def test_report_without_notes_leaves_free_text_out(tmp_path, catalogue):
    """With include_notes=False the report carries no notes or reasons (it travels inside the bundle)."""
    import shutil
    import subprocess

    from fsadesk.app.export import render_report
    from fsadesk.cli import run as cli_run
    from fsadesk.store import open_workspace

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    cli_run(["demo", str(tmp_path / "d")])
    with open_workspace(tmp_path / "d") as ws:
        cycle = ws.cycles.latest()
        note = next(a.notes for a in ws.answers.load(cycle.id).values() if a.notes)
        texts = {}
        for include in (True, False):
            pdf = tmp_path / f"r-{include}.pdf"
            pdf.write_bytes(render_report(ws, catalogue, cycle.id, "ja", include_notes=include))
            texts[include] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    squeeze = "".join
    assert squeeze(note.split()) in squeeze(texts[True].split())
    assert squeeze(note.split()) not in squeeze(texts[False].split())
