"""The words of the dashboard's exports (XLSX, CSV, PDF), in Japanese and English: sheet titles,
column headings, the filter lines and the submission states. Domain terms (tier, domain, size band,
status, rate) come from fsadesk.terms, the glossary's code form; only what the exports alone say is
here, in the words the dashboard's window uses for the same things (its Linguist catalogue), so a
sheet and the screen name a state or a column alike. `{name}` placeholders are filled by
export_tables."""

from __future__ import annotations

from typing import Final

from fsadesk.lang import Lang

WORDS: Final[dict[str, tuple[str, str]]] = {
    # sheet / section titles (a sheet name is at most 31 characters)
    "status": ("提出状況", "Submission status"),
    "heatmap": ("分野別の実施率", "Rates by domain"),
    "weakest": ("「未実施」の回答が多い項目", "Weakest items"),
    "peers": ("グループ別の統計", "Peer groups"),
    "trends": ("推移", "Trends"),
    "below": ("基準を下回り続ける会員", "Below threshold"),
    "gaps": ("対応未定の不足", "Open gaps"),
    # the filter lines written above every table
    "organisation": ("中央機関", "Central organisation"),
    "campaign": ("提出依頼", "Campaign"),
    "cycle": ("評価年度", "Assessment cycle"),
    "deadline": ("提出期限", "Deadline"),
    "tier": ("事項の区分", "Tier"),
    "category": ("業態", "Category"),
    "size_band": ("規模", "Size band"),
    "threshold": ("基準の実施率", "Threshold"),
    "made": ("作成日時", "Made"),
    "every": ("すべて", "All"),
    # column headings
    "institution_id": ("金融機関コード", "Institution ID"),
    "name": ("名称", "Name"),
    "state": ("提出状況", "State"),
    "bundle_made": ("ファイル作成日時 (UTC)", "Bundle made (UTC)"),
    "imported": ("取り込んだ日時 (UTC)", "Taken in (UTC)"),
    "flags": ("注記", "Flags"),
    "item_id": ("項目番号", "Item"),
    "item_title": ("タイトル", "Title"),
    "members_not": ("「未実施」と回答した会員数", "Members not implementing"),
    "by_category": ("業態（会員数）", "Categories (members)"),
    "grouping": ("グループ分け", "Grouping"),
    "group": ("グループ", "Group"),
    "count": ("会員数", "Members"),
    "minimum": ("最小", "Min"),
    "q1": ("第1四分位", "Q1"),
    "median": ("中央値", "Median"),
    "q3": ("第3四分位", "Q3"),
    "maximum": ("最大", "Max"),
    "mean": ("平均", "Mean"),
    "campaign_id": ("提出依頼ID", "Campaign ID"),
    "rate": ("実施率", "Rate"),
    "runs": ("続けて下回った回数", "In a row"),
    "run_campaigns": ("下回った提出依頼", "Campaigns below"),
    "latest_rate": ("最後の実施率", "Latest rate"),
    "gap_count": ("対応未定の不足の数", "Open gaps"),
    "gap_items": ("項目", "Items"),
    # values
    "all_members": ("全会員", "All members"),
    "none": ("（なし）", "(none)"),
    "received": ("受付済み", "Received"),
    "flagged": ("注記つきで受付", "Accepted with a flag"),
    "late": ("期限後に提出", "Late"),
    "missing": ("未提出", "Missing"),
    # why an accepted submission was flagged (fsadesk.central.receipt.ReceiptFlag values)
    "flag_scores_differ": ("ファイル内の点数が回答からの計算と違う", "scores differ from the answers"),
    "flag_other_engine_version": ("別の版の採点で計算", "scored by another fsadesk version"),
    "flag_late": ("期限後に作成", "made after the deadline"),
    # the PDF's own words
    "report_title": ("自己評価の集計報告", "Self-assessment summary"),
    "page": ("{page} / {total} ページ", "Page {page} of {total}"),
    "expected": ("対象の会員", "Members expected"),
    "nothing": ("該当する会員はいません。", "No member is listed here."),
    "rate_note": (
        "実施率は各会員の提出用ファイルの回答から計算した値です。「—」は評価の対象となる項目がない分野です。",
        "Rates are those computed from each member's answers. '—': no item of the tier is assessed in that domain.",
    ),
    "below_note": (
        "同じ分野で、続けて2回以上の提出依頼で基準の実施率を下回った会員です（提出のない回は数えません）。",
        "Members below the threshold in the same domain for two or more campaigns in a row (a campaign "
        "without a submission breaks the run).",
    ),
}


def w(key: str, lang: Lang, **values: object) -> str:
    ja, en = WORDS[key]
    text = ja if lang == "ja" else en
    return text.format(**values) if values else text
