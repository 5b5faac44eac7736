"""Counts of cases (…건) of care: the consultation or treatment right after the count or right
before it ("150건의 진료상담", "상담 실적 320건"), never talks of business ("545건의 투자 상담").

Cases have a counter of their own and are named by the care, not by people, so they are read
apart from the counts of people.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence
from models import Population

# cases counted and what joins them to the care after them: "150건의 진료상담", "140건 상담"
_CASES_OF = re.compile(r"^\s?(?:여\s?)?건(?:의|에 달하는|이 넘는|을 넘는|\s?(?:이상|가량|정도)의)?\s?")
# the words after a count of cases that may name its care: one, or a bare one (no particle) and the next
_CARE_PHRASE_AFTER_CASES = re.compile(r"(?:[가-힣A-Za-z]+[^을를이가은는과와의에로도\s]\s)?\S*")
# a count of cases right before a word: "205건의 비즈니스 미팅과 31건의 진료상담", the word is that count's
_OWN_CASES_BEFORE = re.compile(r"\d\s?(?:여\s?)?건(?:의)?\s?$")
# between the care and its count of cases: "상담 실적 320건", "진료상담은 모두 140건", "상담 150여건",
# the year of the count between ("수술 건수는 지난해 450건", "외래 진료는 2023년 8,900건")
_CARE_BEFORE_CASES = re.compile(
    r"\s?(?:실적|건수)?\s?(?:은|는|이|가|도)?\s?(?:(?:지난해|작년|올해|금년|\d{4}년도?)(?:에는|에|엔)?\s)?"
    r"(?:(?<![가-힣])(?:총|약|모두|누적))?\s?$"  # "진료예약 180건": the 약 of a word is no qualifier
)


def cases_of_care(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, after: str
) -> PhraseMatch | None:
    """A count of cases (…건) of care, a count of consultations (docs/annotation.md): the care
    right after it ("150건의 진료상담이 이뤄졌다", "약 150건의 상담을 진행", "320건의 수술") or right before it
    ("상담 실적 320건", "진료상담은 모두 140건", "외국인 진료 3만5천 건", "원격진료는 1,200건");
    "협약 3건" counts no care. Care given (진료, 수술, 시술) counts in cases as consultations do."""
    counter = _CASES_OF.match(after)
    if counter is None or _business_talks(ctx, sentence, quantity):
        return None  # "투자사와 매칭해 545건의 상담": talks of business, no care
    cares = [ctx.lexicon.matcher("patients", key) for key in ("consultation_words", "treatment_words")]
    word_start = quantity.end + counter.end()
    word = _CARE_PHRASE_AFTER_CASES.match(ctx.text, word_start, sentence.end)
    # the care in the word right after the count: "진료상담", "의료상담을", "무료 진료", or after a
    # bare word that narrows it ("70건 이상의 비대면 진료")
    word_end = word.end() if word else word_start
    following = [m for care in cares if (m := care.search(ctx.text, word_start, word_end)) is not None]
    if following:
        first = min(following)
        return PhraseMatch(first.start, first.end, first.text, Population.CONSULTATIONS.value)
    lead = _CARE_BEFORE_CASES.search(ctx.text, sentence.start, quantity.start)
    if lead is None:
        return None
    before = [
        m
        for care in cares
        for m in care.finditer(ctx.text, sentence.start, lead.start())
        if m.end == lead.start()
    ]
    if not before:
        return None
    last = max(before, key=lambda m: m.end - m.start)  # the longest care word ending there
    return PhraseMatch(last.start, last.end, last.text, Population.CONSULTATIONS.value)


def _business_talks(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the sentence tells talks of business of this count ("투자사와 매칭해 545건의 상담",
    "40건의 투자 상담"); a business word counted by cases of another count ("205건의 비즈니스 미팅과
    31건의 진료상담") is an item of a list beside the care, not the care's kind."""
    for word in ctx.lexicon.matcher("patients", "business_words").finditer(
        ctx.text, sentence.start, sentence.end
    ):
        owner = _OWN_CASES_BEFORE.search(ctx.text, sentence.start, word.start)
        if owner is None or quantity.start <= owner.start() < quantity.end:
            return True
    return False
