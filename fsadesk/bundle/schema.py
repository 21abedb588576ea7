"""Validate JSON documents against the JSON Schemas shipped in fsadesk/bundle/schemas/.

The schemas are the single description of manifest.json and assessment.json: other tools can use
them with any JSON Schema (2020-12) validator, and fsadesk enforces them with this small validator
of the subset they use, rather than a new dependency. A keyword outside the subset is refused
when the schema is loaded, so a schema can never promise a check that is silently skipped.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default"})
_KEYWORDS = frozenset(
    {
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
        "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "$ref",
    }
)  # fmt: skip
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


class SchemaProblem(ValueError):
    """Where (a JSON path like $.members[1].sha256) and what."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


def _check_schema(node: Any, where: str) -> None:
    if isinstance(node, bool):
        return
    if not isinstance(node, dict):
        raise ValueError(f"schema {where} is not an object")
    unknown = set(node) - _KEYWORDS - _ANNOTATIONS
    if unknown:
        raise ValueError(f"schema {where} uses unsupported keywords {sorted(unknown)}")
    for key in ("properties", "$defs"):
        for name, sub in node.get(key, {}).items():
            _check_schema(sub, f"{where}/{key}/{name}")
    for key in ("items", "additionalProperties"):
        if key in node:
            _check_schema(node[key], f"{where}/{key}")


