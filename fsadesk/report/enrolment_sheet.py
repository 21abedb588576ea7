"""The one-page enrolment sheet: the signing key's fingerprint on paper, for the central organisation.

The enrolment file (a JSON file) travels by mail or USB stick; whoever receives it must be sure it
came from the institution and not from someone in between. They compare its fingerprint with the
one on this sheet, read out over the telephone or on the signed paper itself. So the fingerprint is
printed large, in groups of four, and the sheet has a line for the institution's signature and one
for the central organisation's confirmation. Plain data in, PDF bytes out: no store, no Qt.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fsadesk.lang import Lang
from fsadesk.report.pdf_fonts import draw_line, line_width, register_main
from fsadesk.report.pdf_styles import ACCENT, INK, MUTED, RULE
from fsadesk.report.pdf_text import day

GROUPS_PER_LINE = 4  # 16 groups of four: four lines that can be read out one at a time
FINGERPRINT_SIZE = 22.0

LABELS: dict[str, dict[Lang, str]] = {
    "title": {"ja": "署名鍵の登録票", "en": "Signing key enrolment sheet"},
    "institution": {"ja": "機関名", "en": "Institution"},
    "institution_id": {"ja": "機関コード", "en": "Institution id"},
    "fingerprint": {"ja": "署名鍵のフィンガープリント（SHA-256）", "en": "Signing key fingerprint (SHA-256)"},
    "printed_on": {"ja": "この票の作成日", "en": "Date of this sheet"},
    "key_created_on": {"ja": "署名鍵の作成日", "en": "Signing key created on"},
    "not_known": {"ja": "不明", "en": "Not known"},
    "by_institution": {"ja": "当機関の記入欄", "en": "For the institution"},
    "by_central": {"ja": "中央機関の確認欄", "en": "For the central organisation"},
    "name_title": {"ja": "氏名・役職", "en": "Name and title"},
    "signature": {"ja": "署名・押印", "en": "Signature"},
    "date": {"ja": "日付", "en": "Date"},
    "confirmed_by": {"ja": "確認者（氏名）", "en": "Confirmed by (name)"},
    "method": {"ja": "確認の方法　□ 電話　□ 書面", "en": "Checked by   □ telephone   □ this sheet"},
}

INTRO: dict[Lang, tuple[str, ...]] = {
    "ja": (
        "この票は、当機関の署名鍵を中央機関に登録していただくためのものです。",
        "中央機関は、受け取った登録ファイルの「フィンガープリント」が下の文字と同じであることを、",
        "電話またはこの票で確認してください。一文字でも違う場合は登録しないでください。",
    ),
    "en": (
        "This sheet asks the central organisation to enrol our signing key.",
        "The central organisation checks that the fingerprint in the enrolment file it received is",
        "exactly the one below, by telephone or on this sheet. If any character differs, do not enrol it.",
    ),
}


@dataclass(frozen=True)
class EnrolmentSheet:
    """What the sheet prints: the institution, the key's fingerprint and the dates."""

    institution_name: str
    institution_id: str
    fingerprint: str  # uppercase hex in groups of four, as fsadesk.bundle.keys.fingerprint gives it
    printed_on: dt.date
    key_created_on: dt.date | None = None  # unknown for a key copied from elsewhere


def fingerprint_lines(fingerprint: str) -> list[str]:
    groups = fingerprint.split()
    return [" ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)]


def render_enrolment_sheet(sheet: EnrolmentSheet, lang: Lang) -> bytes:
    """The sheet as a one-page A4 PDF in `lang` (the fonts embedded, like the report's)."""
    font = register_main()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, pageCompression=1)
    canv.setTitle(LABELS["title"][lang])
    width, height = A4
    left, right = 20 * mm, width - 20 * mm
    y = height - 28 * mm

    def text(value: str, size: float, colour: object = INK, x: float = left) -> None:
        canv.setFillColor(colour)
        draw_line(canv, x, y, value, size)  # user text may need the fallback fonts

    def rule(at: float, x0: float = left, x1: float = right) -> None:
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        canv.line(x0, at, x1, at)

    canv.setFont(font, 18)
    text(LABELS["title"][lang], 18, ACCENT)
    y -= 12 * mm
    for line in INTRO[lang]:
        text(line, 9.5, MUTED)
        y -= 5.5 * mm
    y -= 6 * mm
    for key, value in (("institution", sheet.institution_name), ("institution_id", sheet.institution_id)):
        text(LABELS[key][lang], 10, MUTED)
        text(value, 14, INK, left + 40 * mm)
        y -= 10 * mm
    y -= 4 * mm
    text(LABELS["fingerprint"][lang], 10, MUTED)
    y -= 13 * mm
    for line in fingerprint_lines(sheet.fingerprint):
        # Centred, so a reader on the telephone finds each line at a glance.
        text(line, FINGERPRINT_SIZE, INK, (width - line_width(line, FINGERPRINT_SIZE)) / 2)
        y -= 11 * mm
    y -= 6 * mm
    created = day(sheet.key_created_on, lang) if sheet.key_created_on else LABELS["not_known"][lang]
    for key, value in (("printed_on", day(sheet.printed_on, lang)), ("key_created_on", created)):
        text(LABELS[key][lang], 10, MUTED)
        text(value, 12, INK, left + 40 * mm)
        y -= 8 * mm
    for heading, rows in (
        ("by_institution", ("name_title", "signature", "date")),
        ("by_central", ("confirmed_by", "method", "signature", "date")),
    ):
        y -= 8 * mm
        text(LABELS[heading][lang], 12, ACCENT)
        y -= 11 * mm
        for row in rows:
            text(LABELS[row][lang], 10, INK)
            if row != "method":
                rule(y - 1.5 * mm, left + 40 * mm)
            y -= 11 * mm
    canv.showPage()
    canv.save()
    return buffer.getvalue()
