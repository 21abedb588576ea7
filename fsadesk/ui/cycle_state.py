"""The banner at the top of the Summary page: where the cycle stands, in plain words, and the next
step as a button (issue #11 point 1).

In progress: how far (answered n of m, points still open) and "Sign off and finalise…".
Finalised: when, approved by whom, and "Export report and bundle…" / "Start a revision…".
With a campaign file imported: its deadline; once a receipt is in, who received it and when
(issue #12).
The buttons only ask (signals): the main window runs the same actions as its File menu.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fsadesk import terms
from fsadesk.app.workspace import Cycle
from fsadesk.assessment.signoff import SignOff
from fsadesk.assessment.submission import CampaignInfo, ReceiptInfo
from fsadesk.lang import Lang

# Soft backgrounds that keep dark text readable: blue-grey while work goes on, green once locked.
_OPEN_STYLE = "QFrame#cycleState { background: #EAF2FB; border: 1px solid #9DB9DA; border-radius: 4px; }"
_FINAL_STYLE = "QFrame#cycleState { background: #E7F4EA; border: 1px solid #8CC39A; border-radius: 4px; }"


@dataclass(frozen=True)
class CycleState:
    """What the banner shows, read by the Summary page through the application layer."""

    cycle: Cycle
    answered: int
    applicable: int
    # As the sign-off dialog counts them (fsadesk.assessment.readiness); None when the workspace
    # could not be read just now (the rest of the banner still says where things stand).
    open_points: int | None
    approver: SignOff | None  # senior management's sign-off, once finalised
    campaign: CampaignInfo | None = None  # the campaign for this cycle's fiscal year (imported last)
    receipt: ReceiptInfo | None = None  # its newest receipt for a bundle of this cycle


def finalised_day(cycle: Cycle) -> dt.date | None:
    """The local day the cycle was finalised (stored as a UTC time stamp)."""
    if not cycle.finalised_at:
        return None
    try:
        return dt.datetime.fromisoformat(cycle.finalised_at).astimezone().date()
    except ValueError:  # an older or odd stamp: its date part is still the day
        try:
            return dt.date.fromisoformat(cycle.finalised_at[:10])
        except ValueError:
            return None


class CycleStateBanner(QFrame):
    """A line of text and the buttons that fit the cycle's state."""

    signoff_requested = Signal()
    export_requested = Signal()
    revision_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cycleState")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # the state's words in bold
        self.signoff_button = QPushButton()
        self.export_button = QPushButton()
        self.revision_button = QPushButton()
        self.signoff_button.clicked.connect(self.signoff_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.revision_button.clicked.connect(self.revision_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.signoff_button)
        row.addWidget(self.export_button)
        row.addWidget(self.revision_button)
        self._lang: Lang = "ja"

    def show_state(self, state: CycleState, lang: Lang) -> None:
        self._lang = lang
        final = not state.cycle.is_open
        self.setStyleSheet(_FINAL_STYLE if final else _OPEN_STYLE)
        text = self._finalised_text(state) if final else self._open_text(state)
        submission = self._submission_text(state)
        self.text.setText(text + ("<br>" + submission if submission else ""))
        # Only the steps that can be taken now: a locked cycle cannot be signed off again, and an
        # open one is exported as a draft from the action plan's button, not offered here.
        self.signoff_button.setVisible(not final)
        self.export_button.setVisible(final)
        self.revision_button.setVisible(final)
        # Letters of their own: X (Excel), V (the View menu) are taken on this page.
        self.signoff_button.setText(self.tr("&Sign off and finalise…"))
        self.export_button.setText(self.tr("Export report and bun&dle…"))
        self.revision_button.setText(self.tr("Start a revisio&n…"))

    def _open_text(self, state: CycleState) -> str:
        if state.cycle.revision > 1:
            head = self.tr("<b>Revision {n}, in progress</b> (the finalised version is kept):").format(
                n=state.cycle.revision
            )
        else:
            head = self.tr("<b>In progress:</b>")
        answered, total = f"{state.answered:,}", f"{state.applicable:,}"
        if state.open_points is None:
            body = self.tr("{answered} of {total} items answered.").format(answered=answered, total=total)
        elif state.open_points:
            body = self.tr("{answered} of {total} items answered, {count} points still open.").format(
                answered=answered, total=total, count=f"{state.open_points:,}"
            )
        else:
            body = self.tr("{answered} of {total} items answered, nothing open: ready to sign off.").format(
                answered=answered, total=total
            )
        return _join([head, body], self._lang)

    def _finalised_text(self, state: CycleState) -> str:
        day = terms.date_text(finalised_day(state.cycle), self._lang)
        approver = state.approver
        name = ""
        if approver is not None and approver.name.strip():
            who = approver.name.strip()
            title = approver.title.strip()
            name = _escape(self.tr("{name} ({title})").format(name=who, title=title) if title else who)
        n = state.cycle.revision
        if n > 1:
            head = (
                self.tr("<b>Revision {n}, finalised</b> on {date}, approved by {name}.")
                if name
                else self.tr("<b>Revision {n}, finalised</b> on {date}.")
            )
        else:
            head = (
                self.tr("<b>Finalised</b> on {date}, approved by {name}.")
                if name
                else self.tr("<b>Finalised</b> on {date}.")
            )
        parts = [head.format(n=n, date=day, name=name), self.tr("The answers can no longer be changed.")]
        note = state.cycle.finalise_note
        if note is not None and note.open_total:
            parts.append(self.tr("It was finalised with {count} points open.").format(count=f"{note.open_total:,}"))
        return _join(parts, self._lang)


    def _submission_text(self, state: CycleState) -> str:
        """Received (by whom, on which day), or else the campaign's deadline; "" without a campaign."""
        if state.receipt is not None:
            day = terms.date_text(state.receipt.received.astimezone().date(), self._lang)
            return (
                self.tr("<b>Submitted:</b> received by %1 on %2.")
                .replace("%2", day)  # the date first: a name holding "%2" stays as typed
                .replace("%1", _escape(state.receipt.organisation_name))
            )
        if state.campaign is not None:
            return (
                self.tr("Deadline %1 (%2).")
                .replace("%1", terms.date_text(state.campaign.deadline, self._lang))
                .replace("%2", _escape(state.campaign.organisation_name))
            )
        return ""


def _join(sentences: list[str], lang: Lang) -> str:
    """Japanese runs sentences on after 。 and ：; English puts a space between them."""
    return ("" if lang == "ja" else " ").join(sentences)


def _escape(text: str) -> str:
    """Names are shown as typed, never read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
