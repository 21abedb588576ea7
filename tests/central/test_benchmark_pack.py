"""The benchmark pack built from real submissions (issue #14 point 3): its figures equal those
worked out from the answers sent, small groups and cells are suppressed together with their
complement, nothing names a member, and the signature holds with openssl — on SQLite and
PostgreSQL."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from fsadesk.assessment.record import CycleRecord
from fsadesk.bundle.keys import fingerprint
from fsadesk.catalogue import Catalogue
from fsadesk.central.benchmark_build import (
    BenchmarkFileExists,
    BenchmarkThresholdRefused,
    write_benchmark_pack,
)
from fsadesk.central.benchmark_pack import verify_pack
from fsadesk.central.dashboard.load import CampaignNotFound
from fsadesk.central.errors import SignedFileError
from fsadesk.central.keys import load_signing_key
from tests.central.benchmark_support import (
    CAMPAIGN,
    MEMBER_NAME,
    NOTE,
    SPECS,
    BenchWorld,
    build_bench_world,
    expected_item,
    expected_quartiles,
    group_members,
)
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    PASSPHRASE,
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    make_org,
    org_fixture,
)
from tests.central.signed_support import needs_tools, sh

THRESHOLD = 5


def unpacked(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    """benchmark.json parsed, its bytes and the signature, read with the standard zip reader."""
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        assert z.namelist() == ["benchmark.json", "benchmark.sig"]
        raw, sig = z.read("benchmark.json"), z.read("benchmark.sig")
    return json.loads(raw), raw, sig


def the_group(doc: dict[str, Any], grouping: str, name: str) -> dict[str, Any]:
    return next(g for g in doc["groups"] if (g["grouping"], g["name"]) == (grouping, name))


@pytest.fixture
def world(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> BenchWorld:
    return build_bench_world(org, base, catalogue, tmp_path)


@pytest.fixture(scope="module")
def sqlite_world(
    tmp_path_factory: pytest.TempPathFactory, base: CycleRecord, catalogue: Catalogue
) -> tuple[BenchWorld, Path]:
    """One world on SQLite and its pack, for the tests that only read the file."""
    tmp = tmp_path_factory.mktemp("bench")
    org = make_org(str(tmp / "central.sqlite"), tmp)
    w = build_bench_world(org, base, catalogue, tmp)
    out = tmp / "pack.fsbp"
    write_benchmark_pack(org.db, org.keys, PASSPHRASE, out)
    return w, out


def test_published_figures_equal_the_answers_sent(world: BenchWorld, tmp_path: Path) -> None:
    """Every published group's count, quartiles and item shares are those worked out from the answers."""
    out = tmp_path / "pack.fsbp"
    written = write_benchmark_pack(world.org.db, world.org.keys, PASSPHRASE, out)
    doc, _, _ = unpacked(out)
    assert doc["campaign"]["id"] == CAMPAIGN and doc["threshold"] == THRESHOLD
    published = [(g["grouping"], g["name"]) for g in doc["groups"] if not g["suppressed"]]
    assert published == [("all", "all"), ("category", "regional"), ("size_band", "small")]
    checked = 0
    for grouping, name in published:
        group = the_group(doc, grouping, name)
        members = group_members(world, grouping, name)
        assert group["members"] == len(members)
        for tier, domains in group["rates"].items():
            for domain, figures in domains.items():
                want = expected_quartiles(world, members, tier, domain)
                if figures is not None:
                    assert figures == want, (grouping, name, tier, domain)
                    checked += 1
                else:
                    assert want is None or want["members"] < THRESHOLD or grouping != "all"
        for item, figures in group["items"].items():
            want = expected_item(world, members, item)
            if figures is not None:
                assert figures == want, (grouping, name, item)
                checked += 1
    assert checked > 300  # most cells are published: the comparison is not empty
    basic = {i.id for i in world.catalogue.items if i.tier == "basic"}
    assert set(the_group(doc, "all", "all")["items"]) == basic
    assert written.summary.groups_published == 3 and written.summary.groups_suppressed == 4
    # the file verifies against the organisation's key, and reads back as what was built
    key = load_signing_key(world.org.keys, PASSPHRASE)
    assert verify_pack(out.read_bytes(), fingerprint(key.public_key())) == written.pack


