"""vCard files (2.1, 3.0, 4.0; one or many cards) read with vobject.

Each card is parsed on its own, so one broken card is reported and the others still
come in. vobject decodes folding, quoted-printable and charsets; what it does not do
is join a quoted-printable value's soft line breaks ("=" at a line's end), so that is
done first. Photos and unknown properties are ignored.
"""

from __future__ import annotations

import re
from typing import Any

from netprep.domain.message import Message
from netprep.services.transfer.model import RawPerson, ReadResult, Skipped
from netprep.services.transfer.readers.encoding import ImportFileError

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
MAX_VALUE_CHARS = 131072  # as for a CSV field: a longer value is not a contact's detail
_QP = re.compile(r"ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE", re.IGNORECASE)


def looks_like_vcard(text: str) -> bool:
    return bool(_BEGIN.search(text[:4096]))


def split_cards(text: str) -> list[tuple[int, str | None]]:
    """(card number, card text) for each BEGIN:VCARD; text None when END:VCARD is missing."""
    starts = [m.start() for m in _BEGIN.finditer(text)]
    cards: list[tuple[int, str | None]] = []
    for number, start in enumerate(starts, start=1):
        stop = starts[number] if number < len(starts) else len(text)
        chunk = text[start:stop]
        end = _END.search(chunk)
        cards.append((number, chunk[: end.end()] if end else None))
    return cards


def read_vcards(text: str, name: str) -> ReadResult:
    import vobject  # loads when a vCard is first read, not when the app opens
    from vobject.base import ParseError

    cards = split_cards(text)
    if not cards:
        raise ImportFileError("{name} holds no vCard (no BEGIN:VCARD line).", name=name)
    result = ReadResult()
    for number, card_text in cards:
        if card_text is None:
            result.skipped.append(Skipped(number, Message("the card is cut off (no END:VCARD)")))
            continue
        kept, longest = _without_binary(_join_soft_breaks(card_text))
        if longest > MAX_VALUE_CHARS:
            reason = Message(
                "a value is longer than {size} KB; not a contact's detail",
                size=MAX_VALUE_CHARS // 1024,
            )
            result.skipped.append(Skipped(number, reason))
            continue
        try:
            card = vobject.readOne(kept, ignoreUnreadable=True)
        except (ParseError, ValueError, TypeError, AttributeError, UnicodeError) as exc:
            reason = Message("the card cannot be read ({reason})", reason=_reason(exc))
            result.skipped.append(Skipped(number, reason))
            continue
        person = _person(number, card)
        if not (person.first or person.last or person.full_name):
            result.skipped.append(Skipped(number, Message("no name")))
            continue
        result.people.append(person)
    return result


def _without_binary(card: str) -> tuple[str, int]:
    """The card without photos, logos, sounds and keys (never imported, and slow to parse),
    and the length of its longest remaining value (folded lines joined)."""
    kept: list[str] = []
    skipping = False
    longest = current = 0
    for line in card.split("\r\n"):
        if line[:1] in (" ", "\t"):  # a folded continuation of the line before
            if not skipping:
                kept.append(line)
                current += len(line)
                longest = max(longest, current)
            continue
        prop = line.split(":", 1)[0].split(";", 1)[0].rsplit(".", 1)[-1].upper()
        skipping = prop in _BINARY
        if not skipping:
            kept.append(line)
            current = len(line)
            longest = max(longest, current)
    return "\r\n".join(kept) + "\r\n", longest


def _join_soft_breaks(card: str) -> str:
    lines = card.splitlines()
    joined: list[str] = []
    in_qp = False
    for line in lines:
        if in_qp and joined:
            joined[-1] = joined[-1][:-1] + line
        else:
            joined.append(line)
        current = joined[-1]
        header = current.split(":", 1)[0]
        in_qp = bool(_QP.search(header)) and current.endswith("=")
    return "\r\n".join(joined) + "\r\n"


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return ""  # binary (a photo, a key): never a name
    if isinstance(value, list):
        return " ".join(_text(v) for v in value if _text(v))
    return " ".join(str(value).split()) if value is not None else ""


def _person(number: int, card: Any) -> RawPerson:
    person = RawPerson(row=number, source="vCard")
    labels: dict[str, str] = {}
    for line in card.getChildren():
        if line.name == "X-ABLABEL" and line.group:
            labels[line.group.casefold()] = _text(line.value)
    for line in card.getChildren():
        name, value = line.name, line.value
        if name == "N" and not isinstance(value, str | bytes):
            person.first = _text(getattr(value, "given", ""))
            person.middle = _text(getattr(value, "additional", ""))
            person.last = _text(getattr(value, "family", ""))
            person.prefix = _text(getattr(value, "prefix", ""))
            person.suffix = _text(getattr(value, "suffix", ""))
        elif name == "FN":
            person.full_name = _text(value)
        elif name == "EMAIL":
            person.emails.append(_text(value))
        elif name == "TEL":
            person.phones.append(_text(value))
        elif name == "ORG":
            parts = value if isinstance(value, list) else [value]
            person.company = _text(parts[0]) if parts else ""
        elif name == "TITLE":
            person.role = _text(value)
        elif name == "URL":
            label = labels.get((line.group or "").casefold(), "")
            url = _text(value)
            if "linkedin" in (label + url).casefold() and not person.profile_url:
                person.profile_url = url
            else:
                person.links.append(url)
        elif name == "NOTE":
            person.notes = str(value).strip() if isinstance(value, str) else ""
        elif name == "CATEGORIES":
            person.tags += [_text(v) for v in (value if isinstance(value, list) else [value])]
        elif name == "ADR" and not person.location:
            person.location = _address(value)
    if person.first or person.last:
        person.full_name = ""  # N wins: it says which part is which
    return person


def _address(value: Any) -> str:
    parts = [getattr(value, key, "") for key in ("city", "region", "country")]
    return ", ".join(_text(p) for p in parts if _text(p))
