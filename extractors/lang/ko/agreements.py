"""Korean agreements. The counterpart comes before the agreement, marked by the particle glued
to it (우즈베키스탄 보건부와 업무협약을, 웨이하이시와의 협약, A와 B 간 협약); the verb comes after
it (업무협약을 체결했다), so a word of intention governs it from after it, up to the end of that
verb's clause (체결할 예정이다, 체결을 추진한다); a later clause's plans (…체결했으며, 내년에는 …
예정이다) are not its own, but a clause joined by a tenseless -고 takes the tense of the verb
that ends the sentence (…체결하고 … 체결할 예정이다).
"""

import re
from collections.abc import Iterator
from itertools import takewhile

from extractors.context import DocumentContext
from extractors.lang.ko.events import held_at
from extractors.lang.ko.numbers import native_numeral
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import DateMention
from extractors.mentions.organizations import Organization
from extractors.mentions.places import KOREA, Place, PlaceKind
from extractors.text.sentences import Sentence
from models import EventType

VERB_TAIL_CHARS = 14  # how far after its verb (체결) the ending of an agreement's clause reaches

HANGUL_BASE, JONGSEONG_COUNT = 0xAC00, 28
# a word of the text, a bracket glued to it included: "울란바타르방송(UBS)과", "보건청(청장 …)과"
_WORD = re.compile(r"(?:[^\s(]|\([^)]*\))+")
# "와"/"과" (with) glued to a name, or after its closing quote or bracket with a space between;
# "와의"/"과의" (of the agreement with); "와도"/"과도" (with … too), "와는"/"과는" (with … in turn)
_WITH = re.compile(r"(?<=[\w)'’\"”])\s?(?P<particle>와|과)(?:의|도|는)?(?=\s|$)")
# "A와 B 간", "A와 B간의", "A와 B 사이", "A와 B 상호간에": the parties on both sides of an agreement
# between them
_BETWEEN = re.compile(r"\s?(?:상호\s?)?(?:간|사이)(?:의|에)?(?=\s|$)")
# a word whose own 간 is no "between": a stretch of time counted ("3년간", "6개월 간", "열흘간"),
# the words of the lexicon's not_between_words ("연간", "민간", "기간"); where such a 간 stands
# before an agreement, the pair is not closed there
_DURATION = re.compile(r"(?:\d[\d,.]*\s?|수|몇|십|여러\s?)(?:년|개년|개월|달|주|주일|일|시간|분기|여\s?년)$")
# what may stand between "A와 B 간" and its agreement: "3자 협약", a quote opening its title, the
# words of its subject ("A와 B 간 의료협력 양해각서가", "간에 환자 송출을 위한 협약이"), none
# ending a clause
_PARTY_COUNT = re.compile(r"\s*(?:\d자|양자|다자)?\s*[‘'\"“]?(?:[^\s,.]*[^\s,.다고며서]\s){0,4}")
# "A와 B가 맺은 업무협약이", "A와 B가 지난해 체결한 협약": the pair of parties as the subjects of
# the verb that concluded the agreement, right before it (a word or two between)
_PAIR_CONCLUDED = re.compile(
    r"(?P<with>와|과)\s[^,.]{1,30}?(?P<subject>이|가)\s(?:[^\s,.]+\s){0,2}(?:맺은|체결한|맺어 온|맺고 있는)\s?$"
)
# "A와 관련해", "A와 관련한": the verb of being about A after its particle ("관련 협약", a related
# agreement, is a noun and may follow a counterpart's particle)
_ABOUT = re.compile(r"\s?관련(?:해|하여|해서|한|된|하는|하여서)(?=[\s,]|$)")
# the marks that open each item of a list written as bullets ("△몽골 국립암센터 △알마티 시립병원과")
_BULLETS = "△▲▷▶"
# "맺을 업무협약", "체결할 협약": the verb of concluding in the future, modifying the agreement
_TO_BE_CONCLUDED = re.compile(r"(?:맺을|체결할|서명할)\s?$")
TO_BE_CONCLUDED_CHARS = 5
# "A와 B의 업무협약이 체결됐다": the genitive glued to the second party closes the pair where the
# agreement is the subject told (its particle, or its signing as a noun, after it)
_GENITIVE = re.compile(r"의(?=\s)")
_TOLD_AS_SUBJECT = re.compile(r"(?:\([^)]*\))?(?:이|가|은|는)\s|\s?체결(?:이|은|식)")
# from a 와/과 joining two subjects of an agreement to the agreement: "의료관광과 무역 협력에 관한
# 양해각서" (what it is about, not with whom)
_JOINED_SUBJECTS = re.compile(r"\s[^\s,]+(?:\s[^\s,]+)?\s?(?:에 관한|에 관해|에 대한|관련|분야의?)\s")
# the same, told at length: a list of subjects, up to the word of purpose or topic that binds them
# to the agreement ("병원 설립과 의료진 연수, 원격진료 등을 위한 협약", "검진객 유치와 관광상품 개발
# 전반에 걸친 협약"); read only after a word that is no name (see _joins_subjects)
_LISTED_SUBJECTS = re.compile(
    r"\s(?:[^\s.]+\s){0,8}?[^\s.]*?(?:에 관한|에 관해|에 대한|관련|분야의?|[을를] 위한|에 걸친)\s"
)
# "A와 B를 대상으로 협약을 체결": the parties as the agreement's targets
_TARGET = re.compile(r"(?:을|를)\s대상으로")
# a name followed by a topic or subject particle, after the marker: "삼성서울병원과 주한몽골대사관이
# … MOU를 체결했다", "한국과 우즈벡은": the marker joins the subjects, who are the parties
_SUBJECT_AFTER = re.compile(r"\)(?:이|가|은|는)\s")
# a subject particle right after a name, or after the title of its head glued to it: "A와 B는",
# "김 A병원장과 박 B센터장은 협약서에 서명했다" (the heads sign for their bodies)
_SUBJECT_NAMED = re.compile(r"(?:장)?(?:은|는|이|가)\s")
# a count of agreements where no counterpart is named: "1건의 업무협약", "업무협약은 42건이"
_COUNT_BEFORE = re.compile(r"(?P<count>\d[\d,]*\s?건)의?\s$")
_COUNT_AFTER = re.compile(
    r"(?:\([^)]*\)|\))?(?:\s?(?:및|과|와|,)\s?\S+?)?(?:은|는|이|가|도)?\s(?P<count>\d[\d,]*\s?건)"
)  # "업무협약(MOU) 7건이": the noun's bracket (or its close, the noun holding it) first
# a name in Latin letters that begins the name after it: "MSH 차이나와", "IHH 헬스케어와"
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&.\-]*")
# a count of the counterparts right before their noun: "2개 회사와", "3곳의 병원과", "30여개
# 의료기관과" (about 30), "30여 곳과"
_COUNTED = re.compile(r"\d[\d,]*(?:여|\s?(?:개|곳)|여\s?(?:개|곳))(?:의)?")
# a count glued to the particle that marks the counterpart: "유치업체 4개소와", "병원 12곳과"
_COUNT_GLUED = re.compile(r"\d+\s?여?\s?(?:개소|곳|개사|개\s?기관|개\s?업체)$")
# a subject marked by its topic or subject particle: "충북도는 "
_TOPIC_WORD = re.compile(r"\S+(?:은|는|이|가)\s")
# "보건부 측과", "병원측과": the side of the counterpart, written between its name and the particle
_SIDE = re.compile(r"(?<=[\w)])\s?측$")
# a list of counterparts closed by 등 and a noun of their kind: "톰스크시, 보건사회부 등 여러
# 단체와", "A병원, B병원 등 3곳과"
_EXAMPLES_HEAD = re.compile(
    r"\s?등\s(?:[가-힣]+\s|\d+\s?(?:개|곳)\s?)?(?:기관|의료기관|병원|단체|업체|기업|대학|곳|개 기관|개 병원)들?$"
)
_ETC = re.compile(r"\s등$")  # "A, B 등과": the list closed by 등, no name of its own
# a list of names closed by 등 and a word that starts with a country's name: "등 UAE 정부"
ETC_COUNTRY_CHARS = 24  # "등 키르기스스탄공화국": how far before the stretch's end its 등 stands
_ETC_COUNTRY = re.compile(r"\s등\s(?P<name>\S+)(?:\s\S+)?$")
# a list of names closed by how many they are: "A병원, B병원 두 곳과", "A·B 2곳과"
COUNT_CLOSING_CHARS = 10  # " 다섯 개 기관": how far before the stretch's end a closing count starts
COUNTER_CHARS = 8  # "다섯 개 기관": how far before the stretch's end the counter (곳, 개) stands
_COUNT_CLOSING = re.compile(r"(?<=\S)\s(?:두|세|네|다섯|\d+)\s?(?:곳|개\s?기관|개\s?병원|개소)$")
# a name closed by its own "와"/"과" before the next name of a chain ("A병원과 B병원과"), inside a
# stretch, where ``listed_items`` parts the chain; _CHAIN_LINK is the one right before a name
_CHAIN_JOINT = re.compile(r"(?<=[\w)])\s?(?P<particle>와|과)\s")
_CHAIN_LINK = re.compile(rf"{_CHAIN_JOINT.pattern}$")
_CHAIN_ENDS = ("와 ", "과 ")  # the cheap test before the link's pattern is tried
CHAIN_LINK_CHARS = 4  # "A(…)과 ": the link and the space after it, at most
# "A와 함께": a companion of the subject, not a counterpart of a chain
_TOGETHER = ("함께", "같이")
# what parts the items of a list of names: a comma or a middle dot
_LIST_MARK = re.compile(r"[,·ㆍ]")
# an item counted on its own ("의료기관 10곳, 여행사 4곳과"): groups listed, not names
_COUNTED_ITEM = re.compile(r"\d\s?(?:곳|개)")
# the word that joins two items of a list: "A병원 및 B재단과"
_AND = re.compile(r"\s및\s")
# a day leading an item of a list, its local-time note and its particle after it: "26일(현지시각)에는 ",
# "27일에는 ", "28일 "
_DAY_LEAD = re.compile(r"(?<!\d)\d{1,2}일(?:\s?\([^)]*\))?(?:에는|에|엔)?\s")
# the partner of a listed pair after its particle, then a comma, a subject particle or the copula:
# "서울대병원과 몽골메디투어, ", "부산대병원과 실크로드트래블이 "
_PAIR_PARTNER = re.compile(r"\s(?P<name>[^\s,]+?)(?:,|(?:이|가|다|이다)?(?=[\s.]|$))")
# a word of a name written apart ("에르뎀 메디컬 그룹"): letters only, no particle nor modifier at its end
_PLAIN_NAME_WORD = re.compile(r"[\uac00-\ud7a3A-Za-z&\-]+(?<![은는을를의에도로고며인한된던와과])")
# a unit of government written apart after the name the gazetteer lacks ("헨티 주", "우문고비
# 주(주지사 …)")
# a bracket that closes a word: what the text says of a name ("(원장 …)") or its spelling in
# Latin letters ("(Albawardi Enterprise)")
_BRACKET_END = re.compile(r"\([^)]*\)$")
_UNIT_WORD = re.compile(r"(?:주|아이막도|아이막|성|현)(?:\([^)]*\))?")
# what parts two listed pairs
_PAIR_JOINT = re.compile(r",\s*")
# the clause of the members who join a body, before it: "12개 기관이 참여하는 협의체", "18개
# 기관으로 구성된 추진단"
_JOINING = re.compile(r"(?:이|가)\s참여(?:하는|한|하고 있는)\s|(?:으로|로)\s구성된\s")
# the verb of a clause joined by a tenseless -고, -며 or -어/-해: "체결하고", "맺고", "체결해",
# "맺어", "체결하고," (not "체결했고"); or the signing told by its noun as an item of a list
# ("서명 및 발표", "양해각서 체결 등을 통해"): a noun has no tense of its own either, and takes
# the one the sentence closes on (…일정을 수행할 예정이다: still to come)
_TENSELESS_JOINT = re.compile(r"(?:하고|고|하며|해|하여|어),?\s|,|\s?및\s|\s?등(?:을|의|이|에|으로)?\s")
# a decision told in the past in a later clause: "…맺고 의료진 교류에 협력하기로 했다" (decided,
# on signing, to cooperate), "…체결하고 환자 송출에 합의했다"
_DECIDED = re.compile(r"(?:하기로|키로|기로)\s?(?:했|하였|합의했|합의하였|결정했|뜻을 모았)")
# the marks of what is to come at the end of a sentence: "체결할 예정이다", "추진할 계획", "맺겠다",
# and the present of the verbs of holding an event, which news uses for what is scheduled ("…MOU
# 체결, 애프터케어 행사를 진행한다")
_FUTURE = re.compile(
    r"예정|계획|방침|(?:할|될|을|를|는) 것|겠|기로|키로|기대|희망|전망|할지|하려"
    r"|(?:진행|개최|실시|체결|방문|참가|참석)한다|(?:연다|맺는다|갖는다)"
)
# the copula between a tie and the partner it names: "결연관계인 A병원", "우호협력 도시인 B시"
_TIE_COPULA = re.compile(r"인?\s+")
# a word of the partner after a tie, its particle apart: "노보시비르스크에서", "B시의", "A병원"
_TIE_WORD = re.compile(
    r"\s*(?P<name>[^\s,.()]+?)(?P<particle>에서|에게|의|과|와|은|는|이|가|을|를|에|도)?(?=[\s,.]|$)"
)
TIE_PARTNER_CHARS = 24  # "중국 강소성 무석시의": a partner named with its country and province
# the verb that concluded an agreement, written after it as the modifier of its parties: "협약을
# 체결한 A와 B는"
_RELATIVE_VERB = re.compile(r"(?:\)?(?:을|를)|\([^)]*\)(?:을|를))?\s(?:체결한|맺은|교환한|서명한|조인한)\s")
# a verb of its own between the parties: they are not its subjects
_SENTENCE_VERB = re.compile(r"(?:했|였|었|됐|한다|이다)[다,\s]")
# an agreement in force as the start or ground of what follows: "X와의 협약을 시작으로", "MOU를 계기로"
_IN_FORCE_AFTER = re.compile(r"\)?(?:을|를)\s(?:시작으로|계기로|바탕으로)")
# a verb of signing right before a verb of agreeing told as the agreement ("맺기로 합의했다",
# "맺기로 뜻을 모았다", "체결하는 데 합의했다"): the parties agreed to sign, which is a plan
_SIGNING_DECIDED = re.compile(
    r"(?:(?:체결하|맺|서명하|조인하)(?:기로|는)|(?:체결|서명|조인)키로)\s$|(?:체결하|맺|서명하|조인하|체결|서명|조인)$"
)
# the dash that joins the two parties of a pair: spaced ("A병원 - B센터"), or an en or em dash
# ("A병원–B청"); a bare hyphen belongs to a name ("KT-서울대병원")
_PAIR_DASH = re.compile(r"\s[-–—]\s|[–—]")
# the "간" that closes a list of pairs, at the end of its stretch
_CLOSING_BETWEEN = re.compile(r"\s?(?:상호\s?)?(?:간|사이)(?:의|에)?$")
# a clause's end, or a word closed by a topic or subject particle, before a list of pairs
_PAIRS_OPENING = re.compile(r"[.,]\s|\S(?:은|는|이|가)\s")
# the agreement told by joining a body as its member ("회원으로 가입했다"), the body before it
_MEMBER_OF = ("회원으로", "회원기관으로")
# the verb that concluded an agreement, written after it as the modifier of the group it binds:
# "협약을 맺고 있는 ", "계약이 체결된 ", "협약 체결을 했던 " (the signing as a noun, a light verb after)
_BINDING_VERB = re.compile(
    r"(?:\([^)]*\))?(?:(?:을|를|이|가)?\s(?:맺고 있는|맺어 온|맺은|맺었던|맺어진|체결한|체결했던|체결하고 있는"
    r"|체결된|교환한)|\s?체결을\s(?:한|했던))\s"
)
# the group bound, counted, right after that verb, a word or two describing it first, its noun a
# few words after its count or the count after its noun: "국내 9개 병원", "12개 한국 의료기관",
# "한국 의료기관 14곳"
_BOUND_GROUP = re.compile(
    r"(?:[^\s,.\d]+\s){0,2}?(?:\d[\d,]*\s?여?\s?(?:개|곳)(?:\s?[^\s,.]+){1,3}|[^\s,.\d]+\s\d[\d,]*\s?여?\s?(?:곳|개소|개사|개\s?기관))"
)
# the verb that concluded an agreement, written before it as its modifier: "2016년 체결한 MOU"
_CONCLUDED_BEFORE = re.compile(r"(?:체결한|체결된|체결했던|맺은|맺었던|맺어진)\s")


