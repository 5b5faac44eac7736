"""Korean count grammar: which patient noun a count of people (…명) counts.

Korean puts what a number counts before it or right after it ("외국인 환자 3천명", "3천명의
외국인 환자", "외국인환자 수는 … 39만명을 기록"), or leaves it to an aside, a series, a breakdown
or a sentence before. ``counted_noun`` tries each in that order; the readers it asks are the
modules beside it (figures, origins, breakdowns, told_before, care, cases, non_counts, asides), and
the series and breakdowns that go back to an earlier count of the sentence stay here because they
ask ``counted_noun`` again for that count.
"""

import re
from collections.abc import Callable

from extractors.context import DocumentContext
from extractors.lang.base import NounFinder
from extractors.lang.ko import numbers
from extractors.lang.ko.asides import after_arrow, arrow_pair, dated_aside, dated_comparison, in_aside
from extractors.lang.ko.breakdowns import (
    TOPIC,
    care_kind_before,
    care_place_after,
    is_nationality,
    item_name,
    labelled_item,
    next_items_subject,
)
from extractors.lang.ko.care import came_for_part_of_others, came_to_the_place_told_before, people_cared_for
from extractors.lang.ko.cases import cases_of_care
from extractors.lang.ko.figures import (
    DATED_ASIDE_END,
    FOLLOWING_NOUN_CHARS,
    MAX_SUBJECT_CHARS,
    SHARE_FIRST,
    person_counts_before,
    without_figures,
)
from extractors.lang.ko.non_counts import (
    attended,
    audience_of_an_occasion,
    changed_by,
    counts_its_own_noun,
    milestone,
    owns_a_figure,
    projected,
    supposed,
    term_of_ratio,
)
from extractors.lang.ko.origins import MAX_ORIGIN_CHARS, country_of_count
from extractors.lang.ko.told_before import broken_down, foreign_in_context, noun_told_before
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence
from models import Population

