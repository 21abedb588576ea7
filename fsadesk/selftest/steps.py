"""The self-test's steps: the commands a member and a central organisation run, in-process.

Each step runs the real command line (fsadesk.cli.run), which goes through the application layer
and the central side's use cases as a user's command does, so a package missing a module, a
schema, a migration or a font fails here as it would fail for the user. The report PDFs are read
back from the signed bundles; the main window is the last step (fsadesk.ui.selftest_window).
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fsadesk.lang import Lang
from fsadesk.selftest.pdf_check import pdf_facts
from fsadesk.selftest.words import text

PASSPHRASE = "fsadesk self-test passphrase"  # fixed: the keys live and die in the temporary folder
INSTITUTION = "SELFTEST01"
NAME = "自己診断信用組合"  # also the Japanese text looked for in the report and the window
ORGANISATION = "自己診断信用組合連合会"
CAMPAIGN = "selftest-2026"
YEAR = "2026"
LABEL = "2026年度"
ANSWERS = (("2.1.1-B1", "implemented"), ("2.1.1-B2", "partial"), ("2.1.1-B3", "not_implemented"))
JAPANESE_FONT = "IPAexGothic"


class StepFailed(Exception):
    """A step did not give what it should; `reason` is one plain line."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


@dataclass(frozen=True)
class Folders:
    root: Path

    @property
    def workspace(self) -> Path:
        return self.root / "member" / "workspace"

    @property
    def passphrase(self) -> Path:
        return self.root / "passphrase.txt"

    @property
    def enrolment(self) -> Path:
        return self.root / "member" / f"{INSTITUTION}-enrolment.json"

    @property
    def central_db(self) -> Path:
        return self.root / "central" / "central.db"

    @property
    def org_keys(self) -> Path:
        return self.root / "central" / "keys"

    @property
    def outbox(self) -> Path:
        return self.root / "central" / "outbox"

    def bundle(self, name: str) -> Path:
        return self.root / "member" / f"{name}.fsab"


def cli(*argv: str) -> str:
    """Run one command in-process; its output, or its one-line message as the refusal."""
    from fsadesk.cli import run

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run(list(argv), out=out)
    if code != 0:
        raise CommandRefused(err.getvalue().strip() or f"fsadesk {argv[0]} ended with {code}")
    return out.getvalue()


class CommandRefused(Exception):
    """A command of the self-test ended with an error: its own one-line message."""


@contextlib.contextmanager
def step(name: str) -> Iterator[None]:
    """Any failure inside becomes a StepFailed naming this step (its details go to the log)."""
    try:
        yield
    except StepFailed:
        raise
    except CommandRefused as exc:
        raise StepFailed(name, str(exc)) from exc
    except Exception as exc:
        from fsadesk.cli_errors import known_problem

        reason = known_problem(exc) or " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        raise StepFailed(name, reason) from exc


def check_catalogue(lang: Lang) -> str:
    from fsadesk.catalogue import load_catalogue
    from fsadesk.catalogue.loader import compute_digest, default_catalogue_dir

    folder = default_catalogue_dir()
    cat = load_catalogue(folder, use_cache=False)  # the full validation, not a cached copy
    if compute_digest(cat.header, cat.items) != cat.digest:
        raise StepFailed("catalogue", "the digest computed twice differs")
    recorded = folder / "DIGEST"
    if recorded.is_file():
        version, digest = recorded.read_text(encoding="utf-8").split()[:2]
        if (version, digest) != (cat.version, cat.digest):
            raise StepFailed("catalogue", f"the digest is {cat.digest}, but DIGEST records {version} {digest}")
    if load_catalogue(folder).digest != cat.digest:  # the cached copy it writes reads back the same
        raise StepFailed("catalogue", "the cached copy of the catalogue differs")
    return text("catalogue", lang, id=cat.id, version=cat.version, digest=cat.digest, items=len(cat.items))


