"""Constants of the bundle format (docs/bundle-format.md is the prose version of this file)."""

from __future__ import annotations

from fsadesk.assessment.record import FREE_TEXT
from fsadesk.bundle.zipfmt import Limits

FORMAT = "fsadesk-bundle"
FORMAT_VERSION = 1  # raise on any incompatible change; readers refuse newer versions
# assessment.json: 2 adds "previous" (the cycle the report compares with); 3 adds every plan's
# "measure" and the cycle's "finalise_note". A format-2 reader refuses both (its schema allows no
# other fields), so they needed a new number. Readers take 1, 2 and 3.
ASSESSMENT_FORMAT_VERSION = 3
ASSESSMENT_FORMAT_VERSIONS = (1, 2, 3)

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ASSESSMENT = "assessment.json"
REPORT = "report.pdf"
MEMBER_ORDER = (MANIFEST, SIGNATURE, ASSESSMENT, REPORT)  # order in the zip
SIGNED_MEMBERS = (ASSESSMENT, REPORT)  # listed with size and SHA-256 in the manifest

SIGNATURE_SIZE = 64  # raw Ed25519

MIB = 1024 * 1024
LIMITS = Limits(
    max_members=16,  # a few more than the four expected, so an extra member is named, not refused blindly
    max_total=100 * MIB,
    max_ratio=200,  # deflate peaks near 1,030:1 on repeated bytes; real JSON stays under 20:1
    member_limits={MANIFEST: 1 * MIB, SIGNATURE: 1024, ASSESSMENT: 32 * MIB, REPORT: 64 * MIB},
    default_member_limit=1 * MIB,
)
# A bundle file can be at most its members plus headers; refuse to read anything much larger.
MAX_BUNDLE_FILE = LIMITS.max_total + 1 * MIB

# Free text an institution may keep back (include_notes=False). A risk acceptance's reason stays:
# whether an acceptance is complete decides whether a gap counts as addressed, so the central
# organisation could not recompute the scores without it. Names and dates are not free text. A
# plan's measure stays too: it is the plan itself (what will be done), which the board approves;
# so does the reason a cycle was finalised with points open, which is part of the sign-off.
FREE_TEXT_FIELDS = FREE_TEXT
