"""Where a Korean sentence ends, and which lines of a page's head look like a headline.

A Korean sentence ends with a stop after its verb (…밝혔다. …습니다.), often with no space before
the next one in pages saved as text ("…입국했고.지난해에는"): the stop after a Hangul letter ends a
sentence even without a space, a stop between digits (23.5%, 2024.3.5) never does.
"""

import re

HANGUL = re.compile(r"[\uac00-\ud7a3]")
SENTENCE_BOUNDARY = re.compile(
    r"(?<=[\uac00-\ud7a3][.!?])[\"'”’)\]]?\s*(?=\S)|(?<=[.!?])[\"'”’)\]]?\s+(?=\S)"
)
_BREADCRUMB_MARKS = (">", "»", "›")
_BYLINE = re.compile(r"(?:기자|특파원|통신원)\s*(?:=|$)|\S+@\S+")
_SENTENCE_END = re.compile(r"(?:다|요|까)[.!?][\"'”’]*$")
MIN_HEADLINE_CHARS = 8
MAX_HEADLINE_CHARS = 120


def looks_like_headline(text: str) -> bool:
    """Hangul, two words or more, short, not a byline, not a sentence closed by a stop after its
    verb (a headline may end in its verb, "… 100만 명으로 늘린다", but without a stop)."""
    return (
        HANGUL.search(text) is not None
        and len(text.split()) >= 2
        and MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS
        and not any(mark in text for mark in _BREADCRUMB_MARKS)
        and _BYLINE.search(text) is None
        and _SENTENCE_END.search(text) is None
    )
