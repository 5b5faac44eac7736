"""Korean events: what an event is called and where it was held, read in Korean word order.

A Korean event's name is the compound its noun ends (부산의료관광설명회, 인천의료관광 설명회,
몽골 의료관광 홍보박람회): the words right before the noun that carry no particle belong to it,
a quoted title (‘2023 몽골 한국 의료관광대전’) first. Where it was held is the place a locative
follows (울란바토르에서, 알마티 현지에서), not the place before the noun that names its organiser.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import KOREAN_PLACE_KINDS, Place
from extractors.text.sentences import Sentence
from models import EventType

# event nouns that say what happened but name nothing of their own: "방문해", "행사를 열었다"
UNNAMED_NOUNS = ("방문", "방한", "행사", "수상", "표창", "포상", "시상", "개최")
# a word ending in one of these is a phrase of its own (몽골의, 현지에서, 이번, 열린), not part of a name
_PARTICLE_END = re.compile(
    r"(?:[은는이가을를에의와과도만로고며서한된인던될할해여]|까지|부터|열린|치른|펼친|벌인|보낸|꾸린|^연)$"
)
# words before an event noun that point back to an event told before
DEMONSTRATIVES = frozenset({"이번", "금번", "본", "동", "이날", "해당", "이", "그", "같은", "당일"})
# 이날 and 당일 point to the day told before, not to its event: 이날 체결식 may be a ceremony of its own
_THAT_DAY = frozenset({"이날", "당일"})
# so the noun after them still names its occasion (이날 협약식에는 … 참석했다: the signing ceremony)
_POINTING_BACK = DEMONSTRATIVES - _THAT_DAY
_NOT_NAME_WORDS = {
    *DEMONSTRATIVES,
    "올해",
    "지난해",
    "내년",
    "오는",
    "지난",
    "첫",
    "현지",
    "해외",
    "국내",
    "각종",
    "함께",
    "또한",
    "또",
    "특히",
    "각각",
    "공동으로",
    "가운데",  # 관계자들이 참석한 가운데 설명회를 열었다: the clause of who was there ends on it
    "찾아",  # 울란바토르를 찾아 설명회를 열었다: a verb joining the visit, not a word of the name
    "동안",  # 머무는 동안 병원 견학을: the time of a clause before the name
}
_DAY_WORD = re.compile(
    r"\d+(?:일|월|년)?"
)  # 8일, 2019: a date or a bare number before the name, not part of it
# a stretch of days before the name, not part of it: 나흘간 팸투어, 한 달간 연수, 3일간 박람회
_DURATION_WORD = re.compile(
    r"(?:\d+(?:일|주|개월|년)|\d+박\d+일|하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|양일|달|한달)간"
)
_NAME_WORD = re.compile(r"[\w·\-]+")
# a room or hall word glued to an event noun makes it a place: 콘퍼런스룸, 세미나실, 행사장 (but
# 실시 is a verb, and 표창장 the award's certificate)
_BUILDING_AFTER = re.compile(r"룸|홀|실(?!시)|장")
# a body or a place named after the kind of occasion it serves: the word the event noun is glued
# into ends with a building, a park or an office (컨벤션호텔에서, 엑스포과학공원, 협력포럼사무국은),
# or with 원 right after the noun (보건연수원: the institute); the word, not an occasion held
_BODY_AFTER = re.compile(
    r"(?:[가-힣]{0,4}?(?:호텔|센터|공원|광장|타워|빌딩|플라자|사무국|사무소|위원회|조직위)|원)장?"
    r"(?=[은는이가을를의과와도에으로까만]|[^가-힣]|$)"
)
_AWARD_NOUNS = ("표창", "수상")
# an institution a party calls at: 간호아카데미를 찾아, 연수원을 시찰하고 (a place, not a course held)
_VISITED = re.compile(r"[을를]\s(?:방문|찾아|찾았|시찰|견학)")
# a person glued after an event noun: 연수생 (trainee), 봉사단원 (a mission's member), 수상자
_PEOPLE_AFTER = re.compile(
    r"생(?!활|산|명)|단?원(?=\s|[은는이가을를의과와도]|들)|자(?=\s|[은는이가을를의과와도]|들)"
)
# people a training noun qualifies: 연수 중인 의사들, 연수 의사, 연수간호사 (who they are, not a
# training held; 연수 중에 is a time within one)
_TRAINEES_AFTER = re.compile(
    r"\s?(?:중인|중이던|중이었던|의사|간호사|전공의|의료진|의료인)(?![가-힣]*(?:연수|교육))"
)
# 단 (party) glued after an event noun names the party sent: 의료봉사 + 단, 이화해외의료봉사단
_PARTY = "단"
# the place an English title names after its "in" (Medical Korea in Vietnam)
_IN_PLACE = re.compile(r"\s[A-Z][A-Za-z]+")
# an edition's year right after the name belongs to it: 메디컬코리아 2024가, 보건의료 콘퍼런스 2011
_EDITION = re.compile(r"\s(?:19|20)\d\d(?![\d년.,])")
# the particle that makes a name the subject: 은/는/이/가, after an abbreviation in brackets
_SUBJECT = re.compile(r"(?:\s?\([^)]*\))?(?:은|는|이|가)\s")
# the mark of a host written right after its name, with no particle (인천시 주최로, 관광공사
# 주관으로, 복지부 주최 아래, 두 기관 공동 주최하에): the host of the event, whoever the subject is
_HOST_MARK = re.compile(r"\s(?:공동\s?)?(?:주최|주관)(?:로|으로|하에|\s아래|,|·|\s(?!측))")
_JOINED_CLAUSE = re.compile(r"\S*(?:하고|하며|했고|했으며)\s")
_COORDINATED = re.compile(r"(?:\s?\([^)]*\))?(?:와|과|,|및)\s?")
_PLACE_SUFFIX = re.compile(r"(?:광역시|특별시|특별자치도|특별자치시|시|구|군|도)(?![가-힣]{2})")
# the mark a press release opens its paragraphs and items with (□ …, ○ …, - …), before the words
# a sentence opens on
_BULLET = r"(?:[□■○●◇◆▶▷※\-]\s?)?"
# a sentence opening on "동 사업을", "이번 방문에서" (not "이번 달", a time): about what was told before
_OPENS_ON_DEMONSTRATIVE = re.compile(
    _BULLET
    + r"(?:(?:한편|또한|또|아울러|특히)\s?,?\s)?(?:동|이번|해당|이들)\s(?!(?:달|주|해|년|월|기회)(?:[은는을를에의도]|\s))[\w·]+?"
    r"(?:은|는|을|를|에서는|에서|에는|에|의|과|와|으로|로)\s"
)
# a sentence about the occasion itself, told before: opening on the event as its topic (행사는 …,
# 이날 행사에는 …), on the occasion as where its guests were (이 자리에는 …) or on its length (팸투어
# 기간 동안 …, 방문 기간 중에는 …), or placing its people at its venue (행사장에는 …); its length
# may open the sentence bare (팸 투어 기간 방문단은 …), but 같은 기간 (the same days) tells another
# happening at that time
_OPENS_ON_THE_OCCASION = re.compile(
    _BULLET
    + r"(?:(?:한편|또한|또|아울러|특히)\s?,?\s)?(?:(?:이날\s)?행사(?:는|에는|에서는)\s|이\s?자리(?:에는|에서는|에선|엔)\s"
    r"|[\w·]+\s?기간\s?(?:동안|중)(?:에는|에)?\s"
    r"|(?:[\w·]+\s)?[\w·]+(?<!같은)(?<!\b동)\s?기간\s)"
)
_AT_THE_VENUE = re.compile(r"행사장(?:에는|에서는)\s")
# the nouns of a party that travels for an occasion (시장개척단, 방문단, 팸투어단): one list for the
# sentence that opens on such a party and for the name a trip takes from it
_PARTY_NOUNS = r"(?:방문단|대표단|사절단|홍보단|시찰단|개척단|방한단|초청단|참가단|연수단|체험단|투어단)"
# the nouns of a party that name no trip: a mission's (의료봉사단, 진료단), which its event noun
# names already, and 협력단, which also ends a body's name (한국국제협력단)
_PARTIES_NAMING_NO_TRIP = r"(?:봉사단|진료단|협력단)"
# a sentence opening on a party as its topic (방문단은 …, 팸투어단은 …, 이날 외교사절단은 …, 한편
# 카자흐스탄 방문단은 …, 이번 대표단에는 …): the party of an occasion told before, and what it does
# there is a part of that occasion (a word at most before it: "대전시 의료관광 홍보단은" introduces one);
# so does a party that names no trip (봉사단은 …, ``_PARTIES_NAMING_NO_TRIP``), unlike in ``_PARTY_NAME``
_OPENS_ON_THE_PARTY = re.compile(
    r"(?:(?:한편|또한|또|아울러|이날|이번|이어)\s?,?\s)?(?:[\w·\-]+\s)?[\w·\-]*"
    rf"(?:{_PARTY_NOUNS}|{_PARTIES_NAMING_NO_TRIP})"
    r"(?:은|는|에는|이|가)\s"
)
# the party a trip is made by, named by its noun where the trip has no name of its own: the word
# ending in a party noun, its particle or bracket after it left out (경남 의료 시장개척단(…)이 →
# 시장개척단, 그 사절단에는 → 사절단); not a party that names no trip (``_PARTIES_NAMING_NO_TRIP``),
# which ``_OPENS_ON_THE_PARTY`` reads
_PARTY_NAME = re.compile(
    rf"(?<![\w·\-])[\w·\-]*?{_PARTY_NOUNS}"
    r"(?=\(|[,\s]|(?:은|는|이|가|에는|에|을|를|의|과|와|으로|로|도)(?:[\s,.]|$))"
)
# a sentence opening on an activity as the place of what it tells (또한 진료상담회에서는 …,
# 비즈니스 미팅에는 …): a part of the occasion told before, its noun a few words in at most
_LEAD_WORDS = re.compile(r"(?:(?:한편|또한|또|아울러|특히|이어|이어서)\s?,?\s)?(?:[\w·\-]+\s){0,2}[\w·\-]*")
_LOCATIVE_TOPIC = re.compile(r"(?:\([^)]*\))?(?:에서는|에는)\s")
MAX_COMPOUND_WORDS = 5  # words between two event nouns of one name
_JOINING_WORDS = {"및", "등", "겸", "또는", "그리고"}  # words that list events, not compound them
MAX_TITLE_WORDS = 12  # a quoted title is short; a longer quotation is someone's words
MAX_NAME_WORDS = 3  # words before the noun that may belong to the name
# after the place: its 시/주, up to three words of a building (소피텔 호텔, 아스타나의 리츠칼튼 호텔), then the locative
# (the words between carry no particle: in 부산시는 카자흐스탄 알마티에서, 부산 is the subject)
_LOCATIVE = re.compile(
    r"(?:시|주|현지|도심|시내|일대|소재)?(?:의(?=\s))?(?:\s?[\w·]*[\w·](?<![은는이가을를와과의])){0,3}?\s?(?:\([^)]*\))?"
    r"(?:에서|[을를] (?:방문|찾|시찰|견학|둘러|돌아)|에 도착|(?:박람회|전시회|엑스포|페어|로드쇼|포럼|컨퍼런스|콘퍼런스|컨벤션|학술대회|심포지엄)에\s)"
)
# a place listed before others that share one locative: "9일 항저우, 10일 선전에서",
# "알마티와 아스타나에서", "9월 8일 비슈케크와 9월 10일 오시에서" (each item may carry its own day, and
# after its day the country of its city: "5일 러시아 카잔, 8일에 튀르키예 이스탄불에서")
_SHARED_LOCATIVE = re.compile(
    r"(?:\s?(?:,|·|와|과|및)\s?(?:(?:\d{1,2}\s?월\s?)?\d{1,2}\s?일(?:에는|에)?\s(?:[^\s,.]+\s)?)?[^\s,.]+?){1,3}에서"
)
# the place a party is sent or goes to: 타슈켄트에 의료관광 대표단을 파견했다, 몽골로 의료진을 보냈다,
# 알마티로 출국했다 (a few words between: the party and its object particle)
_SENT_TO = re.compile(
    r"(?:시|주)?(?:에|으로|로)\s(?:[^\s.,]+\s){0,4}?[^\s.,]*?(?:파견|보냈|보내|급파|출국|떠났|향했)"
)


def event_name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """A quoted title with an event noun in it or right after it (‘…대전’, ‘…大賞’ 시상식), else
    the compound the first naming event noun ends; None where a demonstrative points back to an
    event told before (이번 행사는, 동 시상식에서는)."""
    types = ctx.lexicon.matcher("events", "types")
    every = list(types.finditer(ctx.text, sentence.start, sentence.end))
    if every and _demonstrative_before(ctx.text, sentence.start, every[0].start, _POINTING_BACK):
        return None
    # a room named after an event (국제회의실, 세미나실) names no event
    # nor does a noun only talked about (방문해 의료진 연수 등을 협의했다: a visit, not a training)
    nouns = [
        n
        for n in every
        if n.text not in UNNAMED_NOUNS
        and not names_a_building(ctx, n)
        and not _talked_about(ctx, sentence, n)
    ]
    titles = []
    for quoted in ctx.language.patterns.events.quoted.finditer(ctx.text, sentence.start, sentence.end):
        title = quoted.group(1).strip()
        if not _title_like(title) or _THEME.match(ctx.text, quoted.end(), sentence.end):
            continue
        if _titles_an_agreement(ctx, quoted.end(), sentence.end):
            continue  # '간호사 연수 교류' 양해각서: the agreement's title, whatever occasion it was signed on
        # ‘…심포지엄’ or ‘2016 전남 의료·웰니스 관광’심포지엄: the noun right after the title heads it
        after = next(
            (n for n in nouns if 0 <= n.start - quoted.end() <= 2 and not types.contains(title)), None
        )
        if after is not None:
            return f"{title} {after.text}"
        generic = _generic_noun_after(ctx, quoted.end(), sentence.end)
        if generic is not None and not types.contains(title) and _held(ctx, generic.end, sentence.end):
            return title  # ‘부산 웰니스 위크’ 행사를 열었다: the title names the occasion
        if types.contains(title) or (
            _held(ctx, quoted.end(), sentence.end) and not _FACILITY_END.search(title)
        ):
            return title
        titles.append((quoted.end(), title))
    # the noun that heads its compound names it: 메디컬코리아 아카데미 is an academy; one the
    # event comes with (개소식과 함께 … 홍보회를 개최했다) names another occurrence, one in
    # brackets (의료서비스(건강검진, 미용성형 등)) what is described
    heading = [
        n
        for n in nouns
        if heads_its_compound(ctx, sentence, n)
        and not _ALONGSIDE.match(ctx.text, n.end, sentence.end)
        and not _in_brackets(ctx.text, sentence.start, n.start)
    ]
    # an item of a list closed by 등 (혈액 검사와 상담, 강연 등 의료봉사를 펼쳤다) is a
    # part of the occasion the noun after 등 names
    heading = [n for n in heading if not any(_item_of(ctx.text, n, m) for m in heading)]
    # the object of the verb that tells it happened is the event told (… 축제를 연계한 의료관광
    # 홍보회를 개최했다)
    verbs = ctx.lexicon.matcher("events", "occurrence_verbs")
    objects = [
        n
        for n in heading
        if (marked := _OBJECT.match(ctx.text, n.end, sentence.end)) is not None
        and any(v.start == marked.end() for v in verbs.finditer(ctx.text, marked.end(), marked.end() + 4))
    ]
    objects = [_fair_of_stand(ctx, sentence, heading, noun) for noun in objects]
    for noun in _with_coordinated(ctx, sentence, heading, objects) or heading or nouns:
        start = _compound_start(ctx.text, sentence.start, noun)
        if _demonstrative_before(ctx.text, sentence.start, start, _POINTING_BACK):
            return None
        end = noun.end + (1 if ctx.text.startswith(_PARTY, noun.end) else 0)
        if noun.text.lower().endswith(" in") and (country := _IN_PLACE.match(ctx.text, end, sentence.end)):
            end = country.end()  # "Medical Korea in Vietnam": the place the noun names belongs to it
        edition = _EDITION.match(ctx.text, end, sentence.end)
        name = ctx.text[start : edition.end() if edition else end]
        # ‘2021 의료해외진출 유공’ 정부 포상 시상식: the title right before the compound is its own
        told = [title for title_end, title in titles if 0 <= start - title_end <= 2]
        return f"{told[-1]} {name}" if told else name
    return None


# the rest of a list after one of its items, closed by 등 and a space: "과 진료, 특강 등 "
_REST_OF_A_LIST = re.compile(r"[^.]{0,30}?\s등\s")


def _item_of(text: str, item: PhraseMatch, head: PhraseMatch) -> bool:
    """Whether ``item`` is listed before 등 and ``head`` names what the list is part of."""
    rest = _REST_OF_A_LIST.match(text, item.end, head.start)
    return rest is not None and rest.end() == head.start


def kind_name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "경남 의료 시장개척단이 … 상공회의소를 찾아": a trip with no name of its own is
    told by the party that makes it, the short distinctive part annotation.md asks of an undated
    event; the record takes it only where no mention of the occurrence has a name."""
    if "단" not in sentence.text:
        return None  # the cheap test first: most sentences name no party
    party = _PARTY_NAME.search(ctx.text, sentence.start, sentence.end)
    return party.group(0) if party is not None else None


