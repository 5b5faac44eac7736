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


def split_sentences(text: str, boundary: re.Pattern[str]) -> list[Sentence]:
    """Split paragraphs (line breaks) into sentences at the language's ``boundary`` (a pattern
    matching the stop and the space after it); each sentence keeps its span in ``text``."""
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        cut = line.start()
        for stop in [*(m.end() for m in boundary.finditer(text, line.start(), line.end())), line.end()]:
            for start, end in _bounded(text, cut, stop):
                sentences.append(
                    Sentence(start, end, text[start:end], index=len(sentences), paragraph=paragraph)
                )
            cut = stop
    return sentences


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