def test_a_group_under_the_threshold_has_no_figure_and_its_complement_goes_with_it(
    sqlite_world: tuple[BenchWorld, Path],
) -> None:
    """insurance (1 member) is withheld, so securities (5, the next smallest) is too: else 'all'
    minus regional minus securities would be insurance's one member. Likewise large (4) and medium."""
    _, out = sqlite_world
    doc, _, _ = unpacked(out)
    for grouping, name in (("category", "insurance"), ("category", "securities"), ("size_band", "large"),
                           ("size_band", "medium")):  # fmt: skip
        assert the_group(doc, grouping, name) == {"grouping": grouping, "name": name, "suppressed": True}
    assert the_group(doc, "category", "regional")["suppressed"] is False


def test_suppressed_cells_hold_no_member_or_at_least_the_threshold(sqlite_world: tuple[BenchWorld, Path]) -> None:
    """Within each grouping and each cell, the members behind the withheld cells (counted from the
    answers) number 0 or at least the threshold; every published cell has at least the threshold."""
    w, out = sqlite_world
    doc, _, _ = unpacked(out)
    all_items = the_group(doc, "all", "all")["items"]
    suppressed_somewhere = 0
    for grouping in ("category", "size_band"):
        groups = [g for g in doc["groups"] if g["grouping"] == grouping]
        for item in all_items:
            hidden = 0
            for g in groups:
                want = expected_item(w, group_members(w, grouping, g["name"]), item)
                n = want["members"] if want else 0
                if g["suppressed"] or g["items"][item] is None:
                    hidden += n
                else:
                    assert g["items"][item]["members"] == n >= THRESHOLD
            assert hidden == 0 or hidden >= THRESHOLD, (grouping, item, hidden)
            suppressed_somewhere += hidden > 0
    assert suppressed_somewhere > 0


def test_no_member_name_code_or_note_is_in_the_file(sqlite_world: tuple[BenchWorld, Path]) -> None:
    """The file's bytes and its JSON hold no member name, institution id, note or justification."""
    _, out = sqlite_world
    data = out.read_bytes()
    _, raw, _ = unpacked(out)
    for text in (NOTE, MEMBER_NAME, "BM-", *SPECS, "代替策"):
        assert text.encode("utf-8") not in data and text.encode("utf-8") not in raw, text
    assert "全国テスト信用組合連合会".encode() in raw  # the organisation is named: it is who signed


@needs_tools
def test_openssl_verifies_the_signature_and_notices_a_change(sqlite_world: tuple[BenchWorld, Path]) -> None:
    """unzip + openssl pkeyutl -verify with the key inside, as docs/benchmark-pack-format.md says."""
    _, out = sqlite_world
    folder = out.parent / "tools"
    folder.mkdir(exist_ok=True)
    lines = [
        f"unzip -o -q {out}",
        """python3 -c 'import json; print(json.load(open("benchmark.json"))["organisation"]["signing_key"]"""
        """["public_key_pem"], end="")' > key.pem""",
        "openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in benchmark.json -sigfile benchmark.sig",
    ]
    done = sh(" && ".join(lines), folder)
    assert done.returncode == 0 and "Signature Verified Successfully" in done.stdout, done.stdout + done.stderr
    changed = (folder / "benchmark.json").read_bytes().replace(b'"threshold":5', b'"threshold":2')
    (folder / "benchmark.json").write_bytes(changed)
    done = sh(lines[2], folder)
    assert done.returncode != 0 and "Signature Verified Successfully" not in done.stdout


