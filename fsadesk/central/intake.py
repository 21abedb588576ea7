"""Taking in members' bundles: `fsadesk central import`, and (later) dropping files on the window.

For each file: read it (the user's file is opened read-only, never moved or changed), decrypt it
when age-encrypted, verify it against the registered key of the institution it names
(fsadesk.central.submissions decides which keys count), check it against the campaign, recompute
every score from the raw answers, then store it in ONE transaction: a crash or kill leaves each
bundle fully stored or not at all, and running the batch again completes it. A rejected file is
copied to the quarantine folder with a reason file beside it (fsadesk.central.quarantine); the
rest of the batch goes on. Accepted submissions get a signed receipt, kept in the database and
written to the outbox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from fsadesk.catalogue import Catalogue
from fsadesk.central.intake_checks import (
    IntakeRefusal,
    UnlockOnce,
    check_sense,
    created_of,
    is_late,
    open_envelope,
    read_file,
    read_manifest,
    recompute,
)
from fsadesk.central.intake_types import (
    FileOutcome,
    IntakeStatus,
    Progress,
    ReasonKind,
    Unlock,
    UnlockedOrganisation,
)
from fsadesk.central.quarantine import quarantine_copy
from fsadesk.central.receipt import SUFFIX as RECEIPT_SUFFIX
from fsadesk.central.receipt import ReceiptFlag
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.central.store.models import CampaignRow
from fsadesk.central.submissions import Stored, ToStore, check_signer, find_campaign, held, retrying, store
from fsadesk.files import write_private_file

__all__ = [
    "FileOutcome", "IntakeStatus", "ReasonKind", "UnknownCampaign", "UnlockedOrganisation", "check_campaign",
    "expand_paths", "import_files",
]  # fmt: skip


class UnknownCampaign(CentralError):
    kind = "unknown_campaign"


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder's files (not its sub-folders, not hidden files), sorted by name."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if not p.name.startswith(".") and not p.is_dir()))
        else:
            out.append(path)
    return out


def check_campaign(db: CentralDatabase, campaign_id: str) -> None:
    """UnknownCampaign unless the database holds this campaign (said before a batch starts)."""
    with db.reading() as session:
        if find_campaign(session, campaign_id) is None:
            raise UnknownCampaign(
                f"There is no campaign {campaign_id!r} in {db.shown}; `fsadesk central campaign list` shows them."
            )


def import_files(
    db: CentralDatabase,
    paths: Sequence[Path],
    *,
    catalogue_for: Callable[[str], Catalogue | None],
    unlock: Unlock | None = None,
    campaign_id: str | None = None,
    quarantine: Path | None = None,
    outbox: Path | None = None,
    imported_by: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: Callable[[], dt.datetime] | None = None,
) -> list[FileOutcome]:
    """Import files (folders are expanded: expand_paths) one transaction each, in order; return one
    outcome per file handled (fewer than given when `cancelled` turned true: the rest untouched).

    catalogue_for(digest) gives the catalogue a bundle names, or None when this fsadesk does not
    know it. unlock() gives the organisation's unlocked keys; it is called at most once per batch,
    at the first file read that far (a wrong passphrase raises there and stops the batch; the files
    before it stay imported). Without unlock, encrypted files are rejected and no receipts are made;
    with it, each accepted submission to a campaign gets its receipt (kept with the submission, and
    written to outbox/<institution>/ when `outbox` is given). campaign_id: the bundles must be for
    that campaign's cycle and catalogue (UnknownCampaign if it is not in the database), and are
    flagged late after its deadline."""
    files = expand_paths(paths)
    if campaign_id is not None:
        check_campaign(db, campaign_id)
    keys = UnlockOnce(unlock)
    clock = now or (lambda: dt.datetime.now(dt.UTC))
    outcomes: list[FileOutcome] = []
    for path in files:
        if cancelled is not None and cancelled():
            break
        outcome, receipt = _import_one(db, path, catalogue_for, keys, campaign_id, imported_by, clock)
        if outcome.status is IntakeStatus.REJECTED and quarantine is not None:
            outcome = quarantine_copy(outcome, quarantine, clock())
        elif receipt is not None and outbox is not None:
            outcome = _write_receipt(outcome, receipt, outbox)
        outcomes.append(outcome)
        if progress is not None:
            progress(len(outcomes), len(files), outcome)
    return outcomes


def _catalogue_of(
    name: str, manifest: dict[str, Any], campaign: CampaignRow | None, catalogue_for: Callable[[str], Catalogue | None]
) -> Catalogue:
    """The catalogue the bundle was answered against, once it is the campaign's cycle and catalogue."""
    cycle, ref = manifest["cycle"], manifest["catalogue"]
    if campaign is not None:
        if (cycle["label"], cycle["fiscal_year"]) != (campaign.cycle_label, campaign.fiscal_year):
            raise IntakeRefusal(
                ReasonKind.WRONG_CAMPAIGN,
                f"{name} is for {cycle['label']} (fiscal year {cycle['fiscal_year']}), not for the "
                f"campaign's {campaign.cycle_label} (fiscal year {campaign.fiscal_year}).",
            )
        if ref["digest"] != campaign.catalogue_digest:
            raise IntakeRefusal(
                ReasonKind.CATALOGUE_MISMATCH,
                f"{name} was answered against catalogue {ref['version']}, not the campaign's "
                f"{campaign.catalogue_version}: the member's fsadesk and the campaign must use the same version "
                "(an older or a newer fsadesk than the campaign's); check the member's, then ask for a new export.",
            )
    catalogue = catalogue_for(str(ref["digest"]))
    if catalogue is None:
        raise IntakeRefusal(
            ReasonKind.CATALOGUE_MISMATCH,
            f"{name} was answered against a catalogue this fsadesk does not know ({ref['id']} {ref['version']}).",
        )
    return catalogue


