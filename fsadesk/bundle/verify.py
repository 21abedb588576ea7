"""Verify a bundle: container, member set, manifest, hashes, signature, in that order.

Everything happens in memory within fixed limits: nothing is extracted or written, so a hostile
file cannot place anything on disk. The first failure raises a BundleError subclass whose message
names what failed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from hashlib import sha256
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fsadesk.assessment.answers import Answer
from fsadesk.assessment.finalise_note import FinaliseNote, OpenKind
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.record import CycleInfo, CycleRecord, HistorySummary, ItemHistory, PreviousCycle
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.bundle import spec
from fsadesk.bundle.canonical import JsonProblem, canonical_json, parse_json
from fsadesk.bundle.errors import (
    AssessmentInvalid,
    BadSignature,
    EncryptedBundle,
    ManifestInvalid,
    MemberChanged,
    MissingMember,
    NewerFormat,
    NotABundle,
    OversizedMember,
    UnexpectedMember,
    UnknownSigner,
)
from fsadesk.bundle.keys import Enrolment, fingerprint, load_trust_dir
from fsadesk.bundle.schema import SchemaProblem, load_schema, validate
from fsadesk.bundle.zipfmt import ZipContents, check_canonical, parse_zip
from fsadesk.shown import shown_path

AGE_MAGIC = (b"age-encryption.org/", b"-----BEGIN AGE ENCRYPTED FILE-----")


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose structure, hashes, format version and signature all hold."""

    manifest: dict[str, Any]
    assessment_json: bytes
    report_pdf: bytes
    fingerprint: str  # of the key the signature verified with
    signer: str  # "the given key", or the enrolment file that matched
    enrolment: Enrolment | None

    @property
    def institution_id(self) -> str:
        return str(self.manifest["institution"]["id"])

    @property
    def institution_checked(self) -> bool:
        """Whether the institution the bundle names was matched against the key's enrolment. A bare
        public key names no institution: the signature then proves who holds the key, not that the
        holder is the institution the bundle claims to be from."""
        return self.enrolment is not None

    @cached_property
    def assessment(self) -> dict[str, Any]:
        """assessment.json, parsed and checked against its schema and the manifest on first use.
        Raises AssessmentInvalid. Kept out of verify_bundle(): authenticity is settled by hashes and
        signature, and schema-checking every answer costs several times more than both together."""
        return parse_assessment(self.assessment_json, self.manifest)

    def answers(self) -> dict[str, Answer]:
        return {a["item_id"]: Answer.from_dict(a) for a in self.assessment["answers"]}

    def profile(self) -> InstitutionProfile:
        return InstitutionProfile.from_dict(self.assessment["institution"])

    @property
    def app_version(self) -> str:
        """The fsadesk that made the bundle (and its report)."""
        return str(self.manifest["app"]["version"])

    def record(self) -> CycleRecord:
        """The cycle as plain data, equal to the record the bundle was built from: the report can
        be drawn again from it (fsadesk.report.pdf.render_record), byte for byte the report.pdf
        inside, given the catalogue the manifest names, the report's language, this bundle's
        fingerprint and app_version. A format-1 assessment names no previous cycle, so a report
        drawn from it has no comparison section. Raises AssessmentInvalid like `assessment`."""
        return record_from_assessment(self.assessment)


def read_bundle_file(path: Path) -> bytes:
    """The file's bytes, refusing anything that is not a regular file of plausible size."""
    path = Path(path)
    if not path.is_file():
        raise NotABundle(f"{shown_path(path)} does not exist or is not a file.")
    size = path.stat().st_size
    if size > spec.MAX_BUNDLE_FILE:
        raise OversizedMember(f"{shown_path(path)} is larger than any bundle can be ({spec.MAX_BUNDLE_FILE:,} bytes).")
    with open(path, "rb") as fh:
        data = fh.read(size + 1)  # one more byte tells whether the file grew after stat()
    if len(data) != size:
        raise NotABundle(f"{shown_path(path)} changed while it was being read; try again once it is complete.")
    return data


