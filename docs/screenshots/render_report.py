"""Render the report pages of the gallery in docs/screenshots/ (Japanese and English).

    .venv/bin/python docs/screenshots/render_report.py

Goes through the command line as a user would: a demo workspace, one answer with a long note and
evidence, `fsadesk export` in each language, then pdftoppm (poppler-utils) on the pages that show
the cover, the summary, the results with the long note flowing across a page break, the sign-off,
the evidence appendix and the technical page that ends the report. Writes
report-<page>-<lang>.png next to this file, and enrolment-sheet-<lang>.png: the one-page sheet the
institution prints for the telephone/paper check of its key (made from the same workspace's key),
and report-peers-<lang>.png: the board's copy of a member that imported a benchmark pack.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import tempfile
import zipfile
from pathlib import Path

from fsadesk.lang import Lang

HERE = Path(__file__).resolve().parent
DPI = 60
PASSPHRASE = "gallery passphrase 2026\n"
LONG_NOTE_ITEM = "2.1.1-B1"
# A note as a careful institution writes it: long enough to run over a page.
LONG_NOTE = "\n".join(
    f"{n}. 規程第{n}条に基づき、年1回の見直しを実施。前回は2026年6月、理事会で承認（議事録 第{n}号）。"
    for n in range(1, 61)
)

EVIDENCE = "情報セキュリティ規程 第12条、2026年6月 理事会議事録 第45号、アクセス権点検記録（総務/点検/2026）"
APPENDIX = {"ja": "付録：証跡", "en": "Appendix: evidence"}  # its heading (the contents name it too)
SIGNATURE = {"ja": "署名・押印", "en": "Signature"}  # the sign-off page's last field


def _pages_with(pdf: Path, words: str) -> list[int]:
    """1-based numbers of the pages whose text contains `words`."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [n for n, page in enumerate(out.split("\f")[:-1], start=1) if words in page]  # each page ends in \f


def _shoot(pdf: Path, page: int, name: str) -> None:
    target = HERE / name
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(target)],
        check=True,
    )
    print("wrote", target.with_suffix(".png").relative_to(HERE.parents[1]))


def main() -> None:
    from fsadesk.__main__ import main as fsadesk

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ws, secret = base / "demo", base / "pass.txt"
        secret.write_text(PASSPHRASE, encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            assert fsadesk(["demo", str(ws)]) == 0
            args = ["answer", str(ws), LONG_NOTE_ITEM, "partial", "--notes", LONG_NOTE, "--evidence", EVIDENCE]
            assert fsadesk(args) == 0
        langs: tuple[Lang, ...] = ("ja", "en")
        for lang in langs:
            bundle = base / f"report-{lang}.fsab"
            args = ["--lang", lang, "export", str(ws), "--out", str(bundle), "--passphrase-file", str(secret)]
            with contextlib.redirect_stdout(io.StringIO()):
                assert fsadesk(args) == 0
            pdf = base / f"report-{lang}.pdf"
            with zipfile.ZipFile(bundle) as z:
                pdf.write_bytes(z.read("report.pdf"))
            pages = len(_pages_with(pdf, ""))
            _shoot(pdf, 1, f"report-cover-{lang}")
            _shoot(pdf, 3, f"report-summary-{lang}")  # after the cover and the contents
            # The long note's last line: on the page where the note, broken across pages, ends.
            _shoot(pdf, _pages_with(pdf, "第60号")[0], f"report-results-{lang}")
            _shoot(pdf, _pages_with(pdf, SIGNATURE[lang])[-1], f"report-signoff-{lang}")
            _shoot(pdf, _pages_with(pdf, APPENDIX[lang])[-1], f"report-evidence-{lang}")
            _shoot(pdf, pages, f"report-technical-{lang}")  # the technical page closes the report
            _enrolment_sheet(ws, base, lang)
            _peers_page(base, lang)


def _enrolment_sheet(ws: Path, base: Path, lang: Lang) -> None:
    """The enrolment sheet as File > "Print enrolment sheet…" writes it (the key exists after export)."""
    import datetime as dt

    from fsadesk.app.enrolment import write_enrolment_sheet
    from fsadesk.app.workspace import opened_workspace

    with opened_workspace(ws) as workspace:
        profile = workspace.profile()
    assert profile is not None
    sheet = base / f"enrolment-{lang}.pdf"
    write_enrolment_sheet(ws, profile, sheet, lang, today=dt.date(2026, 12, 2))
    _shoot(sheet, 1, f"enrolment-sheet-{lang}")


def _peers_page(base: Path, lang: Lang) -> None:
    """The board's report of a member that imported a benchmark pack: its "You and your peer group"
    page (the board's copy only; the report inside a bundle has no such section)."""
    from gallery_peers import member_with_pack

    from fsadesk.app.export import render_report
    from fsadesk.catalogue import load_catalogue
    from fsadesk.store import open_workspace

    folder = member_with_pack(base / f"peers-{lang}")
    with open_workspace(folder) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        pdf = base / f"peers-{lang}.pdf"
        pdf.write_bytes(render_report(ws, load_catalogue(), cycle.id, lang))
    heading = {"ja": "同業の機関との比較", "en": "You and your peer group"}[lang]
    _shoot(pdf, _pages_with(pdf, heading)[1], f"report-peers-{lang}")  # [0] is the contents


if __name__ == "__main__":
    main()
