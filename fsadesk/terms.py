"""The words fsadesk uses for its domain, in Japanese and English, and how a rate is shown.

docs/glossary.md is the authority; this module is its code form. The PDF, the command line, the
spreadsheets and the pure layers take their terms from here. The windows translate with Qt
Linguist (English source, Japanese in resources/translations/fsadesk_ja.ts); tests/test_terms.py
loads the compiled catalogue and checks that each name the windows show equals the term here, so
the two cannot drift apart (the CLI once said 未対応の基本項目 where everything else said
対応未定の不足).

A leaf module: no Qt, no database, no other fsadesk package. Keys are the enums' string values
(Status, Priority, Role, SizeBand and Scope are StrEnums, so the members themselves work as keys).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from fsadesk.lang import Lang

Term = dict[Lang, str]


def _t(ja: str, en: str) -> Term:
    return {"ja": ja, "en": en}


# An answer's status (assessment.answers.Status).
STATUS: Final[dict[str, Term]] = {
    "implemented": _t("実施済み", "Implemented"),
    "partial": _t("一部実施", "Partially implemented"),
    "not_implemented": _t("未実施", "Not implemented"),
    "alternative": _t("代替策で対応", "Alternative measure"),
    "not_applicable": _t("該当なし", "Not applicable"),
    "unanswered": _t("未回答", "Unanswered"),
}

# A remediation plan's priority (assessment.answers.Priority).
PRIORITY: Final[dict[str, Term]] = {
    "high": _t("高", "High"),
    "medium": _t("中", "Medium"),
    "low": _t("低", "Low"),
}

# Who signs off (assessment.signoff.Role), as a noun: "the reviewer's name".
ROLE: Final[dict[str, Term]] = {
    "preparer": _t("作成者", "preparer"),
    "reviewer": _t("確認者", "reviewer"),
    "approver": _t("承認者（経営陣）", "approver (senior management)"),
}

# The same roles as the heading of a signature block: "Prepared by".
ROLE_HEADING: Final[dict[str, Term]] = {
    "preparer": _t("作成者", "Prepared by"),
    "reviewer": _t("確認者", "Reviewed by"),
    "approver": _t("承認者（経営陣）", "Approved by (senior management)"),
}

# The institution's size (assessment.profile.SizeBand).
SIZE_BAND: Final[dict[str, Term]] = {
    "small": _t("小規模（役職員100人以下）", "Small (up to 100 staff)"),
    "medium": _t("中規模（役職員101〜500人）", "Medium (101–500 staff)"),
    "large": _t("大規模（役職員501人以上）", "Large (over 500 staff)"),
}

# Which tiers are assessed (assessment.profile.Scope).
SCOPE: Final[dict[str, Term]] = {
    "basic": _t("基本的な対応事項のみ", "Basic response items only"),
    "basic_and_desirable": _t("基本的な対応事項と対応が望ましい事項", "Basic and desirable response items"),
}

# The figures of docs/scoring.md and the words around them. "_short" forms are for narrow
# columns (the command line's table, the report's comparison table).
WORDS: Final[dict[str, Term]] = {
    "basic": _t("基本的な対応事項", "Basic response items"),
    "desirable": _t("対応が望ましい事項", "Desirable response items"),
    "basic_short": _t("基本", "Basic"),
    "desirable_short": _t("望ましい", "Desirable"),
    "domain": _t("分野", "Domain"),
    "overall": _t("全体", "Overall"),
    "items": _t("項目", "items"),
    "completion": _t("回答済みの割合", "Completion"),
    "implementation_rate": _t("実施率", "implementation rate"),
    "basic_rate": _t("基本的な対応事項の実施率", "Basic response items: implementation rate"),
    "desirable_rate": _t("対応が望ましい事項の実施率", "Desirable response items: implementation rate"),
    "basic_rate_short": _t("基本 実施率", "Basic rate"),
    "desirable_rate_short": _t("望ましい 実施率", "Desirable rate"),
    "gap": _t("不足", "gap"),
    "open_gaps": _t("対応未定の不足", "Open hygiene gaps"),
    "open_gaps_short": _t("対応未定の不足", "Open gaps"),
    "not_assessed": _t("評価の対象外", "Not assessed"),
    "action_plan": _t("改善計画", "Action plan"),
    "risk_acceptance": _t("リスクの受容", "Risk acceptance"),
    "marked_for_review": _t("見直しの印", "Marked for review"),
    "cycle": _t("評価年度", "Assessment cycle"),
    # The fields of an answer, as their owner is named in messages ("2.1.1-B1 notes: …").
    "notes": _t("メモ", "notes"),
    "justification": _t("理由・代替策の内容", "reason or alternative measure"),
    "evidence": _t("証跡", "evidence"),
    "plan_owner": _t("改善計画の担当者", "plan owner"),
    # What a remediation plan will do (RemediationPlan.measure): the item page, the action-plan
    # table, the spreadsheets and the PDF use this one term.
    "plan_measure": _t("実施する対策", "What will be done"),
    "acceptance_approver": _t("リスクの受容の承認者", "risk acceptance approver"),
    "acceptance_reason": _t("リスクの受容の理由", "risk acceptance reason"),
}


def status_name(status: str, lang: Lang) -> str:
    return STATUS[status][lang]


def priority_name(priority: str | None, lang: Lang, *, none: str = "") -> str:
    """A plan's priority; `none` for a row that has no plan (so no priority) yet."""
    return none if priority is None else PRIORITY[priority][lang]


