"""Which kind of file is this? The extension hints; the content decides."""

from __future__ import annotations

from pathlib import Path

from netprep.services.transfer.model import FileFormat
from netprep.services.transfer.readers.backup_json import (
    looks_like_backup,
    not_a_backup,
    parse_json,
)
from netprep.services.transfer.readers.csv_table import no_header_message, sniff_header
from netprep.services.transfer.readers.encoding import ImportFileError
from netprep.services.transfer.readers.google import looks_like_google
from netprep.services.transfer.readers.linkedin import looks_like_linkedin
from netprep.services.transfer.readers.netprep_csv import looks_like_netprep_csv
from netprep.services.transfer.readers.vcard import looks_like_vcard

#: What a file not recognised may still be read as, when the user says so: a CSV whose
#: columns were renamed or trimmed (a vCard file and a backup are known by their content).
CHOOSABLE = (FileFormat.LINKEDIN, FileFormat.GOOGLE, FileFormat.CSV)


class UnknownFormatError(ImportFileError):
    """No format netprep reads was recognised in the file. The message says what the file
    is not; how to choose a format anyway (a command-line option, a choice in a dialog) is
    for each front end to say, offering ``formats``."""

    def __init__(self, name: str) -> None:
        super().__init__(
            "{name} is not a LinkedIn or Google Contacts CSV, a netprep CSV, a vCard file or "
            "a netprep backup.",
            name=name,
        )
        self.name = name
        self.formats = CHOOSABLE


def detect_format(path: Path, text: str) -> FileFormat:
    if looks_like_vcard(text):
        return FileFormat.VCARD
    if looks_like_backup(text):
        return FileFormat.JSON
    if text.lstrip().startswith(("{", "[")):
        parse_json(text, path.name)  # not JSON at all: where it goes wrong
        raise not_a_backup(path.name)
    for row in sniff_header(text):
        if looks_like_linkedin(row):
            return FileFormat.LINKEDIN
        if looks_like_google(row):
            return FileFormat.GOOGLE
        if looks_like_netprep_csv(row):
            return FileFormat.CSV
    if path.suffix.casefold() == ".vcf":
        raise ImportFileError("{name} holds no vCard (no BEGIN:VCARD line).", name=path.name)
    if _delimited_otherwise(text):
        raise ImportFileError(no_header_message(text, path.name, set()))
    raise UnknownFormatError(path.name)


def _delimited_otherwise(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return any(first.count(d) >= 2 and first.count(d) > first.count(",") for d in ";\t|")
