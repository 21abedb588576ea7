"""Gallery: the central dashboard's status, heatmap, drill-down and open gaps (render.py central).

`add_members` gives render.py's central organisation more members: institutions planned by
`fsadesk.central.simulate_members` (category, size band, answers with notes and plans, from a seed),
each enrolled and sending a real signed bundle of the campaign's cycle, taken in by the real intake
— most on time, one after the deadline, two not at all — so the dashboard has figures to show.
`shoot_dashboard` then photographs the Dashboard tab of the central window at 1366×768.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

PDF = b"%PDF-1.7\n%%EOF\n"  # the intake checks the report's hash, not its pages
SEED = 7
SENDING, SILENT = 7, 2  # members that submit, members that do not (yet)


def add_members(db: object, folder: Path, member: Path, catalogue: object, passphrase: str) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.app.export import read_record
    from fsadesk.bundle.build import bundle_bytes
    from fsadesk.bundle.keys import write_enrolment
    from fsadesk.catalogue.history import by_digest
    from fsadesk.central.campaigns import list_campaigns
    from fsadesk.central.intake import import_files
    from fsadesk.central.intake_types import UnlockedOrganisation
    from fsadesk.central.keys import load_age_identity, load_signing_key
    from fsadesk.central.members import accept_enrolment, edit_member, read_enrolment
    from fsadesk.central.simulate_members import plan_members
    from fsadesk.store import open_workspace

    with open_workspace(member) as ws:
        cycle = ws.cycles.all()[0]  # the demo's 2026年度, which the campaign asks for
        base = read_record(ws, catalogue, cycle.id)  # type: ignore[arg-type]
    campaign = list_campaigns(db)[-1]  # type: ignore[arg-type]
    keys = folder / "keys"
    unlocked = UnlockedOrganisation(load_age_identity(keys, passphrase), load_signing_key(keys, passphrase))
    out = folder / "dashboard-members"
    out.mkdir()
    files = []
    plans = plan_members(catalogue, SEED, SENDING + SILENT, campaign.fiscal_year)  # type: ignore[arg-type]
    for n, plan in enumerate(plans):
        key = Ed25519PrivateKey.generate()
        enrolment = out / f"{plan.profile.institution_id}.json"
        write_enrolment(enrolment, plan.profile, key.public_key())
        accept_enrolment(db, read_enrolment(enrolment), confirmed_by="gallery")  # type: ignore[arg-type]
        edit_member(db, plan.profile.institution_id, size_band=plan.profile.size_band.value)  # type: ignore[arg-type]
        if n >= SENDING:
            continue  # enrolled, not submitted yet: missing
        record = dataclasses.replace(base, profile=plan.profile, answers={a.item_id: a for a in plan.answers})
        late = n == SENDING - 1
        made = dt.datetime.combine(campaign.deadline, dt.time(9), dt.UTC) + dt.timedelta(days=5 if late else -20 + n)
        data, _ = bundle_bytes(record, catalogue, key, report_pdf=PDF, include_notes=plan.include_notes, created=made)  # type: ignore[arg-type]
        path = out / f"{plan.profile.institution_id}.fsab"
        path.write_bytes(data)
        files.append(path)
    import_files(db, files, catalogue_for=by_digest(catalogue), unlock=lambda: unlocked,  # type: ignore[arg-type]
                 campaign_id=campaign.campaign_id)  # fmt: skip


def shoot_dashboard(app: QApplication, window: QWidget, lang: str, shoot: Callable[..., None]) -> None:
    """The Dashboard tab's status, heatmap and open gaps, and one member's answers for a domain."""
    from fsadesk.ui.central.dashboard.heatmap_model import FIXED

    dashboard = window.dashboard  # type: ignore[attr-defined]
    loaded: list[bool] = []
    dashboard.loaded.connect(lambda: loaded.append(True))
    window.tabs.setCurrentWidget(dashboard)  # type: ignore[attr-defined]
    window.show()
    deadline = time.monotonic() + 60
    while not loaded and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    assert loaded, "the dashboard did not load"
    dashboard.views.setCurrentWidget(dashboard.status)
    shoot(app, window, "central-dashboard-status", lang)
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    shoot(app, window, "central-dashboard-heatmap", lang)
    table = dashboard.heatmap.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == "SIM-0002")
    table.setCurrentIndex(table.model().index(row, FIXED))  # a member that shared its notes
    model = dashboard.heatmap.model
    source = dashboard.heatmap.source_index(row, FIXED)
    dashboard.drill_down(model.member(source.row()), model.domain(FIXED))
    shoot(app, dashboard.drill_dialog, "central-dashboard-drilldown", lang, (1100, 620))  # type: ignore[call-arg]
    dashboard.drill_dialog.reject()
    dashboard.views.setCurrentWidget(dashboard.gaps)
    dashboard.gaps.tree.topLevelItem(0).setExpanded(True)
    shoot(app, window, "central-dashboard-gaps", lang)
