"""Random damage to a bundle never crashes verification: it is a BundleError, or (for no-op edits) a pass."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fsadesk.bundle.errors import BundleError
from fsadesk.bundle.verify import verify_bytes
from tests.bundle_support import Demo, build, make_demo


@pytest.fixture(scope="module")
def sample(tmp_path_factory, catalogue) -> tuple[Demo, bytes]:
    demo = make_demo(tmp_path_factory.mktemp("fuzz") / "demo")
    return demo, build(demo, catalogue)


edits = st.lists(
    st.tuples(st.sampled_from(["set", "insert", "delete", "truncate"]), st.floats(0, 1), st.integers(0, 255)),
    min_size=1,
    max_size=4,
)


def _apply(data: bytes, plan: list[tuple[str, float, int]]) -> bytes:
    out = bytearray(data)
    for kind, where, value in plan:
        pos = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "set" and out:
            out[pos] = value
        elif kind == "insert":
            out.insert(pos, value)
        elif kind == "delete" and out:
            del out[pos]
        elif kind == "truncate":
            del out[pos:]
    return bytes(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=edits)
def test_random_damage_gives_a_bundle_error(sample, plan):
    """Any mix of changed, inserted and deleted bytes or truncation is rejected with a BundleError
    (or verifies, only when the edits left the file unchanged)."""
    demo, good = sample
    damaged = _apply(good, plan)
    try:
        verify_bytes(damaged, public_key=demo.public_key)
    except BundleError as exc:
        assert str(exc)
    else:
        assert damaged == good