# "외국인 환자 5만명 시대", "8천명 시대를 맞았다": the era of a figure names a mark reached or aimed at
# (a milestone or a slogan of an aim), not the people counted
_ERA = re.compile(r"\s?(?:여\s?)?명\s?시대")
# "500명으로 시작한 외국인환자수", "120명으로 시작한 이 병원의 외국인 환자", "60만명을 기록한
# 외국인 환자", "1만명을 넘어선 해외 환자": the level the noun after a count started from, stood at
# or reached, told by an adnominal verb between them (a relative clause of the count)
_STARTING_LEVEL = re.compile(
    r"(?:으로|에서|에|을|를|이|가)\s?"
    r"(?:시작한|출발한|시작했던|불과하던|불과했던|그쳤던|머물던|머물렀던|그친|머문"
    r"|기록한|기록했던|넘어선|넘어섰던|넘은|넘었던|넘긴|돌파한|돌파했던|달한|달했던|달하는|이른|이르는"
    r"|육박한|육박하는|웃돈|웃도는|상회한|상회하는)\s"
    r"(?:(?:이|그|해당)\s)?(?:[\uac00-\ud7a3]+의\s)?"
    # "450명에 불과하던 방한 의료관광객", "몽골 의료관광객": words that end in no particle qualify the noun
    r"(?:[\uac00-\ud7a3·]*[^\s\d,.()이가을를은는에도로와과]\s){0,2}"
)
# between a count and the noun after it: a copula, a word of a group, of abroad, or of the
# patients' condition or age ("50여명의 현지 중증환자", "30명의 소아 환자")
_BEFORE_FOLLOWING_NOUN = re.compile(
    r"(?:[\s·ㆍ,]*(?:이던|이었던|인|단체|일행|현지|외국인|해외|방한|중증|경증|희귀|난치|만성|소아|노인))*[\s·ㆍ,]*"
)
# what stands between two dated counts of a series once figures and years are blanked (a
# relative year stays on an undated page):
# "명에서 ", "명, ", "명(6.1%), ", "명에 이어 ", "명 △", "명으로 늘었고 " is not one
_SERIES_JOINT = re.compile(
    r"\s*(?:여\s?)?명?\s?(?:\([^()]*\))?\s?(?:에서|에 이어|을 거쳐|를 거쳐|,|△|▲)?\s*(?:지난해|작년|올해|금년)?(?:년도?)?\s*(?:에는|에|엔|는|도)?\s*"
)
_ASIDE = re.compile(r"\([^()]*\)")
_SUBJECT_GAP = re.compile(r"^[^,;.()\d]*$")
# a figure the noun after it was, the noun qualified by a field or a department: "2014년 21명이던
# 국제 한방 환자 수가", "6만2천명이던 안과의 외국인 내원자 수는" (words only, no clause between);
# so is the level a figure stands at ("3만명 수준인 외국인 환자를", "만 명 수준의 의료관광객을")
_WAS_THEN_QUALIFIED = re.compile(r"(?:(?:수준\s?)?(?:이던|이었던|였던)|수준(?:인|의))\s(?:[가-힣]+\s){0,3}")
# the counter and what joins it to a noun after it ("3만 명대", the thirty thousands, is a band:
# read as 30,000 at least);
# an aside in brackets may stand before the 의 ("6만 명(120개국)의 외국인 환자")
_OF = re.compile(
    r"^\s?(?:여\s?)?명(?:대)?(?:\s?\([^()]*\)(?=의))?(?:의|이 넘는|이 넘은|을 넘는|\s?넘는|\s?넘은|\s이상의|\s가량의|\s정도의|\s?여의"
    r"|\s가까운|\s?안팎의|\s?내외의|\s남짓한|\s남짓의)?\s?"
)
# the end of a count standing alone in its brackets, an aside after it: "명)", "명, 5.1%)"
_BRACKETED_COUNT = re.compile(r"\s?(?:여\s?)?명\s?(?:\)|,[^()]*\))")
# what may follow a noun that ends its word ("환자가", "환자들은", "환자수는"); "환자송출 에이전시"
# is a compound naming something else
_WORD_END_AFTER_NOUN = re.compile(
    r"(?:들|수)?(?:이|가|은|는|을|를|의|에게|에|와|과|도|으로|로|만)?(?![\uac00-\ud7a3])"
)
_WHOLE_BEFORE_ITEM = re.compile(r"\s*(?:들)?(?:은|는|이|가)?\s*")  # "외국인 환자는 중국인 410명"
# "기타 199명 등 516명", "… 모두 516명": the total that closes a list of items
_TOTAL_AFTER_ITEMS = re.compile(r"(?:^|\s)(?:등|등\s?모두|등\s?총|모두|총|합계|전체)\s?$")


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
    cases = cases_of_care(ctx, sentence, quantity, after)
    if cases is not None:
        return cases
    counter = _OF.match(after)
    if (
        counter is None
        or owns_a_figure(ctx, quantity.end + counter.end())
        or (changed_by(ctx, quantity.end + counter.end()) and not after_arrow(ctx, sentence, quantity))
        or attended(ctx, sentence, quantity)
        or audience_of_an_occasion(ctx, sentence, quantity)
        or milestone(ctx, sentence, quantity)
        or _ERA.match(ctx.text, quantity.end) is not None
        or projected(ctx, sentence, quantity)
        or supposed(ctx, sentence, quantity)
        or term_of_ratio(ctx, sentence, quantity)
        or counts_its_own_noun(ctx, quantity.end + counter.end())
    ):
        return None
    following = nouns(quantity.end + counter.end(), min(sentence.end, quantity.end + counter.end() + 20))
    if (
        following
        and _WORD_END_AFTER_NOUN.match(ctx.text, following[0].end) is not None
        and (
            _only_places_between(ctx, sentence, quantity.end + counter.end(), following[0].start)
            or _STARTING_LEVEL.fullmatch(ctx.text, quantity.end + counter.end(), following[0].start)
            or _WAS_THEN_QUALIFIED.fullmatch(ctx.text, quantity.end + counter.end(), following[0].start)
        )
        and not next_items_subject(ctx, sentence, quantity, following)
    ):
        came = (
            came_to_the_place_told_before(ctx, sentence, following[0].end, following[0].label)
            if is_generic(following[0])
            else None
        )
        return came or following[0]
    aside = (
        dated_aside(ctx, sentence, quantity, nouns)
        or dated_comparison(ctx, sentence, quantity, nouns)
        or arrow_pair(ctx, sentence, quantity, nouns)
    )
    if aside is not None:
        return foreign_in_context(ctx, sentence, aside, nouns)
    before = [
        noun
        for noun in nouns(max(sentence.start, quantity.start - MAX_SUBJECT_CHARS), quantity.start)
        if not in_aside(ctx, noun.end, quantity.start)
    ]
    if not before:
        told_before = noun_told_before(ctx, sentence, quantity, nouns)
        item = item_name(ctx, sentence, quantity) if told_before is not None else None
        if item is not None:
            # "이어 미국 11.2%(3만6410명), 일본 …": a breakdown going on from the sentence before
            told_before = PhraseMatch(item.start, item.end, item.text, told_before.label)
        return (
            _series_noun(ctx, sentence, quantity, nouns, is_generic)
            or _breakdown_item(ctx, sentence, quantity, nouns, is_generic)
            or told_before
            or people_cared_for(ctx, sentence, quantity)
        )
    head = before[-1]
    if any(head.end <= q.start for q in person_counts_before(ctx, sentence, quantity.start)):
        # a later item of a breakdown ("…, 몽골 4.9%(1만2100명)"): the item's own name
        item = _breakdown_item(ctx, sentence, quantity, nouns, is_generic)
        whole = [n for n in before if not is_nationality(ctx, sentence, n)]
        if item is not None and whole and is_nationality(ctx, sentence, item):
            return whole[-1]  # "의료관광객은 베트남인 318명, 태국인 52명": the whole's, of its item's country
        if item is not None:
            return item
        opening = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
        if whole and _TOTAL_AFTER_ITEMS.search(ctx.text, sentence.start, quantity.start - len(opening)):
            return whole[-1]  # "… 기타 199명 등 516명": the total closing the list counts the whole
    if (
        is_nationality(ctx, sentence, head)
        and TOPIC.match(ctx.text, head.end) is None
        and ctx.text[head.end : quantity.start].strip()
        != numbers.qualifier_phrase(ctx.text, head.end, quantity.start, ctx.lexicon).strip()
        and not _tourists_of_a_nationality(ctx, head, quantity)
    ):
        # "몽골인 통역 1명": the nationality qualifies another noun; "베트남인 1200명이 … 검진을
        # 받았다", "몽골인 약 300명": the nationality is the noun counted
        return None
    if is_nationality(ctx, sentence, head):
        whole = [n for n in before if not is_nationality(ctx, sentence, n)]
        if whole and (
            person_counts_before(ctx, sentence, head.start)
            or _WHOLE_BEFORE_ITEM.fullmatch(ctx.text, whole[-1].end, head.start)
        ):
            # "의료관광객은 베트남인 318명, 태국인 52명": the items of the whole's list by nationality
            return whole[-1]
    if is_nationality(ctx, sentence, head) and (whole := broken_down(ctx, sentence, head, nouns)):
        # "이 가운데 중국인이 7000명", "외국인 환자 2만명 중 중국인이 7천명": the patients told
        # before the word of a part, by nationality
        return whole
    gap = ctx.text[head.end : quantity.start]
    # an aside in brackets says something of its own: "외국인 환자 유치는 … 증가(연평균 23.5%)했지만
    # … 2020년 12만명으로"; the bracket the count itself opens ("부산(1만3717명)") is no aside
    between = without_figures(ctx, sentence, head.end, quantity.start).rstrip()
    if _BRACKETED_COUNT.match(ctx.text, quantity.end):
        between = between.removesuffix("(")
    gap_words = _ASIDE.sub(" ", between)
    if DATED_ASIDE_END.match(ctx.text, quantity.end):  # "35.1%(12만7648명)": the count of the share
        gap_words = SHARE_FIRST.sub("", gap_words)
    if not _SUBJECT_GAP.match(gap_words) and (
        _next_year_clause(ctx, sentence, head, quantity, gap_words)
        or _number_taken_up(ctx, sentence, head, gap_words)
    ):
        gap_words = gap_words[: gap_words.rfind(",")]
    if not _SUBJECT_GAP.match(gap_words):
        return _breakdown_item(ctx, sentence, quantity, nouns, is_generic)
    # "의료기관 종별로 보면 상급종합병원 10만2000명": the kind a breakdown goes by and its items
    # name no other people counted
    cue_end = max((m.end for m in ctx.lexicon.matcher("patients", "breakdown_cues").finditer(gap)), default=0)
    item = item_name(ctx, sentence, quantity)
    counted_part = gap[cue_end : (item.start - head.end) if item else None]
    if ctx.lexicon.matcher("patients", "other_nouns").contains(
        counted_part
    ) and not _tourists_of_a_nationality(ctx, head, quantity):
        # "입국 여행객 가운데 5%인 7천명이 치료차 부산을 방문했다": the part told coming for care
        return came_for_part_of_others(ctx, sentence, quantity)
    return foreign_in_context(ctx, sentence, head, nouns)


