"""Exports carry no NUL, control or bidi-override character, whatever the user typed."""

from __future__ import annotations

from netprep.composition import memory_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note, Profile
from netprep.render.text_safety import strip_unsafe_characters
from netprep.services.brief_export import ExportFormat

HOSTILE = "Ada\x00 Love\u202elace\u2066 \x07(gdp.exe)"
UNSAFE = ("\x00", "\u202e", "\u2066", "\x07")


def test_the_characters_that_go_and_those_that_stay() -> None:
    assert strip_unsafe_characters(HOSTILE) == "Ada Lovelace (gdp.exe)"
    assert strip_unsafe_characters("tab\there\nline\r\n") == "tab\there\nline\r\n"
    assert strip_unsafe_characters("naïve café – 東京 \u200f") == "naïve café – 東京 \u200f"


def test_brief_and_contact_exports_are_clean() -> None:
    app = memory_app(ManualClock())
    app.store.profile.save(Profile(name="Aoife Brennan"))
    contact = app.contacts.save(Contact(name="Ada Lovelace", company=HOSTILE))
    app.contacts.save_note(Note(contact_id=contact.id, body=f"Loves {HOSTILE} engines"))
    brief = app.briefs.build(contact.id, "Engines")
    context = app.brief_export.context_for_contact(contact)
    for fmt in (ExportFormat.MARKDOWN, ExportFormat.HTML):
        text = app.brief_export.render(brief, context, fmt).text
        assert "Lovelace" in text and not any(c in text for c in UNSAFE), fmt
    for name in ("csv", "vcard"):
        data = app.transfer.export_bytes(name).decode("utf-8")
        assert "Ada Lovelace" in data and not any(c in data for c in UNSAFE), name
    app.close()
