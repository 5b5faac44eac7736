"""Where a Korean sentence ends, and which lines of a page's head look like a headline.

A Korean sentence ends with a stop after its verb (…밝혔다. …습니다.), often with no space before
the next one in pages saved as text ("…입국했고.지난해에는"): the stop after a verb's ending (다, 요,
고, 며 …) ends a sentence even without a space, but one glued between two nouns of a compound
(미용.성형, a dot written for ·) does not; a stop between digits (23.5%, 2024.3.5) never does,
nor one after a figure within its line (2024. 3. 5. 서울에서, "1. 목적"), nor an ellipsis written as
stops (...).
"""

import re

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# An ellipsis written as stops ("공략... 설명회 열어", "향해...메디컬코리아") joins the parts of a
# headline or a sentence as "…" does, and ends none.
# A closing quotation mark or bracket after the stop stays with its sentence, and quoted speech
# that goes on in a particle ("…했다.”고 밝혔다") ends none.
# The match starts with the stop itself, not with a look-behind for it: the regex engine then tries
# the pattern at the stops alone, not at every character (six times faster on Korean pages). Its
# end is where the next sentence starts; a paragraph, the range searched, never opens after a stop.
SENTENCE_BOUNDARY = re.compile(
    r"[.!?](?:"
    r"(?<=[\uac00-\ud7a3][.!?])(?![.])(?:[\"'”’)\]](?![\"'”’)\]\uac00-\ud7a3])\s*"
    r"|(?![\"'”’)\]])(?:\s+|(?<=[다요까죠고며음함임됨니][.!?])))(?=\S)"
    r"|(?<!\.\.)(?<!\d\.)[\"'”’)\]]?(?![\"'”’)\]])\s+(?=\S)"
    r"|(?<=\d\.)[ \t]*\n\s*(?=\S)"
    r")"
)
# The line break of a transcript broken into short lines ("환자 가운데 3분의 1인 95명이\n
# 검진 목적으로 광주를 찾았고"): a line ending in a particle, a connective or a modifier, the next
# line going on in Hangul or a figure, continues its sentence.
LINE_WRAP = re.compile(
    r"(?<=[\uac00-\ud7a3])(?:으로|에서|에게|에는|까지|부터|동안|따르면|통해|위해|대해|[은는을를와과에의로]"
    r"|[았었였했겠]고|하고|되고|[았었였했]으?며|하며|이며|[이가])"
    r"\n(?=[\uac00-\ud7a3\d])"
)
MIN_WRAPPED_LINE_CHARS = 8
_BREADCRUMB_MARKS = (">", "»", "›")
_BYLINE = re.compile(r"(?:기자|특파원|통신원)\s*(?:=|$)")
_ADDRESS = re.compile(r"\S+@\S+")  # an e-mail address: a byline's too
# a sentence closed after its verb; a call closed by an exclamation mark ("… 확인하세요!") is a
# headline's, which a press release writes to draw readers
_SENTENCE_END = re.compile(r"(?:(?:다|요|까)[.?]|(?:다|까)!)[\"'”’]*$")
# a headline that is one quotation, closed by its own stop ("“한국에서 수술받았어요.”")
_QUOTED = re.compile(r"[\"“][^\"“”]+[.!?][\"”]")
MIN_HEADLINE_CHARS = 8
MAX_HEADLINE_CHARS = 120


def looks_like_headline(text: str) -> bool:
    """Hangul, two words or more, short, not a byline, not a sentence closed by a stop after its
    verb (a headline may end in its verb, "… 100만 명으로 늘린다", but without a stop) unless the
    whole line is one quotation ("“한국에서 수술받았어요.”"). The length is told first: a paragraph
    of the article is longer, and read no further."""
    return (
        MIN_HEADLINE_CHARS <= len(text) <= MAX_HEADLINE_CHARS
        and HANGUL.search(text) is not None
        and len(text.split()) >= 2
        and not any(mark in text for mark in _BREADCRUMB_MARKS)
        and not _is_byline(text)
        and (_SENTENCE_END.search(text) is None or _QUOTED.fullmatch(text) is not None)
    )


def _is_byline(text: str) -> bool:
    """A reporter's byline ("홍길동 기자 =") or an e-mail address; the address, a scan that tries
    every word, only where an "@" is."""
    return _BYLINE.search(text) is not None or ("@" in text and _ADDRESS.search(text) is not None)
