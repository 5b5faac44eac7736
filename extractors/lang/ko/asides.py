"""Counts in brackets that count the noun before the brackets: a dated figure in an aside
("2019년(38.2만 명) 대비"), the two counts of a change written with an arrow ("(4,100명→4,940명)"),
a figure of its own year the sentence compares its count with, and whether a noun stands in an
aside that closes before the count.

A bracket or a comparison puts a count far from its noun; bridging that gap is a job apart from
reading the noun next to a count.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.base import NounFinder
from extractors.lang.ko.count_years import COMPARED_FIGURE, OWN_YEAR_GAP
from extractors.lang.ko.figures import DATED_ASIDE_END
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence

# from a year to its figure in brackets: "2019년(", "(’16년, "
_DATED_ASIDE_GAP = re.compile(r"\s*(?:도)?\s*\(?\s*,?\s*")
# a change written with an arrow in brackets: "(4,100명→4,940명)", its first count and its second,
# a share told first or last in the brackets ("(47.6%, 2150명→3173명)", "(…명→…명, 52%)")
_ARROW = r"(?:→|->|⇒)"
_SHARE = r"[\d.]+\s?%"  # "47.6%", "52 %"
_SHARE_FIRST = rf"{_SHARE}\s?,\s*"  # "47.6%, ": a share told before the change in the brackets
_ARROW_FIRST = re.compile(rf"\s?(?:여\s?)?명\s?{_ARROW}")
_ARROW_SHARE_FIRST = re.compile(rf"\s*{_SHARE_FIRST}")
_ARROW_SECOND = re.compile(rf"\(\s*(?:{_SHARE_FIRST})?[\d,.만천 ]+\s?(?:여\s?)?명\s?{_ARROW}\s?$")
_ARROW_SHARE_LAST = re.compile(rf"\s?(?:여\s?)?명\s?,\s*{_SHARE}\s*\)")


def after_arrow(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the count closes a change written with an arrow ("(4,100명→4,940명) 증가"): the
    verb of change after the brackets is the pair's, not a change by this count."""
    opening = ctx.text.rfind("(", sentence.start, quantity.start)
    return opening >= 0 and _ARROW_SECOND.match(ctx.text, opening, quantity.start) is not None


def arrow_pair(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "몽골 환자 수는 전년에 비해 20.5%(4,100명→4,940명) 증가했다": the two counts of a change
    written with an arrow in brackets (after its share) count the patient noun before the
    brackets, the first the earlier figure, the second the later."""
    opening = ctx.text.rfind("(", sentence.start, quantity.start)
    if opening < 0 or ")" in ctx.text[opening : quantity.start]:
        return None
    first = _ARROW_FIRST.match(ctx.text, quantity.end) and (
        not ctx.text[opening + 1 : quantity.start].strip()
        or _ARROW_SHARE_FIRST.fullmatch(ctx.text, opening + 1, quantity.start)
    )
    second = _ARROW_SECOND.match(ctx.text, opening, quantity.start) and (
        DATED_ASIDE_END.match(ctx.text, quantity.end) or _ARROW_SHARE_LAST.match(ctx.text, quantity.end)
    )
    if not (first or second):
        return None
    before = nouns(sentence.start, opening)
    if before:
        return before[-1]
    # "방문객 성장률은 태국(47.6%, 2150명→3173명)": no patient noun, but the growth of visitors
    # ranked by the countries they come from, each named before its change
    growth = ctx.lexicon.matcher("patients", "visitor_growth").search(ctx.text, sentence.start, opening)
    if growth is None or not any(
        p.end == opening and p.place.country and not p.place.is_korean for p in ctx.places(sentence)
    ):
        return None
    return growth


def dated_comparison(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "외국인 환자는 19만명으로 …했고, 코로나 이전인 2019년의 38만명 대비 50% 수준":
    a figure of its own year that the sentence compares its count with counts what the
    sentence counts, however far before its noun stands."""
    if COMPARED_FIGURE.match(ctx.text, quantity.end, sentence.end) is None:
        return None
    years = [y for y in ctx.years(sentence) if y.end <= quantity.start and not y.relative]
    if not years or OWN_YEAR_GAP.fullmatch(ctx.text, years[-1].end, quantity.start) is None:
        return None
    before = nouns(sentence.start, years[-1].start)
    return before[-1] if before else None


def dated_aside(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "2019년(38.2만 명) 대비", "사드 영향 이전(’16년, 9만 3415명) 수준": a count in brackets
    with its year gives that year's figure of the patients the sentence is about, however far
    before their noun stands."""
    opening = ctx.text.rfind("(", sentence.start, quantity.start)
    if opening < 0 or ")" in ctx.text[opening : quantity.start]:
        return None
    closing = DATED_ASIDE_END.match(ctx.text, quantity.end)
    if closing is None:
        return None
    years = [y for y in ctx.years(sentence) if y.end <= quantity.start]
    if not years or not _DATED_ASIDE_GAP.fullmatch(ctx.text, years[-1].end, quantity.start):
        return None
    before = nouns(sentence.start, years[-1].start)
    return before[-1] if before else None


def in_aside(ctx: DocumentContext, position: int, end: int) -> bool:
    """ "외국인 실환자(재진 환자 제외)는 … 64만명": whether a bracket closes between a position and
    the count, none opening: a noun in an aside is not what the count counts."""
    closing = ctx.text.find(")", position, end)
    return closing >= 0 and "(" not in ctx.text[position:closing]
