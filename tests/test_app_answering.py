"""The answering session in the application layer (fsadesk.app.answering): it hands dialogs the
application layer's view, never the store, and after a use case it reads itself again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from fsadesk.assessment.profile import Scope
from fsadesk.assessment.signoff import Role, SignOff
from tests.qt_helpers import demo_session


def test_the_session_does_not_hand_out_the_store(tmp_path, catalogue):
    """No public `workspace`: what a dialog gets is the application layer's AssessmentWorkspace."""
    session = demo_session(tmp_path / "demo", catalogue)
    try:
        assert not hasattr(session, "workspace")
        view = session.assessment_workspace
        assert view.answers(session.cycle.id) == {k: session.answer(k) for k in view.answers(session.cycle.id)}
    finally:
        session.close()


def test_refresh_after_sign_off_shows_the_locked_cycle(tmp_path, catalogue):
    """Finalised through the application layer, the session shows the cycle read-only once refreshed."""
    session = demo_session(tmp_path / "demo", catalogue)
    try:
        signoffs = [SignOff(role, "名前", "", dt.date(2027, 5, 1)) for role in Role]
        session.assessment_workspace.finalise(session.cycle.id, signoffs, by="sato")
        assert session.cycle.is_open  # nothing patched it from outside
        session.refresh()
        assert not session.cycle.is_open and session.cycle.finalised_by == "sato"
    finally:
        session.close()


def test_refresh_after_a_profile_change_follows_the_new_scope(tmp_path, catalogue):
    """A wider scope stored through the application layer: the session's items follow it."""
    session = demo_session(tmp_path / "demo", catalogue)
    try:
        before = len(session.items)
        wider = Scope.BASIC_AND_DESIRABLE if session.profile.scope is not Scope.BASIC_AND_DESIRABLE else Scope.BASIC
        session.assessment_workspace.change_profile(catalogue, replace(session.profile, scope=wider))
        session.refresh()
        assert session.profile.scope is wider and len(session.items) != before
    finally:
        session.close()
