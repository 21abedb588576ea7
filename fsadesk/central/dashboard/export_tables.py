"""The dashboard's views as plain tables in Japanese or English: ONE source for the XLSX, the CSV
files and the PDF's tables, so the three never disagree.

Every figure comes from the headless functions (status_of, grid_of, weakest_of, peer_stats,
open_gaps, trends_of + Trends.below): nothing is computed twice. A rate stays a number 0…1 here
(column kind "rate"); each writer shows it its own way (a percent-formatted number in XLSX, the
app's "63%" in CSV and PDF).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from fsadesk import terms
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.export_words import w
from fsadesk.central.dashboard.gaps import open_gaps
from fsadesk.central.dashboard.peers import ALL, peer_stats
from fsadesk.central.dashboard.rates import RateGrid, Tier, grid_of
from fsadesk.central.dashboard.snapshot import CampaignData
from fsadesk.central.dashboard.status import CampaignStatus, SubmissionState, status_of
from fsadesk.central.dashboard.trends import trends_of
from fsadesk.central.dashboard.weakest import weakest_of
from fsadesk.lang import Lang
from fsadesk.spreadsheet import Cell

Kind = Literal["text", "int", "rate"]
VIEWS = ("status", "heatmap", "weakest", "peers", "trends", "below", "gaps")
DEFAULT_THRESHOLD = 0.5  # below half of the basic items implemented: the members to help first


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = "text"
    width: int = 14  # characters, for the spreadsheet; the PDF lays out its own


@dataclass(frozen=True)
class Table:
    key: str  # one of VIEWS: names the CSV file
    title: str  # the sheet's name, the PDF section's heading
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class ExportReport:
    lang: Lang
    filters: tuple[tuple[str, str], ...]  # (label, value), written above every table
    status: CampaignStatus  # for the PDF cover's counts
    grid: RateGrid
    tables: tuple[Table, ...]

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def category_name(catalogue: Catalogue, category: str, lang: Lang) -> str:
    """The catalogue's name for a category id; an id it does not know is shown as stored."""
    if not category:
        return w("none", lang)
    found = next((c for c in catalogue.categories if c.id == category), None)
    return found.get(lang) if found else category


def size_name(band: str, lang: Lang) -> str:
    return terms.size_band_name(band, lang) if band in terms.SIZE_BAND else (band or w("none", lang))


def domain_title(catalogue: Catalogue, number: str, lang: Lang) -> str:
    """'2.1 ガバナンス': the domain's number and short name (a column heading must stay narrow)."""
    try:
        node = catalogue.node(number)
    except KeyError:
        return number
    return f"{number} {(node.short or node.title).get(lang)}"


def item_title(catalogue: Catalogue, item_id: str, lang: Lang) -> str:
    return catalogue.item(item_id).title.get(lang) if item_id in catalogue.item_ids() else ""


def filter_lines(
    data: CampaignData, catalogue: Catalogue, *, tier: Tier, threshold: float, organisation: str,
    made: dt.datetime, lang: Lang,
) -> tuple[tuple[str, str], ...]:  # fmt: skip
    c = data.campaign
    f = data.filters
    every = w("every", lang)
    return (
        (w("organisation", lang), organisation),
        (w("campaign", lang), f"{c.campaign_id} {c.title}"),
        (w("cycle", lang), cycle_display_label(c.cycle_label, c.fiscal_year, lang)),
        (w("deadline", lang), terms.date_text(c.deadline, lang)),
        (w("tier", lang), terms.word(tier, lang)),
        (w("category", lang), every if f.category is None else category_name(catalogue, f.category, lang)),
        (w("size_band", lang), every if f.size_band is None else size_name(f.size_band, lang)),
        (w("threshold", lang), terms.percent(threshold)),
        (w("made", lang), made.strftime("%Y/%m/%d %H:%M %Z" if lang == "ja" else "%Y-%m-%d %H:%M %Z").strip()),
    )


def _member_columns(lang: Lang) -> tuple[Column, ...]:
    return (Column(w("institution_id", lang), width=12), Column(w("name", lang), width=28),
            Column(w("category", lang), width=22), Column(w("size_band", lang), width=20))  # fmt: skip


def status_table(status: CampaignStatus, catalogue: Catalogue, lang: Lang) -> Table:
    cols = (*_member_columns(lang), Column(w("state", lang)), Column(w("bundle_made", lang), width=22),
            Column(w("imported", lang), width=22), Column(w("flags", lang), width=20))  # fmt: skip
    rows = tuple(
        (m.institution_id, m.name, category_name(catalogue, m.category, lang), size_name(m.size_band, lang),
         state_name(m.state, lang), utc_minute(m.submitted_at), utc_minute(m.imported_at),
         ("、" if lang == "ja" else ", ").join(flag_name(f, lang) for f in m.flags))
        for m in status.members
    )  # fmt: skip
    return Table("status", w("status", lang), cols, rows)


def utc_minute(stamp: str | None) -> str:
    """A stored ISO timestamp (UTC, with microseconds) as '2027-06-01 09:00', the column says UTC."""
    if not stamp:
        return ""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%d %H:%M")


def flag_name(flag: str, lang: Lang) -> str:
    """A receipt flag's words; a flag this version does not know is shown as stored."""
    try:
        return w(f"flag_{flag}", lang)
    except KeyError:
        return flag


def state_name(state: SubmissionState, lang: Lang) -> str:
    return w(state.value, lang)


def heatmap_table(grid: RateGrid, catalogue: Catalogue, lang: Lang) -> Table:
    cols = (*_member_columns(lang), *(Column(domain_title(catalogue, d, lang), "rate", 12) for d in grid.domains))
    rows = tuple(
        (m.institution_id, m.name, category_name(catalogue, m.category, lang), size_name(m.size_band, lang),
         *(m.rates.get(d) for d in grid.domains))
        for m in grid.members
    )  # fmt: skip
    return Table("heatmap", w("heatmap", lang), cols, rows)