@functools.cache
def load_schema(name: str, package: str = "fsadesk.bundle") -> dict[str, Any]:
    """A schema file from `package`'s schemas/ folder (the bundle's, or the central organisation's
    campaign and receipt), checked to use only keywords this module enforces."""
    text = resources.files(package).joinpath("schemas", name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    _check_schema(schema, name)
    return schema


def _resolve(ref: str, root: dict[str, Any]) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref are supported, not {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


# The schema is compiled once into nested closures, one per schema node, each doing only the checks
# its node has: the central organisation validates a thousand assessment.json files (≈ 80 KB, some
# 4,000 values each) in one batch, and walking the schema dict for every value cost more than
# verifying the signatures. A failing check raises _Fail; each array and object on the way out adds
# its step to the path, so no path is built for the values that pass.
Check = Callable[[Any], None]


class _Fail(Exception):
    def __init__(self, message: str) -> None:
        self.message = message
        self.steps: list[str] = []  # innermost first


def _accept(value: Any) -> None:
    return None


def _refuse(value: Any) -> None:
    raise _Fail("is not allowed here")


def _compile(schema: Any, root: dict[str, Any], done: dict[int, Check]) -> Check:
    if schema is True:
        return _accept
    if schema is False:
        return _refuse
    if id(schema) in done:  # a $ref back into a node being compiled: call it once it exists
        return done[id(schema)]
    slot: list[Check] = []
    done[id(schema)] = lambda value: slot[0](value)
    # In the order the checks were always made, so the first problem reported stays the same.
    steps: list[Check] = []
    if "$ref" in schema:
        steps.append(_compile(_resolve(schema["$ref"], root), root, done))
    if "type" in schema:
        steps.append(_type_check(schema["type"]))
    if "const" in schema:
        steps.append(_const_check(schema["const"]))
    if "enum" in schema:
        steps.append(_enum_check(schema["enum"]))
    string = _string_check(schema)
    number = _number_check(schema)
    array = _array_check(schema, root, done)
    obj = _object_check(schema, root, done)
    if isinstance(schema.get("type"), str) and not {"$ref", "const", "enum"} & schema.keys():
        # Most nodes name one type and nothing but checks for that type: one closure does both.
        slot.append(_typed(schema["type"], string, number, array, obj))
        done[id(schema)] = slot[0]
        return slot[0]

    def check(value: Any) -> None:
        for step in steps:
            step(value)
        if isinstance(value, str):
            if string is not None:
                string(value)
        elif isinstance(value, dict):
            if obj is not None:
                obj(value)
        elif isinstance(value, list):
            if array is not None:
                array(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and number is not None:
            number(value)

    slot.append(check)
    done[id(schema)] = check
    return check


def _typed(name: str, string: Check | None, number: Check | None, array: Check | None, obj: Check | None) -> Check:
    """A node of one type: the type check, then that type's own checks (the only ones that apply)."""
    allowed, message = _TYPES[name], f"must be {name}"
    if name in ("integer", "number"):

        def check_number(value: Any) -> None:
            if isinstance(value, bool) or not isinstance(value, allowed):  # JSON true is not 1
                raise _Fail(message)
            if number is not None:
                number(value)

        return check_number
    then = {"string": string, "array": array, "object": obj}.get(name)
    if then is None:

        def check_type(value: Any) -> None:
            if not isinstance(value, allowed):
                raise _Fail(message)

        return check_type
    checks_then: Check = then

    def check(value: Any) -> None:
        if not isinstance(value, allowed):
            raise _Fail(message)
        checks_then(value)

    return check


def _type_check(names: str | list[str]) -> Check:
    types = names if isinstance(names, list) else [names]
    allowed = tuple(t for name in types for t in _TYPES[name])
    bool_ok = "boolean" in types  # JSON true is not the number 1, though Python's bool is an int
    message = f"must be {' or '.join(types)}"

    def check(value: Any) -> None:
        fits = bool_ok if isinstance(value, bool) else isinstance(value, allowed)
        if not fits:
            raise _Fail(message)

    return check


def _const_check(const: Any) -> Check:
    def check(value: Any) -> None:
        if value != const:
            raise _Fail(f"must be {const!r}")

    return check


def _enum_check(enum: list[Any]) -> Check:
    message = f"must be one of {enum}"
    if all(isinstance(v, str) for v in enum):
        strings = frozenset(enum)  # a string is equal only to a string: a set answers the same

        def check_strings(value: Any) -> None:
            if not (isinstance(value, str) and value in strings):
                raise _Fail(message)

        return check_strings

    def check(value: Any) -> None:
        if value not in enum:
            raise _Fail(message)

    return check


def _string_check(schema: dict[str, Any]) -> Check | None:
    low, high, pattern = schema.get("minLength"), schema.get("maxLength"), schema.get("pattern")
    if low is None and high is None and pattern is None:
        return None
    search = re.compile(pattern).search if pattern is not None else None

    def check(value: str) -> None:
        if low is not None and len(value) < low:
            raise _Fail(f"must have at least {low} characters")
        if high is not None and len(value) > high:
            raise _Fail(f"must have at most {high} characters")
        if search is not None and not search(value):
            raise _Fail(f"does not have the expected form ({pattern})")

    return check


def _number_check(schema: dict[str, Any]) -> Check | None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None and high is None:
        return None

    def check(value: float) -> None:
        if low is not None and value < low:
            raise _Fail(f"must be at least {low}")
        if high is not None and value > high:
            raise _Fail(f"must be at most {high}")

    return check


def _array_check(schema: dict[str, Any], root: dict[str, Any], done: dict[int, Check]) -> Check | None:
    low, high, unique = schema.get("minItems"), schema.get("maxItems"), bool(schema.get("uniqueItems"))
    items = _compile(schema["items"], root, done) if "items" in schema else None
    if low is None and high is None and not unique and items is None:
        return None

    def check(value: list[Any]) -> None:
        if low is not None and len(value) < low:
            raise _Fail(f"must have at least {low} entries")
        if high is not None and len(value) > high:
            raise _Fail(f"must have at most {high} entries")
        if unique:
            seen = [json.dumps(v, sort_keys=True) for v in value]
            if len(set(seen)) != len(seen):
                raise _Fail("has duplicate entries")
        if items is not None and items is not _accept:
            for index, item in enumerate(value):
                try:
                    items(item)
                except _Fail as fail:
                    fail.steps.append(f"[{index}]")
                    raise

    return check


def _object_check(schema: dict[str, Any], root: dict[str, Any], done: dict[int, Check]) -> Check | None:
    required = list(schema.get("required", []))
    properties = {key: _compile(sub, root, done) for key, sub in schema.get("properties", {}).items()}
    extra_schema = schema.get("additionalProperties", True)
    closed = extra_schema is False
    extra = None if extra_schema is True or closed else _compile(extra_schema, root, done)
    if not required and not properties and not closed and extra is None:
        return None

    def check(value: dict[str, Any]) -> None:
        for key in required:
            if key not in value:
                raise _Fail(f"the field {key!r} is missing")
        for key, item in value.items():
            sub = properties.get(key)
            if sub is None:
                if closed:
                    raise _Fail(f"the field {key!r} is not part of the format")
                if extra is None:
                    continue
                sub = extra
            try:
                sub(item)
            except _Fail as fail:
                fail.steps.append(f".{key}")
                raise

    return check


# Compiled schemas, by the identity of the schema and root objects (held here, so an id is not
# reused while its entry lives): load_schema's schemas stay, a few others come and go in tests.
_COMPILED: dict[tuple[int, int], tuple[Any, Any, Check]] = {}
_COMPILED_KEPT = 32


def _compiled(schema: Any, root: dict[str, Any]) -> Check:
    entry = _COMPILED.get((id(schema), id(root)))
    if entry is not None and entry[0] is schema and entry[1] is root:
        return entry[2]
    check = _compile(schema, root, {})
    if len(_COMPILED) >= _COMPILED_KEPT:
        _COMPILED.pop(next(iter(_COMPILED)), None)  # another thread may have dropped it first
    _COMPILED[(id(schema), id(root))] = (schema, root, check)
    return check


def validate(value: Any, schema: Any, root: dict[str, Any] | None = None, path: str = "$") -> None:
    """Raise SchemaProblem at the first place `value` breaks `schema`."""
    check = _compiled(schema, root if root is not None else schema)
    try:
        check(value)
    except _Fail as fail:
        raise SchemaProblem(path + "".join(reversed(fail.steps)), fail.message) from None
