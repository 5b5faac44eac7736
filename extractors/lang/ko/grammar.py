"""Korean grammar the record builders ask: what a count counts, where its origins are named,
whether a year is an aim's due year, and how high in the state a named body stands.

Korean puts what a number counts before it or right after it ("외국인 환자 3천명", "3천명의
외국인 환자", "외국인환자 수는 … 39만명을 기록"), origins before the noun ("몽골 환자"), and the
due marker after the year ("2027년까지").
"""

import re
from collections.abc import Callable

from extractors.context import DocumentContext
from extractors.lang.base import NounFinder
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence
from models import ScopeLevel

MAX_SUBJECT_CHARS = 60  # "외국인 환자 수는 전년보다 … 증가한 39만명": the noun a figure reports
MAX_ORIGIN_CHARS = 30  # "몽골·러시아 환자": the origins stand just before the noun
DUE_MARK_CHARS = 6  # "2027년까지", "2027년 까지"
_DUE_AFTER_YEAR = re.compile(r"\s?(?:까지|말까지|말 까지|년까지|년 까지)")
# what stands between a noun and its count when the noun is the count's subject or topic
_SUBJECT_GAP = re.compile(r"^[^,;.()\d]*$")
_OF = re.compile(r"^\s?(?:여\s?)?명(?:의|이 넘는|이 넘은|을 넘는|\s이상의|\s가량의|\s정도의|\s?여의)?\s?")
_NATIONAL = re.compile(r"^(?:정부|한국|대한민국|우리나라|국내)$|부$|진흥원|관광공사|공단")
_HOSPITAL = re.compile(r"병원|의료원|의원|의료센터|메디컬센터|대학교")


def counted_noun(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    nouns: NounFinder,
    is_generic: Callable[[PhraseMatch], bool],
) -> PhraseMatch | None:
    """The patient noun of a person count (…명): right after it ("3천명의 외국인 환자"), or the
    last one before it in its clause ("외국인 환자 3천명", "외국인환자 수는 39만명")."""
    after = ctx.text[quantity.end : sentence.end]
    counter = _OF.match(after)
    if counter is None:
        return None
    following = nouns(quantity.end + counter.end(), min(sentence.end, quantity.end + counter.end() + 20))
    if following and following[0].start - (quantity.end + counter.end()) <= 8:
        return following[0]
    before = nouns(max(sentence.start, quantity.start - MAX_SUBJECT_CHARS), quantity.start)
    if not before:
        return None
    head = before[-1]
    gap = ctx.text[head.end : quantity.start]
    if not _SUBJECT_GAP.match(_without_years_and_measures(ctx, sentence, head.end, quantity.start)):
        return None
    if ctx.lexicon.matcher("patients", "other_nouns").contains(gap):
        return None
    return head


def _without_years_and_measures(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> str:
    """The words between two positions with years and measures (2018년, 12%) blanked."""
    text = list(ctx.text[start:end])
    spans = [(y.start, y.end) for y in ctx.years(sentence)]
    spans += [(q.start, q.end) for q in ctx.quantities(sentence) if q.is_measure or q.is_year]
    for span_start, span_end in spans:
        for i in range(max(span_start, start), min(span_end, end)):
            text[i - start] = " "
    return "".join(text)


def origins_before(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> list[str]:
    """ "몽골 환자", "러시아·몽골 환자": the countries written right before the noun."""
    window_start = max(sentence.start, head.start - MAX_ORIGIN_CHARS)
    places = [p for p in ctx.places(sentence) if window_start <= p.start and p.end <= head.start]
    codes: list[str] = []
    position = head.start
    for place in reversed(places):
        between = ctx.text[place.end : position]
        if not re.fullmatch(r"[\s·ㆍ,]*(?:인|및|와|과)?[\s·ㆍ,]*", between):
            break
        if place.place.country and not place.place.is_korean:
            codes.insert(0, place.place.country)
        position = place.start
    return codes


def is_due_year(text: str, year: YearMention) -> bool:
    """ "2027년까지": the due marker follows the year."""
    return _DUE_AFTER_YEAR.match(text, year.end, year.end + DUE_MARK_CHARS) is not None


def scope_level(name: str | None) -> ScopeLevel:
    """National for Korea and its ministries and agencies, hospital for hospitals and
    universities, local for any other named body or place, unspecified where none is named."""
    if not name:
        return ScopeLevel.UNSPECIFIED
    if _HOSPITAL.search(name):
        return ScopeLevel.HOSPITAL
    if _NATIONAL.search(name):
        return ScopeLevel.NATIONAL
    return ScopeLevel.LOCAL
