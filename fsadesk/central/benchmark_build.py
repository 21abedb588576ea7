"""Building the benchmark pack from a campaign's current submissions (issue #14 point 3) and
writing it signed (`fsadesk central benchmark`, the dashboard's "Benchmark pack…" button).

Groups: all members, each category and each size band (the member registry's). Per group, tier and
domain the members' implementation rates as stored at intake (`grid_of`, the dashboard's figures,
no second scoring) as quartiles and mean; per basic item the shares of answers among the members to
whom the item applies under the profile their submission was scored with (an item answered Not
applicable is left out, as in the member's own rate; Alternative counts as implemented, as it
earns full points there). Then the suppression rules (benchmark_suppress) and rounding to four
decimals. Names, codes, free text and submission ids never enter the pack: it is built from
counts only.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from fsadesk.assessment.answers import Status
from fsadesk.assessment.benchmark import (
    ALL_GROUP,
    DEFAULT_THRESHOLD,
    BenchmarkPack,
    Grouping,
    ItemFigures,
    PeerGroup,
    RateFigures,
)
from fsadesk.assessment.profile import InstitutionProfile, SizeBand
from fsadesk.assessment.scope import applies
from fsadesk.bundle.keys import fingerprint
from fsadesk.catalogue import Catalogue
from fsadesk.central.benchmark_answers import answer_statuses
from fsadesk.central.benchmark_pack import TIERS, created_now, rounded, write_pack
from fsadesk.central.benchmark_suppress import suppressed_within
from fsadesk.central.dashboard.peers import distribution
from fsadesk.central.dashboard.rates import MemberRates, grid_of
from fsadesk.central.dashboard.snapshot import CampaignData, load_campaign
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.central.store.models import CampaignRow, OrganisationRow

MIN_THRESHOLD = 2  # a "group" of one is that member: never a setting


class BenchmarkUnknownCatalogue(CentralError):
    """The campaign was set on a catalogue this fsadesk neither ships nor keeps in its history."""

    kind = "benchmark_unknown_catalogue"


class BenchmarkFileExists(CentralError):
    """The pack's file exists already and overwriting was not asked for."""

    kind = "benchmark_file_exists"


class BenchmarkThresholdRefused(CentralError):
    kind = "benchmark_threshold"


@dataclass(frozen=True)
class Summary:
    groups_published: int
    groups_suppressed: int
    cells_suppressed: int  # cells of published groups left empty (rates and items together)


@dataclass(frozen=True)
class BenchmarkWritten:
    pack: BenchmarkPack
    path: Path
    summary: Summary


@dataclass(frozen=True)
class _Member:
    """What the figures need of one member that submitted: never its name or code."""

    groups: tuple[tuple[Grouping, str], ...]
    rates: Mapping[str, Mapping[str, float | None]]  # tier → domain → rate
    answers: Mapping[str, str]  # basic item → status, for the items that apply (not N/A)


def _group_names(catalogue: Catalogue) -> tuple[set[str], set[str]]:
    """The names a category or size band may be published under: the catalogue's category ids and
    the size bands. Anything else the registry holds (a typed-in category, none at all) counts as
    the group "" ("not set"), so that every member is in exactly one group of each grouping, as
    the complementary rule needs, and no free text becomes a group's name."""
    return {c.id for c in catalogue.categories}, {b.value for b in SizeBand}


def _named(value: str, known: set[str]) -> str:
    return value if value in known else ""


def _members(data: CampaignData, catalogue: Catalogue, statuses: Mapping[int, Mapping[str, str]]) -> list[_Member]:
    categories, sizes = _group_names(catalogue)
    grids = {tier: {m.submission_id: m for m in grid_of(data, tier).members} for tier in TIERS}
    basic = [it for it in catalogue.items if it.tier == "basic"]
    out = []
    for sid, row in grids["basic"].items():
        row_of: dict[str, MemberRates] = {tier: grids[tier][sid] for tier in TIERS}
        profile = InstitutionProfile.from_dict(dict(data.profiles[sid]))
        given = statuses.get(sid, {})
        answers = {
            it.id: given.get(it.id, Status.UNANSWERED.value)
            for it in basic
            if applies(it, profile) and given.get(it.id) != Status.NOT_APPLICABLE.value
        }
        groups: tuple[tuple[Grouping, str], ...] = (
            ("all", ALL_GROUP), ("category", _named(row.category, categories)),
            ("size_band", _named(row.size_band, sizes)),
        )  # fmt: skip
        out.append(_Member(groups, {t: r.rates for t, r in row_of.items()}, answers))
    return out


