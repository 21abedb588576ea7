"""A central organisation that updates fsadesk while a campaign set on the earlier catalogue
version is running still takes in its members' bundles: the intake knows every version kept in the
catalogue's history by its digest and scores each bundle against the text it was answered against;
a digest it holds nowhere is still refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.catalogue.history import by_digest, known_versions, read_snapshot, snapshot_path
from fsadesk.catalogue.loader import default_catalogue_dir
from fsadesk.central.campaigns import create_campaign
from fsadesk.central.intake import IntakeStatus, ReasonKind, import_files
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    bundle,
    catalogue_fixture,
    demo_fixture,
    enrol,
    make_member,
    make_org,
    org_fixture,
)


def _earlier() -> Catalogue:
    versions = known_versions(default_catalogue_dir())
    assert versions, "the shipped catalogue keeps no earlier version"
    return read_snapshot(default_catalogue_dir(), versions[-1])


def test_a_campaign_on_the_earlier_catalogue_still_takes_its_bundles(org: Org, base, tmp_path: Path) -> None:
    current, earlier = load_catalogue(), _earlier()
    assert earlier.digest != current.digest
    create_campaign(
        org.db, signing_key=org.unlock().signing_key, title="2026年度", cycle_label=base.cycle.label,
        fiscal_year=base.cycle.fiscal_year, deadline=dt.date(2027, 6, 30), catalogue=earlier, campaign_id="fy2026",
    )  # fmt: skip
    member = make_member(base, "K-0001")
    enrol(org, member, tmp_path / "enrolments")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "old-text.fsab").write_bytes(bundle(member, earlier))
    unknown = dataclasses.replace(earlier, digest="f" * 64)
    (inbox / "unknown-text.fsab").write_bytes(bundle(make_member(base, "K-0001"), unknown, key=member.key))

    got = import_files(
        org.db, [inbox], catalogue_for=by_digest(current), unlock=org.unlock, campaign_id="fy2026",
        quarantine=tmp_path / "q", outbox=tmp_path / "out",
    )  # fmt: skip
    by_name = {o.path.name: o for o in got}
    assert by_name["old-text.fsab"].status is IntakeStatus.ACCEPTED, by_name["old-text.fsab"].reason
    assert by_name["unknown-text.fsab"].reason_kind is ReasonKind.CATALOGUE_MISMATCH


def test_only_the_current_catalogue_would_refuse_it(org: Org, base, tmp_path: Path) -> None:
    """What the intake did before it read the history: the same bundle, refused."""
    current, earlier = load_catalogue(), _earlier()
    member = make_member(base, "K-0002")
    enrol(org, member, tmp_path / "enrolments")
    path = tmp_path / "old-text.fsab"
    path.write_bytes(bundle(member, earlier))
    only_current = import_files(org.db, [path], catalogue_for=lambda d: current if d == current.digest else None)
    assert only_current[0].reason_kind is ReasonKind.CATALOGUE_MISMATCH
    assert import_files(org.db, [path], catalogue_for=by_digest(current))[0].status is IntakeStatus.ACCEPTED


def test_a_damaged_snapshot_is_not_a_catalogue_it_knows(tmp_path: Path) -> None:
    earlier = _earlier()
    folder = tmp_path / "catalogue"
    target = snapshot_path(folder, earlier.version)
    target.parent.mkdir(parents=True)
    target.write_bytes(snapshot_path(default_catalogue_dir(), earlier.version).read_bytes()[:-20])
    lookup = by_digest(load_catalogue(), folder)
    assert lookup(earlier.digest) is None
    assert lookup(load_catalogue().digest) is not None
