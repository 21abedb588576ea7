"""Trends across campaigns: each member's domain rates campaign by campaign (oldest first), and the
members below a threshold in the same domain for two or more consecutive campaigns (a campaign the
member did not submit for breaks the run: no figure is not a low figure)."""

from __future__ import annotations

from dataclasses import dataclass

from fsadesk.central.dashboard.load import CampaignInfo
from fsadesk.central.dashboard.rates import Tier, domain_rates
from fsadesk.central.dashboard.snapshot import CampaignData, load_campaign
from fsadesk.central.store.database import CentralDatabase


@dataclass(frozen=True)
class MemberTrend:
    institution_id: str
    name: str
    category: str
    size_band: str
    rates: tuple[dict[str, float | None] | None, ...]  # one per campaign; None: no submission


@dataclass(frozen=True)
class LowStreak:
    institution_id: str
    domain: str
    campaigns: tuple[str, ...]  # the consecutive campaign ids below the threshold (the latest run)


@dataclass(frozen=True)
class Trends:
    campaigns: tuple[CampaignInfo, ...]
    members: tuple[MemberTrend, ...]

    def below(self, threshold: float, runs: int = 2) -> list[LowStreak]:
        out = []
        for m in self.members:
            domains = sorted({d for r in m.rates if r for d in r})
            for domain in domains:
                run: list[str] = []
                best: list[str] = []
                for info, rates in zip(self.campaigns, m.rates, strict=True):
                    rate = rates.get(domain) if rates else None
                    run = [*run, info.campaign_id] if rate is not None and rate < threshold else []
                    if len(run) >= runs:
                        best = run
                if best:
                    out.append(LowStreak(m.institution_id, domain, tuple(best)))
        return out


def trends_of(data: CampaignData, tier: Tier = "basic") -> Trends:
    """Every campaign's rates laid out per member of the snapshot (as filtered)."""
    out = []
    for m in data.members:
        per = tuple(
            domain_rates(s, tier) if (s := data.history.get((m.id, c.fiscal_year, c.cycle_label))) is not None else None
            for c in data.campaigns
        )
        out.append(MemberTrend(m.institution_id, m.name, m.category, m.size_band, per))
    return Trends(data.campaigns, tuple(out))


def trends(db: CentralDatabase, tier: Tier = "basic") -> Trends:
    return trends_of(load_campaign(db), tier)