def make_workspace(f: Folders, lang: Lang) -> str:
    f.passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    ws = str(f.workspace)
    cli("init", ws, "--name", NAME, "--institution-id", INSTITUTION, "--category", "regional", "--year", YEAR)
    for item, status in ANSWERS:
        cli("answer", ws, item, status, "--notes", "自己診断の回答", "--by", "self-test")
    cli("key", "init", ws, "--passphrase-file", str(f.passphrase))
    cli("key", "export-public", ws, str(f.enrolment))
    return text("workspace", lang, answers=len(ANSWERS))


def _export(f: Folders, name: str, report_lang: Lang, *extra: str) -> Path:
    path = f.bundle(name)
    ws = str(f.workspace)
    cli("export", ws, "--out", str(path), "--lang", report_lang, "--passphrase-file", str(f.passphrase), *extra)
    return path


def check_report(f: Folders, report_lang: Lang, lang: Lang) -> str:
    """The report inside a signed bundle: pages, the Japanese font embedded, a Japanese string in
    its text (the institution's name, in either language's report)."""
    path = _export(f, f"report-{report_lang}", report_lang)
    with zipfile.ZipFile(path) as bundle:
        facts = pdf_facts(bundle.read("report.pdf"))
    name = f"report-{report_lang}"
    if facts.pages < 1:
        raise StepFailed(name, "the report has no pages")
    if JAPANESE_FONT not in facts.embedded_fonts:
        raise StepFailed(name, f"the font {JAPANESE_FONT} is not embedded (found: {sorted(facts.embedded_fonts)})")
    if not facts.has_text(NAME):
        raise StepFailed(name, f"the report's text does not contain {NAME}")
    return text("report", lang, pages=facts.pages, font=JAPANESE_FONT)


def check_bundle(f: Folders, lang: Lang) -> str:
    path = f.bundle("report-ja")
    shown = cli("verify", str(path), "--key", str(f.enrolment))
    if not shown.startswith("OK") or INSTITUTION not in shown:
        raise StepFailed("bundle", shown.strip().splitlines()[0] if shown.strip() else "no verdict")
    return text("bundle", lang, size=path.stat().st_size)


def check_central(f: Folders, lang: Lang) -> str:
    """A fresh central organisation enrols the member, sends a campaign, takes in the encrypted
    bundle; the member imports the campaign and the receipt the intake wrote."""
    db, keys, pp = str(f.central_db), str(f.org_keys), str(f.passphrase)
    f.central_db.parent.mkdir(parents=True)
    cli("central", "init", "--db", db, "--name", ORGANISATION, "--keys", keys, "--passphrase-file", pp)
    cli("central", "member", "enrol", "--db", db, "--yes", "--by", "self-test", str(f.enrolment))
    campaign = f.root / "central" / f"{CAMPAIGN}.fsac"
    cli(
        "central", "campaign", "create", "--db", db, "--title", "自己診断", "--cycle-label", LABEL,
        "--fiscal-year", YEAR, "--deadline", "2099-12-31", "--id", CAMPAIGN, "--out", str(campaign),
        "--keys", keys, "--passphrase-file", pp,
    )  # fmt: skip
    cli("campaign", "import", str(f.workspace), str(campaign), "--yes")
    sealed = _export(f, "encrypted", "ja", "--encrypt-to", str(f.org_keys / "age-recipient.txt"))
    summary = cli(
        "central", "import", "--db", db, "--campaign", CAMPAIGN, "--outbox", str(f.outbox), "--keys", keys,
        "--passphrase-file", pp, str(sealed),
    )  # fmt: skip
    if "accepted 1" not in summary:
        raise StepFailed("central", " ".join(summary.split())[:300] or "the bundle was not accepted")
    receipts = sorted(f.outbox.rglob("*.fsar"))
    if len(receipts) != 1:
        raise StepFailed("central", f"{len(receipts)} receipts were written instead of one")
    shown = cli("receipt", "import", str(f.workspace), str(receipts[0]))
    if "(accepted" not in shown:
        raise StepFailed("central", " ".join(shown.split())[:300])
    return text("central", lang)
