"""In-app help: the offline manual in the current language, with a table of contents and search.

The manual is plain HTML in resources/help/help_<lang>.html. Its <h2>/<h3> elements carry ids;
those ids are the topics that show_topic() accepts, and they are the same in both languages, so a
topic stays in view when the language changes.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fsadesk.lang import Lang
from fsadesk.paths import resources_dir
from fsadesk.ui.i18n import LanguageManager, Retranslatable

ANCHOR_ROLE = Qt.ItemDataRole.UserRole


def help_file(lang: Lang) -> Path:
    return resources_dir() / "help" / f"help_{lang}.html"


class _Headings(HTMLParser):
    """Collects (level, id, text) of every <h2>/<h3> that has an id."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[int, str, str]] = []
        self._open: tuple[int, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        anchor = dict(attrs).get("id")
        if tag in ("h2", "h3") and anchor:
            self._open, self._text = (int(tag[1]), anchor), []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == f"h{self._open[0]}":
            self.found.append((self._open[0], self._open[1], " ".join("".join(self._text).split())))
            self._open = None


def headings(html: str) -> list[tuple[int, str, str]]:
    parser = _Headings()
    parser.feed(html)
    return parser.found


class HelpDialog(Retranslatable, QDialog):
    """Non-modal help window; the main window keeps one and calls show_topic() for F1 help."""

    def __init__(self, lang_manager: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.lang_manager = lang_manager
        self._topic = ""  # the topic last shown, kept across language changes
        self._loaded: Lang | None = None
        self._entries: dict[str, QTreeWidgetItem] = {}  # anchor → its line in the contents

        self.contents_label = QLabel()
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setRootIsDecorated(False)
        self.contents_label.setBuddy(self.contents)
        # Moving through the contents with the arrow keys already scrolls the text; a click on the
        # current entry scrolls back to it after the user has scrolled away.
        self.contents.currentItemChanged.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the PC
        self.find_label = QLabel()
        self.find_edit = QLineEdit()
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        # Enter is handled here, not through returnPressed: QLineEdit passes Enter on to the dialog,
        # which pressed its default button (Close) and shut the help the user was searching in.
        self.find_edit.installEventFilter(self)
        self.find_status = QLabel()
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.contents_label)
        left_layout.addWidget(self.contents)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640])
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        # No default button: Enter anywhere in the help (the contents, the search box) must never
        # close it. Escape and the Close button still do.
        close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAutoDefault(False)
        close_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.contents, self.find_edit)
        self.setTabOrder(self.find_edit, self.browser)
        self.resize(960, 700)
        self.contents.setFocus()  # arrow keys move through the topics straight away
        self.retranslate()

    # Language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("fsadesk Help"))
        self.contents_label.setText(self.tr("&Contents"))
        self.find_label.setText(self.tr("&Find:"))
        self.find_edit.setPlaceholderText(self.tr("Word to find in the help (Enter: next match)"))
        self.find_status.clear()
        if self._loaded != self.lang_manager.lang:
            self._load(self.lang_manager.lang)

    def _load(self, lang: Lang) -> None:
        path = help_file(lang)
        self._loaded = lang
        try:
            html = path.read_text(encoding="utf-8")
        except OSError:
            html = ""
        if html:
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            message = self.tr("The help file could not be found: {path}. Reinstalling fsadesk restores it.")
            self.browser.setPlainText(message.format(path=path))
        # Rebuilding moves the tree's current item; that must not change the topic being read.
        self.contents.blockSignals(True)
        self.contents.clear()
        self._entries = {}
        parent: QTreeWidgetItem | None = None
        for level, anchor, text in headings(html):
            entry = QTreeWidgetItem([text])
            entry.setData(0, ANCHOR_ROLE, anchor)
            self._entries[anchor] = entry
            if level == 3 and parent is not None:
                parent.addChild(entry)
            else:
                self.contents.addTopLevelItem(entry)
                parent = entry
        self.contents.expandAll()
        if not self._topic and self._entries:
            # The first topic is selected quietly: the page opens at its very top, introduction included.
            self.contents.setCurrentItem(next(iter(self._entries.values())))
        self.contents.blockSignals(False)
        if self._topic:
            self.show_topic(self._topic)

    # Topics ------------------------------------------------------------------------------------
    def topics(self) -> list[str]:
        """Anchors of every heading in the contents, in order."""
        return list(self._entries)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # Give the keyboard back to the window help was opened from (a user's typing once went
        # nowhere after closing help).
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()
        super().hideEvent(event)

    def show_topic(self, anchor: str) -> None:
        """Scroll to a heading (e.g. "shortcuts") and select it in the contents."""
        self._topic = anchor
        self.browser.scrollToAnchor(anchor)
        entry = self._entries.get(anchor)
        if entry is not None:
            self.contents.setCurrentItem(entry)

    def _contents_chosen(self, entry: QTreeWidgetItem | None, _other: object = None) -> None:
        if entry is not None:
            self.show_topic(str(entry.data(0, ANCHOR_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter in the search box: the next match; Shift+Enter: the previous one."""
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True  # consumed: the dialog never sees this Enter
        return super().eventFilter(watched, event)

    def find_next(self) -> None:
        """Find the next match of the search box text, wrapping round at the end."""
        self._find(backward=False)

    def find_previous(self) -> None:
        """Find the previous match of the search box text, wrapping round at the start."""
        self._find(backward=True)

    def _find(self, backward: bool) -> None:
        text = self.find_edit.text().strip()
        self.find_status.clear()
        if not text:
            return
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if not self.browser.find(text, flags):
            self.find_status.setText(self.tr("Not found"))
