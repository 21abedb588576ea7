"""How long the board report of a full assessment takes to render, against a floor.

Workspace: all 176 items apply and are answered, with notes, plans, acceptances and
justifications, a previous cycle to compare with (finalised, signed off), so every section of the
report has content. Measured: render_report in Japanese and in English (reading the workspace,
scoring, comparing, laying out with the table of contents), split into gathering and drawing.

Floor, measured in the same run: reportlab laying out the same words once, as plain paragraphs in
the same font (no tables, no contents, one pass). The ratio shows what the report's structure costs.

    .venv/bin/python bench/report_pdf.py [--runs 5] [--json out.json] [--keep DIR]

With --screenshots DIR it also writes the committed gallery pages (pdftoppm from poppler-utils):
report-{cover,summary,results,signoff}-{ja,en}.png of this full assessment, about 1000 px wide.

With --at-limits it instead times one render per language of the worst case fsadesk.limits
allows: all 176 items with every free-text field, name and label at its maximum length (issue #9,
defect 1: such text must flow across pages, however many).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fsadesk.app.cycles import start_next_cycle
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.store import create_workspace, open_workspace

NOTES = (
    "規程に定め、年1回見直しています。",
    "本部では実施済みですが、営業店への展開が済んでいません。来年度上期に展開する予定です。",
    "共同センターの監視サービスの報告書を毎月受け取り、リスク管理課で内容を確認しています。",
    "担当者を決め、手順書を整備しました。",
    "外部委託先と契約で取り決め、年1回、実施状況の報告を受けています。報告内容は理事会に報告しています。",
)
STATUSES = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.ALTERNATIVE, Status.NOT_APPLICABLE)


def full_profile(catalogue: Catalogue) -> InstitutionProfile:
    return InstitutionProfile(
        name=DEMO_PROFILE.name,
        institution_id=DEMO_PROFILE.institution_id,
        category=DEMO_PROFILE.category,
        is_fmi=True,
        scope=Scope.BASIC_AND_DESIRABLE,
        applicability={q.id: True for q in catalogue.questions},
    )


def full_answer(item_id: str, index: int, shift: int = 0) -> Answer:
    """Every status, with the text each status carries; `shift` moves statuses for another year."""
    status = STATUSES[(index + shift) % len(STATUSES)]
    notes = NOTES[index % len(NOTES)]
    if status is Status.PARTIAL:
        plan = RemediationPlan("総務部 リスク管理課", dt.date(2027, 3, 31), Priority.HIGH) if index % 2 else None
        return Answer(item_id, status, notes=notes, plan=plan)
    if status is Status.NOT_IMPLEMENTED:
        acceptance = RiskAcceptance("理事長", "影響が限定的で、他の対策で低減できるため。", dt.date(2026, 6, 20))
        return Answer(item_id, status, notes=notes, acceptance=acceptance if index % 2 else None)
    if status in (Status.ALTERNATIVE, Status.NOT_APPLICABLE):
        return Answer(item_id, status, notes=notes, justification="共同センターのサービスで同等の対策をとっています。")
    return Answer(item_id, status, notes=notes)


def make_full_workspace(folder: Path, catalogue: Catalogue) -> int:
    """Two cycles (2025 finalised, 2026 copied and changed); returns the 2026 cycle's id."""
    with create_workspace(folder) as ws:
        ws.institution.save(full_profile(catalogue))
        first = ws.cycles.create("2025年度", 2025, catalogue)
        ws.answers.save_many(first.id, [full_answer(it.id, i, 1) for i, it in enumerate(catalogue.items)], by="bench")
        for role in Role:
            ws.cycles.set_signoff(first.id, SignOff(role, f"{role.value} 氏名", "部長", dt.date(2026, 3, 30)))
        ws.cycles.finalise(first.id, by="bench")
        second = start_next_cycle(ws, catalogue, "2026年度", 2026, first.id, by="bench").cycle
        ws.answers.save_many(second.id, [full_answer(it.id, i) for i, it in enumerate(catalogue.items)], by="bench")
        ws.cycles.set_signoff(second.id, SignOff(Role.PREPARER, "山田 花子", "リスク管理課長", dt.date(2026, 11, 20)))
        return second.id


