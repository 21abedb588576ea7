"""Campaigns: what the organisation asks its members to submit (`fsadesk central campaign …`).

create_campaign signs the campaign file with the organisation's key and stores it with its row in
one transaction; the file is written by the caller only after that, so a file members receive is
always one the database knows (an intake with --campaign ID can check bundles against it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from fsadesk.catalogue import Catalogue
from fsadesk.central.campaign import CatalogueRef, build_campaign, verify_campaign
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.central.store.models import CampaignRow, OrganisationRow


class CampaignExists(CentralError):
    kind = "campaign_exists"


@dataclass(frozen=True)
class Campaign:
    campaign_id: str
    title: str
    cycle_label: str
    fiscal_year: int
    deadline: dt.date
    catalogue_version: str
    created_at: str
    file: bytes

    @staticmethod
    def of(row: CampaignRow) -> Campaign:
        return Campaign(
            row.campaign_id, row.title, row.cycle_label, row.fiscal_year, dt.date.fromisoformat(row.deadline),
            row.catalogue_version, row.created_at, row.file,
        )  # fmt: skip


def create_campaign(
    db: CentralDatabase,
    *,
    signing_key: Ed25519PrivateKey,
    title: str,
    cycle_label: str,
    fiscal_year: int,
    deadline: dt.date,
    catalogue: Catalogue,
    campaign_id: str | None = None,
    now: dt.datetime | None = None,
) -> Campaign:
    """Sign and store a campaign. Raises ValueRefused (a value the format refuses), CampaignExists."""
    created = now or dt.datetime.now(dt.UTC)
    with db.reading() as session:
        org = session.get(OrganisationRow, 1)
        name, recipient = (org.name, org.age_recipient or "") if org is not None else ("", "")
    data = build_campaign(
        title=title, cycle_label=cycle_label, fiscal_year=fiscal_year, deadline=deadline,
        catalogue=CatalogueRef(catalogue.id, catalogue.version, catalogue.digest),
        organisation_name=name, signing_key=signing_key, age_recipient=recipient,
        campaign_id=campaign_id, created=created,
    )  # fmt: skip
    verified = verify_campaign(data)  # the values as the file states them, normalised by the format
    row = CampaignRow(
        campaign_id=verified.campaign_id, title=verified.title, cycle_label=verified.cycle_label,
        fiscal_year=verified.fiscal_year, deadline=verified.deadline.isoformat(),
        catalogue_id=catalogue.id, catalogue_version=catalogue.version, catalogue_digest=catalogue.digest,
        created_at=created.isoformat(timespec="microseconds"), file=data,
    )  # fmt: skip
    try:
        with db.transaction() as session:
            session.add(row)
    except IntegrityError:
        raise CampaignExists(f"A campaign with the id {verified.campaign_id} already exists.") from None
    return Campaign.of(row)


def list_campaigns(db: CentralDatabase) -> list[Campaign]:
    with db.reading() as session:
        rows = session.scalars(select(CampaignRow).order_by(CampaignRow.fiscal_year.desc(), CampaignRow.id.desc()))
        return [Campaign.of(r) for r in rows]