def weakest_table(data: CampaignData, catalogue: Catalogue, lang: Lang) -> Table:
    cols = (Column(w("item_id", lang), width=12), Column(w("item_title", lang), width=40),
            Column(w("tier", lang), width=14), Column(w("members_not", lang), "int"),
            Column(w("by_category", lang), width=40))  # fmt: skip
    sep = "、" if lang == "ja" else ", "
    rows = tuple(
        (i.item_id, item_title(catalogue, i.item_id, lang), terms.word(f"{i.tier}_short", lang), i.members,
         sep.join(f"{category_name(catalogue, c, lang)} {n}" for c, n in i.categories.items()))
        for i in weakest_of(data, catalogue, limit=None)
    )  # fmt: skip
    return Table("weakest", w("weakest", lang), cols, rows)


def _group_name(by: str, group: str, catalogue: Catalogue, lang: Lang) -> tuple[str, str]:
    if by == ALL:
        return w("all_members", lang), w("all_members", lang)
    if by == "category":
        return w("category", lang), category_name(catalogue, group, lang)
    return w("size_band", lang), size_name(group, lang)


def peers_table(grid: RateGrid, catalogue: Catalogue, lang: Lang) -> Table:
    stats = ("count", "minimum", "q1", "median", "q3", "maximum", "mean")
    cols = (Column(w("grouping", lang)), Column(w("group", lang), width=24),
            Column(terms.word("domain", lang), width=22),
            *(Column(w(s, lang), "int" if s == "count" else "rate", 10) for s in stats))  # fmt: skip
    order = {ALL: 0, "category": 1, "size_band": 2}
    rows = tuple(
        (*_group_name(p.by, p.group, catalogue, lang), domain_title(catalogue, p.domain, lang),
         *(getattr(p.stats, s) for s in stats))
        for p in sorted(peer_stats(grid), key=lambda p: (order[p.by], p.group, p.domain))
    )  # fmt: skip
    return Table("peers", w("peers", lang), cols, rows)


def trends_tables(data: CampaignData, catalogue: Catalogue, tier: Tier, threshold: float, lang: Lang) -> list[Table]:
    tr = trends_of(data, tier)
    member = _member_columns(lang)
    cols = (*member, Column(w("campaign_id", lang)), Column(w("cycle", lang)),
            Column(terms.word("domain", lang), width=22), Column(w("rate", lang), "rate", 10))  # fmt: skip
    rows: list[tuple[Cell, ...]] = []
    for m in tr.members:
        who = (m.institution_id, m.name, category_name(catalogue, m.category, lang), size_name(m.size_band, lang))
        for c, rates in zip(tr.campaigns, m.rates, strict=True):
            for domain, rate in (rates or {}).items():
                label = cycle_display_label(c.cycle_label, c.fiscal_year, lang)
                rows.append((*who, c.campaign_id, label, domain_title(catalogue, domain, lang), rate))
    by_id = {m.institution_id: m for m in tr.members}
    index = {c.campaign_id: n for n, c in enumerate(tr.campaigns)}
    below: list[tuple[Cell, ...]] = []
    for s in tr.below(threshold):
        m = by_id[s.institution_id]
        latest = m.rates[index[s.campaigns[-1]]]
        below.append((m.institution_id, m.name, category_name(catalogue, m.category, lang),
                      size_name(m.size_band, lang), domain_title(catalogue, s.domain, lang), len(s.campaigns),
                      ", ".join(s.campaigns), latest.get(s.domain) if latest else None))  # fmt: skip
    below_cols = (*member, Column(terms.word("domain", lang), width=22), Column(w("runs", lang), "int"),
                  Column(w("run_campaigns", lang), width=22), Column(w("latest_rate", lang), "rate"))  # fmt: skip
    return [Table("trends", w("trends", lang), cols, tuple(rows)),
            Table("below", w("below", lang), below_cols, tuple(below))]  # fmt: skip


def gaps_table(grid: RateGrid, catalogue: Catalogue, lang: Lang) -> Table:
    cols = (Column(w("institution_id", lang), width=12), Column(w("name", lang), width=28),
            Column(w("category", lang), width=22), Column(w("gap_count", lang), "int"),
            Column(w("gap_items", lang), width=60))  # fmt: skip
    rows = tuple(
        (g.institution_id, g.name, category_name(catalogue, g.category, lang), len(g.items), ", ".join(g.items))
        for g in open_gaps(grid)
    )
    return Table("gaps", w("gaps", lang), cols, rows)


def build_report(
    data: CampaignData, catalogue: Catalogue, *, tier: Tier = "basic", threshold: float = DEFAULT_THRESHOLD,
    lang: Lang = "ja", organisation: str = "", made: dt.datetime | None = None,
) -> ExportReport:  # fmt: skip
    """Every view of the (already filtered) snapshot as tables, with the filter lines."""
    made = made or dt.datetime.now().astimezone()
    status = status_of(data)
    grid = grid_of(data, tier)
    tables: Sequence[Table] = (
        status_table(status, catalogue, lang),
        heatmap_table(grid, catalogue, lang),
        weakest_table(data, catalogue, lang),
        peers_table(grid, catalogue, lang),
        *trends_tables(data, catalogue, tier, threshold, lang),
        gaps_table(grid, catalogue, lang),
    )
    lines = filter_lines(data, catalogue, tier=tier, threshold=threshold, organisation=organisation, made=made,
                         lang=lang)  # fmt: skip
    return ExportReport(lang, lines, status, grid, tuple(tables))