def _titles_an_agreement(ctx: DocumentContext, title_end: int, sentence_end: int) -> bool:
    """Whether an agreement's noun (의향서, 양해각서, 협약) follows the quoted title right after its
    closing mark, a space at most between: the title is what the agreement covers, not an
    occasion's name, though a word of one stands in it ('간호사 연수 교류' 양해각서 names no training)."""
    start = title_end + 1 if ctx.text[title_end : title_end + 1] == " " else title_end
    return ctx.lexicon.matcher("partnerships", "kinds").match(ctx.text, start, sentence_end) is not None


# a stand set up at an occasion (홍보부스, 홍보관, 공동관): told as placed at a fair named right before
# it (박람회에 홍보부스를 마련했다, 엑스포에서 한국관을 운영했다), it is a part of that occasion
_STANDS = frozenset({"홍보부스", "홍보 부스", "홍보관", "공동관"})
_PLACED_AT = re.compile(r"(?:\s?\([^)]*\))?(?:에|에서)\s")


def _fair_of_stand(
    ctx: DocumentContext, sentence: Sentence, heading: list[PhraseMatch], noun: PhraseMatch
) -> PhraseMatch:
    """The fair a stand is placed at names the occasion ("모스크바 의료박람회에 홍보부스를 열었다"
    is the fair, attended with a stand), else the noun itself."""
    if noun.text not in _STANDS:
        return noun
    start = _compound_start(ctx.text, sentence.start, noun)
    return next(
        (n for n in heading if n.text not in _STANDS and _PLACED_AT.fullmatch(ctx.text, n.end, start)), noun
    )


# a quoted theme or slogan, not the event's name: '다시 찾은 행복'을 주제로 설명회를 열고, '…'라는
# 주제로, '…'를 슬로건으로 (the event is the noun the theme is given to)
_THEME = re.compile(r"\s?(?:을|를|이란|라는|란|의)?\s?(?:주제|테마|슬로건|캐치프레이즈|모토)")
# the noun listed right before another, sharing its particle and verb: 홍보설명회와 의료상담을 진행했다
_COORDINATING = re.compile(r"(?:\([^)]*\))?(?:와|과|,)\s?")


