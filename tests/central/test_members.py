"""The member registry: enrol, the same key again, rotation, revocation, search and edit, on
SQLite and on a real PostgreSQL server, each read back from the database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fsadesk.bundle.errors import BundleError
from fsadesk.central.member_records import EnrolOutcome
from fsadesk.central.members import (
    accept_enrolment,
    edit_member,
    find_member,
    list_members,
    read_enrolment,
    read_enrolments,
    revoke_key,
    revoke_member,
)
from fsadesk.central.store.database import CentralDatabase, open_central
from fsadesk.central.store.errors import (
    InvalidAttribute,
    KeyOfAnotherMember,
    KeyRevoked,
    MemberNotFound,
    RotationNotAsked,
)
from fsadesk.central.store.models import MemberKeyRow, MemberRow
from fsadesk.limits import REGION, REVOKE_REASON

from .conftest import make_enrolment


@pytest.fixture
def db(central_target: str) -> Iterator[CentralDatabase]:
    with open_central(central_target, create=True) as opened:
        yield opened


def _count(db: CentralDatabase, row: type[MemberRow] | type[MemberKeyRow]) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(row)) or 0)


def test_enrol_shows_the_fingerprint_then_stores_member_and_key(db: CentralDatabase, tmp_path: Path) -> None:
    path, _ = make_enrolment(tmp_path, "0001", "みらい信用組合")
    pending = read_enrolment(path)
    assert (pending.institution_id, pending.name) == ("0001", "みらい信用組合")
    assert len(pending.fingerprint.split()) == 16  # what the member reads out on the telephone
    result = accept_enrolment(db, pending, confirmed_by="Sato")
    assert result.outcome is EnrolOutcome.ENROLLED
    member = find_member(db, "0001")
    assert member.name == "みらい信用組合"
    assert member.active_key is not None
    assert member.active_key.fingerprint == pending.fingerprint
    assert member.active_key.confirmed_by == "Sato"


def test_the_same_key_twice_adds_no_row(db: CentralDatabase, tmp_path: Path) -> None:
    path, _ = make_enrolment(tmp_path, "0001")
    accept_enrolment(db, read_enrolment(path))
    again = accept_enrolment(db, read_enrolment(path))
    assert again.outcome is EnrolOutcome.ALREADY_ENROLLED
    assert (_count(db, MemberRow), _count(db, MemberKeyRow)) == (1, 1)


def test_a_new_key_replaces_the_old_only_when_rotation_is_asked(db: CentralDatabase, tmp_path: Path) -> None:
    first, _ = make_enrolment(tmp_path, "0001")
    second, _ = make_enrolment(tmp_path, "0001")
    accept_enrolment(db, read_enrolment(first))
    with pytest.raises(RotationNotAsked, match="--rotate"):
        accept_enrolment(db, read_enrolment(second))
    assert _count(db, MemberKeyRow) == 1
    result = accept_enrolment(db, read_enrolment(second), rotate=True)
    assert result.outcome is EnrolOutcome.ROTATED
    old, new = find_member(db, "0001").keys
    assert old.fingerprint == read_enrolment(first).fingerprint
    assert old.retired_at is not None and not old.active
    assert new.active and new.fingerprint == read_enrolment(second).fingerprint
    with pytest.raises(KeyRevoked, match="retired"):  # the retired key never comes back
        accept_enrolment(db, read_enrolment(first), rotate=True)


def test_a_key_registered_for_another_institution_is_refused(db: CentralDatabase, tmp_path: Path) -> None:
    path, key = make_enrolment(tmp_path, "0001")
    accept_enrolment(db, read_enrolment(path))
    from fsadesk.assessment.profile import InstitutionProfile
    from fsadesk.bundle.keys import write_enrolment

    claim = tmp_path / "claim.json"
    write_enrolment(claim, InstitutionProfile(name="別の組合", institution_id="0002", category="regional"), key)
    with pytest.raises(KeyOfAnotherMember, match="registered for 0001"):
        accept_enrolment(db, read_enrolment(claim))
    assert _count(db, MemberRow) == 1


def test_revoking_a_member_or_a_key_keeps_reason_and_date(db: CentralDatabase, tmp_path: Path) -> None:
    a, _ = make_enrolment(tmp_path, "0001")
    b, _ = make_enrolment(tmp_path, "0002")
    accept_enrolment(db, read_enrolment(a))
    accept_enrolment(db, read_enrolment(b))
    revoke_member(db, "0001", "PC lost on 3 March")
    (key,) = find_member(db, "0001").keys
    assert key.revoked_at is not None and key.revoke_reason == "PC lost on 3 March"
    fingerprint = read_enrolment(b).fingerprint
    revoke_key(db, fingerprint.replace(" ", "").lower(), "replaced after audit")
    assert find_member(db, "0002").active_key is None
    with pytest.raises(KeyRevoked, match="revoked"):
        accept_enrolment(db, read_enrolment(a))
    with pytest.raises(InvalidAttribute, match="must not be empty"):
        revoke_member(db, "0002", "   ")
    with pytest.raises(InvalidAttribute, match="too long"):
        revoke_member(db, "0002", "x" * (REVOKE_REASON.max_chars + 1))
    with pytest.raises(MemberNotFound):
        revoke_member(db, "9999", "reason")
    # A revoked member may send a new key: it is enrolled (after confirmation) as its key now.
    c, _ = make_enrolment(tmp_path, "0001")
    assert accept_enrolment(db, read_enrolment(c)).outcome is EnrolOutcome.KEY_ADDED


def test_search_and_edit_with_limits(db: CentralDatabase, tmp_path: Path) -> None:
    for iid, name in (("0001", "みらい信用組合"), ("0002", "さくら信用金庫"), ("0003", "Tokyo 50%_Bank")):
        path, _ = make_enrolment(tmp_path, iid, name)
        accept_enrolment(db, read_enrolment(path))
    edit_member(db, "0002", category="regional", size_band="medium", region="北海道", notes="窓口: 総務部")
    member = find_member(db, "0002")
    assert (member.size_band, member.region, member.notes) == ("medium", "北海道", "窓口: 総務部")
    assert [m.institution_id for m in list_members(db)] == ["0001", "0002", "0003"]
    assert [m.institution_id for m in list_members(db, "北海道")] == ["0002"]
    assert [m.institution_id for m in list_members(db, "みらい")] == ["0001"]
    assert [m.institution_id for m in list_members(db, "tokyo")] == ["0003"]
    assert [m.institution_id for m in list_members(db, "%")] == ["0003"]  # a character, not a wildcard
    assert list_members(db, "nowhere") == []
    with pytest.raises(InvalidAttribute, match="too long"):
        edit_member(db, "0002", region="x" * (REGION.max_chars + 1), size_band="large")
    with pytest.raises(InvalidAttribute, match="size band"):
        edit_member(db, "0002", size_band="huge")
    with pytest.raises(InvalidAttribute, match="not an institution category"):
        edit_member(db, "0002", category="bank", known_categories={"regional"})
    assert find_member(db, "0002") == member  # nothing of a refused edit was stored
    with pytest.raises(MemberNotFound):
        edit_member(db, "9999", region="x")


def test_a_folder_with_a_bad_file_reads_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_enrolment(folder, "0001", file="a.json")
    make_enrolment(folder, "0002", file="c.json")
    (folder / "b.json").write_text("{not json", encoding="utf-8")
    good, bad = read_enrolments([folder])
    assert [p.institution_id for p in good] == ["0001", "0002"]
    assert [b.source.name for b in bad] == ["b.json"]
    assert "not an enrolment file" in bad[0].reason
    with pytest.raises(BundleError):
        read_enrolment(folder / "b.json")


def test_two_connections_racing_to_enrol_one_key_leave_one_row(central_target: str, tmp_path: Path) -> None:
    """Two analysts (two engines, two connections) accept the same file at the same moment: the
    unique constraints, not timing, leave one member and one key, and both see success."""
    open_central(central_target, create=True).close()
    path, _ = make_enrolment(tmp_path, "0001")
    pending = read_enrolment(path)
    outcomes: list[EnrolOutcome] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def analyst() -> None:
        try:
            with open_central(central_target) as mine:
                start.wait()
                outcomes.append(accept_enrolment(mine, pending).outcome)
        except BaseException as exc:  # reported below, with the test's failure
            errors.append(exc)

    threads = [threading.Thread(target=analyst) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert sorted(outcomes) == sorted([EnrolOutcome.ENROLLED] + [EnrolOutcome.ALREADY_ENROLLED] * 3)
    with open_central(central_target) as db:
        assert (_count(db, MemberRow), _count(db, MemberKeyRow)) == (1, 1)
