"""netprep's own contacts CSV (`netprep export --format csv`, File → Export…), read back in.

Columns are read by name, so a file reordered or trimmed in a spreadsheet still reads; a
cell holding several values joins them with " ::: ". The apostrophe the export puts before
a cell a spreadsheet would run as a formula is taken off again, so every exported field
comes back as it was. "Referred by" names the referrer, who is linked once every row is read.
"""

from __future__ import annotations

from netprep.domain.message import Message
from netprep.services.transfer.exporters import (
    CSV_COLUMNS,
    DELETED_REFERRER,
    MULTI,
    REFERRED_BY,
    unneutralise,
)
from netprep.services.transfer.model import RawPerson, ReadResult, Skipped
from netprep.services.transfer.readers.csv_table import fold_header, read_table

COLUMNS = (*(name for name, _ in CSV_COLUMNS), REFERRED_BY)
ALIASES = {fold_header(name): name for name in COLUMNS}
NAME = "Name"
# Columns no other contacts file has: two of them (and Name) tell netprep's own CSV apart.
_OWN = frozenset(
    fold_header(n)
    for n in ("Circle", "Interests", "How we met", "Current projects", "Achievements", REFERRED_BY)
)
_LISTS = {"Email": "emails", "Phone": "phones", "Links": "links", "Tags": "tags"}
_TEXTS = {
    "Company": "company",
    "Role": "role",
    "Location": "location",
    "Circle": "circle",
    "How we met": "how_we_met",
    "Background": "notes",
    "Current projects": "current_projects",
    "Achievements": "achievements",
}


def looks_like_netprep_csv(header: list[str]) -> bool:
    """``header``: a row's cells, folded (csv_table.sniff_header)."""
    names = set(header)
    return fold_header(NAME) in names and len(names & _OWN) >= 2


def read_netprep_csv(text: str, name: str) -> ReadResult:
    table = read_table(text, name, ALIASES, {NAME})
    result = ReadResult()
    for line, row in table.rows:
        cells = {column: unneutralise(value) for column, value in row.items()}
        get = cells.get
        if not (get(NAME) or "").strip():
            result.skipped.append(Skipped(line, Message("no name")))
            continue
        person = RawPerson(row=line, full_name=get(NAME) or "", as_written=True, source="netprep")
        for column, key in _TEXTS.items():
            setattr(person, key, get(column) or "")
        for column, key in _LISTS.items():
            setattr(person, key, _split(get(column) or ""))
        person.interests = _split(get("Interests") or "")
        referrer = (get(REFERRED_BY) or "").strip()
        person.referred_by = "" if referrer == DELETED_REFERRER else referrer
        result.people.append(person)
    return result


def _split(cell: str) -> list[str]:
    return [value.strip() for value in cell.split(MULTI.strip()) if value.strip()]
