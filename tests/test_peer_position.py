"""Where a member stands against its peer group (assessment.peer_position): the band at and
between each boundary, the group used when the member's category or size band is not published,
suppressed cells, and the items where most peers are ahead listed first."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.benchmark import ALL_GROUP
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.peer_position import band_of, position
from fsadesk.assessment.peer_words import (
    band_name,
    group_sentence,
    no_group_sentence,
    not_published,
    source_sentence,
)
from fsadesk.assessment.profile import Scope
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue
from tests.peer_support import (
    another_catalogue,
    answers_by_pattern,
    figures,
    group,
    item_figures,
    own_rates,
    pack_of,
    record_of,
    suppressed,
)

QUARTILES = figures(q1=0.40, median=0.55, q3=0.70, mean=0.56)


@pytest.mark.parametrize(
    ("rate", "band"),
    [
        (0.00, "below_q1"),
        (0.39, "below_q1"),
        (0.394, "below_q1"),  # shown as 39%
        (0.395, "q1_to_median"),  # shown as 40%, the lower quartile itself: not below it
        (0.40, "q1_to_median"),
        (0.47, "q1_to_median"),
        (0.549, "median_to_q3"),  # shown as 55%: on the median counts as reaching it
        (0.55, "median_to_q3"),
        (0.62, "median_to_q3"),
        (0.70, "median_to_q3"),  # on the upper quartile is not above it
        (0.704, "median_to_q3"),
        (0.705, "above_q3"),  # shown as 71%
        (1.00, "above_q3"),
    ],
)
def test_band_at_and_between_the_boundaries(rate: float, band: str) -> None:
    """Below Q1 and above Q3 mean strictly outside, compared in the whole percents the member reads."""
    assert band_of(rate, QUARTILES) == band


def test_band_when_every_peer_has_the_same_rate() -> None:
    """All peers at 100% and the member at 100%: not above anyone, not below anyone."""
    same = figures(1.0, 1.0, 1.0, 1.0)
    assert band_of(1.0, same) == "median_to_q3"
    assert band_of(0.99, same) == "below_q1"


def _expected_band(own: float, q1: float, median: float, q3: float) -> str:
    """The rule written out on whole percents, independently of band_of."""
    o, a, m, b = (math.floor(v * 100 + 0.5 + 1e-9) for v in (own, q1, median, q3))  # half up
    return "below_q1" if o < a else "q1_to_median" if o < m else "median_to_q3" if o <= b else "above_q3"


def test_position_in_the_members_category(catalogue: Catalogue) -> None:
    """The member's own rates (worked out here from its answers) against its category's figures."""
    answers = answers_by_pattern(catalogue)
    cells = {
        "2.1": figures(0.10, 0.20, 0.30, 0.21),
        "2.2": figures(0.90, 0.95, 0.99, 0.94),
        "2.3": figures(0.30, 0.50, 0.80, 0.52),
        "2.4": None,  # suppressed: fewer than the threshold had a rate here
    }
    pack = pack_of(
        catalogue,
        group("all", ALL_GROUP, catalogue, members=40),
        group("category", "regional", catalogue, members=9, rates=cells),
    )
    pos = position(pack, record_of(catalogue, answers), catalogue)
    assert pos is not None
    assert (pos.group.grouping, pos.group.name, pos.reason) == ("category", "regional", "category")
    basic = {d.domain: d for d in pos.tier("basic")}
    desirable = {d.domain: d for d in pos.tier("desirable")}
    expected = own_rates(catalogue, answers, "basic")
    assert set(basic) == set(expected) == {"2.1", "2.2", "2.3", "2.4", "2.5", "2.6"}
    for number, own in expected.items():
        assert basic[number].own == pytest.approx(own)
    assert basic["2.1"].band == "above_q3" and basic["2.2"].band == "below_q1"
    f = cells["2.3"]
    assert f is not None and basic["2.3"].band == _expected_band(expected["2.3"], f.q1, f.median, f.q3)
    assert basic["2.4"].figures is None and basic["2.4"].band is None and basic["2.4"].own is not None
    for number, own in own_rates(catalogue, answers, "desirable").items():
        assert desirable[number].own == pytest.approx(own)


def test_no_desirable_rows_for_a_basic_only_member(catalogue: Catalogue) -> None:
    profile = replace(DEMO_PROFILE, scope=Scope.BASIC)
    answers = answers_by_pattern(catalogue, profile)
    pack = pack_of(catalogue, group("category", "regional", catalogue))
    pos = position(pack, record_of(catalogue, answers, profile), catalogue)
    assert pos is not None and {d.tier for d in pos.domains} == {"basic"}


def test_category_suppressed_falls_back_to_the_size_band(catalogue: Catalogue) -> None:
    pack = pack_of(
        catalogue,
        group("all", ALL_GROUP, catalogue, members=30),
        suppressed("category", "regional"),
        group("size_band", "small", catalogue, members=12),
    )
    pos = position(pack, record_of(catalogue, answers_by_pattern(catalogue)), catalogue)
    assert pos is not None
    assert (pos.group.grouping, pos.group.name, pos.reason) == ("size_band", "small", "category_suppressed")
    assert group_sentence(pos, catalogue, "en") == (
        "Your category has too few members to publish (fewer than 5), so you are compared with the 12 "
        "members of your size band (Small (up to 100 staff))."
    )
    assert "同じ業態の機関が5未満" in group_sentence(pos, catalogue, "ja")
    assert "12機関" in group_sentence(pos, catalogue, "ja")


def test_category_and_size_band_suppressed_fall_back_to_all_members(catalogue: Catalogue) -> None:
    pack = pack_of(
        catalogue,
        group("all", ALL_GROUP, catalogue, members=7),
        suppressed("category", "regional"),
        suppressed("size_band", "small"),
    )
    pos = position(pack, record_of(catalogue, answers_by_pattern(catalogue)), catalogue)
    assert pos is not None and pos.group.grouping == "all" and pos.reason == "category_and_size_suppressed"
    assert "compared with all 7 members" in group_sentence(pos, catalogue, "en")


def test_category_missing_from_the_pack_counts_as_not_published(catalogue: Catalogue) -> None:
    pack = pack_of(catalogue, group("all", ALL_GROUP, catalogue, members=7), group("size_band", "small", catalogue))
    pos = position(pack, record_of(catalogue, answers_by_pattern(catalogue)), catalogue)
    assert pos is not None and pos.reason == "category_suppressed"


def test_nothing_published_gives_no_position(catalogue: Catalogue) -> None:
    pack = pack_of(catalogue, suppressed("all", ALL_GROUP), suppressed("category", "regional"))
    assert position(pack, record_of(catalogue, answers_by_pattern(catalogue)), catalogue) is None
    said = no_group_sentence(pack.organisation_name, pack.campaign_title, pack.threshold, "en")
    assert said.endswith("publishes no figures: fewer than 5 members took part.") and pack.organisation_name in said
    assert "5未満" in no_group_sentence(pack.organisation_name, pack.campaign_title, pack.threshold, "ja")


def test_items_where_most_peers_are_ahead_come_first(catalogue: Catalogue) -> None:
    """Partial/Not implemented while more than half the peers implement: first, largest share first.
    Exactly half is not "most"; an implemented item is never listed as behind; a suppressed cell
    never counts."""
    basic = [i.id for i in applicable_items(catalogue, DEMO_PROFILE) if i.is_basic]
    a, b, c, d, e, f = basic[:6]
    answers = {
        a: Answer(a, Status.IMPLEMENTED),
        b: Answer(b, Status.PARTIAL),
        c: Answer(c, Status.NOT_IMPLEMENTED),
        d: Answer(d, Status.NOT_IMPLEMENTED),
        e: Answer(e, Status.PARTIAL),
        f: Answer(f, Status.NOT_IMPLEMENTED),
    }
    shares = {
        a: item_figures(0.9),
        b: item_figures(0.6),
        c: item_figures(0.85),
        d: item_figures(0.5),
        e: None,
        f: item_figures(0.2),
    }
    pack = pack_of(catalogue, group("category", "regional", catalogue, items=shares))
    pos = position(pack, record_of(catalogue, answers), catalogue)
    assert pos is not None
    assert [i.item_id for i in pos.ahead] == [c, b]
    assert [i.item_id for i in pos.items[:2]] == [c, b]
    rest = [i.item_id for i in pos.items[2:]]
    assert rest == [x for x in basic if x not in (b, c)]  # then guideline order
    by_id = {i.item_id: i for i in pos.items}
    assert by_id[e].figures is None and by_id[e].peers_implement is None
    assert by_id[basic[10]].status is Status.UNANSWERED and by_id[basic[10]].figures is None


def test_catalogue_differs_when_the_pack_was_built_for_another_edition(catalogue: Catalogue) -> None:
    record = record_of(catalogue, answers_by_pattern(catalogue))
    pack = pack_of(catalogue, group("category", "regional", catalogue))
    same, other = position(pack, record, catalogue), position(another_catalogue(pack), record, catalogue)
    assert same is not None and other is not None
    assert not same.catalogue_differs and other.catalogue_differs


def test_words_for_bands_sources_and_suppressed_cells(catalogue: Catalogue) -> None:
    pack = pack_of(catalogue, group("category", "regional", catalogue, members=9), threshold=7)
    pos = position(pack, record_of(catalogue, answers_by_pattern(catalogue)), catalogue)
    assert pos is not None
    assert band_name("below_q1", "en") == "below the lower quartile"
    assert band_name("above_q3", "ja") == "上位25%の水準を上回る"
    assert band_name(None, "en") == "—"
    assert not_published(7, "en") == "not published (fewer than 7)"
    assert not_published(7, "ja") == "公表なし（7機関未満）"
    assert "2027/07/15" in source_sentence(pos, "ja") and "2027-07-15" in source_sentence(pos, "en")
    assert group_sentence(pos, catalogue, "ja") == "同じ業態（中小・地域金融機関）の9機関と比べています。"
