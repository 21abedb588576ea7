"""Synthetic members for tests, demos and benchmarks: `fsadesk central simulate`.

Each member planned by fsadesk.central.simulate_members becomes what a real member would send:

    a real workspace (fsadesk.app.onboarding, its answers in one transaction, sign-offs through
    fsadesk.app.cycles.finalise) → its own Ed25519 key → its enrolment file (the same writer as
    `fsadesk key export-public`) → a signed bundle through the real export (fsadesk.app.export)

written to OUT/enrolments/, OUT/bundles/ and OUT/members.json (the attributes a central
organisation would type in: category, size band, region; and what each member was made to be).
Names and answers follow from the seed; the keys are random, so the bundles' bytes differ between
runs. The workspaces go to a temporary folder unless `keep_workspaces`; then each key is also
stored encrypted in its workspace (`passphrase`), as the app stores it.

The real PDF report takes most of the time (about 1 s a member); `fast_report` draws a small but
real plain PDF instead, for tests and benchmarks. The bundle still verifies: the signature
covers whatever report is inside.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.app.cycles import check_new_cycle
from fsadesk.app.export import Renderer, export_cycle, export_file_name, render_pdf
from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue.model import Catalogue
from fsadesk.central.simulate_members import MemberPlan, plan_members
from fsadesk.central.store.errors import CentralError
from fsadesk.lang import Lang
from fsadesk.limits import SIMULATED_MEMBERS_MAX
from fsadesk.shown import shown_path
from fsadesk.store.workspace import Workspace

BUNDLES, ENROLMENTS, WORKSPACES, MEMBER_LIST = "bundles", "enrolments", "workspaces", "members.json"
MEMBER_LIST_TYPE = "fsadesk-simulated-members"
BY = "simulate"  # who the workspaces' history names as the author of the answers


class SimulateRefused(CentralError):
    """The output folder or an argument cannot be used; nothing was written."""

    kind = "simulate_refused"


@dataclass(frozen=True)
class SimulatedMember:
    plan: MemberPlan
    fingerprint: str
    enrolment: Path
    bundles: tuple[Path, ...]  # the first export, then a resubmission when there is one


@dataclass
class Simulation:
    out: Path
    members: list[SimulatedMember] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def bundles(self) -> list[Path]:
        return [b for m in self.members for b in m.bundles]


def fast_report(
    record: CycleRecord, catalogue: Catalogue, lang: Lang, key_fingerprint: str, progress: Any, warnings: list[Any]
) -> bytes:
    """A plain PDF for tests and benchmarks only (the real report is fsadesk.app.export.render_pdf):
    the institution, the cycle, then each item's title, requirement and answer, drawn line by line
    without the real report's layout. It embeds the font for the same catalogue text as the real
    report, so its size is of the same order (about 250 KB), in a small part of the time."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from fsadesk.report.pdf_fonts import register_main

    font, width, top, step = register_main(), 62, 800, 10
    lines = [
        record.profile.name,
        f"{record.cycle.label} · {len(record.answers)} / {len(catalogue.item_ids())}",
        "簡易レポート（テスト・ベンチマーク用） / fast report for tests and benchmarks",
        f"署名鍵 / key {key_fingerprint}",
    ]
    for item in catalogue.items:
        answer = record.answers.get(item.id)
        lines.append(f"{item.id} {item.title.ja} — {answer.status.value if answer else '-'}")
        text = item.requirement.ja
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    buffer = io.BytesIO()
    page = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    page.setTitle(f"{record.profile.name} {record.cycle.label}")
    per_page = (top - 40) // step
    for start in range(0, len(lines), per_page):  # one text object a page: far quicker than a call a line
        text = page.beginText(40, top)
        text.setFont(font, 8, leading=step)
        text.textLines(lines[start : start + per_page])
        page.drawText(text)
        page.showPage()
    page.save()
    return buffer.getvalue()


def check_output_folder(out: Path) -> None:
    """OUT must be a new or empty folder, so no earlier member's files are mixed in or replaced."""
    if out.exists() and not out.is_dir():
        raise SimulateRefused(f"{shown_path(out)} is a file, not a folder; give a new or empty folder.")
    if out.is_dir() and any(out.iterdir()):
        raise SimulateRefused(f"{shown_path(out)} is not empty; give a new or empty folder.")
    if not out.parent.is_dir():
        raise SimulateRefused(f"The folder {shown_path(out.parent)} does not exist.")


def _new_key(folder: Path, passphrase: str | None) -> Ed25519PrivateKey:
    """The member's own key. Kept workspaces store it encrypted as the app does (about 0.4 s:
    the passphrase's key derivation, twice); otherwise it lives in memory only."""
    if passphrase is None:
        return Ed25519PrivateKey.generate()
    from fsadesk.bundle.keys import generate_signing_key, load_signing_key

    generate_signing_key(folder, passphrase)
    return load_signing_key(folder, passphrase)


def _export(ws: Workspace, catalogue: Catalogue, cycle_id: int, plan: MemberPlan, key: Ed25519PrivateKey,
            path: Path, render: Renderer) -> None:  # fmt: skip
    export_cycle(
        ws, catalogue, cycle_id, lambda: key, lang="ja", include_notes=plan.include_notes, bundle_path=path,
        render=render,
    )  # fmt: skip