def role_name(role: str, lang: Lang) -> str:
    return ROLE[role][lang]


def role_heading(role: str, lang: Lang) -> str:
    return ROLE_HEADING[role][lang]


def size_band_name(band: str, lang: Lang) -> str:
    return SIZE_BAND[band][lang]


def scope_name(scope: str, lang: Lang) -> str:
    return SCOPE[scope][lang]


def word(key: str, lang: Lang) -> str:
    return WORDS[key][lang]


NOT_RATED: Final = "—"  # a rate with nothing assessed (docs/scoring.md): never "0%"


def percent_points(rate: float, digits: int = 0) -> Decimal:
    """A rate as percentage points, rounded half up to `digits` decimals: 0.625 -> 63.

    Half up, as a board member rounds by hand, never Python's round() or format() (half to even,
    and binary: f"{62.5:.0f}" is '62'). The rate goes through its shortest decimal text first,
    so 0.285 (stored as 0.28499999…) still gives 29.
    """
    exact = Decimal(repr(float(rate))) * 100
    return exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def percent(rate: float | None, digits: int = 0) -> str:
    """The one way fsadesk shows a rate: 0.625 -> '63%'; None (nothing assessed) -> '—'.

    Whole percents everywhere (the Summary page, the compare dialog, the report, the command
    line). `digits=1` only where two rates that differ would otherwise read the same
    (the compare dialog's 62.4% -> 62.6%)."""
    if rate is None:
        return NOT_RATED
    return f"{percent_points(rate, digits)}%"


NO_DATE: Final = "—"


def date_text(value: dt.date | None, lang: Lang) -> str:
    """The one way fsadesk prints a day: 2027/03/31 in Japanese (as Japanese offices write dates),
    ISO 2027-03-31 in English (unambiguous for readers of either order); None -> '—'."""
    if value is None:
        return NO_DATE
    return value.strftime("%Y/%m/%d") if lang == "ja" else value.isoformat()


# What was still open when a cycle was finalised (assessment.readiness.OpenKind values), as counted
# in the report's cover and `fsadesk verify`: "{n}" is the number of items.
OPEN_POINTS: Final[dict[str, dict[Lang, tuple[str, str]]]] = {
    # (one, many): English needs the singular; Japanese says the same for both.
    "unanswered": {"ja": ("未回答 {n} 項目",) * 2, "en": ("{n} item unanswered", "{n} items unanswered")},
    "marked_for_review": {"ja": ("見直しの印 {n} 項目",) * 2, "en": ("{n} marked for review",) * 2},
    "gap_without_plan": {
        "ja": ("改善計画もリスクの受容もない不足 {n} 項目",) * 2,
        "en": ("{n} gap without a plan or risk acceptance", "{n} gaps without a plan or risk acceptance"),
    },
    "missing_reason": {
        "ja": ("理由のない「該当なし」・「代替策で対応」 {n} 項目",) * 2,
        "en": (
            "{n} 'Not applicable' or 'Alternative measure' answer without its reason",
            "{n} 'Not applicable' or 'Alternative measure' answers without their reason",
        ),
    },
}


def finalised_with_open_points(open_counts: dict[str, int], reason: str, lang: Lang) -> str:
    """One plain sentence for a cycle finalised with points still open: what was open, and why.
    Kinds with no items are left out, in the order the sign-off lists them."""
    counts = [(kind, open_counts.get(kind, 0)) for kind in OPEN_POINTS]
    parts = [OPEN_POINTS[kind][lang][0 if n == 1 else 1].format(n=n) for kind, n in counts if n]
    if lang == "ja":
        left = f"{'、'.join(parts)}を残したまま" if parts else ""
        return f"{left}確定しました。理由: {reason}"
    if not parts:
        return f"Finalised, because: {reason}"
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return f"Finalised with {listed}, because: {reason}"
