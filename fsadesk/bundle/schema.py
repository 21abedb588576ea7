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


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False  # JSON true is not the number 1
    return isinstance(value, _TYPES[name])


def _resolve(ref: str, root: dict[str, Any]) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref are supported, not {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def validate(value: Any, schema: Any, root: dict[str, Any] | None = None, path: str = "$") -> None:
    """Raise SchemaProblem at the first place `value` breaks `schema`."""
    root = root if root is not None else schema
    if schema is True:
        return
    if schema is False:
        raise SchemaProblem(path, "is not allowed here")
    if "$ref" in schema:
        validate(value, _resolve(schema["$ref"], root), root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, t) for t in types):
            raise SchemaProblem(path, f"must be {' or '.join(types)}")
    if "const" in schema and value != schema["const"]:
        raise SchemaProblem(path, f"must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaProblem(path, f"must be one of {schema['enum']}")
    if isinstance(value, str):
        _validate_string(value, schema, path)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaProblem(path, f"must be at least {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise SchemaProblem(path, f"must be at most {schema['maximum']}")
    elif isinstance(value, list):
        _validate_array(value, schema, root, path)
    elif isinstance(value, dict):
        _validate_object(value, schema, root, path)


def _validate_string(value: str, schema: dict[str, Any], path: str) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise SchemaProblem(path, f"must have at least {schema['minLength']} characters")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        raise SchemaProblem(path, f"must have at most {schema['maxLength']} characters")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        raise SchemaProblem(path, f"does not have the expected form ({schema['pattern']})")


def _validate_array(value: list[Any], schema: dict[str, Any], root: dict[str, Any], path: str) -> None:
    if "minItems" in schema and len(value) < schema["minItems"]:
        raise SchemaProblem(path, f"must have at least {schema['minItems']} entries")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        raise SchemaProblem(path, f"must have at most {schema['maxItems']} entries")
    if schema.get("uniqueItems"):
        seen = [json.dumps(v, sort_keys=True) for v in value]
        if len(set(seen)) != len(seen):
            raise SchemaProblem(path, "has duplicate entries")
    if "items" in schema:
        for index, item in enumerate(value):
            validate(item, schema["items"], root, f"{path}[{index}]")


def _validate_object(value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str) -> None:
    for key in schema.get("required", []):
        if key not in value:
            raise SchemaProblem(path, f"the field {key!r} is missing")
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            validate(item, properties[key], root, f"{path}.{key}")
        elif extra is False:
            raise SchemaProblem(path, f"the field {key!r} is not part of the format")
        else:
            validate(item, extra, root, f"{path}.{key}")
