"""The year of a Korean count, and the years and figures only compared with: the year before a
count ("2018년 5130명"), right after it ("38만 명(2018년)"), or opening its sentence or clause;
never a year compared with ("전년 대비", "2014년보다") nor one a trend runs from ("2012년 이후").

The builders ask a count's year apart from its noun; it is read from the particles around years,
which the comparisons share.
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence

# from a count to a year after it that dates it: "38만 명(2018년)", "1234명이 지난해 … 찾았다"
# "500여 명의 외국인 환자가 지난해 … 찾았다": or after the noun that follows the count
_YEAR_AFTER_COUNT = re.compile(
    r"[\s명여(]*(?:(?:이|가|은|는|을|를)|의\s?(?:[\uac00-\ud7a3]+\s){0,2}[\uac00-\ud7a3]+?(?:이|가|은|는|을|를))?\s*"
)
# from a count to the word comparing another figure with it: "3150명보다", "12만명(연환자 …) 대비"
COMPARED_FIGURE = re.compile(r"\s?여?\s?명?\s?(?:\([^()]*\))?\s?(?:보다|대비|에 비해|에 비하여)")
# the figure in the brackets right after its year, then the word of comparison: "2012년(5천명)에 비해"
_YEAR_BRACKET_OPEN = re.compile(r"년\s?\(\s?$")
_COUNT_BRACKET_OPEN = re.compile(r"명\s?\([^()\d]{0,20}$")
_COMPARED_AFTER_BRACKET = re.compile(r"\s?여?\s?명?\s?\)\s?(?:보다|대비|에 비해|에 비하여)")
# a year a figure is compared with: "전년 대비", "2014년보다", "2010년에 비해"
_COMPARED = re.compile(r"\s?(?:년)?\s?(?:의\s)?(?:대비|보다|에 비해|에 비하여|과 비교|와 비교|동기 대비)")
# a year a change is counted from ("2012년 이후 연평균 30% 늘어", "2015년 이래 처음"): the start of
# a trend, never the year of a count beside it
_SINCE = re.compile(r"\s?(?:년)?\s?(?:도)?\s?(?:이후|이래)")
# a count opening a bracket after another count or the name it belongs to ("2011년 900명(연인원
# 2100명)", "2위인 경기(1만명)"): an aside of the time the sentence's count before it tells
_ASIDE_OPENING = re.compile(r"\(\s*(?:[^()\d]{0,20}\s)?$")
# a year compared with its figure in brackets: "2017년(2100명)보다 40% 늘어난 2940명": the year
# dates its bracket only, never the counts after it
_COMPARED_WITH_FIGURE = re.compile(
    r"\s?(?:년)?\s?\([^()]*\)\s?(?:에는|에)?\s?(?:대비|보다|에 비해|에 비하여|과 비교|와 비교)"
)
# from one count of a list to the next, with that item's noun: "중국인 환자 3천명과 일본인 환자 1천명이",
# "러시아 환자 1,500명, 몽골 환자 900명이": the items share the year written after the last one
_NEXT_LISTED_COUNT = re.compile(r"\s?(?:여\s?)?명\s?(?:과|와|,|\s및)\s?[\uac00-\ud7a3 ]{0,20}")
# between a year and the count it dates: "2017년 32만명", "2018년에 5130명", "2015년도에는 1만명"
OWN_YEAR_GAP = re.compile(r"\s*(?:년|년도)?\s*(?:에는|에|엔|도|의|은|는)?\s*(?:약|총)?\s*")
_YEAR_OF_COUNT_BEFORE = re.compile(r"\s?(?:여\s?)?명?\s?\(\s*")


def count_year(
    ctx: DocumentContext, sentence: Sentence, years: list[YearMention], quantity: Quantity, next_count: int
) -> int | None:
    """The year written before a count and after the count before it ("2010년 620명에서 2018년
    1만2305명으로", "지난해 1만1960명"); a year compared with (전년 대비, 2014년보다) is not its
    year. Without one, the year right after the count where nothing stands between but a
    particle ("38만 명(2018년)", "1234명이 지난해 … 찾았다") or its noun ("500명의 환자가 지난해"), else the year that opens the sentence before all its counts
    ("지난해 병원을 찾은 외국인(640명)은 중국 251명, 몽골 88명": the breakdown of that year). A
    count opening a bracket after another count or its name, with no year of its own, is an aside
    of the count before it and takes that one's year ("2011년 900명(연환자 기준 2100명)"); a year
    a trend runs from ("2012년 이후 연평균 …") is the year of no count."""
    counts = [
        q
        for q in ctx.quantities(sentence)
        if not q.is_year and not q.is_measure and not any(y.start <= q.start < y.end for y in years)
    ]  # "(’16) 36만명": the digits of a short year count nothing
    previous_end = max([sentence.start, *(q.end for q in counts if q.end <= quantity.start)])
    own = [
        y
        for y in years
        if previous_end <= y.start
        and y.end <= quantity.start
        and _COMPARED.match(ctx.text, y.end) is None
        and _SINCE.match(ctx.text, y.end) is None
        # "1만2천명(2017년), 1만5천명(2018년)": the year in brackets after a count is that count's
        and not (
            previous_end > sentence.start
            and _YEAR_OF_COUNT_BEFORE.fullmatch(ctx.text, previous_end, y.start)
            and OWN_YEAR_GAP.fullmatch(ctx.text, y.end, quantity.start) is None  # "650명(지난해 420명)"
        )
    ]
    if own:
        return own[-1].year
    before = [q for q in counts if q.end <= quantity.start]
    if before and _ASIDE_OPENING.search(ctx.text, max(previous_end, quantity.start - 24), quantity.start):
        return count_year(ctx, sentence, years, before[-1], quantity.start)
    after = _year_after_listed_counts(ctx, sentence, years, counts, quantity, next_count)
    if after is not None:
        return after
    first_count = min(q.start for q in counts) if counts else quantity.start
    previous_words = ctx.lexicon.section("years")["previous"]
    opening = [
        y
        for y in years
        if y.end <= first_count
        and y.text not in previous_words  # "전년도(900명)보다 늘어난 1300명": 전년 dates its figure only
        and _COMPARED.match(ctx.text, y.end) is None
        and _SINCE.match(ctx.text, y.end) is None
        and _COMPARED_WITH_FIGURE.match(ctx.text, y.end) is None
        and OWN_YEAR_GAP.fullmatch(ctx.text, y.end, first_count) is None
    ]
    # "지난해 외래 214명, 입원 88명인데 반해 올해는 … 외래 352명, 입원 131명": a year opening a
    # later clause of counts dates the counts of that clause
    clause_years = [
        y
        for y in years
        if first_count <= y.start
        and y.end <= quantity.start
        and y.text not in previous_words
        and _COMPARED.match(ctx.text, y.end) is None
        and _SINCE.match(ctx.text, y.end) is None
        and _COMPARED_WITH_FIGURE.match(ctx.text, y.end) is None
        and OWN_YEAR_GAP.fullmatch(ctx.text, y.end, min(q.start for q in counts if q.start >= y.end)) is None
    ]
    if clause_years:
        return clause_years[-1].year
    return opening[0].year if opening else None


def is_compared_figure(ctx: DocumentContext, quantity: Quantity) -> bool:
    """ "2014년 3150명보다 41% 증가", "2015년 8만4120명(연인원 기준 21만3500명)보다": the word
    of comparison after the count's counter, an aside in brackets between; or after the bracket
    the count stands in right after its year ("2012년(5천명)에 비해 86% 증가")."""
    if COMPARED_FIGURE.match(ctx.text, quantity.end) is not None:
        return True
    opened = _YEAR_BRACKET_OPEN.search(ctx.text, max(0, quantity.start - 4), quantity.start) or (
        _COUNT_BRACKET_OPEN.search(ctx.text, max(0, quantity.start - 24), quantity.start)
    )  # "2011년 9천명(연환자 기준 2만명)보다": the aside of the figure compared with
    return opened is not None and _COMPARED_AFTER_BRACKET.match(ctx.text, quantity.end) is not None


def is_compared_year(text: str, year: YearMention) -> bool:
    """ "지난해보다 20% 늘어난", "전년 대비", "작년에 비해": the word of comparison right after the year."""
    return _COMPARED.match(text, year.end) is not None


def _year_after_listed_counts(
    ctx: DocumentContext,
    sentence: Sentence,
    years: list[YearMention],
    counts: list[Quantity],
    quantity: Quantity,
    next_count: int,
) -> int | None:
    """The year right after a count, with nothing between but a particle or its noun ("38만
    명(2018년)", "1234명이 지난해 … 찾았다"); for a count listed before others with no year of
    their own ("중국인 환자 3천명과 일본인 환자 1천명이 지난해 부산을 찾았다"), the year after the
    list's last count: the clause tells one year for all its items."""
    later = [q for q in counts if q.start >= quantity.end]
    while later and next_count == later[0].start:
        item = later.pop(0)
        if _NEXT_LISTED_COUNT.fullmatch(ctx.text, quantity.end, item.start) is None:
            break
        quantity = item
        next_count = ctx.next_count_start(sentence, item)
    after = [y for y in years if y.start >= quantity.end and y.start < next_count]
    if (
        after
        and _YEAR_AFTER_COUNT.fullmatch(ctx.text, quantity.end, after[0].start)
        and _COMPARED.match(ctx.text, after[0].end) is None
        and _SINCE.match(ctx.text, after[0].end) is None
    ):
        return after[0].year
    return None
