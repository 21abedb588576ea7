"""What the self-test checks in a report PDF, read from its bytes (no PDF library is bundled).

reportlab writes each page as an object of /Type /Page, embeds TrueType subsets as /FontFile2 and
gives each subset a ToUnicode map (the map copying text out of the PDF uses): a Japanese string is
in the PDF's text when every one of its characters is in those maps of the embedded font."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_BASE_FONT = re.compile(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/<>\[\]]+)")
_STREAM = re.compile(rb"/Length (\d+)\s*>>\s*stream\r?\n")
_TO_UNICODE_ENTRY = re.compile(rb"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4,8})>")


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    embedded_fonts: frozenset[str]  # base font names, without the subset prefix
    characters: frozenset[str]  # every character the embedded fonts' ToUnicode maps name

    def has_text(self, text: str) -> bool:
        return all(ch in self.characters for ch in text if not ch.isspace())


def pdf_facts(data: bytes) -> PdfFacts:
    if not data.startswith(b"%PDF-"):
        return PdfFacts(0, frozenset(), frozenset())
    fonts = frozenset(m.decode("latin-1") for m in _BASE_FONT.findall(data)) if b"/FontFile2" in data else frozenset()
    chars: set[str] = set()
    for match in _STREAM.finditer(data):
        body = data[match.end() : match.end() + int(match.group(1))]
        try:
            plain = zlib.decompress(body)
        except zlib.error:
            plain = body  # an uncompressed stream
        if b"beginbfchar" not in plain:
            continue
        for code in _TO_UNICODE_ENTRY.findall(plain):
            raw = bytes.fromhex(code.decode("ascii"))
            chars.update(raw.decode("utf-16-be", errors="ignore"))
    return PdfFacts(len(_PAGE.findall(data)), fonts, frozenset(chars))
