"""The words of "you and your peer group" in Japanese and English: the bands, which group the
member is compared with and why, where the figures come from, and a figure that is not published.

One place for the summary page (which passes the window's language) and the report, so both say
the same thing; plain words for non-IT staff (docs/glossary.md: 実施率, 業態, and no jargon such
as 四分位 without saying what it means). The windows' static labels are Qt Linguist's (tr()).
"""

from __future__ import annotations

import datetime as dt

from fsadesk import terms
from fsadesk.assessment.peer_position import Band, PeerPosition
from fsadesk.catalogue.model import Catalogue
from fsadesk.lang import Lang

Term = dict[Lang, str]
_JST = dt.timezone(dt.timedelta(hours=9), "JST")  # as the report's dates (fsadesk.report.pdf_data)

BAND: dict[Band, Term] = {
    "below_q1": {"ja": "下位25%の水準を下回る", "en": "below the lower quartile"},
    "q1_to_median": {"ja": "下位25%の水準と中央値の間", "en": "between the lower quartile and the median"},
    "median_to_q3": {"ja": "中央値と上位25%の水準の間", "en": "between the median and the upper quartile"},
    "above_q3": {"ja": "上位25%の水準を上回る", "en": "above the upper quartile"},
}

# The figures' names, shared by the report's table and the window's (same words, one place).
FIGURE: dict[str, Term] = {
    "own": {"ja": "自金融機関", "en": "Your rate"},
    "q1": {"ja": "下位25%の水準", "en": "Lower quartile"},
    "median": {"ja": "中央値", "en": "Median"},
    "q3": {"ja": "上位25%の水準", "en": "Upper quartile"},
    "mean": {"ja": "平均", "en": "Mean"},
    "band": {"ja": "位置", "en": "Where you stand"},
    "peers_implement": {"ja": "実施済みの機関の割合", "en": "Peers that implement it"},
    "your_answer": {"ja": "自金融機関の回答", "en": "Your answer"},
}

_GROUP: dict[str, Term] = {
    "category": {
        "ja": "同じ業態（{category}）の{members}機関と比べています。",
        "en": "You are compared with the {members} members of your category ({category}).",
    },
    "category_suppressed": {
        "ja": "同じ業態の機関が{threshold}未満で数字が公表されていないため、"
        "同じ規模（{size_band}）の{members}機関と比べています。",
        "en": "Your category has too few members to publish (fewer than {threshold}), so you are compared "
        "with the {members} members of your size band ({size_band}).",
    },
    "category_and_size_suppressed": {
        "ja": "同じ業態の機関も同じ規模の機関も{threshold}未満で数字が公表されていないため、"
        "参加したすべての機関（{members}機関）と比べています。",
        "en": "Your category and your size band each have too few members to publish (fewer than "
        "{threshold}), so you are compared with all {members} members.",
    },
}

_WORDS: dict[str, Term] = {
    "source": {
        "ja": "出典：{organisation}のベンチマークファイル（{campaign}、{date}作成）。",
        "en": "Source: {organisation}'s benchmark pack for {campaign}, made on {date}.",
    },
    "anonymity": {
        "ja": "機関名は含まれません。{threshold}機関未満の集団や数字は公表されず、最小値・最大値も載せていません。",
        "en": "No member is named. Groups and figures of fewer than {threshold} members are not published, "
        "and neither are the lowest or highest rates.",
    },
    "not_published": {"ja": "公表なし（{threshold}機関未満）", "en": "not published (fewer than {threshold})"},
    "catalogue_differs": {
        "ja": "注意：この資料は別の版の項目集（{version}）で集計されています。項目ごとの比較は目安としてご覧ください。",
        "en": "Note: this pack was computed against another catalogue version ({version}); read the "
        "comparison item by item as a guide only.",
    },
    "no_group": {
        "ja": "{organisation}のベンチマークファイル（{campaign}）は、参加した機関が{threshold}未満のため"
        "数字を公表していません。",
        "en": "{organisation}'s benchmark pack for {campaign} publishes no figures: fewer than {threshold} "
        "members took part.",
    },
}


def band_name(band: Band | None, lang: Lang) -> str:
    return terms.NOT_RATED if band is None else BAND[band][lang]


def figure_name(key: str, lang: Lang) -> str:
    return FIGURE[key][lang]


def category_name(catalogue: Catalogue, category: str, lang: Lang) -> str:
    return next((c.get(lang) for c in catalogue.categories if c.id == category), category)


def group_sentence(pos: PeerPosition, catalogue: Catalogue, lang: Lang) -> str:
    """Which group the member is compared with, and why that one."""
    return _GROUP[pos.reason][lang].format(
        members=pos.group.members,
        threshold=pos.threshold,
        category=category_name(catalogue, pos.category, lang),
        size_band=terms.size_band_name(pos.size_band, lang),
    )


def source_sentence(pos: PeerPosition, lang: Lang) -> str:
    """Where the figures come from: the organisation, the campaign and the day the pack was made
    (Japan time: the readers are in Japan, as for the report's dates)."""
    day = made_day(pos.created, lang)
    return _WORDS["source"][lang].format(organisation=pos.organisation_name, campaign=pos.campaign_title, date=day)


def made_day(created: dt.datetime, lang: Lang) -> str:
    """The day a pack was made, in Japan time (the readers are in Japan, as for the report's dates)."""
    return terms.date_text(created.astimezone(_JST).date(), lang)


def anonymity_sentence(threshold: int, lang: Lang) -> str:
    return _WORDS["anonymity"][lang].format(threshold=threshold)


def not_published(threshold: int, lang: Lang) -> str:
    return _WORDS["not_published"][lang].format(threshold=threshold)


def catalogue_differs(pos: PeerPosition, lang: Lang) -> str:
    return _WORDS["catalogue_differs"][lang].format(version=pos.catalogue_version)


def no_group_sentence(organisation: str, campaign: str, threshold: int, lang: Lang) -> str:
    """A pack that publishes no group the member could be compared with (even all members)."""
    return _WORDS["no_group"][lang].format(organisation=organisation, campaign=campaign, threshold=threshold)
