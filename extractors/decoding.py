"""Bytes to text: encoding detection and the refusals (empty, binary) that come before it."""

import codecs

from charset_normalizer import from_bytes

from models import SourceDocument


class UnreadableDocument(ValueError):
    """A document that cannot be turned into text; the message says why."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(source: SourceDocument) -> tuple[str, list[str]]:
    """Decode the document's bytes; return the text and notes on anything that was repaired.

    UTF-8 is tried first (almost every page is UTF-8, and it is exact); a byte-order mark wins;
    otherwise charset-normalizer detects the encoding (CP949/EUC-KR Korean pages).
    """
    content = source.content
    if not content.strip():
        raise UnreadableDocument("empty document (no text)")
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace"), [f"decoded as {encoding} (byte-order mark)"]
    if b"\x00" in content[:65536]:
        raise UnreadableDocument("binary content (NUL bytes): not a text document")
    try:
        return content.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    best = from_bytes(content).best()
    if best is not None and best.encoding not in {"utf_8", "ascii"}:
        return str(best), [f"decoded as {best.encoding} (detected)"]
    text = content.decode("utf-8", errors="replace")
    return text, [f"invalid UTF-8 bytes replaced ({text.count(chr(0xFFFD))} characters)"]
