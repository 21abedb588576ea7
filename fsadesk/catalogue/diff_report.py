"""A catalogue diff in the reviewer's language: as text, or as a CSV/XLSX table of changes.

The texts compared are shown as the catalogue has them (Japanese and English); the words around
them (headings, field names, kinds) follow the chosen language, as `fsadesk results` does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from fsadesk.catalogue.diff import KINDS, CatalogueDiff, Change, EntryChange, FieldChange, Kind, Side, marked
from fsadesk.catalogue.model import Lang
from fsadesk.spreadsheet import Cell, write_csv

DiffFormat = Literal["text", "csv", "xlsx"]

FIELD_NAMES: dict[str, tuple[str, str]] = {
    "label": ("番号", "Label"),
    "tier": ("区分", "Tier"),
    "title": ("見出し", "Title"),
    "requirement": ("求められていること", "Requirement"),
    "explanation": ("解説", "Explanation"),
    "evidence": ("証跡の例", "Evidence examples"),
    "frequency": ("頻度", "Frequency"),
    "severity_gated": ("深刻な脆弱性のみが対象", "Severe vulnerabilities only"),
    "applies_if": ("対象となる条件", "Applies if"),
    "clauses": ("一部の機関への追加事項", "Extra clauses"),
    "nist_csf": ("NIST CSF との対応", "NIST CSF mapping"),
    "short": ("略称", "Short name"),
    "gist": ("要旨", "Gist"),
    "question": ("質問", "Question"),
    "help": ("質問の説明", "Help"),
    "notice": ("注記", "Notice"),
    "name": ("名称", "Name"),
}
KIND_NAMES: dict[Kind, tuple[str, str]] = {
    "catalogue": ("項目集の説明", "Catalogue notice"),
    "category": ("業態", "Institution category"),
    "section": ("節", "Section"),
    "question": ("対象を決める質問", "Applicability question"),
    "item": ("項目", "Item"),
}
CHANGE_NAMES: dict[Change, tuple[str, str]] = {
    "added": ("追加", "added"),
    "removed": ("削除", "removed"),
    "changed": ("変更", "changed"),
}
WORDS: dict[str, tuple[str, str]] = {
    "title": ("項目集の変更点", "Catalogue changes"),
    "old": ("古い版", "Old"),
    "new": ("新しい版", "New"),
    "counts": ("{kind}：変更 {changed}、追加 {added}、削除 {removed}、変更なし {same}",
               "{kind}: {changed} changed, {added} added, {removed} removed, {same} unchanged"),
    "not_compared": ("比べていないもの：{kinds}（{why}）", "Not compared: {kinds} ({why})"),
    "not_compared_why": ("片方のファイルに含まれていないため", "one side's file does not hold them"),
    "none": ("違いはありません。", "No differences."),
    "ja": ("日本語", "Japanese"),
    "en": ("英語", "English"),
    "legend": ("[-…-] は削除された部分、{+…+} は加えられた部分です。",
               "[-…-] marks what was removed, {+…+} what was added."),
    "col_kind": ("種類", "Kind"), "col_id": ("ID", "ID"), "col_name": ("名称", "Name"),
    "col_change": ("変更", "Change"), "col_field": ("欄", "Field"), "col_lang": ("言語", "Language"),
    "col_old": ("変更前", "Old text"), "col_new": ("変更後", "New text"), "col_marked": ("変更箇所", "What changed"),
    "about_field": ("項目", "Field"), "about_value": ("内容", "Value"),
    "sheet_changes": ("変更点", "Changes"), "sheet_about": ("比べた版", "Versions"),
}  # fmt: skip


def word(key: str, lang: Lang) -> str:
    ja, en = WORDS[key]
    return ja if lang == "ja" else en


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "ja" else pair[1]


def field_name(change: FieldChange, lang: Lang) -> str:
    name = _pick(FIELD_NAMES.get(change.base, (change.base, change.base)), lang)
    if not change.lang:
        return name
    text_lang = word(change.lang, lang)
    return f"{name}（{text_lang}）" if lang == "ja" else f"{name} ({text_lang})"


def _side_line(side: Side) -> str:
    digest = f" sha256 {side.digest[:16]}…" if side.digest else ""
    what = " ".join(p for p in (side.catalogue_id, side.version) if p)
    return f"{what}{digest}  [{side.shown}]"


def summary_lines(diff: CatalogueDiff, lang: Lang) -> list[str]:
    lines = [
        word("title", lang),
        f"{word('old', lang)}: {_side_line(diff.old)}",
        f"{word('new', lang)}: {_side_line(diff.new)}",
    ]
    for kind in diff.compared:
        counts = {c: diff.count(kind, c) for c in ("changed", "added", "removed")}
        lines.append(
            word("counts", lang).format(kind=_pick(KIND_NAMES[kind], lang), same=diff.unchanged[kind], **counts)
        )
    left_out = [k for k in KINDS if k not in diff.compared]
    if left_out:
        kinds = (
            "、".join(_pick(KIND_NAMES[k], lang) for k in left_out)
            if lang == "ja"
            else ", ".join(_pick(KIND_NAMES[k], lang) for k in left_out)
        )
        lines.append(word("not_compared", lang).format(kinds=kinds, why=word("not_compared_why", lang)))
    return lines


def _heading(change: EntryChange, lang: Lang) -> str:
    kind = _pick(KIND_NAMES[change.kind], lang)
    what = _pick(CHANGE_NAMES[change.change], lang)
    return f"■ {kind} {change.key}  {change.entry.name(lang)}  [{what}]"


def render_text(diff: CatalogueDiff, lang: Lang) -> str:
    """The diff as a reviewer reads it on screen or prints it: per entry, each changed field marked."""
    lines = summary_lines(diff, lang)
    if not diff.changes:
        return "\n".join([*lines, "", word("none", lang)])
    lines += ["", word("legend", lang)]
    for change in diff.changes:
        lines += ["", _heading(change, lang)]
        for f in change.fields:
            text = marked(f.old, f.new, f.lang or "en") if change.change == "changed" else (f.new or f.old)
            body = text.replace("\n", "\n      ")
            lines += [f"  {field_name(f, lang)}:", f"      {body}"]
    return "\n".join(lines)


def table_rows(diff: CatalogueDiff, lang: Lang) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for change in diff.changes:
        for f in change.fields:
            rows.append([
                _pick(KIND_NAMES[change.kind], lang), change.key, change.entry.name(lang),
                _pick(CHANGE_NAMES[change.change], lang), field_name(f, lang), f.lang,
                f.old, f.new, marked(f.old, f.new, f.lang or "en") if change.change == "changed" else "",
            ])  # fmt: skip
    return rows


def _header(lang: Lang) -> list[str]:
    keys = ("col_kind", "col_id", "col_name", "col_change", "col_field", "col_lang", "col_old", "col_new", "col_marked")
    return [word(k, lang) for k in keys]


def write_table(diff: CatalogueDiff, fmt: DiffFormat, lang: Lang, out: Path) -> int:
    """Write the changes as CSV or XLSX, one row per changed field; return the number of rows."""
    rows = table_rows(diff, lang)
    if fmt == "csv":
        write_csv(_header(lang), rows, out)
        return len(rows)
    if fmt != "xlsx":
        raise ValueError(f"unknown diff table format {fmt!r}: use 'csv' or 'xlsx'")
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    from fsadesk.spreadsheet import append_row, save_workbook

    wb = Workbook()
    sheet = wb.active
    sheet.title = word("sheet_changes", lang)
    append_row(sheet, _header(lang), bold=True, wrap=False)
    for row in rows:
        append_row(sheet, row)
    for index, width in enumerate((14, 12, 30, 8, 22, 6, 60, 60, 60), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    about = wb.create_sheet(word("sheet_about", lang))
    append_row(about, [word("about_field", lang), word("about_value", lang)], bold=True, wrap=False)
    for line in summary_lines(diff, lang)[1:]:
        name, _, value = line.partition(": ") if ": " in line else line.partition("：")
        append_row(about, [name, value])
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 100
    save_workbook(wb, dt.datetime.now().replace(microsecond=0), out)
    return len(rows)