def _at_limit(kind: int, size: int) -> str:
    """`size` characters of one of four shapes users paste: Japanese without spaces, a long URL,
    many short lines, English prose."""
    source = (
        "当組合では情報資産の管理台帳を整備し年一回の棚卸しで更新しているが営業店の端末は未登録のものが残っている",
        "https://intra.example.jp/security/policies/2026/access-review?id=0123456789abcdefghij&page=",
        "".join(f"{n:03d}行目：確認済み\n" for n in range(1, 1000)),
        "The branch network reviews access rights every quarter and records each change in the ledger. ",
    )[kind % 4]
    return (source * (size // len(source) + 1))[:size]


def make_limits_workspace(folder: Path, catalogue: Catalogue) -> int:
    """One cycle, all 176 items answered, every text at its limit; returns the cycle's id."""
    from fsadesk import limits

    answers = []
    for i, item in enumerate(catalogue.items):
        status = STATUSES[i % len(STATUSES)]
        reason = status in (Status.ALTERNATIVE, Status.NOT_APPLICABLE)
        answers.append(
            Answer(
                item.id, status, notes=_at_limit(i, limits.NOTES.max_chars),
                evidence=_at_limit(i + 1, limits.EVIDENCE.max_chars),
                justification=_at_limit(i + 2, limits.JUSTIFICATION.max_chars) if reason else "",
                plan=RemediationPlan(_at_limit(i + 3, limits.PERSON_NAME.max_chars), dt.date(2027, 3, 31))
                if status is Status.PARTIAL else None,
                acceptance=RiskAcceptance(_at_limit(i + 1, limits.PERSON_NAME.max_chars),
                                          _at_limit(i + 2, limits.ACCEPTANCE_REASON.max_chars), dt.date(2026, 6, 20))
                if status is Status.NOT_IMPLEMENTED else None,
                marked_for_review=True,
            )
        )  # fmt: skip
    profile = full_profile(catalogue)
    with create_workspace(folder) as ws:
        ws.institution.save(replace(profile, name=_at_limit(0, limits.INSTITUTION_NAME.max_chars)))
        cycle = ws.cycles.create(_at_limit(3, limits.CYCLE_LABEL.max_chars), 2026, catalogue)
        ws.answers.save_many(cycle.id, answers, by="bench")
        for r, role in enumerate(Role):
            name, title = _at_limit(r, limits.PERSON_NAME.max_chars), _at_limit(r + 1, limits.PERSON_TITLE.max_chars)
            ws.cycles.set_signoff(cycle.id, SignOff(role, name, title, dt.date(2026, 11, 20)))
        return cycle.id


def at_limits(catalogue: Catalogue, keep: Path | None) -> int:
    from fsadesk.app.export import render_report

    with tempfile.TemporaryDirectory() as tmp:
        cycle_id = make_limits_workspace(Path(tmp) / "limits", catalogue)
        with open_workspace(Path(tmp) / "limits") as ws:
            for lang in ("ja", "en"):
                start = time.perf_counter()
                pdf = render_report(ws, catalogue, cycle_id, lang)
                seconds = time.perf_counter() - start
                pages = pdf.count(b"/Type /Page\n")
                print(f"{lang}: every field at its limit: {seconds:6.1f} s, {pages} pages, {len(pdf) / 1e6:.1f} MB")
                if keep:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"report-limits-{lang}.pdf").write_bytes(pdf)
    return 0


def floor_pdf(catalogue: Catalogue, answers: dict[str, Answer]) -> bytes:
    """The same words (titles and notes of every item) laid out once as plain paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from fsadesk.report.pdf_styles import register_fonts

    font = register_fonts()
    style = ParagraphStyle("floor", fontName=font, fontSize=8, leading=12, wordWrap="CJK")
    story = []
    for item in catalogue.items:
        answer = answers.get(item.id) or Answer(item.id)
        story.append(Paragraph(f"{item.id} {item.title.ja} {item.title.en}", style))
        story.append(Paragraph(answer.notes or "-", style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def sample_fingerprint() -> str:
    """The fingerprint of a fixed, throw-away key, so the cover shows the real format."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.bundle.keys import fingerprint

    return fingerprint(Ed25519PrivateKey.from_private_bytes(bytes(range(32))).public_key())


def screenshots(pdf: bytes, lang: str, out: Path) -> None:
    """Cover, executive summary, first results page and sign-off page as PNG (120 dpi ≈ 990 px)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
        pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
        # Cover, contents, a one-page summary, then results from page 4.
        for name, page in (("cover", 1), ("summary", 3), ("results", 4), ("signoff", pages)):
            target = out / f"report-{name}-{lang}"
            command = ["pdftoppm", "-r", "120", "-png", "-singlefile", "-f", str(page), "-l", str(page)]
            subprocess.run([*command, str(path), str(target)], check=True)
            print(f"wrote {target}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--keep", type=Path, help="also write the PDFs to this folder")
    parser.add_argument("--screenshots", type=Path, help="write the report-*.png gallery pages to this folder")
    parser.add_argument("--at-limits", action="store_true", help="time the longest texts fsadesk accepts instead")
    args = parser.parse_args()
    if args.at_limits:
        return at_limits(load_catalogue(), args.keep)

    from fsadesk.app.export import read_record, render_report
    from fsadesk.report.pdf import build_pdf
    from fsadesk.report.pdf_data import report_data

    catalogue = load_catalogue()
    results: dict[str, object] = {"runs": args.runs}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "full"
        cycle_id = make_full_workspace(folder, catalogue)
        with open_workspace(folder) as ws:
            answers = ws.answers.load(cycle_id)
            assert len(answers) == 176
            if args.screenshots:
                for lang in ("ja", "en"):
                    pdf = render_report(ws, catalogue, cycle_id, lang, fingerprint=sample_fingerprint())
                    screenshots(pdf, lang, args.screenshots)
            floor_pdf(catalogue, answers)  # warm-up: font parsing, imports
            render_report(ws, catalogue, cycle_id, "ja")
            floors, timings = [], {"ja": [], "en": [], "gather": [], "build_ja": []}
            pages = {}
            for _ in range(args.runs):
                start = time.perf_counter()
                floor_pdf(catalogue, answers)
                floors.append(time.perf_counter() - start)
                for lang in ("ja", "en"):
                    start = time.perf_counter()
                    pdf = render_report(ws, catalogue, cycle_id, lang)
                    timings[lang].append(time.perf_counter() - start)
                    pages[lang] = pdf.count(b"/Type /Page\n")
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        (args.keep / f"report-full-{lang}.pdf").write_bytes(pdf)
                start = time.perf_counter()
                data = report_data(read_record(ws, catalogue, cycle_id), catalogue)
                timings["gather"].append(time.perf_counter() - start)
                start = time.perf_counter()
                build_pdf(data, "ja")
                timings["build_ja"].append(time.perf_counter() - start)
    floor = statistics.median(floors)
    print(f"floor (same words, plain paragraphs, one pass): {floor * 1000:8.0f} ms")
    for key, values in timings.items():
        median = statistics.median(values)
        results[key] = median
        print(f"{key:>8}: median {median * 1000:8.0f} ms  ({median / floor:4.1f}x floor)  runs {len(values)}")
    results["floor"] = floor
    results["pages"] = pages
    print(f"pages: {pages}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
