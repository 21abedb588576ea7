"""The campaign file (.fsac): what a central organisation asks its members to submit, and by when.

A zip of campaign.json (canonical JSON) and campaign.sig (raw Ed25519 over its bytes), see
fsadesk.central.signed_file and docs/campaign-and-receipt-format.md. The organisation's public
signing key travels inside: a member that meets it for the first time trusts it once its
fingerprint has been confirmed over the phone, as for enrolment (verify_campaign); a member that
already trusts an organisation checks the file against that fingerprint (verify_campaign_from).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fsadesk.bundle.keys import fingerprint, public_key_pem
from fsadesk.central.errors import (
    CampaignBadSignature,
    CampaignDamaged,
    CampaignNewerFormat,
    CampaignOtherOrganisation,
    NotACampaign,
    ValueRefused,
)
from fsadesk.central.signed_file import (
    SignedFormat,
    read_file,
    read_signed,
    real_date,
    real_utc,
    signature_holds,
    utc_text,
    write_signed,
)

FORMAT = SignedFormat(
    format="fsadesk-campaign",
    version=1,
    document="campaign.json",
    signature="campaign.sig",
    schema="campaign.schema.json",
    what="campaign file",
    not_this=NotACampaign,
    damaged=CampaignDamaged,
    newer=CampaignNewerFormat,
)
SUFFIX = ".fsac"


@dataclass(frozen=True)
class CatalogueRef:
    """The catalogue members' answers must be given against (fsadesk.catalogue's id, version, digest)."""

    id: str
    version: str
    digest: str


@dataclass(frozen=True)
class VerifiedCampaign:
    """A campaign file whose container, format and signature hold."""

    document: dict[str, Any]
    signing_key: Ed25519PublicKey

    @property
    def campaign_id(self) -> str:
        return str(self.document["campaign_id"])

    @property
    def title(self) -> str:
        return str(self.document["title"])

    @property
    def cycle_label(self) -> str:
        return str(self.document["cycle"]["label"])

    @property
    def fiscal_year(self) -> int:
        return int(self.document["cycle"]["fiscal_year"])

    @property
    def deadline(self) -> dt.date:
        return dt.date.fromisoformat(self.document["deadline"])

    @property
    def catalogue(self) -> CatalogueRef:
        c = self.document["catalogue"]
        return CatalogueRef(c["id"], c["version"], c["digest"])

    @property
    def organisation_name(self) -> str:
        return str(self.document["organisation"]["name"])

    @property
    def fingerprint(self) -> str:
        return str(self.document["organisation"]["signing_key"]["fingerprint"])

    @property
    def age_recipient(self) -> str:
        return str(self.document["organisation"]["age_recipient"])

    @property
    def created(self) -> dt.datetime:
        moment = real_utc(self.document["created"])
        assert moment is not None  # checked by verify_campaign
        return moment


def build_campaign(
    *,
    title: str,
    cycle_label: str,
    fiscal_year: int,
    deadline: dt.date,
    catalogue: CatalogueRef,
    organisation_name: str,
    signing_key: Ed25519PrivateKey,
    age_recipient: str,
    campaign_id: str | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """The signed campaign file's bytes. A value the format refuses (a limit of fsadesk.limits, an
    id with spaces, an age recipient that is none) raises ValueRefused before anything is signed."""
    if not title.strip():
        raise ValueRefused("The campaign needs a title.", "title")
    if not organisation_name.strip():
        raise ValueRefused("The campaign needs the organisation's name.", "organisation_name")
    public = signing_key.public_key()
    document = {
        "format": FORMAT.format,
        "format_version": FORMAT.version,
        "campaign_id": campaign_id if campaign_id is not None else str(uuid.uuid4()),
        "title": title,
        "cycle": {"label": cycle_label, "fiscal_year": fiscal_year},
        "deadline": deadline.isoformat(),
        "catalogue": {"id": catalogue.id, "version": catalogue.version, "digest": catalogue.digest},
        "organisation": {
            "name": organisation_name,
            "signing_key": {
                "algorithm": "Ed25519",
                "fingerprint": fingerprint(public),
                "public_key_pem": public_key_pem(public).decode("ascii"),
            },
            "age_recipient": age_recipient,
        },
        "created": utc_text(created or dt.datetime.now(dt.UTC), "created"),
    }
    return write_signed(FORMAT, document, signing_key)


def verify_campaign(data: bytes) -> VerifiedCampaign:
    """Check a campaign file against the key it carries (trust on first use: show the fingerprint
    for confirmation before relying on it). Raises NotACampaign, CampaignDamaged,
    CampaignNewerFormat or CampaignBadSignature."""
    signed = read_signed(FORMAT, data)
    doc = signed.document
    stated = doc["organisation"]["signing_key"]
    try:
        key = serialization.load_pem_public_key(stated["public_key_pem"].encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError):
        raise CampaignDamaged("campaign.json's public key cannot be read.", "public_key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise CampaignDamaged("campaign.json's public key is not an Ed25519 key.", "public_key")
    if fingerprint(key) != stated["fingerprint"]:
        raise CampaignBadSignature(
            f"campaign.json states the fingerprint {stated['fingerprint']}, but the key inside has "
            f"{fingerprint(key)}; the file was altered.",
            "fingerprint",
        )
    if not signature_holds(key, signed):
        raise CampaignBadSignature(
            f"The campaign file's signature does not match the key of {doc['organisation']['name']} "
            f"({stated['fingerprint']}) inside it: it was changed after signing."
        )
    # Signed, yet still nonsense if a foreign writer made it: refuse dates that are no dates.
    if real_date(doc["deadline"]) is None:
        raise CampaignDamaged(f"campaign.json's deadline {doc['deadline']!r} is not a real date.", "deadline")
    if real_utc(doc["created"]) is None:
        raise CampaignDamaged(f"campaign.json's creation time {doc['created']!r} is not a real time.", "created")
    return VerifiedCampaign(doc, key)


def read_campaign_file(path: Path) -> bytes:
    """A campaign file's bytes for verify_campaign; NotACampaign for a missing or huge file."""
    return read_file(FORMAT, path)


def verify_campaign_from(data: bytes, expected_fingerprint: str) -> VerifiedCampaign:
    """verify_campaign, and the file must come from the organisation this workspace already trusts
    (its signing key's fingerprint). Raises CampaignOtherOrganisation otherwise."""
    campaign = verify_campaign(data)
    if campaign.fingerprint != expected_fingerprint:
        raise CampaignOtherOrganisation(
            f"This campaign file was signed by {campaign.organisation_name} with the key "
            f"{campaign.fingerprint}, not with the key this workspace trusts ({expected_fingerprint})."
        )
    return campaign
