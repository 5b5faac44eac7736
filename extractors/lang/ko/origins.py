"""Where the people a Korean count counts come from: the countries before the noun ("몽골
환자"), a country that names an item of a breakdown ("중국 251명"), an origin told as the count's
complement ("…명이 중국인이었다") or as where they came from ("몽골에서도 37명의"), a country as
the topic of a change, the country a medical team cared for people in, a hospital abroad, and
where the number of their countries is read.

The builders ask the origins apart from the noun counted, so they are read apart, from the places
before or right after a count.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.ko import numbers
from extractors.lang.ko.figures import ADNOMINAL_END, DATED_ASIDE_END, ITEM_GAP, SHARE_FIRST, count_clause
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.text.sentences import Sentence

# between places of origin, and between the last and the noun: "러시아·몽골 환자", "몽골의 방한
# 의료관광객", "이르쿠츠크 등지 의료관광단", and a word of a group ("몽골 단체 의료관광객")
ORIGIN_JOINT = re.compile(
    r"[\s·ㆍ,]*(?:인|및|와|과|의)?[\s·ㆍ,]*(?:등지|등|지역|현지|국적)?\s*(?:의\s)?(?:방한)?\s*(?:단체|일행)?\s*"
)
# between a place and the list word closing the people it names ("몽골 공무원 등 6명", "하얼빈시
# 보건 관계자 등"): the place's own suffix, then one or two words of the people's noun
_LISTED_PEOPLE_JOINT = re.compile(r"(?:성|시|주)?(?:\s+[가-힣]{1,8}){1,2}\s+")
# "러시아에서도", "알마티시에서", "러시아, 카자흐스탄 등 30개국에서", "중앙아시아 등지에서"
_FROM_PLACE = re.compile(r"\s?(?:시|주|현지)?\s?(?:등지|등\s?(?:\d+\s?개\s?(?:국|국가|나라))?)?\s?에서")
_PLACE_LIST_JOINT = re.compile(r"[\s·ㆍ,]*(?:및|와|과)?[\s·ㆍ,]*")
MAX_ORIGIN_CHARS = 30  # "몽골·러시아 환자": the origins stand just before the noun
_HOSPITAL_NOUN = re.compile(r"병원|의료원|클리닉")
# after a foreign place: "의 한 병원은", " 주의 최대 병원으로", "시의 국립 의료원이"; the words
# between end in no particle ("몽골의 환자들이 대구의 병원": the patients', not a hospital's place);
# the hospital as the subject, what the sentence says a body is, or where patients were drawn to
# ("병원에 … 유치했다"), not the venue ("병원에서")
_HOSPITAL_OF_PLACE = re.compile(
    r"\s?(?:주|시|성|도)?의\s(?:\S*[^\s이가을를은는에도로와과]\s){0,2}?\S*(?:병원|의료원|클리닉)"
    r"들?(?:은|는|이|가|으로|이다|에)(?![가-힣])"
)
MISSION_LOOKBACK = 2  # "… 라오스를 방문했다. 봉사단은 … 참여했다. 900여 명을 진료": where a mission went
LOCAL_MARKER_CHARS = 4  # "현지 환자": the word for the locals right before the noun
_NATIONALITY_SUBJECT = re.compile(r"들?(?:이|가|은|는|도)?\s+")  # "중국인이 7000명": who the count counts
# a place named with a word of origin as the subject of a count: "러시아 출신이 700명", "몽골 국적은"
_ORIGIN_WORD_SUBJECT = re.compile(r"\s?(?:출신|국적)(?:\s?환자)?들?(?:이|가|은|는|도)\s+")
# a count told first, its people's origin as the complement after it: "1만1천명이 중국인이었다",
# "2,100명이 카자흐스탄 사람이었다", "1,500명은 베트남에서 왔다"
_COUNT_AS_SUBJECT = re.compile(r"\s?(?:여\s?)?명(?:이|가|은|는)\s")
_NATIONALITY_COMPLEMENT = re.compile(r"들?(?:이었다|였다|이다|이며|이고|이었고|으로\s)")
_ORIGIN_COMPLEMENT = re.compile(
    r"\s?(?:사람|출신|국적)들?(?:이었다|였다|이다|이며|이고|이었고)|에서\s(?:왔|온|입국)"
)
_TOPIC_MARK = re.compile(r"(?:은|는)\s")  # "태국은 …": a place as its sentence's topic


def country_of_count(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "중국 251명(39.2%), 몽골 88명", "중국인이 7000명, 러시아인이 3000명": in a breakdown by
    country, the foreign country or nationality written right before a count (its qualifier
    aside: "중국 약 300명", its share told first: "미국 11.2%(3만6410명)") is where its people
    come from."""
    qualifier = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    end = quantity.start - len(qualifier)
    for place in ctx.places(sentence):
        gap = ctx.text[place.end : end] if place.end <= end else None
        if gap is not None and DATED_ASIDE_END.match(ctx.text, quantity.end):
            gap = SHARE_FIRST.sub("", gap)  # the count alone in the brackets after its share
        if (
            gap is not None
            and (
                (place.place.kind == PlaceKind.COUNTRY and ITEM_GAP.fullmatch(gap))
                or (place.place.kind == PlaceKind.DEMONYM and _NATIONALITY_SUBJECT.fullmatch(gap))
                or (place.place.kind == PlaceKind.DEMONYM and ITEM_GAP.fullmatch(gap) and "%" in gap)
                or (place.place.kind != PlaceKind.DEMONYM and _ORIGIN_WORD_SUBJECT.fullmatch(gap))
            )
            and not place.place.is_korean
        ):
            return [place.place.country] if place.place.country else []
    return []


