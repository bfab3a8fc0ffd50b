"""A note too long for one (a pasted transcript) is kept whole in several, in order."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from netprep.composition import App, memory_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note, NoteKind
from netprep.domain.validation import MAX_NOTE_CHARS, split_note_body, validate_note


@pytest.fixture
def app() -> Iterator[App]:
    opened = memory_app(ManualClock())
    yield opened
    opened.close()


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_short_note_is_one_part() -> None:
    assert split_note_body("Coffee at ten.") == ["Coffee at ten."]


def test_parts_are_cut_at_paragraphs_and_lose_nothing_but_the_cut_s_whitespace() -> None:
    paragraphs = [f"Paragraph {n}: " + "we talked about alerts. " * 30 for n in range(40)]
    body = "\n\n".join(paragraphs)
    parts = split_note_body(body, limit=2_000)
    assert len(parts) > 1 and all(len(part) <= 2_000 for part in parts)
    assert all(part.startswith("Paragraph") for part in parts)  # never mid-paragraph
    assert squashed("".join(parts)) == squashed(body)


def test_text_with_no_break_is_cut_at_the_limit() -> None:
    parts = split_note_body("x" * 2_500, limit=1_000)
    assert [len(part) for part in parts] == [1_000, 1_000, 500]


def test_every_part_of_a_pasted_transcript_is_a_valid_note() -> None:
    body = "\n".join(f"[{n:05}] Speaker: something said in the meeting" for n in range(9_000))
    assert len(body) > MAX_NOTE_CHARS
    parts = split_note_body(body)
    assert len(parts) == 3
    assert all(validate_note(Note(body=part)) == {} for part in parts)
    assert "\n".join(parts) == body  # cut at line breaks: nothing else lost


def test_the_service_saves_the_parts_in_order_as_one_operation(app: App) -> None:
    ada = app.contacts.save(Contact(name="Ada Lovelace"))
    note = app.contacts.save_note(Note(contact_id=ada.id, body="short", kind=NoteKind.CONVERSATION))
    note.body = "\n\n".join(f"Part of the talk {n}. " * 400 for n in range(60))
    saved = app.contacts.save_note_in_parts(note)
    assert saved[0].id == note.id  # the note being edited holds the first part
    assert len(saved) == len(split_note_body(note.body)) > 1
    stored = app.contacts.notes_for(ada.id)
    assert {n.id for n in stored} == {n.id for n in saved}
    assert {(n.kind, n.date) for n in stored} == {(note.kind, note.date)}
    assert squashed("".join(n.body for n in saved)) == squashed(note.body)
