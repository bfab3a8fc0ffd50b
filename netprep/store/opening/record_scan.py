"""Locating the records of a table file as netprep wrote it, in a few passes done in C.

:func:`file_format.decode_table` reads a table file record by record in Python (about
15 µs a record: 1.5 s for 100,000 notes). A file netprep wrote is laid out exactly (see
file_format.py): one record a line, in the order of the CRC-32s in its last line. So
each record's place follows from where the lines end, and its checksum is checked by
``zlib.crc32`` over its bytes, with the loops run by ``map`` (in C) rather than Python.

:func:`scan_table` vouches for a file only when every record's bytes are where the
layout says and match their CRC-32 (and every value peeked is plain text); otherwise it
returns None and the careful record-by-record reading decides what is damaged. Either
way the result is the same; this is only faster.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import add, sub
from typing import TypeVar

from netprep.store.file_format import Peeked, Spans, TableContent, parse_meta_line

T = TypeVar("T")


def _paced(items: Iterable[T]) -> Iterator[T]:
    """``items`` through a Python loop. A ``map`` consumed in C holds the GIL until it ends
    (0.05-0.15 s for a pass over 100,000 notes), and the data opens on a thread beside the
    window's: through a loop the window's thread takes the GIL back between two items."""
    for item in items:  # noqa: UP028 - not `yield from`: the loop is the point
        yield item


def scan_table(raw: bytes, table: str, peek: Sequence[bytes] = ()) -> TableContent | None:
    """The records of a clean table file, located (``spans``) and checked against their
    CRC-32s, with the ``peek`` keys' text values (``peeked``: the id first, as
    decode_table gives them); None when anything differs from netprep's own layout."""
    end = len(raw)
    while end and raw[end - 1] == 0x0A:  # not raw.rstrip(): a copy of 100 MB, holding the GIL
        end -= 1
    head = b'{"' + table.encode() + b'":{\n'
    if not raw.startswith(head):
        return None
    last = raw.rfind(b"\n", 0, end) + 1
    meta = parse_meta_line(raw[last:end])
    if meta is None:
        return None
    gen, checksums = meta
    ends = _line_ends(raw, len(head) - 1, last)  # the newline before each record, then the last
    keys = [key.encode() for key in checksums]
    count = len(keys)
    if len(ends) != count + 1 or not all(map(bytes.isdigit, keys)):
        return None
    starts = ends[:-1]  # each record's line starts right after a newline...
    if not all(_paced(map(raw.startswith, map(b'\n"%b":'.__mod__, keys), starts))):
        return None  # ...with its key, in the order of the checksums
    starts = array("q", map(add, starts, map(len, keys)))
    starts = array("q", map(add, starts, repeat(4)))  # past '\n"' key '":'
    stops = array("q", map(sub, ends[1:], repeat(1)))  # before the comma...
    if count:
        stops[-1] += 1  # ...which the last record has not
    view = memoryview(raw)
    try:
        expected = array("I", map(int, checksums.values(), repeat(16)))
    except (TypeError, ValueError):
        return None
    crcs = array("I", _paced(map(zlib.crc32, map(view.__getitem__, map(slice, starts, stops)))))
    if crcs != expected:
        return None  # damage (or not netprep's layout): read record by record
    ids = array("q", map(int, keys))
    peeked = None
    if peek:
        peeked = _peek(raw, ids, starts, stops, peek)
        if peeked is None:
            return None
    lengths = array("q", map(sub, stops, starts))
    return TableContent({}, gen, spans=_spans(ids, starts, lengths, crcs), peeked=peeked)


def _line_ends(raw: bytes, first: int, last: int) -> array[int]:
    """The position of every newline from ``first`` to the one before ``last``."""
    found = array("q")
    add_one, find = found.append, raw.find
    at = first
    while 0 <= at < last:
        add_one(at)
        at = find(b"\n", at + 1, last)
    return found


def _peek(
    raw: bytes, ids: array[int], starts: array[int], stops: array[int], keys: Sequence[bytes]
) -> Peeked | None:
    """Each record's id and ``keys``' text values, found between its start and stop (None
    when one is missing or holds an escape: the careful reading handles those)."""
    count, stride = len(ids), 1 + len(keys)
    if not all(_paced(map(raw.startswith, repeat(b'{"id":"'), starts))):
        return None
    columns = [_texts(raw, array("q", map(add, starts, repeat(7))), stops)]  # past '{"id":"'
    for key in keys:
        found = array("q", _paced(map(raw.find, repeat(key), starts, stops)))
        if count and min(found) < 0:
            return None
        columns.append(_texts(raw, array("q", map(add, found, repeat(len(key)))), stops))
    if any(column is None for column in columns):
        return None
    values: list[str | None] = [None] * (count * stride)
    seen: dict[str, str] = {}
    for number, column in enumerate(columns):
        assert column is not None
        # one string for each lookup value: 30,000 contact ids, not 100,000
        values[number::stride] = (
            column if number == 0 else list(map(seen.setdefault, column, column))
        )
    return Peeked(array("q", ids), values, stride)


def _texts(raw: bytes, begins: array[int], stops: array[int]) -> list[str] | None:
    """The text from each begin to the next quote (None if one has no end or an escape)."""
    ends = array("q", _paced(map(raw.find, repeat(b'"'), begins, stops)))
    if ends and min(ends) < 0:
        return None
    joined = b"\0".join(_paced(map(raw.__getitem__, map(slice, begins, ends))))
    if b"\\" in joined:
        return None
    try:
        texts = joined.decode().split("\0") if ends else []
    except UnicodeDecodeError:
        return None
    return texts if len(texts) == len(ends) else None  # a NUL in a value: not JSON text


def _spans(ids: array[int], starts: array[int], lengths: array[int], crcs: array[int]) -> Spans:
    """Spans from columns; doc ids 1, 2, 3... (as netprep numbers them) by slices."""
    count = len(ids)
    if (
        not count
        or ids[0] < 0
        or ids[-1] - ids[0] != count - 1
        or ids != array("q", range(ids[0], ids[-1] + 1))
    ):
        return Spans.of(ids, starts, lengths, crcs)
    spans = Spans(ids[-1] + 1)
    first = ids[0]
    spans.start[first:] = starts
    spans.length[first:] = array("I", lengths)
    spans.crc[first:] = crcs
    spans.count = count
    return spans
