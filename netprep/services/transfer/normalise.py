"""From what a file says to a Contact: checked emails, phones in one form, names in order.

Libraries, not regexes: email-validator (offline: no DNS), phonenumbers, nameparser. A
bad value drops that value with a problem the preview shows; the rest of the row stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from netprep.domain.message import Message
from netprep.domain.records import Circle, Contact
from netprep.domain.validation import MAX_NAME_LENGTH, is_phone, is_web_link
from netprep.services.transfer.model import Incoming, RawPerson

_MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
        )
    },
    # German, French and Spanish short forms seen in localised LinkedIn exports
    **{"mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12, "janv": 1, "févr": 2, "avr": 4},
    **{"juin": 6, "juil": 7, "déc": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "sept": 9},
}
_DATE_PARTS = re.compile(r"^(\d{1,2})[\s\-./]+([^\W\d_]+)\.?[\s\-./]+(\d{2,4})$")


def normalise_email(value: str) -> tuple[str, str]:
    """(address, "") when valid, ("", reason) when not. No network is used."""
    # email-validator and phonenumbers load when an import first reads a row (~0.15 s
    # together), not when the app opens.
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return "", Message("email “{value}” left out: {reason}", value=value.strip(), reason=exc)
    return checked.normalized, ""


def normalise_phone(value: str, region: str | None) -> tuple[str, str]:
    """A number in international form when it can be read, else as written if it looks like
    one; ("", reason) for something that is not a phone number."""
    import phonenumbers

    text = value.strip()
    try:
        number = phonenumbers.parse(text, region)
        if phonenumbers.is_possible_number(number):
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
            return phonenumbers.format_number(number, fmt), ""
    except phonenumbers.NumberParseException:
        pass
    if is_phone(text):
        return " ".join(text.split()), ""
    return "", Message("phone “{value}” left out: not a phone number", value=text)


def phone_key(value: str) -> str:
    """The digits that identify a number (with its country code when written)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return ("+" if value.strip().startswith("+") else "") + digits


def normalise_url(value: str) -> str:
    """A profile link as a match key: no scheme, no www., no trailing slash, lower case."""
    text = value.strip().casefold()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    text = text.removeprefix("www.").split("?")[0].split("#")[0]
    return text.rstrip("/")


def web_link(value: str) -> str:
    text = value.strip()
    if text and "://" not in text and "." in text and " " not in text:
        text = "https://" + text
    return text


def parse_connected_on(text: str) -> date | None:
    """'12 Mar 2024', '7-Feb-22', '2024-03-12', '12.03.2024'; None when unreadable."""
    value = text.strip()
    match = _DATE_PARTS.match(value)
    if match:
        day, month_word, year_text = match.groups()
        folded = month_word.casefold()
        month = _MONTHS.get(folded[:4]) or _MONTHS.get(folded[:3])
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        try:
            return date(year, month, int(day)) if month else None
        except ValueError:
            return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    return None


def full_name(person: RawPerson) -> str:
    """First, middle and last in reading order; a lone "Last, First" is turned round (a
    name netprep wrote itself is kept as it is)."""
    if person.as_written:
        return " ".join(person.full_name.split())
    name = " ".join(f"{person.prefix} {person.first} {person.middle} {person.last}".split())
    if person.suffix.strip():
        name = f"{name}, {person.suffix.strip()}" if name else ""
    if name:
        return name
    written = " ".join(person.full_name.split())
    if "," in written:  # "García, José M." - only here is nameparser's time worth it
        from nameparser import HumanName

        parsed = HumanName(written)
        ordered = " ".join(p for p in (parsed.title, parsed.first, parsed.middle, parsed.last) if p)
        suffix = f", {parsed.suffix}" if parsed.suffix else ""
        return (ordered + suffix) if ordered else written
    return written


def _plain_web_link(link: str) -> bool:
    """The common case, without urllib: "https://host/path" with no spaces."""
    rest = link.removeprefix("https://")
    return rest != link and "/" in rest and rest[0] != "/" and " " not in rest


def to_incoming(person: RawPerson, region: str | None = None) -> Incoming | str:
    """The row as a contact with its problems, or the reason it cannot be one."""
    name = full_name(person)
    if not name:
        return Message("no name (someone who left the service, or an empty row)")
    problems: list[str] = []
    if len(name) > MAX_NAME_LENGTH:
        return Message("the name is longer than {limit} characters", limit=MAX_NAME_LENGTH)
    emails: list[str] = []
    for value in person.emails:
        if value.strip():
            address, problem = normalise_email(value)
            kept = value.strip() if person.as_written and address else address
            _add(emails, kept, problems, problem, key=str.casefold)
    phones: list[str] = []
    for value in person.phones:
        if value.strip():
            number, problem = normalise_phone(value, region)
            kept = " ".join(value.split()) if person.as_written and number else number
            _add(phones, kept, problems, problem, key=phone_key)
    links: list[str] = []
    for value in [person.profile_url, *person.links]:
        if value.strip():
            link = web_link(value)
            ok = _plain_web_link(link) or is_web_link(link)
            _add(
                links,
                link if ok else "",
                problems,
                "" if ok else Message("link “{value}” left out", value=value),
                key=normalise_url,
            )
    how = person.how_we_met.strip()
    if person.connected_on.strip() and not how:
        connected = parse_connected_on(person.connected_on)
        if connected is None:
            problems.append(Message("date “{value}” not understood", value=person.connected_on))
        else:
            how = f"Connected on {person.source or 'LinkedIn'}, {connected.isoformat()}"
    contact = Contact(
        name=name,
        emails=emails,
        phones=phones,
        company=" ".join(person.company.split()),
        role=" ".join(person.role.split()),
        location=" ".join(person.location.split()),
        links=links,
        how_we_met=how,
        circle=_circle(person.circle, problems),
        interests=_distinct(person.interests),
        background=_lines(person.notes),
        current_projects=_lines(person.current_projects),
        achievements=_lines(person.achievements),
        tags=_distinct(person.tags),
    )
    url = normalise_url(person.profile_url) if person.profile_url.strip() else ""
    return Incoming(person.row, contact, problems, url, " ".join(person.referred_by.split()))


def _lines(text: str) -> str:
    return "\n".join(text.strip().splitlines())


def _distinct(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def _circle(text: str, problems: list[str]) -> Circle:
    """A circle by its label ("Stay in touch") or its stored value ("stay_in_touch")."""
    folded = " ".join(text.split()).casefold()
    if not folded:
        return Circle.NONE
    for circle in Circle:
        if circle and folded in (circle.label.casefold(), circle.value):
            return circle
    problems.append(Message("circle “{value}” not understood", value=text.strip()))
    return Circle.NONE


def _add(
    values: list[str], value: str, problems: list[str], problem: str, *, key: Callable[[str], str]
) -> None:
    if problem:
        problems.append(problem)
    elif value and all(key(v) != key(value) for v in values):
        values.append(value)
