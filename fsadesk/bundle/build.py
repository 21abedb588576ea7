"""Build a signed report bundle (.fsab) from a workspace cycle.

The same stored data gives the same bytes: members in a fixed order, canonical JSON, a canonical
zip, and a creation time taken from the data (never the clock). Ed25519 signatures are
deterministic, so even manifest.sig repeats.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk import __version__, limits
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scoring import ENGINE_VERSION, score
from fsadesk.bundle import spec
from fsadesk.bundle.canonical import canonical_json
from fsadesk.bundle.errors import BundleError, OverLimit, OversizedMember
from fsadesk.bundle.keys import fingerprint, has_signing_key, load_workspace_public_key
from fsadesk.bundle.schema import SchemaProblem, load_schema, validate
from fsadesk.bundle.zipfmt import write_zip
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.cycles import Cycle
from fsadesk.store.files import PRIVATE_FILE
from fsadesk.store.workspace import Workspace


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    size: int  # bytes of the .fsab file
    sha256: str  # of the whole file, for a covering e-mail or a log
    fingerprint: str  # of the signing key
    created: str
    manifest: dict[str, Any]


def _utc(stamp: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(stamp)
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def _iso(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("created must be timezone-aware")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def last_change(ws: Workspace, cycle: Cycle) -> dt.datetime:
    """The newest stored timestamp of the cycle: its start, any answer change, its finalisation.
    The same rule gives the PDF its creation date, so bundle and report agree."""
    stamps = [cycle.created_at] + [h.changed_at for h in ws.answers.history(cycle.id)]
    if cycle.finalised_at:
        stamps.append(cycle.finalised_at)
    return max(_utc(s) for s in stamps)


def _answer_dict(answer: Answer, include_notes: bool) -> dict[str, Any]:
    doc = answer.to_dict()
    if not include_notes:
        for key in spec.FREE_TEXT_FIELDS:
            del doc[key]
    return doc


def _history(ws: Workspace, cycle_id: int) -> dict[str, Any]:
    items: dict[str, dict[str, Any]] = {}
    entries = ws.answers.history(cycle_id)
    for e in entries:
        stamp = _iso(_utc(e.changed_at))
        row = items.setdefault(e.item_id, {"changes": 0, "first_change": stamp, "last_change": stamp})
        row["changes"] += 1
        row["first_change"] = min(row["first_change"], stamp)
        row["last_change"] = max(row["last_change"], stamp)
    return {"changes": len(entries), "items": dict(sorted(items.items()))}


def _profile(ws: Workspace, cycle: Cycle) -> InstitutionProfile:
    profile = ws.profile_for(cycle)
    if profile is None:
        raise BundleError("This workspace has no institution profile yet; complete the set-up first.")
    return profile


def assessment_document(ws: Workspace, catalogue: Catalogue, cycle_id: int, include_notes: bool) -> dict[str, Any]:
    """assessment.json: profile, raw answers, history summary and computed scores."""
    cycle = ws.cycles.get(cycle_id)
    profile = _profile(ws, cycle)
    answers = ws.answers.load(cycle_id)
    return {
        "format_version": spec.ASSESSMENT_FORMAT_VERSION,
        "institution": profile.to_dict(),
        "cycle": {
            "id": cycle.id,
            "label": cycle.label,
            "fiscal_year": cycle.fiscal_year,
            "state": cycle.state,
            "started": _iso(_utc(cycle.created_at)),
            "revision": cycle.revision,
            "finalised": _iso(_utc(cycle.finalised_at)) if cycle.finalised_at else None,
            "signoffs": [
                {
                    "role": so.role.value,
                    "name": so.name,
                    "title": so.title,
                    "date": so.date.isoformat() if so.date else None,
                }
                for so in ws.cycles.signoffs(cycle_id)
            ],
            "catalogue": {
                "id": cycle.catalogue_id,
                "version": cycle.catalogue_version,
                "digest": cycle.catalogue_digest,
            },
        },
        "includes_notes": include_notes,
        "answers": [_answer_dict(answers[k], include_notes) for k in sorted(answers)],
        "unknown_items": ws.answers.orphans(cycle_id, catalogue.item_ids()),
        "history": _history(ws, cycle_id),
        "scores": score(catalogue, profile, answers).to_dict(),
    }


def manifest_document(
    ws: Workspace,
    catalogue: Catalogue,
    cycle_id: int,
    members: dict[str, bytes],
    *,
    key_fingerprint: str,
    include_notes: bool,
    created: str,
) -> dict[str, Any]:
    cycle = ws.cycles.get(cycle_id)
    profile = _profile(ws, cycle)
    return {
        "format": spec.FORMAT,
        "format_version": spec.FORMAT_VERSION,
        "app": {"name": "fsadesk", "version": __version__},
        "institution": {"id": profile.institution_id, "name": profile.name},
        "cycle": {"id": cycle.id, "label": cycle.label, "fiscal_year": cycle.fiscal_year},
        "catalogue": {"id": catalogue.id, "version": catalogue.version, "digest": catalogue.digest},
        "scoring_engine": ENGINE_VERSION,
        "created": created,
        "includes_notes": include_notes,
        "signing_key": {"algorithm": "Ed25519", "fingerprint": key_fingerprint},
        "members": [
            {"name": name, "size": len(members[name]), "sha256": sha256(members[name]).hexdigest()}
            for name in spec.SIGNED_MEMBERS
        ],
    }


_FIX_PROFILE = "Correct it under File > Institution and scope (or `fsadesk init`), then export again."
_FIX_ANSWER = "Shorten it on the item's page, then export again."


def _text_checks(doc: dict[str, Any]) -> list[tuple[str, str, limits.TextLimit, str]]:
    """(what, value, limit, how to fix) for every limited text of an assessment document."""
    inst, cycle = doc["institution"], doc["cycle"]
    out = [
        ("The institution ID", inst["institution_id"], limits.INSTITUTION_ID, _FIX_PROFILE),
        ("The institution name", inst["name"], limits.INSTITUTION_NAME, _FIX_PROFILE),
        ("The cycle's name", cycle["label"], limits.CYCLE_LABEL, "Start the cycle again with a shorter name."),
    ]
    for so in cycle["signoffs"]:
        out.append((f"The {so['role']}'s name in the sign-off", so["name"], limits.PERSON_NAME, ""))
        out.append((f"The {so['role']}'s position in the sign-off", so["title"], limits.PERSON_TITLE, ""))
    for answer in doc["answers"]:
        item, plan, acceptance = answer["item_id"], answer["plan"] or {}, answer["acceptance"] or {}
        for what, value, limit in (
            ("notes", answer.get("notes", ""), limits.NOTES),
            ("evidence", answer.get("evidence", ""), limits.EVIDENCE),
            ("reason or alternative measure", answer.get("justification", ""), limits.JUSTIFICATION),
            ("plan owner", plan.get("owner", ""), limits.PERSON_NAME),
            ("risk acceptance's approver", acceptance.get("approved_by", ""), limits.PERSON_NAME),
            ("risk acceptance's reason", acceptance.get("reason", ""), limits.ACCEPTANCE_REASON),
        ):
            out.append((f"The {what} of item {item}", value, limit, _FIX_ANSWER))
    return out


def check_limits(doc: dict[str, Any]) -> None:
    """Refuse, before anything is signed, an assessment that the verifier would refuse: every value
    within fsadesk.limits (a message naming the field), then the whole document against the very
    schema the verifier uses, so export can never sign a bundle its own verifier refuses."""
    for what, value, limit, fix in _text_checks(doc):
        problem = limits.text_problem(value, limit)
        if problem is limits.LimitProblem.EMPTY:
            raise OverLimit(f"{what} is empty. {fix}".strip(), limit.field)
        if problem is limits.LimitProblem.TOO_LONG:
            raise OverLimit(
                f"{what} is {len(value):,} characters long; a bundle allows at most {limit.max_chars:,}. {fix}".strip(),
                limit.field,
            )
    year = doc["cycle"]["fiscal_year"]
    if not limits.fiscal_year_ok(year):
        raise OverLimit(
            f"The cycle's fiscal year {year} is outside {limits.FISCAL_YEAR_MIN}-{limits.FISCAL_YEAR_MAX}.",
            "fiscal_year",
        )
    try:
        validate(doc, load_schema("assessment.schema.json"))
    except SchemaProblem as exc:
        raise OverLimit(f"This assessment cannot be put in a bundle: {exc}", exc.path) from exc


def bundle_bytes(
    ws: Workspace,
    catalogue: Catalogue,
    cycle_id: int,
    private_key: Ed25519PrivateKey,
    *,
    report_pdf: bytes,
    include_notes: bool = True,
    created: dt.datetime | None = None,
) -> tuple[bytes, dict[str, Any]]:
    """The .fsab bytes and the manifest, without touching the disk."""
    cycle = ws.cycles.get(cycle_id)
    document = assessment_document(ws, catalogue, cycle_id, include_notes)
    check_limits(document)  # before signing: nothing is signed or written when a value is refused
    members = {spec.ASSESSMENT: canonical_json(document), spec.REPORT: report_pdf}
    for name, data in members.items():
        limit = spec.LIMITS.for_member(name)
        if len(data) > limit:
            raise OversizedMember(f"{name} is {len(data):,} bytes; a bundle allows at most {limit:,}.")
    manifest = manifest_document(
        ws,
        catalogue,
        cycle_id,
        members,
        key_fingerprint=fingerprint(private_key.public_key()),
        include_notes=include_notes,
        created=_iso(created or last_change(ws, cycle)),
    )
    try:
        validate(manifest, load_schema("manifest.schema.json"))  # the verifier's first check, made first here
    except SchemaProblem as exc:
        raise OverLimit(f"This assessment cannot be put in a bundle: {exc}", exc.path) from exc
    manifest_bytes = canonical_json(manifest)
    signature = private_key.sign(manifest_bytes)
    parts = {spec.MANIFEST: manifest_bytes, spec.SIGNATURE: signature, **members}
    return write_zip([(name, parts[name]) for name in spec.MEMBER_ORDER]), manifest


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` with mode 0600, complete or not at all: written beside the target,
    flushed to disk, then renamed into place, so a crash never leaves half a bundle."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_bundle(
    ws: Workspace,
    catalogue: Catalogue,
    cycle_id: int,
    out: Path,
    private_key: Ed25519PrivateKey,
    *,
    report_pdf: bytes,
    include_notes: bool = True,
    created: dt.datetime | None = None,
) -> BundleInfo:
    """Write the signed bundle to `out` (mode 0600: it holds the answers)."""
    data, manifest = bundle_bytes(
        ws, catalogue, cycle_id, private_key, report_pdf=report_pdf, include_notes=include_notes, created=created
    )
    out = Path(out)
    write_private_file(out, data)
    return BundleInfo(
        path=out,
        size=len(data),
        sha256=sha256(data).hexdigest(),
        fingerprint=manifest["signing_key"]["fingerprint"],
        created=manifest["created"],
        manifest=manifest,
    )


def preview(ws: Workspace, catalogue: Catalogue, cycle_id: int, include_notes: bool) -> dict[str, Any]:
    """What an export would send, for the user to see before anything leaves the PC. Built from
    the very document the bundle would carry, so the counts cannot drift from the truth."""
    doc = assessment_document(ws, catalogue, cycle_id, include_notes)
    full = ws.answers.load(cycle_id)
    texts = {key: sum(1 for a in full.values() if getattr(a, key).strip()) for key in spec.FREE_TEXT_FIELDS}
    people = {a.plan.owner for a in full.values() if a.plan and a.plan.owner.strip()}
    people |= {a.acceptance.approved_by for a in full.values() if a.acceptance and a.acceptance.approved_by.strip()}
    key = load_workspace_public_key(ws.folder) if has_signing_key(ws.folder) else None
    cycle = ws.cycles.get(cycle_id)
    return {
        "institution": {"id": doc["institution"]["institution_id"], "name": doc["institution"]["name"]},
        "cycle": {"id": cycle.id, "label": cycle.label, "fiscal_year": cycle.fiscal_year},
        "created": _iso(last_change(ws, cycle)),
        "members": list(spec.MEMBER_ORDER),
        "answers": len(doc["answers"]),
        "answered": sum(1 for a in full.values() if a.status is not Status.UNANSWERED),
        "history_changes": doc["history"]["changes"],
        "includes_notes": include_notes,
        # How many answers carry each kind of free text, and whether it goes (the PDF report shows
        # the same text, so the report must be rendered with the same choice).
        "free_text": {key: {"answers": n, "included": include_notes} for key, n in texts.items()},
        "acceptance_reasons": sum(1 for a in full.values() if a.acceptance and a.acceptance.reason.strip()),
        "people_named": sorted(people),
        "assessment_json_bytes": len(canonical_json(doc)),
        "signing_key": {"exists": key is not None, "fingerprint": fingerprint(key) if key else None},
    }