def check_member_set(contents: ZipContents) -> None:
    found = [e.name for e in contents.entries]
    missing = [n for n in spec.MEMBER_ORDER if n not in found]
    extra = [n for n in found if n not in spec.MEMBER_ORDER]
    if missing and len(missing) == len(extra) == 1:
        raise MissingMember(
            f"{missing[0]} is missing and there is an unexpected member {extra[0]!r} instead (renamed?)."
        )
    if missing:
        raise MissingMember(f"The bundle has no {', '.join(missing)}.")
    if extra:
        raise UnexpectedMember(f"The bundle has unexpected members: {', '.join(repr(n) for n in extra)}.")


def parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = parse_json(data)
    except JsonProblem as exc:
        raise ManifestInvalid(f"manifest.json cannot be read: {exc}.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != spec.FORMAT:
        raise ManifestInvalid("manifest.json is not an fsadesk bundle manifest.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ManifestInvalid("manifest.json has no valid format_version.")
    if version > spec.FORMAT_VERSION:
        raise NewerFormat(
            f"This bundle was made by a newer fsadesk (bundle format {version}); this version reads "
            f"format {spec.FORMAT_VERSION}. Please update fsadesk."
        )
    try:
        validate(manifest, load_schema("manifest.schema.json"))
    except SchemaProblem as exc:
        raise ManifestInvalid(f"manifest.json is not valid: {exc}.") from None
    if canonical_json(manifest) != data:
        raise ManifestInvalid("manifest.json is not in canonical form (RFC 8785), as the format requires.")
    names = [m["name"] for m in manifest["members"]]
    if names != list(spec.SIGNED_MEMBERS):
        raise ManifestInvalid(f"manifest.json lists the members {names}; it must list {list(spec.SIGNED_MEMBERS)}.")
    return manifest


def check_members(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    for entry in manifest["members"]:
        name, data = entry["name"], members[entry["name"]]
        if len(data) != entry["size"]:
            raise MemberChanged(
                f"{name} was changed after signing (size differs: the manifest says {entry['size']:,} bytes, "
                f"the bundle holds {len(data):,})."
            )
        if sha256(data).hexdigest() != entry["sha256"]:
            raise MemberChanged(f"{name} was changed after signing (SHA-256 differs from the manifest).")


def _verifies(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def check_signature(
    manifest: dict[str, Any],
    manifest_bytes: bytes,
    signature: bytes,
    public_key: Ed25519PublicKey | Enrolment | None,
    trust_dir: Path | None,
) -> tuple[Ed25519PublicKey, str, Enrolment | None]:
    """The key that verified, a description of where it came from, and its enrolment if any."""
    if len(signature) != spec.SIGNATURE_SIZE:
        raise BadSignature(f"manifest.sig is not an Ed25519 signature ({len(signature)} bytes, expected 64).")
    institution = manifest["institution"]
    who = f"{institution['id']} ({institution['name']})" if institution["name"] else institution["id"]
    claimed = manifest["signing_key"]["fingerprint"]
    if isinstance(public_key, Enrolment) and public_key.institution_id != institution["id"]:
        raise UnknownSigner(
            f"The given key is enrolled for institution {public_key.institution_id}, but the bundle is from {who}."
        )
    if public_key is not None:
        key = public_key.public_key if isinstance(public_key, Enrolment) else public_key
        candidates = [(key, "the given key", public_key if isinstance(public_key, Enrolment) else None)]
    else:
        assert trust_dir is not None
        enrolled = load_trust_dir(trust_dir)
        candidates = [(e.public_key, str(path), e) for path, e in enrolled if e.institution_id == institution["id"]]
        if not candidates:
            raise UnknownSigner(f"No key of institution {who} is enrolled in {trust_dir}.")
    for key, source, enrolment in candidates:
        if _verifies(key, signature, manifest_bytes):
            if fingerprint(key) != claimed:
                raise BadSignature(f"manifest.json names signing key {claimed} but was signed with {fingerprint(key)}.")
            return key, source, enrolment
    if public_key is not None:
        raise BadSignature(
            f"The signature does not match the given key ({fingerprint(candidates[0][0])}); "
            f"the bundle says it was signed with key {claimed}."
        )
    raise BadSignature(
        f"The signature does not match the enrolled key(s) of institution {who} in {trust_dir}; "
        f"the bundle says it was signed with key {claimed}."
    )


def _answers_of(docs: list[dict[str, Any]]) -> dict[str, Answer]:
    return {a["item_id"]: Answer.from_dict(a) for a in sorted(docs, key=lambda a: str(a["item_id"]))}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _finalise_note(doc: dict[str, Any] | None) -> FinaliseNote | None:
    if doc is None:
        return None
    return FinaliseNote(doc["reason"], {kind: doc["open"][kind.value] for kind in OpenKind})


def record_from_assessment(doc: dict[str, Any]) -> CycleRecord:
    """The plain record of a parsed, schema-checked assessment.json (the inverse of
    fsadesk.bundle.build.assessment_document)."""
    cycle, catalogue, history = doc["cycle"], doc["cycle"]["catalogue"], doc["history"]
    previous = doc.get("previous")
    return CycleRecord(
        profile=InstitutionProfile.from_dict(doc["institution"]),
        cycle=CycleInfo(
            id=cycle["id"],
            label=cycle["label"],
            fiscal_year=cycle["fiscal_year"],
            state=cycle["state"],
            created_at=cycle["started"],
            revision=cycle["revision"],
            catalogue_id=catalogue["id"],
            catalogue_version=catalogue["version"],
            catalogue_digest=catalogue["digest"],
            finalised_at=cycle["finalised"],
            finalise_note=_finalise_note(cycle.get("finalise_note")),  # formats 1 and 2: none
        ),
        answers=_answers_of(doc["answers"]),
        signoffs=tuple(
            SignOff(
                Role(so["role"]), so["name"], so["title"], dt.date.fromisoformat(so["date"]) if so["date"] else None
            )
            for so in cycle["signoffs"]
        ),
        history=HistorySummary(
            history["changes"],
            {
                item_id: ItemHistory(h["changes"], h["first_change"], h["last_change"])
                for item_id, h in sorted(history["items"].items())
            },
        ),
        unknown_items=tuple(doc["unknown_items"]),
        previous=(
            PreviousCycle(previous["id"], previous["label"], previous["fiscal_year"], _answers_of(previous["answers"]))
            if previous is not None
            else None
        ),
        includes_notes=doc["includes_notes"],
    )


def parse_assessment(data: bytes, manifest: dict[str, Any]) -> dict[str, Any]:
    """assessment.json is signed, but a buggy or foreign writer could still sign nonsense."""
    try:
        doc: dict[str, Any] = parse_json(data)
        validate(doc, load_schema("assessment.schema.json"))  # makes the annotation above true
    except (JsonProblem, SchemaProblem) as exc:
        if isinstance(doc := _parsed_or_none(data), dict) and _newer(doc.get("format_version")):
            raise NewerFormat(
                f"This bundle's assessment was written by a newer fsadesk (assessment format "
                f"{doc['format_version']}); this version reads formats "
                f"{', '.join(map(str, spec.ASSESSMENT_FORMAT_VERSIONS))}. Please update fsadesk."
            ) from None
        raise AssessmentInvalid(f"assessment.json is not valid: {exc}.") from None
    check_format_fields(doc)
    if doc["institution"]["institution_id"] != manifest["institution"]["id"]:
        raise AssessmentInvalid("assessment.json is about another institution than manifest.json.")
    if doc["cycle"]["id"] != manifest["cycle"]["id"] or doc["includes_notes"] != manifest["includes_notes"]:
        raise AssessmentInvalid("assessment.json and manifest.json disagree about the cycle or the notes.")
    if doc["scores"]["engine_version"] != manifest["scoring_engine"]:
        raise AssessmentInvalid("assessment.json and manifest.json disagree about the scoring engine version.")
    if doc["scores"]["catalogue"] != manifest["catalogue"]:
        raise AssessmentInvalid("assessment.json and manifest.json disagree about the catalogue.")
    answers = doc["answers"] + ((doc.get("previous") or {}).get("answers") or [])
    with_text = [a["item_id"] for a in answers if any(k in a for k in spec.FREE_TEXT_FIELDS)]
    complete = all(all(k in a for k in spec.FREE_TEXT_FIELDS) for a in answers)
    if (doc["includes_notes"] and not complete) or (not doc["includes_notes"] and with_text):
        raise AssessmentInvalid("assessment.json's answers do not match its includes_notes setting.")
    return doc


def check_format_fields(doc: dict[str, Any]) -> None:
    """The fields that came with a format are there exactly when its number says so: a reader of
    that older format would refuse them (its schema allows no other fields), so a document that
    says 2 but carries a plan's measure could not have been written by a format-2 fsadesk."""
    version = doc["format_version"]
    # Format 2 and later always name the previous cycle (null when there is none); format 1 never does.
    if ("previous" in doc) != (version >= 2):
        raise AssessmentInvalid("assessment.json's previous cycle does not match its format_version.")
    if ("finalise_note" in doc["cycle"]) != (version >= 3):
        raise AssessmentInvalid(
            f"assessment.json's finalise note (why the cycle was finalised with open points) does not match "
            f"its format_version {version}: formats 3 and later always have it, older ones never do."
        )
    if doc["cycle"].get("finalise_note") is not None and doc["cycle"]["finalised"] is None:
        raise AssessmentInvalid("assessment.json gives a reason for finalising a cycle that is not finalised.")
    answers = doc["answers"] + ((doc.get("previous") or {}).get("answers") or [])
    for answer in answers:
        plan = answer["plan"]
        if plan is None or ("measure" in plan) == (version >= 3):
            continue
        if version >= 3:
            raise AssessmentInvalid(
                f"assessment.json (format {version}) has a plan without what will be done (the measure) "
                f"for item {answer['item_id']}; format {version} always carries it."
            )
        raise AssessmentInvalid(
            f"assessment.json says it is format {version}, but the plan for item {answer['item_id']} has a "
            f"measure (what will be done), and format {version} has no such field; only format 3 and later do."
        )


def _parsed_or_none(data: bytes) -> Any:
    try:
        return parse_json(data)
    except JsonProblem:
        return None


def _newer(version: Any) -> bool:
    return isinstance(version, int) and not isinstance(version, bool) and version > spec.ASSESSMENT_FORMAT_VERSION


def verify_bytes(
    data: bytes,
    *,
    public_key: Ed25519PublicKey | Enrolment | None = None,
    trust_dir: Path | None = None,
) -> VerifiedBundle:
    if (public_key is None) == (trust_dir is None):
        raise ValueError("give exactly one of public_key and trust_dir")
    if data.startswith(AGE_MAGIC):
        raise EncryptedBundle("This bundle is encrypted (age). Decrypt it first, then verify the signature inside.")
    contents = parse_zip(data, spec.LIMITS)
    check_member_set(contents)
    check_canonical(contents, spec.MEMBER_ORDER)
    manifest = parse_manifest(contents.members[spec.MANIFEST])
    return _verified(contents, manifest, public_key, trust_dir)


def verify_contents(
    contents: ZipContents, manifest: dict[str, Any], *, public_key: Ed25519PublicKey | Enrolment
) -> VerifiedBundle:
    """verify_bytes for a bundle already read by parse_zip, check_member_set and parse_manifest (the
    central intake reads the manifest first, to learn which registered key to check it with): the
    rest of the checks, without unzipping and parsing the manifest a second time."""
    check_canonical(contents, spec.MEMBER_ORDER)
    return _verified(contents, manifest, public_key, None)


def _verified(
    contents: ZipContents,
    manifest: dict[str, Any],
    public_key: Ed25519PublicKey | Enrolment | None,
    trust_dir: Path | None,
) -> VerifiedBundle:
    members = contents.members
    check_members(manifest, members)
    key, source, enrolment = check_signature(
        manifest, members[spec.MANIFEST], members[spec.SIGNATURE], public_key, trust_dir
    )
    if not members[spec.REPORT].startswith(b"%PDF-"):
        raise AssessmentInvalid("report.pdf is not a PDF file.")
    return VerifiedBundle(manifest, members[spec.ASSESSMENT], members[spec.REPORT], fingerprint(key), source, enrolment)


def verify_bundle(
    path: Path,
    *,
    public_key: Ed25519PublicKey | Enrolment | None = None,
    trust_dir: Path | None = None,
) -> VerifiedBundle:
    """Verify the bundle at `path` with one key, or with the enrolled keys in `trust_dir` that belong
    to the bundle's institution. Raises a BundleError subclass naming the first failure."""
    return verify_bytes(read_bundle_file(path), public_key=public_key, trust_dir=trust_dir)