def _rate(values: Sequence[float]) -> RateFigures:
    d = distribution(list(values))
    return RateFigures(d.count, rounded(d.q1), rounded(d.median), rounded(d.q3), rounded(d.mean))


_IMPLEMENTED = {Status.IMPLEMENTED.value, Status.ALTERNATIVE.value}


def _item(statuses: Sequence[str]) -> ItemFigures:
    n, tally = len(statuses), Counter(statuses)
    implemented = sum(tally[s] for s in _IMPLEMENTED)
    partial, missing = tally[Status.PARTIAL.value], tally[Status.NOT_IMPLEMENTED.value]
    unanswered = n - implemented - partial - missing  # everything else that applies: not answered yet
    return ItemFigures(n, *(rounded(c / n) for c in (implemented, partial, missing, unanswered)))


def build_pack(
    data: CampaignData,
    catalogue: Catalogue,
    statuses: Mapping[int, Mapping[str, str]],
    *,
    organisation_name: str,
    organisation_fingerprint: str,
    threshold: int = DEFAULT_THRESHOLD,
    created: dt.datetime | None = None,
) -> tuple[BenchmarkPack, Summary]:
    """The pack of an unfiltered campaign snapshot (`load_campaign`), with `statuses` the answer
    statuses of its current submissions (benchmark_answers) and `catalogue` the one it was answered
    against. Pure: no database, no key."""
    if threshold < MIN_THRESHOLD:
        raise BenchmarkThresholdRefused(f"The minimum group size must be at least {MIN_THRESHOLD}.")
    members = _members(data, catalogue, statuses)
    categories, sizes = _group_names(catalogue)
    names: dict[Grouping, set[str]] = {"all": {ALL_GROUP}, "category": {_named(c, categories) for c in data.categories},
                                       "size_band": {_named(b, sizes) for b in data.size_bands}}  # fmt: skip
    of_group: dict[tuple[Grouping, str], list[_Member]] = {(g, n): [] for g, ns in names.items() for n in ns}
    for m in members:
        for key in m.groups:
            of_group.setdefault(key, []).append(m)
    hidden_groups = {
        (grouping, name)
        for grouping in names
        for name in suppressed_within({n: len(ms) for (g, n), ms in of_group.items() if g == grouping}, threshold)
    }
    domains = {t: sorted({d for m in members for d in m.rates[t]}) for t in TIERS}
    items = [it.id for it in catalogue.items if it.tier == "basic"]
    # cell → its values per group: ("basic", "2.1") rates, or ("item", item id) answer statuses
    rate_cells = [(t, d) for t in TIERS for d in domains[t]]
    rates_of = {
        key: {(t, d): [r for m in ms if (r := m.rates[t].get(d)) is not None] for t, d in rate_cells}
        for key, ms in of_group.items()
    }
    answers_of = {
        key: {i: [s for m in ms if (s := m.answers.get(i)) is not None] for i in items} for key, ms in of_group.items()
    }
    hidden_cells: set[tuple[Grouping, str, str, str]] = set()
    for grouping in names:
        keys = [k for k in of_group if k[0] == grouping]
        withheld = frozenset(n for g, n in keys if (g, n) in hidden_groups)
        for t, d in rate_cells:
            counts = {n: len(rates_of[(g, n)][(t, d)]) for g, n in keys}
            hidden_cells |= {(grouping, n, t, d) for n in suppressed_within(counts, threshold, withheld)}
        for i in items:
            counts = {n: len(answers_of[(g, n)][i]) for g, n in keys}
            hidden_cells |= {(grouping, n, "item", i) for n in suppressed_within(counts, threshold, withheld)}
    groups: list[PeerGroup] = []
    for grouping in names:
        for name in sorted({n for g, n in of_group if g == grouping}):
            key = (grouping, name)
            if key in hidden_groups:
                groups.append(PeerGroup(grouping, name, True, None, {}, {}))
                continue
            rates: dict[str, dict[str, RateFigures | None]] = {
                t: {d: None if (grouping, name, t, d) in hidden_cells else _rate(rates_of[key][(t, d)])
                    for d in domains[t]}
                for t in TIERS
            }  # fmt: skip
            figures = {
                i: None if (grouping, name, "item", i) in hidden_cells else _item(answers_of[key][i]) for i in items
            }
            groups.append(PeerGroup(grouping, name, False, len(of_group[key]), rates, figures))
    published = [g for g in groups if not g.suppressed]
    summary = Summary(
        len(published),
        len(groups) - len(published),
        sum(list(d.values()).count(None) for g in published for d in g.rates.values())
        + sum(list(g.items.values()).count(None) for g in published),
    )
    c = data.campaign
    pack = BenchmarkPack(
        campaign_id=c.campaign_id, campaign_title=c.title, cycle_label=c.cycle_label, fiscal_year=c.fiscal_year,
        organisation_name=organisation_name, organisation_fingerprint=organisation_fingerprint,
        catalogue_id=catalogue.id, catalogue_version=catalogue.version, catalogue_digest=catalogue.digest,
        created=created or created_now(), threshold=threshold, groups=tuple(groups),
    )  # fmt: skip
    return pack, summary