def _with_coordinated(
    ctx: DocumentContext, sentence: Sentence, heading: list[PhraseMatch], objects: list[PhraseMatch]
) -> list[PhraseMatch]:
    """The objects of the verb, each after the noun coordinated before it: in "한국의료홍보회와
    비즈니스 미팅을 개최한다" both were held, and the first one listed names the occasion."""
    found: list[PhraseMatch] = []
    for noun in objects:
        start = _compound_start(ctx.text, sentence.start, noun)
        listed = [n for n in heading if n.end <= start and _COORDINATING.fullmatch(ctx.text, n.end, start)]
        found += [*listed, noun]
    return found


# a quoted title the verb after it says was held or attended, its days and place between at most:
# '아랍헬스 2019'에 참가했다, '헬로 베트남'을 개최했다, 'K-메디컬 위크'가 8일 열렸다 (not one run or
# pursued: '글로벌 헬스케어' 사업을 진행했다 names a programme)
_TITLE_HELD = re.compile(
    r"\s?(?:을|를|이|가|은|는|에|에는)\s(?:[^\s.,]+\s){0,6}?"
    r"(?:개최|열렸|열린|열어|열었|열고|연다|열리|참가|참석|참여)"
)


def _held(ctx: DocumentContext, title_end: int, sentence_end: int) -> bool:
    """Whether the verb after the quoted title says it was held or attended; a relative verb
    right before another quoted title describes that one ('H+하노이'가 코엑스에서 열린 '메디컬 코리아
    2025'에 참가했다: the fair was held, the clinic took part)."""
    held = _TITLE_HELD.match(ctx.text, title_end, sentence_end)
    return held is not None and _BEFORE_TITLE.match(ctx.text, held.end(), sentence_end) is None


# the ending of a relative verb of holding (열린, 열리는, 개최된, 참가한), then the quotation mark of
# the title it describes
_BEFORE_TITLE = re.compile(r"(?:는|된|되는|한|하는)?\s?[“\"‘'「『]")


# a title of a place opened, not of an occasion: '광주 의료관광 안내센터'를 열고, '부산 메디컬 라운지'
_FACILITY_END = re.compile(
    r"(?:센터|사무소|사무실|병원|의원|클리닉|지사|지점|라운지|창구|데스크|플랫폼|앱|누리집|홈페이지)$"
)


# a title of a bill, a body or an era, not of an occasion: ‘… 지원 조례안’, ‘… 개정안’, ‘…사업단’,
# ‘…추진단’, ‘K-의료 시대’ (an era "opens" in Korean as an occasion does: 시대가 열렸다)
_NOT_OCCASION_END = re.compile(r"(?:조례안|조례|법안|개정안|시행령|사업단|추진단|시대)$")


