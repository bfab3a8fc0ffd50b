"""The bytes of table files and journal lines, with a checksum on every record and line.

A table file is TinyDB's JSON (``{"contacts": {"1": {...}, ...}}``) laid out one record
per line, with a ``netprep`` section that holds the file's generation and a CRC-32 per
record::

    {"contacts":{
    "1":{"id":"...","name":"Ann Lee",...},
    "2":{...}
    },"netprep":{"gen":41,"crc":{"1":"1c291ca3","2":"..."}}}

A journal line is one change as JSON, a tab and the CRC-32 of that JSON. Every change has
a sequence number (``seq``); a table file's ``gen`` is the highest sequence number folded
into it, so a change at or below it is already in the file and replaying it is skipped.

Reading never gives up on a whole file for one bad record: whatever fails its checksum or
does not parse is handed back as :class:`Damage` (the raw bytes and why), and the rest is
read. Files written before checksums existed (no ``netprep`` section, lines without a tab)
are read as they are.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import orjson

Docs = dict[str, dict[str, Any]]
META_KEY = "netprep"


class FileFormatError(ValueError):
    """Nothing in the file is a readable netprep table; the message says why."""

    def __init__(self, message: str, path: Any = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class Damage:
    """Bytes set aside from a file: what they were, where, and why they could not be used."""

    where: str  # "record 12", "change 3"
    reason: str
    raw: bytes


@dataclass
class TableContent:
    docs: Docs
    gen: int = 0
    damage: list[Damage] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """One journal line: documents to put and doc ids to delete, per table."""

    seq: int | None  # None: a line from before sequence numbers (applies in file order)
    tables: dict[str, tuple[Docs, list[str]]]


def crc(data: bytes) -> str:
    return f"{zlib.crc32(data):08x}"


# -- table files -------------------------------------------------------------------------------


def encode_table(table: str, docs: Docs, gen: int) -> bytes:
    parts = [b'{"' + table.encode() + b'":{\n']
    checksums = {}
    for key, doc in docs.items():
        body = orjson.dumps(doc)
        checksums[key] = f"{zlib.crc32(body):08x}"
        parts += (b'"', key.encode(), b'":', body, b",\n")
    if docs:
        parts[-1] = b"\n"  # no comma after the last record
    parts += (b'},"netprep":', orjson.dumps({"gen": gen, "crc": checksums}), b"}")
    return b"".join(parts)


def decode_table(raw: bytes, table: str) -> TableContent:
    """A table file's records; records that fail their checksum come back as damage.

    Raises FileFormatError only when nothing in the file is a netprep table.
    """
    if not raw.strip():
        raise FileFormatError("the file is empty (it may have been truncated)")
    if raw.startswith(b'{"' + table.encode() + b'":{\n'):
        return _decode_lines(raw, table)
    return TableContent(_decode_legacy(raw, table))


def _decode_legacy(raw: bytes, table: str) -> Docs:
    """A file as TinyDB (or netprep before checksums) wrote it: one JSON object."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FileFormatError(f"it is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise FileFormatError("it is not a netprep data file (top level is not an object)")
    unknown = set(data) - {table, META_KEY}
    if unknown:
        raise FileFormatError(
            f"it is not a netprep {table} file (unexpected section {sorted(unknown)[0]!r})"
        )
    docs = data.get(table, {})
    if not isinstance(docs, dict):
        raise FileFormatError(f"its {table!r} section is not an object")
    check_docs(docs)
    return docs


def _decode_lines(raw: bytes, table: str) -> TableContent:
    raw = raw.rstrip(b"\n")
    last = raw.rfind(b"\n") + 1
    meta = _meta(raw[last:])
    content = TableContent({}, gen=meta[0] if meta else 0)
    if meta is None:
        content.damage.append(Damage("the checksums", "the last line is damaged", raw[last:]))
    checksums = meta[1] if meta else None
    docs, view, crc32, loads = content.docs, memoryview(raw), zlib.crc32, orjson.loads
    start = raw.find(b"\n") + 1  # past the first line
    while 0 < start < last:  # no copies of the records' bytes: they are read in place
        end = raw.find(b"\n", start)
        split = raw.find(b'":', start, end)
        key = raw[start + 1 : split].decode("ascii", "replace") if split > start + 1 else ""
        stop = end - 1 if raw[end - 1] == 44 else end  # 44: the comma between records
        doc: Any = None
        if key.isdigit() and raw[start] == 34 and raw[split + 2] == 123 and raw[stop - 1] == 125:
            body = view[split + 2 : stop]
            expected = checksums.get(key) if checksums is not None else None
            if expected is None or expected == f"{crc32(body):08x}":
                try:
                    doc = loads(body)
                except orjson.JSONDecodeError:
                    doc = None
        if doc.__class__ is dict and doc.get("id").__class__ is str:
            docs[key] = doc
        else:
            where = f"record {key}" if key.isdigit() else "a record"
            line = raw[start:end]
            content.damage.append(Damage(where, "its checksum does not match (damaged)", line))
        start = end + 1
    return content


