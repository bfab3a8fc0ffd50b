"""Which kind of file is this? The extension hints; the content decides."""

from __future__ import annotations

from pathlib import Path

from netprep.services.transfer.model import FileFormat
from netprep.services.transfer.readers.backup_json import looks_like_backup
from netprep.services.transfer.readers.csv_table import no_header_message, sniff_header
from netprep.services.transfer.readers.encoding import ImportFileError
from netprep.services.transfer.readers.google import looks_like_google
from netprep.services.transfer.readers.linkedin import looks_like_linkedin
from netprep.services.transfer.readers.vcard import looks_like_vcard


def detect_format(path: Path, text: str) -> FileFormat:
    if looks_like_vcard(text):
        return FileFormat.VCARD
    if looks_like_backup(text):
        return FileFormat.JSON
    if text.lstrip().startswith(("{", "[")):
        raise ImportFileError("{name} is JSON but not a netprep backup.", name=path.name)
    for row in sniff_header(text):
        if looks_like_linkedin(row):
            return FileFormat.LINKEDIN
        if looks_like_google(row):
            return FileFormat.GOOGLE
    if path.suffix.casefold() == ".vcf":
        raise ImportFileError("{name} holds no vCard (no BEGIN:VCARD line).", name=path.name)
    if _delimited_otherwise(text):
        raise ImportFileError(no_header_message(text, path.name, set()))
    raise ImportFileError(
        "{name} is not a LinkedIn or Google Contacts CSV, a vCard file or a "
        "netprep backup. Choose the format with --format if it is one of these.",
        name=path.name,
    )


def _delimited_otherwise(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return any(first.count(d) >= 2 and first.count(d) > first.count(",") for d in ";\t|")