def _campaign_catalogue(db: CentralDatabase, campaign_id: str) -> Catalogue:
    from fsadesk.catalogue import load_catalogue
    from fsadesk.catalogue.history import by_digest

    with db.reading() as session:
        row = session.scalars(select(CampaignRow).where(CampaignRow.campaign_id == campaign_id)).one()
        digest, version = row.catalogue_digest, row.catalogue_version
    found = by_digest(load_catalogue())(digest)
    if found is None:
        raise BenchmarkUnknownCatalogue(
            f"The campaign {campaign_id} was set on catalogue {version}, which this fsadesk does not know; "
            "use the fsadesk version the campaign was created with."
        )
    return found


def _organisation_name(db: CentralDatabase) -> str:
    with db.reading() as session:
        org = session.get(OrganisationRow, 1)
        return org.name if org is not None else ""


def write_benchmark_pack(
    db: CentralDatabase,
    keys_folder: Path,
    unlock: str | Ed25519PrivateKey,
    out: Path,
    campaign_id: str | None = None,
    threshold: int = DEFAULT_THRESHOLD,
    *,
    force: bool = False,
) -> BenchmarkWritten:
    """Build the pack of a campaign (default: the newest), sign it with the organisation's key
    (`unlock`: its passphrase, or the key already unlocked) and write it to `out` (0600, whole or
    not at all). An existing `out` is refused unless `force`."""
    from fsadesk.central.keys import load_signing_key
    from fsadesk.files import write_whole

    out = Path(out)
    if not force and os.path.lexists(out):
        raise BenchmarkFileExists(f"{out.name} exists already; choose another name, or allow overwriting it.")
    data = load_campaign(db, campaign_id)
    catalogue = _campaign_catalogue(db, data.campaign.campaign_id)
    statuses = answer_statuses(db, [s.id for s in data.current.values()])
    key = unlock if isinstance(unlock, Ed25519PrivateKey) else load_signing_key(keys_folder, unlock)
    pack, summary = build_pack(
        data, catalogue, statuses, organisation_name=_organisation_name(db),
        organisation_fingerprint=fingerprint(key.public_key()), threshold=threshold,
    )  # fmt: skip
    write_whole(out, write_pack(pack, key), 0o600)
    return BenchmarkWritten(pack, out, summary)
