"""The items of a breakdown of a Korean count: the name of a part right before its count (a
country, a department, a hospital, a kind of care, a short label), the next item after a comma,
a sentence that goes on with a breakdown, and whether the word right before a count names the
people counted or only a part.

A breakdown ("중국 251명, 몽골 88명", "외래 395명, 입원 146명") names parts, not people; the
readers of the noun, the people cared for and the noun carried from before must all tell the two
apart, so the telling is kept in one place.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.ko import numbers
from extractors.lang.ko.figures import ADNOMINAL_END, ITEM_GAP, person_counts_before
from extractors.lang.ko.origins import country_of_count
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.text.sentences import Sentence

WORD_BEFORE_CHARS = 8  # the word right before a count ("총 1703명", "교장 10명")
MAX_DEPARTMENT_CHARS = 16  # "정신건강의학과 120명": the longest department's name and its gap
TOPIC = re.compile(r"들?(?:은|는|이|가|도)\s")  # "몽골인은 …": a nationality as the subject
# a sentence that breaks down the count before: "그중 치과의원은 …", "이 가운데 …"
PART_OPENING = re.compile(r"\s*(?:이|그)\s?(?:가운데|중)(?:에서|에는|에선)?\s")
# a word ending in a particle of place or time tells where or when a count was, not who it counts;
# so does a noun of place in the short locative of a headline ("국경 인근서 600명 무료 진료")
_PLACE_OR_TIME_PARTICLE = re.compile(
    r"(?:에서는|에서도|에서|에선|에는|에도|에게|까지|동안|부터|(?:인근|현지|일대|지역|마을|곳)서)$"
)
_LIST_JOINT = re.compile(r"(?:와|과)$")  # "외래진료와": a word that joins the next item of a list
_COUNTER_JOINED = re.compile(r"(?:여)?명(?:대)?(?:과|와)")  # "명과", "명대와": a count before, joined
# a breakdown by a kind of part: "진료과별로는", "국가별로 보면", "지역별로"
_BY_CATEGORY = re.compile(r"[가-힣]별\s?(?:로는|로|로 보면|로 보면은|에서는)\s")
# a sentence that goes on with the items of the breakdown before it (연령대별 분석 결과 …, 국적별로는 …):
# "이어 안과 …, 치과 … 순이었다"
_BROKEN_DOWN = re.compile(r"[가-힣]별\s?(?:로는|로|로 보면|로 보면은|에서는|\s?분석|\s?현황|\s?통계)")
_ITEMS_GO_ON = re.compile(
    r"\s*(?:이어|뒤이어|이어서|다음으로|그\s?다음으로|그\s?뒤로는?|그\s?밖에)\s|.*등의?\s?순"
)
# a count's subject and the place of care named right after it: "6,430명이 종합병원, ", "…명이 치과의원을"
_CARE_PLACE_AFTER = re.compile(r"\s?(?:여\s?)?명(?:이|은)\s([가-힣]+?)(?:을|를|에서|에|,|\s?등)")
# from a count to the next of a list of labelled items: "명, 입원 ", "명(12%), 치유상품 "
_ITEM_LABEL = re.compile(r"\s?(?:여\s?)?명\s?(?:\([^()]*\))?\s?,\s?(?P<label>(?:[\uac00-\ud7a3·]+\s){1,2})")
_LABEL_BEFORE = re.compile(r"(?:^|[\s,])[\uac00-\ud7a3·]+\s$")  # "외래 395명": its own label before the count
_OWN_COUNT_NEXT = re.compile(r"\s?(?:약\s?)?\d")  # "일본인 71명": a noun right before its own count


def labelled_item(ctx: DocumentContext, sentence: Sentence, previous: Quantity, quantity: Quantity) -> bool:
    """ "외래 395명, 입원 146명", "센터 840명, 한방치료 795명, 치유상품 220명": the next item of a list
    whose items are each a short label and its count, the count before labelled so too; a label
    naming other people ("의료진 20명") starts no item of the list."""
    label = _ITEM_LABEL.fullmatch(ctx.text, previous.end, quantity.start)
    if label is None or not _LABEL_BEFORE.search(ctx.text, sentence.start, previous.start):
        return False
    words = label["label"]
    return not (
        ctx.lexicon.matcher("patients", "other_nouns").contains(words)
        or ctx.lexicon.matcher("patients", "attendance_words").contains(words)
    )


def care_place_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a place of care is named right after the count's subject ("…명이 상급종합병원을
    찾았으며, 6,430명이 종합병원, 2,115명이 치과의원을 찾은"): a later item of a breakdown by the
    places the people went to, its verb left to the first item."""
    m = _CARE_PLACE_AFTER.match(ctx.text, quantity.end, sentence.end)
    if m is None:
        return False
    place = m.group(1)
    endings = tuple(ctx.lexicon.section("patients")["hospital_item_endings"])
    return place.endswith(endings) or place in ctx.lexicon.section("patients")["departments"]


