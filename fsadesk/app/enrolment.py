"""The hand-over to the central organisation: the enrolment file and the printable enrolment sheet.

Both say which signing key the central organisation should trust for this institution. The key
lives in files beside the workspace database (fsadesk.bundle.keys), so no transaction is needed;
each file is written whole or not at all. cryptography and reportlab load only when called.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.files import write_whole
from fsadesk.lang import Lang

PUBLIC_FILE = 0o644  # the enrolment file and sheet hold only public facts: readable by anyone is fine


def suggested_names(profile: InstitutionProfile) -> tuple[str, str]:
    """Default file names of the enrolment file and sheet, from the institution id."""
    return f"{profile.institution_id}-enrolment.json", f"{profile.institution_id}-enrolment-sheet.pdf"


def key_created_on(workspace_folder: Path) -> dt.date | None:
    """The day the current key was made: its public key file is written once, when the key is."""
    from fsadesk.bundle.keys import PUBLIC_KEY_FILE, key_dir

    try:
        stamp = (key_dir(workspace_folder) / PUBLIC_KEY_FILE).stat().st_mtime
    except OSError:
        return None
    return dt.datetime.fromtimestamp(stamp).date()


def write_enrolment_file(workspace_folder: Path, profile: InstitutionProfile, path: Path) -> str:
    """Write the enrolment file of the workspace's key to `path`; return the key's fingerprint.
    Raises NoSigningKey when no key was made yet (nothing written), OSError when `path` cannot be
    written."""
    from fsadesk.bundle.keys import fingerprint, load_workspace_public_key, write_enrolment

    public = load_workspace_public_key(workspace_folder)
    write_enrolment(path, profile, public)  # the same file `fsadesk key export-public` writes
    return fingerprint(public)


def write_enrolment_sheet(
    workspace_folder: Path, profile: InstitutionProfile, path: Path, lang: Lang, today: dt.date | None = None
) -> str:
    """Write the one-page enrolment sheet (PDF, in `lang`) to `path`; return the fingerprint.
    Raises as write_enrolment_file."""
    from fsadesk.bundle.keys import fingerprint, load_workspace_public_key
    from fsadesk.report.enrolment_sheet import EnrolmentSheet, render_enrolment_sheet

    public = load_workspace_public_key(workspace_folder)
    sheet = EnrolmentSheet(
        institution_name=profile.name,
        institution_id=profile.institution_id,
        fingerprint=fingerprint(public),
        printed_on=today or dt.date.today(),
        key_created_on=key_created_on(workspace_folder),
    )
    write_whole(path, render_enrolment_sheet(sheet, lang), PUBLIC_FILE)
    return sheet.fingerprint
