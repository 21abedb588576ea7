"""A bundle checks out with standard tools alone, and with the real PDF report inside."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from fsadesk.app.export import read_record
from fsadesk.bundle import spec
from fsadesk.bundle.build import build_bundle
from fsadesk.bundle.keys import KEY_DIR, PUBLIC_KEY_FILE
from fsadesk.bundle.verify import verify_bundle
from tests.bundle_support import FAKE_PDF, Demo, make_demo

DOCS = Path(__file__).resolve().parents[1] / "docs" / "bundle-format.md"
# The commands of docs/bundle-format.md, "Verify with standard tools only", run here verbatim.
UNZIP = "unzip -q ../minato-2026.fsab"
SHA256 = (
    'grep -o \'"name":"[^"]*","sha256":"[0-9a-f]*"\' manifest.json'
    ' | sed \'s/"name":"\\([^"]*\\)","sha256":"\\([0-9a-f]*\\)"/\\2  \\1/\''
    " | sha256sum -c -"
)
OPENSSL = "openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in manifest.json -sigfile manifest.sig"
TOOLS = ("unzip", "sha256sum", "openssl", "grep", "sed")
missing_tools = [t for t in TOOLS if shutil.which(t) is None]
needs_tools = pytest.mark.skipif(bool(missing_tools), reason=f"not installed: {missing_tools} (CI installs them)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Demo:
    return make_demo(tmp_path_factory.mktemp("tools") / "demo")


def _sh(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, timeout=60)


def _export(demo: Demo, catalogue, folder: Path, pdf: bytes = FAKE_PDF) -> Path:
    bundle = folder / "minato-2026.fsab"
    with demo.open() as ws:
        build_bundle(read_record(ws, catalogue, demo.cycle_id), catalogue, bundle, demo.private_key, report_pdf=pdf)
    work = folder / "bundle"
    work.mkdir()
    shutil.copy(demo.folder / KEY_DIR / PUBLIC_KEY_FILE, work / "pub.pem")
    return work


@needs_tools
def test_standard_tools_verify_the_bundle(demo, catalogue, tmp_path):
    """unzip extracts the members, sha256sum matches them to manifest.json, openssl checks the signature."""
    work = _export(demo, catalogue, tmp_path)
    result = _sh(UNZIP, work)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in work.iterdir()) == sorted([*spec.MEMBER_ORDER, "pub.pem"])
    result = _sh(SHA256, work)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "assessment.json: OK\nreport.pdf: OK\n"
    result = _sh(OPENSSL, work)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Signature Verified Successfully" in result.stdout


@needs_tools
def test_standard_tools_notice_tampering(demo, catalogue, tmp_path):
    """The same commands fail on a changed report (sha256sum) and on a changed manifest (openssl)."""
    work = _export(demo, catalogue, tmp_path)
    assert _sh(UNZIP, work).returncode == 0
    (work / "report.pdf").write_bytes(FAKE_PDF + b"x")
    result = _sh(SHA256, work)
    assert result.returncode != 0 and "report.pdf: FAILED" in result.stdout
    manifest = work / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b"DEMO-0001", b"DEMO-0002"))
    result = _sh(OPENSSL, work)
    assert result.returncode != 0 and "Signature Verification Failure" in result.stdout


def test_docs_show_the_tested_commands():
    """docs/bundle-format.md shows exactly the commands the tests above run."""
    text = DOCS.read_text(encoding="utf-8")
    for command in (UNZIP, SHA256, OPENSSL):
        assert command in text, f"docs/bundle-format.md lacks: {command}"


def test_real_pdf_report_in_a_bundle(demo, catalogue, tmp_path):
    """Integration: the real Japanese PDF report goes into a bundle that verifies, byte-identically twice."""
    from fsadesk.app.export import render_report
    from fsadesk.bundle.keys import fingerprint

    with demo.open() as ws:
        pdf = render_report(ws, catalogue, demo.cycle_id, "ja", fingerprint=fingerprint(demo.public_key))
        paths = [tmp_path / "a.fsab", tmp_path / "b.fsab"]
        for path in paths:
            build_bundle(read_record(ws, catalogue, demo.cycle_id), catalogue, path, demo.private_key, report_pdf=pdf)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    result = verify_bundle(paths[0], public_key=demo.public_key)
    assert result.report_pdf == pdf and pdf.startswith(b"%PDF-")