def care_kind_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a kind of care names the item right before the count ("외래 420명", "건강검진이
    90명으로"), a word of its own ("비입원" is none)."""
    end = quantity.start - len(
        numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    )
    window = max(sentence.start, end - MAX_DEPARTMENT_CHARS)
    return any(
        (kind.start == 0 or not ctx.text[kind.start - 1].isalnum())
        and ITEM_GAP.fullmatch(ctx.text, kind.end, end) is not None
        for kind in ctx.lexicon.matcher("patients", "care_kind_items").finditer(ctx.text, window, end)
    )


def item_name(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """The country, nationality, region or department an item of a breakdown names right before
    its count."""
    qualifier = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    end = quantity.start - len(qualifier)
    for place in ctx.places(sentence):
        if place.end <= end and ITEM_GAP.fullmatch(ctx.text, place.end, end) and place.place.country:
            return PhraseMatch(place.start, place.end, place.text, "")
    window = max(sentence.start, end - MAX_DEPARTMENT_CHARS)
    for department in ctx.lexicon.matcher("patients", "departments").finditer(ctx.text, window, end):
        if ITEM_GAP.fullmatch(ctx.text, department.end, end):
            return department
    return hospital_item(ctx, sentence, quantity)


def hospital_item(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "외국인 환자는 한빛병원 420명, 새솔의원 130명", "기관별로는 한빛병원이 420명으로": a named
    hospital right before a count is an item of a breakdown by hospital, where the sentence
    breaks down (another count of people in it, or a word of a breakdown before the item); a
    hospital alone before a count ("한빛병원은 30명을") may be the subject of any count."""
    end = quantity.start - len(
        numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    )
    endings = tuple(ctx.lexicon.section("patients")["hospital_item_endings"])
    for organization in ctx.organizations(sentence):
        if (
            organization.end <= end
            and organization.name.endswith(endings)
            and ITEM_GAP.fullmatch(ctx.text, organization.end, end)
            and (
                any(q != quantity for q in person_counts_before(ctx, sentence, sentence.end))
                or _BY_CATEGORY.search(ctx.text, sentence.start, organization.start) is not None
            )
        ):
            return PhraseMatch(organization.start, organization.end, organization.name, "")
    return None


def next_items_subject(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, following: list[PhraseMatch]
) -> bool:
    """ "중국인이 7000명, 러시아인이 3000명", "중국인 246명, 일본인 71명", "12만명, 미국 환자는
    5만명", "12만명, 미국인 환자는 9만명", "러시아 환자 1500명, 몽골 환자 900명": a noun after a
    comma that is the subject of the next clause (its own or that of the patient noun right after
    it), or a nationality or a patient noun right before its own count, is the next item of a
    breakdown, not the noun of the count before it."""
    noun = following[0]
    if "," not in ctx.text[quantity.end : noun.start]:
        return False
    if TOPIC.match(ctx.text, noun.end) is not None or _OWN_COUNT_NEXT.match(ctx.text, noun.end) is not None:
        return True
    if not is_nationality(ctx, sentence, noun):
        return False
    head = next((n for n in following[1:] if n.start == noun.end + 1), None)
    return head is not None and (
        TOPIC.match(ctx.text, head.end) is not None or _OWN_COUNT_NEXT.match(ctx.text, head.end) is not None
    )


def is_nationality(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    return any(p.start == head.start and p.place.kind == PlaceKind.DEMONYM for p in ctx.places(sentence))


def _breakdown_goes_on(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "진료과별로는 피부과가 …명으로 가장 많았다. 이어 안과 …명, 치과 …명 순이었다": a sentence
    that goes on (이어, 다음으로, … 등의 순) right after one that breaks a count down by category
    names the next items of that breakdown, not other people, by the words before its counts."""
    body = ctx.body_sentences
    position = ctx.body_position(sentence)
    if not position or _ITEMS_GO_ON.match(ctx.text, sentence.start, sentence.end) is None:
        return False
    before = body[position - 1]
    return _BROKEN_DOWN.search(ctx.text, before.start, before.end) is not None


def named_by_another_noun(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "교장 10명", "회원 14명", "의료진 30명": the word right before a count names the people
    it counts, unless it only opens the count (총, 약), dates it (2022년에) or tells where its
    people come from in a breakdown by country (중국 251명) or names the part of another breakdown
    ("진료과별로는 내과 8천명, 성형외과 5천명", "그중 치과의원은 3,518명", "한빛병원(420명), …")."""
    words = ctx.text[max(sentence.start, quantity.start - WORD_BEFORE_CHARS) : quantity.start].split()
    if not words or any(c.isdigit() for c in words[-1]):
        return False
    word_start = ctx.text.rfind(words[-1], sentence.start, quantity.start)
    if any(y.start <= word_start < y.end for y in ctx.years(sentence)) or any(
        ctx.lexicon.matcher("years", key).match(ctx.text, word_start) for key in ("relative", "previous")
    ):
        # "지난해엔 58명이 들렀다": a relative year dates the count, on an undated page too; so does
        # the year before ("라오스는 전년(310명)에 비해"), read as a year only after a year told
        return False
    if (
        country_of_count(ctx, sentence, quantity)
        or _BY_CATEGORY.search(ctx.text, sentence.start, quantity.start)
        or PART_OPENING.match(ctx.text, sentence.start)
        or hospital_item(ctx, sentence, quantity) is not None
        or _breakdown_goes_on(ctx, sentence)
    ):
        return False
    if _PLACE_OR_TIME_PARTICLE.search(words[-1]):
        return False  # "이번 의료봉사에서는 1천여 명이 치료를 받았다": where or when, not who
    if _COUNTER_JOINED.fullmatch(words[-1]):
        return False  # "각각 11만 명과 14만 명으로": the counter of the count before and a list word
    if _LIST_JOINT.search(words[-1]) and ctx.lexicon.matcher("patients", "treatment_words").contains(
        words[-1]
    ):
        return False  # "4만 명의 외래진료와 700여 명의 수술": the care of the count before and a list word
    if any(p.start <= word_start < p.end for p in ctx.places(sentence)):
        return False  # "영남권의 부산(3만1254명), 대구(1만8720명)": a region's item of a breakdown
    if ADNOMINAL_END.search(words[-1]) and ctx.lexicon.matcher("patients", "change_verbs").contains(
        words[-1]
    ):
        return False  # "전년보다 3배 넘게 증가한 4만2316명": a verb of change, no noun
    return words[-1] not in ctx.lexicon.section("patients")["count_openers"]
