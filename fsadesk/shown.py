"""Paths as messages can show them, on any terminal and in any window."""

from __future__ import annotations

import os

SHOWN_PATH = 120  # characters of a path worth showing; a 5,000-character path helps nobody


def shown_path(path: object) -> str:
    """A path as it can be printed anywhere: bytes that are not UTF-8 as \\xNN (not as Python's
    surrogate escapes, which a strict UTF-8 terminal refuses), a very long path shortened."""
    text = os.fsdecode(path) if isinstance(path, bytes | os.PathLike) else str(path)
    try:
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a lone surrogate that no file name can hold
        text = text.encode("utf-8", "backslashreplace").decode("ascii")
    if len(text) > SHOWN_PATH:
        text = f"{text[:50]}…{text[-50:]} ({len(text):,} characters)"
    return text