def _meta(line: bytes) -> tuple[int, dict[str, str]] | None:
    prefix = b'},"netprep":'
    if not line.startswith(prefix) or not line.endswith(b"}"):
        return None
    try:
        meta = orjson.loads(line[len(prefix) : -1])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(meta, dict) or not isinstance(meta.get("gen"), int):
        return None
    checksums = meta.get("crc")
    if not isinstance(checksums, dict):
        return None
    return meta["gen"], checksums


def _is_doc(doc: Any) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("id"), str)


def check_docs(docs: dict[Any, Any], where: str = "") -> None:
    for key, doc in docs.items():
        if not key.isdigit() or not _is_doc(doc):
            raise FileFormatError(f"{where}record {key!r} is not a netprep record")


# -- journal lines ----------------------------------------------------------------------------


def encode_change(seq: int, tables: dict[str, tuple[Docs, list[str]]]) -> bytes:
    """One journal line. A one-table journal holds ``put``/``del``; the shared one, ``tables``."""
    if len(tables) == 1:
        ((puts, deletes),) = tables.values()
        body = orjson.dumps({"seq": seq, "put": puts, "del": deletes})
    else:
        entry = {name: {"put": p, "del": d} for name, (p, d) in tables.items()}
        body = orjson.dumps({"seq": seq, "tables": entry})
    return body + b"\t" + crc(body).encode() + b"\n"


def decode_journal(raw: bytes, table: str | None) -> tuple[list[Change], list[Damage]]:
    """Every complete line's change, and the lines that are damaged.

    ``table`` names the table of a one-table journal (None: the shared transaction journal).
    An unterminated last line is an append cut short by a crash (never reported as saved):
    it is left out, and not counted as damage.
    """
    end = raw.rfind(b"\n") + 1
    changes, damage = [], []
    for number, line in enumerate(raw[:end].split(b"\n")[:-1], start=1):
        if not line.strip():
            continue
        try:
            changes.append(_decode_line(line, table))
        except FileFormatError as exc:
            damage.append(Damage(f"change {number}", str(exc), line))
    tail = raw[end:]
    if _whole_line_without_its_end(tail):  # a damaged line end, not an append cut short
        damage.append(Damage("the last change", "its line end is damaged", tail))
    return changes, damage


def _whole_line_without_its_end(tail: bytes) -> bool:
    for candidate in (tail, tail[:-1]):
        body, tab, checksum = candidate.rpartition(b"\t")
        if tab and len(checksum) == 8 and crc(body).encode() == checksum:
            return True
    return False


def _decode_line(line: bytes, table: str | None) -> Change:
    body, tab, checksum = line.rpartition(b"\t")
    if tab:
        if crc(body) != checksum.decode("ascii", "replace"):
            raise FileFormatError("its checksum does not match (damaged)")
    else:
        body = line  # a line from before checksums
    try:
        entry = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise FileFormatError(f"it is not valid JSON ({exc})") from None
    if not isinstance(entry, dict):
        raise FileFormatError("it is not a netprep change")
    seq = entry.pop("seq", None)
    if seq is not None and not isinstance(seq, int):
        raise FileFormatError("its sequence number is not a number")
    if table is not None:
        return Change(seq, {table: _puts_and_deletes(entry)})
    if set(entry) != {"tables"} or not isinstance(entry["tables"], dict):
        raise FileFormatError("it is not a netprep change")
    tables = {}
    for name, part in entry["tables"].items():
        if not isinstance(part, dict):
            raise FileFormatError("it is not a netprep change")
        tables[name] = _puts_and_deletes(part)
    return Change(seq, tables)


def _puts_and_deletes(entry: dict[str, Any]) -> tuple[Docs, list[str]]:
    if set(entry) - {"put", "del"}:
        raise FileFormatError("it is not a netprep change")
    puts, deletes = entry.get("put", {}), entry.get("del", [])
    if not isinstance(puts, dict) or not isinstance(deletes, list):
        raise FileFormatError("it is not a netprep change")
    check_docs(puts)
    if not all(isinstance(d, str) and d.isdigit() for d in deletes):
        raise FileFormatError("it deletes something that is not a record")
    return puts, deletes


def complete_length(raw: bytes) -> int:
    """Bytes up to the last newline: where the next line goes."""
    return raw.rfind(b"\n") + 1
