"""The one shape of everything found in a document: a span of its text, and when two spans meet.

Sentences, dates, numbers, places and table cells are all spans of the document's cleaned text
(absolute character offsets), so that any two can be compared without knowing what they are.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class Located(Protocol):
    """Anything with a start and an end in the document text (a span, a phrase match)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Span:
    """A stretch ``text`` of the document, from ``start`` up to (not including) ``end``."""

    start: int
    end: int
    text: str


def overlaps(start: int, end: int, spans: Iterable[Located]) -> bool:
    """Whether the stretch from ``start`` to ``end`` shares a character with any of ``spans``.

    Whether a position lies inside a span is the same question for the one character there:
    ``overlaps(p, p + 1, spans)``.
    """
    return any(span.start < end and start < span.end for span in spans)
