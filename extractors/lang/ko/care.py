"""People counted with no patient noun who were cared for: told receiving or given care
("200명이 … 상담을 받았다", "1703명을 상대로 … 진료"), invited for it, come for it or to a place
of care ("한빛병원에 외국인 250명이 방문했다"), or the target of the care a sentence opens with.

A count of people alone (…명) is a count of patients only where its clause tells care; the
grammar of that telling is its own job, apart from finding a patient noun.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.ko import dates, numbers
from extractors.lang.ko.breakdowns import named_by_another_noun
from extractors.lang.ko.figures import CLAUSE_END, COUNTER
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence

CARE_TOPIC_CHARS = 12  # "이번 진료 봉사는": the topic of care opening a sentence
RECEIVED_CARE_CHARS = 40  # "200명이 초청돼 피부과 상담을 받았다": the clause that tells the care received
CARE_AFTER_COUNT_CHARS = 25  # "1703명을 상대로 한의약 처방": the care told right after the count
CAME_TO_KOREA_CHARS = 30  # "1만명이 치료차 한국을 찾았다": the verb of coming after a count
CARE_PLACE_BEFORE_CHARS = 40  # "검진센터에 외국인 240명": a place of care and the words up to a count
CARE_AFTER_TARGET_CHARS = 10  # "…을 대상으로 무료 의료봉사": the care right after its target, not a survey's
PURPOSE_BEFORE_COUNT_CHARS = 16  # "의료관광 목적으로 1만720명이": the purpose of care right before a count
# the people a verb of care takes as its object: "900명을 진료했다", "300명에게 … 처방"
_CARE_OBJECT = re.compile(r"(?:을|를|에게)(?![\uac00-\ud7a3])")
_SUBJECT_PARTICLE = re.compile(r"(?:이|가)\s")  # "2만명이 ": the count as its clause's subject
# a place of care by the end of its name or its kind ("한빛병원", "새솔의원", "청람 검진센터", "이
# 병원"), and the verbs of coming to it: people who came to such a place came for care
_CARE_PLACE = r"(?P<place>병원|의원|의료원|클리닉|(?:검진|진료|의료|메디컬|웰니스)\s?센터)"
_CARE_VISIT = r"(?:찾|방문|다녀|내원)"
_COUNT_SUBJECT = r"\s?(?:이상|가량|정도)?(?:이|가)\s"  # "250명이 ", "3천명 이상이 "
# the place before the count, as where its people came or as the topic they came to (a few words
# between): "한빛병원에 지난해 외국인 250명이 방문했다"; the verb then follows the count's subject
_CARE_PLACE_BEFORE = re.compile(rf"{_CARE_PLACE}(?:에|에는|엔|은|는)\s(?:[^\s,.]+\s){{0,3}}$")
_VISITED_AFTER_COUNT = re.compile(rf"{_COUNT_SUBJECT}{_CARE_VISIT}")
# the place after the count, as what its people came to ("외국인 2천명이 새봄병원을 찾았다"), or
# as what the count's relative clause tells of ("연 3천명 이상이 찾는 한빛병원")
_CARE_PLACE_VISITED = re.compile(
    rf"{_COUNT_SUBJECT}(?:[^\s,.]+\s){{0,2}}?[^\s,.]*{_CARE_PLACE}(?:을|를|에)\s?{_CARE_VISIT}"
)
_CARE_PLACE_OF_CLAUSE = re.compile(
    rf"{_COUNT_SUBJECT}{_CARE_VISIT}(?:는|은|한|하는|간)\s(?:[^\s,.]+\s)?[^\s,.]*{_CARE_PLACE}"
)
# a verb of coming with no object right after the people counted ("2천명이 찾아", "외국인이
# 다녀갔다"), and a place of care the sentence before tells care at ("이 병원에는 …", "…병원은 …")
_CAME_WITH_NO_OBJECT = re.compile(rf"\s?(?:이상|가량|정도)?(?:이|가)?\s(?P<verb>{_CARE_VISIT})")
_CARE_PLACE_AS_TOPIC = re.compile(rf"{_CARE_PLACE}(?:에는|에서는|은|는)\s")
# the foreigners a count of people alone names right before it ("외국인 250명")
_FOREIGNERS_BEFORE = re.compile(r"(?:외국인|외국인들|해외)\s?$")
# a rate right before a count of people alone, which names no people of its own ("연 3천명")
_RATE_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])(?:연|연간|매년|해마다|하루|매달|월)\s$")
# people of the trade who come to see a place of care (a fam tour, a delegation, an occasion
# held there), not for care
_TRADE_VISIT = re.compile(
    r"팸투어|시찰|견학|둘러|관계자|대표단|방문단|사절단|일행|에이전시|바이어|연수|행사|참가|참석|설명회|간담회|협약"
)
# a verb of coming right after a count of people alone: "…명이 방문했다", "…명이 대구를 찾았다"
_CAME_AFTER_COUNT = re.compile(
    r"(?:이|가|은|는)?\s?(?:[\uac00-\ud7a3]+(?:을|를|에)\s)?(?:(?:방문|방한|입국|내한)(?:했|한|해|하)|찾(?:았|은|아|는))"
)
# …to Korea: "방한했다", "입국했다", "한국을 찾았다", "우리나라를 방문했다", in any form of the verb
# (the words of coming to Korea are the dates reader's; its ``_VISITED_KOREA`` reads only the
# forms that modify the visitors of a year)
_CAME_TO_KOREA = re.compile(
    rf"{dates.CAME_TO_KOREA_NOUNS}|{dates.KOREA_COME_TO}(?:을|를|에)\s?(?:찾|방문|입국)"
)
_TARGETED = re.compile(r"(?:을|를)\s(?:대상으로|상대로)")  # "1천여 명을 대상으로": the target of the care
# after a count's counter, the people as the subject of the clause ("200명이 초청돼 …") or as the
# target of what is given them ("60명을 대상으로 …"); then, after the care word, its receiving
# ("상담 등을 받았다", "종합검진을 받는다") or its giving ("건강검진을 지원했다", "무료 진료를 실시")
_RECEIVED_CARE_SUBJECT = re.compile(r"(?:이|가|은|는)\s")
_TARGET_OF_CARE = re.compile(r"(?:을|를)\s(?:대상으로|상대로)\s")
_CARE_RECEIVED = re.compile(r"\S*?(?:\s등)?(?:을|를)\s?받")
_CARE_GIVEN = re.compile(
    r"\S*?(?:\s[가-힣]+?)?(?:\s등)?(?:(?:을|를)\s(?:지원|실시|제공|진행|시행|했|해|한다|할)|(?:이|가)\s(?:진행|실시|이뤄|이루어))"
)
# "28명을 국내로 초청해", "3명을 목포의 병원에 유치해", "300여명을 초청, ": people invited or
# brought, a few words between
_INVITED_FOR = re.compile(r"(?:을|를)\s(?:[^\s,]+\s){0,3}?(?:초청|유치)(?:해|하여|,)\s")
_OF_NOUN = re.compile(r"의\s")  # "25명의 진료단": the noun of the count right after it
# …but the care itself, the object of its verb: "700여 명의 수술을 맡는다", "4만 명의 외래진료와 …"
_CARE_AS_OBJECT = re.compile(r"(?:을|를|와|과)(?![\uac00-\ud7a3])")
# the word before a count that ends in a particle or an ending ("봉사단이", "재단은", "사흘간",
# "찾아"): the agent, the time or the clause before, no noun naming the people counted
_ENDED_WORD = re.compile(r"(?:이|가|은|는|간|아|어|해|고|며),?\s(?:약\s|총\s|모두\s)?$")


def people_cared_for(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "1703명을 상대로 … 진료", "주민 500여 명에게 무료 진료": a count of people followed by a
    word of care; its counter (명) is the generic noun, which counts only where care is told."""
    counter = COUNTER.match(ctx.text, quantity.end)
    if counter is None:
        return None
    if _came_for_care(ctx, sentence, quantity, counter.end()):
        return _people_who_came(ctx, sentence, counter)
    visitors = _came_to_a_place_of_care(ctx, sentence, quantity, counter)
    if visitors is not None:
        return visitors
    received = received_care(ctx, sentence, quantity)
    named = named_by_another_noun(ctx, sentence, quantity)
    if received is not None and (named or _invited(ctx, sentence, quantity)):
        # "고객 200명이 … 상담을 받았다": the word naming the people; "28명을 국내로 초청해 수술을
        # 해 줬다": the care they were invited for, the invitation no attendance
        return _people_name(ctx, sentence, quantity) if named else received
    if named and not (
        _CARE_OBJECT.match(ctx.text, counter.end())
        and _ENDED_WORD.search(ctx.text, sentence.start, quantity.start)
    ):
        return None
    care = ctx.lexicon.matcher("patients", "treatment_words").search(
        ctx.text, counter.end(), min(sentence.end, counter.end() + CARE_AFTER_COUNT_CHARS)
    ) or _care_after_its_target(ctx, sentence, counter.end())
    if care is None:
        return _target_of_care_topic(ctx, sentence, counter.end(), counter)
    if _service_to_no_one(ctx, counter.end(), care):
        return None
    of_noun = _OF_NOUN.match(ctx.text, counter.end())
    if (
        of_noun is not None
        and not ctx.text[of_noun.end() : care.start].strip()
        and not _CARE_AS_OBJECT.match(ctx.text, care.end)
    ):
        return None  # "25명의 진료단": the care word is in the noun that names the people counted
    return PhraseMatch(counter.start(1), counter.end(1), counter.group(1), "patients")