def topic_country_changed_to(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "태국은 전년보다 5배 넘게 증가한 3만4천명을 기록했다": a foreign country as the topic of its
    sentence, the count right after the verb of change that leads to it, with no other place nor
    count between (shares and multiples aside), is where the counted people come from."""
    words = ctx.text[sentence.start : quantity.start].split()
    if not words or not ADNOMINAL_END.search(words[-1]):
        return []
    if not ctx.lexicon.matcher("patients", "change_verbs").contains(words[-1]):
        return []
    places = [p for p in ctx.places(sentence) if p.end <= quantity.start]
    if len(places) != 1 or places[0].place.is_korean or not places[0].place.country:
        return []
    place = places[0]
    if place.place.kind == PlaceKind.DEMONYM or not _TOPIC_MARK.match(ctx.text, place.end):
        return []
    if any(
        place.end <= q.start < quantity.start and not q.is_measure and not q.is_year
        for q in ctx.quantities(sentence)
    ):
        return []
    return [place.place.country]


def origin_as_complement(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "이 중 1만1천명이 중국인이었다", "그중 2,100명이 카자흐스탄 사람이었다", "1,500명은 베트남에서
    왔다": a count told as the subject, the foreign nationality or place of origin after it as its
    complement, says where its people come from."""
    subject = _COUNT_AS_SUBJECT.match(ctx.text, quantity.end)
    if subject is None:
        return []
    for place in ctx.places(sentence):
        if place.start != subject.end() or place.place.is_korean or not place.place.country:
            continue
        after = _NATIONALITY_COMPLEMENT if place.place.kind == PlaceKind.DEMONYM else _ORIGIN_COMPLEMENT
        if after.match(ctx.text, place.end):
            return [place.place.country]
    return []


# a count's own aside in brackets right after its counter: "6만 명(139개국)", "49만 명(191개국)을"
_OWN_ASIDE = re.compile(r"\s?(?:여\s?)?명\s?\([^()]*\)")


def countries_scope(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[int, int]:
    """Where the number of countries a count's people come from is read: the count's own aside
    ("49만 명(191개국)"), else its clause after the aside of the count before it ("6만 명(139개국)의
    … 2019년 약 49만 명": the 139 countries are the earlier figure's)."""
    own = _OWN_ASIDE.match(ctx.text, quantity.end, sentence.end)
    if own is not None and ctx.language.patterns.counts.n_countries.search(ctx.text, quantity.end, own.end()):
        return quantity.end, own.end()
    start, end = count_clause(ctx, sentence, quantity)
    before = _OWN_ASIDE.match(ctx.text, start, quantity.start) if start > sentence.start else None
    return (before.end() if before is not None else start), end


def origins_in_clause(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "몽골에서도 37명의 의료관광객이", "알마티, 아스타나에서 개최한 진료상담회에는 약 160명의
    환자가": the foreign places the count's clause says its people came from or were seen in."""
    start, _ = count_clause(ctx, sentence, quantity)
    places = [
        p
        for p in ctx.places(sentence)
        if start <= p.start and p.end <= quantity.start and not p.place.is_korean and p.place.country
    ]
    codes: list[str] = []
    for position, place in enumerate(places):
        located = _FROM_PLACE.match(ctx.text, place.end) is not None
        # "알마티, 아스타나에서": the places listed before the one the locative follows
        listed = any(
            _FROM_PLACE.match(ctx.text, later.end)
            and _PLACE_LIST_JOINT.fullmatch(ctx.text, place.end, later.start)
            for later in places[position + 1 : position + 2]
        )
        if located or listed:
            codes.append(place.place.country)
    return list(dict.fromkeys(codes))


def residents_country(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> list[str]:
    """ "캄보디아 … 마을 4곳에서 주민 800여 명을 진료", "스리랑카 캔디에서 의료봉사. … 현지에 닷새간 머물며
    주민 1천300여 명을 진료", "… 병원에서 현지 환자 70여명을 상대로", "봉사단이 라오스를 방문했다.
    … 닷새간 900여 명을 진료했다": the people a medical team treated abroad live in the one foreign
    country its sentence names before them, else the one the nearest sentence before it names,
    unless their own sentence names a Korean place before them ("대구의 한 병원은 … 환자 300명")."""
    if not _cared_for_by_a_mission(ctx, sentence, head):
        return []
    places = ctx.places(sentence)
    if any(
        p.place.is_korean and p.end <= head.start and ORIGIN_JOINT.fullmatch(ctx.text, p.end, head.start)
        for p in places
    ):
        return []  # "대구 시민 300명": residents at home
    countries = _foreign_countries(ctx, sentence, head.start)
    if not countries and not any(p.place.is_korean and p.end <= head.start for p in places):
        body = ctx.body_sentences
        position = ctx.body_position(sentence) or 0
        for told in body[max(0, position - MISSION_LOOKBACK) : position][::-1]:
            countries = _foreign_countries(ctx, told, told.end)
            if countries:
                break
    return list(countries) if len(countries) == 1 else []


def _foreign_countries(ctx: DocumentContext, sentence: Sentence, end: int) -> set[str]:
    """The foreign countries a sentence names before ``end``."""
    return {
        p.place.country
        for p in ctx.places(sentence)
        if p.end <= end and p.place.country and not p.place.is_korean
    }


def hospital_abroad(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "방콕의 한 병원은 … 5만명을 진료했다", "해마다 환자 2만 명이 찾는 노보시비르스크 주의 최대
    병원": a hospital a foreign place owns (the place, its 주 or 시, 의, at most two words that
    end in no particle, the hospital's noun)."""
    if not _HOSPITAL_NOUN.search(sentence.text):
        return False
    return any(
        not p.place.is_korean
        and p.place.kind != PlaceKind.DEMONYM
        and _HOSPITAL_OF_PLACE.match(ctx.text, p.end, sentence.end) is not None
        for p in ctx.places(sentence)
    )


def _cared_for_by_a_mission(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """Whether the counted people are those a team sent abroad cared for: residents (주민), the
    locals (현지 환자, 현지인), or people counted with no noun of their own (700여 명을 진료) or
    patients, where the sentence or the one before tells of a mission (봉사단, 방문단, 진료단,
    … 방문해); never people of a counted number of countries (해외 12개국을 돌며 2만명을 진료),
    whose country is none of them."""
    words = ctx.lexicon.section("patients")
    if head.text in words["resident_heads"]:
        return True
    if ctx.language.patterns.counts.n_countries.search(ctx.text, sentence.start, sentence.end):
        return False
    locals_ = ctx.lexicon.matcher("patients", "local_markers")
    local = locals_.search(ctx.text, max(sentence.start, head.start - LOCAL_MARKER_CHARS), head.start)
    if local is not None and not ctx.text[local.end : head.start].strip():
        return True
    if head.text not in {"명", *words["bare_heads"]}:
        return False
    body = ctx.body_sentences
    position = ctx.body_position(sentence) or 0
    missions = ctx.lexicon.matcher("patients", "mission_words")
    return any(missions.contains(told.text) for told in (sentence, *body[max(0, position - 1) : position]))


def origins_before(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> list[str]:
    """ "몽골 환자", "러시아·몽골 환자", "몽골의 방한 의료관광객", "러시아 야쿠츠크, 이르쿠츠크
    등지 의료관광단": the countries written right before the noun."""
    window_start = max(sentence.start, head.start - MAX_ORIGIN_CHARS)
    places = [p for p in ctx.places(sentence) if window_start <= p.start and p.end <= head.start]
    codes: list[str] = []
    position = head.start
    for place in reversed(places):
        between = ctx.text[place.end : position]
        if not (ORIGIN_JOINT.fullmatch(between) or _lists_people_of(ctx.text, head, position, between)):
            break
        if place.place.country and not place.place.is_korean:
            codes.insert(0, place.place.country)
        position = place.start
    return codes


def _lists_people_of(text: str, head: PhraseMatch, position: int, between: str) -> bool:
    """Whether the people a list word closes ("공무원 등 6명": the head is 등) are named right
    after the place, by a noun of their own: the place is their origin as it is of "몽골 환자"."""
    return (
        position == head.start
        and text[head.start : head.end] == "등"
        and bool(_LISTED_PEOPLE_JOINT.fullmatch(between))
    )
