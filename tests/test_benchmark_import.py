"""A member imports its central organisation's benchmark pack (issue #14 point 3): real signed
packs and campaign files with fresh Ed25519 keys, real workspaces; every refusal is typed and
leaves the workspace file exactly as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.app import benchmark_errors
from fsadesk.app.benchmark import benchmark_for_cycle, import_benchmark
from fsadesk.app.campaigns import import_campaign
from fsadesk.app.workspace import opened_workspace
from fsadesk.assessment.benchmark import BenchmarkPack, ItemFigures, PeerGroup, RateFigures
from fsadesk.bundle.keys import fingerprint
from fsadesk.bundle.zipfmt import write_zip
from fsadesk.catalogue import load_catalogue
from fsadesk.central import errors as central_errors
from fsadesk.central.benchmark_pack import write_pack
from fsadesk.central.campaign import CatalogueRef, build_campaign
from fsadesk.store import open_workspace
from tests.test_campaign_import import ORG, workspace_catalogue, write_campaign
from tests.workspace_support import dump, make_demo

KEY = Ed25519PrivateKey.generate()
CREATED = dt.datetime(2027, 7, 15, 3, 0, tzinfo=dt.UTC)


def a_pack(folder: Path, key: Ed25519PrivateKey = KEY, **changes: object) -> BenchmarkPack:
    """A pack for the demo's cycle (2026年度), its catalogue, regional published, large withheld."""
    cat = workspace_catalogue(folder)
    rates = {"basic": {"2.1": RateFigures(7, 0.25, 0.5, 0.75, 0.4821), "2.2": None}}
    items = {"2.1.1-B1": ItemFigures(7, 0.5714, 0.1429, 0.1429, 0.1428), "2.1.1-B2": None}
    pack = BenchmarkPack(
        campaign_id="2026-shinkumi", campaign_title="2026年度 自己評価", cycle_label="2026年度", fiscal_year=2026,
        organisation_name=ORG, organisation_fingerprint=fingerprint(key.public_key()), catalogue_id=cat.id,
        catalogue_version=cat.version, catalogue_digest=cat.digest, created=CREATED, threshold=5,
        groups=(PeerGroup("all", "all", False, 12, rates, items),
                PeerGroup("category", "regional", False, 7, rates, items),
                PeerGroup("size_band", "large", True, None, {}, {})),
    )  # fmt: skip
    return dataclasses.replace(pack, **changes)  # type: ignore[arg-type]


def write(pack: BenchmarkPack, out: Path, key: Ed25519PrivateKey = KEY, name: str = "pack") -> Path:
    path = out / f"{name}.fsbp"
    path.write_bytes(write_pack(pack, key))
    return path


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("bench-demo"))


@pytest.fixture
def member(demo_template: Path, tmp_path: Path) -> Path:
    """The demo workspace (2026年度) with the organisation's 2026 campaign imported."""
    import shutil

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    import_campaign(folder, write_campaign(folder, tmp_path, KEY, campaign_id="2026-shinkumi", cycle_label="2026年度",
                                           fiscal_year=2026))  # fmt: skip
    return folder


def cycle_id_of(folder: Path, fiscal_year: int) -> int:
    with open_workspace(folder) as ws:
        return next(c.id for c in ws.cycles.all() if c.fiscal_year == fiscal_year)


def cycle_id(folder: Path) -> int:
    with open_workspace(folder) as ws:
        latest = ws.cycles.latest()
        assert latest is not None
        return latest.id


def test_a_pack_from_the_trusted_organisation_is_stored_and_read_back(member: Path, tmp_path: Path) -> None:
    """Imported with its bytes; the cycle of the same fiscal year and label is compared with it."""
    pack = a_pack(member)
    path = write(pack, tmp_path)
    done = import_benchmark(member, path)
    assert done.pack == pack and not done.catalogue_differs
    assert benchmark_for_cycle(member, cycle_id(member)) == pack
    con = sqlite3.connect(member / "workspace.sqlite")
    try:
        row = con.execute("SELECT file_bytes, campaign_id, fiscal_year, cycle_label, fingerprint FROM benchmark_pack")
        assert row.fetchall() == [(path.read_bytes(), "2026-shinkumi", 2026, "2026年度", pack.organisation_fingerprint)]
    finally:
        con.close()
    assert done.pack.group_for("regional", "large") == pack.groups[1]
    assert done.pack.group_for("insurance", "large") == pack.groups[0]  # its own groups withheld: all members


@pytest.mark.parametrize("case", ["other_key", "no_campaign", "tampered", "a_campaign_file", "not_a_zip",
                                  "unknown_campaign", "twice"])  # fmt: skip
