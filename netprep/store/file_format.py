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

Reading never gives up on a whole file for one bad record: what fails its checksum or does
not parse is handed back as :class:`Damage` (raw bytes and why); the rest is read. Files
from before checksums (no ``netprep`` section, lines without a tab) are read as they are.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Sequence as Seq
from dataclasses import dataclass, field
from typing import Any

import orjson

from netprep.domain.message import Message
from netprep.store.errors import FileFormatError

Docs = dict[str, dict[str, Any]]
META_KEY = "netprep"


@dataclass(frozen=True)
class Damage:
    """Bytes set aside from a file: what they were, where, and why they could not be used."""

    where: str  # "record 12", "change 3"
    reason: str
    raw: bytes


class Spans:
    """Where each record of a table file is: start, length and CRC-32 in flat arrays indexed
    by doc id (16 bytes a record; a dict of tuples takes ten times that). Length 0: none."""

    def __init__(self, size: int = 0) -> None:
        self.start, self.length = array("q", bytes(8 * size)), array("I", bytes(4 * size))
        self.crc, self.count = array("I", bytes(4 * size)), 0

    @classmethod
    def of(cls, ids: Seq[int], starts: Seq[int], lengths: Seq[int], crcs: Seq[int]) -> Spans:
        spans = cls(max(ids, default=-1) + 1)
        start, length, crc = spans.start, spans.length, spans.crc
        for doc_id, at, size, checksum in zip(ids, starts, lengths, crcs, strict=True):
            start[doc_id], length[doc_id], crc[doc_id] = at, size, checksum
        spans.count = sum(1 for n in length if n)
        return spans

    def get(self, doc_id: int) -> tuple[int, int, int] | None:
        if 0 <= doc_id < len(self.length) and self.length[doc_id]:
            return self.start[doc_id], self.length[doc_id], self.crc[doc_id]
        return None

    def ids(self) -> Iterator[int]:
        length = self.length
        return (i for i in range(len(length)) if length[i])


@dataclass
class Peeked:
    """Doc ids and each record's id and lookup values (``stride`` strings; None: not read)."""

    doc_ids: array[int] = field(default_factory=lambda: array("q"))
    values: list[str | None] = field(default_factory=list)
    stride: int = 1


@dataclass
class TableData:
    """One table as read: where its records are in its file, and what changed since."""

    spans: Spans = field(default_factory=Spans)
    raw: bytes = b""  # the file's bytes, kept only until the repository has read them
    changed: dict[str, bytes | None] = field(default_factory=dict)  # None: deleted
    docs: Docs | None = None  # every record parsed (None: a table read lazily)
    peeked: Peeked | None = None  # a lazy table: ids and lookup fields, read in place

    @classmethod
    def of(cls, docs: Docs) -> TableData:
        """A table held in memory only (no file yet, or documents migrated in memory)."""
        return cls(changed={k: orjson.dumps(d) for k, d in docs.items()}, docs=docs)

    def keys(self, changed: dict[str, bytes | None]) -> list[str]:
        """Every record's doc id, in doc id order, with ``changed`` applied."""
        ids = {*self.spans.ids(), *(int(k) for k in changed)}
        return [str(i) for i in sorted(ids) if changed.get(str(i), b"") is not None]

    def records(
        self, whole: bytes, changed: dict[str, bytes | None]
    ) -> Iterator[tuple[str, bytes | memoryview, int | None]]:
        """(doc id, JSON bytes, CRC-32 they must have or None): ``changed``, else ``whole``."""
        view = memoryview(whole)
        spans = self.spans
        for key in self.keys(changed):
            if key in changed:
                yield key, changed[key], None  # type: ignore[misc]
            else:
                start, length, checksum = spans.get(int(key))  # type: ignore[misc]
                yield key, view[start : start + length], checksum


@dataclass
class TableContent:
    docs: Docs
    gen: int = 0
    damage: list[Damage] = field(default_factory=list)
    spans: Spans | None = None  # where each record's bytes are (None: a file before checksums)
    peeked: Peeked | None = None  # see decode_table


@dataclass(frozen=True)
class Change:
    """One journal line: documents to put and doc ids to delete, per table."""

    seq: int | None  # None: a line from before sequence numbers (applies in file order)
    tables: dict[str, tuple[Docs, list[str]]]


def crc(data: bytes) -> str:
    return f"{zlib.crc32(data):08x}"


# -- table files -------------------------------------------------------------------------------


def encode_table(table: str, docs: Docs, gen: int) -> bytes:
    return encode_records(table, ((k, orjson.dumps(d), None) for k, d in docs.items()), gen)[0]


def encode_records(
    table: str, records: Iterable[tuple[str, bytes | memoryview, int | None]], gen: int
) -> tuple[bytes, Spans]:
    """A table file of encoded records (doc id, JSON, expected CRC-32 or None), and where
    each is in it. ValueError if bytes lack their CRC (the file changed since it was read)."""
    head = b'{"' + table.encode() + b'":{\n'
    parts: list[bytes | memoryview] = [head]
    checksums = {}
    located = (array("q"), array("q"), array("q"), array("I"))
    ids, starts, lengths, crcs = located
    at = len(head)
    crc32 = zlib.crc32
    for key, body, expected in records:
        checksum = crc32(body)
        if expected is not None and checksum != expected:
            raise ValueError(f"record {key} is not as it was read")
        checksums[key] = f"{checksum:08x}"
        prefix = b'"' + key.encode() + b'":'
        parts += (prefix, body, b",\n")
        ids.append(int(key))
        starts.append(at + len(prefix))
        lengths.append(len(body))
        crcs.append(checksum)
        at += len(prefix) + len(body) + 2
    if len(parts) > 1:
        parts[-1] = b"\n"  # no comma after the last record
    parts += (b'},"netprep":', orjson.dumps({"gen": gen, "crc": checksums}), b"}")
    return b"".join(parts), Spans.of(*located)


