"""Contacts out: a spreadsheet-safe CSV and vCard 3.0 (the JSON backup is backup_json.py)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence

from netprep.domain.person_names import first_name
from netprep.domain.records import Contact
from netprep.render.text_safety import strip_unsafe_characters

MULTI = " ::: "  # between the values of one cell (Google Contacts' own separator)
CSV_COLUMNS: tuple[tuple[str, Callable[[Contact], str]], ...] = (
    ("Name", lambda c: c.name),
    ("Email", lambda c: MULTI.join(c.emails)),
    ("Phone", lambda c: MULTI.join(c.phones)),
    ("Company", lambda c: c.company),
    ("Role", lambda c: c.role),
    ("Location", lambda c: c.location),
    ("Links", lambda c: MULTI.join(c.links)),
    ("Circle", lambda c: c.circle.label if c.circle else ""),
    ("Tags", lambda c: MULTI.join(c.tags)),
    ("Interests", lambda c: MULTI.join(c.interests)),
    ("How we met", lambda c: c.how_we_met),
    ("Background", lambda c: c.background),
    ("Current projects", lambda c: c.current_projects),
    ("Achievements", lambda c: c.achievements),
)
REFERRED_BY = "Referred by"  # the last column: the referrer's name
DELETED_REFERRER = "(deleted contact)"  # a referrer deleted since: nobody to link on import
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet program would run as a formula gets a leading apostrophe.

    (=, +, - and @ start formulas in Excel, LibreOffice and Google Sheets; a leading tab
    or carriage return can hide one.) The apostrophe shows as text and is not displayed.
    A cell that starts with an apostrophe itself gets one more, so that
    :func:`unneutralise` gives every cell back as it was.
    """
    cell = strip_unsafe_characters(cell)
    return "'" + cell if cell.startswith((*_FORMULA_START, "'")) else cell


def unneutralise(cell: str) -> str:
    """The cell as it was before :func:`neutralise` (netprep's CSV read back in)."""
    if cell.startswith("'") and cell[1:].startswith((*_FORMULA_START, "'")):
        return cell[1:]
    return cell


def contacts_csv(contacts: Sequence[Contact], referrer_name: Callable[[str], str]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads accents), CRLF rows, every cell safe."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _ in CSV_COLUMNS] + [REFERRED_BY])
    for contact in contacts:
        cells = [value(contact) for _, value in CSV_COLUMNS]
        cells.append(referrer_name(contact.referred_by) if contact.referred_by else "")
        writer.writerow([neutralise(c) for c in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def contacts_vcard(contacts: Sequence[Contact]) -> bytes:
    import vobject  # loads when a vCard is first written, not when the app opens

    cards = []
    for contact in contacts:
        card = vobject.vCard()
        given, family = _given_and_family(contact.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        card.add("fn").value = contact.name
        for email in contact.emails:
            line = card.add("email")
            line.value = email
            line.type_param = "INTERNET"
        for phone in contact.phones:
            card.add("tel").value = phone
        if contact.company:
            card.add("org").value = [contact.company]
        if contact.role:
            card.add("title").value = contact.role
        for link in contact.links:
            card.add("url").value = link
        if contact.tags:
            card.add("categories").value = list(contact.tags)
        note = "\n\n".join(p for p in (contact.how_we_met, contact.background) if p.strip())
        if note:
            card.add("note").value = note
        card.add("uid").value = f"netprep-{contact.id}"
        cards.append(card.serialize())
    return strip_unsafe_characters("".join(cards)).encode("utf-8")


def _given_and_family(name: str) -> tuple[str, str]:
    """Split a name for vCard's N so that "given family" gives the name back, word for word.

    A title before the first name ("Dr", "Rev.") stays with the given name: dropping it, as a
    first-name parser does, lost a word on the way back in ("Dr A" came back as "A").
    """
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return given, family
    words = name.split()
    first = first_name(name)
    cut = words.index(first) + 1 if first in words else 1
    if cut >= len(words) > 1:  # nothing left for the family name: the last word is it
        cut = len(words) - 1
    return " ".join(words[:cut]), " ".join(words[cut:])
