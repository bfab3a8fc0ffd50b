"""Kept drafts - a form's unsaved edits and the outcome dialog's answers so far - are unsaved
typing, not data: a JSON export leaves them out, an older export that carries them still
imports (without them), and an import never replaces the drafts typed here."""

from __future__ import annotations

from pathlib import Path

import orjson

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting
from netprep.domain.outcome import OutcomeAnswers
from netprep.domain.records import Contact, FormDraft, Profile, contact_draft_key


def _with_typing(app: App) -> Meeting:
    ada = app.store.contacts.save(Contact(name="Ada Lovelace"))
    draft = FormDraft(
        key=contact_draft_key(ada.id), record_id=ada.id, title="Typed title", fields={"role": "Eng"}
    )
    app.store.profile.save(Profile(name="Sam Lee", headline="Analyst", drafts=[draft]))
    answers = OutcomeAnswers(where="The café on Main St", names={"0": "Grace"})
    return app.store.meetings.save(
        Meeting(contact_id=ada.id, purpose="Learn about compilers", outcome_answers=answers)
    )


def test_a_json_export_leaves_kept_drafts_out(app: App, tmp_path: Path) -> None:
    meeting = _with_typing(app)
    path = tmp_path / "export.json"
    app.transfer.export("json", path)
    data = orjson.loads(path.read_bytes())
    assert data["profile"]["name"] == "Sam Lee" and not data["profile"]["drafts"]
    (exported,) = data["meetings"]
    assert exported["purpose"] == "Learn about compilers"
    assert exported["outcome_answers"] is None
    assert b"Typed title" not in path.read_bytes() and b"Main St" not in path.read_bytes()
    kept = app.store.meetings.get(meeting.id)  # the data here keeps them
    assert kept is not None and kept.outcome_answers is not None
    assert app.store.profile.get().drafts


def test_an_older_export_carrying_kept_drafts_still_imports_without_them(
    app: App, tmp_path: Path, clock: ManualClock
) -> None:
    meeting = _with_typing(app)
    path = tmp_path / "old-export.json"
    app.transfer.export("json", path)
    data = orjson.loads(path.read_bytes())  # as an older netprep wrote it: with the typing
    data["profile"]["drafts"] = [
        {"key": "profile", "record_id": "", "title": "", "fields": {"headline": "Half-typ"}}
    ]
    data["meetings"][0]["outcome_answers"] = {"where": "The café on Main St"}
    path.write_bytes(orjson.dumps(data))

    clock.advance(3600)
    fresh = open_app(tmp_path / "fresh", clock)
    try:
        preview = fresh.transfer.preview(path)
        assert not preview.skipped
        fresh.transfer.apply(preview)
        assert fresh.store.profile.get().name == "Sam Lee"
        assert fresh.store.profile.get().drafts == []
        imported = fresh.store.meetings.get(meeting.id)
        assert imported is not None and imported.purpose == "Learn about compilers"
        assert imported.outcome_answers is None
    finally:
        fresh.close()


def test_an_import_keeps_the_drafts_typed_here(
    app: App, tmp_path: Path, clock: ManualClock
) -> None:
    meeting = _with_typing(app)
    path = tmp_path / "export.json"
    app.transfer.export("json", path)
    clock.advance(3600)
    here = open_app(tmp_path / "here", clock)
    try:
        here.transfer.apply(here.transfer.preview(path))  # the same meeting, now here
        ours = FormDraft(key="profile", fields={"headline": "Typing here"})
        here.store.profile.save(Profile(name="Sam", drafts=[ours]))
        typed = here.store.meetings.get(meeting.id)
        assert typed is not None
        typed.outcome_answers = OutcomeAnswers(where="Typed here")
        here.store.meetings.save(typed)

        clock.advance(3600)
        newer = app.store.meetings.get(meeting.id)  # changed later on the other machine
        assert newer is not None
        newer.purpose = "Learn about type systems"
        app.store.meetings.save(newer)
        app.store.profile.save(Profile(name="Sam Lee", headline="Lead analyst"))
        app.transfer.export("json", path)

        here.transfer.apply(here.transfer.preview(path))
        profile = here.store.profile.get()
        assert profile.headline == "Lead analyst" and profile.drafts == [ours]
        replaced = here.store.meetings.get(meeting.id)
        assert replaced is not None and replaced.purpose == "Learn about type systems"
        assert replaced.outcome_answers == OutcomeAnswers(where="Typed here")
    finally:
        here.close()
