"""Language switching: fsadesk's own .qm, Qt's qtbase_*.qm, and which catalogue language to show.

Widgets follow one pattern: set every text in `retranslate()`, call it from __init__, and call it
again on QEvent.LanguageChange (see `Retranslatable`). Catalogue texts are taken in
`LanguageManager.lang`, so switching language keeps all state and only re-labels.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from fsadesk.lang import Lang
from fsadesk.paths import resources_dir

LANGUAGES: tuple[Lang, ...] = ("ja", "en")

# Qt's own words that the qtbase_ja.qm shipped with PySide6 lacks. Qt 6 gave the file dialog's
# labels mnemonics ("&Look in:", "Files of &type:"), and the Japanese catalogue still has only the
# old texts, so the dialog spoke English in the Japanese UI. Listed here so lupdate carries them
# into fsadesk_ja.ts under Qt's own context; our translator is asked before qtbase's, and any
# text we do not list still falls through to qtbase.
QT_WORDS_QTBASE_LACKS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def translations_dir() -> str:
    return str(resources_dir() / "translations")


class LanguageManager(QObject):
    """Owns the installed translators. `changed` fires after Qt has re-translated widgets."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication, lang: Lang = "ja") -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self._qm = b""  # our own translations, kept alive for as long as Qt reads them
        self.lang: Lang = lang
        self.set_language(lang)

    def set_language(self, lang: Lang) -> None:
        # The new language must be in force before translators change: removing or installing
        # one sends LanguageChange, and widgets re-read catalogue texts in self.lang right then.
        self.lang = lang
        # Qt's own words that come from the locale rather than a translation (calendar month and
        # day names, the first day of the week) follow the language too.
        locale = (
            QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
            if lang == "ja"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
        QLocale.setDefault(locale)
        if isinstance(self._app, QApplication):
            for widget in self._app.topLevelWidgets():
                widget.setLocale(locale)
        for tr in self._translators:
            self._app.removeTranslator(tr)
            tr.deleteLater()  # nothing may read the bytes it was loaded from once they are replaced
        self._translators.clear()
        if lang == "ja":
            qt = QTranslator(self)
            if qt.load(
                QLocale(QLocale.Language.Japanese),
                "qtbase",
                "_",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            ):
                self._translators.append(qt)
            own = QTranslator(self)
            # Loaded from bytes we keep, not from the file: Qt maps a .qm file into memory, and a
            # file rewritten in place while fsadesk runs (an update, a rebuild) turned the running
            # app's Japanese into English mid-session.
            try:
                self._qm = (resources_dir() / "translations" / "fsadesk_ja.qm").read_bytes()
            except OSError:
                self._qm = b""
            if self._qm and own.load(self._qm, translations_dir()):
                self._translators.append(own)
        for tr in self._translators:
            self._app.installTranslator(tr)  # sends LanguageChange to every widget
        if not self._translators:
            # Removing translators alone may not reach every widget; tell them explicitly.
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        self.changed.emit(lang)


class Retranslatable:
    """Mixin, listed before the Qt base class: re-runs retranslate() on QEvent.LanguageChange,
    which Qt sends to every widget when a translator is installed or removed."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