def _import_one(
    db: CentralDatabase,
    path: Path,
    catalogue_for: Callable[[str], Catalogue | None],
    keys: UnlockOnce,
    campaign_id: str | None,
    imported_by: str,
    clock: Callable[[], dt.datetime],
) -> tuple[FileOutcome, bytes | None]:
    """The file's outcome, and the receipt signed for it (None when none was made)."""
    try:
        received = open_envelope(path, read_file(path), keys)
        contents, manifest = read_manifest(path, received.bundle)
        if keys.unlocked is None and keys.wanted:
            keys()  # receipts are signed inside the transaction: unlock before it begins

        def action(session: Session) -> Stored:
            existing = held(session, received.bundle_sha256)
            if existing is not None:
                return Stored(IntakeStatus.ALREADY_IMPORTED, existing.id, existing.institution_id)
            member, verified = check_signer(session, path.name, contents, manifest)
            try:
                check_sense(path.name, verified)
                campaign = find_campaign(session, campaign_id) if campaign_id is not None else None
                catalogue = _catalogue_of(path.name, manifest, campaign, catalogue_for)
                scored = recompute(path, verified, catalogue)
            except IntakeRefusal as refusal:  # from a verified member: say whose file it is
                raise refusal.from_member(member.institution_id) from None
            flags = list(scored.flags)
            if campaign is not None and is_late(created_of(manifest), dt.date.fromisoformat(campaign.deadline)):
                flags.append(ReceiptFlag.LATE)
            unlocked = keys.unlocked
            item = ToStore(path.name, received, verified, member, campaign, scored, tuple(flags))
            return store(
                session, item, now=clock(), imported_by=imported_by,
                signing_key=unlocked.signing_key if unlocked is not None else None,
            )  # fmt: skip

        stored = retrying(db, action)
    except IntakeRefusal as refusal:
        return FileOutcome(
            path, IntakeStatus.REJECTED, str(refusal), refusal.kind, institution_id=refusal.institution_id
        ), None
    outcome = FileOutcome(
        path,
        stored.status,
        _words(stored),
        submission_id=stored.submission_id,
        institution_id=stored.institution_id,
        flags=stored.flags,
        replaced_id=stored.replaced_id,
    )
    return outcome, stored.receipt


_FLAG_WORDS = {
    ReceiptFlag.SCORES_DIFFER: "the scores it carries differ from those recomputed from its answers",
    ReceiptFlag.OTHER_ENGINE_VERSION: "it was scored by another version of the scoring engine",
    ReceiptFlag.LATE: "it was made after the campaign's deadline",
}


def _words(stored: Stored) -> str:
    if stored.status is IntakeStatus.ALREADY_IMPORTED:
        return f"This bundle is already held (submission {stored.submission_id}); nothing was added."
    if stored.status is IntakeStatus.OLDER_THAN_HELD:
        return "Older than the submission held for this cycle: kept in the history, not made current."
    text = "Accepted"
    if stored.flags:
        text += ", flagged: " + "; ".join(_FLAG_WORDS[f] for f in stored.flags)
    if stored.replaced_id is not None:
        text += f". It replaces submission {stored.replaced_id} (kept in the history)"
    return text + "."


def _write_receipt(outcome: FileOutcome, receipt: bytes, outbox: Path) -> FileOutcome:
    """The receipt just stored with the submission (taken from the transaction that stored it,
    not read back: that read cost a second transaction per bundle), written to
    outbox/<institution>/<file>.fsar. A write that fails is said in the outcome; the receipt stays
    retrievable from the database."""
    if outcome.status not in (IntakeStatus.ACCEPTED, IntakeStatus.ACCEPTED_WITH_FLAGS):
        return outcome
    if outcome.institution_id is None:
        return outcome
    target = outbox / outcome.institution_id / (outcome.path.stem + RECEIPT_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_private_file(target, receipt)
    except OSError as exc:
        return replace(outcome, receipt_error=f"The receipt could not be written to {target} ({exc.strerror or exc}).")
    return replace(outcome, receipt_path=target)