# the number of the people counted before, taken up as the subject of a later clause: "그 수가",
# "이 숫자는"
_NUMBER_ANAPHOR = re.compile(r"(?:^|\s)(?:그|이)\s?(?:수|숫자)(?:가|는|도|이)(?![\uac00-\ud7a3])")


def _number_taken_up(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, gap_words: str) -> bool:
    """ "카자흐스탄 환자는 2015년 600명이었고, 이후 그 수가 꾸준히 늘어 올해 3천명에 이르렀다": after a
    clause that counted the noun, a clause whose subject is "그 수" (their number) counts it again."""
    comma = gap_words.rfind(",")
    if comma < 0 or _NUMBER_ANAPHOR.search(gap_words, comma + 1) is None:
        return False
    clause_end = head.end + comma
    return any(
        head.end <= q.start and q.end <= clause_end for q in person_counts_before(ctx, sentence, clause_end)
    )


# what stands between the comma that closes a clause with a count and the next count, a year
# blanked: "… 1만명을 유치한 데 이어, 2024년에는 2만명을"
_YEAR_CLAUSE_REST = re.compile(r"\s*(?:에는|에도|엔|은|는|에)?\s*")


def _next_year_clause(
    ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, quantity: Quantity, gap_words: str
) -> bool:
    """ "외국인 환자 18만명을 유치한 데 이어, 2024년에는 37만명을 기록했다": after a clause that
    counted the noun, a clause of its own led by another year counts it again, its noun left out."""
    comma = gap_words.rfind(",")
    if comma < 0 or not _YEAR_CLAUSE_REST.fullmatch(gap_words, comma + 1):
        return False
    clause_end = head.end + comma
    return any(clause_end < y.start < quantity.start and not y.relative for y in ctx.years(sentence)) and any(
        head.end <= q.start and q.end <= clause_end for q in person_counts_before(ctx, sentence, clause_end)
    )


