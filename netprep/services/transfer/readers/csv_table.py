"""Read a CSV export by column name: find the header row, whatever comes before it.

LinkedIn puts a few "Notes:" lines above its header; spreadsheets add empty rows. The
header is the first row that holds the columns a format needs. Rows are dicts keyed
by canonical column names (localised headers mapped through ``aliases``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from netprep.domain.message import Message
from netprep.services.transfer.readers.encoding import ImportFileError

HEADER_SEARCH_ROWS = 40
MAX_FIELD_CHARS = 131072  # the csv module's own limit: a bigger field is not a contact


@dataclass
class CsvTable:
    header_line: int
    columns: list[str]  # canonical names (or the file's own when unknown)
    rows: list[tuple[int, dict[str, str]]]  # (line number, values by column)


def fold_header(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").strip().strip('"').split()).casefold()


def read_table(
    text: str,
    name: str,
    aliases: Mapping[str, str],
    required: set[str],
    any_of: frozenset[str] = frozenset(),
) -> CsvTable:
    """Parse ``text``; ``aliases`` maps folded header names to canonical ones, and the
    header row is the first that holds every ``required`` canonical column (and one of
    ``any_of`` when given)."""
    lines = _Lines(text)
    reader = csv.reader(lines, strict=False)
    header: list[str] | None = None
    header_line = 0
    try:
        for raw in reader:
            if header is None:
                canonical = [aliases.get(fold_header(c), c.strip()) for c in raw]
                found = set(canonical)
                if required <= found and (not any_of or any_of & found):
                    header, header_line = canonical, lines.line
                    break
                if lines.line >= HEADER_SEARCH_ROWS:
                    break
        if header is None:
            raise ImportFileError(no_header_message(text, name, required | any_of))
        rows = []
        last: list[str] = []
        for raw in reader:
            if not any(cell.strip() for cell in raw):
                continue
            last = raw
            rows.append((lines.line, dict(zip(header, [c.strip() for c in raw], strict=False))))
    except csv.Error as exc:
        raise ImportFileError(
            "{name}, line {line}: {reason}", name=name, line=lines.line, reason=_csv_reason(exc)
        ) from None
    _check_complete(text, name, header, last, lines.line)
    return CsvTable(header_line, header, rows)


def _check_complete(text: str, name: str, header: list[str], last: list[str], line: int) -> None:
    """A file cut off mid-row (a download or copy that did not finish) is refused whole:
    its last row would go in with half its values."""
    unbalanced = text.count('"') % 2 == 1
    short_last = bool(last) and not text.endswith(("\n", "\r")) and len(last) < len(header)
    if unbalanced or short_last:
        raise ImportFileError(
            "{name} ends in the middle of a row (line {line}): it looks cut off. "
            "Download or export it again.",
            name=name,
            line=line,
        )


class _Lines(Iterator[str]):
    """Lines for csv.reader, counting them (so errors and rows name their line)."""

    def __init__(self, text: str) -> None:
        self._lines = io.StringIO(text, newline="")
        self.line = 0
        self._next = 1

    def __next__(self) -> str:
        line = self._lines.readline()
        if not line:
            raise StopIteration
        self.line = self._next
        self._next += 1
        return line


def _csv_reason(exc: csv.Error) -> Message:
    text = str(exc)
    if "field larger than field limit" in text:
        return Message(
            "a field is longer than {size} KB; this does not look like "
            "a contacts file (or a quote is never closed)",
            size=MAX_FIELD_CHARS // 1024,
        )
    return Message("the CSV cannot be read ({reason})", reason=text)


def no_header_message(text: str, name: str, required: set[str]) -> Message:
    first = next((line for line in text.splitlines() if line.strip()), "")
    for delimiter, label in (
        (";", Message("semicolons")),
        ("\t", Message("tabs")),
        ("|", Message("bars")),
    ):
        if first.count(delimiter) >= 2 and first.count(delimiter) > first.count(","):
            return Message(
                "{name} separates its columns with {separator}, not commas. Export it again "
                "as a comma-separated CSV.",
                name=name,
                separator=label,
            )
    return Message(
        "{name} has no header row naming the columns ({wanted}); netprep cannot read it.",
        name=name,
        wanted=", ".join(sorted(required)),
    )


def sniff_header(text: str, limit: int = HEADER_SEARCH_ROWS) -> list[list[str]]:
    """The first few rows, folded, for telling formats apart."""
    rows = []
    try:
        for raw in csv.reader(io.StringIO(text[:65536], newline=""), strict=False):
            rows.append([fold_header(c) for c in raw])
            if len(rows) >= limit:
                break
    except csv.Error:
        pass
    return rows
