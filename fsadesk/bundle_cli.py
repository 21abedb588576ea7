"""Command-line entry points for keys, export and verification (registered by fsadesk.cli).

Each command reports its own failures (a BundleError, or a file it cannot read or write) as one
plain line on stderr and returns 1, so fsadesk.cli needs no knowledge of bundle errors. A
workspace is opened, read and exported through the application layer (fsadesk.app), as the export
dialog does, never through the store. Heavy modules (cryptography, reportlab, SQLAlchemy and the
store, the catalogue loader) are imported inside the commands, so `fsadesk --help` stays fast and
`fsadesk verify` loads only what verifying needs.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fsadesk import cli_args
from fsadesk.bundle.errors import BundleError, EncryptedBundle, EncryptionError, WeakPassphrase
from fsadesk.cli_errors import known_problem, output_failed
from fsadesk.shown import shown_path

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.app.workspace import AssessmentWorkspace, Cycle
    from fsadesk.catalogue import Catalogue

MAX_PASSPHRASE_FILE = 4096
NEW_KEY_HINT = (
    "Send the enrolment file to your central organisation (fsadesk key export-public WORKSPACE FILE) "
    "and confirm the fingerprint with them by telephone or on paper."
)


Command = Callable[[argparse.Namespace, TextIO], int]


def _plain_errors(prefix: str = "") -> Callable[[Command], Command]:
    def wrap(command: Command) -> Command:
        @functools.wraps(command)
        def run(args: argparse.Namespace, out: TextIO) -> int:
            try:
                return command(args, out)
            except (BundleError, OSError) as exc:  # a missing passphrase, key or output file: not a crash
                sys.stderr.write(f"{prefix}{known_problem(exc)}\n")
            return 1

        return run

    return wrap


def _workspace(args: argparse.Namespace) -> AbstractContextManager[AssessmentWorkspace]:
    """The command's workspace, opened through the application layer and closed after the command."""
    from fsadesk.app.workspace import opened_workspace  # SQLAlchemy loads here, never for verify

    return opened_workspace(cli_args.workspace_folder(args.workspace, getattr(args, "data_dir", None)))


def _catalogue(args: argparse.Namespace) -> Catalogue:
    from fsadesk.catalogue import load_catalogue

    path = getattr(args, "catalogue", None)
    return load_catalogue(Path(path) if path else None)


