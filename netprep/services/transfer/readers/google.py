"""Google Contacts CSV: the current layout and the legacy "Google CSV" one.

Columns are read by name, never by position: "E-mail 2 - Value" may come before or after
"Phone 1 - Value", and either layout may leave columns out. A cell holding several
values joins them with " ::: ".
"""

from __future__ import annotations

import re

from netprep.domain.message import Message
from netprep.services.transfer.model import RawPerson, ReadResult, Skipped
from netprep.services.transfer.readers.csv_table import fold_header, read_table

MULTI = " ::: "
_NUMBERED = re.compile(r"^(e-mail|phone|website|organization|address) (\d+) - (.+)$")

# current layout -> legacy layout, both folded
_SINGLE = {
    "first": ("first name", "given name"),
    "middle": ("middle name", "additional name"),
    "last": ("last name", "family name"),
    "full": ("name",),
    "prefix": ("name prefix",),
    "suffix": ("name suffix",),
    "company": ("organization name",),
    "role": ("organization title",),
    "notes": ("notes",),
    "labels": ("labels", "group membership"),
    "location": ("location",),
}
_ALIASES = {folded: key for key, names in _SINGLE.items() for folded in names}


def looks_like_google(header: list[str]) -> bool:
    names = set(header)
    has_value_columns = any(_NUMBERED.match(h) for h in names)
    named = bool(names & {"first name", "given name", "name", "last name", "family name"})
    return has_value_columns and named


def read_google(text: str, name: str) -> ReadResult:
    names = frozenset({"first", "last", "full"})
    table = read_table(text, name, _ALIASES, required=set(), any_of=names)
    result = ReadResult()
    for line, row in table.rows:
        person = RawPerson(row=line, source="Google Contacts")
        for key in ("first", "middle", "last", "prefix", "suffix", "company", "role", "notes"):
            setattr(person, key, _first(row.get(key, "")))
        person.full_name = row.get("full", "")
        person.location = row.get("location", "")
        person.tags = [_label(t) for t in _split(row.get("labels", "")) if _label(t)]
        numbered = []
        for column, value in row.items():
            match = _NUMBERED.match(fold_header(column))
            if match and value:
                kind, number, part = match.groups()
                numbered.append((int(number), kind, part, value))
        for _, kind, part, value in sorted(numbered):  # "E-mail 1" before "E-mail 2"
            wanted = {"organization": ("name", "title"), "address": ("formatted",)}
            if part in wanted.get(kind, ("value",)):
                _add_numbered(person, kind, part, _split(value))
        if not (person.first or person.last or person.full_name or person.company):
            result.skipped.append(Skipped(line, Message("no name")))
            continue
        if not (person.first or person.last or person.full_name):
            person.full_name = person.company  # Google keeps companies as contacts too
        result.people.append(person)
    return result


def _add_numbered(person: RawPerson, kind: str, part: str, values: list[str]) -> None:
    if kind == "e-mail":
        person.emails += values
    elif kind == "phone":
        person.phones += values
    elif kind == "website":
        person.links += values
    elif kind == "organization" and part == "name" and not person.company:
        person.company = values[0] if values else ""
    elif kind == "organization" and part == "title" and not person.role:
        person.role = values[0] if values else ""
    elif kind == "address" and not person.location and values:
        person.location = " ".join(values[0].split())


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(MULTI) if v.strip()]


def _first(cell: str) -> str:
    values = _split(cell)
    return values[0] if values else ""


def _label(tag: str) -> str:
    """Google's own groups ("* myContacts", "* starred") are not the user's tags."""
    return "" if tag.startswith("*") else tag
