"""Just enough of a PDF reader to check what Qt wrote: pages and the text drawn on them."""

from __future__ import annotations

import re
import unicodedata
import zlib


class PdfProbe:
    """Just enough of a PDF reader for Qt's output: objects, pages, and the text drawn.

    Qt embeds subset fonts and draws glyph ids (``<0012> Tj``); each font's
    ToUnicode CMap maps them back to characters.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.offsets = self._xref_offsets()

    def _xref_offsets(self) -> dict[int, int]:
        start = int(re.findall(rb"startxref\s+(\d+)", self.data)[-1])
        table = self.data[start:].split(b"trailer", 1)[0]
        offsets: dict[int, int] = {}
        lines = iter(table.splitlines()[1:])
        for line in lines:
            header = line.split()
            if len(header) != 2:
                continue
            first, count = int(header[0]), int(header[1])
            for number in range(first, first + count):
                offset, _gen, kind = next(lines).split()
                if kind == b"n":
                    offsets[number] = int(offset)
        return offsets

    def body(self, number: int) -> bytes:
        start = self.offsets[number]
        head = re.match(rb"\s*\d+ 0 obj\s*", self.data[start:])
        assert head is not None
        begin = start + head.end()
        return self.data[begin : self.data.index(b"endobj", begin)]

    def dictionary(self, number: int) -> bytes:
        return self.body(number).split(b"stream", 1)[0]

    def stream(self, number: int) -> bytes:
        head = self.dictionary(number)
        length_match = re.search(rb"/Length (\d+)( 0 R)?", head)
        assert length_match is not None
        length = int(length_match.group(1))
        if length_match.group(2):
            length = int(self.body(length).strip())
        start = self.offsets[number]
        begin = self.data.index(b"stream", start) + len(b"stream")
        begin += 2 if self.data[begin : begin + 2] == b"\r\n" else 1
        raw = self.data[begin : begin + length]
        return zlib.decompress(raw) if b"/FlateDecode" in head else raw

    def ref(self, number: int, key: bytes) -> int:
        match = re.search(rb"/" + key + rb"\s+(\d+) 0 R", self.dictionary(number))
        assert match is not None, key
        return int(match.group(1))

    def pages(self) -> list[int]:
        return [
            number
            for number in sorted(self.offsets)
            if re.search(rb"/Type\s*/Page\b(?!s)", self.dictionary(number))
        ]

    def media_box(self, page: int) -> tuple[float, ...]:
        match = re.search(rb"/MediaBox\s*\[([^\]]*)\]", self.dictionary(page))
        assert match is not None
        return tuple(float(value) for value in match.group(1).split())

    def _cmap(self, font: int) -> dict[int, str]:
        text = self.stream(self.ref(font, b"ToUnicode")).decode("latin-1")
        mapping: dict[int, str] = {}

        def char(hex_code: str) -> str:
            return bytes.fromhex(hex_code).decode("utf-16-be")

        for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
            for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                mapping[int(src, 16)] = char(dst)
        for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
            for lo, hi, dst in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block
            ):
                low, high = int(lo, 16), int(hi, 16)
                if dst.startswith("["):
                    for offset, code in enumerate(re.findall(r"<([0-9A-Fa-f]+)>", dst)):
                        mapping[low + offset] = char(code)
                else:
                    first = int(dst[1:-1], 16)
                    for offset in range(high - low + 1):
                        mapping[low + offset] = chr(first + offset)
        return mapping

    def page_text(self, page: int) -> str:
        resources = self.dictionary(self.ref(page, b"Resources"))
        fonts_block = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
        assert fonts_block is not None
        cmaps = {
            name.decode(): self._cmap(int(number))
            for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", fonts_block.group(1))
        }
        content = self.stream(self.ref(page, b"Contents")).decode("latin-1")
        out: list[str] = []
        current: dict[int, str] = {}
        for font, hex_text in re.findall(r"/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", content):
            if font:
                current = cmaps[font]
                out.append(" ")
            else:
                codes = [int(hex_text[i : i + 4], 16) for i in range(0, len(hex_text), 4)]
                out.extend(current.get(code, "\ufffd") for code in codes)
        return "".join(out)

    def text(self) -> str:
        return " ".join(self.page_text(page) for page in self.pages())


def squash(text: str) -> str:
    """Compare without whitespace (a line break drops a space) and with ligatures undone."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