def test_any_changed_byte_fails_verification(sqlite_world: tuple[BenchWorld, Path]) -> None:
    """A byte changed anywhere (sampled across the whole file) makes the pack refused, typed."""
    w, out = sqlite_world
    data = out.read_bytes()
    trusted = fingerprint(load_signing_key(w.org.keys, PASSPHRASE).public_key())
    verify_pack(data, trusted)
    step = max(1, len(data) // 400)
    for at in [*range(0, len(data), step), len(data) - 1]:
        changed = bytearray(data)
        changed[at] ^= 0x01
        with pytest.raises(SignedFileError):
            verify_pack(bytes(changed), trusted)


def test_a_lower_minimum_publishes_more_and_one_is_refused(
    sqlite_world: tuple[BenchWorld, Path], tmp_path: Path
) -> None:
    """--min-group 4 publishes the size band of 4 members; a minimum under 2 is refused."""
    w, _ = sqlite_world
    out = tmp_path / "four.fsbp"
    written = write_benchmark_pack(w.org.db, w.org.keys, PASSPHRASE, out, threshold=4)
    doc, _, _ = unpacked(out)
    assert doc["threshold"] == 4
    assert the_group(doc, "size_band", "large")["members"] == 4
    assert written.summary.groups_published > 3
    with pytest.raises(BenchmarkThresholdRefused):
        write_benchmark_pack(w.org.db, w.org.keys, PASSPHRASE, tmp_path / "one.fsbp", threshold=1)
    assert not (tmp_path / "one.fsbp").exists()


def test_the_file_is_private_and_never_overwritten_unless_asked(
    sqlite_world: tuple[BenchWorld, Path], tmp_path: Path
) -> None:
    """0600, whole; an existing file stays as it was unless force is given."""
    w, _ = sqlite_world
    out = tmp_path / "pack.fsbp"
    out.write_bytes(b"keep me")
    with pytest.raises(BenchmarkFileExists):
        write_benchmark_pack(w.org.db, w.org.keys, PASSPHRASE, out)
    assert out.read_bytes() == b"keep me"
    write_benchmark_pack(w.org.db, w.org.keys, PASSPHRASE, out, force=True)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert unpacked(out)[0]["campaign"]["id"] == CAMPAIGN
    with pytest.raises(CampaignNotFound):
        write_benchmark_pack(w.org.db, w.org.keys, PASSPHRASE, tmp_path / "x.fsbp", campaign_id="nope")


def test_the_command_line_writes_the_pack_and_says_what_it_withheld(
    sqlite_world: tuple[BenchWorld, Path], tmp_path: Path
) -> None:
    """fsadesk central benchmark: the summary line; a bad argument ends in one line (argparse's after
    its usage), an existing file or an unknown campaign in one plain line."""
    w, _ = sqlite_world
    db = str(w.org.db.engine.url.database)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE)
    out = tmp_path / "cli.fsbp"
    base = ["central", "benchmark", "--db", db, "--keys", str(w.org.keys), "--passphrase-file", str(passfile)]
    done = fsadesk(*base, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "3 peer groups published, 4 withheld" in done.stdout
    assert unpacked(out)[0]["campaign"]["id"] == CAMPAIGN
    for args in (["--out", str(out)], ["--out", str(tmp_path / "y.fsbp"), "--min-group", "1"],
                 ["--out", str(tmp_path / "z.fsbp"), "--campaign", "nope"]):  # fmt: skip
        bad = fsadesk(*base, *args)
        lines = bad.stderr.strip().splitlines()
        assert "Traceback" not in bad.stderr
        if bad.returncode == 2:  # argparse: its usage, then one "…: error: …" line
            assert lines[0].startswith("usage:") and ": error: " in lines[-1], bad.stderr
        else:
            assert bad.returncode == 1 and len(lines) == 1, bad.stderr
    assert not (tmp_path / "y.fsbp").exists() and not (tmp_path / "z.fsbp").exists()


def fsadesk(*args: str) -> subprocess.CompletedProcess[str]:
    import sys

    return subprocess.run([sys.executable, "-m", "fsadesk", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("counts", "already", "hidden"), [
    ({"a": 6, "b": 7}, set(), set()),  # nothing small: nothing withheld
    ({"a": 1, "b": 5, "c": 9}, set(), {"a", "b"}),  # 1 alone would be "all" minus b and c
    ({"a": 3, "b": 3, "c": 10}, set(), {"a", "b"}),  # the small ones together reach the threshold
    ({"a": 0, "b": 5}, set(), {"a"}),  # an empty group hides nobody
    ({"a": 1, "b": 2}, set(), {"a", "b"}),  # everything small: everything withheld
    ({"a": 2, "b": 9, "c": 8}, {"b"}, {"a", "b"}),  # a withheld group counts with the small cells
    ({"a": 4, "b": 6, "c": 6}, set(), {"a", "b"}),  # ties of the next smallest: by name
])  # fmt: skip
def test_the_complementary_rule(counts: dict[str, int], already: set[str], hidden: set[str]) -> None:
    """Withheld groups or cells of one grouping hold 0 or at least the threshold (5) members."""
    from fsadesk.central.benchmark_suppress import suppressed_within

    assert suppressed_within(counts, 5, frozenset(already)) == hidden


def test_a_category_outside_the_catalogue_is_never_a_group_name(catalogue: Catalogue) -> None:
    """A category typed into the registry is counted as "not set" (one group per member still), so
    free text never names a group; that group of one is withheld with its complement."""
    import datetime as dt

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.assessment.profile import InstitutionProfile
    from fsadesk.central.benchmark_build import build_pack
    from fsadesk.central.benchmark_pack import write_pack
    from fsadesk.central.dashboard.load import CampaignInfo, CurrentSubmission, MemberInfo
    from fsadesk.central.dashboard.snapshot import CampaignData

    typed = "みなと信用組合の分類"
    cats = ["regional"] * 5 + [typed]
    members = tuple(MemberInfo(n, f"M-{n}", f"名前{n}", c, "small") for n, c in enumerate(cats, start=1))
    domains = {"2.1": {"basic": {"rate": 0.5}, "desirable": {"rate": None}}}
    current = {m.id: CurrentSubmission(100 + m.id, m.id, "accepted", (), "", "", domains, ()) for m in members}
    profile = InstitutionProfile(name="x", institution_id="x", category="regional").to_dict()
    data = CampaignData(
        CampaignInfo(1, "c1", "t", "2026年度", 2026, dt.date(2027, 6, 30)), (), members, current, (),
        {100 + m.id: profile for m in members}, {},
    )  # fmt: skip
    key = Ed25519PrivateKey.generate()
    pack, summary = build_pack(data, catalogue, {}, organisation_name="連合会",
                               organisation_fingerprint=fingerprint(key.public_key()))  # fmt: skip
    names = {(g.grouping, g.name): g.suppressed for g in pack.groups}
    assert names == {("all", "all"): False, ("category", ""): True, ("category", "regional"): True,
                     ("size_band", "small"): False}  # fmt: skip
    assert typed.encode() not in write_pack(pack, key)
    assert pack.group("all", "all").rates["basic"]["2.1"].median == 0.5  # type: ignore[union-attr]
    assert summary.groups_published == 2


def test_a_member_imports_the_pack_its_organisation_wrote(
    sqlite_world: tuple[BenchWorld, Path], tmp_path: Path
) -> None:
    """End to end: the organisation's campaign file and pack, both from the central database, go
    into a member's workspace; the cycle of that campaign is compared with the pack."""
    from fsadesk.app.benchmark import benchmark_for_cycle, import_benchmark
    from fsadesk.app.campaigns import import_campaign
    from fsadesk.central.campaigns import list_campaigns
    from fsadesk.store import open_workspace
    from tests.workspace_support import make_demo

    w, out = sqlite_world
    member = make_demo(tmp_path)
    campaign_file = tmp_path / "campaign.fsac"
    campaign_file.write_bytes(next(c.file for c in list_campaigns(w.org.db) if c.campaign_id == CAMPAIGN))
    import_campaign(member, campaign_file)
    done = import_benchmark(member, out)
    assert done.pack.campaign_id == CAMPAIGN and not done.catalogue_differs
    with open_workspace(member) as ws:
        cycle = ws.cycles.latest()
        profile = ws.institution.get()
    assert cycle is not None and profile is not None and (cycle.fiscal_year, cycle.label) == (2026, "2026年度")
    assert benchmark_for_cycle(member, cycle.id) == done.pack
    group = done.pack.group_for(profile.category, profile.size_band.value)
    assert group is not None and not group.suppressed


def _signed(doc: dict[str, Any], key: Any) -> bytes:
    """A pack made by hand: canonical JSON, signed properly, in the right container."""
    from fsadesk.bundle.canonical import canonical_json
    from fsadesk.bundle.zipfmt import write_zip

    raw = canonical_json(doc)
    return write_zip([("benchmark.json", raw), ("benchmark.sig", key.sign(raw))])


@pytest.mark.parametrize(("change", "error"), [
    (lambda d: d.__setitem__("format_version", 2), "BenchmarkPackNewerFormat"),
    (lambda d: d["groups"][0].__setitem__("members", 3), "BenchmarkPackDamaged"),  # a group under the threshold
    (lambda d: d["groups"][1].__setitem__("members", 6), "BenchmarkPackDamaged"),  # a withheld group with a count
    (lambda d: d["groups"][0]["items"]["2.1.1-B1"].__setitem__("members", 4), "BenchmarkPackDamaged"),  # a small cell
    (lambda d: d["groups"][0]["items"]["2.1.1-B1"].__setitem__("implemented", 0.9), "BenchmarkPackDamaged"),
    (lambda d: d["groups"].append(dict(d["groups"][0])), "BenchmarkPackDamaged"),  # a group twice
    (lambda d: d.__setitem__("format", "fsadesk-campaign"), "NotABenchmarkPack"),
    # the complement: "all" (6) minus a published category of 5 would single out one member
    (lambda d: d["groups"].__setitem__(1, {"grouping": "category", "name": "regional", "suppressed": False,
                                           "members": 5, "rates": {}, "items": {}}), "BenchmarkPackDamaged"),
    (lambda d: d["groups"].__setitem__(1, {"grouping": "category", "name": "regional", "suppressed": False,
                                           "members": 6, "rates": {}, "items": {"2.1.1-B1": {
                                               "members": 5, "implemented": 1, "partial": 0, "not_implemented": 0,
                                               "unanswered": 0}}}), "BenchmarkPackDamaged"),
])  # fmt: skip
def test_the_reader_refuses_a_signed_pack_that_breaks_the_rules(change: Any, error: str) -> None:
    """Signed by the trusted key, yet refused: a newer format, or figures the anonymity rules forbid
    (a foreign writer's pack is held to the same rules as fsadesk's own)."""
    import datetime as dt

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.assessment.benchmark import BenchmarkPack, ItemFigures, PeerGroup, RateFigures
    from fsadesk.central import errors
    from fsadesk.central.benchmark_pack import pack_document, write_pack

    key = Ed25519PrivateKey.generate()
    pack = BenchmarkPack(
        "c1", "t", "2026年度", 2026, "連合会", fingerprint(key.public_key()), "cat", "v", "ab" * 32,
        dt.datetime(2027, 7, 1, tzinfo=dt.UTC), 5,
        (PeerGroup("all", "all", False, 6, {"basic": {"2.1": RateFigures(6, 0.2, 0.5, 0.8, 0.5)}},
                   {"2.1.1-B1": ItemFigures(6, 0.5, 0.1667, 0.1667, 0.1666)}),
         PeerGroup("category", "regional", True, None, {}, {})),
    )  # fmt: skip
    trusted = fingerprint(key.public_key())
    assert verify_pack(write_pack(pack, key), trusted) == pack  # as made: accepted
    doc = pack_document(pack, key.public_key())
    change(doc)
    with pytest.raises(getattr(errors, error)):
        verify_pack(_signed(doc, key), trusted)
