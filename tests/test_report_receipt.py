"""The board's report says the cycle was submitted and received once a receipt is in (issue #12
point 5): on the sign-off page, read back with pdftotext. The bundle never carries the receipt, so
the report inside a bundle stays the one a verifier draws again from it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.app.campaigns import import_campaign, import_receipt
from fsadesk.app.export import export_cycle, report_from_bundle
from fsadesk.bundle.keys import generate_signing_key, load_signing_key, load_workspace_public_key
from fsadesk.bundle.verify import verify_bundle
from fsadesk.catalogue import Catalogue
from fsadesk.store import open_workspace
from tests.bundle_support import PASSPHRASE
from tests.test_campaign_import import ORG, export, write_campaign, write_receipt
from tests.workspace_support import make_demo

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed; CI installs it"
)
KEY = Ed25519PrivateKey.generate()
SAID = {
    "ja": f"提出済み：{ORG}が2027/06/12に受領しました。",  # spaces removed: pdftotext places them freely
    "en": f"Submittedandreceivedby{ORG}on2027-06-12.",
}


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


@pytest.fixture
def received(tmp_path: Path, catalogue: Catalogue) -> Path:
    """A demo workspace whose bundle the central organisation acknowledged."""
    folder = make_demo(tmp_path)
    generate_signing_key(folder, PASSPHRASE)
    import_campaign(folder, write_campaign(folder, tmp_path, KEY))
    import_receipt(folder, write_receipt(tmp_path, KEY, export(folder, catalogue, tmp_path)))
    return folder


def test_the_record_has_the_receipt_and_the_shared_record_does_not(received: Path) -> None:
    with open_workspace(received) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        from fsadesk.store.cycle_record import read_cycle_record

        record = read_cycle_record(ws, cycle.id, frozenset())
    assert record.receipt is not None and record.receipt.organisation_name == ORG
    assert record.shared(True).receipt is None and record.shared(False).receipt is None


@needs_pdftotext
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_sign_off_page_says_received_and_the_bundle_report_does_not(
    received: Path, tmp_path: Path, catalogue: Catalogue, lang: str
) -> None:
    with open_workspace(received) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        export_cycle(
            ws, catalogue, cycle.id, lambda: load_signing_key(received, PASSPHRASE),
            lang=lang, include_notes=True, bundle_path=tmp_path / "again.fsab", pdf_path=tmp_path / "board.pdf",  # type: ignore[arg-type]
        )  # fmt: skip
    assert SAID[lang] in pdf_text(tmp_path / "board.pdf")
    verified = verify_bundle(tmp_path / "again.fsab", public_key=load_workspace_public_key(received))
    inside = tmp_path / "inside.pdf"
    inside.write_bytes(verified.report_pdf)
    assert SAID[lang] not in pdf_text(inside)
    assert report_from_bundle(verified, catalogue, lang) == verified.report_pdf  # type: ignore[arg-type]
