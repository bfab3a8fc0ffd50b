"""Field checks for what the user types. Each returns {field name: message} — empty when fine.

A message is a netprep.domain.message.Message: the English sentence, and the template and
parameters the GUI shows in the user's language under the field."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlparse

from netprep.domain.message import Grouped, Message
from netprep.domain.records import Contact, Note, Profile
from netprep.domain.review.availability import availability_problem

# Deliberately permissive: one @, no spaces, a dot in the domain. RFC 5322 is not the point;
# catching "ann.example.com" or "ann@example" is.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{5,}(\s*(x|ext\.?)\s*\d+)?$", re.IGNORECASE)
MAX_NAME_LENGTH = 200
#: A note holds up to about 100 printed pages: generous for notes, small enough that saving,
#: previewing and briefing stay quick. Longer text belongs in several notes.
MAX_NOTE_CHARS = 200_000


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return bool(_PHONE.match(text.strip())) and 5 <= digits <= 20


def is_web_link(text: str) -> bool:
    parsed = urlparse(text.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in text.strip()


_BARE_HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)


def complete_link(text: str) -> str:
    """A link as people type it, made whole: "linkedin.com/in/sam" -> "https://linkedin.com/in/sam".
    Anything else (already whole, or not a web address) is returned as it was."""
    stripped = text.strip()
    if stripped.startswith("//"):
        stripped = stripped[2:]
    if "://" not in stripped and _BARE_HOST.match(stripped):
        return f"https://{stripped}"
    return text


def is_completable_link(text: str) -> bool:
    return is_web_link(complete_link(text))


def _check_list(values: list[str], check: Callable[[str], bool], what: Message) -> str:
    bad = [v for v in values if not check(v)]
    if not bad:
        return ""
    if len(bad) == 1:
        return Message("“{value}” does not look like {what}.", value=bad[0], what=what)
    listed = Message.joined([Message("“{value}”", value=b) for b in bad], ", ")
    return Message("These do not look like {what}: {values}", what=what, values=listed)


def validate_contact(contact: Contact) -> dict[str, str]:
    errors: dict[str, str] = {}
    name = contact.name.strip()
    if not name:
        errors["name"] = Message("A contact needs a name.")
    elif len(name) > MAX_NAME_LENGTH:
        errors["name"] = Message("Names are limited to {limit} characters.", limit=MAX_NAME_LENGTH)
    checks: tuple[tuple[str, Callable[[str], bool], Message], ...] = (
        ("emails", is_email, Message("an email address (name@example.org)")),
        ("phones", is_phone, Message("a phone number")),
        ("links", is_completable_link, Message("a web link (example.org/page or https://…)")),
    )
    for field, check, what in checks:
        message = _check_list(getattr(contact, field), check, what)
        if message:
            errors[field] = message
    for field, out_of_range in (
        (
            "touch_ideal_days",
            Message("Keep in touch ideally every 1 to 3650 days, or leave it empty."),
        ),
        (
            "touch_max_days",
            Message("Keep in touch at most every 1 to 3650 days, or leave it empty."),
        ),
    ):
        days = getattr(contact, field)
        if days is not None and not 1 <= days <= 3650:
            errors[field] = out_of_range
    ideal, most = contact.touch_ideal_days, contact.touch_max_days
    if "touch_max_days" not in errors and ideal and most and most < ideal:
        errors["touch_max_days"] = Message("The longest gap cannot be shorter than the ideal one.")
    # A referrer that was deleted stays referenced (undo brings it back); only a loop is wrong.
    if contact.referred_by is not None and contact.referred_by == contact.id:
        errors["referred_by"] = Message("A contact cannot refer themselves.")
    return errors


def validate_profile(profile: Profile) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not profile.name.strip():
        errors["name"] = Message("Your name is used in the self-summary and in emails.")
    if profile.email and not is_email(profile.email):
        errors["email"] = Message(
            "“{value}” does not look like an email address.", value=profile.email
        )
    # Unreadable availability saved without a word left the review proposing no times.
    availability = availability_problem(profile.availability)
    if availability:
        errors["availability"] = availability
    return errors


def validate_note(note: Note) -> dict[str, str]:
    length = len(note.body)
    if length > MAX_NOTE_CHARS:
        return {
            "body": Message(
                "A note holds at most {limit} characters; this one has {length}. Split it "
                "into several notes (or keep the long text in a file and link to it).",
                limit=Grouped(MAX_NOTE_CHARS),
                length=Grouped(length),
            )
        }
    return {}


def split_note_body(body: str, limit: int = MAX_NOTE_CHARS) -> list[str]:
    """``body`` in parts of at most ``limit`` characters, in order, cut at the last blank
    line before the limit (else a line break, else a space, else at the limit): a pasted
    transcript too long for one note is kept whole in several. Nothing is lost but the
    whitespace at each cut."""
    parts: list[str] = []
    rest = body
    while len(rest) > limit:
        window = rest[: limit + 1]
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator, 0, limit + 1)
            if cut > limit // 2:  # not a sliver: a cut at the start would leave most behind
                break
        else:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    parts.append(rest)
    return [part for part in parts if part.strip()] or [""]


def split_list(text: str) -> list[str]:
    """Split a comma/semicolon/newline separated field into clean, de-duplicated items."""
    items = re.split(r"[,;\n]", text)
    seen: dict[str, str] = {}
    for item in items:
        clean = " ".join(item.split())
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return list(seen.values())
