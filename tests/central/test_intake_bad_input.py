"""The intake's harder cases, on SQLite and PostgreSQL: a rotated (retired) key, a file that
disappears mid-batch, a quarantine that cannot be written, two analysts importing the same files
at the same moment, and an encrypted file met without the organisation's keys."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import threading
from pathlib import Path

import pytest
from pyrage import x25519
from sqlalchemy import func, select

from fsadesk.assessment.record import CycleRecord
from fsadesk.bundle.encrypt import encrypt_bundle
from fsadesk.catalogue import Catalogue
from fsadesk.central import quarantine as quarantine_module
from fsadesk.central.intake import FileOutcome, IntakeStatus, ReasonKind, import_files
from fsadesk.central.keys import load_organisation_public
from fsadesk.central.store.database import open_central
from fsadesk.central.store.models import SubmissionAnswerRow, SubmissionRow
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    T0,
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


def _run(org: Org, paths: list[Path], catalogue: Catalogue, tmp_path: Path, **options: object) -> list[FileOutcome]:
    return import_files(
        org.db, paths, catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
        quarantine=tmp_path / "quarantine", **options,  # type: ignore[arg-type]
    )  # fmt: skip


def _rows(org: Org) -> int:
    with org.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(SubmissionRow)) or 0)


def test_a_retired_key_counts_for_bundles_made_before_the_rotation(
    org: Org, tmp_path: Path, base: CycleRecord, catalogue: Catalogue
) -> None:
    old = make_member(base, "R-0001")
    enrol(org, old, tmp_path / "enrolments")
    new = make_member(base, "R-0001")
    enrol(org, new, tmp_path / "enrolments", rotate=True)  # now: the old key is retired today
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    made_before = dt.datetime(2020, 4, 1, tzinfo=dt.UTC)
    made_after = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    (inbox / "1-old-key-before.fsab").write_bytes(bundle(old, catalogue, created=made_before))
    (inbox / "2-old-key-after.fsab").write_bytes(bundle(old, catalogue, created=made_after))
    (inbox / "3-new-key.fsab").write_bytes(bundle(new, catalogue, created=made_after))
    got = [(o.status, o.reason_kind) for o in _run(org, [inbox], catalogue, tmp_path)]
    assert got == [
        (IntakeStatus.ACCEPTED, None),
        (IntakeStatus.REJECTED, ReasonKind.RETIRED_KEY),
        (IntakeStatus.ACCEPTED, None),  # newer than the first: replaces it
    ]


def test_a_file_gone_before_its_turn_is_refused_and_the_rest_import(
    org: Org, tmp_path: Path, base: CycleRecord, catalogue: Catalogue
) -> None:
    member = make_member(base, "V-0001")
    enrol(org, member, tmp_path / "enrolments")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.fsab").write_bytes(bundle(member, catalogue))
    os.mkfifo(inbox / "b-pipe.fsab")  # opening it would wait for a writer forever
    outcomes = _run(org, [inbox / "gone.fsab", inbox / "b-pipe.fsab", inbox / "a.fsab"], catalogue, tmp_path)
    assert [(o.status, o.reason_kind) for o in outcomes] == [
        (IntakeStatus.REJECTED, ReasonKind.UNREADABLE),
        (IntakeStatus.REJECTED, ReasonKind.UNREADABLE),
        (IntakeStatus.ACCEPTED, None),
    ]
    assert "no longer there" in outcomes[0].reason and "not an ordinary file" in outcomes[1].reason
    assert outcomes[0].quarantined is None  # nothing to copy; the reason file says what happened
    assert len(list((tmp_path / "quarantine").rglob("gone.fsab.reason.txt"))) == 1


def test_a_full_disk_while_copying_to_quarantine_is_said_and_the_batch_goes_on(
    org: Org, tmp_path: Path, base: CycleRecord, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = make_member(base, "D-0001")
    enrol(org, member, tmp_path / "enrolments")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-junk.fsab").write_bytes(b"junk" * 100)
    (inbox / "b.fsab").write_bytes(bundle(member, catalogue))

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(quarantine_module.shutil, "copyfileobj", full)  # a real full disk is not cheap
    outcomes = _run(org, [inbox], catalogue, tmp_path)
    assert [o.status for o in outcomes] == [IntakeStatus.REJECTED, IntakeStatus.ACCEPTED]
    assert outcomes[0].quarantine_error is not None and "No space left" in outcomes[0].quarantine_error
    assert [p.name for p in (tmp_path / "quarantine").rglob("*") if p.is_file()] == []  # no half copy


def test_an_encrypted_file_without_the_organisation_keys_is_refused_plainly(
    org: Org, tmp_path: Path, base: CycleRecord, catalogue: Catalogue
) -> None:
    member = make_member(base, "K-0001")
    enrol(org, member, tmp_path / "enrolments")
    recipient = x25519.Recipient.from_str(load_organisation_public(org.keys).age_recipient)
    (tmp_path / "e.fsab").write_bytes(encrypt_bundle(bundle(member, catalogue), [recipient]))
    (outcome,) = _run(org, [tmp_path / "e.fsab"], catalogue, tmp_path)
    assert (outcome.status, outcome.reason_kind) == (IntakeStatus.REJECTED, ReasonKind.UNDECRYPTABLE)
    assert "organisation's keys and passphrase" in outcome.reason and _rows(org) == 0


def test_two_analysts_importing_the_same_files_at_once_store_each_once(
    org: Org, central_target: str, tmp_path: Path, base: CycleRecord, catalogue: Catalogue
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(6):
        member = make_member(base, f"P-{n:04d}")
        enrol(org, member, tmp_path / "enrolments")
        (inbox / f"p{n}.fsab").write_bytes(bundle(member, catalogue, created=T0))
        (inbox / f"p{n}-newer.fsab").write_bytes(bundle(member, catalogue, created=T0 + dt.timedelta(hours=1)))
    before = tree_of(inbox)
    results: list[list[FileOutcome]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def analyst(order: int) -> None:
        files = sorted(inbox.iterdir(), reverse=order == 1)  # one from each end: they meet mid-way
        try:
            with open_central(central_target) as db:
                start.wait()
                results.append(import_files(db, files, catalogue_for=lambda d: catalogue, quarantine=tmp_path / "q"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=analyst, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    assert all(o.status is not IntakeStatus.REJECTED for r in results for o in r)
    with org.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SubmissionRow)) == 12
        current = session.execute(
            select(SubmissionRow.file_name).where(SubmissionRow.is_current.is_(True)).order_by(SubmissionRow.file_name)
        ).scalars()
        assert list(current) == [f"p{n}-newer.fsab" for n in range(6)]
        assert session.scalar(select(func.count()).select_from(SubmissionAnswerRow)) == 12 * len(base.answers)
    assert tree_of(inbox) == before
    shutil.rmtree(tmp_path / "q", ignore_errors=True)


def test_progress_is_reported_per_file_and_cancel_leaves_the_rest_untouched(
    org: Org, tmp_path: Path, base: CycleRecord, catalogue: Catalogue
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(3):
        member = make_member(base, f"C-{n:04d}")
        enrol(org, member, tmp_path / "enrolments")
        (inbox / f"c{n}.fsab").write_bytes(bundle(member, catalogue))
    seen: list[tuple[int, int, str]] = []
    outcomes = _run(
        org, [inbox], catalogue, tmp_path,
        progress=lambda done, total, o: seen.append((done, total, o.path.name)),
        cancelled=lambda: len(seen) >= 2,  # the user presses Cancel while the second file is imported
    )  # fmt: skip
    assert seen == [(1, 3, "c0.fsab"), (2, 3, "c1.fsab")]
    assert [o.path.name for o in outcomes] == ["c0.fsab", "c1.fsab"] and _rows(org) == 2
    # Running the batch again imports the rest.
    again = _run(org, [inbox], catalogue, tmp_path)
    assert [o.status for o in again] == [IntakeStatus.ALREADY_IMPORTED] * 2 + [IntakeStatus.ACCEPTED]


def test_nonsense_signed_by_an_enrolled_key_is_refused_and_the_batch_goes_on(
    org: Org, tmp_path: Path, base: CycleRecord, catalogue: Catalogue
) -> None:
    """A buggy or foreign writer can sign what the format's patterns allow but means nothing."""
    member = make_member(base, "N-0001")
    enrol(org, member, tmp_path / "enrolments")
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    def impossible_date(_assessment: dict, manifest: dict) -> None:
        manifest["created"] = "2027-13-45T99:99:99Z"

    def answer_twice(assessment: dict, _manifest: dict) -> None:
        assessment["answers"].append(dict(assessment["answers"][0]))

    good = bundle(member, catalogue)
    (inbox / "1-impossible-date.fsab").write_bytes(resigned(good, member.key, impossible_date))
    (inbox / "2-answer-twice.fsab").write_bytes(resigned(good, member.key, answer_twice))
    (inbox / "3-good.fsab").write_bytes(good)
    outcomes = _run(org, [inbox], catalogue, tmp_path)
    assert [(o.status, o.reason_kind) for o in outcomes] == [
        (IntakeStatus.REJECTED, ReasonKind.INVALID_CONTENTS),
        (IntakeStatus.REJECTED, ReasonKind.INVALID_CONTENTS),
        (IntakeStatus.ACCEPTED, None),
    ]
    assert "2027-13-45" in outcomes[0].reason and "more than once" in outcomes[1].reason
    assert _rows(org) == 1
