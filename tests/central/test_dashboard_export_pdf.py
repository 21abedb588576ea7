"""The board summary PDF (`fsadesk central report --format pdf`), on SQLite and PostgreSQL: its
text (pdftotext) holds the organisation, the counts and the members by name, in Japanese with
--language ja; the Japanese font is embedded; with many members the heatmap spans pages and its
header is on each."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.export_run import write_export
from fsadesk.central.dashboard.snapshot import load_campaign
from fsadesk.cli import run
from tests.central.dashboard_export_support import ORGANISATION, STATES_2026, below, gaps
from tests.central.dashboard_support import World, build_world
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    make_org,
)


@pytest.fixture
def world(central_target: str, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> Iterator[World]:
    org = make_org(central_target, tmp_path)
    yield build_world(org, base, catalogue, tmp_path)
    org.db.close()


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def test_the_summary_reads_in_japanese_with_counts_and_members(
    central_target: str, world: World, tmp_path: Path
) -> None:
    """Cover, counts, members to follow up, heatmap, members below the threshold and open gaps."""
    out = tmp_path / "board.pdf"
    said = io.StringIO()
    code = run(["central", "report", "--db", central_target, "--format", "pdf", "--out", str(out),
                "--language", "ja", "--threshold", "60"], said)  # fmt: skip
    assert code == 0 and said.getvalue() == f"Wrote {out}\n"
    assert os.stat(out).st_mode & 0o777 == 0o600
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "IPAexGothic" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    text = pages(out)
    cover = text[0]
    assert "自己評価の集計報告" in cover and ORGANISATION in cover and "fy2026 2026年度 自己評価" in cover
    assert re.search(r"基準の実施率\s+60%", cover) and re.search(r"提出期限\s+2027/06/30", cover)
    counts = re.search(r"対象の会員\s+受付済み\s+注記つきで受付\s+期限後に提出\s+未提出\s*\n\s*(.+)", cover)
    assert counts is not None
    expected = [5, *(list(STATES_2026.values()).count(s) for s in ("received", "flagged", "late", "missing"))]
    assert [int(n) for n in counts.group(1).split()] == expected
    body = "\n".join(text[1:])
    assert re.search(r"E-0005\s+E-0005 信用組合\s+金融商品取引業者等\s+未提出", body)
    assert re.search(r"D-0004\s+D-0004 信用組合\s+保険会社\s+期限後に提出", body)
    assert all(f"{n} / {len(text)} ページ" in page for n, page in enumerate(text[1:], start=2))
    assert "分野別の実施率" in body and "グループ別の統計" in body
    below_section = body[body.index("基準を下回り続ける会員") :]
    for iid, _ in below(world, 0.6):
        assert iid in below_section
    gap_section = body[body.rindex("対応未定の不足") :]
    for iid, n in gaps(world, "fy2026").items():
        assert re.search(rf"{iid}\s+{iid} 信用組合\s+\S+\s+{n}\s", gap_section)


@pytest.mark.slow
def test_a_long_heatmap_repeats_its_header_on_every_page(
    central_target: str, world: World, catalogue: Catalogue, tmp_path: Path
) -> None:
    """90 members (the world's four submissions, each copied under new ids): the heatmap spans
    pages, each starting with the header, and every member is in it (English)."""
    data = load_campaign(world.org.db)
    members, current = [], {}
    for n in range(90):
        m = data.members[n % 4]  # A-0001 … D-0004 all submitted
        copy = dataclasses.replace(m, id=10_000 + n, institution_id=f"X-{n:04d}", name=f"Member {n:04d}")
        members.append(copy)
        current[copy.id] = dataclasses.replace(data.current[m.id], member_id=copy.id)
    many = dataclasses.replace(data, members=tuple(members), current=current, history={})
    out = tmp_path / "many.pdf"
    write_export(many, catalogue, "pdf", out, lang="en", organisation=ORGANISATION)
    text = pages(out)
    spanned = [p for p in text if "Institution ID / Name" in p]
    assert len(spanned) >= 3  # the heatmap's pages, each with its header
    found = {m for p in spanned for m in re.findall(r"Member (\d{4})", p)}
    assert found == {f"{n:04d}" for n in range(90)}
    assert "Rates by domain" in spanned[0]
