"""Build a signed report bundle (.fsab) from one cycle's record (fsadesk.assessment.record).

The same record gives the same bytes: members in a fixed order, canonical JSON, a canonical zip,
and a creation time taken from the data (never the clock). Ed25519 signatures are deterministic,
so even manifest.sig repeats. Nothing here reads the workspace: the record is read once, in one
snapshot, by the caller (fsadesk.app.export), and a verified bundle yields the same record back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk import __version__, limits
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.finalise_note import FinaliseNote, OpenKind
from fsadesk.assessment.record import CycleRecord, HistorySummary
from fsadesk.assessment.scoring import ENGINE_VERSION, score
from fsadesk.bundle import spec
from fsadesk.bundle.canonical import canonical_json
from fsadesk.bundle.errors import OverLimit, OversizedMember
from fsadesk.bundle.keys import fingerprint
from fsadesk.bundle.schema import SchemaProblem, load_schema, validate
from fsadesk.bundle.zipfmt import write_zip
from fsadesk.catalogue.model import Catalogue
from fsadesk.files import write_private_file


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    size: int  # bytes of the .fsab file
    sha256: str  # of the whole file, for a covering e-mail or a log
    fingerprint: str  # of the signing key
    created: str
    manifest: dict[str, Any]


def _iso(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("created must be timezone-aware")
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _answer_dict(answer: Answer, include_notes: bool) -> dict[str, Any]:
    doc = answer.to_dict()
    if not include_notes:
        for key in spec.FREE_TEXT_FIELDS:
            del doc[key]
    return doc


def _answer_list(answers: Mapping[str, Answer], include_notes: bool) -> list[dict[str, Any]]:
    return [_answer_dict(answers[k], include_notes) for k in sorted(answers)]


def _history(history: HistorySummary) -> dict[str, Any]:
    items = {
        item_id: {"changes": h.changes, "first_change": h.first_change, "last_change": h.last_change}
        for item_id, h in sorted(history.items.items())
    }
    return {"changes": history.changes, "items": items}


def finalise_note_dict(note: FinaliseNote | None) -> dict[str, Any] | None:
    """cycle.finalise_note (format 3): the reason, and how many items of every kind were open."""
    if note is None:
        return None
    return {"reason": note.reason, "open": {kind.value: note.open_counts.get(kind, 0) for kind in OpenKind}}


def assessment_document(record: CycleRecord, catalogue: Catalogue) -> dict[str, Any]:
    """assessment.json: profile, raw answers, history summary, computed scores, the previous
    cycle the report compares with (format 2), and the reason the cycle was finalised with points
    open (format 3), under the record's notes choice."""
    cycle, notes, previous = record.cycle, record.includes_notes, record.previous
    return {
        "format_version": spec.ASSESSMENT_FORMAT_VERSION,
        "institution": record.profile.to_dict(),
        "cycle": {
            "id": cycle.id,
            "label": cycle.label,
            "fiscal_year": cycle.fiscal_year,
            "state": cycle.state,
            "started": cycle.created_at,
            "revision": cycle.revision,
            "finalised": cycle.finalised_at,
            "finalise_note": finalise_note_dict(cycle.finalise_note),
            "signoffs": [
                {
                    "role": so.role.value,
                    "name": so.name,
                    "title": so.title,
                    "date": so.date.isoformat() if so.date else None,
                }
                for so in record.signoffs
            ],
            "catalogue": {
                "id": cycle.catalogue_id,
                "version": cycle.catalogue_version,
                "digest": cycle.catalogue_digest,
            },
        },
        "includes_notes": notes,
        "answers": _answer_list(record.answers, notes),
        "unknown_items": list(record.unknown_items),
        "history": _history(record.history),
        "scores": score(catalogue, record.profile, record.answers).to_dict(),
        # The report's comparison section is drawn from these, so a report rendered from the
        # bundle is the report inside it (docs/bundle-format.md, "previous").
        "previous": (
            {
                "id": previous.id,
                "label": previous.label,
                "fiscal_year": previous.fiscal_year,
                "answers": _answer_list(previous.answers, notes),
            }
            if previous is not None
            else None
        ),
    }


def manifest_document(
    record: CycleRecord,
    catalogue: Catalogue,
    members: dict[str, bytes],
    *,
    key_fingerprint: str,
    created: str,
) -> dict[str, Any]:
    cycle, profile = record.cycle, record.profile
    return {
        "format": spec.FORMAT,
        "format_version": spec.FORMAT_VERSION,
        "app": {"name": "fsadesk", "version": __version__},
        "institution": {"id": profile.institution_id, "name": profile.name},
        "cycle": {"id": cycle.id, "label": cycle.label, "fiscal_year": cycle.fiscal_year},
        "catalogue": {"id": catalogue.id, "version": catalogue.version, "digest": catalogue.digest},
        "scoring_engine": ENGINE_VERSION,
        "created": created,
        "includes_notes": record.includes_notes,
        "signing_key": {"algorithm": "Ed25519", "fingerprint": key_fingerprint},
        "members": [
            {"name": name, "size": len(members[name]), "sha256": sha256(members[name]).hexdigest()}
            for name in spec.SIGNED_MEMBERS
        ],
    }


