"""Where a central dialog saves the file it signs (a campaign file, a benchmark pack): the name
typed, given its suffix, in a folder that exists, and never over another file without asking.
The dialogs pass their own words, so each says what it is saving."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fsadesk.ui.prompts import Prompts


@dataclass(frozen=True)
class TargetWords:
    empty: str  # nothing typed
    no_folder: str  # %1: the folder that is not there
    replace_title: str
    replace_text: str  # %1: the file that is there


def checked_target(text: str, suffix: str, words: TargetWords, prompts: Prompts) -> Path | str | None:
    """The file to write; or the problem to show (a str); or None when the user chose not to
    replace a file that is there."""
    text = text.strip()
    if not text:
        return words.empty
    target = Path(text)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    if target.is_dir() or not target.parent.is_dir():
        return words.no_folder.replace("%1", str(target.parent if not target.is_dir() else target))
    if target.exists() and not prompts.confirm(words.replace_title, words.replace_text.replace("%1", str(target))):
        return None
    return target