def _series_noun(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    nouns: NounFinder,
    is_generic: Callable[[PhraseMatch], bool],
) -> PhraseMatch | None:
    """ "외국인환자 … 2011년 5140명에서 2012년 8022명, 2013년 1만1305명에 이어 지난해에는 1만5천여명으로":
    a count that goes on a series of dated counts, with nothing but years and joints between,
    counts what the count before it counts, however far back its noun stands; so does the next
    item of a breakdown by country ("중국 2,041명(41.3%), … 카자흐스탄 158명")."""
    counts = [
        q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure and q.end <= quantity.start
    ]
    if not counts:
        return None
    previous = counts[-1]
    gap = without_figures(ctx, sentence, previous.end, quantity.start)
    if country_of_count(ctx, sentence, quantity) and country_of_count(ctx, sentence, previous):
        for place in ctx.places(sentence):
            if previous.end <= place.start and place.end <= quantity.start:
                offset = place.start - previous.end
                gap = gap[:offset] + " " * (place.end - place.start) + gap[offset + place.end - place.start :]
    if _SERIES_JOINT.fullmatch(gap) is None and not labelled_item(ctx, sentence, previous, quantity):
        return None
    return counted_noun(ctx, sentence, previous, nouns, is_generic)


def _breakdown_item(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    nouns: NounFinder,
    is_generic: Callable[[PhraseMatch], bool],
) -> PhraseMatch | None:
    """ "중국 2,041명(41.3%), 몽골 312명(6.3%), … 카자흐스탄 158명", "이어 미국 11.2%(3만6410명)",
    "부산(1만3717명), 대구(9871명)": an item of a breakdown by country or region, named right
    before its count, counts what the count before it in the sentence counts, however far back
    that count's noun stands; the item's name stands for the noun, so that the origin or the
    region read for the count is the item's own, not the first item's."""
    item = item_name(ctx, sentence, quantity)
    if item is None:
        # "…명이 상급종합병원을 찾았고, 6,430명이 종합병원": a place of care named after the count,
        # or a kind of care right before it ("러시아 환자는 외래 197명, 입원 126명"), names no people
        # of its own: the count's are the whole's, origins and receiver and all
        if not (care_place_after(ctx, sentence, quantity) or care_kind_before(ctx, sentence, quantity)):
            return None
        earlier = person_counts_before(ctx, sentence, quantity.start)
        return counted_noun(ctx, sentence, earlier[-1], nouns, is_generic) if earlier else None
    earlier = person_counts_before(ctx, sentence, item.start)
    if not earlier:
        return None
    noun = counted_noun(ctx, sentence, earlier[-1], nouns, is_generic)
    if noun is None:
        return None
    label = noun.label
    if label == Population.PATIENTS.value and ctx.lexicon.matcher("patients", "foreign_words").contains(
        ctx.text[max(sentence.start, noun.start - MAX_ORIGIN_CHARS) : noun.start]
    ):
        # "외국인 환자는 내과 620명, 외과 275명, 안과 140명": the whole's word that makes its
        # patients foreign stands too far back for the third item to read it; each item passes it on
        label = Population.FOREIGN_PATIENTS.value
    return PhraseMatch(item.start, item.end, item.text, label)


