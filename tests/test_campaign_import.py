"""A member imports its central organisation's campaign file and receipts (issue #12 points 3, 5):
real signed files (fsadesk.central.campaign/receipt) with fresh Ed25519 keys, real workspaces,
real exports; every refusal leaves the workspace file exactly as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.app import campaign_errors
from fsadesk.app.campaigns import (
    CampaignImported,
    OtherOrganisation,
    current_campaign,
    import_campaign,
    import_receipt,
    receipts_for_cycle,
)
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.bundle.keys import fingerprint, generate_signing_key, load_signing_key
from fsadesk.catalogue import Catalogue
from fsadesk.central import errors as central_errors
from fsadesk.central.campaign import CatalogueRef, build_campaign
from fsadesk.central.receipt import ReceiptFlag, Submission, build_receipt
from fsadesk.store import open_workspace
from fsadesk.store.schema import HEAD_REVISION
from tests.bundle_support import FAKE_PDF, PASSPHRASE
from tests.workspace_support import dump, make_demo

ORG = "全国信用協同組合連合会"
RECIPIENT = "age1tdwcffqvag3ktzdynjgeunhepqwcwwrq5clgyff7cfz4petpay7sua2cde"
RECEIVED = dt.datetime(2027, 6, 12, 5, 30, tzinfo=dt.UTC)
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "workspace-schema-0001"


def workspace_catalogue(folder: Path) -> CatalogueRef:
    with open_workspace(folder) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        return CatalogueRef(cycle.catalogue_id, cycle.catalogue_version, cycle.catalogue_digest)


def write_campaign(
    folder: Path, out: Path, key: Ed25519PrivateKey, *, campaign_id: str = "2027-shinkumi", **changes: Any
) -> Path:
    values: dict[str, Any] = {
        "title": "2027年度 サイバーセキュリティ自己評価",
        "cycle_label": "2027年度",
        "fiscal_year": 2027,
        "deadline": dt.date(2027, 6, 30),
        "catalogue": workspace_catalogue(folder),
        "organisation_name": ORG,
        "signing_key": key,
        "age_recipient": RECIPIENT,
        "campaign_id": campaign_id,
    }
    values.update(changes)
    path = out / f"{campaign_id}-{fingerprint(key.public_key())[:4]}.fsac"
    path.write_bytes(build_campaign(**values))
    return path


def write_receipt(
    out: Path, key: Ed25519PrivateKey, bundle_sha256: str, *, campaign_id: str = "2027-shinkumi", name: str = "r"
) -> Path:
    submission = Submission(campaign_id, "DEMO-0001", "みなと信用組合", "2026年度", 2026, bundle_sha256, 1234)
    path = out / f"{name}.fsar"
    path.write_bytes(
        build_receipt(submission, flags=(ReceiptFlag.LATE,), received=RECEIVED, organisation_name=ORG, signing_key=key)
    )
    return path


def export(folder: Path, catalogue: Catalogue, out: Path, *, encrypt: bool = False) -> str:
    """Export the latest cycle (a fast fake PDF); the SHA-256 of the signed bundle, as the
    organisation holds it after decryption."""
    with open_workspace(folder) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        done = view.export(
            catalogue,
            cycle.id,
            lambda: load_signing_key(folder, PASSPHRASE),
            lang="ja",
            include_notes=True,
            bundle_path=out / "demo.fsab",
            wrap=(lambda data: b"ENCRYPTED" + data) if encrypt else None,
            render=lambda *_: FAKE_PDF,
        )
    signed = done.bundle[len(b"ENCRYPTED") :] if encrypt else done.bundle
    return hashlib.sha256(signed).hexdigest()


@pytest.fixture
def member(tmp_path: Path) -> Path:
    folder = make_demo(tmp_path)
    generate_signing_key(folder, PASSPHRASE)
    return folder


KEY = Ed25519PrivateKey.generate()


# --- campaign files ---------------------------------------------------------------------------------


def test_a_campaign_is_imported_with_its_signed_bytes_and_shown_fields(member: Path, tmp_path: Path) -> None:
    path = write_campaign(member, tmp_path, KEY)
    result = import_campaign(member, path)
    assert isinstance(result, CampaignImported)
    assert result.first_from_organisation and not result.catalogue_differs
    shown = current_campaign(member)
    assert shown is not None
    assert (shown.organisation_name, shown.title, shown.deadline) == (
        ORG,
        "2027年度 サイバーセキュリティ自己評価",
        dt.date(2027, 6, 30),
    )
    assert shown.fingerprint == fingerprint(KEY.public_key()) and shown.age_recipient == RECIPIENT
    con = sqlite3.connect(member / "workspace.sqlite")
    assert con.execute("SELECT file_bytes FROM campaign").fetchone()[0] == path.read_bytes()
    con.close()


def test_the_same_campaign_twice_is_already_imported(member: Path, tmp_path: Path) -> None:
    path = write_campaign(member, tmp_path, KEY)
    import_campaign(member, path)
    before = dump(member)
    with pytest.raises(campaign_errors.CampaignAlreadyImported, match="already imported"):
        import_campaign(member, path)
    assert dump(member) == before


def test_a_campaign_for_another_catalogue_is_imported_with_a_warning(member: Path, tmp_path: Path) -> None:
    path = write_campaign(member, tmp_path, KEY, catalogue=CatalogueRef("fsa-cyber", "2099-01-01", "ef" * 32))
    result = import_campaign(member, path)
    assert isinstance(result, CampaignImported) and result.catalogue_differs
    assert result.workspace_catalogue == tuple(vars(workspace_catalogue(member)).values())
    assert current_campaign(member) is not None


def test_a_campaign_from_another_key_needs_confirming(member: Path, tmp_path: Path) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    other = Ed25519PrivateKey.generate()
    path = write_campaign(member, tmp_path, other, campaign_id="2027-other", organisation_name="別の連合会")
    before = dump(member)
    asked = import_campaign(member, path)
    assert isinstance(asked, OtherOrganisation)
    assert asked.campaign.organisation_name == "別の連合会" and asked.trusted.organisation_name == ORG
    assert dump(member) == before  # not imported until the user agrees
    confirmed = import_campaign(member, path, confirm_other_organisation=True)
    assert isinstance(confirmed, CampaignImported) and confirmed.first_from_organisation
    current = current_campaign(member)
    assert current is not None and current.organisation_name == "別の連合会"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", central_errors.NotACampaign),
        (b"PK\x03\x04 not really a zip", central_errors.SignedFileError),
        (b"just some text", central_errors.SignedFileError),
    ],
)
def test_a_malformed_campaign_is_refused_and_nothing_stored(
    member: Path, tmp_path: Path, content: bytes, error: type
) -> None:
    path = tmp_path / "bad.fsac"
    path.write_bytes(content)
    before = dump(member)
    with pytest.raises(error):
        import_campaign(member, path)
    assert dump(member) == before


def test_a_changed_campaign_is_refused(member: Path, tmp_path: Path) -> None:
    path = write_campaign(member, tmp_path, KEY)
    data = bytearray(path.read_bytes())
    at = data.index(b"2027-06-30")
    data[at : at + 10] = b"2027-07-31"
    path.write_bytes(bytes(data))
    before = dump(member)
    with pytest.raises(central_errors.SignedFileError):
        import_campaign(member, path)
    assert dump(member) == before


# --- receipts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("encrypt", [False, True])
def test_a_receipt_for_an_exported_bundle_is_stored(
    member: Path, tmp_path: Path, catalogue: Catalogue, encrypt: bool
) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    digest = export(member, catalogue, tmp_path, encrypt=encrypt)
    result = import_receipt(member, write_receipt(tmp_path, KEY, digest))
    assert result.cycle_label == "2026年度"
    with open_workspace(member) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
    [stored] = receipts_for_cycle(member, cycle.id)
    assert (stored.organisation_name, stored.received, stored.bundle_sha256) == (ORG, RECEIVED, digest)
    assert stored.flags == ("late",) and stored.status == "accepted_with_flags"


def test_a_receipt_before_any_campaign_is_refused(member: Path, tmp_path: Path, catalogue: Catalogue) -> None:
    digest = export(member, catalogue, tmp_path)
    before = dump(member)
    with pytest.raises(campaign_errors.NoCampaignImported, match="campaign file first"):
        import_receipt(member, write_receipt(tmp_path, KEY, digest))
    assert dump(member) == before


def test_a_receipt_for_a_bundle_never_exported_is_refused(member: Path, tmp_path: Path, catalogue: Catalogue) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    export(member, catalogue, tmp_path)
    before = dump(member)
    with pytest.raises(campaign_errors.ReceiptForUnknownBundle, match="never exported"):
        import_receipt(member, write_receipt(tmp_path, KEY, "ab" * 32))
    assert dump(member) == before


def test_a_receipt_signed_by_another_key_is_refused(member: Path, tmp_path: Path, catalogue: Catalogue) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    digest = export(member, catalogue, tmp_path)
    before = dump(member)
    with pytest.raises(central_errors.ReceiptOtherSigner):
        import_receipt(member, write_receipt(tmp_path, Ed25519PrivateKey.generate(), digest))
    assert dump(member) == before


def test_a_receipt_for_a_campaign_never_imported_is_refused(member: Path, tmp_path: Path, catalogue: Catalogue) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    digest = export(member, catalogue, tmp_path)
    before = dump(member)
    with pytest.raises(campaign_errors.ReceiptForUnknownCampaign, match="never imported"):
        import_receipt(member, write_receipt(tmp_path, KEY, digest, campaign_id="2026-old"))
    assert dump(member) == before


def test_the_same_receipt_twice_is_already_imported(member: Path, tmp_path: Path, catalogue: Catalogue) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    path = write_receipt(tmp_path, KEY, export(member, catalogue, tmp_path))
    import_receipt(member, path)
    before = dump(member)
    with pytest.raises(campaign_errors.ReceiptAlreadyImported):
        import_receipt(member, path)
    assert dump(member) == before


def test_a_malformed_receipt_is_refused(member: Path, tmp_path: Path) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    path = tmp_path / "bad.fsar"
    path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    before = dump(member)
    with pytest.raises(central_errors.SignedFileError):
        import_receipt(member, path)
    assert dump(member) == before


def test_receipts_are_append_only(member: Path, tmp_path: Path, catalogue: Catalogue) -> None:
    import_campaign(member, write_campaign(member, tmp_path, KEY))
    import_receipt(member, write_receipt(tmp_path, KEY, export(member, catalogue, tmp_path)))
    con = sqlite3.connect(member / "workspace.sqlite")
    try:
        for statement in ("UPDATE receipt SET status = 'accepted'", "DELETE FROM receipt"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                con.execute(statement)
    finally:
        con.close()


def test_an_older_workspace_is_backed_up_and_migrated_to_head(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    with open_workspace(folder) as ws:
        assert ws.backup_made is not None and ws.backup_made.exists()
    result = import_campaign(
        folder, write_campaign(folder, tmp_path, KEY, catalogue=CatalogueRef("fsa-cyber", "2025-07-04", "ab" * 32))
    )
    assert isinstance(result, CampaignImported)
    con = sqlite3.connect(folder / "workspace.sqlite")
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        columns = {r[1] for r in con.execute("PRAGMA table_info(export_record)")}
        assert "signed_sha256" in columns
    finally:
        con.close()
