"""What a reconnect email may say, drawn only from what the user stored.

Every sentence the email template can print is backed by a field or a note: the last touch
(its kind and month), something the contact said (words the user put in quotation marks in
a conversation note, or an insight written down in a meeting), their current project as
recorded, interests both sides listed, and the proposed times. Nothing is made up: when a
fact is missing, the value is empty and the template leaves the sentence out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from netprep.domain.cadence import Touch
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.person_names import first_name
from netprep.domain.records import Contact, Note, NoteKind, Profile

MIN_QUOTE_WORDS = 3
MAX_QUOTE_CHARS = 200
MAX_WORK_CHARS = 140
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{3,300})[\"”]")
_MARKUP = re.compile(r"[*_`#>]+|\[([^\]]*)\]\([^)]*\)")

_SINCE = {
    "call": "since our call",
    "email": "since we last emailed",
    "meeting": "since we met",
    "message": "since we last messaged",
    "met": "since we last bumped into each other",
}


@dataclass(frozen=True)
class EmailFacts:
    contact_name: str
    contact_first_name: str
    my_name: str
    my_first_name: str
    since: str = ""  # "since our call in July"
    told_me: str = ""  # their own words, as the user quoted them
    told_me_source: str = ""  # where the quote comes from, for the user
    current_work: str = ""
    shared_interests: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    time_zone: str = ""

    def as_template_vars(self) -> dict[str, object]:
        return {
            "contact": {"name": self.contact_name, "first_name": self.contact_first_name},
            "me": {"name": self.my_name, "first_name": self.my_first_name},
            "since": self.since,
            "told_me": self.told_me,
            "current_work": self.current_work,
            "shared_interests": list(self.shared_interests),
            "times": list(self.times),
            "time_zone": self.time_zone,
        }


def since_phrase(touch: Touch | None, today: date) -> str:
    """ "since our call in July" ("in July 2025" in another year); "" when never touched."""
    if touch is None:
        return ""
    when = touch.when.date()
    month = f"{when:%B}" if when.year == today.year else f"{when:%B %Y}"
    return f"{_SINCE.get(touch.kind, 'since we were last in touch')} in {month}"


def _plain(text: str) -> str:
    """Markdown marks and link targets removed, whitespace tidied."""
    text = _MARKUP.sub(lambda m: m.group(1) or "", text)
    return " ".join(text.split())


def quoted_words(notes: Sequence[Note]) -> tuple[str, str]:
    """The newest thing the contact said, as the user quoted it in a conversation note:
    (quote, "your note of 2 Jul 2025"), or ("", "")."""
    talks = [n for n in notes if n.kind is NoteKind.CONVERSATION]
    talks.sort(key=lambda n: n.date or date.min, reverse=True)
    for note in talks:
        for match in _QUOTED.finditer(note.body):
            quote = _plain(match.group(1)).strip(" ,;")
            if len(quote.split()) >= MIN_QUOTE_WORDS and len(quote) <= MAX_QUOTE_CHARS:
                when = f" of {note.date.day} {note.date:%b %Y}" if note.date else ""
                return quote, f"your conversation note{when}"
    return "", ""


def meeting_insight(meetings: Sequence[Meeting]) -> tuple[str, str]:
    """The longest insight written down in the newest meeting that took place."""
    held = [(m.when, m) for m in meetings if m.status is MeetingStatus.FINISHED and m.when]
    held.sort(key=lambda pair: pair[0], reverse=True)
    for _, meeting in held:
        texts = [_plain(i.text) for i in meeting.capture.insights if not i.is_empty]
        texts = [t for t in texts if len(t.split()) >= MIN_QUOTE_WORDS]
        if texts:
            best = max(texts, key=len)
            if len(best) > MAX_QUOTE_CHARS:
                best = best[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
            assert meeting.when is not None
            return best, f"your meeting of {meeting.when.day} {meeting.when:%b %Y}"
    return "", ""


def current_work(contact: Contact) -> str:
    """The first clause of their current projects, without asides in brackets."""
    text = re.sub(r"\s*\([^)]*\)", "", _plain(contact.current_projects))
    first = re.split(r"(?<=[.;!?])\s", text, maxsplit=1)[0].rstrip(".;!? ")
    if len(first) > MAX_WORK_CHARS:
        first = first[:MAX_WORK_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–") + "…"
    opening = first.split(" ", 1)[0]
    if opening.endswith("ing") and opening[1:].islower():  # "Scaling the ward" reads on
        first = first[0].lower() + first[1:]
    return first


def shared_interests(profile: Profile, contact: Contact) -> list[str]:
    """Interests both listed, as the contact's record spells them."""
    mine = {i.casefold().strip() for i in profile.interests}
    return [i for i in contact.interests if i.casefold().strip() in mine]


def email_facts(
    profile: Profile,
    contact: Contact,
    *,
    notes: Sequence[Note],
    meetings: Sequence[Meeting],
    last_touch: Touch | None,
    today: date,
    times: Sequence[str] = (),
    time_zone: str = "",
) -> EmailFacts:
    told, source = quoted_words(notes)
    if not told:
        told, source = meeting_insight(meetings)
    return EmailFacts(
        contact_name=contact.name,
        contact_first_name=first_name(contact.name) or contact.name.strip(),
        my_name=profile.name.strip(),
        my_first_name=first_name(profile.name),
        since=since_phrase(last_touch, today),
        told_me=told,
        told_me_source=source,
        current_work=current_work(contact),
        shared_interests=shared_interests(profile, contact),
        times=list(times),
        time_zone=time_zone,
    )
