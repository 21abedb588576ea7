"""The schema validator compiles each schema once (#12: the central organisation checks a thousand
assessment.json files in a batch). It must accept and refuse exactly what the plain walker over the
schema did, with the same first problem and the same path; that walker is kept here as the
reference, and hypothesis throws JSON values and damaged bundle documents at both."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fsadesk.bundle import spec
from fsadesk.bundle.schema import SchemaProblem, load_schema, validate
from tests.bundle_support import build, make_demo, members_of
from tests.test_bundle_schema import SCHEMA

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "integer": (int,), "number": (int, float),
    "boolean": (bool,), "null": (type(None),),
}  # fmt: skip


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def _resolve(ref: str, root: dict[str, Any]) -> Any:
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def reference(value: Any, schema: Any, root: dict[str, Any] | None = None, path: str = "$") -> None:
    """The walker fsadesk used before the compiled one: a direct reading of the keywords."""
    root = root if root is not None else schema
    if schema is True:
        return
    if schema is False:
        raise SchemaProblem(path, "is not allowed here")
    if "$ref" in schema:
        reference(value, _resolve(schema["$ref"], root), root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, t) for t in types):
            raise SchemaProblem(path, f"must be {' or '.join(types)}")
    if "const" in schema and value != schema["const"]:
        raise SchemaProblem(path, f"must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaProblem(path, f"must be one of {schema['enum']}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise SchemaProblem(path, f"must have at least {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise SchemaProblem(path, f"must have at most {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            raise SchemaProblem(path, f"does not have the expected form ({schema['pattern']})")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaProblem(path, f"must be at least {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise SchemaProblem(path, f"must be at most {schema['maximum']}")
    elif isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise SchemaProblem(path, f"must have at least {schema['minItems']} entries")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise SchemaProblem(path, f"must have at most {schema['maxItems']} entries")
        if schema.get("uniqueItems"):
            seen = [json.dumps(v, sort_keys=True) for v in value]
            if len(set(seen)) != len(seen):
                raise SchemaProblem(path, "has duplicate entries")
        for index, item in enumerate(value if "items" in schema else []):
            reference(item, schema["items"], root, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                raise SchemaProblem(path, f"the field {key!r} is missing")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                reference(item, properties[key], root, f"{path}.{key}")
            elif extra is False:
                raise SchemaProblem(path, f"the field {key!r} is not part of the format")
            else:
                reference(item, extra, root, f"{path}.{key}")


def outcome(check: Any, value: Any, schema: Any) -> str | None:
    try:
        check(value, schema)
    except SchemaProblem as problem:
        return f"{problem.path} | {problem}"
    return None


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.floats(-2, 2, allow_nan=False),
    st.sampled_from(["", "a", "b", "ab", "0f", "XY", "2026-12-02", "implemented", "done", "ja"]),
)  # fmt: skip
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["n", "s", "xs", "o", "k", "zz", "status", "plan"]), inner, max_size=5),
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_same_verdict_as_the_reference_on_any_json(value):
    assert outcome(validate, value, SCHEMA) == outcome(reference, value, SCHEMA)


@pytest.fixture(scope="module")
def documents(tmp_path_factory, catalogue) -> tuple[dict[str, Any], dict[str, Any]]:
    demo = make_demo(tmp_path_factory.mktemp("compiled") / "demo")
    members = members_of(build(demo, catalogue))
    return json.loads(members[spec.MANIFEST]), json.loads(members[spec.ASSESSMENT])


def _places(doc: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document (a path of keys and indexes), for damaging one of them."""
    out = [here]
    if isinstance(doc, dict):
        for key, item in doc.items():
            out += _places(item, (*here, key))
    elif isinstance(doc, list):
        for index, item in enumerate(doc):
            out += _places(item, (*here, index))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
@pytest.mark.parametrize("which", ["manifest", "assessment"])
def test_same_verdict_as_the_reference_on_damaged_bundle_documents(documents, which, data):
    """One value somewhere in a real manifest or assessment replaced (or a field added or dropped):
    the compiled validator names the same first problem at the same path as the reference."""
    doc = copy.deepcopy(documents[0] if which == "manifest" else documents[1])
    schema = load_schema(f"{which}.schema.json")
    place = data.draw(st.sampled_from(_places(doc)[1:]))
    parent = doc
    for step in place[:-1]:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "drop", "add"]))
    if action == "replace":
        parent[place[-1]] = data.draw(json_values)
    elif action == "drop" and isinstance(parent, dict):
        del parent[place[-1]]
    elif isinstance(parent, dict):
        parent["unexpected"] = data.draw(json_values)
    assert outcome(validate, doc, schema) == outcome(reference, doc, schema)


def test_undamaged_bundle_documents_pass(documents):
    validate(documents[0], load_schema("manifest.schema.json"))
    validate(documents[1], load_schema("assessment.schema.json"))