def _passphrase(args: argparse.Namespace, *, new: bool) -> str:
    """From --passphrase-file (its one trailing newline removed), or typed at a hidden prompt."""
    if args.passphrase_file:
        with open(args.passphrase_file, "rb") as fh:
            raw = fh.read(MAX_PASSPHRASE_FILE + 1)
        if len(raw) > MAX_PASSPHRASE_FILE:
            raise WeakPassphrase(f"{shown_path(args.passphrase_file)} is too large to be a passphrase file.")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise WeakPassphrase(f"{shown_path(args.passphrase_file)} is not UTF-8 text.") from None
        return text.removesuffix("\n").removesuffix("\r")
    if not new:
        return getpass.getpass("Passphrase of the signing key: ")
    first = getpass.getpass("New passphrase for the signing key (at least 8 characters): ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise WeakPassphrase("The two passphrases differ; nothing was created.")
    return first


def _new_key(folder: Path, args: argparse.Namespace, out: TextIO, replace: bool) -> Ed25519PrivateKey:
    """Make the signing key of the workspace in `folder` (files beside its database)."""
    from fsadesk.bundle.keys import check_passphrase, fingerprint, generate_signing_key, load_signing_key

    passphrase = _passphrase(args, new=True)
    check_passphrase(passphrase)
    public = generate_signing_key(folder, passphrase, replace=replace)
    out.write(f"Created a signing key. Fingerprint:\n  {fingerprint(public)}\n{NEW_KEY_HINT}\n")
    return load_signing_key(folder, passphrase)


@_plain_errors()
def cmd_key_init(args: argparse.Namespace, out: TextIO) -> int:
    with _workspace(args) as ws:  # opened first: only a real workspace gets a key
        _new_key(ws.folder, args, out, replace=args.replace)
    return 0


@_plain_errors()
def cmd_key_export_public(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.bundle.keys import fingerprint, load_workspace_public_key, public_key_pem, write_enrolment

    with _workspace(args) as ws:
        if not ws.has_signing_key():
            raise BundleError("This workspace has no signing key yet; create it with `fsadesk key init`.")
        public = load_workspace_public_key(ws.folder)
        profile = ws.profile()
    target = cli_args.output_file(Path(args.out))
    try:
        if args.format == "pem":
            target.write_bytes(public_key_pem(public))
        elif profile is None:
            raise BundleError("This workspace has no institution profile yet; complete the set-up first.")
        else:
            write_enrolment(target, profile, public)
    except OSError as exc:
        raise output_failed(exc, target) from None
    out.write(f"Wrote {shown_path(target)}\nFingerprint: {fingerprint(public)}\n")
    return 0


def _render_pdf(*args: Any) -> bytes:
    """The export's report renderer (fsadesk.app.export.render_pdf); a module attribute so that
    tests of the commands can put a fast fake in its place."""
    from fsadesk.app.export import render_pdf  # reportlab loads only when exporting

    return render_pdf(*args)


def _cycle(ws: AssessmentWorkspace, requested: int | None) -> Cycle:
    if requested is None:
        latest = ws.latest_cycle()
        if latest is None:
            raise BundleError("This workspace has no assessment cycle yet.")
        return latest
    try:
        return ws.cycle(requested)
    except KeyError:
        raise BundleError(f"This workspace has no cycle {requested}.") from None


@_plain_errors()
def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.app.export import WriteFailed
    from fsadesk.bundle.keys import load_signing_key
    from fsadesk.report.pdf_warnings import summary

    target = cli_args.output_file(Path(args.out))
    catalogue = _catalogue(args)
    recipients = _recipients(args.encrypt_to) if args.encrypt_to else None
    wrap = None
    if recipients:
        from fsadesk.bundle.encrypt import encrypt_bundle

        def wrap(data: bytes) -> bytes:
            return encrypt_bundle(data, recipients)

    with _workspace(args) as ws:
        cycle = _cycle(ws, args.cycle)

        def unlock() -> Ed25519PrivateKey:
            if ws.has_signing_key():
                return load_signing_key(ws.folder, _passphrase(args, new=False))
            out.write("This workspace has no signing key yet; creating one first.\n")
            return _new_key(ws.folder, args, out, replace=False)

        try:
            done = ws.export(  # the export dialog's path (fsadesk.app.export.export_cycle)
                catalogue,
                cycle.id,
                unlock,
                lang=getattr(args, "lang", None) or "ja",
                include_notes=args.notes,  # the report travels inside the bundle: the same free text
                bundle_path=target,
                wrap=wrap,
                render=_render_pdf,
            )
        except WriteFailed as exc:
            raise output_failed(exc.__cause__ if isinstance(exc.__cause__, OSError) else exc, exc.path) from None
    if done.unprintable:  # exported all the same; the user learns which fields show the mark (#9 defect 10)
        print("\n  ".join([summary("en"), *map(str, done.unprintable)]), file=sys.stderr)
    manifest, fp = done.manifest, done.fingerprint
    notes = "with notes" if args.notes else "without notes, evidence or justification text"
    out.write(
        f"Wrote {shown_path(target)} ({len(done.bundle):,} bytes{', encrypted' if recipients else ''}): "
        f"{manifest['institution']['name']} · {manifest['cycle']['label']}, {notes}.\n"
        f"Signed with key {fp}\n"
    )
    if done.history_error is not None:  # the bundle is written and complete: exit 0, with a note
        reason = known_problem(done.history_error) or str(done.history_error)
        sys.stderr.write(f"Note: the bundle was written, but the export history could not be updated: {reason}\n")
    return 0


def _is_file(value: str) -> bool:
    try:
        return Path(value).is_file()
    except (OSError, ValueError):  # too long for a path, or a NUL: a recipient, if anything
        return False


def _recipients(values: list[str]) -> list[Any]:
    """--encrypt-to takes an age recipient, or a file of them (e.g. from the campaign file)."""
    from fsadesk.bundle.encrypt import MAX_KEY_TEXT, parse_recipients

    texts = []
    for value in values:
        if not _is_file(value):
            texts.append(value)
            continue
        with open(value, "rb") as fh:
            raw = fh.read(MAX_KEY_TEXT + 1)
        try:
            if len(raw) > MAX_KEY_TEXT:
                raise ValueError
            texts.append(raw.decode("utf-8"))
        except ValueError:  # UnicodeDecodeError too
            raise EncryptionError(
                f"{shown_path(value)} is not a file of age recipients (a small UTF-8 text file of age1… lines)."
            ) from None
    return parse_recipients("\n".join(texts))


@_plain_errors("Verification FAILED: ")
def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.bundle.encrypt import decrypt_bundle, is_encrypted, read_identity_file
    from fsadesk.bundle.keys import load_public_key_file
    from fsadesk.bundle.verify import read_bundle_file, verify_bytes

    data = read_bundle_file(Path(args.file))
    if is_encrypted(data):
        if not args.identity:
            raise EncryptedBundle("This bundle is encrypted (age). Give the identity file with --identity.")
        data = decrypt_bundle(data, read_identity_file(Path(args.identity)))
    if args.key:
        key, enrolment = load_public_key_file(Path(args.key))
        result = verify_bytes(data, public_key=enrolment or key)
    else:
        result = verify_bytes(data, trust_dir=Path(args.trust))
    assessment = result.assessment  # the content must be readable too, not only authentic
    m = result.manifest
    unchecked = (
        ""
        if result.institution_checked
        else "\n               (NOT checked: a bare public key names no institution, so this only shows that "
        "the given key signed the bundle; use the institution's enrolment file or --trust to check who sent it)"
    )
    out.write(
        f"OK: {shown_path(args.file)}\n"
        f"  institution  {m['institution']['id']} {m['institution']['name']}{unchecked}\n"
        f"  cycle        {m['cycle']['label']} (fiscal year {m['cycle']['fiscal_year']})\n"
        f"  created      {m['created']} by fsadesk {m['app']['version']}\n"
        f"  catalogue    {m['catalogue']['id']} {m['catalogue']['version']}\n"
        f"  answers      {len(assessment['answers'])}, notes {'included' if m['includes_notes'] else 'left out'}\n"
        f"  signed by    {result.fingerprint}\n"
        f"  key from     {result.signer}\n"
    )
    note = assessment["cycle"].get("finalise_note")  # format 3; null when nothing was left open
    if note is not None:
        from fsadesk.terms import finalised_with_open_points

        out.write(f"  sign-off     {finalised_with_open_points(note['open'], note['reason'], 'en')}\n")
    return 0


def add_bundle_commands(subparsers: Any) -> None:
    """Register `key`, `export` and `verify` on fsadesk's sub-command parser."""
    path = cli_args.path
    key = subparsers.add_parser("key", help="the institution's signing key")
    key_sub = key.add_subparsers(dest="key_command", required=True)
    ki = key_sub.add_parser("init", help="create the signing key of a workspace")
    ki.add_argument("workspace", type=path)
    ki.add_argument("--passphrase-file", type=path, help="read the passphrase from this file instead of a prompt")
    ki.add_argument("--replace", action="store_true", help="replace an existing key (kept in keys/retired/)")
    ki.set_defaults(func=cmd_key_init)
    ke = key_sub.add_parser("export-public", help="write the enrolment file for the central organisation")
    ke.add_argument("workspace", type=path)
    ke.add_argument("out", type=path)
    ke.add_argument("--format", choices=["enrolment", "pem"], default="enrolment", help="pem: the bare public key")
    ke.set_defaults(func=cmd_key_export_public)

    ex = subparsers.add_parser("export", help="write the signed report bundle (.fsab) of a cycle")
    ex.add_argument("workspace", type=path)
    ex.add_argument("--out", required=True, type=path, help="the bundle file to write, e.g. 2026.fsab")
    ex.add_argument("--passphrase-file", type=path, help="read the passphrase from this file instead of a prompt")
    ex.add_argument("--no-notes", dest="notes", action="store_false", help="leave out notes, evidence, justification")
    ex.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS, help="language of report.pdf")
    ex.add_argument("--cycle", type=cli_args.cycle_number)
    ex.add_argument("--encrypt-to", action="append", metavar="RECIPIENT", help="age recipient (age1…) or file")
    ex.set_defaults(func=cmd_export)

    ve = subparsers.add_parser("verify", help="check a bundle's structure, hashes and signature")
    ve.add_argument("file", type=path)
    who = ve.add_mutually_exclusive_group(required=True)
    who.add_argument("--key", type=path, help="a public key (PEM) or an enrolment file")
    who.add_argument(
        "--trust", type=path, help="a folder of enrolment files; the bundle's institution must be enrolled"
    )
    ve.add_argument("--identity", type=path, help="age identity file, for an encrypted bundle")
    ve.set_defaults(func=cmd_verify)