def _care_after_its_target(ctx: DocumentContext, sentence: Sentence, counter_end: int) -> PhraseMatch | None:
    """ "320여명의 학생과 교사 및 마을 주민을 대상으로 무료 진료": the people named at length
    after the count, the care told right after the word that makes them its target (a word of
    manner at most between): "5400명을 대상으로 올해 상반기에 처음 실시한 … 의료서비스 만족도 설문" asked them."""
    target = ctx.lexicon.matcher("patients", "service_targets").search(
        ctx.text, counter_end, min(sentence.end, counter_end + CARE_AFTER_COUNT_CHARS)
    )
    if target is None:
        return None
    return ctx.lexicon.matcher("patients", "treatment_words").search(
        ctx.text, target.end, min(sentence.end, target.end + CARE_AFTER_TARGET_CHARS)
    )


def _service_to_no_one(ctx: DocumentContext, counter_end: int, care: PhraseMatch) -> bool:
    """ "약 120명의 의대생들이 캄보디아로 의료봉사": a mission's service counts the people it is given
    to only where they are told its target ("…을 대상으로", "…에게") between; else they serve."""
    if not ctx.lexicon.matcher("patients", "service_words").contains(care.text):
        return False
    return not ctx.lexicon.matcher("patients", "service_targets").contains(ctx.text[counter_end : care.start])


