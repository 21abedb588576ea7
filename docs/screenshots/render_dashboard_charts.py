"""Gallery: the central dashboard's chart views (weakest items, peer groups, trends) at 1366×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_dashboard_charts.py

run by itself builds a small central organisation in a temporary folder — twelve members of three
categories and three size bands, three campaigns, real signed bundles of the demo workspace's
cycle with seeded answers taken in by the real intake — and writes
central-dashboard-{weakest,peers,trends}-{ja,en}.png next to this file. `shoot_dashboard_charts`
does the same for a world another script built (docs/screenshots/render.py's central set-up).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
SIZE = (1366, 768)  # the laptop screen offices have (issue #11 makes every screen fit it)
PASSPHRASE = "gallery passphrase 2026"
# A stand-in report: the gallery shows the dashboard, not the members' PDFs.
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str, lang: str, out: Path) -> Path:
    widget.resize(*SIZE)
    widget.show()
    settle(app)
    path = out / f"{name}-{lang}.png"
    widget.grab().save(str(path))
    widget.hide()
    print("wrote", path)
    return path


def shoot_dashboard_charts(
    app: QApplication, db: object, catalogue: object, manager: object, lang: str, out: Path = HERE
) -> list[Path]:
    """The three chart views of the newest campaign in `lang` (the manager already set to it)."""
    from fsadesk.central.dashboard.snapshot import load_campaign
    from fsadesk.ui.central.dashboard.peers_view import PeersView
    from fsadesk.ui.central.dashboard.trends_view import TrendsView
    from fsadesk.ui.central.dashboard.weakest_view import WeakestView

    data = load_campaign(db)  # type: ignore[arg-type]
    weakest = WeakestView(catalogue, manager)  # type: ignore[arg-type]
    weakest.set_data(data, "basic")
    weakest.tier_label.setVisible(False)  # as in the dashboard, where the frame's tier choice applies
    weakest.tier.setVisible(False)
    peers = PeersView(catalogue, manager)  # type: ignore[arg-type]
    peers.set_data(data, "basic")
    peers.grouping.setCurrentIndex(2)  # by size band: three boxes in each domain
    trends = TrendsView(catalogue, manager)  # type: ignore[arg-type]
    trends.set_data(data, "basic")
    trends.grouping.setCurrentIndex(1)  # by category
    trends.domain.setCurrentIndex(5)  # 2.6 Third parties, where the gallery's members are weakest
    shots = [
        shoot(app, weakest, "central-dashboard-weakest", lang, out),
        shoot(app, peers, "central-dashboard-peers", lang, out),
        shoot(app, trends, "central-dashboard-trends", lang, out),
    ]
    for view in (weakest, peers, trends):
        view.deleteLater()
    return shots


# --- a world of its own --------------------------------------------------------------------

MEMBERS = (  # institution id, name, category, size band, how far along (0…1)
    ("SK-0101", "みなと信用組合", "regional", "small", 0.35),
    ("SK-0102", "やまなみ信用組合", "regional", "medium", 0.55),
    ("SK-0103", "はまかぜ信用組合", "regional", "large", 0.7),
    ("SK-0104", "さくら通信信用組合", "regional", "small", 0.45),
    ("SK-0105", "すみれ信用組合", "regional", "medium", 0.6),
    ("JA-0201", "あおば農業協同組合", "ja_jf", "small", 0.3),
    ("JA-0202", "みのり農業協同組合", "ja_jf", "medium", 0.5),
    ("JA-0203", "しおさい漁業協同組合", "ja_jf", "small", 0.25),
    ("JA-0204", "たわわ農業協同組合", "ja_jf", "large", 0.65),
    ("SC-0301", "ひかり証券", "securities", "medium", 0.6),
    ("SC-0302", "こだま証券", "securities", "large", 0.75),
    ("SC-0303", "ともしび証券", "securities", "small", 0.4),
)
YEARS = (2024, 2025, 2026)
WEAK_DOMAINS = {"2.4": 0.25, "2.6": 0.15}  # where these members are weaker than elsewhere


def build_world(folder: Path, demo: Path, catalogue: object) -> object:
    """A central database with MEMBERS enrolled and three campaigns of submissions (a few missing)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.app.export import read_record
    from fsadesk.assessment.answers import Answer, Status
    from fsadesk.assessment.profile import Scope, SizeBand
    from fsadesk.assessment.scope import applicable_items
    from fsadesk.bundle.build import bundle_bytes
    from fsadesk.bundle.keys import write_enrolment
    from fsadesk.catalogue import Catalogue
    from fsadesk.central.campaigns import create_campaign
    from fsadesk.central.intake import import_files
    from fsadesk.central.intake_types import UnlockedOrganisation
    from fsadesk.central.keys import load_age_identity, load_signing_key
    from fsadesk.central.members import accept_enrolment, edit_member, read_enrolment
    from fsadesk.central.setup import init_central
    from fsadesk.store import open_workspace

    assert isinstance(catalogue, Catalogue)
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        base = read_record(ws, catalogue, cycle.id)
    keys = folder / "keys"
    db = init_central(folder / "central.sqlite", "東海信用組合協会", keys, PASSPHRASE)

    def unlock() -> UnlockedOrganisation:
        return UnlockedOrganisation(load_age_identity(keys, PASSPHRASE), load_signing_key(keys, PASSPHRASE))

    members = {}
    (folder / "enrolments").mkdir()
    for iid, name, category, size, level in MEMBERS:
        profile = dataclasses.replace(base.profile, institution_id=iid, name=name, category=category,
                                      size_band=SizeBand(size), scope=Scope.BASIC, applicability={})  # fmt: skip
        key = Ed25519PrivateKey.generate()
        path = folder / "enrolments" / f"{iid}.json"
        write_enrolment(path, profile, key.public_key())
        accept_enrolment(db, read_enrolment(path), confirmed_by="gallery")
        edit_member(db, iid, size_band=size)
        members[iid] = (profile, key, level)
    rng = random.Random(2026)
    for n, year in enumerate(YEARS):
        label = f"{year}年度"
        create_campaign(db, signing_key=unlock().signing_key, title=f"{label} 自己評価", cycle_label=label,
                        fiscal_year=year, deadline=dt.date(year + 1, 6, 30), catalogue=catalogue,
                        campaign_id=f"fy{year}")  # fmt: skip
        inbox = folder / f"inbox-{year}"
        inbox.mkdir()
        files = []
        for iid, (profile, key, level) in members.items():
            if (n, iid) in {(0, "SK-0104"), (1, "JA-0203"), (2, "SC-0303")}:
                continue  # a member that did not submit that year
            answers = {}
            for item in applicable_items(catalogue, profile):
                p = level + 0.08 * n - WEAK_DOMAINS.get(catalogue.domain_of(item.node), 0.0)
                roll = rng.random()
                status = Status.NOT_IMPLEMENTED if roll >= p + 0.15 else Status.PARTIAL
                status = Status.IMPLEMENTED if roll < p else status
                answers[item.id] = Answer(item.id, status)
            cycle = dataclasses.replace(base.cycle, label=label, fiscal_year=year)
            record = dataclasses.replace(base, profile=profile, answers=answers, cycle=cycle)
            created = dt.datetime(year + 1, 6, 1, 9, tzinfo=dt.UTC)
            data, _ = bundle_bytes(record, catalogue, key, report_pdf=PDF, include_notes=False, created=created)
            files.append(inbox / f"{iid}-{year}.fsab")
            files[-1].write_bytes(data)
        import_files(db, files, catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
                     unlock=unlock, campaign_id=f"fy{year}")  # fmt: skip
    return db


def main() -> None:
    app = QApplication(sys.argv)
    from fsadesk.catalogue import load_catalogue
    from fsadesk.cli import run
    from fsadesk.ui.app import load_japanese_font
    from fsadesk.ui.i18n import LanguageManager

    load_japanese_font(app)
    catalogue = load_catalogue()
    manager = LanguageManager(app, "ja")
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        run(["demo", str(demo)])
        db = build_world(Path(tmp), demo, catalogue)
        for lang in ("ja", "en"):
            manager.set_language(lang)  # type: ignore[arg-type]
            settle(app)
            shoot_dashboard_charts(app, db, catalogue, manager, lang, Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
        db.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