def _tourists_of_a_nationality(ctx: DocumentContext, head: PhraseMatch, quantity: Quantity) -> bool:
    """ "중국인 관광객이 6천명으로 가장 많았다": tourists named by their nationality as the subject
    or topic of the count: the nationality names the people counted, as "중국인이 6천명" does
    (whether they are patients, the reader of nationals among patients asks)."""
    start = head.end + (ctx.text[head.end : head.end + 1] == " ")
    tourists = ctx.lexicon.matcher("patients", "tourist_nouns").match(ctx.text, start)
    if tourists is None or tourists.start != start:
        return False
    qualifier = numbers.qualifier_phrase(ctx.text, tourists.end, quantity.start, ctx.lexicon)
    return TOPIC.fullmatch(ctx.text, tourists.end, quantity.start - len(qualifier)) is not None


def _only_places_between(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """ "3천명의 몽골 환자", "30여 명의 몽골 단체 의료관광객", "1만1800여명이던 외국인 환자",
    "5천명의 외국인 내원자": only the origins of the noun, a word of a group or of abroad, or a
    copula stand between a count and the noun after it; "2명이 상주하며 외국인 환자" is a clause
    between, and the noun is not counted. The places count as a space each in the distance
    ("45명의 카자흐스탄 단체 의료관광객": a long country's name is no longer a gap)."""
    text = list(ctx.text[start:end])
    for place in ctx.places(sentence):
        for i in range(max(place.start, start), min(place.end, end)):
            text[i - start] = " "
    between = "".join(text)
    if len(re.sub(r"\s+", " ", between)) > FOLLOWING_NOUN_CHARS:
        return False
    return _BEFORE_FOLLOWING_NOUN.fullmatch(between) is not None
