"""Build one brief from a few lines of test data (the pure builder, no store)."""

from __future__ import annotations

from datetime import date

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.records import Contact, Note, NoteKind, Profile
from tests.unit.brief.personas import NOW, agenda, taxonomy


def notes_for(contact: Contact, *bodies: str, when: date = date(2026, 11, 2)) -> list[Note]:
    return [Note(contact_id=contact.id, date=when, body=b, kind=NoteKind.RESEARCH) for b in bodies]


def brief_for(
    profile: Profile,
    contact: Contact,
    *bodies: str,
    purpose: str = "",
    network: list[Contact] | None = None,
) -> Brief:
    return build_brief(
        profile=profile,
        contact=contact,
        notes=notes_for(contact, *bodies),
        purpose=purpose,
        earlier_meetings=[],
        network=network or [],
        taxonomy=taxonomy(),
        agenda=agenda(),
        now=NOW,
    )


def page_text(brief: Brief) -> str:
    """Every sentence the brief would show, one per line."""
    parts = [*brief.summary, *(q.text for q in brief.questions)]
    for items in (brief.hooks, brief.offers, brief.dont_ask):
        parts.extend(item.text for item in items)
    return "\n".join(parts)
