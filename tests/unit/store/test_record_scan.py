"""The fast scan of a table file (opening/record_scan.py) agrees with the careful reading.

scan_table locates records in bulk and vouches for a file only when every record is where
netprep's layout puts it and matches its CRC-32. On a clean file its result must equal
decode_table's; on anything else it must return None, so that decode_table (which sets
damage aside record by record) decides.
"""

from __future__ import annotations

import zlib
from typing import Any

import orjson
import pytest

from netprep.store.file_format import TableContent, decode_table, encode_table
from netprep.store.opening.record_scan import scan_table

PEEK = [b'"contact_id":"']


def _notes(ids: list[int]) -> dict[str, dict[str, Any]]:
    return {
        str(n): {
            "id": f"note{n:04d}",
            "created_at": "2025-06-13T17:45:12+00:00",
            "updated_at": None,
            "contact_id": f"contact{n % 3}",
            "body": f'Body {n}: "quoted", a comma, a brace }} and \\ a backslash',
            "kind": "research",
        }
        for n in ids
    }


def _same(fast: TableContent | None, slow: TableContent) -> None:
    assert fast is not None
    assert (fast.gen, fast.damage, fast.docs) == (slow.gen, slow.damage, slow.docs)
    assert fast.spans is not None and slow.spans is not None
    assert fast.spans.start == slow.spans.start
    assert fast.spans.length == slow.spans.length
    assert fast.spans.crc == slow.spans.crc
    assert fast.spans.count == slow.spans.count


@pytest.mark.parametrize("ids", [[1, 2, 3, 4, 5], [2, 3, 9, 40], [7], []])
def test_a_clean_file_scans_as_the_careful_reading_reads_it(ids: list[int]) -> None:
    raw = encode_table("notes", _notes(ids), 17)
    slow = decode_table(raw, "notes", parse=False, peek=PEEK)
    fast = scan_table(raw, "notes", PEEK)
    _same(fast, slow)
    assert fast is not None and fast.peeked is not None and slow.peeked is not None
    assert fast.peeked.doc_ids == slow.peeked.doc_ids
    assert fast.peeked.values == slow.peeked.values
    assert fast.peeked.stride == slow.peeked.stride == 2
    contact_ids = fast.peeked.values[1::2]
    assert len(set(map(id, contact_ids))) == len(set(contact_ids))  # one string per value


def test_without_peeks_it_only_locates() -> None:
    raw = encode_table("contacts", {str(n): {"id": f"c{n}"} for n in (1, 2)}, 3)
    fast = scan_table(raw, "contacts")
    _same(fast, decode_table(raw, "contacts", parse=False))
    assert fast is not None and fast.peeked is None


def _damaged(raw: bytes, old: bytes, new: bytes) -> bytes:
    assert old in raw
    return raw.replace(old, new, 1)


def _declines(raw: bytes) -> None:
    assert scan_table(raw, "notes", PEEK) is None


def test_a_damaged_record_is_left_to_the_careful_reading() -> None:
    raw = encode_table("notes", _notes([1, 2, 3]), 4)
    _declines(_damaged(raw, b"Body 2", b"Bodx 2"))
    assert decode_table(_damaged(raw, b"Body 2", b"Bodx 2"), "notes", parse=False).damage


def test_a_file_not_laid_out_as_netprep_writes_it_is_declined() -> None:
    raw = encode_table("notes", _notes([1, 2, 3]), 4)
    lines = raw.split(b"\n")
    swapped = b"\n".join(
        [lines[0], lines[2].rstrip(b",") + b",", lines[1].rstrip(b","), *lines[3:]]
    )
    cases = [
        swapped,  # records out of the checksums' order
        _damaged(raw, b'"2":{', b'"5":{'),  # a record under another key
        _damaged(raw, b',\n"2":', b',\n\n"2":'),  # a blank line between records
        _damaged(raw, b'"crc":{"1":', b'"crc":{"x":'),  # a key that is not a number
        _damaged(raw, b'"gen":4', b'"gen":"4"'),  # the last line damaged
        raw.replace(b'{"notes":{', b'{"notes": {', 1),  # not the first line netprep writes
    ]
    for case in cases:
        _declines(case)


def test_a_peeked_value_with_an_escape_or_missing_is_declined() -> None:
    escaped = _notes([1, 2])
    escaped["2"]["contact_id"] = 'contact "two"'
    missing = _notes([1, 2])
    del missing["1"]["contact_id"]
    other_order = _notes([1, 2])
    other_order["1"] = {"contact_id": "c", **{k: v for k, v in other_order["1"].items()}}
    for docs in (escaped, missing):
        _declines(encode_table("notes", docs, 3))
    assert scan_table(encode_table("notes", other_order, 3), "notes", PEEK) is None


def _with_checksums_fixed(raw: bytes) -> bytes:
    """A tampered file whose CRC-32s were recomputed to match (only a hand could do it)."""
    lines = raw.split(b"\n")
    checksums = {}
    for line in lines[1:-1]:
        key, _, body = line.partition(b":")
        checksums[key.strip(b'"').decode()] = f"{zlib.crc32(body.rstrip(b',')):08x}"
    meta = orjson.loads(lines[-1].removeprefix(b'},"netprep":')[:-1])
    meta["crc"] = checksums
    return b"\n".join([*lines[:-1], b'},"netprep":' + orjson.dumps(meta) + b"}"])


@pytest.mark.parametrize("odd", [b"\x00", b"\xff\xfe"])
def test_a_peeked_value_that_is_no_json_text_is_declined(odd: bytes) -> None:
    raw = encode_table("notes", _notes([1, 2, 3]), 4)
    assert scan_table(_with_checksums_fixed(raw), "notes", PEEK) is not None
    tampered = _with_checksums_fixed(raw.replace(b'"contact2"', b'"cont' + odd + b'act2"', 1))
    _declines(tampered)
