"""Where `fsadesk catalogue diff` reads each side from: a catalogue folder (or its catalogue.yaml),
this fsadesk's own catalogue ("built-in"), or a spreadsheet `fsadesk catalogue export` wrote —
so a reviewer who kept the export of an older version can compare it with a newer one."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from fsadesk.catalogue.diff import Entry, Kind, Side, item_entry, side_of
from fsadesk.catalogue.loader import CatalogueError, load_catalogue

BUILT_IN = "built-in"
_VERSION = re.compile(r"^[0-9]{4}\.[0-9]{2}\.[0-9]+$")  # how catalogue versions are written: 2025.07.2


class SourceError(Exception):
    """A side that cannot be read as a catalogue; the message is one plain sentence."""


def read_side(given: str) -> Side:
    """The catalogue the user named: "built-in", a version (this fsadesk's or one kept in its history),
    a folder, a catalogue.yaml, or an export (.csv, .xlsx)."""
    if given == BUILT_IN:
        return side_of(load_catalogue(None), "built-in")
    path = Path(given)
    if not path.exists():
        if _VERSION.match(given):  # a version: the built-in one, or one kept in its history
            return _version(given)
        raise SourceError(f"{given}: no such file or folder.")
    if path.is_dir() or path.name == "catalogue.yaml":
        return side_of(load_catalogue(path), given)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _from_csv(path, given)
    if suffix == ".xlsx":
        return _from_xlsx(path, given)
    raise SourceError(
        f"{given}: not a catalogue. Give a catalogue folder, '{BUILT_IN}', "
        "or a .csv/.xlsx file written by 'fsadesk catalogue export'."
    )


def _version(version: str) -> Side:
    from fsadesk.catalogue.history import known_versions, read_snapshot
    from fsadesk.catalogue.loader import default_catalogue_dir

    folder = default_catalogue_dir()
    current = load_catalogue(folder)
    if version == current.version:
        return side_of(current, "built-in")
    if version not in known_versions(folder):
        kept = ", ".join(dict.fromkeys([*known_versions(folder), current.version]))
        raise SourceError(f"{version}: no such file or folder, nor a catalogue version this fsadesk keeps ({kept}).")
    return side_of(read_snapshot(folder, version), f"history {version}")


def _items(rows: list[dict[str, Any]], given: str) -> dict[tuple[Kind, str], Entry]:
    from fsadesk.catalogue.export import HEADER

    if not rows or any(name not in rows[0] for name in HEADER):
        raise SourceError(
            f"{given}: not a catalogue export (its columns are not those 'fsadesk catalogue export' writes)."
        )
    entries: dict[tuple[Kind, str], Entry] = {}
    for row in rows:
        key = str(row["id"] or "").strip()
        if key:
            entries[("item", key)] = item_entry(row)
    return entries


def _from_csv(path: Path, given: str) -> Side:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except UnicodeDecodeError:
        raise SourceError(f"{given}: not a catalogue export (it is not UTF-8 text).") from None
    except csv.Error as exc:
        raise SourceError(f"{given}: not a catalogue export ({exc}).") from None
    for row in rows:  # the export put an apostrophe before text that Excel would run as a formula
        for name, value in row.items():
            if isinstance(value, str) and value.startswith("'") and value[1:2] in ("=", "+", "-", "@"):
                row[name] = value[1:]
    # a CSV export holds the items only, and no version: the file's name stands for it
    return Side(given, "", path.name, "", _items(rows, given), frozenset({"item"}))


def _sheet_rows(book: Any, name: str) -> list[dict[str, Any]]:
    if name not in book.sheetnames:
        return []
    values = list(book[name].iter_rows(values_only=True))
    if not values:
        return []
    header = [str(h) if h is not None else "" for h in values[0]]
    return [dict(zip(header, row, strict=False)) for row in values[1:]]


def _from_xlsx(path: Path, given: str) -> Side:
    from zipfile import BadZipFile

    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        if isinstance(exc, OSError) and not isinstance(exc, BadZipFile):
            raise
        raise SourceError(f"{given}: not an Excel file written by 'fsadesk catalogue export'.") from None
    try:
        entries = _items(_sheet_rows(book, "Items"), given)
        about = {str(r.get("field")): str(r.get("value") or "") for r in _sheet_rows(book, "About")}
        kinds: set[Kind] = {"item"}
        if "notice_ja" in about:
            kinds.add("catalogue")
            entries[("catalogue", "notice")] = Entry(
                about.get("source_title_ja", ""),
                about.get("source_title_en", ""),
                {"notice.ja": about["notice_ja"], "notice.en": about.get("notice_en", "")},
            )
        questions = _sheet_rows(book, "Questions")
        if questions:
            kinds.add("question")
        for q in questions:
            texts = {
                f"{n}.{lang}": str(q.get(f"{n}_{lang}") or "") for n in ("question", "help") for lang in ("ja", "en")
            }
            entries[("question", str(q.get("id")))] = Entry(texts["question.ja"], texts["question.en"], texts)
    finally:
        book.close()
    return Side(
        given, about.get("catalogue_id", ""), about.get("version", path.name), about.get("digest", ""),
        entries, frozenset(kinds),
    )  # fmt: skip


__all__ = ["BUILT_IN", "CatalogueError", "SourceError", "read_side"]
