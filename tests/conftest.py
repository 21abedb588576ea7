"""Shared test set-up: headless Qt, an isolated data folder per test, the real catalogue."""

from __future__ import annotations

import os

# Before anything imports Qt: no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# The catalogue cache goes to a temporary folder, never the real user profile.
os.environ["FSADESK_CACHE_DIR"] = __import__("tempfile").mkdtemp(prefix="fsadesk-test-cache-")

from pathlib import Path

import pytest

from fsadesk.catalogue import Catalogue, load_catalogue

REPO = Path(__file__).resolve().parents[1]
CATALOGUE_DIR = REPO / "guideline_data" / "fsa-cyber"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may touch the real user profile."""
    folder = tmp_path / "fsadesk-data"
    monkeypatch.setenv("FSADESK_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(CATALOGUE_DIR)
