"""The two masked fields of a new passphrase (typed, then repeated), with their labels as buddies:
the member's key creation and the central organisation's set-up ask it the same way."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit


@dataclass(frozen=True)
class NewPassphraseFields:
    passphrase: QLineEdit
    repeat: QLineEdit
    pass_label: QLabel
    repeat_label: QLabel
    form: QFormLayout  # the two rows, for the caller's layout


def new_passphrase_fields() -> NewPassphraseFields:
    passphrase, repeat = QLineEdit(), QLineEdit()
    for field in (passphrase, repeat):
        field.setEchoMode(QLineEdit.EchoMode.Password)
    pass_label, repeat_label = QLabel(), QLabel()
    pass_label.setBuddy(passphrase)
    repeat_label.setBuddy(repeat)
    form = QFormLayout()
    form.addRow(pass_label, passphrase)
    form.addRow(repeat_label, repeat)
    return NewPassphraseFields(passphrase, repeat, pass_label, repeat_label, form)
