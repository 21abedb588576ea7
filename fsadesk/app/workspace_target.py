"""A use case's workspace: the one the window already holds open, or a folder the command line
names, opened for the call and closed after it (the campaign, receipt and benchmark imports)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fsadesk.store.workspace import Workspace, open_workspace


@contextmanager
def held_or_opened(target: Path | Workspace) -> Iterator[Workspace]:
    """The workspace itself when the caller holds it open (the window), else opened for this call
    (the command line) and closed after it."""
    if isinstance(target, Workspace):
        yield target
        return
    ws = open_workspace(target)
    try:
        yield ws
    finally:
        ws.close()
