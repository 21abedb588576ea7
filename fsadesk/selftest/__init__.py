"""`fsadesk self-test`: the whole program exercised once, offscreen, in a temporary folder.

It is what the package build runs on the frozen program, and what a member's IT helper runs after
unpacking: one line per step, exit 0, or one line naming the step that failed, exit 1 (never a
traceback; the details go to the log in the temporary folder, kept with --keep DIR).

It never touches the user's data folder, settings or logs: the data folder, the catalogue cache
and Qt's settings point into the temporary folder for as long as it runs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from fsadesk.lang import Lang
from fsadesk.selftest import steps
from fsadesk.selftest.words import step_name, text

ENV_QT_PLATFORM = "QT_QPA_PLATFORM"


@contextlib.contextmanager
def _environment(root: Path) -> Iterator[None]:
    """The data folder and caches inside `root`; the previous values are put back afterwards."""
    from fsadesk.catalogue.loader import ENV_CACHE
    from fsadesk.paths import ENV_DATA_DIR

    saved = {name: os.environ.get(name) for name in (ENV_DATA_DIR, ENV_CACHE)}
    os.environ[ENV_DATA_DIR] = str(root / "data")
    os.environ[ENV_CACHE] = str(root / "cache")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _window_step(f: steps.Folders, lang: Lang) -> str:
    from fsadesk.catalogue import load_catalogue
    from fsadesk.ui.selftest_window import check_main_window

    width, height, shown = check_main_window(f.workspace, load_catalogue())
    return text("window", lang, width=width, height=height, shown=shown)


def _steps(f: steps.Folders, lang: Lang) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("catalogue", lambda: steps.check_catalogue(lang)),
        ("workspace", lambda: steps.make_workspace(f, lang)),
        ("report-ja", lambda: steps.check_report(f, "ja", lang)),
        ("report-en", lambda: steps.check_report(f, "en", lang)),
        ("bundle", lambda: steps.check_bundle(f, lang)),
        ("central", lambda: steps.check_central(f, lang)),
        ("window", lambda: _window_step(f, lang)),
    ]


def run_self_test(out: TextIO, err: TextIO, lang: Lang = "ja", keep: Path | None = None) -> int:
    """Run every step; 0 when all passed, 1 with one line naming the failed step."""
    os.environ.setdefault(ENV_QT_PLATFORM, "offscreen")  # before Qt loads: no display needed
    started = time.perf_counter()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        root = keep
    else:
        root = Path(tempfile.mkdtemp(prefix="fsadesk-self-test-"))
    try:
        with _environment(root):
            f = steps.Folders(root)
            for name, check in _steps(f, lang):
                try:
                    with steps.step(name):
                        line = check()
                except steps.StepFailed as exc:
                    _log(exc, root)
                    err.write(text("failed", lang, step=step_name(exc.step, lang), reason=exc.reason) + "\n")
                    if keep is not None:
                        err.write(text("kept", lang, folder=keep) + "\n")
                    return 1
                out.write(f"ok  {step_name(name, lang)}: {line}\n")
                out.flush()
        out.write(text("passed", lang, seconds=time.perf_counter() - started) + "\n")
        if keep is not None:
            out.write(text("kept", lang, folder=keep) + "\n")
        return 0
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def _log(exc: steps.StepFailed, root: Path) -> None:
    """The traceback behind a failed step, in the temporary folder's log (kept with --keep)."""
    from fsadesk.errorlog import log_exception

    cause = exc.__cause__ or exc
    log_exception(
        type(cause), cause, cause.__traceback__, context=f"self-test {exc.step}", data_dir_override=root / "data"
    )
