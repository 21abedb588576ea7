"""The third-party notices fsadesk ships: Qt/PySide6 (LGPLv3, with where Qt's source is), the fonts,
and every Python distribution the app requires, with its licence text where it carries one.

packaging/collect_licences.py writes them at build time into resources/licences/third-party.txt
(a frozen program has no package metadata to read); Help ▸ About shows that file, and in a
source checkout, where it is not built, makes the same text here from importlib.metadata.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
from collections.abc import Iterable

BUILT_FILE = "third-party.txt"
QT_SOURCE = "https://download.qt.io/official_releases/qt/"
APP = "fsadesk"
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
RULE = "=" * 78

QT_NOTICE = f"""Qt and Qt for Python (PySide6, Shiboken6)
Licence: GNU Lesser General Public License version 3 (LGPLv3).
fsadesk uses the Qt libraries unmodified, as separate shared libraries that you may replace with
your own build of the same version. The source code of Qt is available from
{QT_SOURCE}
and the source of Qt for Python from https://download.qt.io/official_releases/QtForPython/ .
The licence text: https://www.gnu.org/licenses/lgpl-3.0.html (and the LICENSES folders of the
distributions below, where they carry one)."""


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _wanted(requirement: str, extras: Iterable[str]) -> bool:
    """Whether a requirement applies to this platform with the parent's extras (tests and other
    optional extras of fsadesk itself are left out)."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    try:
        from packaging.markers import Marker  # present wherever the list is built (pip, PyInstaller)
    except ImportError:
        return "extra" not in marker  # without it: everything but optional extras
    parsed = Marker(marker)
    return any(parsed.evaluate({"extra": extra}) for extra in (*extras, ""))


def required_distributions(root: str = APP) -> list[metadata.Distribution]:
    """The distributions `root` requires, directly or not, sorted by name (root not included)."""
    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    while todo:
        name, extras = todo.pop()
        if not name or (_key(name), extras) in seen:
            continue
        seen.add((_key(name), extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if _key(name) == _key(root):  # a checkout that was never installed: pyproject.toml says
                todo += [_parsed(r) for r in _own_requirements() if _wanted(r, ())]
            continue  # a requirement of another platform (tzdata on Windows): not installed, not shipped
        if _key(name) != _key(root):
            found[_key(name)] = dist
        for requirement in dist.requires or []:
            if _wanted(requirement, extras):
                todo.append(_parsed(requirement))
    return [found[k] for k in sorted(found)]


def _parsed(requirement: str) -> tuple[str, tuple[str, ...]]:
    """("psycopg", ("binary",)) of "psycopg[binary]>=3.3; python_version >= '3.11'"."""
    match = _NAME.match(requirement)
    if match is None:
        return ("", ())
    return match.group(1), tuple(sorted(e.strip() for e in (match.group(2) or "").split(",") if e.strip()))


def _own_requirements() -> list[str]:
    """fsadesk's own dependencies from pyproject.toml (its optional extras left out)."""
    import tomllib
    from pathlib import Path

    try:
        with open(Path(__file__).resolve().parents[1] / "pyproject.toml", "rb") as file:
            project = tomllib.load(file).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return []
    return [str(r) for r in project.get("dependencies", [])]


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta["License-Expression"]  # None when absent
    if expression:
        return str(expression)
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = str(meta["License"] or "").strip()
    return text.splitlines()[0][:200] if text else "see the project"


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        if ".dist-info" not in str(file.parent) or not _LICENCE_FILE.search(file.name):
            continue
        try:
            body = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        texts.append((str(file), body.strip()))
    return texts


def _fonts_notice() -> str:
    """resources/fonts/FONTS.md, which names each font and its licence, and the licence files."""
    from fsadesk.paths import resources_dir  # here: the collector runs before anything is checked

    folder = resources_dir() / "fonts"
    parts = []
    try:
        parts.append((folder / "FONTS.md").read_text(encoding="utf-8").strip())
    except OSError:
        parts.append("Fonts: IPAexGothic and MigMix 1P (IPA Font License v1.0), Ume P Gothic (UmeFont licence), "
                     "Noto Sans Arabic and Noto Sans Math (SIL Open Font License 1.1).")  # fmt: skip
    for path in sorted(folder.glob("*.txt")):
        try:
            parts.append(f"--- {path.name} ---\n" + path.read_text(encoding="utf-8", errors="replace").strip())
        except OSError:
            continue
    return "\n\n".join(parts)


def third_party_notices() -> str:
    """The whole notice text, as written at build time and shown in Help ▸ About."""
    dists = required_distributions()
    listing = ["Python packages included in fsadesk (name, version, licence):"]
    listing += [f"  {d.metadata['Name']} {d.version} — {_licence_of(d)}" for d in dists]
    # The short parts first (Qt, the fonts, the list), then the licence texts in full.
    sections = [QT_NOTICE, "\n".join(listing), _fonts_notice()]
    for dist in dists:
        for where, body in _licence_texts(dist):
            sections.append(f"{dist.metadata['Name']} {dist.version}: {where}\n\n{body}")
    return f"\n\n{RULE}\n\n".join(sections) + "\n"


def built_notices() -> str | None:
    """The file the package build wrote, when this is a package; None in a source checkout."""
    from fsadesk.paths import resources_dir

    try:
        return (resources_dir() / "licences" / BUILT_FILE).read_text(encoding="utf-8")
    except OSError:
        return None


def notices() -> str:
    return built_notices() or third_party_notices()
