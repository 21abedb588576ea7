"""The words the dashboard's charts and their numbers tables share: peer groups, groupings, domains,
tiers, campaigns and rates, in the user's language. Domain terms come from fsadesk.terms and the
catalogue (one vocabulary); the rest is window text, translated with Qt Linguist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.load import CampaignInfo
from fsadesk.central.dashboard.peers import ALL
from fsadesk.lang import Lang
from fsadesk.terms import SIZE_BAND, percent, word

GROUPINGS: tuple[str, ...] = (ALL, "category", "size_band")  # peers.PeerStats.by
TIERS: tuple[str, ...] = ("basic", "desirable")


def grouping_name(by: str) -> str:
    if by == ALL:
        return QCoreApplication.translate("DashboardCharts", "All members")
    if by == "category":
        return QCoreApplication.translate("DashboardCharts", "By category")
    return QCoreApplication.translate("DashboardCharts", "By size band")


def group_name(by: str, group: str, catalogue: Catalogue, lang: Lang) -> str:
    """A peer group in words: a category's or a size band's name, or every member."""
    if by == ALL:
        return QCoreApplication.translate("DashboardCharts", "All members")
    if by == "category":
        names = {c.id: c.get(lang) for c in catalogue.categories}
        return names.get(group, group) if group else QCoreApplication.translate("DashboardCharts", "No category")
    if group in SIZE_BAND:
        return SIZE_BAND[group][lang]
    return group or QCoreApplication.translate("DashboardCharts", "No size band")


def short_group_name(by: str, group: str, catalogue: Catalogue, lang: Lang) -> str:
    """A size band without its staff numbers, for legends; the full name is in the table."""
    name = group_name(by, group, catalogue, lang)
    if by == "size_band" and group in SIZE_BAND:
        return name.split("（")[0].split(" (")[0]
    return name


def domain_name(catalogue: Catalogue, number: str, lang: Lang) -> str:
    """ "2.1 Governance": the number and the domain's short name (its title where it has none)."""
    try:
        node = catalogue.node(number)
    except KeyError:
        return number
    text = node.short.get(lang) if node.short is not None else node.title.get(lang)
    return f"{number} {text}"


def tier_name(tier: str, lang: Lang) -> str:
    return word(tier, lang)


def tier_short(tier: str, lang: Lang) -> str:
    return word(f"{tier}_short", lang)


def campaign_name(info: CampaignInfo) -> str:
    """A campaign as staff named its cycle ("2026年度"), which the axis and the tables show."""
    return info.cycle_label or info.campaign_id


def rate_text(rate: float | None) -> str:
    """A rate in a numbers table: one decimal, so two groups that differ never read the same."""
    return percent(rate, 1)


def list_separator(lang: Lang) -> str:
    return "、" if lang == "ja" else ", "
