"""QApplication set-up: Japanese font, Qt's own translations, and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from fsadesk import __version__
from fsadesk.paths import data_dir, resources_dir

JAPANESE_FONT = "ipaexg.ttf"


def load_japanese_font(app: QApplication) -> str | None:
    """Bundle IPAexGothic so Japanese renders on PCs without a CJK font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / JAPANESE_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([app.font().family(), families[0]])  # system UI font first, Japanese fallback
    app.setFont(font)
    return families[0]


def install_qt_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (QWizard buttons, dialogs); loaded explicitly as CI locales are 'C'."""
    translators: list[QTranslator] = []
    if lang != "ja":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    tr = QTranslator(app)
    if tr.load(QLocale(QLocale.Language.Japanese), "qtbase", "_", qt_dir):
        app.installTranslator(tr)
        translators.append(tr)
    return translators


class PlaceholderWindow(QMainWindow):
    """Shown until the assessment wizard lands (issue 4)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setWindowTitle("fsadesk")
        text = (
            "fsadesk — 金融分野サイバーセキュリティガイドライン 自己評価\n\n"
            "評価ウィザードは準備中です。コマンド `fsadesk demo` でサンプルを作成できます。"
            if lang == "ja"
            else "fsadesk — FSA cybersecurity guideline self-assessment\n\n"
            "The assessment wizard is on its way. `fsadesk demo` creates a sample workspace."
        )
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.message)
        self.setCentralWidget(body)
        self.resize(720, 360)


def run_gui(data_dir_override: str | None = None, lang: str = "ja") -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("fsadesk")
    app.setApplicationVersion(__version__)
    load_japanese_font(app)
    install_qt_translations(app, lang)
    data_dir(data_dir_override).mkdir(parents=True, exist_ok=True)
    window = PlaceholderWindow(lang)
    window.show()
    return app.exec()