def decode_table(
    raw: bytes, table: str, *, parse: bool = True, peek: list[bytes] | None = None
) -> TableContent:
    """A table file's records; those failing their checksum come back as damage. With
    ``parse=False`` checksummed records are only located (``spans``) and the ``peek`` keys'
    text values read in place (``peeked``). FileFormatError if nothing in it is a table."""
    if not raw.strip():
        raise FileFormatError("the file is empty (it may have been truncated)")
    if raw.startswith(b'{"' + table.encode() + b'":{\n'):
        return _decode_lines(raw, table, parse, peek or [])
    return TableContent(_decode_legacy(raw, table))


def peek_text(buf: bytes, start: int, end: int, keys: list[bytes]) -> list[str] | None:
    """The id and ``keys``' text values of the document in ``buf[start:end]`` (None: not
    plain text there). A key found is a real key: in a JSON string its quotes are escaped."""
    if not buf.startswith(b'{"id":"', start, end):
        return None
    stop = buf.find(b'"', start + 7, end)
    values = [buf[start + 7 : stop]]
    for key in keys:
        at = buf.find(key, start, end)
        if at < 0:
            return None
        at += len(key)
        values.append(buf[at : buf.find(b'"', at, end)])
    if any(92 in value for value in values):  # a backslash: an escape to undo
        return None
    return [value.decode() for value in values]


def _decode_legacy(raw: bytes, table: str) -> Docs:
    """A file as TinyDB (or netprep before checksums) wrote it: one JSON object."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FileFormatError("it is not valid JSON ({reason})", reason=exc) from None
    if not isinstance(data, dict):
        raise FileFormatError("it is not a netprep data file (top level is not an object)")
    unknown = set(data) - {table, META_KEY}
    if unknown:
        raise FileFormatError(
            "it is not a netprep {table} file (unexpected section {section!r})",
            table=table,
            section=sorted(unknown)[0],
        )
    docs = data.get(table, {})
    if not isinstance(docs, dict):
        raise FileFormatError("its {table!r} section is not an object", table=table)
    check_docs(docs)
    return docs


def _decode_lines(raw: bytes, table: str, parse: bool, peek: list[bytes]) -> TableContent:
    raw = raw.rstrip(b"\n")
    last = raw.rfind(b"\n") + 1
    meta = parse_meta_line(raw[last:])
    content = TableContent({}, gen=meta[0] if meta else 0)
    if meta is None:
        content.damage.append(Damage("the checksums", "the last line is damaged", raw[last:]))
    checksums = meta[1] if meta else None
    docs, view, crc32, loads = content.docs, memoryview(raw), zlib.crc32, orjson.loads
    ids, starts, lengths, crcs = array("q"), array("q"), array("q"), array("I")
    peeked = content.peeked = Peeked(stride=1 + len(peek))
    peeked_ids, values, seen = peeked.doc_ids, peeked.values, {"": ""}
    start = raw.find(b"\n") + 1  # past the first line
    while 0 < start < last:  # no copies of the records' bytes: they are read in place
        end = raw.find(b"\n", start)
        split = raw.find(b'":', start, end)
        key = raw[start + 1 : split].decode("ascii", "replace") if split > start + 1 else ""
        stop = end - 1 if raw[end - 1] == 44 else end  # 44: the comma between records
        doc: Any = None
        if key.isdigit() and raw[start] == 34 and raw[split + 2] == 123 and raw[stop - 1] == 125:
            expected = checksums.get(key) if checksums is not None else None
            checksum = crc32(view[split + 2 : stop])
            if not parse and expected is not None and expected == f"{checksum:08x}":
                doc_id = int(key)
                ids.append(doc_id)
                starts.append(split + 2)
                lengths.append(stop - split - 2)
                crcs.append(checksum)
                found = peek_text(raw, split + 2, stop, peek)
                peeked_ids.append(doc_id)
                if found is None:
                    values += [None] * peeked.stride
                else:  # one string for each lookup value: 30,000 contact ids, not 100,000
                    values += [found[0], *(seen.setdefault(v, v) for v in found[1:])]
                start = end + 1
                continue
            if expected is None or expected == f"{checksum:08x}":
                try:
                    doc = loads(view[split + 2 : stop])
                except orjson.JSONDecodeError:
                    doc = None
        if doc.__class__ is dict and doc.get("id").__class__ is str:
            docs[key] = doc
            ids.append(int(key))
            starts.append(split + 2)
            lengths.append(stop - split - 2)
            crcs.append(checksum)
        else:
            where = Message("record {key}", key=key) if key.isdigit() else Message("a record")
            line = raw[start:end]
            content.damage.append(Damage(where, "its checksum does not match (damaged)", line))
        start = end + 1
    content.spans = Spans.of(ids, starts, lengths, crcs)
    return content


def parse_meta_line(line: bytes) -> tuple[int, dict[str, str]] | None:
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
            raise FileFormatError(
                "{where}record {key!r} is not a netprep record", where=where, key=key
            )


# -- journal lines ----------------------------------------------------------------------------


def encode_change(seq: int, tables: Mapping[str, tuple[Mapping[str, Any], list[str]]]) -> bytes:
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
            damage.append(Damage(Message("change {number}", number=number), exc.args[0], line))
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
        raise FileFormatError("it is not valid JSON ({reason})", reason=exc) from None
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