def test_a_refused_pack_is_typed_and_stores_nothing(
    case: str, demo_template: Path, member: Path, tmp_path: Path
) -> None:
    """Another organisation's key, no campaign imported, a changed byte, another kind of file, a
    campaign never imported, the same pack twice: each refused with its own kind."""
    folder, pack = member, a_pack(member)
    if case == "other_key":
        other = Ed25519PrivateKey.generate()
        path, error = write(a_pack(member, other), tmp_path, other), central_errors.BenchmarkPackOtherOrganisation
    elif case == "no_campaign":
        import shutil

        folder = tmp_path / "fresh"
        shutil.copytree(demo_template, folder)
        path, error = write(pack, tmp_path), benchmark_errors.BenchmarkNoCampaign
    elif case == "tampered":
        path = write(pack, tmp_path)
        with zipfile.ZipFile(path) as z:  # a figure changed and the zip made again, CRCs right
            doc, sig = z.read("benchmark.json"), z.read("benchmark.sig")
        assert b'"median":0.5,' in doc
        path.write_bytes(write_zip([("benchmark.json", doc.replace(b'"median":0.5,', b'"median":0.6,')),
                                    ("benchmark.sig", sig)]))  # fmt: skip
        error = central_errors.BenchmarkPackBadSignature
    elif case == "a_campaign_file":
        path, error = write_campaign(member, tmp_path, KEY, campaign_id="x"), central_errors.NotABenchmarkPack
    elif case == "not_a_zip":
        path = tmp_path / "notes.fsbp"
        path.write_text("not a pack", encoding="utf-8")
        error = central_errors.NotABenchmarkPack
    elif case == "unknown_campaign":
        path = write(a_pack(member, campaign_id="2099-elsewhere"), tmp_path)
        error = benchmark_errors.BenchmarkForUnknownCampaign
    else:
        path = write(pack, tmp_path)
        import_benchmark(member, path)
        error = benchmark_errors.BenchmarkAlreadyImported
    before = dump(folder)
    with pytest.raises(error) as raised:
        import_benchmark(folder, path)
    assert raised.value.kind == error.kind
    assert dump(folder) == before


def test_a_newer_pack_supersedes_and_an_earlier_year_is_the_fallback(member: Path, tmp_path: Path) -> None:
    """The newest pack of the cycle's own campaign is shown; a cycle without one gets the latest
    earlier fiscal year's; none before any pack."""
    assert benchmark_for_cycle(member, cycle_id(member)) is None
    older = a_pack(member)
    newer = a_pack(member, created=CREATED + dt.timedelta(days=3), threshold=6,
                   groups=(PeerGroup("all", "all", True, None, {}, {}),))  # fmt: skip
    import_benchmark(member, write(newer, tmp_path, name="newer"))
    import_benchmark(member, write(older, tmp_path, name="older"))  # imported later, made earlier
    assert benchmark_for_cycle(member, cycle_id(member)) == newer
    with opened_workspace(member) as ws:
        started = ws.start_next_cycle(load_catalogue(), "2027年度", 2027, None)
    next_id = started.cycle.id
    assert benchmark_for_cycle(member, next_id) == newer  # no 2027 pack: the latest earlier year's
    import_campaign(member, write_campaign(member, tmp_path, KEY, campaign_id="2027-shinkumi"))
    pack_2027 = a_pack(member, campaign_id="2027-shinkumi", cycle_label="2027年度", fiscal_year=2027)
    import_benchmark(member, write(pack_2027, tmp_path, name="2027"))
    assert benchmark_for_cycle(member, next_id) == pack_2027
    assert benchmark_for_cycle(member, cycle_id_of(member, 2026)) == newer  # a later year never stands in


def test_a_pack_on_another_catalogue_is_imported_and_flagged(member: Path, tmp_path: Path) -> None:
    """The catalogue differs from the cycle's: imported all the same, flagged for the windows."""
    done = import_benchmark(member, write(a_pack(member, catalogue_version="2099.01.1", catalogue_digest="ef" * 32),
                                          tmp_path))  # fmt: skip
    assert done.catalogue_differs
    assert benchmark_for_cycle(member, cycle_id(member)) == done.pack


