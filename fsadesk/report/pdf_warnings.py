"""Which printed texts hold characters that no font of the report has (drawn as 〓).

The report never drops a character silently (issue #9, defect 10): whoever exports is told which
field of which item shows the mark, so it can be retyped, or the PDF read knowing what is missing.
The fields checked are exactly those the report prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fsadesk import terms
from fsadesk.assessment.answers import Status
from fsadesk.lang import Lang
from fsadesk.report.pdf_data import ReportData
from fsadesk.report.pdf_fonts import REPLACEMENT, unprintable

_FIELDS: dict[str, dict[Lang, str]] = {
    "institution_name": {"ja": "機関名", "en": "institution name"},
    "institution_id": {"ja": "機関コード", "en": "institution id"},
    "cycle_label": {"ja": "評価年度の名前", "en": "cycle label"},
    "previous_label": {"ja": "前回の評価年度の名前", "en": "previous cycle's label"},
    "notes": terms.WORDS["notes"],
    "justification": terms.WORDS["justification"],
    "evidence": terms.WORDS["evidence"],
    "owner": terms.WORDS["plan_owner"],
    "measure": terms.WORDS["plan_measure"],
    "finalise_reason": {"ja": "確定の理由", "en": "reason for finalising"},
    "approver": terms.WORDS["acceptance_approver"],
    "reason": terms.WORDS["acceptance_reason"],
    "sign_name": {"ja": "氏名", "en": "name"},
    "sign_title": {"ja": "役職", "en": "title"},
}


@dataclass(frozen=True)
class Unprintable:
    """One printed field with characters shown as 〓: where it is, and which characters."""

    field: str  # a key of _FIELDS
    chars: str
    item_id: str | None = None  # the answer's item, if the field belongs to one
    role: str | None = None  # the sign-off role, for sign-off names and titles

    def describe(self, lang: Lang) -> str:
        name = _FIELDS[self.field][lang]
        if self.role is not None:
            role = terms.role_name(self.role, lang)
            name = f"{role}の{name}" if lang == "ja" else f"{role}'s {name}"
        where = f"{self.item_id} {name}" if self.item_id else name
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in self.chars)
        return f"{where}：{shown}" if lang == "ja" else f"{where}: {shown}"

    def __str__(self) -> str:
        return self.describe("en")


def summary(lang: Lang) -> str:
    """The line before the list of Unprintable entries."""
    if lang == "ja":
        return f"報告書のフォントにない文字は「{REPLACEMENT}」で表示しています。該当する箇所："
    return f"The report shows {REPLACEMENT} for characters none of its fonts has, in:"


def _printed(data: ReportData) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(field, text, item id, role) of every user text the report prints."""
    yield "institution_name", data.profile.name, None, None
    yield "institution_id", data.profile.institution_id, None, None
    yield "cycle_label", data.cycle.label, None, None
    if data.previous is not None and data.comparison is not None:
        yield "previous_label", data.previous.label, None, None
    for item in data.items:
        answer = data.answer(item.id)
        yield "notes", answer.notes, item.id, None
        if answer.status in (Status.NOT_APPLICABLE, Status.ALTERNATIVE):
            yield "justification", answer.justification, item.id, None
    if data.cycle.finalise_note is not None and not data.cycle.is_open:  # the summary's sentence
        yield "finalise_reason", data.cycle.finalise_note.reason, None, None
    for row in data.actions:
        yield "measure", row.measure, row.item_id, None
        yield "owner", row.owner, row.item_id, None
    for item, answer in data.accepted():
        if answer.acceptance is not None:
            yield "approver", answer.acceptance.approved_by, item.id, None
            yield "reason", answer.acceptance.reason, item.id, None
    for role, entry in data.signoffs.items():
        yield "sign_name", entry.name, None, role
        yield "sign_title", entry.title, None, role
    for item in data.items:  # the appendix after the sign-off (pdf_back.evidence)
        yield "evidence", data.answer(item.id).evidence, item.id, None


def find_unprintable(data: ReportData) -> list[Unprintable]:
    """Every printed field that shows the replacement mark, in the report's order."""
    found = []
    for field, text, item_id, role in _printed(data):
        chars = unprintable(text)
        if chars:
            found.append(Unprintable(field, chars, item_id, role))
    return found