_FIX_PROFILE = "Correct it under File > Institution and scope (or `fsadesk init`), then export again."
_FIX_ANSWER = "Shorten it on the item's page, then export again."
# The previous cycle is usually finalised (read-only): what can still be done is to leave its notes
# out, or to correct it in a revision of that cycle.
_FIX_PREVIOUS = (
    "It is in the previous cycle, which the report compares with; export without notes, or correct it there."
)


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
    note = cycle.get("finalise_note")
    if note is not None:
        out.append(("The reason for finalising with open points", note["reason"], limits.FINALISE_REASON, ""))
    previous = doc.get("previous")
    answers = [(a, "") for a in doc["answers"]]
    if previous is not None:
        out.append(("The previous cycle's name", previous["label"], limits.CYCLE_LABEL, _FIX_PREVIOUS))
        answers += [(a, " in the previous cycle") for a in previous["answers"]]
    for answer, where in answers:
        item, plan, acceptance = answer["item_id"], answer["plan"] or {}, answer["acceptance"] or {}
        for what, value, limit in (
            ("notes", answer.get("notes", ""), limits.NOTES),
            ("evidence", answer.get("evidence", ""), limits.EVIDENCE),
            ("reason or alternative measure", answer.get("justification", ""), limits.JUSTIFICATION),
            ("plan owner", plan.get("owner", ""), limits.PERSON_NAME),
            ("plan's measure (what will be done)", plan.get("measure", ""), limits.MEASURE),
            ("risk acceptance's approver", acceptance.get("approved_by", ""), limits.PERSON_NAME),
            ("risk acceptance's reason", acceptance.get("reason", ""), limits.ACCEPTANCE_REASON),
        ):
            out.append((f"The {what} of item {item}{where}", value, limit, _FIX_PREVIOUS if where else _FIX_ANSWER))
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
    record: CycleRecord,
    catalogue: Catalogue,
    private_key: Ed25519PrivateKey,
    *,
    report_pdf: bytes,
    include_notes: bool = True,
    created: dt.datetime | None = None,
) -> tuple[bytes, dict[str, Any]]:
    """The .fsab bytes and the manifest, without touching the disk. include_notes=False leaves the
    free text out, as does a record already shared without it (the report given must have been
    rendered from the same shared record)."""
    if not include_notes:
        record = record.shared(False)
    document = assessment_document(record, catalogue)
    check_limits(document)  # before signing: nothing is signed or written when a value is refused
    members = {spec.ASSESSMENT: canonical_json(document), spec.REPORT: report_pdf}
    for name, data in members.items():
        limit = spec.LIMITS.for_member(name)
        if len(data) > limit:
            raise OversizedMember(f"{name} is {len(data):,} bytes; a bundle allows at most {limit:,}.")
    manifest = manifest_document(
        record,
        catalogue,
        members,
        key_fingerprint=fingerprint(private_key.public_key()),
        created=_iso(created or record.last_change),
    )
    try:
        validate(manifest, load_schema("manifest.schema.json"))  # the verifier's first check, made first here
    except SchemaProblem as exc:
        raise OverLimit(f"This assessment cannot be put in a bundle: {exc}", exc.path) from exc
    manifest_bytes = canonical_json(manifest)
    signature = private_key.sign(manifest_bytes)
    parts = {spec.MANIFEST: manifest_bytes, spec.SIGNATURE: signature, **members}
    return write_zip([(name, parts[name]) for name in spec.MEMBER_ORDER]), manifest


def build_bundle(
    record: CycleRecord,
    catalogue: Catalogue,
    out: Path,
    private_key: Ed25519PrivateKey,
    *,
    report_pdf: bytes,
    include_notes: bool = True,
    created: dt.datetime | None = None,
) -> BundleInfo:
    """Write the signed bundle to `out` (mode 0600: it holds the answers)."""
    data, manifest = bundle_bytes(
        record, catalogue, private_key, report_pdf=report_pdf, include_notes=include_notes, created=created
    )
    out = Path(out)
    write_private_file(out, data)
    return info_of(out, data, manifest)


def info_of(path: Path, data: bytes, manifest: dict[str, Any]) -> BundleInfo:
    return BundleInfo(
        path=path,
        size=len(data),
        sha256=sha256(data).hexdigest(),
        fingerprint=manifest["signing_key"]["fingerprint"],
        created=manifest["created"],
        manifest=manifest,
    )


def preview(
    record: CycleRecord, catalogue: Catalogue, include_notes: bool, key_fingerprint: str | None
) -> dict[str, Any]:
    """What an export would send, for the user to see before anything leaves the PC. Built from
    the very document the bundle would carry, so the counts cannot drift from the truth.
    `key_fingerprint` is the workspace's signing key's, or None when export will create one."""
    doc = assessment_document(record.shared(include_notes), catalogue)
    full = record.answers
    texts = {key: sum(1 for a in full.values() if getattr(a, key).strip()) for key in spec.FREE_TEXT_FIELDS}
    people = {a.plan.owner for a in full.values() if a.plan and a.plan.owner.strip()}
    people |= {a.acceptance.approved_by for a in full.values() if a.acceptance and a.acceptance.approved_by.strip()}
    cycle = record.cycle
    return {
        "institution": {"id": doc["institution"]["institution_id"], "name": doc["institution"]["name"]},
        "cycle": {"id": cycle.id, "label": cycle.label, "fiscal_year": cycle.fiscal_year},
        "created": _iso(record.last_change),
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
        # The previous cycle travels too (its answers under the same notes choice): the report
        # compares with it.
        "previous": {"label": record.previous.label, "answers": len(record.previous.answers)}
        if record.previous is not None
        else None,
        "assessment_json_bytes": len(canonical_json(doc)),
        "signing_key": {"exists": key_fingerprint is not None, "fingerprint": key_fingerprint},
    }