def titled_events(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """ "'아랍헬스 2019'에 참가했다", "'2019 메디컬 대구 위크'를 열었다": a quoted title
    with no event noun in it or right after it, said to be held or attended, is an event; the
    titles Korean bodies attend or stage abroad are fairs and promotions most of all."""
    types = ctx.lexicon.matcher("events", "types")
    found = []
    for quoted in ctx.language.patterns.events.quoted.finditer(ctx.text, sentence.start, sentence.end):
        title = quoted.group(1).strip()
        if not _title_like(title) or types.contains(title) or _FACILITY_END.search(title):
            continue
        if _NOT_OCCASION_END.search(title):
            continue  # ‘… 지원 조례안’을 다룰 본회의가 열린다, ‘…추진단’이 마련한 강좌: a bill, a body, an era
        if _THEME.match(ctx.text, quoted.end(), sentence.end):
            continue  # '…'을 주제로: the theme of an occasion, not its title
        if _purpose_of_a_noun(ctx, quoted.end(), sentence.end):
            continue  # '…'를 위한 간담회: what the occasion is for; the noun after names it
        generic = _generic_noun_after(ctx, quoted.end(), sentence.end)
        if generic is None and types.search(ctx.text, quoted.end(), min(sentence.end, quoted.end() + 3)):
            continue  # ‘…’ 시상식: the noun after it names the event
        if _held(ctx, generic.end if generic else quoted.end(), sentence.end):
            found.append(PhraseMatch(quoted.start(1), quoted.end(1), title, _title_kind(ctx, title)))
    return found


def _title_kind(ctx: DocumentContext, title: str) -> str:
    """ "“남구 의료관광 실무협의회”를 개최했다": a title ending in a word of a meeting names a
    meeting of the trade, a conference; "‘…병원의 날’ 행사를 열었다": a title ending in 날 names
    a day a body keeps (its patients' day, its own day), an occasion of no trade kind, as is a
    title ending in a launching ceremony (‘…협의회 발대식’, ‘…선포식’); any other
    is a fair's or a promotion's."""
    if title.endswith(tuple(ctx.lexicon.section("events")["meeting_title_ends"])):
        return EventType.CONFERENCE.value
    if _DAY_KEPT.search(title) or title.endswith(tuple(ctx.lexicon.section("events")["ceremony_title_ends"])):
        return EventType.OTHER.value
    return EventType.PROMOTION.value


_DAY_KEPT = re.compile(r"[가-힣]의\s?날$")  # ‘환자의 날’, ‘한림의 날’: the day of someone or something


def _purpose_of_a_noun(ctx: DocumentContext, title_end: int, sentence_end: int) -> bool:
    """ "‘외국인 환자 유치 확대’를 위한 간담회를 열었다": a quoted aim told as what an event noun
    right after is for; the occasion is the noun's, its kind the noun's, not a fair's title."""
    purpose = _PURPOSE.match(ctx.text, title_end, sentence_end)
    if purpose is None:
        return False
    noun = ctx.lexicon.matcher("events", "types").search(
        ctx.text, purpose.end(), min(sentence_end, purpose.end() + PURPOSE_NOUN_REACH_CHARS)
    )
    return noun is not None


# the particle and the adnominal verb of purpose between an aim and the occasion it is for
_PURPOSE = re.compile(r"(?:을|를)\s?위한\s?")
PURPOSE_NOUN_REACH_CHARS = 8  # ‘…’를 위한 간담회, ‘…’를 위한 의료관광 설명회: a word or two before the noun


TITLE_NOUN_GAP_CHARS = 2  # ‘…’ 행사, ‘…’행사: a space at most between the title and its noun


def _generic_noun_after(ctx: DocumentContext, title_end: int, sentence_end: int) -> PhraseMatch | None:
    """The generic occasion noun right after a quoted title (‘…’ 행사를 열었다): it names no kind
    of its own, so the title is the occasion's name, and what is said of the noun (held, opened)
    is said of the title."""
    types = ctx.lexicon.matcher("events", "types")
    gloss = _GLOSS.match(ctx.text, title_end, sentence_end)
    if gloss is not None:
        title_end = gloss.end()  # ‘…’(English Name, ABC) 행사: the title glossed, then its noun
    noun = types.search(ctx.text, title_end, min(sentence_end, title_end + TITLE_NOUN_GAP_CHARS + 2))
    if noun is None or noun.text != _GENERIC_NOUN or noun.start - title_end > TITLE_NOUN_GAP_CHARS:
        return None
    return noun


_GLOSS = re.compile(r"\s?\([^()]{1,80}\)")  # a bracketed gloss of a title: its English name, its acronym


_GENERIC_NOUN = "행사"  # an occasion of no stated kind


def _in_brackets(text: str, floor: int, position: int) -> bool:
    before = text[floor:position]
    return before.count("(") > before.count(")")


# a day of an itinerary as the sentence's topic, a few words in at most: "29일에는 …", "사절단은
# 지난 29일과 30일에는 …", "행사 첫날인 10일에는", "이튿날에는", "마지막 날엔" (not 오는 20일엔, a
# coming day: the next stop of a series)
_DAY_TOPIC = re.compile(
    r"(?:(?!오는\s)[^\s.]+\s){0,3}?(?:지난\s)?"
    r"(?:(?:(?:행사\s)?(?:첫날|둘째\s?날|셋째\s?날|마지막\s?날|이튿날|다음\s?날)인\s?)?"
    r"\d{1,2}일?\s?(?:\([^)]*\))?(?:\s?(?:과|와|,|~|∼|-)\s?\d{1,2}일)?"
    r"|(?:행사\s)?(?:첫날|둘째\s?날|셋째\s?날|마지막\s?날|이튿날|다음\s?날))(?:에는|엔)\s"
)


def points_back(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """이번 행사는, 동 시상식에서, 이 행사는: a demonstrative before the event noun (or before the
    compound it ends) names the event told before; so does a sentence that opens on one (한편, 동
    사업을 위해 …; 이번 방문에서 …), whatever event nouns follow, and one whose topic is a day of
    an itinerary (29일에는 …, 행사 첫날인 10일에는 …, 이튿날에는 …): what was done on one day of
    an occurrence told before."""
    start = _compound_start(ctx.text, sentence.start, noun)
    if _DAY_TOPIC.match(ctx.text, sentence.start, sentence.end) is not None:
        return True
    if (
        _OPENS_ON_THE_OCCASION.match(ctx.text, sentence.start, sentence.end) is not None
        or _OPENS_ON_THE_PARTY.match(ctx.text, sentence.start, sentence.end) is not None
        or _AT_THE_VENUE.search(ctx.text, sentence.start, sentence.end) is not None
        or (
            _LOCATIVE_TOPIC.match(ctx.text, noun.end, sentence.end) is not None
            and _LEAD_WORDS.fullmatch(ctx.text, sentence.start, noun.start) is not None
        )
    ):
        return True
    return _OPENS_ON_DEMONSTRATIVE.match(ctx.text, sentence.start, sentence.end) is not None or any(
        _demonstrative_before(ctx.text, sentence.start, position, _POINTING_BACK)
        for position in (noun.start, start)
    )


# an earlier time a clause opens on: 지난 3월, 지난해, 지난달, 작년 (the occasion told is
# older than the one the sentence is about)
_EARLIER_TIME = re.compile(r"(?:지난\s?(?:해|달|\d{1,2}\s?월)|작년)(?=[에\s])")


def earlier_occasion(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "이번 팸투어는 지난 3월 시가 현지에서 설명회를 연 뒤 마련됐다": a sentence that opens on
    the occasion told before and then turns to an earlier time may tell, from that time on, an
    occasion of its own; the clause starts at the earlier time."""
    if (
        _OPENS_ON_DEMONSTRATIVE.match(ctx.text, sentence.start, sentence.end) is None
        and _OPENS_ON_THE_OCCASION.match(ctx.text, sentence.start, sentence.end) is None
    ):
        return None
    earlier = _EARLIER_TIME.search(ctx.text, sentence.start, sentence.end)
    return earlier.start() if earlier is not None else None


# the present progressive a photo's caption is told in (의료진이 주민을 진료하고 있다.)
_PROGRESSIVE_END = re.compile(r"고\s?있(?:다|습니다)\.?$")
# the photo's credit right after its caption, on the caption's line: [사진=한빛병원], (사진=시 제공),
# 청람시 제공, 한빛구청 사진 제공
_PHOTO_CREDIT = re.compile(
    r"[ \t]*(?:[\[(]\s?사진\s?=|/?\s?사진\s?제공|(?:[^\s.\[\]()]{1,20}\s){1,2}제공(?=[ \t]*(?:\n|$)))"
)
CREDIT_REACH_CHARS = 40  # a credit of a body's name or two, then the line's end
# a line that says it is a photo: "(사진) …", "한빛재단 사진제공 - …"
_PHOTO_LINE = re.compile(r"^\(사진\)\s|사진\s?제공\s?-\s")


def photo_caption(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "한빛병원 의료진이 다르항에서 주민을 진료하고 있다. 한빛병원 제공", "(사진) 한빛 팸투어.jpg":
    a caption in the progressive with the photo's credit right after it, or a line that says
    it is a photo, shows one moment of an occasion; its progressive tells no habit."""
    text = sentence.text.rstrip()
    if "사진" not in text and "있" not in text[-8:]:
        return False  # the cheap test first: most sentences are neither
    if _PHOTO_LINE.search(text):
        return True
    if _PROGRESSIVE_END.search(text) is None:
        return False
    reach = min(len(ctx.text), sentence.end + CREDIT_REACH_CHARS)
    return _PHOTO_CREDIT.match(ctx.text, sentence.end, reach) is not None


# a clause closed by a joining verb ending (열고, 개최하였고, 획득했으며), then one that opens on a
# month of its own (11월, 지난 9월, 10월에도, 오는 5월)
_CLAUSE_OF_ITS_OWN_TIME = re.compile(r"(?<=[가-힣][고며])\s?,?\s(?=(?:지난\s?|오는\s)?\d{1,2}\s?월)")
_NOT_A_VERB_ENDING = ("그리고", "그러며")  # conjunctions that join the items of a list, not clauses


def clauses_of_their_own_time(ctx: DocumentContext, sentence: Sentence) -> list[int]:
    """ "서구는 지난해 4월 우즈베키스탄에서 설명회를 열고 6월 현지 여행사를 초청해 …", "지난 9월에는 …
    설명회를 개최하였고, 10월에도 … 설명회를 개최했다": where a clause closed by a joining verb
    ending is followed by one that opens on a time of its own, each may tell an occasion of its
    own; the starts of the later clauses."""
    if "월" not in sentence.text:
        return []  # the cheap test first: most sentences name no month
    starts = []
    for boundary in _CLAUSE_OF_ITS_OWN_TIME.finditer(ctx.text, sentence.start, sentence.end):
        word = ctx.text[sentence.start : boundary.start()].rsplit(maxsplit=1)[-1]
        if word not in _NOT_A_VERB_ENDING:
            starts.append(boundary.end())
    return starts


# the locative particles that make an occasion where something happened (…설명회에서, ‘…포럼’에서는,
# …행사에는), a closing quote of its title allowed before them
_AT_THE_OCCASION = re.compile(r"[’'”\"]?\s?(?:에서는|에서|에는)(?=\s)")


def told_at_the_occasion(ctx: DocumentContext, sentence: Sentence, name: str) -> bool:
    """ "자카르타 호텔에서 열린 의료관광 설명회에서 실장은 …라고 설명했다", "첫째 날 1부 세션
    ‘…포럼’에서는 …을 공유했다": the occasion's noun (the last word of its name, a title's quote
    closing after it) followed by a locative particle tells what went on at it."""
    noun = name.split()[-1] if name.split() else ""
    at = ctx.text.rfind(noun, sentence.start, sentence.end) if noun else -1
    return at >= 0 and _AT_THE_OCCASION.match(ctx.text, at + len(noun), sentence.end) is not None


def _demonstrative_before(
    text: str, floor: int, position: int, demonstratives: frozenset[str] = DEMONSTRATIVES
) -> bool:
    """Whether a demonstrative stands right before ``position``: 이번 행사는, 동 시상식에서는."""
    before = re.search(r"(\S+)\s$", text[max(floor, position - 12) : position])
    return before is not None and before.group(1) in demonstratives


def _title_like(text: str) -> bool:
    """A title, not a quoted saying: short, and not ending in a verb (…방문했다, …놀랐다)."""
    return len(text.split()) <= MAX_TITLE_WORDS and re.search(r"[다요죠며]$", text) is None


def _compound_start(text: str, floor: int, noun: PhraseMatch) -> int:
    """Where the name ending in ``noun`` starts: the word the noun is glued into and up to three
    particle-free words before it."""
    start = noun.start
    while start > floor and _NAME_WORD.fullmatch(text[start - 1]):
        start -= 1
    words = 0
    while words < MAX_NAME_WORDS and start > floor:
        previous = re.search(r"([\w·\-]+) $", text[max(floor, start - 30) : start])
        if previous is None:
            break
        word = previous.group(1)
        if (
            word in _NOT_NAME_WORDS
            or _PARTICLE_END.search(word)
            or _DAY_WORD.fullmatch(word)
            or _DURATION_WORD.fullmatch(word)
        ):
            break
        start -= len(word) + 1
        words += 1
    return start


# a host marked by 에서 before its verb (강남구에서 주관한 설명회, 관광공사에서 주최하는 박람회):
# the body that ran the event, not the place where it was held
_HOSTED_BY = re.compile(r"\s?(?:공동\s?)?(?:주최|주관)(?:한|하는|했|하고|하며|하여|해|할|하였|\s)")

# a place right before the noun of a visit, no particle between (차관의 인천 방문은, 의료진의
# 광주방문 기간): where the visit went, whatever other places the sentence holds events in
_VISIT_OF_THE_PLACE = re.compile(r"(?:시|도)?\s?방문(?:은|는|을|를|의|이|가|에서|에|\s기간|\s중|\s일정)")


def held_at(ctx: DocumentContext, sentence: Sentence, place: Place, *, visit: bool = False) -> bool:
    """Whether a locative follows the place: 울란바토르에서, 알마티 현지에서, 사할린주를 방문 (찾아,
    시찰, 견학, 둘러봤다), 모스크바
    국제의료박람회에 (the fair named by its city), or the place a party was sent to (타슈켄트에 …
    대표단을 파견했다); for a ``visit``, also the place before its noun (인천 방문은)."""
    if names_the_host(ctx, sentence, place):
        return False
    return (
        _LOCATIVE.match(ctx.text, place.end, sentence.end) is not None
        or _SENT_TO.match(ctx.text, place.end, sentence.end) is not None
        or _SHARED_LOCATIVE.match(ctx.text, place.end, sentence.end) is not None
        or (visit and _VISIT_OF_THE_PLACE.match(ctx.text, place.end, sentence.end) is not None)
    )


def names_the_host(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """ "강남구에서 주관한 설명회", "관광공사에서 주최하는 박람회": 에서 before a host's verb marks
    the body that ran the event (a place, or a body named after one), not where it was held."""
    locative = _LOCATIVE.match(ctx.text, place.end, sentence.end)
    return locative is not None and _HOSTED_BY.match(ctx.text, locative.end(), sentence.end) is not None


# a medical or academic body as the object of a visit: 한빛병원을 방문해, 병원을 찾아, 의료원
# 등을 다시 방문한다 (the body's word, then its object particle and the verb)
_VISITED_BODY = re.compile(
    r"([\w·]*(?:병원|의료원|의원|보건소|대학교|대학))(?:\s?등)?(?:을|를)\s(?:직접\s|다시\s|잇따라\s|차례로\s)?"
    r"(?:방문|찾)"
)
# words that place a body abroad: 현지 병원, 해외 의료원
_ABROAD_WORDS = re.compile(r"현지|해외|국외")
# a trip named by the country it goes to (방중, 방미): what it visits lies there
_TRIP_ABROAD = re.compile(r"(?<!지)방(?:중|미)(?:을|를|\s|\b)")
# a foreign place as where something was held: 알마티에서, 타슈켄트시 현지에서, 몽골에 도착해
_HELD_THERE = re.compile(r"(?:시|주)?(?:\s?현지)?(?:\s?\([^)]*\))?(?:에서|에\s도착)")


def visits_a_home_body(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "카자흐스탄 ○○주의 보건 대표단이 병원을 방문해", "몽골 의료진이 한빛병원 등을 찾아": a
    party visits a body that no foreign place nor 현지 qualifies, and the sentence holds nothing
    at a foreign place (알마티에서): the visit is in Korea, the places named are the party's home."""
    places = ctx.places(sentence)
    if any(not p.place.is_korean and _HELD_THERE.match(ctx.text, p.end, sentence.end) for p in places):
        return False
    if _TRIP_ABROAD.search(ctx.text, sentence.start, sentence.end):
        return False  # 방미 일정 중 … 병원을 방문해: a hospital visited on a trip abroad
    for visited in _VISITED_BODY.finditer(ctx.text, sentence.start, sentence.end):
        start = _compound_start(
            ctx.text, sentence.start, PhraseMatch(visited.start(1), visited.end(1), "", None)
        )
        foreign = any(not p.place.is_korean and start <= p.start < visited.end(1) for p in places) or any(
            o.country is not None and not o.is_korean and o.start < visited.end(1) and start < o.end
            for o in ctx.organizations(sentence)
        )
        if not foreign and _ABROAD_WORDS.search(ctx.text, start, visited.end(1)) is None:
            return True
    return False


POPULATION_WINDOW_CHARS = 60  # the people a verb tells of stand a few words before it
POPULATION_GAP_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[,;:()]")


# a verb of visiting in its relative form (방한한, 방문한, 찾은, 다녀간) before the people it
# describes: "7월 입국한 해외 관광객은 54만명", "호남권을 찾은 외국인 환자는 1,864명"
_RELATIVE_VISIT = re.compile(r"\S*(?:방한한|방문한|찾은|다녀간|방한하는|방문하는|찾는)\s")
VISITORS_AFTER_CHARS = 16  # a word or two of origin between the verb and the people


def population_subject(ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
    """Whether a patient noun stands a few words before the verb, in its clause: the verb comes
    last in Korean, so the people it tells of ("외국인 환자 … 방문") precede it; or the verb, in its
    relative form, describes people counted after it ("방한한 해외 관광객은 86만명")."""
    relative = _RELATIVE_VISIT.match(ctx.text, verb, sentence.end)
    if relative is not None:
        reach = min(sentence.end, relative.end() + VISITORS_AFTER_CHARS)
        for key in (("patients", "heads"), ("events", "visitor_nouns")):
            if ctx.lexicon.matcher(*key).search(ctx.text, relative.end(), reach) is not None:
                return True
    start = max(sentence.start, verb - POPULATION_WINDOW_CHARS)
    return any(
        len(between.split()) <= POPULATION_GAP_WORDS and not _CLAUSE_BREAK.search(between)
        for between in (
            ctx.text[p.end : verb]
            for p in ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, start, verb)
        )
    )


def names_a_building(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether a room word glued to the event noun makes it the place where something was held
    (콘퍼런스룸과 오디토리움에서, 행사장을 방문했다), not an event; so does a word of its people
    (연수생 are trainees, 봉사단원 members of a mission: the people, not the occurrence), and so
    does a word of a body or building named after such occasions (컨벤션호텔에서, 포럼사무국은,
    교육연수원: where or who, not what took place)."""
    if _PEOPLE_AFTER.match(ctx.text, noun.end) or _BODY_AFTER.match(ctx.text, noun.end):
        return True
    if EventType(noun.label) == EventType.TRAINING and _TRAINEES_AFTER.match(ctx.text, noun.end):
        return True  # 연수 중인 의사들, 연수 의사: the people in training, not an occasion
    if EventType(noun.label) == EventType.TRAINING and _VISITED.match(ctx.text, noun.end):
        return True  # 간호아카데미를 찾아: the academy is a place the party called at
    room = _BUILDING_AFTER.match(ctx.text, noun.end)
    # 단장 is a party's leader (봉사단장, 대표단장), not a hall
    return (
        room is not None
        and noun.text not in _AWARD_NOUNS
        and not (noun.text.endswith("단") and room[0] == "장")
    )


# a verb in its relative form before the noun it describes (진행한 설명회, 개최한 박람회), not one
# joining a clause of time (가진 뒤, 연 후)
_RELATIVE = re.compile(r"\S*?(?:한|진|친|연|운)\s(?!뒤|후|다음|이후|가운데)")


def organizers_of(ctx: DocumentContext, sentence: Sentence, verb: int) -> list[str]:
    """The subjects of the verb, marked so (대구시와 대구관광재단은, 보건복지부가 주최하고
    한국관광공사가 주관하며), named as written with their 시/구/도 (강남구, not 강남); else
    the nearest organisation or Korean place before the verb. A foreign body among the subjects
    holds the event jointly with the Korean ones (대구시와 우즈베키스탄 보건부는 … 공동 개최했다,
    복지부와 몽골 보건부가 공동 주최했다) and is one of its hosts; alone, it names none."""
    # a joined clause names the next host: 시가 주최하고 의료관광협회가 주관하며
    joined = _JOINED_CLAUSE.match(ctx.text, verb, sentence.end)
    agents = _agents(ctx, sentence, verb, with_foreign=True)
    foreign = {o.start for o in ctx.organizations(sentence) if o.country is not None and not o.is_korean}
    if _RELATIVE.match(ctx.text, verb, sentence.end):
        # "청주의료원은 충북도가 진행한 설명회에 참여했다": the relative verb's own subject is the
        # one marked 이/가 after the sentence's topic, not the topic
        korean = [a for a in agents if a[0] not in foreign]
        topics = [
            a[1] for a in korean if (m := _SUBJECT.match(ctx.text, a[1])) and m[0].rstrip()[-1] in "은는"
        ]
        if topics and any(a[0] > topics[-1] and _SUBJECT.match(ctx.text, a[1]) for a in korean):
            agents = [a for a in agents if a[0] > topics[-1]]
    if joined is not None:
        agents += [a for a in _agents(ctx, sentence, sentence.end) if a[0] == joined.end()]
    # "대전시는 관광공사 주최로 열린 박람회에 참가했다": the host marked so, not the subject, ran it
    hosted = any(_HOST_MARK.match(ctx.text, end) for _, end, _ in agents)
    marker = _HOST_MARK if hosted else _SUBJECT
    subjects: list[tuple[int, str]] = []  # where each starts, and its name
    bodies = {o.start for o in ctx.organizations(sentence)}
    for index, (start, end, name) in enumerate(agents):
        after = marker.match(ctx.text, end)
        if after is None:
            continue
        first = _body_of_the_unit(ctx.text, agents, index, bodies)
        if first < index:
            start, name = agents[first][0], ctx.text[agents[first][0] : end]
        subjects.append((start, name))
        # the names coordinated before it share its particle: 대구시와 대구관광재단은
        for previous in reversed(agents[:first]):
            if _COORDINATED.fullmatch(ctx.text, previous[1], start) is None:
                break
            subjects.insert(len(subjects) - 1, (previous[0], previous[2]))
            start = previous[0]
    if any(at not in foreign for at, _ in subjects):
        return list(dict.fromkeys(name for _, name in subjects))
    actor = ctx.actor(sentence, verb) or _body_of_the_party_told_before(ctx, sentence, verb)
    return [actor] if actor is not None else []


# a party as the subject, named by its noun alone: 홍보단은, 대표단이, 이번 방문단은
_PARTY_SUBJECT = re.compile(
    r"(?<![\uac00-\ud7a3])(홍보단|대표단|방문단|사절단|시찰단|봉사단|진료단)(?:은|는|이|가)\s"
)
PARTY_LOOKBACK_SENTENCES = 3  # the party was named with its body a few sentences before
PARTY_LEAD_WORDS = 2  # 인천시 의료관광 홍보단: a word of field between the body and the party


def _body_of_the_party_told_before(ctx: DocumentContext, sentence: Sentence, verb: int) -> str | None:
    """ "인천시 의료관광 홍보단이 … 찾는다. 홍보단은 28일 타슈켄트에서 설명회를 연다": a party
    named by its noun alone as the subject is the one told a few sentences before with the body
    that sent it, and that body holds what the party holds."""
    party = _PARTY_SUBJECT.search(ctx.text, sentence.start, verb)
    if party is None:
        return None
    first = max(0, sentence.index - PARTY_LOOKBACK_SENTENCES)
    for previous in reversed(ctx.sentences[first : sentence.index]):
        at = ctx.text.find(party[1], previous.start, previous.end)
        if at < 0:
            continue
        bodies = [a for a in _agents(ctx, previous, at) if _names_the_party(ctx.text[a[1] : at])]
        if bodies:
            return bodies[-1][2]
    return None


def _names_the_party(between: str) -> bool:
    """Whether the words between a body and a party's noun keep them one phrase: a word or two of
    field or particle (인천시 의료관광 홍보단, 시는 홍보단을), no punctuation."""
    return len(between.split()) <= PARTY_LEAD_WORDS and not _CLAUSE_BREAK.search(between)


def _body_of_the_unit(text: str, agents: list[tuple[int, int, str]], index: int, bodies: set[int]) -> int:
    """ "한울병원 국제진료센터는": a unit named right after its body, one space apart, is that body's
    unit and is named with it; the index of the agent its name starts at (``index`` itself when
    no body stands right before it)."""
    if index and agents[index - 1][0] in bodies and text[agents[index - 1][1] : agents[index][0]] == " ":
        return index - 1
    return index


def _agents(
    ctx: DocumentContext, sentence: Sentence, verb: int, with_foreign: bool = False
) -> list[tuple[int, int, str]]:
    """Korean organisations and Korean places (with the 시/구/도 written after them) before the
    verb; foreign organisations too ``with_foreign``, for a subject that joins them to a Korean one."""
    organizations = [
        o
        for o in ctx.organizations(sentence)
        if o.end <= verb and (with_foreign or o.country is None or o.is_korean)
    ]
    found = [(o.start, o.end, o.name) for o in organizations]
    for place in ctx.places(sentence):
        korean = place.place.kind in KOREAN_PLACE_KINDS
        if not korean or place.end > verb or any(o.start <= place.start < o.end for o in organizations):
            continue
        suffix = _PLACE_SUFFIX.match(ctx.text, place.end)
        end = suffix.end() if suffix else place.end
        found.append((place.start, end, ctx.text[place.start : end]))
    return sorted(found)


# the rest of a quoted title after an event noun in it, then its closing mark and the next noun
_TITLE_CLOSED = re.compile(r"[^‘’“”'\"「」《》,.()·:]{0,20}[’”'\"」》]\s?")


def heads_its_compound(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Korean ends a compound with its head: in ‘2012 메디컬코리아 우수기관大賞’ 시상식 or
    메디컬코리아 우수기관대상 시상식, the ceremony is the event and 메디컬코리아 names it. An event
    noun with another one after it in the same run of particle-free words (a quoted title and the
    noun right after it included) is a part of that name."""
    if (
        _purpose_of_agreement(ctx, sentence, noun)
        or _cooperated_on(ctx, sentence, noun)
        or _talked_about(ctx, sentence, noun)
        or _TALLY.match(ctx.text, noun.end, sentence.end)
        or _TALLIED.match(ctx.text, noun.end, sentence.end)
    ):
        # what an agreement covers or the parties cooperate on; how many were held (세미나 2회,
        # 진료상담은 모두 65건), not one occurrence
        return False
    if _called_for(ctx, sentence, noun) or _care_received(ctx, sentence, noun):
        return False  # a call for nominations (포상 후보자 추천); one person's check-up
    if _GROUNDS.match(ctx.text, noun.end, sentence.end):
        return False  # what the occurrence told builds on: 지난 5월 설명회의 후속으로
    if _FOR_A_VISIT.match(ctx.text, noun.end, sentence.end) and noun.text not in _TRIPS:
        return False  # 세미나를 위하여 방한한: what a visit was made for, the visit is told
    if _in_quoted_clause(ctx, sentence, noun):
        return False  # ‘지역축제가 관광객 유치에 미치는 영향’ 연구: a study's title, not a festival
    if _state_visit(ctx, sentence):
        return False  # 정상회의 참석차 공식 방문한다: a head of state's programme, not the domain's
    if _CALLED_OFF.search(ctx.text, noun.end, sentence.end):
        return False  # 설명회는 무기한 연기됐다: called off or put off, nothing took place
    if _PROGRAMME_SELECTED.match(ctx.text, noun.end, sentence.end):
        return False  # 의사 연수 사업에 선정됐다: a programme a body is chosen for, no occurrence
    if _outside_the_domain(ctx, sentence, noun):
        return False  # 반도체 기업 투자 설명회: an occasion about something else
    if _founded(ctx, sentence, noun):
        return False  # 협의체가 17일 출범했다: the council founded, not a meeting of it held
    not_types = ctx.lexicon.matcher("events", "not_types")
    if any(
        m.start <= noun.start and noun.end <= m.end
        for m in not_types.finditer(
            ctx.text, max(sentence.start, noun.start - NOT_TYPE_LEAD_CHARS), sentence.end
        )
    ):
        return False  # 홍보전략: the event noun 홍보전 glued inside a word that names none
    types = ctx.lexicon.matcher("events", "types")
    for later in types.finditer(ctx.text, noun.end, sentence.end):
        if later.text in UNNAMED_NOUNS:
            continue
        between = ctx.text[noun.end : later.start]
        if _TITLE_CLOSED.fullmatch(between):
            return False  # ‘메디컬 코리아 인 UAE’ 설명회: the noun is a word of the title the later one heads
        words = re.sub(r"[‘’“”'\"]", "", between).split()
        return (
            len(words) > MAX_COMPOUND_WORDS
            or re.search(r"[,.()·:]", between) is not None
            or any(w in _JOINING_WORDS or _PARTICLE_END.search(w) for w in words)
        )
    return True


def _state_visit(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence names a meeting of heads of state (정상회의, 정상회담) and no word of
    care or travel: a state visit or its programme, diplomacy outside the domain."""
    return (
        "정상" in sentence.text
        and ctx.lexicon.matcher("events", "summits").contains(sentence.text)
        and not ctx.lexicon.matcher("markets", "care_context").contains(sentence.text)
    )


# an occasion called off or put off, after its noun: 취소됐다, 연기했다, 무산됐다, 열리지 못했다
# the event noun naming a programme (사업, 프로젝트) a body is chosen to run or join: 연수 사업에
# 선정돼, 초청 연수 사업 운영기관으로 뽑혔다, 교육 사업 수행기관에 최종 선정: a designation, told
# with its day or not, is no occurrence of the training it names
_PROGRAMME_SELECTED = re.compile(
    r"\s?(?:프로젝트\s?)?사업\s?(?:수행\s?)?(?:기관|대상|대상자|대상기관|참여기관|운영기관)?\s?(?:에|으로|로)\s?(?:최종\s?)?(?:선정|지정)"
)
_CALLED_OFF = re.compile(
    r"(?:취소|연기|무산|보류)(?:됐|되었|된다|됨|했|하였|하기로|키로)|(?:열리지|열지|개최하지|개최되지)\s못"
)


def _outside_the_domain(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the words of the event's name say it is about a subject outside the domain (투자
    설명회, 무역 상담회, 에너지 포럼) and no word of care or travel stands in its sentence: an
    occasion of trade or investment, as an agreement on them is one ([partnerships]
    outside_subjects: 게임 콘퍼런스, 조선해양 박람회, 프로축구 시상식); 의료관광 투자 설명회 stays. A festival (care_bound_types) is of the domain
    only beside such a word: 봄꽃 축제 in a sentence of none is a town's own. The sentence's word
    of care is asked first: its answer is remembered for the sentence, and where there is one the
    name's words need not be read back."""
    if ctx.lexicon.matcher("markets", "care_context").contains(sentence.text):
        return False
    if ctx.lexicon.matcher("events", "care_bound_types").contains(noun.text):
        return True
    named = ctx.text[_compound_start(ctx.text, sentence.start, noun) : noun.start]
    return ctx.lexicon.matcher("partnerships", "outside_subjects").contains(named)


NOT_TYPE_LEAD_CHARS = 2  # a word naming no event may start before the noun glued in it (지방중소: 방중)


# a particle and another word after an event noun inside a quotation: the noun is a word of a
# clause (‘지역축제가 관광객 유치에 미치는 영향’), the title of a study or a slogan
_CLAUSE_GOES_ON = re.compile(r"(?:이|가|을|를|은|는|에|의|이란|란)\s\S")
_QUOTE_MARKS = frozenset("‘’“”'\"「」『』")


def _in_quoted_clause(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the event noun stands inside a quoted title (not a saying) as a word of its
    clause, with a particle and more words after it before the quotation closes."""
    if not _QUOTE_MARKS.intersection(sentence.text):
        return False
    return any(
        quoted.start(1) <= noun.start
        and noun.end <= quoted.end(1)
        and _CLAUSE_GOES_ON.match(ctx.text, noun.end, quoted.end(1)) is not None
        and _title_like(quoted.group(1).strip())  # a quoted saying tells what the speaker did
        for quoted in ctx.language.patterns.events.quoted.finditer(ctx.text, sentence.start, sentence.end)
    )


# the object particle after an event noun, before its verb: 홍보회를 개최했다, 설명회(사진)를 열었다
_OBJECT = re.compile(r"(?:\([^)]*\))?(?:을|를)\s")
# a count of events right after the noun: 세미나 2회, 설명회 3차례, 상담회를 5번
_TALLY = re.compile(
    r"\s?(?:을|를)?\s?\d+\s?(?:회|차례|번|건)(?![가-힣])|\s?(?:을|를)?\s?\d+\s?(?:회|차례|번|건)[을를이가도와과,]"
)
# the event noun as the topic of a count of its cases or times: 진료상담은 모두 65건이었다,
# 설명회는 총 3회 열렸다 (how many, not one occurrence)
_TALLIED = re.compile(
    r"(?:은|는|이|가)\s(?:(?:모두|총|전체|약)\s?)?[\d,]+\s?(?:여\s?)?(?:회|차례|번|건)(?:(?![가-힣])|이|으로|에|을|를)"
)
# the event noun as what the parties agree to cooperate on, alone or listed with others: 의료인
# 연수에 협력하기로 합의했다, 연수와 환자 의뢰 등에서 상호 협력하기로, 세미나 분야에서 협력하기로
_COOPERATED_ON = re.compile(
    r"(?:\s?등)?(?:\s?분야)?(?:에|에서|을|를)\s(?:서로\s|상호\s|적극\s|긴밀히\s)?(?:협력|협조|공조)(?:하기로|키로|할\s|하자)"
)
COOPERATION_REACH_CHARS = 40  # the items listed between the event noun and the cooperation
# what an event noun qualifies when a call is made, not an occurrence: 유공포상 후보자 추천을 받는다,
# 포상 신청, 설명회 참가 신청 접수, 연수생 모집, 행사 공모
_CALLED_FOR = re.compile(r"[’'”\"」』]?\s?(?:참가\s?|참여\s?)?(?:후보|신청|공모|접수|모집|추천)")
# nominations taken or made: an award they are for is not given in the sentence
_NOMINATIONS = re.compile(r"후보자?\s?(?:추천|신청|접수|공모|모집)")
CALL_REACH_CHARS = 40  # a title of a few words between an event noun and the award it names
# care received (건강검진을 받았다, 진료를 받고): a patient's, unless a number of people received it
_RECEIVED = re.compile(r"(?:\([^)]*\))?(?:을|를)\s?받")


def _called_for(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether a call follows the noun or the compound it stands in (‘… 메디컬코리아 … 유공포상’
    후보자 추천): the event names what is applied or nominated for."""
    if _CALLED_FOR.match(ctx.text, noun.end, sentence.end):
        return True
    if EventType(noun.label) == EventType.AWARD and _NOMINATIONS.search(
        ctx.text, sentence.start, sentence.end
    ):
        return True  # "후보자 추천을 받고 … 포상 주관부처에 추천할 계획이다": an award nominated for
    types = ctx.lexicon.matcher("events", "types")
    for later in types.finditer(ctx.text, noun.end, min(sentence.end, noun.end + CALL_REACH_CHARS)):
        words = re.sub(r"[‘’“”'\"]", "", ctx.text[noun.end : later.start]).split()
        if any(_PARTICLE_END.search(w) for w in words):
            return False
        if _CALLED_FOR.match(ctx.text, later.end, sentence.end):
            return True
    return False


# an event a visit was made for: 세미나를 위하여 한국을 찾은 길에, 박람회 참가를 위해 방한한, 포럼
# 참석차 입국한, and the purpose told by its verb (포럼에 참석하려고 한국을 방문한, 박람회에 참가하고자
# 방한한, 설명회를 열기 위해 찾은): the visit is the occasion told; the event it was for is told
# elsewhere, if at all
# a tour that is itself the guests' trip: 팸투어에 참가하려고 입국한 is the tour, not a visit made for it
_TRIPS = frozenset({"팸투어", "팸 투어"})
_FOR_A_VISIT = re.compile(
    r"(?:(?:\s?(?:참가|참석|개최))?(?:을|를)\s위(?:해|하여)|\s?(?:홍보|참가|참석)\s?차"
    r"|(?:에|을|를)?\s?(?:참가|참석|참관|개최)하(?:려고|려|고자|기\s?위(?:해|하여))"
    r"|(?:을|를)\s열(?:려고|고자|기\s?위(?:해|하여)))"
    r"\s(?:[^\s.,]+\s){0,3}?[^\s.,]*?(?:방문|방한|내한|입국|찾)"
)


# an earlier event that the one told follows from: 설명회의 성과를 바탕으로, 포럼의 후속 사업으로,
# 세미나 후속사업으로, 박람회의 연장선에서; the earlier event is background, not this occurrence
_GROUNDS = re.compile(r"[’'”\"]?(?:\([^)]*\))?(?:의)?\s?(?:후속|연장선|성과를\s바탕으로|성과에\s힘입어)")


# what tells a council met: a meeting of it (첫 회의를 열고, ‘…협의체’ 제3차 회의가 열렸다), the
# council held (협의체를 개최했다) or the place of talks (협의체에서 논의했다)
_COUNCIL_MET = re.compile(
    r"[’'”\"」』]?\s?(?:(?:첫|제\s?\d+\s?차|\d+\s?차)\s?)?"
    r"(?:회의|(?:를|을|가|이)?\s?(?:개최|열|연다|열린|가졌|갖)|에서)"
)


def _founded(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the noun is a body the parties found (협의체) told as the body, not as a meeting
    of it: founded (협의체를 구성했다, 협의체가 공식 출범했다) or acting (협의체는 홍보에
    나선다) is a partnership's body; only a meeting of it held or a place of talks is an
    occasion."""
    if not ctx.lexicon.matcher("partnerships", "founded_bodies").contains(noun.text):
        return False
    return _COUNCIL_MET.match(ctx.text, noun.end, sentence.end) is None


def _care_received(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "그녀는 인하대병원에서 건강검진을 받았다": medical care received by someone is a patient's
    care, not a consultation held; "주민 300명이 무료 진료를 받았다" counts those a mission saw."""
    if EventType(noun.label) != EventType.MEDICAL_CONSULTATION or not _RECEIVED.match(
        ctx.text, noun.end, sentence.end
    ):
        return False
    return not any(not q.is_year and not q.is_measure for q in ctx.quantities(sentence))


# an event the one told comes with: 개소식과 함께, 설명회와 더불어, 개막식에 이어
_ALONGSIDE = re.compile(r"(?:과|와)\s(?:함께|더불어)|에\s이어")
# what an event noun is for, glued before an agreement: "연수를 위한 업무협약", "연수 관련 협약"
_PURPOSE_LINK = re.compile(r"(?:을|를|에)\s(?:위한|관한|대한)|\s?관련")
AGREEMENT_REACH_CHARS = 40


def _cooperated_on(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "양측은 이날 의료인 연수와 환자 의뢰에 협력하기로 했다": an event noun the parties agree to
    cooperate on, alone or among the items listed before the cooperation, is no occurrence."""
    end = min(sentence.end, noun.end + COOPERATION_REACH_CHARS)
    cooperation = _COOPERATED_ON.search(ctx.text, noun.end, end)
    if cooperation is None:
        return False
    words = ctx.text[noun.end : cooperation.start()].split()
    return all(w in _JOINING_WORDS or _LIST_ITEM_END.search(w) or not _PARTICLE_END.search(w) for w in words)


# an item list closed by 등 (연수 등, 연수 및 학술 교류 등, ▲연수 ▲… 등), then in the same
# sentence a verb of talks or of trade: what was discussed, agreed on or sold
_LIST_CLOSED = re.compile(r"([^.?!]{0,40}?)\s등(?:을|를|의|에|에\s대한|에\s관한|\s)")
_TALKS = re.compile(
    r"(?:협의|논의|합의|공유|수출)(?:했|하였|하고|하며|한다|할|가\s진행|를\s진행|키로|하기로)"
)


def _talked_about(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "의료진 연수 등 교류 방안을 협의했다", "의료인 연수 및 학술 교류 등 현안을 공유했다",
    "교육 프로그램 등을 수출했다": an event noun among the items listed as the subject of talks
    (or of a sale) is what was talked about, not an occurrence."""
    listed = _LIST_CLOSED.match(ctx.text, noun.end, sentence.end)
    if listed is None or _TALKS.search(ctx.text, listed.end(), sentence.end) is None:
        return False
    # the words up to 등 are items, not a clause of the event's own (간담회를 개최해 … 등을 논의했다,
    # 포럼에서는 … 등의 발표를 통해 논의한다: the talks took place at it)
    return not any(_CLAUSE_WORD.search(w.rstrip(",")) for w in listed.group(1).split())


_CLAUSE_WORD = re.compile(r"(?:은|는|이|가|을|를|에서|해|하고|하며|했고|했으며|고|며|서|여)$")


_LIST_ITEM_END = re.compile(r"(?:와|과|,|·)$")  # "연수와", "연수," : an item listed before the next


def _purpose_of_agreement(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "의료인 연수를 위한 업무협약을 체결했다", "환자 의뢰와 연수 협약": an event noun that says what
    an agreement covers, before it in the same phrase, is the agreement's subject, not an event."""
    kinds = ctx.lexicon.matcher("partnerships", "kinds")
    agreement = kinds.search(ctx.text, noun.end, min(sentence.end, noun.end + AGREEMENT_REACH_CHARS))
    if agreement is None:
        return False
    link = _PURPOSE_LINK.match(ctx.text, noun.end, agreement.start)
    words = ctx.text[link.end() if link else noun.end : agreement.start].split()
    return (
        (link is not None or ctx.text[noun.end : noun.end + 1].isspace() or noun.end == agreement.start)
        and len(words) <= MAX_NAME_WORDS
        and not any(w in _JOINING_WORDS or _PARTICLE_END.search(w) or re.search(r"[,.()]", w) for w in words)
    ) or _listed_terms(ctx, sentence, noun, agreement)


# the link of a listed term to its agreement: "… 등 교류를 위한", "… 등에 대한", "… 등 관련"
_TERMS_LINK = re.compile(
    r"등\s?(?:에|을|를)?\s?(?:대한|관한|위한)|등\s?관련|(?:을|를|에)\s(?:위한|대한|관한)\s$"
)


def _listed_terms(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, agreement: PhraseMatch
) -> bool:
    """ "화상 진료, 간호사 연수 등 교류를 위한 업무협약", "세미나 개최, 의사 연수 등에 대한 MOU": an
    event noun among items a 등 closes, the list then linked to an agreement by a word of
    purpose (위한, 대한, 관한, 관련), is one of the terms it covers, not an occurrence."""
    listed = _LIST_CLOSED.match(ctx.text, noun.end, agreement.start)
    if listed is None or any(_CLAUSE_WORD.search(w.rstrip(",")) for w in listed.group(1).split()):
        return False
    linked = ctx.text[listed.start() : agreement.start]
    return (
        _TERMS_LINK.search(linked) is not None and len(ctx.text[listed.end() : agreement.start].split()) <= 2
    )


# what joins a named fair to the next one listed (…박람회와 …페어, ‘…’와 ‘…’, …엑스포, …전시회)
_LIST_JOIN = re.compile(r"[’'”\"]?\s?(?:와|과|,|및)\s?")
_QUOTED_ITEM = re.compile(r"[‘'“\"]([^’'”\"]{2,40})[’'”\"]")
NAMED_ITEM_CHARS = 30  # a fair's name runs this far at most from the joiner to its noun
_FAIR_KINDS = frozenset({EventType.PROMOTION.value, EventType.CONFERENCE.value})


def listed_events(ctx: DocumentContext, sentence: Sentence, name: str) -> list[PhraseMatch]:
    """ "한방 의료관광 박람회와 한빛 여행박람회에 참가했다", "‘…쇼’와 ‘…위크’ 등 행사에": the named fairs
    listed right after the one the sentence is read for, each an occasion of its own. An item
    is a quoted title, or words of a name ending in a fair's or conference's noun with no
    particle between (설명회와 상담회, the activities of one occasion, have no name)."""
    at = ctx.text.find(name, sentence.start, sentence.end)
    if at < 0:
        return []
    found = _quoted_before(ctx, sentence, at, at + len(name))
    pos = at + len(name)
    while (joined := _LIST_JOIN.match(ctx.text, pos, sentence.end)) is not None:
        item = (
            _quoted_item(ctx, joined.end(), sentence.end)
            or _named_fair(ctx, joined.end(), sentence.end)
            or _after_its_clause(ctx, joined.end(), sentence.end)
        )
        if item is None:
            break
        found.append(item)
        pos = item.end
    return found


# a quoted title joined to the quote that opens right after it: ‘…’와 ‘ (the second quote's mark
# ends the pattern, so the title read for the sentence is the one the list ends on)
_QUOTED_BEFORE = re.compile(r"[‘'“\"]([^‘’'“”\"]{2,40})[’'”\"]\s?(?:와|과|및|,)\s?[‘'“\"]$")
QUOTED_BEFORE_CHARS = 60  # a listed title and its joiner stand this close to the next quote
# the list's last title closed and taken by the verb as its object or subject (‘…’을 개최, ‘…’이
# 열린다); a list closed by 등 (‘…’, ‘…’ 등 의료를 목적으로) may be a list of topics
_TAKEN_BY_THE_VERB = re.compile(r"[’'”\"]\s?(?:을|를|이|가|은|는|에|도)")


def _quoted_before(ctx: DocumentContext, sentence: Sentence, at: int, end_of_name: int) -> list[PhraseMatch]:
    """ "‘…협의회 발대식’과 ‘제1회 …포럼’을 개최한다", "'…전시회'와 '…관광전'을 공동 개최": the
    quoted titles listed before the one the sentence is read for (the last of the list, nearest
    the verb), each an occasion of its own, of the kind its own title tells."""
    if at <= sentence.start or ctx.text[at - 1] not in "‘'“\"":
        return []
    if _TAKEN_BY_THE_VERB.match(ctx.text, end_of_name, sentence.end) is None:
        return []
    found: list[PhraseMatch] = []
    end = at
    while True:
        quoted = _QUOTED_BEFORE.search(ctx.text, max(sentence.start, end - QUOTED_BEFORE_CHARS), end)
        if quoted is None or quoted.end() != end:
            break
        title = quoted.group(1).strip()
        if not _title_like(title):
            break
        found.insert(0, PhraseMatch(quoted.start(1), quoted.end(1), title, _listed_kind(ctx, title)))
        end = quoted.start() + 1
    return found


# a relative clause before a listed item (이르쿠츠크에서 열린 ‘…’, 알마티에서 개최된 …박람회): two to
# four words, the last one an adnominal verb form, its final syllable closed by ㄴ or ㄹ (열린,
# 개최된, 예정인, 열릴); one word alone (작은 박람회) is an adjective of the item, no clause
_LISTED_CLAUSE_WORD = re.compile(r"[^\s,.]+\s")
MIN_CLAUSE_WORDS, MAX_CLAUSE_WORDS = 2, 4
HANGUL_BASE, JONGSEONG_COUNT = 0xAC00, 28
ADNOMINAL_FINALS = (4, 8)  # ㄴ and ㄹ, by their index among a syllable's final consonants
_OBJECT_PARTICLES = ("을", "를")  # closed by ㄹ too, but they end a noun, never a clause


def _after_its_clause(ctx: DocumentContext, start: int, end: int) -> PhraseMatch | None:
    """The list's next item told after a relative clause of its own ("…박람회’와 사할린에서 열린
    ‘…상품전’"): a quoted title or a named fair right after a word that may end the clause. The
    item runs from the clause, so the places the clause names are its own."""
    at = start
    for count in range(1, MAX_CLAUSE_WORDS + 1):
        word = _LISTED_CLAUSE_WORD.match(ctx.text, at, end)
        if word is None:
            return None
        at = word.end()
        if count < MIN_CLAUSE_WORDS or not _adnominal(word.group(0).rstrip()):
            continue
        item = _quoted_item(ctx, at, end) or _named_fair(ctx, at, end)
        if item is not None:
            return PhraseMatch(start, item.end, item.text, item.label)
    return None


def _adnominal(word: str) -> bool:
    """Whether the word ends in a syllable closed by ㄴ or ㄹ, as a verb's adnominal form does."""
    last = word[-1]
    return (
        "\uac00" <= last <= "\ud7a3"
        and not word.endswith(_OBJECT_PARTICLES)
        and (ord(last) - HANGUL_BASE) % JONGSEONG_COUNT in ADNOMINAL_FINALS
    )


def _quoted_item(ctx: DocumentContext, start: int, end: int) -> PhraseMatch | None:
    """The list's next item as a quoted title right at ``start`` ("‘…쇼’와 ‘…위크’"): a title of
    its own names a fair even without an event noun; a quote that is no title is none."""
    quoted = _QUOTED_ITEM.match(ctx.text, start, end)
    if quoted is None or not _title_like(quoted.group(1).strip()):
        return None
    title = quoted.group(1).strip()
    return PhraseMatch(quoted.start(1), quoted.end(1), title, _listed_kind(ctx, title))


def _listed_kind(ctx: DocumentContext, title: str) -> str:
    """The kind of a listed quoted title: that of the event noun it ends in (‘…협의회 발대식’,
    ‘제1회 …포럼’), else what its wording tells (a fair's by default)."""
    nouns = list(ctx.lexicon.matcher("events", "types").finditer(title))
    if nouns and nouns[-1].end == len(title):
        return nouns[-1].label
    return _title_kind(ctx, title)


def _named_fair(ctx: DocumentContext, start: int, end: int) -> PhraseMatch | None:
    """The list's next item as words of a name ending in a fair's or a conference's noun (and its
    edition's year) from ``start`` ("한빛 의료관광박람회 2024"); none where a particle ends one of the
    words (설명회와 상담회: the activities of one occasion, not a second name) or the noun
    stands alone."""
    types = ctx.lexicon.matcher("events", "types")
    noun = types.search(ctx.text, start, min(end, start + NAMED_ITEM_CHARS))
    if noun is None or noun.label not in _FAIR_KINDS or noun.start == start:
        return None
    words = ctx.text[start : noun.start].split()
    if not words or any(_PARTICLE_END.search(w) for w in words):
        return None
    edition = _EDITION.match(ctx.text, noun.end, end)
    stop = edition.end() if edition else noun.end
    return PhraseMatch(start, stop, ctx.text[start:stop], noun.label)


# the nouns of a trip (a visit, a visit to Korea, to China, to the United States)
_TRIP_NOUN = re.compile(r"(?:방문|방한|내한|방중|방미)$")
# a trip told as the occasion of what was done on it, 기간 or 일정 between: 방문을 계기로, 방문에
# 맞추어, 방한 기간에 맞춰, 방문을 맞아; or as its means, a past participle of what it made after
# it (방한으로 체결된 협정, 방문으로 구축된 협력), not the trip as what something led to (방문으로
# 이어진) or what something came of (방문으로 인한)
_AS_OCCASION = re.compile(
    r"(?:\s?(?:기간|일정))?(?:(?:을|를)\s계기로|에\s맞추어|에\s맞춰(?:서)?|(?:을|를)\s맞아"
    r"|(?P<means>으로|로)(?=\s(?!이어|인한)[가-힣]+(?:된|진|한|린|맺은)\s))(?=\s)"
)
# the sentence's own last predicate in a past form (…등재했다, …체결했다고 밝혔다, …이뤄졌습니다)
_PAST_PREDICATE = re.compile(r"(?:었|았|였|했|됐|웠|졌|렸|혔|냈|줬)(?:다|습니다)[.”\"’']*\s*$")
FINAL_PREDICATE_CHARS = 16  # "…지원하기로 약속했다.": the last words, where a promise or a plan is told
# a headline's visit told by its noun, which stands for the verb there ("○○ 병원장 방한 “…”",
# "△△시 대표단 방문"): the noun ends the headline's clause
_ENDS_HEADLINE_CLAUSE = re.compile(r"\s*(?:$|[“\"‘'…,·]|\s[“\"‘'])")
_COUNT_BEFORE = re.compile(r"\d\s?(?:여\s?)?명\s$")  # "80명 방문": people counted, no party


def trip_as_occasion(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "총리의 방한으로 체결된 협정은 …", "장관 방문에 맞추어 … 등재했다", "대통령의 방중을 계기로
    … 체결했다": a trip told by its noun as the occasion, or the means, of what was done is a trip
    that took place, though no verb tells it; so is one a headline tells by its noun alone
    ("○○ 병원장 방한"). What was done is told by a past participle of the means right after it,
    else by the sentence's last predicate in a past form that tells no promise or plan ("방문을
    계기로 … 지원하기로 약속했다", "… 체결할 예정이다": the trip only the background of an
    intention)."""
    if _TRIP_NOUN.search(noun.text) is None:
        return False
    headline = ctx.headline
    if headline is not None and sentence.start == headline.start:
        return (
            _ENDS_HEADLINE_CLAUSE.match(ctx.text, noun.end, sentence.end) is not None
            and _COUNT_BEFORE.search(ctx.text, max(sentence.start, noun.start - 8), noun.start) is None
        )
    mark = _AS_OCCASION.match(ctx.text, noun.end, sentence.end)
    if mark is None:
        return False
    if mark.group("means"):
        return True
    if _PAST_PREDICATE.search(sentence.text) is None:
        return False
    last = max(mark.end(), sentence.end - FINAL_PREDICATE_CHARS)
    return not ctx.lexicon.matcher("events", "future_markers").search(ctx.text, last, sentence.end)
