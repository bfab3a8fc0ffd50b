"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16, Windows-1252/Latin-1.

Anything else (a spreadsheet, a picture, an unknown encoding) is a clear error, never
mojibake that would be imported as names.
"""

from __future__ import annotations

import codecs

from netprep.services.errors import UserError

MAX_FILE_BYTES = 200 * 1024 * 1024
_SAMPLE = 8192
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


class ImportFileError(UserError):
    """The file cannot be imported; the message names it and says why."""


def decode(data: bytes, name: str) -> str:
    """The file's text. Raises ImportFileError for binary data or an unknown encoding."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            "{name} is larger than 200 MB: this is not a contacts file.", name=name
        )
    if not data.strip():
        raise ImportFileError("{name} is empty.", name=name)
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    elif (utf16 := _bomless_utf16(data)) is not None:
        text = _strict(data, utf16, name)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy_8bit(data, name)
    _check_text(text, name)
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            "{name} is not valid {encoding} (byte {byte}): it may be damaged.",
            name=name,
            encoding=encoding.upper(),
            byte=exc.start,
        ) from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: text where every other byte is zero."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _legacy_8bit(data: bytes, name: str) -> str:
    """Windows-1252 (a superset of Latin-1's letters), or Latin-1 for its five gaps."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    _check_text(text, name)
    high = sum(1 for ch in text[:_SAMPLE] if ord(ch) > 127)
    if high > 0.3 * max(1, len(text[:_SAMPLE])):  # Latin text is mostly ASCII
        raise ImportFileError(
            "{name} is in an encoding netprep cannot read (only UTF-8, UTF-16 and "
            "Windows-1252/Latin-1). Export it again as UTF-8.",
            name=name,
        )
    return text


def _check_text(text: str, name: str) -> None:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if "\x00" in sample or controls > 2:
        raise ImportFileError(
            "{name} is not a text file (it holds binary data). Choose a CSV, vCard or "
            "netprep JSON file.",
            name=name,
        )
