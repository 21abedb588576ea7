"""Importing a mixed folder of members' bundles into the central database (issue #12 point 4), on
SQLite and on a real PostgreSQL server: each file gets its status and reason, rejected files are
copied to quarantine with a ja/en reason file, the user's files are never changed, accepted ones
get a signed receipt, and importing the same folder again adds nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

from pyrage import x25519
from sqlalchemy import func, select

from fsadesk.app.export import export_cycle
from fsadesk.assessment.record import CycleRecord
from fsadesk.bundle.encrypt import decrypt_bundle, encrypt_bundle
from fsadesk.catalogue import Catalogue
from fsadesk.central.campaigns import create_campaign
from fsadesk.central.intake import IntakeStatus, ReasonKind, import_files
from fsadesk.central.keys import load_organisation_public
from fsadesk.central.members import revoke_member
from fsadesk.central.receipt import ReceiptFlag, read_receipt_file, verify_receipt
from fsadesk.central.store.models import SubmissionAnswerRow, SubmissionRow
from tests.bundle_support import Demo, RawEntry, members_of, raw_zip, rezip, valid_entries
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    T0,
    Member,
    Org,
    base_fixture,
    bundle,
    catalogue_fixture,
    demo_fixture,
    enrol,
    make_member,
    make_org,
    org_fixture,
    resigned,
    tree_of,
)

MIB = 1024 * 1024
DEADLINE = dt.date(2027, 6, 30)


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


def _mixed_folder(tmp_path: Path, org: Org, demo: Demo, base: CycleRecord, catalogue: Catalogue) -> Path:
    """Every kind of file a central organisation meets; the name says what each one is."""
    inbox, enrolments = tmp_path / "inbox", tmp_path / "enrolments"
    recipient = load_organisation_public(org.keys).age_recipient
    inbox.mkdir()
    a = Member(base.profile.institution_id, demo.private_key, base)  # the demo workspace itself
    enrol(org, a, enrolments)
    with demo.open() as ws:  # the real export: report drawn, bundle signed, file written
        export_cycle(ws, catalogue, demo.cycle_id, lambda: demo.private_key, lang="ja", include_notes=True,
                     bundle_path=inbox / "a1-valid.fsab")  # fmt: skip
    shutil.copyfile(inbox / "a1-valid.fsab", inbox / "a2-duplicate.fsab")

    b = make_member(base, "B-0002")
    enrol(org, b, enrolments)
    _write(inbox, "b1-first.fsab", bundle(b, catalogue, created=T0))
    _write(inbox, "b2-newer.fsab", bundle(b, catalogue, created=T0 + dt.timedelta(days=1)))
    _write(inbox, "b3-replay.fsab", bundle(b, catalogue, created=T0 - dt.timedelta(days=1)))
    good = bundle(b, catalogue, created=T0 + dt.timedelta(days=2))
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0x01
    _write(inbox, "b4-one-byte-changed.fsab", bytes(flipped))
    changed = members_of(good)
    changed["report.pdf"] = changed["report.pdf"].replace(b"%%EOF", b"%%EOX")
    _write(inbox, "b5-tampered.fsab", rezip(changed))  # a consistent zip whose report is not the signed one
    _write(inbox, "b6-wrong-campaign.fsab", bundle(b, catalogue, label="2025年度", fiscal_year=2025))

    _write(inbox, "c-unknown-signer.fsab", bundle(make_member(base, "C-0003"), catalogue))
    e = make_member(base, "E-0005")
    enrol(org, e, enrolments)
    revoke_member(org.db, "E-0005", "会員のPCが盗まれたため")
    _write(inbox, "e-revoked.fsab", bundle(e, catalogue))
    f = make_member(base, "F-0006")
    enrol(org, f, enrolments)
    _write(inbox, "f-signed-by-b.fsab", bundle(f, catalogue, key=b.key))
    g = make_member(base, "G-0007")
    enrol(org, g, enrolments)
    other = dataclasses.replace(catalogue, digest="0" * 64)
    _write(inbox, "g-other-catalogue.fsab", bundle(g, other))
    h = make_member(base, "H-0008")
    enrol(org, h, enrolments)
    _write(inbox, "h-encrypted.fsab", encrypt_bundle(bundle(h, catalogue), [x25519.Recipient.from_str(recipient)]))
    i = make_member(base, "I-0009")
    enrol(org, i, enrolments)
    plain = _write(tmp_path / "plain", "i.fsab", bundle(i, catalogue))
    subprocess.run(["age", "-r", recipient, "-o", str(inbox / "i-age-cli.fsab"), str(plain)], check=True)
    j = make_member(base, "J-0010")
    enrol(org, j, enrolments)
    stranger = x25519.Identity.generate().to_public()
    _write(inbox, "j-encrypted-for-another.fsab", encrypt_bundle(bundle(j, catalogue), [stranger]))
    k = make_member(base, "K-0011")
    enrol(org, k, enrolments)

    def inflate_scores(assessment: dict, _manifest: dict) -> None:
        assessment["scores"]["overall"]["answered"] += 5

    _write(inbox, "k-scores-differ.fsab", resigned(bundle(k, catalogue), k.key, inflate_scores))
    late = make_member(base, "L-0012")
    enrol(org, late, enrolments)
    _write(inbox, "l-late.fsab", bundle(late, catalogue, created=dt.datetime(2027, 6, 30, 15, 30, tzinfo=dt.UTC)))
    on_time = make_member(base, "M-0013")
    enrol(org, on_time, enrolments)  # 14:59 UTC on the deadline is 23:59 in Japan: still on time
    last_minute = dt.datetime(2027, 6, 30, 14, 59, tzinfo=dt.UTC)
    _write(inbox, "m-last-minute.fsab", bundle(on_time, catalogue, created=last_minute))
    _write(inbox, "n-not-a-bundle.fsab", "会議の議事録です。\n".encode())
    bomb = [e if e.name != b"report.pdf" else RawEntry(b"report.pdf", bytes(8 * MIB), method=8, compress=True)
            for e in valid_entries(good)]  # fmt: skip
    _write(inbox, "z-zip-bomb.fsab", raw_zip(bomb))
    return inbox


EXPECTED: dict[str, tuple[IntakeStatus, ReasonKind | None]] = {
    "a1-valid.fsab": (IntakeStatus.ACCEPTED, None),
    "a2-duplicate.fsab": (IntakeStatus.ALREADY_IMPORTED, None),
    "b1-first.fsab": (IntakeStatus.ACCEPTED, None),
    "b2-newer.fsab": (IntakeStatus.ACCEPTED, None),
    "b3-replay.fsab": (IntakeStatus.OLDER_THAN_HELD, None),
    "b4-one-byte-changed.fsab": (IntakeStatus.REJECTED, ReasonKind.DAMAGED),
    "b5-tampered.fsab": (IntakeStatus.REJECTED, ReasonKind.TAMPERED),
    "b6-wrong-campaign.fsab": (IntakeStatus.REJECTED, ReasonKind.WRONG_CAMPAIGN),
    "c-unknown-signer.fsab": (IntakeStatus.REJECTED, ReasonKind.UNKNOWN_SIGNER),
    "e-revoked.fsab": (IntakeStatus.REJECTED, ReasonKind.REVOKED_KEY),
    "f-signed-by-b.fsab": (IntakeStatus.REJECTED, ReasonKind.OTHER_INSTITUTION_KEY),
    "g-other-catalogue.fsab": (IntakeStatus.REJECTED, ReasonKind.CATALOGUE_MISMATCH),
    "h-encrypted.fsab": (IntakeStatus.ACCEPTED, None),
    "i-age-cli.fsab": (IntakeStatus.ACCEPTED, None),
    "j-encrypted-for-another.fsab": (IntakeStatus.REJECTED, ReasonKind.UNDECRYPTABLE),
    "k-scores-differ.fsab": (IntakeStatus.ACCEPTED_WITH_FLAGS, None),
    "l-late.fsab": (IntakeStatus.ACCEPTED_WITH_FLAGS, None),
    "m-last-minute.fsab": (IntakeStatus.ACCEPTED, None),
    "n-not-a-bundle.fsab": (IntakeStatus.REJECTED, ReasonKind.NOT_A_BUNDLE),
    "z-zip-bomb.fsab": (IntakeStatus.REJECTED, ReasonKind.DAMAGED),
}


def _campaign(org: Org, catalogue: Catalogue) -> str:
    return create_campaign(
        org.db, signing_key=org.unlock().signing_key, title="2026年度 サイバーセキュリティ自己評価",
        cycle_label="2026年度", fiscal_year=2026, deadline=DEADLINE, catalogue=catalogue, campaign_id="fy2026",
    ).campaign_id  # fmt: skip


def _import(org: Org, inbox: Path, tmp_path: Path, catalogue: Catalogue, unlocked: list[int]) -> list:
    def unlock():  # counts how often the passphrase would be asked
        unlocked.append(1)
        return org.unlock()

    return import_files(
        org.db, [inbox], catalogue_for=lambda d: catalogue if d == catalogue.digest else None, unlock=unlock,
        campaign_id="fy2026", quarantine=tmp_path / "quarantine", outbox=tmp_path / "outbox", imported_by="analyst",
    )  # fmt: skip


def test_a_mixed_folder_gets_each_file_its_status_and_reason(
    org: Org, tmp_path: Path, demo: Demo, base: CycleRecord, catalogue: Catalogue
) -> None:
    inbox = _mixed_folder(tmp_path, org, demo, base, catalogue)
    _campaign(org, catalogue)
    before = tree_of(inbox)
    unlocked: list[int] = []
    outcomes = _import(org, inbox, tmp_path, catalogue, unlocked)

    got = {o.path.name: (o.status, o.reason_kind) for o in outcomes}
    assert got == EXPECTED
    assert len(unlocked) == 1  # the passphrase is asked once per batch
    by_name = {o.path.name: o for o in outcomes}
    assert by_name["k-scores-differ.fsab"].flags == (ReceiptFlag.SCORES_DIFFER,)
    assert by_name["l-late.fsab"].flags == (ReceiptFlag.LATE,)
    assert "already held" in by_name["a2-duplicate.fsab"].reason
    assert f"replaces submission {by_name['b1-first.fsab'].submission_id}" in by_name["b2-newer.fsab"].reason
    assert "revoked on" in by_name["e-revoked.fsab"].reason and "盗まれた" in by_name["e-revoked.fsab"].reason
    assert "F-0006" in by_name["f-signed-by-b.fsab"].reason and "B-0002" in by_name["f-signed-by-b.fsab"].reason
    assert "someone else" in by_name["j-encrypted-for-another.fsab"].reason
    # A rejected file names its member only where the member's enrolled key proved it sent it, so
    # staff know whom to tell; a name inside a file that did not verify is never shown as sender.
    named = {n: o.institution_id for n, o in by_name.items() if o.status is IntakeStatus.REJECTED}
    assert named == {
        "b4-one-byte-changed.fsab": None, "b5-tampered.fsab": None, "b6-wrong-campaign.fsab": "B-0002",
        "c-unknown-signer.fsab": None, "e-revoked.fsab": "E-0005", "f-signed-by-b.fsab": None,
        "g-other-catalogue.fsab": "G-0007", "j-encrypted-for-another.fsab": None,
        "n-not-a-bundle.fsab": None, "z-zip-bomb.fsab": None,
    }  # fmt: skip

    # The user's files: not one changed, moved or added.
    assert tree_of(inbox) == before
    # Rejected files copied to quarantine/<date>/ with a ja/en reason file beside each.
    rejected = sorted(n for n, (s, _) in EXPECTED.items() if s is IntakeStatus.REJECTED)
    day = [p for p in (tmp_path / "quarantine").iterdir()]
    assert len(day) == 1
    quarantined = sorted(p.name for p in day[0].iterdir() if not p.name.endswith(".reason.txt"))
    assert quarantined == rejected
    for name in rejected:
        assert (day[0] / name).read_bytes() == (inbox / name).read_bytes()
        reason = (day[0] / f"{name}.reason.txt").read_text(encoding="utf-8")
        assert "理由:" in reason and "Reason (" in reason and by_name[name].reason in reason
    assert "失効した鍵" in (day[0] / "e-revoked.fsab.reason.txt").read_text(encoding="utf-8")
    # Nothing else written beside the database, the keys, the quarantine and the outbox.
    assert {p.name for p in tmp_path.iterdir()} <= {
        "inbox", "enrolments", "plain", "org-keys", "quarantine", "outbox",
        "central.sqlite", "central.sqlite-wal", "central.sqlite-shm",
    }  # fmt: skip

    # Receipts: one per accepted file, signed by the organisation, naming the file as sent.
    public = load_organisation_public(org.keys).signing_public_key
    accepted = [o for o in outcomes if o.status in (IntakeStatus.ACCEPTED, IntakeStatus.ACCEPTED_WITH_FLAGS)]
    identity = org.unlock().identity
    signed_inside = {
        name: decrypt_bundle((inbox / name).read_bytes(), [identity]) for name in ("h-encrypted.fsab", "i-age-cli.fsab")
    }
    for o in accepted:
        assert o.receipt_path == tmp_path / "outbox" / o.institution_id / (o.path.stem + ".fsar")
        receipt = verify_receipt(read_receipt_file(o.receipt_path), public)
        # The bundle as received, after decryption (docs/campaign-and-receipt-format.md): for a plain
        # file its own digest; for an encrypted one the signed bundle inside, which the member made.
        inside = signed_inside[o.path.name] if o.path.name in signed_inside else (inbox / o.path.name).read_bytes()
        assert receipt.submission.bundle_sha256 == hashlib.sha256(inside).hexdigest()
        assert receipt.submission.bundle_size == len(inside)
        assert receipt.flags == o.flags and receipt.submission.campaign_id == "fy2026"
    assert sorted(p.name for p in (tmp_path / "outbox").rglob("*.fsar")) == sorted(
        o.path.stem + ".fsar" for o in accepted
    )

    # The database: one row per stored bundle with all its answers; one current per member's cycle.
    with org.db.reading() as session:
        rows = {r.file_name: r for r in session.scalars(select(SubmissionRow))}
        answers = dict(
            session.execute(
                select(SubmissionAnswerRow.submission_id, func.count()).group_by(SubmissionAnswerRow.submission_id)
            ).all()
        )
        stored = {n for n, (s, _) in EXPECTED.items() if s in (
            IntakeStatus.ACCEPTED, IntakeStatus.ACCEPTED_WITH_FLAGS, IntakeStatus.OLDER_THAN_HELD)}  # fmt: skip
        assert set(rows) == stored
        assert all(answers[r.id] == len(base.answers) for r in rows.values())
        first, newer, replay = rows["b1-first.fsab"], rows["b2-newer.fsab"], rows["b3-replay.fsab"]
        assert (first.status, first.is_current, first.superseded_by_id) == ("superseded", False, newer.id)
        assert (newer.is_current, replay.is_current, replay.status) == (True, False, "older_than_held")
        assert rows["h-encrypted.fsab"].encrypted and rows["k-scores-differ.fsab"].flags == ["scores_differ"]
        k = rows["k-scores-differ.fsab"]
        assert k.scores["overall"]["answered"] == k.recomputed_scores["overall"]["answered"] + 5

    # The same folder again: nothing added; what was stored is already held, the rest rejected again.
    again = _import(org, inbox, tmp_path, catalogue, unlocked)
    for o in again:
        expected = EXPECTED[o.path.name][0]
        if expected is IntakeStatus.REJECTED:
            assert o.status is IntakeStatus.REJECTED
        else:
            assert o.status is IntakeStatus.ALREADY_IMPORTED, o.path.name
    with org.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SubmissionRow)) == len(stored)
    assert tree_of(inbox) == before
