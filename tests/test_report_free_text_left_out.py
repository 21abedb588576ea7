"""What the help promises (#11): when the user leaves the free text (notes, evidence, reasons for
Not applicable and alternatives) out of the export, the report still prints each plan's "what will
be done" and why the cycle was finalised with open points — while the notes really are gone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fsadesk.assessment.answers import Status
from fsadesk.lang import Lang
from fsadesk.report.pdf import render_record
from tests.test_report_plan_and_note import MEASURE, NOTE, REASON, _flat, _record, _text

NOTES = {"ja": "毎朝の点検表に記録している", "en": "Logged on the morning checklist"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_measure_and_finalise_reason_stay_when_free_text_is_left_out(catalogue, tmp_path, lang: Lang) -> None:
    record = _record(catalogue, lang, final=True, note=NOTE)
    planned = next(a for a in record.answers.values() if a.plan is not None and a.plan.measure == MEASURE[lang])
    done = next(a for a in record.answers.values() if a.status is Status.IMPLEMENTED)
    record = replace(record, answers={**record.answers, done.item_id: replace(done, notes=NOTES[lang])})
    full = _flat(_text(render_record(record, catalogue, lang), tmp_path))
    assert _flat(NOTES[lang]) in full  # the note is printed when the free text goes with the export
    shared = record.shared(include_notes=False)
    assert shared.answers[planned.item_id].plan == planned.plan
    text = _flat(_text(render_record(shared, catalogue, lang), tmp_path))
    assert _flat(NOTES[lang]) not in text
    assert _flat(MEASURE[lang]) in text and _flat(REASON[lang]) in text
