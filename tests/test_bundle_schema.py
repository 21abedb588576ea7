"""The shipped JSON Schemas, the small validator that enforces them, and strict JSON parsing."""

from __future__ import annotations

import json

import pytest

from fsadesk.bundle import errors, spec
from fsadesk.bundle.canonical import JsonProblem, parse_json
from fsadesk.bundle.schema import SchemaProblem, _check_schema, load_schema, validate
from fsadesk.bundle.verify import parse_assessment
from tests.bundle_support import build, make_demo, members_of

SCHEMA = {
    "type": "object",
    "required": ["n", "s"],
    "additionalProperties": False,
    "properties": {
        "n": {"type": "integer", "minimum": 1},
        "s": {"$ref": "#/$defs/hex"},
        "xs": {"type": "array", "maxItems": 2, "items": {"enum": ["a", "b"]}},
        "o": {"type": ["object", "null"], "additionalProperties": {"type": "boolean"}},
    },
    "$defs": {"hex": {"type": "string", "pattern": "^[0-9a-f]+$"}},
}


@pytest.mark.parametrize(
    ("value", "where", "problem"),
    [
        ({"s": "ab"}, "$", "'n' is missing"),
        ({"n": 0, "s": "ab"}, "$.n", "at least 1"),
        ({"n": True, "s": "ab"}, "$.n", "must be integer"),  # JSON true is not a number
        ({"n": 1.5, "s": "ab"}, "$.n", "must be integer"),
        ({"n": 1, "s": "XY"}, "$.s", "expected form"),
        ({"n": 1, "s": "ab", "xs": ["a", "c"]}, "$.xs[1]", "one of"),
        ({"n": 1, "s": "ab", "xs": ["a", "a", "b"]}, "$.xs", "at most 2"),
        ({"n": 1, "s": "ab", "o": {"k": 1}}, "$.o.k", "must be boolean"),
        ({"n": 1, "s": "ab", "zz": 1}, "$", "'zz' is not part of the format"),
    ],
)
def test_validator_reports_where_and_what(value, where, problem):
    """Each broken rule is reported with its JSON path and a plain description."""
    with pytest.raises(SchemaProblem) as info:
        validate(value, SCHEMA)
    assert info.value.path == where and problem in str(info.value)


def test_validator_accepts_valid_documents():
    """A document that keeps every rule passes (null where allowed, optional fields absent)."""
    validate({"n": 3, "s": "0f", "o": None}, SCHEMA)
    validate({"n": 3, "s": "0f", "xs": ["b"], "o": {"k": False}}, SCHEMA)


def test_unsupported_keyword_is_refused():
    """A schema keyword the validator does not enforce is an error, never silently ignored."""
    with pytest.raises(ValueError, match="oneOf"):
        _check_schema({"properties": {"x": {"oneOf": [{"type": "string"}]}}}, "test")


@pytest.mark.parametrize("name", ["manifest.schema.json", "assessment.schema.json"])
def test_shipped_schemas_load(name):
    """Both schemas ship in the package and use only enforced keywords."""
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (b'{"a":1,"a":2}', "appears twice"),
        (b'{"a":NaN}', "NaN is not valid JSON"),
        (b"\xff{}", "not UTF-8"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"a":', "not valid JSON"),
    ],
)
def test_strict_json(text, problem):
    """Duplicate keys, NaN, non-UTF-8 and absurd nesting are refused with a reason."""
    with pytest.raises(JsonProblem, match=problem):
        parse_json(text)


@pytest.fixture(scope="module")
def bundle_parts(tmp_path_factory, catalogue):
    demo = make_demo(tmp_path_factory.mktemp("schema") / "demo")
    members = members_of(build(demo, catalogue))
    return json.loads(members[spec.MANIFEST]), json.loads(members[spec.ASSESSMENT])


def _bytes(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda a, m: a["institution"].update(institution_id="OTHER"), "another institution"),
        (lambda a, m: a.update(includes_notes=False), "disagree about the cycle or the notes"),
        (lambda a, m: [x.pop("notes") for x in a["answers"][:1]], "includes_notes setting"),
        (lambda a, m: a["scores"].update(engine_version="0.0.1"), "scoring engine"),
        (lambda a, m: a["answers"][0].update(status="done"), "$.answers[0].status"),
        (lambda a, m: a["scores"]["overall"].update(completion=1.5), "at most 1"),
    ],
)
def test_assessment_checked_against_schema_and_manifest(bundle_parts, change, problem):
    """A signed assessment.json that breaks its schema or contradicts the manifest is refused."""
    manifest, assessment = json.loads(json.dumps(bundle_parts[0])), json.loads(json.dumps(bundle_parts[1]))
    parse_assessment(_bytes(assessment), manifest)  # the untouched document passes
    change(assessment, manifest)
    with pytest.raises(errors.AssessmentInvalid) as info:
        parse_assessment(_bytes(assessment), manifest)
    assert problem in str(info.value)
