"""The `fsadesk` command: no command starts the window (without loading the command line's
libraries first); a command runs the command line."""

from __future__ import annotations

import os
import subprocess
import sys

from fsadesk.__main__ import _gui_options


def test_options_alone_mean_the_window():
    """Only global options → the window, with those options; a command → the command line."""
    assert _gui_options([]) is not None
    gui = _gui_options(["--data-dir", "/x", "--lang", "en"])
    assert gui is not None and (gui.data_dir, gui.lang) == ("/x", "en")
    assert _gui_options(["scores", "ws"]) is None
    assert _gui_options(["--version"]) is None
    assert _gui_options(["--lang", "fr"]) is None  # the full parser explains the mistake


def test_window_path_does_not_import_sqlalchemy():
    """Deciding to start the window imports neither SQLAlchemy nor the command line module."""
    code = (
        "import sys; from fsadesk.__main__ import _gui_options; _gui_options([]);"
        "print('sqlalchemy' in sys.modules, 'fsadesk.cli' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_resumed_window_modules_do_not_import_sqlalchemy():
    """Everything the resumed main window is built from loads without SQLAlchemy, which opens the
    workspace behind the page instead (docs/performance.md)."""
    code = (
        "import sys; import fsadesk.ui.launch, fsadesk.ui.controller, fsadesk.ui.main_window;"
        "print('sqlalchemy' in sys.modules, 'alembic' in sys.modules, 'pydantic' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split() == ["False", "False", "False"]
