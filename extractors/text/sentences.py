"""Sentence splitting that keeps character offsets into the cleaned text."""

import re
from dataclasses import dataclass

from extractors.spans import Span

# Sentences longer than this are cut at a space: text without punctuation must not yield
# one enormous "sentence" that every pattern then scans.
MAX_SENTENCE_CHARS = 1500


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence, with its place among the document's sentences and paragraphs (lines)."""

    index: int
    paragraph: int


# A line shorter than this is never a wrapped line of prose (a menu item, a heading, a caption).
MIN_WRAPPED_LINE_CHARS = 40
# Hard-wrapped text has lines of at most this many characters; a line that fills at least this
# share of its block's width was cut by the wrap, not by the writer.
MAX_WRAP_WIDTH = 100
FULL_LINE = 0.75
_STOP_AT_END = re.compile(r"[.!?:;]['\"”’)\]]*\s*$")


def split_sentences(
    text: str,
    boundary: re.Pattern[str],
    wrap: re.Pattern[str] | None = None,
    min_wrapped_chars: int = MIN_WRAPPED_LINE_CHARS,
) -> list[Sentence]:
    """Split paragraphs (line breaks) into sentences at the language's ``boundary`` (a pattern
    matching the stop and the space after it); each sentence keeps its span in ``text``.
    ``wrap`` matches the line break of hard-wrapped prose ("signed a\nmemorandum"), which
    continues its paragraph instead of ending it, on lines of ``min_wrapped_chars`` or more."""
    sentences: list[Sentence] = []
    for paragraph, (line_start, line_end) in enumerate(_paragraphs(text, wrap, min_wrapped_chars)):
        cut = line_start
        for stop in [*(m.end() for m in boundary.finditer(text, line_start, line_end)), line_end]:
            for start, end in _bounded(text, cut, stop):
                sentences.append(
                    Sentence(start, end, text[start:end], index=len(sentences), paragraph=paragraph)
                )
            cut = stop
    return sentences


def _paragraphs(text: str, wrap: re.Pattern[str] | None, min_wrapped_chars: int) -> list[tuple[int, int]]:
    """The spans of the paragraphs: lines, a wrapped line joined to the line it continues."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    if wrap is None:
        return lines
    paragraphs: list[tuple[int, int]] = []
    for block in _blocks(text, lines):
        joins = [_wrapped(text, line, wrap, min_wrapped_chars) for line in block[:-1]]
        width = max(end - start for start, end in block)
        if any(joins) and width <= MAX_WRAP_WIDTH:
            # a block wrapped at a fixed width: a line that fills it and ends in no stop goes on
            # ("... with the Oman Ministry of Health, the\nRoyal Hospital in Muscat ...")
            joins = [
                joined or (end - start >= FULL_LINE * width and not _STOP_AT_END.search(text, start, end))
                for joined, (start, end) in zip(joins, block, strict=False)
            ]
        paragraph = block[0]
        for joined, line in zip(joins, block[1:], strict=True):
            if not joined:
                paragraphs.append(paragraph)
                paragraph = line
            paragraph = (paragraph[0], line[1])
        paragraphs.append(paragraph)
    return paragraphs


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Lines in runs without a blank line between them."""
    blocks: list[list[tuple[int, int]]] = []
    for start, end in lines:
        if blocks and blocks[-1][-1][1] + 1 == start and text[start:end].strip():
            blocks[-1].append((start, end))
        else:
            blocks.append([(start, end)])
    return blocks


def _wrapped(text: str, line: tuple[int, int], wrap: re.Pattern[str], min_chars: int) -> bool:
    """Whether a long line ends as wrapped prose: ``wrap`` matches its end up to its line break
    (and may look at the first letter of the next line)."""
    start, end = line
    if end - start < min_chars:
        return False
    match = wrap.search(text, max(start, end - 16), end + 2)
    return match is not None and match.end() == end + 1


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Strip the span and cut it into pieces of at most MAX_SENTENCE_CHARS."""
    pieces = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        if stop - start > MAX_SENTENCE_CHARS:
            space = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
            stop = space if space > start else start + MAX_SENTENCE_CHARS
        trimmed = stop
        while trimmed > start and text[trimmed - 1].isspace():
            trimmed -= 1
        if trimmed > start:
            pieces.append((start, trimmed))
        start = stop
    return pieces