def _make_member(
    plan: MemberPlan, folder: Path, catalogue: Catalogue, fiscal_year: int,
    new_key: Callable[[Path], Ed25519PrivateKey], path: Path, render: Renderer,
) -> tuple[int, Ed25519PrivateKey]:  # fmt: skip
    """Set up the member's workspace as the wizard would, answer (one transaction, as a paste
    would), sign off when the plan says so, make its key (after the workspace, as the app does),
    export; return the cycle's id and the key. The workspace stays open throughout: opening it
    again would check its migrations each time."""
    from fsadesk.app.cycles import cycle_readiness, finalise
    from fsadesk.app.onboarding import create_assessment_workspace
    from fsadesk.assessment.finalise_note import FinaliseNote

    ws, cycle = create_assessment_workspace(folder, plan.profile, catalogue, fiscal_year)
    try:
        with ws.unit_of_work() as uow:
            uow.answers.save_many(cycle.id, plan.answers, by=BY)
        if plan.signoffs:
            state = cycle_readiness(ws, catalogue, cycle.id)
            reason = "期限までに対応する計画を理事会で承認済みのため。"
            finalise(
                ws, cycle.id, plan.signoffs, by=BY, note=None if state.is_ready else FinaliseNote.of(state, reason)
            )
        key = new_key(folder)
        _export(ws, catalogue, cycle.id, plan, key, path, render)
    finally:
        ws.close()
    return cycle.id, key


def _resubmit(
    plan: MemberPlan, folder: Path, catalogue: Catalogue, cycle_id: int, key: Ed25519PrivateKey, path: Path,
    render: Renderer,
) -> None:  # fmt: skip
    """A corrected bundle of the same cycle: one answer's notes gain a line, then it is exported again."""
    from fsadesk.app.workspace import open_workspace, save_answer

    answer = plan.answers[0]
    ws = open_workspace(folder)
    try:
        save_answer(ws, cycle_id, dataclasses.replace(answer, notes=answer.notes + "（提出後に追記）"), by=BY)
        _export(ws, catalogue, cycle_id, plan, key, path, render)
    finally:
        ws.close()


def _member_entry(member: SimulatedMember, out: Path) -> dict[str, Any]:
    p = member.plan
    return {
        "institution_id": p.profile.institution_id,
        "name": p.profile.name,
        "kind": p.kind,
        "category": p.profile.category,
        "size_band": p.profile.size_band.value,
        "region": p.region,
        "pattern": p.pattern.value,
        "answers": len(p.answers),
        "finalised": bool(p.signoffs),
        "includes_notes": p.include_notes,
        "fingerprint": member.fingerprint,
        "enrolment": member.enrolment.relative_to(out).as_posix(),
        "bundles": [b.relative_to(out).as_posix() for b in member.bundles],
    }


def simulate(
    out: Path,
    count: int,
    catalogue: Catalogue,
    *,
    seed: int = 1,
    fiscal_year: int = 2026,
    fast: bool = False,
    keep_workspaces: bool = False,
    passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Simulation:
    """Make `count` members in `out` (a new or empty folder). See the module's docstring."""
    from fsadesk.bundle.keys import fingerprint, write_enrolment

    if not 1 <= count <= SIMULATED_MEMBERS_MAX:
        raise SimulateRefused(f"The number of members must be from 1 to {SIMULATED_MEMBERS_MAX:,}.")
    if keep_workspaces and passphrase is None:
        raise SimulateRefused("Kept workspaces need a passphrase for their signing keys.")
    check_output_folder(out)
    started = time.perf_counter()
    render: Renderer = fast_report if fast else render_pdf
    plans = plan_members(catalogue, seed, count, fiscal_year)
    result = Simulation(out)
    for sub in (BUNDLES, ENROLMENTS):
        (out / sub).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fsadesk-simulate-") as tmp:
        home = out / WORKSPACES if keep_workspaces else Path(tmp)
        home.mkdir(exist_ok=True)
        later: list[tuple[int, int, Ed25519PrivateKey]] = []  # (position, cycle id, key)
        label = check_new_cycle(None, fiscal_year)  # the wizard's default label, 2026年度

        def new_key(folder: Path) -> Ed25519PrivateKey:
            return _new_key(folder, passphrase if keep_workspaces else None)

        for plan in plans:
            folder = home / plan.profile.institution_id
            bundle = out / BUNDLES / export_file_name(plan.profile.institution_id, label, fiscal_year, 1, "ja", "fsab")
            cycle_id, key = _make_member(plan, folder, catalogue, fiscal_year, new_key, bundle, render)
            enrolment = out / ENROLMENTS / f"{plan.profile.institution_id}-enrolment.json"
            write_enrolment(enrolment, plan.profile, key.public_key())
            result.members.append(SimulatedMember(plan, fingerprint(key.public_key()), enrolment, (bundle,)))
            if plan.resubmits:
                later.append((len(result.members) - 1, cycle_id, key))
            if progress is not None:
                progress(len(result.members), count)
        if later:
            # A bundle is dated by its last change, to the second: the corrections come after a
            # whole second, so each resubmission is plainly the newer one.
            time.sleep(1.1)
        for position, cycle_id, key in later:
            first = result.members[position]
            again = first.bundles[0].with_name(first.bundles[0].stem + "_resubmitted.fsab")
            folder = home / first.plan.profile.institution_id
            _resubmit(first.plan, folder, catalogue, cycle_id, key, again, render)
            result.members[position] = dataclasses.replace(first, bundles=(*first.bundles, again))
    listing = {
        "type": MEMBER_LIST_TYPE,
        "seed": seed,
        "fiscal_year": fiscal_year,
        "fast_report": fast,
        "members": [_member_entry(m, out) for m in result.members],
    }
    (out / MEMBER_LIST).write_text(json.dumps(listing, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    result.seconds = time.perf_counter() - started
    return result