def partner_marker(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch:
    """The marker of the counterparts of the agreement ``noun`` (``_particle_marker``); for a body
    the parties founded together (협의체, 협회) whose founders no particle marks, its members: those
    counted in its clause before it, as the subjects who founded it ("9개 병원과 여행업계는 …
    협회를 창립했다") or in a clause of joining it ("12개 기관이 참여하는 협의체", "18개 기관으로
    구성된 추진단"), a marker labelled "members" that spans them."""
    if ctx.lexicon.matcher("partnerships", "tie_nouns").spans(ctx.text, noun.start, noun.end):
        return _tie_partner(ctx, sentence, noun)
    marker = _particle_marker(ctx, sentence, noun)
    body = ctx.lexicon.matcher("partnerships", "founded_bodies").match(ctx.text, noun.start, noun.end)
    if body is None or body.end != noun.end:
        return marker
    clause_start = _clause_start(ctx, sentence, noun.start)
    if (
        _founded_after(ctx, sentence, noun) is None
        and _founded_before(ctx, sentence, noun) is not None
        and not _JOINING.search(ctx.text, clause_start, noun.start)
    ):
        # "병원과 여행사 대표들이 참여해 출범한 한빛의료관광협의회": who founded it is told in the
        # clause that modifies its name, by kinds of people and bodies, not by names; no founder is
        # read from it, so no word of it becomes a party (the body itself stands for them)
        return PhraseMatch(noun.start, noun.start, "", "members")
    if marker.label != "subjects" and not _JOINING.search(
        ctx.text, max(clause_start, marker.end), noun.start
    ):
        return marker  # "A, B와 컨소시엄을 구성했다": the founders marked; "A와 B 등 N개 기관이 참여하는": members
    return PhraseMatch(clause_start, noun.start, ctx.text[clause_start : noun.start], "members")


def _tie_partner(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch:
    """The partner of a tie named by its relation, written right after the noun, the copula
    between them or none: "자매도시 러시아 이르쿠츠크에서", "결연관계인 A병원 의료진과", "우호협력
    도시인 중국 B시의"; up to the word a particle closes, a few words at most. A marker
    labelled "after" spans it, a known place or body among its words (empty where the noun ends
    its phrase, "자매도시를 통해", or no name follows it, "우호협력도시 지정 등")."""
    copula = _TIE_COPULA.match(ctx.text, noun.end, sentence.end)
    start = copula.end() if copula is not None else noun.end
    end = start
    if copula is not None or ctx.text[noun.end : noun.end + 1].isspace():
        # the name ends at a known name's end ("A병원 의료진과": the hospital) or at a particle
        known = {o.end for o in ctx.organizations(sentence) if o.start >= start}
        for word in _TIE_WORD.finditer(ctx.text, start, sentence.end):
            end = word.end("name")
            if word["particle"] or end in known or word.end() - start > TIE_PARTNER_CHARS:
                break
    names = (*ctx.organizations(sentence), *ctx.places(sentence))
    if not any(start <= n.start < end for n in names):
        end = start  # "우호협력도시 지정 등 …": what follows is no name, the partner told elsewhere
    return PhraseMatch(start, end, ctx.text[start:end], "after")


def _particle_marker(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch:
    """The particle that marks the counterpart of the agreement ``noun`` in the stretch before
    it: the last "와"/"과" glued to a name (a word whose own sounds end it: 과 after a final
    consonant, 와 after a vowel, so 외과 and 치과 are no particle), or the "간" that closes an "A와
    B 간" pair, or the "를 대상으로" of "A와 B를 대상으로 협약을"; a count of agreements where none
    is named ("1건의 업무협약"); a particle between the agreement and its verb ("협약을 몽골
    보건부와 체결했다") first. Where no particle marks one, or the particle joins the subjects
    ("A와 B는 협약을 체결했다"), the counterparts are the subjects: an empty marker at the noun
    says so, for Korean never names a counterpart after its agreement ("협약을 맺은 병원은 …":
    the Korean side)."""
    clause_start = _clause_start(ctx, sentence, noun.start)
    if noun.text.startswith(_MEMBER_OF):
        # "A 네트워크 회원으로 가입했다": the body joined is named right before, as a counterpart
        return PhraseMatch(noun.start, noun.start, "", "with")
    found = (
        _counted_agreements(ctx, sentence, noun)
        or _bound_group(ctx, sentence, noun)
        or _dashed_pairs(ctx, sentence, noun, clause_start)
        or _marker_before_verb(ctx, sentence, noun)
    )
    if found is not None:
        return found
    marker = None
    for match in _WITH.finditer(ctx.text, clause_start, noun.start):
        if _is_particle(ctx, match) and (
            marker is None
            or not (
                _JOINED_SUBJECTS.fullmatch(ctx.text, match.end(), noun.start)
                or _joins_subjects(ctx, sentence, match, noun)
            )
        ):
            marker = match  # "우즈베키스탄과 의료관광과 무역 협력에 관한": the last joins two subjects
    subjects = PhraseMatch(noun.start, noun.start, "", "subjects")
    if marker is None:
        return _parties_after_verb(ctx, sentence, noun) or subjects
    if (modified := _party_after_verb(ctx, sentence, noun, marker.start("particle"))) is not None:
        return modified
    between = _between(ctx, marker.end(), noun.start) or _genitive_pair(ctx, sentence, marker.end(), noun)
    if between is not None and (
        _PARTY_COUNT.fullmatch(ctx.text, between.end(), noun.start)
        # "A와 B 간에 … 협력사항에 대해 합의했다": the adverb of the parties before what they agreed on
        or (
            between.group(0).endswith("간에")
            and ctx.lexicon.matcher("partnerships", "terms_verbs").spans(ctx.text, noun.start, noun.end)
        )
    ):
        return PhraseMatch(between.start(), between.end(), between.group(0), "between")
    target = _TARGET.search(ctx.text, marker.end(), noun.start)
    if target is not None:
        return PhraseMatch(target.start(), target.end(), target.group(0), "between")
    gap = ctx.text[marker.end() : noun.start]
    if _SUBJECT_AFTER.search(gap) or any(
        p.start >= marker.end() and _named_as_subject(ctx, p.end)
        for p in (*ctx.places(sentence), *ctx.organizations(sentence))
        if p.end <= noun.start
    ):
        return subjects
    return PhraseMatch(marker.start("particle"), marker.end(), marker.group(0), "with")


def _joins_subjects(
    ctx: DocumentContext, sentence: Sentence, match: re.Match[str], noun: PhraseMatch
) -> bool:
    """Whether a "와"/"과" after the counterpart's marker joins what the agreement is about, told at
    length ("보건부와 현지 병원 설립과 의료진 연수 등을 위한 협정"): the word it follows is no name
    (no known body or place ends there, nor a word written as a name: Latin, quoted, a city's or
    a firm's ending, nor a counted group), and a list of subjects runs from it to the word of purpose before the
    agreement."""
    if not _LISTED_SUBJECTS.fullmatch(ctx.text, match.end(), noun.start):
        return False
    if any(n.end == match.start() for n in (*ctx.places(sentence), *ctx.organizations(sentence))):
        return False
    stems = _WORD.findall(ctx.text[max(sentence.start, match.start() - 20) : match.start()])
    unknown_name = ctx.language.patterns.partnerships.unknown_name
    # "A, B 등 2개사와": a counted group is a counterpart, however its word is written
    return bool(stems) and not re.search(r"\d", stems[-1]) and unknown_name.fullmatch(stems[-1]) is None


def _genitive_pair(
    ctx: DocumentContext, sentence: Sentence, start: int, noun: PhraseMatch
) -> re.Match[str] | None:
    """ "한빛병원과 몽골 보건부의 업무협약이 체결됐다": the genitive glued to a known name after the
    pair's particle, the agreement's subject words at most between, closes the pair as "간" does,
    where the agreement is told as the subject."""
    if not _TOLD_AS_SUBJECT.match(ctx.text, noun.end):
        return None  # "A와 B의 협력체계를 구축해": the bodies' own cooperation, no agreement between
    names = (*ctx.places(sentence), *ctx.organizations(sentence))
    for genitive in _GENITIVE.finditer(ctx.text, start, noun.start):
        if any(n.end == genitive.start() and n.start >= start for n in names):
            return genitive
    return None


def _named_as_subject(ctx: DocumentContext, end: int) -> bool:
    """Whether the name ending at ``end`` is a subject: its particle right after it, after the
    title of its head glued to it ("B센터장은"), or after a title written apart ("몽골 보건부
    차관은")."""
    if _SUBJECT_NAMED.match(ctx.text, end):
        return True
    if ctx.text[end : end + 1] != " ":
        return False
    title = ctx.lexicon.matcher("partnerships", "person_titles").match(ctx.text, end + 1)
    return title is not None and _SUBJECT_NAMED.match(ctx.text, title.end) is not None


def _parties_after_verb(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch | None:
    """ "협약을 체결한 경북대병원과 쩌라이병원은": the parties named after the verb that modifies
    them, joined by 와/과, as the subjects of the clause; the topic or subject particle after the
    second closes the pair, as "간" does in "A와 B 간 협약"."""
    verb = _RELATIVE_VERB.match(ctx.text, noun.end, sentence.end)
    if verb is None:
        return None
    joint = next(
        (m for m in _WITH.finditer(ctx.text, verb.end(), sentence.end) if _is_particle(ctx, m)), None
    )
    if joint is None or _SENTENCE_VERB.search(ctx.text, verb.end(), joint.start()):
        return None
    if _names_people(ctx, sentence, joint.start()):
        return None  # "협약을 맺은 카자흐스탄 보건부 관계자와 주립병원장 등이": the people of one told before
    closing = _TOPIC_WORD.search(ctx.text, joint.end(), sentence.end)
    if closing is None or _SENTENCE_VERB.search(ctx.text, joint.end(), closing.end()):
        return None
    particle = closing.end() - 2
    return PhraseMatch(particle, closing.end(), ctx.text[particle : closing.end()], "between")


# the particle that closes the name a relative clause modifies, as its subject or topic:
# "… 협약을 맺은 몽골 보건부는", "… 계약을 체결한 아부다비 보건청도"
_MODIFIED_CLOSED = re.compile(r"(?:은|는|이|가|도)(?=\s)")
MODIFIED_NAME_CHARS = 30  # "… 맺은 카자흐스탄 알마티 시립병원은": how far the modified name may run


def _party_after_verb(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, marked: int
) -> PhraseMatch | None:
    """ "우리 정부와 협약을 맺은 쿠웨이트 보건부는 …": the body the relative clause of
    concluding modifies, a known name right after its verb closed by its subject or topic
    particle, is the other party of the one marked by "와/과" (ending at ``marked``) before the
    agreement, as "A와 B 간" names both, where one of the two is of another country. A marker
    labelled "between" stands at that particle; None where the verb is no relative one, no name
    it modifies follows it ("협약을 맺은 병원은": the side told before) or both are at home
    ("대구시와 협약을 맺은 한빛병원은": the clause only describes the subject)."""
    verb = _RELATIVE_VERB.match(ctx.text, noun.end, sentence.end)
    if verb is None:
        return None
    names = [*ctx.organizations(sentence), *ctx.places(sentence)]
    reach = min(sentence.end, verb.end() + MODIFIED_NAME_CHARS)
    modified = [n for n in names if n.start == verb.end() and n.end <= reach]
    if not modified or not any(_abroad(n) for n in names if n in modified or n.end == marked):
        return None
    ends = [n.end for n in modified]
    closing = _MODIFIED_CLOSED.match(ctx.text, max(ends))
    if closing is None:
        return None
    return PhraseMatch(closing.start(), closing.end(), closing.group(0), "between")


def _abroad(name: Organization | Place) -> bool:
    """Whether a known body or place is of a country other than Korea."""
    if isinstance(name, Place):
        return name.place.country is not None and not name.place.is_korean
    return name.country is not None and not name.is_korean


# people named by their body, the word glued to its name: "정부관계자", "병원 관계자들", "의료진"
_PEOPLE_END = re.compile(r"(?:관계자|직원|의료진)들?$")


def _names_people(ctx: DocumentContext, sentence: Sentence, end: int) -> bool:
    """Whether the word ending at ``end`` names people, not a body: a word of people or a
    person's title at its end ("정부관계자", "시립병원장")."""
    words = ctx.text[sentence.start : end].split()
    if not words:
        return False
    last = words[-1]
    titles = ctx.lexicon.matcher("partnerships", "person_titles")
    return _PEOPLE_END.search(last) is not None or any(t.end == len(last) for t in titles.finditer(last))


def _between(ctx: DocumentContext, start: int, end: int) -> re.Match[str] | None:
    """The first "간"/"사이" in ``start``-``end`` that closes a pair of parties (``_closes_pair``)."""
    return next(_betweens(ctx, start, end), None)


def _betweens(ctx: DocumentContext, start: int, end: int) -> Iterator[re.Match[str]]:
    """Each "간"/"사이" in ``start``-``end`` that closes a pair of parties: not the 간 of a
    duration ("3년간 협약"), a yearly or a private thing ("연간", "민간") or a period ("기간"),
    whose word has no party before it."""
    return (m for m in _BETWEEN.finditer(ctx.text, start, end) if _closes_pair(ctx, m))


def _closes_pair(ctx: DocumentContext, match: re.Match[str]) -> bool:
    """Whether the "간" of ``match`` is the word of "between" rather than the end of a word of its
    own: a duration counted before it, or a word of the lexicon's not_between_words."""
    if not match.group(0).lstrip().startswith("간"):
        return True  # "사이" is never part of another word here
    before = ctx.text[max(0, match.start() - 12) : match.start()]
    if _DURATION.search(before):
        return False
    words = before.split()
    glued = "" if match.group(0)[:1].isspace() or not words or before[-1:].isspace() else words[-1]
    own_words = ctx.lexicon.section("partnerships")["not_between_words"]
    return f"{glued}간" not in own_words


def _marker_before_verb(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch | None:
    """ "업무협약을 몽골 보건부와 체결했다": the counterpart named between the agreement and its verb;
    "협약은 A와 B 사이에 맺어졌다": both parties, a pair closed by "사이"/"간" as before an agreement."""
    verb = ctx.lexicon.matcher("partnerships", "concluded").search(ctx.text, noun.end, sentence.end)
    if verb is None:
        return None
    if ctx.lexicon.matcher("partnerships", "kinds").search(ctx.text, noun.end, verb.start):
        return None  # "A와 …협약을, B와 …협약을 각각 체결했다": the particle after it is the next one's
    marked = [m for m in _WITH.finditer(ctx.text, noun.end, verb.start) if _is_particle(ctx, m)]
    if not marked:
        return None
    between = _between(ctx, marked[-1].end(), verb.start)
    if between is not None:
        # "협약은 A와 B 사이에 맺어졌다": both parties told after the agreement, as "A와 B 간 협약"
        return PhraseMatch(between.start(), between.end(), between.group(0), "between")
    return PhraseMatch(marked[-1].start("particle"), marked[-1].end(), marked[-1].group(0), "with")


def _counted_agreements(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch | None:
    """ "행사장에서 2건의 업무협약(MOU) 체결", "계약과 업무협약은 17건이 이뤄졌다": agreements counted,
    each with a counterpart the text does not name, are a counted group of counterparts."""
    before = _COUNT_BEFORE.search(ctx.text, sentence.start, noun.start)
    after = _COUNT_AFTER.match(ctx.text, noun.end, sentence.end)
    found = before or after
    if found is None:
        return None
    return PhraseMatch(found.start("count"), found.end("count"), found["count"], "count")


def _dashed_pairs(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, clause_start: int
) -> PhraseMatch | None:
    """ "A병원 - B센터, C병원–D청 간 양해각서를": pairs of parties, each joined by a dash, listed
    with commas and closed by "간" before the agreement; a marker labelled "pairs" spans the
    list and its "간" (``listed_items`` parts it into its pairs, a pair into its sides). None
    unless every item is such a pair."""
    if "간" not in sentence.text or _PAIR_DASH.search(sentence.text) is None:
        return None  # a cheap test first: most sentences write no dash
    between = None
    for found in _betweens(ctx, clause_start, noun.start):
        if _PARTY_COUNT.fullmatch(ctx.text, found.end(), noun.start):
            between = found
    if between is None:
        return None
    first = _PAIR_DASH.search(ctx.text, clause_start, between.start())
    if first is None:
        return None
    openings = list(_PAIRS_OPENING.finditer(ctx.text, clause_start, first.start()))
    start = openings[-1].end() if openings else clause_start
    if not _dash_items(ctx, start, between.end()):
        return None
    return PhraseMatch(start, between.end(), ctx.text[start : between.end()], "pairs")


def _sides(ctx: DocumentContext, start: int, end: int) -> list[tuple[int, int]]:
    """The two sides of a pair the first dash in ``start``-``end`` joins."""
    dash = _PAIR_DASH.search(ctx.text, start, end)
    return [(start, dash.start()), (dash.end(), end)] if dash is not None else [(start, end)]


def _dash_items(ctx: DocumentContext, start: int, end: int) -> list[tuple[int, int]]:
    """The items of ``start``-``end`` parted by commas, where each is a pair a dash joins; the
    "간" that closes the list is no part of its last."""
    closing = _CLOSING_BETWEEN.search(ctx.text, start, end)
    end = closing.start() if closing is not None else end
    bounds, position = [], start
    for comma in re.finditer(r",\s*", ctx.text[start:end]):
        bounds.append((position, start + comma.start()))
        position = start + comma.end()
    bounds.append((position, end))
    joined = all(_PAIR_DASH.search(ctx.text, s, e) is not None for s, e in bounds)
    return bounds if joined else []


def _bound_group(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch | None:
    """ "협약을 맺고 있는 국내 9개 병원", "계약을 체결한 한국 병원 6곳": the verb of concluding
    written after the agreement modifies a counted group, which the agreement binds; the group is
    the counted side of an agreement in force, whoever the sentence tells it with. A marker
    labelled "count" spans it, so the group's count is read there."""
    verb = _BINDING_VERB.match(ctx.text, noun.end, sentence.end)
    if verb is None:
        return None
    group = _BOUND_GROUP.match(ctx.text, verb.end(), sentence.end)
    if group is None:
        return None
    return PhraseMatch(group.start(), group.end(), group.group(0), "count")


def counterpart_stretch(ctx: DocumentContext, sentence: Sentence, marker: PhraseMatch) -> tuple[int, int]:
    """Where the counterparts the marker introduces are named: the name glued to it and the
    names listed before it ("UAE보건부, 아부다비보건청, 두바이보건청과"), each word a known place or
    organisation, or a list item; for "A와 B 간", both A and B."""
    if marker.label in ("count", "subjects", "members", "after", "pairs"):
        return marker.start, marker.end
    named_end = _names_before_their_count(ctx, sentence, marker.start)
    if named_end == marker.start and _COUNT_GLUED.search(ctx.text, sentence.start, marker.start) is not None:
        # "의료기관 10개소, 유치업체 4개소와": groups listed, each counted after its noun, back to
        # the subject that concluded with them
        clause = _clause_start(ctx, sentence, marker.start)
        subjects = list(_TOPIC_WORD.finditer(ctx.text, clause, marker.start))
        return (subjects[-1].end() if subjects else clause), marker.start
    end = named_end
    side = _SIDE.search(ctx.text, sentence.start, end)
    if side is not None:
        end = side.start()  # "보건부 측과": the side of the name before it
    elif marker.label == "with":
        end = _body_of_its_head(ctx, sentence, end)
    examples = (
        _EXAMPLES_HEAD.search(ctx.text, sentence.start, end)
        or _ETC.search(ctx.text, sentence.start, end)
        or _examples_of_a_country(ctx, sentence, end)
    )
    if examples is not None:
        # "톰스크시, 보건사회부 등 여러 단체와", "알마티주, 신라인그룹 등과": the bodies listed
        end = examples.start()
    while end > sentence.start and ctx.text[end - 1].isspace():
        end -= 1
    first = _quoted_start(ctx, sentence, _phrase_start(ctx, sentence, end), end)
    if marker.label == "with":
        first = _chained_start(ctx, sentence, _joined_items_start(ctx, sentence, first, end))
    if marker.label == "between":
        joined = [
            m
            for m in _WITH.finditer(ctx.text, sentence.start, end)
            if _is_particle(ctx, m) and m.end() <= first
        ]
        if joined:
            other_side = _phrase_start(ctx, sentence, joined[-1].start())
            domestic = ctx.lexicon.matcher("partnerships", "domestic_words")
            if domestic.search(ctx.text, joined[-1].end(), end):
                return other_side, joined[-1].start()  # "아부다비 보건청과 국내 4개 의료기관 간"
            first = other_side
    return first, end


def _examples_of_a_country(ctx: DocumentContext, sentence: Sentence, end: int) -> re.Match[str] | None:
    """ "A부와 B청, C청 등 몽골 정부와": bodies listed, then 등 and the country they are of
    (or its government); the bodies are the counterparts, the country only says whose."""
    if "등" not in ctx.text[max(sentence.start, end - ETC_COUNTRY_CHARS) : end]:
        return None  # most stretches close no list with 등: no search
    closing = _ETC_COUNTRY.search(ctx.text, max(sentence.start, end - ETC_COUNTRY_CHARS), end)
    if closing is None:
        return None
    of_a_country = any(
        p.start == closing.start("name") and p.place.kind == PlaceKind.COUNTRY for p in ctx.places(sentence)
    )
    return closing if of_a_country else None


def _names_before_their_count(ctx: DocumentContext, sentence: Sentence, end: int) -> int:
    """ "A병원, B병원 두 곳과": names listed, then how many they are; the names are the
    counterparts, one each, so the stretch ends before the count. A count after a single noun
    ("현지 병원 두 곳과") or after groups counted each ("병원 10곳, 여행사 4곳과") is a counted
    group: the stretch stays."""
    tail = ctx.text[max(sentence.start, end - COUNTER_CHARS) : end]
    if "곳" not in tail and "개" not in tail:
        return end  # most stretches end on a name: no search
    closing = _COUNT_CLOSING.search(ctx.text, max(sentence.start, end - COUNT_CLOSING_CHARS), end)
    if closing is None:
        return end
    start = _phrase_start(ctx, sentence, closing.start())
    named = ctx.text[start : closing.start()]
    if _LIST_MARK.search(named) is None or _COUNTED_ITEM.search(named) is not None:
        return end
    items = _item_bounds(start, named)
    return closing.start() if all(_names_a_body(ctx, sentence, s, e) for s, e in items) else end


def _item_bounds(start: int, listed: str) -> list[tuple[int, int]]:
    """Where each item of ``listed`` (which starts at ``start``) stands, parted at its list marks."""
    bounds = [start, *(start + m.end() for m in _LIST_MARK.finditer(listed))]
    ends = [*(start + m.start() for m in _LIST_MARK.finditer(listed)), start + len(listed)]
    return [(s, e) for s, e in zip(bounds, ends, strict=True) if e > s]


def _chained_start(ctx: DocumentContext, sentence: Sentence, first: int) -> int:
    """ "A병원과 B병원과", "A부와 B청, C청 등 …과": counterparts chained each by its own
    "와"/"과" before the last; each link names a body, so the stretch runs back over it (and
    ``listed_items`` parts it there). A home body linked so is a co-signer, not a counterpart:
    the chain stops there."""
    while ctx.text[max(sentence.start, first - 2) : first] in _CHAIN_ENDS and (
        link := _CHAIN_LINK.search(ctx.text, max(sentence.start, first - CHAIN_LINK_CHARS), first)
    ):
        if ctx.text.startswith(_TOGETHER, first):
            return first  # "A병원과 함께 B주와": A goes with the subject, no counterpart
        start = _phrase_start(ctx, sentence, link.start())
        if (
            not _is_particle(ctx, link)
            or start >= link.start()
            or not _names_an_organisation(ctx, sentence, start, link.start())
            or _names_a_home_body(ctx, sentence, start, link.start())
        ):
            return first
        first = start
    return first


# a name in quotes that ends the stretch, its words any: "‘ABC TRADING JSC’"
_QUOTED_END = re.compile(r"[‘“'][^‘’“”']+[’”']$")


def _quoted_start(ctx: DocumentContext, sentence: Sentence, first: int, end: int) -> int:
    """ "몽골 건설사 ‘ABC TRADING JSC’와": a quoted name is one name, however many words it
    has and whether or not they are known, so the stretch starts no later than its opening quote."""
    if ctx.text[end - 1 : end] not in "’”'":
        return first  # most names are not quoted: no search
    quoted = _QUOTED_END.search(ctx.text, sentence.start, end)
    return min(first, quoted.start()) if quoted is not None else first


# a person's name after the title of the head of a body, with the word of address apart or glued
# to it: "회장 바트와", "대표 응우옌 씨와", "대표 응우옌씨와"
_HEAD_NAMED = re.compile(r"\s(?P<title>\S+)\s\S+?(?:\s?씨)?$")


def _body_of_its_head(ctx: DocumentContext, sentence: Sentence, end: int) -> int:
    """Where the counterpart's name ends when the marker follows a person its body's head
    ("몽골 건설사 ‘A’의 회장 바트와", "B사 대표 응우옌 씨와"): the head signs for the body, so the
    body, named right before the title (its genitive left out), is the counterpart; else ``end``."""
    head = _HEAD_NAMED.search(ctx.text, sentence.start, end)
    if head is None:
        return end
    titles = ctx.lexicon.matcher("partnerships", "person_titles")
    if not titles.spans(ctx.text, head.start("title"), head.end("title")):
        return end
    body_end = head.start()
    if ctx.text[body_end - 1 : body_end] == "의":
        body_end -= 1  # "‘A’의 회장": the genitive belongs to neither name
    return body_end if body_end > sentence.start else end


JOINED_NAME_WORDS = 3  # "한빛-UZ 공동연구센터": the words of an item's name after "및" at most


def _joined_items_start(ctx: DocumentContext, sentence: Sentence, first: int, end: int) -> int:
    """ "카자흐스탄 국립 심장 병원 및 알마티 메디컬 재단과": the items "및" joins before the name
    that ends at ``end`` (read from ``first``), each item's words plain or Latin, a few at most,
    whether or not the phrase knew them; each item before runs back as its phrase does
    (``_phrase_start``)."""
    if _AND.search(ctx.text, sentence.start, end) is None:
        return first  # most stretches join nothing: no word of the sentence is read for it
    while True:
        words = list(_WORD.finditer(ctx.text, sentence.start, end))
        joint = next(
            (
                index
                for index in range(len(words) - 2, max(0, len(words) - 2 - JOINED_NAME_WORDS), -1)
                if words[index].group(0) == "및"
            ),
            None,
        )
        if joint is None or not all(_PLAIN_NAME_WORD.fullmatch(w.group(0)) for w in words[joint + 1 :]):
            return first
        end = words[joint - 1].end()
        start = _phrase_start(ctx, sentence, end)
        if not _names_a_body(ctx, sentence, start, end):
            return first  # "환자 유치 및 의료진 교육과 관련한": what it is about, no item named
        first = min(first, start)


# the last letters of a name the text does not know as a city or a province ("코르사코프시")
_UNIT_ENDING = re.compile(r"[가-힣]+(?:시|주)$")


def _names_a_home_body(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """ "A진흥원과 B군과": a Korean body linked before the counterpart signs beside the subject."""
    return any(start <= o.start and o.end <= end and o.is_korean for o in ctx.organizations(sentence))


def _names_an_organisation(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether ``start``-``end`` names an organisation, not a place alone ("하바롭스크와
    블라디보스토크 보건국과": a city joined to the body after it shares that body's head): a known
    one within it, or a last word that ends as a body's name."""
    if any(start <= o.start and o.end <= end for o in ctx.organizations(sentence)):
        return True
    last = ctx.text[start:end].split()[-1] if ctx.text[start:end].strip() else ""
    words = ctx.lexicon.section("partnerships")
    return _BRACKET_END.sub("", last).endswith((*words["business_endings"], *words["heads_apart"]))


def _names_a_body(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the item ``start``-``end`` names a body or a place: a known one within it, or a
    last word written as a name (a kind of body or a firm's ending, a city's or province's)."""
    if any(start <= k.start and k.end <= end for k in (*ctx.places(sentence), *ctx.organizations(sentence))):
        return True
    last = ctx.text[start:end].split()[-1] if ctx.text[start:end].strip() else ""
    words = ctx.lexicon.section("partnerships")
    endings = (*words["business_endings"], *words["heads_apart"])
    return last.endswith(endings) or _UNIT_ENDING.fullmatch(last) is not None


def listed_pairs(ctx: DocumentContext, sentence: Sentence, start: int) -> list[tuple[str, str]]:
    """ "… 파트너십을 맺고 참가하는 설명회에는 A병원과 B투어, C병원과 D여행사가 참여한다": pairs of
    a known body, the particle, and a partner's name, one after another parted by commas; at least
    two of them."""
    pairs: list[tuple[str, str, int, int]] = []  # each pair's names and where it starts and ends
    for match in _WITH.finditer(ctx.text, start, sentence.end):
        body = next((o for o in ctx.organizations(sentence) if o.end == match.start()), None)
        partner = _PAIR_PARTNER.match(ctx.text, match.end(), sentence.end)
        if body is None or partner is None or not _is_particle(ctx, match):
            continue
        name = _partner_name(ctx, sentence, partner)
        if name is not None:
            pairs.append((body.name, name, body.start, partner.end("name")))
    listed: list[tuple[str, str, int, int]] = []
    for pair in pairs:
        if listed and not _PAIR_JOINT.fullmatch(ctx.text, listed[-1][3], pair[2]):
            if len(listed) > 1:
                break
            listed = []
        listed.append(pair)
    return [(a, b) for a, b, _, _ in listed] if len(listed) > 1 else []


def _partner_name(ctx: DocumentContext, sentence: Sentence, partner: re.Match[str]) -> str | None:
    """The partner's name in a listed pair: a known organisation, or a word ending as a firm's
    name, its particle or copula cut ("실크로드트래블이", "모두투어다")."""
    known = next((o for o in ctx.organizations(sentence) if o.start == partner.start("name")), None)
    if known is not None:
        return known.name
    firm = ctx.language.patterns.partnerships.unknown_name.fullmatch(partner["name"])
    return partner["name"] if firm is not None and firm["name"] == partner["name"] else None


def listed_items(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[int, int, DateMention | None]]:
    """The dated items of the list (``_dated_items``), or the whole stretch, each parted at its
    "및" ("5일에는 A시 및 B시, 6일에는 C시와": A and B on the 5th): the items a word of joining
    parts keep their day."""
    if pairs := _dash_items(ctx, start, end):
        # "A - B, C–D 간": each pair an item; a single pair's items are its two sides
        return [(s, e, None) for s, e in (pairs if len(pairs) > 1 else _sides(ctx, *pairs[0]))]
    items = _dated_items(ctx, sentence, start, end) or [(start, end, None)]
    if _BETWEEN.match(ctx.text, end) is None:  # "A와 B 간": one pair, no chain
        items = [
            (s, e, day)
            for item_start, item_end, day in items
            for s, e in _chain_parts(ctx, sentence, item_start, item_end)
        ]
    parted = [
        (s, e, day) for item_start, item_end, day in items for s, e in _parts(ctx, item_start, item_end)
    ]
    return parted if len(parted) > 1 else []


def _parts(ctx: DocumentContext, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``start``-``end`` that "및" parts, none empty."""
    joints = list(_AND.finditer(ctx.text, start, end))
    bounds = zip([start, *(j.end() for j in joints)], [*(j.start() for j in joints), end], strict=True)
    return [(s, e) for s, e in bounds if ctx.text[s:e].strip()]


def _chain_parts(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """ "A병원과 B병원": the stretch parted at each "와"/"과" that closes an organisation's name
    (``_chained_start`` read the chain); a place joined to the name after it stays with it."""
    if not any(link in ctx.text[start:end] for link in _CHAIN_ENDS):
        return [(start, end)]  # most stretches hold no chain: no search
    parts, item_start = [], start
    for link in _CHAIN_JOINT.finditer(ctx.text, start, end):
        if _is_particle(ctx, link) and _names_an_organisation(ctx, sentence, item_start, link.start()):
            parts.append((item_start, link.start()))
            item_start = link.end()
    parts.append((item_start, end))
    if len(parts) == 1:
        return parts
    # "A부와 B청, C청 등": the items after the link listed by commas are one each too
    parts = [(s + a, s + b) for s, e in parts for a, b in _item_bounds(0, ctx.text[s:e])]
    parts = [(s + len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip()), e) for s, e in parts]
    # "A병원과 함께 B주": a link followed by a companion's word chains nothing
    together = any(ctx.text.startswith(_TOGETHER, s) for s, _ in parts[1:])
    return [(start, end)] if together else parts


def _dated_items(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[int, int, DateMention | None]]:
    """ "5일에는 A시, 6일에는 B시와": the day leads its item, which runs to the next day; an item
    before the first day takes the last day told before the list ("지난 5일 A시, 6일에는 B시와")."""
    dates = [d for d in ctx.dates(sentence) if start <= d.start < end and d.last is None]
    leads: list[tuple[int, int, DateMention | None]] = [(d.start, d.end, d) for d in dates]
    if not leads and "일" in ctx.text[start:end]:
        # a page with no date of its own leaves its days unplaced: the day still leads its item
        leads = [(m.start(), m.end(), None) for m in _DAY_LEAD.finditer(ctx.text, start, end)]
    if not leads:
        return []
    before = [d for d in ctx.dates(sentence) if d.end <= start]
    bounds = [s for s, _, _ in leads[1:]] + [end]
    items: list[tuple[int, int, DateMention | None]] = [
        (lead_end, bound, d) for (_, lead_end, d), bound in zip(leads, bounds, strict=True)
    ]
    if ctx.text[start : leads[0][0]].strip(" ,"):
        items.insert(0, (start, leads[0][0], before[-1] if before else None))
    # each item ends at its last name: "돌린스크시, " is the name, then the list's comma
    items = [(s, s + len(ctx.text[s:e].rstrip(" ,")), d) for s, e, d in items]
    return items if len(items) > 1 else []


GENERAL_OPENING_CHARS = 16  # "세계 각국의 민간 ": how far before the counterparts their opening word stands
# a word of every or one's own country, then up to two plain words of the phrase (no particle
# closes them), right before the counterparts: "각국의 ", "자국의 민간 ", "세계 각국 "
_GENERAL_OPENING = re.compile(
    r"(?:^|\s)(?:각국|자국|각\s?나라|여러\s?나라|각\s?국가|여러\s?국가)(?:의)?\s"
    r"(?:[가-힣A-Za-z·]+(?<![은는을를의에도로고며한된던와과이가])\s){0,2}$"
)


def counterpart_in_general(ctx: DocumentContext, sentence: Sentence, start: int) -> bool:
    """Whether a word of every or one's own country opens the phrase of the counterparts named
    from ``start`` ("각국의 보건부·교육기관·병원 등과", "자국의 민간 보험사와의 계약에 따라"):
    kinds of body told of in general, no body named, so the agreement names no counterpart."""
    window = ctx.text[max(sentence.start, start - GENERAL_OPENING_CHARS) : start]
    if "국" not in window and "나라" not in window:
        return False  # nearly every counterpart: one substring test first
    return _GENERAL_OPENING.search(window) is not None


def intention_scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int]:
    ahead = _TO_BE_CONCLUDED.search(
        ctx.text, max(sentence.start, noun.start - TO_BE_CONCLUDED_CHARS), noun.start
    )
    if ahead is not None:
        return ahead.start(), noun.end  # "A와 B가 맺을 업무협약에는": one still to be concluded
    signing = _SIGNING_DECIDED.search(ctx.text, sentence.start, noun.start)
    if signing is not None:
        return signing.start(), noun.end  # "협약을 맺기로 합의했다": a decision to sign, a plan
    if _IN_FORCE_AFTER.match(ctx.text, noun.end):
        return noun.end, noun.end  # "X와의 MOU를 계기로 … 늘릴 계획이다": the plan is not the agreement
    modifier = _CONCLUDED_BEFORE.search(ctx.text, _clause_start(ctx, sentence, noun.start), noun.start)
    if (
        modifier is not None
        and not re.search(r"[,(]", ctx.text[modifier.end() : noun.start])
        # "A와 협약을 맺은 데 이어 B와도 협약을 맺을 계획": the verb ends a clause of its own,
        # about another agreement
        and ctx.lexicon.matcher("partnerships", "sequence_joints").search(
            ctx.text, modifier.end(), noun.start
        )
        is None
    ):
        return noun.end, noun.end  # concluded before it is named: what follows is about it
    verb = ctx.lexicon.matcher("partnerships", "concluded").search(ctx.text, noun.end, sentence.end)
    if verb is None:
        return noun.end, sentence.end
    joint = _TENSELESS_JOINT.match(ctx.text, verb.end)
    if joint is not None:
        joint_end = joint.end()
        if _only_decisions_after(ctx, joint_end, sentence.end) or not _future_after(
            ctx, joint_end, sentence.end
        ):
            # "맺고 … 협력하기로 했다", "체결, 추진하고 있다", "체결하고 … 논의했다": the sentence
            # ends in the past or the present, so the agreement was concluded
            return noun.end, joint_end
        return noun.end, sentence.end
    return noun.end, min(sentence.end, verb.end + VERB_TAIL_CHARS)


def _future_after(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether the clauses after a tenseless joint tell what is to come (…할 예정이다, 계획이다,
    …하겠다): their tense is then the agreement's too."""
    return _FUTURE.search(ctx.text, start, end) is not None


def _only_decisions_after(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether every word of intention after a tenseless joint is part of a decision told in the
    past ("협력하기로 했다"): the sentence's tense is then the past, and the agreement concluded."""
    decisions = [(m.start(), m.end()) for m in _DECIDED.finditer(ctx.text, start, end)]
    intentions = ctx.lexicon.matcher("partnerships", "intentions").finditer(ctx.text, start, end)
    return bool(decisions) and all(any(s <= i.start < e for s, e in decisions) for i in intentions)


def _clause_start(ctx: DocumentContext, sentence: Sentence, position: int) -> int:
    """Where the clause of ``position`` begins: after the last connective of a finished clause
    (…체결했으며, …했고) before it."""
    joints = list(
        re.finditer(r"(?:했으며|였으며|었으며|했고|였고|었고|했다)[,\s]", ctx.text[sentence.start : position])
    )
    return sentence.start + joints[-1].end() if joints else sentence.start


def _is_particle(ctx: DocumentContext, match: re.Match[str]) -> bool:
    """Whether "와"/"과" is the particle of the word before it rather than the end of the word
    itself ("효과", "외과", "결과"): the particle agrees with the sound it follows. "A와 관련해"
    (as to A) tells what something is about, no one worked with: no counterpart's particle."""
    if _ABOUT.match(ctx.text, match.end()):
        return False
    before = ctx.text[match.start() - 1] if match.start() else ""
    stems = _WORD.findall(ctx.text[max(0, match.start() - 20) : match.start()])
    if (
        not stems
        or stems[-1] + match.group(0).strip() in ctx.lexicon.section("partnerships")["not_with_words"]
    ):
        return False
    if not "\uac00" <= before <= "\ud7a3":
        return True  # after a bracket, a quote or a Latin name either form is written
    has_final = (ord(before) - HANGUL_BASE) % JONGSEONG_COUNT != 0
    return (match["particle"] == "과") == has_final


def _phrase_start(ctx: DocumentContext, sentence: Sentence, end: int) -> int:
    """The start of the name that ends at ``end`` with the names listed before it: a word before
    it belongs to the phrase when it is a known place or organisation ("사할린주정부
    체육청소년정치부", "아부다비의 보건청"), an item of the list ("연해주립병원, 조지덴탈병원",
    "병원 12곳, 여행사 4곳") or what joins its items (및)."""
    known = [(k.start, k.end) for k in (*ctx.places(sentence), *ctx.organizations(sentence))]
    foreign = [
        (p.start, p.end)
        for p in ctx.places(sentence)
        if p.place.kind in (PlaceKind.COUNTRY, PlaceKind.CITY) and not p.place.is_korean
    ]
    words = list(_WORD.finditer(ctx.text, sentence.start, end))
    if not words:
        return end
    start, item_before, latin_run = words[-1].start(), False, True
    for index in range(len(words) - 2, -1, -1):
        word = words[index]
        text = word.group(0)
        bare = text.rstrip(",").removesuffix("의")  # "아부다비의 보건청": the genitive belongs to the name
        bullet = len(bare) - len(bare.lstrip(_BULLETS))  # "△몽골 국립암센터 △…": an item opens
        begin = word.start() + bullet
        covered = any(s <= begin and word.start() + len(bare) <= e for s, e in known)
        item_starts = index > 0 and _is_item(words[index - 1].group(0))  # "12곳, 여행사 4곳"
        counted = index == len(words) - 2 and (  # "2개 회사와", "열한 곳과"
            _COUNTED.fullmatch(text) is not None or native_numeral(text) is not None
        )
        # "MSH 차이나와", "Grand Med 병원과": the Latin words right before the last, all of them
        latin = latin_run = latin_run and _LATIN_NAME.fullmatch(text) is not None
        # "페루와 콜롬비아 보건부와": a foreign place joined to the name after it shares its head
        sharing = text[-1] in "과와" and any(s == word.start() and e == word.end() - 1 for s, e in foreign)
        if not (
            text == "및"
            or item_before
            or _is_item(text)
            or covered
            or item_starts
            or counted
            or latin
            or sharing
            or bullet > 0
        ):
            break
        start, item_before = word.start(), text == "및"
        latin_run = latin_run or _is_item(text)  # "Binh Minh 병원, Song Hong 병원": each item's own
    before = [w for w in words if w.end() <= start]
    described = _described_start(ctx, before, start, words[-1].group(0), foreign)
    head = next((w for w in before if w.start() == described), None)
    if head is None:
        return described
    # "몽골 에르덴 병원, 카자흐스탄 메디온 클리닉과": a name read back to its country or kind runs
    # on from there as a phrase does, over the known names and the items listed before it
    return _phrase_start(ctx, sentence, head.end())


def _described_start(
    ctx: DocumentContext, before: list[re.Match[str]], start: int, name: str, foreign: list[tuple[int, int]]
) -> int:
    """ "몽골 에르뎀 메디컬 그룹과", "중국 최대 온라인 여행사 씨트립과": a name the text does not know,
    of words written apart, runs back to its country or to the noun of its kind before it (at
    most two words of its own between); the phrase then starts at that word, so the name is
    read as described. A person is no such name ("여행사 관계자들과")."""
    if before and _UNIT_WORD.fullmatch(name) and _PLAIN_NAME_WORD.fullmatch(before[-1].group(0)):
        return before[-1].start()  # "헨티 주와": the unit of government and its name before it
    words = ctx.lexicon.section("partnerships")
    if _BRACKET_END.sub("", name) in (*words["business_endings"], *words["heads_apart"]):
        # "현지 사란 병원과", "하늘샘 메디칼(원장 …)과": a kind of body alone names no one; its
        # name is the plain words before it (a word glossed in brackets among them, two at most),
        # and the plain word before those describes it. A word that only describes ("현지 병원과")
        # is no name: none is read
        plain = list(
            takewhile(
                lambda w: _PLAIN_NAME_WORD.fullmatch(_BRACKET_END.sub("", w.group(0))) is not None,
                reversed(before[-3:]),
            )
        )
        describing = words["describing_words"]
        names = list(takewhile(lambda w: w.group(0) not in describing, plain[:-1]))
        if names:
            return plain[len(names)].start()
        owner = before[-2] if len(plain) == 1 and len(before) > 1 else None
        if owner is not None and plain[0].group(0) not in describing and _of_a_foreign_place(owner, foreign):
            return owner.start()  # "타슈켄트의 알마 병원과": one word of a name, its city's before it
        return start
    if name.endswith("들") or ctx.lexicon.matcher("partnerships", "person_titles").search(name):
        return start
    heads = words["firm_descriptors"]
    for count, word in enumerate(reversed(before[-3:])):
        text = word.group(0)
        if text in heads or any(s == word.start() and e >= word.end() - 1 for s, e in foreign):
            return word.start() if count or text in heads else start
        if count == 2 or not _PLAIN_NAME_WORD.fullmatch(text):
            return start
    return start


def _of_a_foreign_place(word: re.Match[str], foreign: list[tuple[int, int]]) -> bool:
    """ "타슈켄트의": a foreign country or city with the genitive, the owner of the name after it."""
    return word.group(0).endswith("의") and (word.start(), word.end() - 1) in foreign


def _is_item(word: str) -> bool:
    """A word that ends an item of a list: "조지덴탈병원,", not a date ("5일,") nor a verb that
    ends a clause ("방문해,", "참석하고,")."""
    return word.endswith(",") and not re.search(r"\d\s?(?:일|월|년),$|(?:해|고|며|서|여|다),$", word)


def signed_at(ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch, place: Place) -> bool:
    """ "비슈케크 현지에서 양해각서를 교환했다", "서울 본원에서 … 협약식을 가졌다": a place the
    locative follows, before the agreement's verb, is where it was signed; not a place inside
    an organisation's name (알마티시 보건국과), nor a people (몽골인)."""
    if place.place.kind == PlaceKind.DEMONYM or place.end > agreement.end:
        return False
    if any(o.start <= place.start and place.end <= o.end for o in ctx.organizations(sentence)):
        return False
    return held_at(ctx, sentence, place)


def signing_stands_alone(ctx: DocumentContext, sentence: Sentence, where: Place) -> bool:
    """ "현대병원은 31일 카자흐스탄 현지에서 알마티주와 양해각서를 체결했다": Korean news tells an
    agreement a Korean body signs abroad as a step of its trip, and the signing as an occasion of
    its own only with its ceremony (협약식을 가졌다, 체결식); one signed in Korea (…호텔에서,
    서울에서) is one when its ceremony or guests are told (signing_told_as_occasion)."""
    if where.place.is_korean:
        return True
    types = ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end)
    return any(t.label == EventType.SIGNING.value for t in types)


def signed_in_building(ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch) -> bool:
    """ "부산시청 국제의전실에서 … 협약을 체결했다", "서울대병원 대한의원에서 업무협약을 맺었다": a
    building the locative follows, before the agreement's verb, is where it was signed."""
    venue = ctx.language.patterns.events.venue
    return any(m.end() <= agreement.end for m in venue.finditer(ctx.text, sentence.start, agreement.end))


def signing_told_as_occasion(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "시청에서 … 협약식을 가졌다", "양 기관 관계자가 참석한 가운데 협약을 체결했다": a signing
    told with its ceremony or with people attending it is an occasion; "6일 본원에서 업무협약을
    체결했다" tells the agreement only, and its signing is an event only when a later sentence
    tells the ceremony (이날 협약식에는 … 참석했다)."""
    types = ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end)
    if any(t.label == EventType.SIGNING.value for t in types):
        return True
    return ctx.lexicon.matcher("events", "occasion_cues").contains(sentence.text)


FOUNDING_REACH = 16  # how far after a body its verb of founding stands ("협회(회장 …)를 창립했다")


def founding_verb(ctx: DocumentContext, sentence: Sentence, body: PhraseMatch) -> PhraseMatch | None:
    """The verb of founding right after the body (``_founded_after``), or written before the
    body's name as the modifier of it (``_founded_before``)."""
    return _founded_after(ctx, sentence, body) or _founded_before(ctx, sentence, body)


def _founded_after(ctx: DocumentContext, sentence: Sentence, body: PhraseMatch) -> PhraseMatch | None:
    """The verb of founding right after the body, no other agreement between them, that tells
    the body founded (not founding something else) and is no time it dates."""
    founding = ctx.lexicon.matcher("partnerships", "founding_verbs")
    verb = founding.search(ctx.text, body.end, min(sentence.end, body.end + FOUNDING_REACH))
    if verb is None or ctx.lexicon.matcher("partnerships", "kinds").search(ctx.text, body.end, verb.start):
        return None
    if _SUBJECT_OF_VERB.match(ctx.text, body.end, verb.start) and not _founded_itself(ctx, verb):
        return None  # "한빛의료관광협회가 설립한 안내센터": the body founded something else
    if _TIME_OF_FOUNDING.match(ctx.text, verb.end):
        return None  # "협회 설립 당시 환자는 …": the founding dates what the sentence tells
    return verb


# a word of time after the noun of founding: "설립 당시", "출범 이후", "창립 10주년" (when, or the
# time since, the body was founded: the sentence tells something else)
_TIME_OF_FOUNDING = re.compile(r"\s?(?:당시|이후|이래|후|뒤|\d+\s?주년|주년)(?![가-힣])")


# the subject particle after a body's name (its bracket or closing quote first): "협의회가 ",
# "협회(회장 …)는 ", "‘…포럼’이 "
_SUBJECT_OF_VERB = re.compile(r"(?:\([^)]*\))?[’'\"”]?(?:이|가|은|는)\s")
# the passive of a verb of founding: "결성됐다", "구성된", "설립돼"
_PASSIVE = re.compile(r"되|됐|돼|된")


def _founded_itself(ctx: DocumentContext, verb: PhraseMatch) -> bool:
    """Whether a verb of founding whose subject is the body tells the body founded: a verb that
    tells a body's own start (출범했다, 발족했다) or one in the passive (결성됐다); a verb that founds
    something else (설립했다, 구성한) makes the body the founder."""
    own_start = ctx.lexicon.matcher("partnerships", "self_founding_verbs").match(
        ctx.text, verb.start, verb.end
    )
    return own_start is not None or _PASSIVE.match(ctx.text, verb.end) is not None


# the ending of a verb of founding that makes it the modifier of the name right after it, a quote
# opening the name and a word of it between: "출범한 ", "결성된 ‘", "발족했던 한빛권 "
_MODIFIER_ENDING = re.compile(r"(?:한|된|했던|됐던|시킨)\s[‘'\"“]?(?:[^\s‘'\"“’”]+\s)?")
_NAME_OPENINGS = (" ", "‘", "'", '"', "“")  # what a name the text does not know starts after
FOUNDED_BEFORE_CHARS = 16  # "창립했던 ‘한빛광역권 ": how far before the name its verb of founding starts


def _founded_before(ctx: DocumentContext, sentence: Sentence, body: PhraseMatch) -> PhraseMatch | None:
    """ "지난해 공식 출범한 한빛국제의료협의회는", "새로 결성된 ‘한빛의료관광포럼’": the verb of
    founding written as the modifier right before the body's name (the name a known one that
    ends in the body's noun, or the word that does; a word of the name the reader of names
    leaves out between, "출범한 ‘한빛권 의료관광협의회’"), the body the one founded: a home one,
    since of a body abroad the modifier says what it is."""
    name = next((o for o in ctx.organizations(sentence) if o.start <= body.start and body.end <= o.end), None)
    if name is not None and name.country not in (None, KOREA):
        return None  # "…을 목적으로 설립된 일본 A협회와": what a body abroad is, no founding told
    if name is not None:
        name_start = name.start
    else:  # the word that holds the noun, from its space or opening quote on
        before = ctx.text[sentence.start : body.start]
        name_start = sentence.start + 1 + max(before.rfind(mark) for mark in _NAME_OPENINGS)
    founding = ctx.lexicon.matcher("partnerships", "founding_verbs")
    window = max(sentence.start, name_start - FOUNDED_BEFORE_CHARS)
    for verb in founding.finditer(ctx.text, window, name_start):
        if _MODIFIER_ENDING.fullmatch(ctx.text, verb.end, name_start):
            return verb
    return None


# what binds the words of an agreement's subject to its noun: "…을 위한", "…에 관한", "…에 대한",
# "…관련" (a quote opening its title between)
_SCOPE_BINDER = re.compile(r"(?:을|를)\s위한|에\s(?:관한|대한|관해|따른)|\s관련")
# where the words of an agreement's subject cannot reach back past: a comma, a quote or a bracket
# opening, a word closed by a topic or subject particle, or a genitive ("국가 차원의 첫 환자유치"),
# or the relative verb of the pair that concluded it ("A와 B가 체결한 의료교육을 위한 협약")
_SCOPE_STOP = re.compile(r"[,'‘\"“(]|\S(?:은|는|이|가|의|에서|에게)\s|\S+\)\s|(?:체결|서명|교환|조인)한\s")
# a particle glued to the name or day the words of an agreement's subject start after
_GLUED_PARTICLE = re.compile(r"(?:에서|에게|에는|에|은|는|이|가|의|과|와|로|으로)\s")
# a word of a compound that tells its subject before the noun: letters only, no particle at its end
_SCOPE_WORD = re.compile(r"[가-힣A-Za-z·]+(?<![은는을를의에도로고며한된던와과이가])")
# words that say how an agreement is made, not what it covers ("업무 협약", "상호 협력 협약")
_SCOPE_FILLERS = frozenset({"업무", "상호", "공동", "양해", "협력", "교류", "이번", "첫", "전략적", "포괄적"})
# a word of when or of distribution, before what an agreement covers: "지난 5일", "오는 3월", "각각",
# "현재" (in force now), "최근" (lately)
_SCOPE_LEAD = re.compile(r"지난|오는|이날|최근|각각|각기|현재|이미|기존|\d+(?:일|월|년)(?:\([^)]*\))?")
SCOPE_WORDS = 4  # "외국인 환자 유치 협약": the words of a compound subject at most


def agreement_scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int] | None:
    """What the agreement covers, told before its noun, after its counterpart: a purpose or a
    topic bound to it ("의료관광 활성화를 위한 업무협약", "보건 분야 협력에 관한 협약"), else the
    nouns compounded with it ("환자 송출 계약", "첫 환자유치 협약"); the words that only say how
    or when it is made ("업무", "상호", "각각", "지난 5일") are none. None where nothing is told so."""
    start = _scope_start(ctx, sentence, noun)
    end = noun.start
    while end > start and ctx.text[end - 1] in " '‘\"“":
        end -= 1  # "…를 위한 '업무협약'": the quote that opens its title
    binders = list(_SCOPE_BINDER.finditer(ctx.text, start, end))
    binder = binders[-1] if binders else None
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    if binder is not None and binder.end() == end:
        words = list(re.finditer(r"\S+", ctx.text[start : binder.start()]))
    elif len(words) > SCOPE_WORDS or not all(_SCOPE_WORD.fullmatch(w.group(0)) for w in words):
        return None  # a figure, a particle or a verb's ending among them: no compound of nouns
    else:
        while words and words[-1].group(0) in _SCOPE_FILLERS:
            words.pop()
        while words and words[0].group(0) in _SCOPE_FILLERS:
            words.pop(0)
    while words and _SCOPE_LEAD.fullmatch(words[0].group(0)):
        words.pop(0)
    return (start + words[0].start(), start + words[-1].end()) if words else None


def _scope_start(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> int:
    """Where the words of what an agreement covers may begin: after its counterpart's marker
    (or the clause's start), a date, and the last mark or particle that closes a word before."""
    start = _clause_start(ctx, sentence, noun.start)
    marker = _particle_marker(ctx, sentence, noun)
    if marker.end <= noun.start and marker.label != "subjects":
        # "A와 B는 8일 환자 의뢰에 관한 MOU를": the empty marker of joined subjects stands at the
        # noun; the names and the particle that closes them bound the words instead
        start = max(start, marker.end)
    for date in ctx.dates(sentence):
        if start <= date.start and date.end <= noun.start:
            start = date.end
    names = (*ctx.places(sentence), *ctx.organizations(sentence))
    for name in names:
        if start <= name.start and name.end <= noun.start:
            start = name.end  # "몽골 보건부 간 협약": a name is no subject
    if (glued := _GLUED_PARTICLE.match(ctx.text, start, noun.start)) is not None:
        start = glued.end()  # "서울에서 업무협약", "5일에 협약": the particle of the name or day
    for stop in _SCOPE_STOP.finditer(ctx.text, start, noun.start):
        start = stop.end()
    return start


PAIR_CONCLUDED_CHARS = 60  # "A와 B가 지난 2014년 맺은 " before the agreement


def named_in_force(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "한빛병원과 몽골 국립암센터가 맺은 업무협약이 올해로 10년을 맞았다": an agreement named with
    the pair that concluded it, as the subjects of the verb right before it (each a name the
    text knows, ending at its particle), is one in force, told here, not one told before."""
    start = max(sentence.start, noun.start - PAIR_CONCLUDED_CHARS)
    match = _PAIR_CONCLUDED.search(ctx.text, start, noun.start)
    if match is None:
        return False
    ends = {n.end for n in (*ctx.organizations(sentence), *ctx.places(sentence))}
    return match.start("with") in ends and match.start("subject") in ends
