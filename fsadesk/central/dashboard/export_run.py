"""Writing the dashboard's export as a file (or, for CSV, a file per view): the one path the
command (`fsadesk central report`) and the window's Export… both take.

Checks come first and refuse with a plain sentence (ReportRefused): an unknown category or size
band, a threshold outside 0–100 %, a file that exists (unless replacing was asked for), a folder
that is not there. Every document is made in memory before anything is written, and each file is
written whole (temp file + rename, mode 0600), so a failure leaves no half file; CSV files already
written by a failed run that did not exist before it are removed again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from fsadesk.assessment.profile import SizeBand
from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.catalogue.history import by_digest
from fsadesk.central.dashboard.answers import campaign_catalogue_digest  # the drill-down's lookup too
from fsadesk.central.dashboard.export_tables import ExportReport, build_report
from fsadesk.central.dashboard.rates import Tier
from fsadesk.central.dashboard.snapshot import CampaignData, Filters
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.files import write_private_file
from fsadesk.lang import Lang

Format = Literal["xlsx", "csv", "pdf"]
FORMATS: tuple[Format, ...] = ("xlsx", "csv", "pdf")


class ReportRefused(CentralError):
    """The export was not made: a filter or value that is not valid, or a place it cannot go.
    Nothing was written."""

    kind = "report_refused"


def campaign_catalogue(db: CentralDatabase, campaign_id: str) -> Catalogue:
    """The catalogue the campaign was answered against (its digest, looked up in this fsadesk's
    catalogue and its history); this fsadesk's own when the edition is not known (names only)."""
    current = load_catalogue()
    return by_digest(current)(campaign_catalogue_digest(db, campaign_id)) or current


def checked_filters(data: CampaignData, catalogue: Catalogue, category: str | None, size_band: str | None) -> Filters:
    """The filters asked for, refused when no member and no catalogue entry knows them."""
    if category is not None and category not in {c.id for c in catalogue.categories} | set(data.categories):
        known = ", ".join(c for c in data.categories if c) or "-"
        raise ReportRefused(f"There is no category {category!r}. The members' categories: {known}.")
    if size_band is not None and size_band not in {b.value for b in SizeBand} | set(data.size_bands):
        raise ReportRefused(f"There is no size band {size_band!r}. Use small, medium or large.")
    return Filters(category=category, size_band=size_band)


def checked_threshold(percent: float) -> float:
    """A threshold given in percent (0–100) as a rate 0…1."""
    if not 0 <= percent <= 100:  # also refuses NaN
        raise ReportRefused(f"The threshold must be a percentage from 0 to 100, not {percent:g}.")
    return percent / 100


def default_stem(data: CampaignData) -> str:
    return f"fsadesk-{data.campaign.campaign_id}-summary"


def targets(fmt: Format, out: Path, report: ExportReport, stem: str) -> list[Path]:
    if fmt == "csv":
        from fsadesk.central.dashboard.export_csv import csv_paths

        return csv_paths(out, stem, [t.key for t in report.tables])
    return [out / f"{stem}.{fmt}" if out.is_dir() else out]


def documents(fmt: Format, report: ExportReport, stamp: dt.datetime) -> list[bytes]:
    """Each file's bytes, made before anything is written."""
    if fmt == "xlsx":
        from fsadesk.central.dashboard.export_xlsx import xlsx_bytes

        return [xlsx_bytes(report, stamp)]
    if fmt == "csv":
        from fsadesk.central.dashboard.export_csv import csv_text

        return [csv_text(report, t).encode("utf-8-sig") for t in report.tables]
    from fsadesk.central.dashboard.export_pdf import pdf_bytes

    return [pdf_bytes(report, stamp)]


def write_export(
    data: CampaignData, catalogue: Catalogue, fmt: Format, out: Path, *, tier: Tier = "basic",
    threshold: float = 0.5, lang: Lang = "ja", organisation: str = "", force: bool = False,
    made: dt.datetime | None = None,
) -> list[Path]:  # fmt: skip
    """Write the (already filtered) snapshot's export; the files written, in order."""
    made = made or dt.datetime.now().astimezone().replace(microsecond=0)
    report = build_report(data, catalogue, tier=tier, threshold=threshold, lang=lang, organisation=organisation,
                          made=made)  # fmt: skip
    paths = targets(fmt, out, report, default_stem(data))
    for path in paths:
        if not path.parent.is_dir():
            raise ReportRefused(f"The folder {str(path.parent)!r} does not exist (or is not a folder).")
        if path.exists() and (path.is_dir() or not force):
            raise ReportRefused(f"{str(path)!r} already exists. Choose another name, or add --force to replace it.")
    data_per_file = documents(fmt, report, made.astimezone(dt.UTC).replace(tzinfo=None))
    written: list[Path] = []
    try:
        for path, content in zip(paths, data_per_file, strict=True):
            existed = path.exists()
            write_private_file(path, content)
            if not existed:
                written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return paths