def test_packs_are_append_only(member: Path, tmp_path: Path) -> None:
    """A stored pack is never changed nor removed (triggers refuse UPDATE and DELETE)."""
    import_benchmark(member, write(a_pack(member), tmp_path))
    con = sqlite3.connect(member / "workspace.sqlite")
    try:
        for statement in ("UPDATE benchmark_pack SET campaign_id = 'x'", "DELETE FROM benchmark_pack"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                con.execute(statement)
        assert con.execute("SELECT count(*) FROM benchmark_pack").fetchone() == (1,)
    finally:
        con.close()


def test_the_workspace_view_imports_and_reads_the_pack(member: Path, tmp_path: Path) -> None:
    """AssessmentWorkspace.import_benchmark / benchmark: the windows' way in, on the open workspace."""
    pack = a_pack(member)
    with opened_workspace(member) as ws:
        assert ws.import_benchmark(write(pack, tmp_path)).pack == pack
        latest = ws.latest_cycle()
        assert latest is not None and ws.benchmark(latest.id) == pack


def test_the_command_line_names_the_campaign_organisation_and_peer_group(member: Path, tmp_path: Path) -> None:
    """fsadesk benchmark import: what was imported and which group the member is compared with;
    the same pack again is one plain line."""
    path = write(a_pack(member), tmp_path)
    cmd = [sys.executable, "-m", "fsadesk", "benchmark", "import", str(member), str(path)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "2026-shinkumi" in done.stdout and ORG in done.stdout
    with open_workspace(member) as ws:
        profile = ws.institution.get()
    assert profile is not None
    expected = "category" if profile.category == "regional" else "all members"
    assert f"Your peer group: {expected}" in done.stdout
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert again.returncode == 1 and len(again.stderr.strip().splitlines()) == 1 and "already" in again.stderr


def test_a_0007_workspace_is_backed_up_and_migrated_keeping_its_data(tmp_path: Path) -> None:
    """Schema 0007 → 0008: the institution, cycle and imported campaign stay as they were, a backup
    is taken first, and the new table takes a pack."""
    from fsadesk.store import schema
    from fsadesk.store.engine import make_engine
    from fsadesk.store.files import create_private_file, make_private_dir

    folder = tmp_path / "old"
    make_private_dir(folder)
    db = folder / "workspace.sqlite"
    create_private_file(db)
    engine = make_engine(db)
    schema.upgrade(engine, "0007")
    cat = workspace_catalogue_of_shipped()
    campaign = write_campaign_bytes(tmp_path)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO institution (id, name, institution_id, category, size_band, is_fmi, scope, applicability,"
            " updated_at) VALUES (1, 'みなと信用組合', 'SK-1', 'regional', 'small', 0, 'basic', '{}',"
            " '2026-05-01T00:00:00Z')"
        )
        conn.exec_driver_sql(
            "INSERT INTO cycle (id, label, fiscal_year, catalogue_id, catalogue_version, catalogue_digest, created_at,"
            " state, revision) VALUES (1, '2026年度', 2026, ?, ?, ?, '2026-05-01', 'open', 1)",
            (cat.id, cat.version, cat.digest),
        )
        conn.exec_driver_sql(
            "INSERT INTO campaign (campaign_id, file_bytes, imported_at, imported_by, title, cycle_label, fiscal_year,"
            " deadline, catalogue_id, catalogue_version, catalogue_digest, organisation_name, fingerprint,"
            " age_recipient) VALUES ('2026-shinkumi', ?, '2026-06-01T00:00:00Z', 'tester', 't', '2026年度', 2026,"
            " '2026-06-30', ?, ?, ?, ?, ?, 'age1x')",
            (campaign, cat.id, cat.version, cat.digest, ORG, fingerprint(KEY.public_key())),
        )
    engine.dispose()
    before = {t: rows(db, t) for t in ("institution", "cycle", "campaign")}
    with open_workspace(folder) as ws:
        assert ws.backup_made is not None and ws.backup_made.exists()
    assert {t: rows(db, t) for t in before} == before
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
    finally:
        con.close()
    pack = a_pack_for(cat)
    assert import_benchmark(folder, write(pack, tmp_path)).pack == pack
    assert benchmark_for_cycle(folder, 1) == pack


def rows(db: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    finally:
        con.close()


def workspace_catalogue_of_shipped() -> CatalogueRef:
    cat = load_catalogue()
    return CatalogueRef(cat.id, cat.version, cat.digest)


def write_campaign_bytes(tmp_path: Path) -> bytes:
    from tests.test_campaign_import import RECIPIENT

    return build_campaign(
        title="2026年度 自己評価", cycle_label="2026年度", fiscal_year=2026, deadline=dt.date(2026, 6, 30),
        catalogue=workspace_catalogue_of_shipped(), organisation_name=ORG, signing_key=KEY, age_recipient=RECIPIENT,
        campaign_id="2026-shinkumi",
    )  # fmt: skip


def a_pack_for(cat: CatalogueRef) -> BenchmarkPack:
    rates = {"basic": {"2.1": RateFigures(6, 0.3, 0.5, 0.7, 0.5)}}
    return BenchmarkPack(
        campaign_id="2026-shinkumi", campaign_title="2026年度 自己評価", cycle_label="2026年度", fiscal_year=2026,
        organisation_name=ORG, organisation_fingerprint=fingerprint(KEY.public_key()), catalogue_id=cat.id,
        catalogue_version=cat.version, catalogue_digest=cat.digest, created=CREATED, threshold=5,
        groups=(PeerGroup("all", "all", False, 6, rates, {}),),
    )  # fmt: skip


def test_a_failure_after_the_write_leaves_the_workspace_unchanged(
    member: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One unit of work: the pack row written, then a failure, and nothing of it stays."""
    from fsadesk.store.benchmarks import BenchmarkRepository

    real_add = BenchmarkRepository.add

    def add_then_fail(self: BenchmarkRepository, *args: object) -> None:
        real_add(self, *args)  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(BenchmarkRepository, "add", add_then_fail)
    before = dump(member)
    with pytest.raises(OSError):
        import_benchmark(member, write(a_pack(member), tmp_path))
    assert dump(member) == before
