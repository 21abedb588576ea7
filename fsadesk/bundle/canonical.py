"""Canonical JSON (RFC 8785, JCS) for everything fsadesk signs or hashes.

The manifest's bytes on disk are exactly its canonical form, so the signature can be checked on
the extracted file with openssl alone, and the same data always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785


def canonical_json(value: Any) -> bytes:
    """UTF-8 bytes of the RFC 8785 canonical form (sorted keys, no whitespace, ES6 numbers)."""
    return rfc8785.dumps(value)


class JsonProblem(ValueError):
    """Text that is not one JSON value, in words for a message."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Python's json keeps the last of duplicate keys silently; two readers could then disagree on
    # what a signed document says.
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise JsonProblem(f"the key {key!r} appears twice")
        seen[key] = value
    return seen


def _no_constants(name: str) -> Any:
    raise JsonProblem(f"{name} is not valid JSON")


def parse_json(data: bytes) -> Any:
    """Strict parse: UTF-8 only, no duplicate keys, no NaN/Infinity."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonProblem(f"it is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise JsonProblem(f"it is not valid JSON ({exc.msg} at character {exc.pos})") from None
    except RecursionError:
        raise JsonProblem("it is nested too deeply") from None
