"""The figures of a Korean sentence and what stands around a count: the counts of people
before a position, a count's clause between the counts beside it, the words between two figures
with the figures blanked, and the marks the count readers share (the counter 명, a count closing
its brackets, a share told before it, the gap between an item and its count, a verb right before
a count).

Every Korean reader of counts (the noun counted, its origins, its year, an aim's figure) measures
from these, so they are kept in one module that imports none of the others.
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence

MAX_SUBJECT_CHARS = 60  # "외국인 환자 수는 전년보다 … 증가한 39만명": the noun a figure reports
DATED_ASIDE_END = re.compile(r"\s?(?:여\s?)?명\s?(?:이상|가량|정도|안팎|남짓)?\s*\)")  # "명)", "명 이상)"
FOLLOWING_NOUN_CHARS = 8  # "3천명의 몽골 환자": how far the noun after a count may stand
# what stands between a noun and its count when the noun is the count's subject or topic
CLAUSE_END = re.compile(r"(?:했|됐|였|한|된)?(?:으며|하며|고|며|지만)\s|[,;]\s")
# what is left of a series item once its figures are blanked: "2016년 570명, " -> "명, "
_SERIES_ITEM_END = re.compile(r"(?<=\s)(?:여\s?)?명\s?(?:\([^)]*\))?(?:에서|으로|이며)?\s?,")
COUNTER = re.compile(r"\s?(?:여\s?)?(명)")
# a share told before the count it is of, which follows in brackets: "11.2%(3만6410명)"
SHARE_FIRST = re.compile(r"[\d.\s]*%\s?\(\s*(?:[\d\s]*위\s?,\s*)?$")  # "22.3%(2위, " : its rank before
ADNOMINAL_END = re.compile(r"(?:한|된|난|든|던)$")  # "증가한", "늘어난", "줄어든": a verb before its noun
# between an item of a breakdown and its count: nothing, a subject particle, its share in per cent
# before the count in brackets ("미국 11.2%(3만6410명)", "일본인이 19.7%(4만2150명)") or the
# bracket the count stands in ("부산(1만3717명, 5.1%)")
ITEM_GAP = re.compile(r"\s*(?:들?(?:이|가|은|는|도)\s?)?(?:\d[\d.,]*\s?%\s?)?\(?\s*")
# a count in brackets closing an item of a breakdown: "(     명), ", "(     명, 전국대비     ), ",
# "(     명)로 가장 많았고, " (figures blanked)
_BRACKETED_ITEM_END = re.compile(
    r"\([^()]*명[^()]*\)\s?(?:으로|로|이며|이고)?(?:\s가장\s[\uac00-\ud7a3]+(?:고|으며|며))?\s?,"
)


def person_counts_before(ctx: DocumentContext, sentence: Sentence, position: int) -> list[Quantity]:
    """The counts of people (…명) of the sentence that end before a position."""
    return [
        q
        for q in ctx.quantities(sentence)
        if not q.is_year and not q.is_measure and q.end <= position and COUNTER.match(ctx.text, q.end)
    ]


def without_figures(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> str:
    """The words between two positions with years and figures (2018년, 12%, 570명) blanked."""
    text = list(ctx.text[start:end])
    spans = [(y.start, y.end) for y in ctx.years(sentence)]
    spans += [(q.start, q.end) for q in ctx.quantities(sentence)]  # "△2019년 410명 △2020년 385명": a series
    for span_start, span_end in spans:
        for i in range(max(span_start, start), min(span_end, end)):
            text[i - start] = " "
    blank = "".join(text)
    blank = _BRACKETED_ITEM_END.sub(lambda m: " " * len(m.group(0)), blank)
    return _SERIES_ITEM_END.sub(lambda m: " " * len(m.group(0)), blank)


def count_clause(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[int, int]:
    """From the end of the count before (or the sentence's start) to the start of the next:
    what a count's clause may say of it on either side."""
    counts = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure and q != quantity]
    start = max([sentence.start, *(q.end for q in counts if q.end <= quantity.start)])
    end = min([sentence.end, *(q.start for q in counts if q.start >= quantity.end)])
    return start, end
