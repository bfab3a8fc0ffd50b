"""LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data).

The header row comes after a few "Notes:" lines; it may be localised. Columns are read
by name. Rows without a name are people who left LinkedIn.
"""

from __future__ import annotations

from netprep.domain.message import Message
from netprep.services.transfer.model import RawPerson, ReadResult, Skipped
from netprep.services.transfer.readers.csv_table import fold_header, read_table

FIRST, LAST, URL, EMAIL = "First Name", "Last Name", "URL", "Email Address"
COMPANY, POSITION, CONNECTED = "Company", "Position", "Connected On"

_HEADERS = {
    FIRST: ("First Name", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam"),
    LAST: ("Last Name", "Nachname", "Nom", "Apellidos", "Cognome", "Achternaam"),
    URL: ("URL", "Profile URL"),
    EMAIL: (
        "Email Address",
        "E-Mail-Adresse",
        "Adresse e-mail",
        "Dirección de correo electrónico",
        "Indirizzo email",
        "E-mailadres",
    ),
    COMPANY: ("Company", "Unternehmen", "Entreprise", "Empresa", "Azienda", "Bedrijf"),
    POSITION: ("Position", "Poste", "Cargo", "Posizione", "Functie"),
    CONNECTED: (
        "Connected On",
        "Verbunden am",
        "Date de connexion",
        "Conectado el",
        "Collegamento il",
        "Connectie gemaakt op",
    ),
}
ALIASES = {fold_header(name): canonical for canonical, names in _HEADERS.items() for name in names}
REQUIRED = {FIRST, LAST, URL}


def looks_like_linkedin(header: list[str]) -> bool:
    canonical = {ALIASES.get(h) for h in header}
    return canonical >= REQUIRED and (CONNECTED in canonical or COMPANY in canonical)


def read_linkedin(text: str, name: str) -> ReadResult:
    table = read_table(text, name, ALIASES, REQUIRED)
    result = ReadResult()
    for line, row in table.rows:
        get = row.get
        first, last = get(FIRST) or "", get(LAST) or ""
        if not (first.strip() or last.strip()):
            result.skipped.append(Skipped(line, Message("no name (someone who has left LinkedIn)")))
            continue
        result.people.append(
            RawPerson(
                row=line,
                first=first,
                last=last,
                emails=[get(EMAIL) or ""],
                company=get(COMPANY) or "",
                role=get(POSITION) or "",
                profile_url=get(URL) or "",
                connected_on=get(CONNECTED) or "",
                source="LinkedIn",
            )
        )
    return result
