"""Gallery: the dashboard's Benchmark pack… dialog and what it says once the pack is saved, in
Japanese and English (central-benchmark-dialog-*.png, central-benchmark-saved-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_benchmark.py

The figures come from a real central database: fifteen members with real signed bundles taken in by
the real intake (tests/central/benchmark_support.py, the world the benchmark tests use).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


class NoPrompts:
    def confirm(self, *_: object) -> bool:
        return True

    def info(self, *_: object) -> None: ...
    def error(self, *_: object) -> None: ...
    def save_path(self, *_: object) -> None: ...
    def open_dir(self, *_: object) -> None: ...
    def choose(self, *_: object) -> int:
        return 0


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication([])
    from fsadesk.app.export import read_record
    from fsadesk.catalogue import load_catalogue
    from fsadesk.central.benchmark_build import write_benchmark_pack
    from fsadesk.central.dashboard.snapshot import load_campaign
    from fsadesk.ui.app import load_japanese_font
    from fsadesk.ui.central.dashboard.benchmark_dialog import BenchmarkDialog
    from fsadesk.ui.i18n import LanguageManager
    from tests.bundle_support import make_demo
    from tests.central.benchmark_support import build_bench_world
    from tests.central.intake_support import PASSPHRASE, make_org

    load_japanese_font(app)
    tmp = Path(tempfile.mkdtemp())
    catalogue = load_catalogue()
    demo = make_demo(tmp / "demo")
    with demo.open() as ws:
        base = read_record(ws, catalogue, demo.cycle_id)
    org = make_org(str(tmp / "central.sqlite"), tmp)
    build_bench_world(org, base, catalogue, tmp)
    data = load_campaign(org.db)
    shown = Path.home() / "Documents" / "benchmark-fy2026-bench.fsbp"
    written = write_benchmark_pack(org.db, org.keys, PASSPHRASE, tmp / shown.name)
    written = type(written)(written.pack, shown, written.summary)  # the path a user would see
    manager = LanguageManager(app, "ja")
    for lang in ("ja", "en"):
        manager.set_language(lang)
        dialog = BenchmarkDialog(org.db, data, org.keys, manager, NoPrompts())  # type: ignore[arg-type]
        dialog.target.setText(str(shown))
        dialog.passphrase.setText("••••••••••")
        dialog.resize(760, dialog.sizeHint().height())
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(HERE / f"central-benchmark-dialog-{lang}.png"))
        box = QMessageBox(QMessageBox.Icon.Information, dialog.tr("Benchmark pack saved"), dialog.finish_text(written))
        box.show()
        app.processEvents()
        box.grab().save(str(HERE / f"central-benchmark-saved-{lang}.png"))
        dialog.close()
        box.close()
    org.db.close()


if __name__ == "__main__":
    main()
