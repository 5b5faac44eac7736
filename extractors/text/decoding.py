"""Bytes to text: the refusals (empty, binary) and the encoding detection that come first.

UTF-8 is tried first (almost every page is UTF-8, and it is exact); a byte-order mark wins; a
few invalid bytes in otherwise good UTF-8 or ASCII are replaced (a detector judging from a
handful of stray bytes guesses a code page for the whole file, cp775 or cp1252 for three bytes
in English, and its mojibake would reach the evidence); otherwise charset-normalizer detects the
encoding, which is how CP949/EUC-KR Korean pages are read.
"""

import codecs

import filetype
from charset_normalizer import from_bytes

from models import SourceDocument

SNIFF_BYTES = 8192  # enough for every magic number and a fair look for NUL bytes
# Invalid UTF-8 sequences replaced rather than detected: up to this many, or this share of all
# bytes. Too few to tell a code page by (eight Hangul syllables in CP949 are 16 bytes), and
# replacing them loses at most these characters.
MAX_REPAIRED_SEQUENCES = 16
MAX_REPAIRED_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableDocument(ValueError):
    """A document that cannot be turned into text; the message says why."""


def decode(source: SourceDocument) -> tuple[str, list[str]]:
    """Decode the document's bytes; return the text and notes on anything that was repaired."""
    content = source.content
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            text = content.decode(encoding, errors="replace")
            _refuse_empty(text)
            return text, [f"decoded as {encoding} (byte-order mark)"]
    _refuse_binary(content[:SNIFF_BYTES])
    try:
        text, notes = content.decode("utf-8"), []
    except UnicodeDecodeError:
        text, notes = _decode_not_utf8(content)
    _refuse_empty(text)
    return text, notes


def _refuse_binary(head: bytes) -> None:
    kind = filetype.guess(head)
    if kind is not None:
        raise UnreadableDocument(f"binary content ({kind.mime}): not a text document")
    if b"\x00" in head:
        raise UnreadableDocument("binary content (NUL bytes): not a text document")


def _refuse_empty(text: str) -> None:
    if not text.strip():
        raise UnreadableDocument("empty document (no text)")


def _decode_not_utf8(content: bytes) -> tuple[str, list[str]]:
    repaired = content.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    if bad <= max(MAX_REPAIRED_SEQUENCES, MAX_REPAIRED_SHARE * len(content)):
        return repaired, [f"invalid UTF-8 bytes replaced ({bad} characters)"]
    best = from_bytes(content).best()
    if best is None:
        return repaired, [f"encoding unknown: invalid UTF-8 bytes replaced ({bad} characters)"]
    return str(best), [f"decoded as {best.encoding} (detected)"]
