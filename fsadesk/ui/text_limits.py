"""Input limits in the windows (fsadesk/limits.py): fields that refuse text past their limit, and
a note under each field that says so in plain words.

A line edit gets QLineEdit.setMaxLength and reports refused input through inputRejected. A text
box (QPlainTextEdit has no maximum length) is a LimitedTextEdit: a paste or drop is cut to the room
left before it is inserted (so 100,000 pasted characters are never laid out), and a key or an input
method commit that does not fit is refused. Text the user already had is never cut: a stored value
over the limit (saved before limits existed) is shown whole, and the note asks to shorten it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from fsadesk.limits import TextLimit

NEAR = 0.9  # the counter appears once the text uses this share of its limit


class LimitedTextEdit(QPlainTextEdit):
    """A text box that takes at most `limit.max_chars` characters (Python's count, as the limit's)."""

    limit_reached = Signal()  # input that did not fit was refused (all of it, or the rest of a paste)

    def __init__(self, limit: TextLimit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def length(self) -> int:
        return len(self.toPlainText())

    def _room(self) -> int:
        """How many characters may be inserted at the cursor, replacing its selection. A text already
        over the limit may shrink but not grow."""
        current = self.length()
        selected = len(self.textCursor().selectedText())
        return max(self.limit.max_chars, current) - (current - selected)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override (paste, drop)
        if self.isReadOnly() or not source.hasText():
            super().insertFromMimeData(source)
            return
        text = source.text().replace("\r\n", "\n")
        room = max(self._room(), 0)
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        if room:
            self.textCursor().insertText(text[:room])
            self.ensureCursorVisible()
        self.limit_reached.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        typing = bool(text) and (text.isprintable() or text in ("\r", "\n"))
        if typing and not self.isReadOnly() and len(text) > self._room():
            event.accept()
            self.limit_reached.emit()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        commit = event.commitString()
        room = max(self._room(), 0)
        if self.isReadOnly() or len(commit) <= room:
            super().inputMethodEvent(event)
            return
        cut = QInputMethodEvent(event.preeditString(), event.attributes())
        cut.setCommitString(commit[:room], event.replacementStart(), event.replacementLength())
        super().inputMethodEvent(cut)
        self.limit_reached.emit()


def limit_line_edit(edit: QLineEdit, limit: TextLimit) -> None:
    # QLineEdit counts UTF-16 units: a name with characters such as 𠮷 is cut a little earlier
    # than the limit, never later, so what it holds always passes the limit.
    edit.setMaxLength(limit.max_chars)


def set_limited_text(edit: QLineEdit, text: str, limit: TextLimit) -> None:
    """Show a stored value whole, even one longer than the limit (setText would cut it silently)."""
    edit.setMaxLength(max(limit.max_chars, len(text.encode("utf-16-le", "surrogatepass")) // 2))
    edit.setText(text)


class LimitNote(QLabel):
    """Under a limited field: a counter as the text nears the limit, why input was refused, or that a
    stored text is over the limit. Hidden otherwise. `name` gives the field's name, translated."""

    def __init__(self, field: QLineEdit | LimitedTextEdit, limit: TextLimit, name: Callable[[], str]) -> None:
        super().__init__()
        self.field = field
        self.limit = limit
        self.name = name
        self._refused = False
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if isinstance(field, LimitedTextEdit):
            field.limit_reached.connect(self.refused)
            field.textChanged.connect(self.refresh)
        else:
            field.inputRejected.connect(self.refused)
            field.textChanged.connect(self.refresh)
        self.hide()

    def length(self) -> int:
        return len(self.field.text() if isinstance(self.field, QLineEdit) else self.field.toPlainText())

    def refused(self) -> None:
        self._refused = True
        self.refresh()

    def reset(self) -> None:
        """Another value is shown (another item): forget the refusal."""
        self._refused = False
        self.refresh()

    def refresh(self) -> None:
        count, limit = self.length(), self.limit.max_chars
        if count < limit:
            self._refused = False  # room again: the refusal is over
        if count > limit:  # a stored text over the limit: what matters is that it be shortened
            text = self.tr("{field} is {count} characters long; at most {limit} can be saved. Please shorten it.")
        elif self._refused:
            text = self.tr("{field} can be at most {limit} characters. What did not fit was not added.")
        elif count >= limit * NEAR:
            text = self.tr("{count} of {limit} characters")
        else:
            self.hide()
            return
        warn = self._refused or count > limit
        self.setStyleSheet("color: #B00020; font-weight: bold;" if warn else "color: #555;")
        self.setText(text.format(field=self.name(), count=f"{count:,}", limit=f"{limit:,}"))
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def with_note(field: QWidget, note: LimitNote, *below: QWidget) -> QWidget:
    """A form field with its limit note (and any help text) right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in (field, note, *below):
        layout.addWidget(widget)
    return box
