"""The board report's "You and your peer group" section (report/pdf_peers.py), read back with
pdftotext as a board member's viewer would: the group used and why, where the figures come from
with the anonymity threshold, each domain's rate against the group's quartiles with the band in
words, and the items where most peers are ahead; a report without a pack has no such section."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from fsadesk.assessment.answers import GAP_STATUSES, Status
from fsadesk.assessment.benchmark import ALL_GROUP, BenchmarkPack
from fsadesk.assessment.demo import DEMO_PROFILE, demo_answers
from fsadesk.assessment.peer_position import position
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue
from fsadesk.lang import Lang
from fsadesk.report.pdf import render_record
from fsadesk.report.pdf_peers import LABELS
from fsadesk.report.pdf_text import LABELS as REPORT_LABELS
from tests.peer_support import figures, group, item_figures, own_rates, pack_of, record_of, suppressed

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"),
    pytest.mark.slow,
]

CELLS = {
    "2.1": figures(0.30, 0.45, 0.60, 0.46),
    "2.2": figures(0.50, 0.62, 0.80, 0.63),
    "2.3": None,  # not published
    "2.4": figures(0.20, 0.35, 0.50, 0.36),
    "2.5": figures(0.55, 0.70, 0.85, 0.69),
    "2.6": figures(0.10, 0.30, 0.42, 0.30),
}
BAND_WORDS = {
    "en": ("below the lower quartile", "between the lower quartile and the median",
           "between the median and the upper quartile", "above the upper quartile"),
    "ja": ("下位25%の水準を下回る", "下位25%の水準と中央値の間", "中央値と上位25%の水準の間", "上位25%の水準を上回る"),
}  # fmt: skip


def _pct(rate: float) -> str:
    return f"{math.floor(rate * 100 + 0.5 + 1e-9)}%"  # half up, as a board member rounds


def _flat(pdf: bytes, tmp: Path) -> str:
    path = tmp / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", text)


def _pack(catalogue: Catalogue) -> BenchmarkPack:
    basic = [i.id for i in catalogue.items if i.is_basic]
    shares = {item_id: item_figures(0.3 + (n % 7) / 10) for n, item_id in enumerate(basic)}  # 30% … 90%
    return pack_of(
        catalogue,
        group("all", ALL_GROUP, catalogue, members=40),
        suppressed("category", "regional"),
        group("size_band", "small", catalogue, members=12, rates=CELLS, items=shares),
        threshold=6,
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_section_holds_the_figures(catalogue: Catalogue, tmp_path: Path, lang: Lang) -> None:
    answers = {a.item_id: a for a in demo_answers(catalogue)}
    record = record_of(catalogue, answers)
    pack = _pack(catalogue)
    text = _flat(render_record(record, catalogue, lang, peers=position(pack, record, catalogue)), tmp_path)

    assert text.count(LABELS["section"][lang].replace(" ", "")) == 2  # the contents and the heading
    said = {
        "en": ["comparedwiththe12membersofyoursizeband", "fewerthan6", "2027-07-15", "Nomemberisnamed"],
        "ja": [
            "同じ規模（小規模（役職員100人以下））の12機関と比べています",
            "6未満",
            "2027/07/15",
            "機関名は含まれません",
        ],
    }[lang]
    for words in said:
        assert words in text
    assert pack.organisation_name in text

    basic = own_rates(catalogue, answers, "basic")
    for node in catalogue.domains():
        name = f"{node.number}{(node.short or node.title).get(lang)}".replace(" ", "")
        own, cell = basic[node.number], CELLS[node.number]
        if cell is None:
            gone = "notpublished(fewerthan6)" if lang == "en" else "公表なし（6機関未満）"
            assert f"{name}{_pct(own)}————{gone}" in text
            continue
        o, q1, m, q3 = (math.floor(v * 100 + 0.5 + 1e-9) for v in (own, cell.q1, cell.median, cell.q3))
        band = BAND_WORDS[lang][0 if o < q1 else 1 if o < m else 2 if o <= q3 else 3].replace(" ", "")
        row = f"{name}{_pct(own)}{_pct(cell.q1)}{_pct(cell.median)}{_pct(cell.q3)}{_pct(cell.mean)}{band}"
        assert row in text, row

    # The items where most peers are ahead: this member's Partial / Not implemented answers whose
    # share of implementing peers is over half, largest share first, each with its share.
    shares = {i.id: 0.3 + (n % 7) / 10 for n, i in enumerate(i for i in catalogue.items if i.is_basic)}
    ahead = [
        i.id
        for i in applicable_items(catalogue, DEMO_PROFILE)
        if i.is_basic and i.id in answers and answers[i.id].status in GAP_STATUSES and shares[i.id] > 0.5
    ]
    ahead.sort(key=lambda item_id: -shares[item_id])  # stable: guideline order within a share
    assert ahead, "the demo answers should leave something to act on"
    # Read by layout, a row to a line: each item's line holds its answer and the share of peers.
    layout = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    part = layout[layout.rfind(LABELS["ahead"][lang]) : layout.rfind(LABELS["every"][lang])]
    rows = [line for line in part.splitlines() if re.search(r"\b2\.\d(?:\.\d+)*-B\d+\b", line)]
    assert [re.search(r"2\.\d(?:\.\d+)*-B\d+", line).group(0) for line in rows] == ahead  # type: ignore[union-attr]
    said_status = {
        Status.PARTIAL: {"ja": "一部実施", "en": "Partially"},
        Status.NOT_IMPLEMENTED: {"ja": "未実施", "en": "Not implemented"},
    }
    for item_id, line in zip(ahead, rows, strict=True):
        assert said_status[answers[item_id].status][lang] in line
        assert line.rstrip().endswith(_pct(shares[item_id]))

    # Then every applicable basic item in the guideline's order, each with the share of peers that
    # implement it (issue #14: "for each item, what share of peers implement it").
    every = [i.id for i in applicable_items(catalogue, DEMO_PROFILE) if i.is_basic]
    part = layout[layout.rfind(LABELS["every"][lang]) : layout.rfind(REPORT_LABELS["results"][lang])]
    rows = [line for line in part.splitlines() if re.search(r"\b2\.\d(?:\.\d+)*-B\d+\b", line)]
    assert [re.search(r"2\.\d(?:\.\d+)*-B\d+", line).group(0) for line in rows] == every  # type: ignore[union-attr]
    for item_id, line in zip(every, rows, strict=True):
        assert line.rstrip().endswith(_pct(shares[item_id])), line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_pack_no_section(catalogue: Catalogue, tmp_path: Path, lang: Lang) -> None:
    record = record_of(catalogue, {a.item_id: a for a in demo_answers(catalogue)})
    text = _flat(render_record(record, catalogue, lang), tmp_path)
    assert LABELS["section"][lang].replace(" ", "") not in text
    assert LABELS["ahead"][lang].replace(" ", "") not in text
    assert LABELS["every"][lang].replace(" ", "") not in text