def received_care(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "고객 200명이 초청돼 피부과 상담을 받았다", "유학생 60명을 대상으로 건강검진을 지원했다",
    "28명을 국내로 초청해 수술을 해 줬다": people of any name (customers, students,
    participants) are cared for where the clause their count opens tells them receiving care
    (…을 받다) as its subject, names them the target of care given, or invites or brings them
    for care given; buyers who held talks (상담을 진행했다) received none. The care word."""
    counter = COUNTER.match(ctx.text, quantity.end)
    if counter is None:
        return None
    grammar = (
        _RECEIVED_CARE_SUBJECT.match(ctx.text, counter.end())
        or _TARGET_OF_CARE.match(ctx.text, counter.end())
        or _INVITED_FOR.match(ctx.text, counter.end(), sentence.end)
    )
    if grammar is None:
        return None
    clause = ctx.text[grammar.end() : min(sentence.end, grammar.end() + RECEIVED_CARE_CHARS)]
    joint = CLAUSE_END.search(clause)
    clause = clause[: joint.start() if joint else None]
    care = ctx.lexicon.matcher("patients", "treatment_words").search(clause) or ctx.lexicon.matcher(
        "patients", "consultation_words"
    ).search(clause)
    if care is None:
        return None
    told = _CARE_RECEIVED if grammar.re is _RECEIVED_CARE_SUBJECT else _CARE_GIVEN
    if told.match(clause, care.end) is None:
        return None
    start = grammar.end() + care.start
    return PhraseMatch(start, start + len(care.text), care.text, "patients")


def _invited(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "28명을 국내로 초청해", "3명을 … 병원에 유치해": the people counted were invited or brought."""
    counter = COUNTER.match(ctx.text, quantity.end)
    return counter is not None and _INVITED_FOR.match(ctx.text, counter.end(), sentence.end) is not None


def _people_name(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch:
    """The word right before a count that names its people ("고객 200명": 고객), a qualifier of
    the figure (약, 총) passed: the head of a count of people cared for under a name of their own."""
    opening = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    end = len(ctx.text[: quantity.start - len(opening)].rstrip())
    start = max(ctx.text.rfind(" ", sentence.start, end) + 1, sentence.start)
    return PhraseMatch(start, end, ctx.text[start:end], "patients")


def _came_for_care(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, counter_end: int) -> bool:
    """ "2021년 진료 목적으로 3천410명이 다녀갔다", "수술을 받기 위해 120명이 대구를 찾았다": people
    counted alone whose journey's purpose of care is told right before the count (a qualifier at
    most between) or right after it as its subject ("2만명이 치료차 한국에 입국했다"), and
    whose verb of coming follows, came for care."""
    if _purpose_after_count(ctx, counter_end):
        return True
    purposes = ctx.lexicon.matcher("patients", "purposes_before_count")
    purpose = purposes.search(
        ctx.text, max(sentence.start, quantity.start - PURPOSE_BEFORE_COUNT_CHARS), quantity.start
    )
    if purpose is None:
        return False
    qualifier = numbers.qualifier_phrase(ctx.text, purpose.end, quantity.start, ctx.lexicon)
    if ctx.text[purpose.end : quantity.start - len(qualifier)].strip():
        return False
    return _CAME_AFTER_COUNT.match(ctx.text, counter_end) is not None


def _came_to_a_place_of_care(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, counter: re.Match[str]
) -> PhraseMatch | None:
    """ "한빛병원에 외국인 250명이 방문했다", "외국인 2천명이 새봄병원을 찾았다", "연 3천명 이상이 찾는
    한빛병원": people counted alone (or as foreigners) whose own verb of coming takes a place of
    care as where they came are its patients; people named otherwise ("의사 30명"), or come to see
    the place for the trade (a fam tour, a delegation), are not. The place of care is the head:
    it, not a generic counter, tells that the people were cared for."""
    if _TRADE_VISIT.search(sentence.text) is not None:
        return None
    floor = max(sentence.start, quantity.start - CARE_PLACE_BEFORE_CHARS)
    opening = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    foreigners = _FOREIGNERS_BEFORE.search(ctx.text, floor, quantity.start - len(opening)) is not None
    rate = _RATE_BEFORE.search(ctx.text, floor, quantity.start - len(opening)) is not None
    if not (foreigners or rate) and named_by_another_noun(ctx, sentence, quantity):
        return None
    place = _CARE_PLACE_VISITED.match(ctx.text, counter.end(), sentence.end) or _CARE_PLACE_OF_CLAUSE.match(
        ctx.text, counter.end(), sentence.end
    )
    if place is None and _VISITED_AFTER_COUNT.match(ctx.text, counter.end(), sentence.end) is not None:
        place = _CARE_PLACE_BEFORE.search(ctx.text, floor, quantity.start)
    label = "foreign_patients" if foreigners else "patients"
    if place is None:
        return came_to_the_place_told_before(ctx, sentence, counter.end(), label)
    return PhraseMatch(place.start("place"), place.end("place"), place.group("place"), label)


def came_to_the_place_told_before(
    ctx: DocumentContext, sentence: Sentence, position: int, label: str
) -> PhraseMatch | None:
    """ "이 병원에는 치료를 받으려는 외국인들이 몰린다. 지난해 2천여 명의 외국인이 찾았다": people
    whose verb of coming follows them with no object, in a sentence that names no place nor body,
    came to the place of care the sentence just before tells care at. The verb is the head: it,
    not the generic noun, tells that they came for care."""
    verb = _CAME_WITH_NO_OBJECT.match(ctx.text, position, sentence.end)
    if verb is None or ctx.places(sentence) or ctx.organizations(sentence):
        return None
    index = ctx.body_position(sentence)
    if not index:
        return None
    previous = ctx.body_sentences[index - 1]
    if _CARE_PLACE_AS_TOPIC.search(ctx.text, previous.start, previous.end) is None or not ctx.lexicon.matcher(
        "patients", "care_words"
    ).contains(previous.text):
        return None
    return PhraseMatch(verb.start("verb"), verb.end("verb"), verb.group("verb"), label)


def _purpose_after_count(ctx: DocumentContext, counter_end: int) -> bool:
    """ "2만명이 치료차 한국에 입국했다": the count the subject of its clause, the purpose of
    care right after it and then a verb of coming."""
    subject = _SUBJECT_PARTICLE.match(ctx.text, counter_end)
    if subject is None:
        return False
    purpose = ctx.lexicon.matcher("patients", "purposes_before_count").match(ctx.text, subject.end())
    return purpose is not None and _CAME_AFTER_COUNT.match(ctx.text, purpose.end) is not None


def came_for_part_of_others(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity
) -> PhraseMatch | None:
    """ "입국 여행객 가운데 5%인 7천명이 치료차 부산을 방문했다": the count of a part of other
    people (travellers, visitors) counts patients where its own clause tells them coming for
    care."""
    counter = COUNTER.match(ctx.text, quantity.end)
    if counter is None or not _purpose_after_count(ctx, counter.end()):
        return None
    return _people_who_came(ctx, sentence, counter)


def _people_who_came(ctx: DocumentContext, sentence: Sentence, counter: re.Match[str]) -> PhraseMatch:
    """The counter of people who came for care: foreign patients where they came to Korea
    ("… 방한했다", "우리나라를 찾았다"), else patients (who came to a city may live in Korea)."""
    end = min(sentence.end, counter.end() + CAME_TO_KOREA_CHARS)
    label = "foreign_patients" if _CAME_TO_KOREA.search(ctx.text, counter.end(), end) else "patients"
    return PhraseMatch(counter.start(1), counter.end(1), counter.group(1), label)


def _target_of_care_topic(
    ctx: DocumentContext, sentence: Sentence, position: int, counter: re.Match[str]
) -> PhraseMatch | None:
    """ "이번 진료 봉사는 … 1천여 명을 대상으로 진행됐다": people told as the target of the care the
    sentence opens with as its topic were cared for; the target of a briefing ("설명회는 … 50여
    명을 대상으로") or people with no target word ("봉사는 … 10명이 참여") were not."""
    if _TARGETED.match(ctx.text, position) is None:
        return None
    topics = ctx.lexicon.matcher("patients", "care_topics")
    opening_end = min(sentence.end, sentence.start + CARE_TOPIC_CHARS)
    if topics.search(ctx.text, sentence.start, opening_end) is None:
        return None
    return PhraseMatch(counter.start(1), counter.end(1), counter.group(1), "patients")
