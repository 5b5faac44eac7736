"""The patterns Korean record builders read with. Korean puts particles after the noun and the
verb last, so most English-shaped patterns (a preposition before its object, a capitalised name)
have no Korean counterpart and never match (``NEVER``); Korean word order is read by the
grammar of this folder instead.
"""

import re

from extractors.lang.lexicon import CaselessPattern, Lexicon
from extractors.lang.patterns import (
    NEVER,
    CountPatterns,
    EventPatterns,
    PartnershipPatterns,
    Patterns,
    TargetPatterns,
)

_NEVER_CASELESS = CaselessPattern(NEVER, None)
# a word that is a name without a known name before it: quoted, Latin, or ending in a city's,
# province's or bureau's ending (or a firm's: ``business_endings``), or owned by the place or body
# before it ("아부다비의 보건청")
_NAME_ALONE = r"[‘'\"“]|[^\s]*[A-Za-z]|[^\s]*(?:시|주|성|현|국|청{business})(?:\([^)]*\))?$|[^\s(),]+의\s"


# a unit of government written apart after a name the gazetteer lacks ("헨티 주", "우문고비
# 주(주지사 …)", "아르항가이 아이막"): the unit alone names no one, the name before it does
_UNIT_ALONE = r"(?:주|아이막도|아이막|성|현)(?:\([^)]*\))?$"


# the middle dots that join the items of a list written without spaces ("A·B·C")
_DOTS = "[·ㆍ․‧・]"


def compile_patterns(lexicon: Lexicon) -> Patterns:
    country_nouns = lexicon.alternation("patients", "country_count_nouns", ignore_case=False)
    titles = lexicon.alternation("partnerships", "person_titles", ignore_case=False)
    business = lexicon.alternation("partnerships", "business_endings", ignore_case=False)
    name_alone = _NAME_ALONE.format(business=f"|{business}")
    apart = lexicon.alternation("partnerships", "heads_apart", ignore_case=False)
    day_words = lexicon.alternation("events", "day_words", ignore_case=False)
    # people of the trade or of care, as a group, counted or not: "여행사 대표 30여 명", "관계자들",
    # "의료진 등 4명"; the guests of invited_party and the subject of arriving_party
    party = (
        rf"(?:{lexicon.alternation('events', 'invited_people', ignore_case=False)})"
        r"(?:들)?(?:\s?등)?(?:\s(?:약\s?|총\s?)?\d+\s?(?:여\s?)?명)?"
    )
    return Patterns(
        counts=CountPatterns(
            list_joint=re.compile(r"[,;·ㆍ、]|\s(?:및|와|과)\s"),
            belonging=NEVER,
            # "198개국", "35개 국가에서", "190여개국" (about 190): the number of origin countries
            n_countries=re.compile(rf"(\d+)\s?(?:여\s?)?{country_nouns}"),
            after_article=re.compile(r"\s*"),
            # "…증가했으며 ", "…늘었고 ", ", ": where one clause of figures ends
            clause_joint=CaselessPattern(
                re.compile(r"[,;]\s|(?:으며|하며|이며|지만|했고|었고|였고)\s|다[”\"’']?(?:며|고)\s"), None
            ),
            # "2014~2016년", "2009년부터 2022년까지": a span of whole years
            year_range_joint=re.compile(r"^\s*(?:[~∼～\-–]|부터)\s*$"),
            listed_origin_joint=NEVER,
            serial_item=NEVER,  # Korean lists close with 및 or 와/과, never with a comma before them
        ),
        targets=TargetPatterns(
            copula_role=NEVER,
            designation=_NEVER_CASELESS,
            # from a year to the figure it dates: "지난해 3만명에서", "2024년 2만명이던", "2018년에 1만명",
            # "지난해 기준 27곳에서" (as of)
            possessive_joint=re.compile(
                r"\s?(?:도)?\s?(?:에는|에|엔|의)?\s?(?:기준으로|기준)?\s?(?:약|총)?\s?"
            ),
            # "2027년까지", "2027년 말까지", and the year made the aim itself: "2030년을 목표로",
            # "2030년을 목표 연도로"
            due_after_year=re.compile(
                r"\s?(?:까지|말까지|말 까지|년까지|년 까지|[을를]\s?목표(?:로|\s?연도|\s?시점))"
            ),
            named_market=NEVER,
            market_before=NEVER,
            reach_lead=NEVER,  # Korean writes its places before their cues: no gap after one
            # a market's role: "중점 시장", "전략국가", "타깃 지역", with up to two words of what it is
            # aimed at between ("중점 유치 국가", "핵심 의료관광 시장"): a cue; its places stand before it
            market_members=CaselessPattern.compile(
                rf"{lexicon.alternation('markets', 'designation_words', ignore_case=False)}\s?"
                rf"(?:{lexicon.alternation('markets', 'role_modifiers', ignore_case=False)}\s?){{0,2}}"
                rf"{lexicon.alternation('markets', 'role_nouns', ignore_case=False)}"
            ),
            market_reach=_NEVER_CASELESS,  # Korean names its cues in words.toml
            market_opening=_NEVER_CASELESS,
            place_of_care_lead=NEVER,
            # "알마티주를", "광둥성과", "헨티 아이막 주에서": a unit of a province or city before a
            # particle or the word's end (not "사할린주정부": a body, whose place is 사할린)
            written_unit=re.compile(
                r"(?:\s?아이막)?\s?(?:주|성|현)(?=(?:을|를|에서|에|와|과|의|은|는|이|가|도|으로|로)?(?![가-힣]))"
            ),
            # "안내센터를 개소해", "지원센터가 문을 연", "‘…센터’를 개설", "홍보센터 20개소": the
            # organisation is what is opened or counted (its object or its passive subject); one
            # that tells the time since it opened ("센터가 개소 이후", "개원 10주년") acts itself
            set_up_after_name=re.compile(
                r"[’'”\"]?\s?(?:[을를이가]\s?)?(?:\d+\s?개소|개소|설립|개설|개원|설치|문을 열|문을 연)"
                r"(?!\s?(?:이후|이래|후|\d+\s?주년|주년))"
            ),
        ),
        partnerships=PartnershipPatterns(
            # the last word of the stretch where the counterpart is named, its bracket and a
            # genitive before it included: "사할린주정부 체육청소년정치부", "아부다비의 보건청". Alone
            # in the stretch, a word is a name only when written as one: quoted ("'소가스'"), in
            # Latin letters (UBS), or a city, province or bureau (홈스크시, 보건국); "활성화와 환자
            # 송출을 위한 협약" names no one. A person's title is no name (the ministry's 차관보), nor
            # are people in the plural (의료관계자들). The Latin words before the last belong to the
            # name ("MSH 차이나", "Grand Med 센터"). Names listed with middle dots
            # ("제주대병원·한라메디투어와"): the last is a name alone, after the last dot. A firm's name ending in a firm's word, or in
            # a kind of body written apart, takes up to two words before it ("에르뎀 메디컬 그룹",
            # "사란 병원", a word glossed in brackets among them), never the conjunction 및 that
            # joins it to the item before ("의대 및 병원"); a unit of government, the word
            # before it ("헨티 주"). A quoted name of several words is the name whole ("‘ABC TRADING
            # JSC’"), whatever words end it.
            unknown_name=re.compile(
                rf"(?:.*{_DOTS}(?={name_alone})|(?=[^\s(),]+\s{_UNIT_ALONE})|(?={name_alone})|.*?\s)(?P<descriptor>)(?!(?:{titles})$)(?!\S*들$)"
                rf"(?P<name>[‘“][^‘’“”]*\s[^‘’“”]*[’”]$|'[^']*\s[^']*'$|(?:[A-Z][A-Za-z&.\-]*\s)*(?:[^\s(),]+의\s)?"
                rf"(?:(?:(?!및\s)(?:[^\s(),]|\([^)]*\))+\s){{1,2}}(?=(?:[^\s(),]*(?:{business})|(?:{apart}))(?:\([^)]*\))?$)|[^\s(),]+\s(?={_UNIT_ALONE}))?"
                r"(?:[^\s(),]|\([^)]*\))+)$"
            ),
            located_in=NEVER,
            seat=NEVER,
            scope=NEVER,
            name_word=re.compile(r"\w{2,}"),
            # "울산시·울산대병원·울산관광재단은 …", "제주도는 제주대병원, 한라의료관광과 …", "부산시와
            # 부산대병원, 몽골 보건부는 …" (와 joining the first of a list of subjects)
            home_subject=re.compile(
                rf"(?:은|는|이|가)\s|\s?{_DOTS}\s?|,\s|(?:와|과)\s[^\s,]+(?:\s[^\s,]+)?,\s"
            ),
            place_unit=re.compile(r"\s?(?:주|아이막도|아이막|성|현)(?![가-힣])"),
            # "협약체결 이후", "업무협약(MOU) 체결 뒤", "협약식 이후", "협약을 맺은 뒤", "MOU를
            # 체결한 후에": the agreement, its ceremony or its verb, then a word of "after"
            aftermath=re.compile(
                r"(?:식|\))?(?:을|를)?\s?(?:(?:체결|서명|교환)(?:을 한|한)?|맺은)?\s?(?:이후|후|뒤)(?:에|에는)?(?![가-힣])"
            ),
            signatory=NEVER,  # Korean names the bodies that sign, not their signers' titles
            named_subject=re.compile(
                r"(?:(?:㈜|\((?:주|사|재)\)|(?:주식회사|사단법인|재단법인)\s?)|(?=[A-Z][A-Za-z&]{1,9}(?:은|는|이|가)\s))"
                r"(?P<name>[^\s(),]+?)(?:은|는|이|가)\s"
            ),
            operator=NEVER,  # Korean pages were not read for operators appointed (위탁 운영) yet
            # "다낭시를 방문해", "아스타나를 찾아": a mark of the visit after the place, at most two
            # letters glued between (its unit, 시 or 주, which the gazetteer's name leaves out)
            visit_mark=re.compile(
                rf"[^\W\d_]{{0,2}}?{lexicon.alternation('partnerships', 'visit_marks', ignore_case=False)}"
            ),
            # "카자흐스탄 보건부는", "보건청(청장 …)이", "알마티시는": the topic or subject particle (a
            # unit of government glued to the place before it); "하노이의대병원과 진료와 교육 …":
            # a 와/과 of its own, which a later one joining subjects shadowed; "A와 B 간에": the pair
            # between whom; "국립병원을 방문해": the body visited
            party_mark=re.compile(
                r"(?:시|주|성|현)?\s?(?:측)?"
                r"(?:(?:은|는|이|가|도)\s|(?:와|과)(?:의|도|는)?\s|(?:간|사이)(?:의|에)?\s|(?:을|를)\s방문)"
            ),
        ),
        events=EventPatterns(
            # "이날 협약식에는 …": an event of the day the sentence before told of; so is one
            # whose noun opens its sentence ("협약식에는 … 참석했다"), Korean having no article
            definite_head=re.compile(r"(?:이날|당일|같은 날)\s+|(?<=[.!?”\"’]\s)|(?<=\n)"),
            # the verb of reporting ends a Korean sentence, so no date follows it; a date after
            # its source ("시에 따르면 지난 23일부터") is when something happened
            reported_date=NEVER,
            # "…했다고 16일 밝혔다": the day the news was told stands right before its verb, or
            # before its source ("29일 시에 따르면", "5일 복지부에 따르면")
            date_reported=re.compile(r"\s*(?:[^\s.,]+에\s)?"),
            list_filler=re.compile(r"[\s,·ㆍ]*"),
            seat_filler=NEVER,
            # "소피텔 호텔에서", "그랜드힐튼호텔(그랜드볼룸)에서", "부산시청 국제의전실에서": a building
            # or a room of one (a word of its name before it, not a day nor a phrase with its
            # particle: "6일 롯데호텔에서" is at 롯데호텔), then the locative
            venue=re.compile(
                r"(?P<venue>(?<![\w·])(?:(?!\d)[\w·]*[\w·](?<![은는이가을를의와과도])\s)?[\w·]*(?:호텔|컨벤션센터|컨벤션홀|전시장|전시관|회관|홀|센터|병원|청사"
                r"|시청|도청|구청|군청|의원|강당|본관|별관|리조트"
                r"|회의실|의전실|접견실|세미나실|강의실|집무실|상황실|대회의실|소회의실))"
                r"(?:\([^)]*\))?에서"
            ),
            # "3일간", "5일 일정으로", "사흘간", "나흘 일정으로": how many days an event lasted
            duration=re.compile(
                rf"(?P<n>\d+)\s?일\s?(?:간|동안)|(?P<m>\d+)\s?일\s?일정|(?P<w>{day_words})\s?(?:간|동안|일정|에\s걸쳐)"
            ),
            edition=NEVER,
            year_first=NEVER,
            name_run=NEVER,
            noun_of=NEVER,  # Korean names an event before its noun
            name_after=NEVER,
            quoted=re.compile(r"[“\"‘'「『]([^”\"’'」』]{4,120})[”\"’'」』]"),
            name_lead=NEVER,
            possessive=NEVER,  # "경기도의 의료관광 설명회": the organiser reads as part of the name in Korean
            dateline=NEVER,  # Korean wire copy dates its news at the end ("16일 밝혔다")
            # "28일까지", "14일 폐막했다": the day a stretch ends on, or closes on
            until=re.compile(r"\s?까지|\s(?:폐막|폐회|막을\s?내리|막을\s?내렸|막을\s?내린)"),
            until_before=NEVER,  # Korean marks a stretch's last day after it: until
            within=NEVER,  # Korean names the wider place first ("서울 중구"), and commas join lists
            # "서울 중구의 한 호텔에서", "부산 해운대구에서": a district (구, 군) right after its city
            district_after=re.compile(r"(?:시|특별시|광역시)?\s(?=[가-힣]{1,4}(?:구|군)(?![가-힣]{2}))"),
            purposed_care=NEVER,  # 수술을 위해 is read by the event nouns of care (의료봉사, 진료단)
            sent_carers=NEVER,  # 의료진을 파견 is read by the event nouns of care (의료봉사단, 진료단)
            free_care=NEVER,  # 무료 진료, 무료 수술 are event nouns of their own in Korean
            care_received=NEVER,  # not read in Korean yet
            non_prize=NEVER,  # not read in Korean yet
            counted_occurrences=NEVER,  # not read in Korean yet
            # "여행사 대표 30여 명을 초청해", "에이전시 3명도 초청해", "의료인들을 초청할": people
            # of the trade or of care a body invites, counted or not, then the verb of inviting
            invited_party=re.compile(
                rf"{party}\s?(?:을|를|도)\s"
                r"(?P<verb>초청(?:해|하여|했|할|한다|하고|해서))"
            ),
            # "의료진 등 4명이 전남을 찾는다", "대표가 직접 한빛병원을 찾아": the same
            # people as the subject, up to four words to the place, then a verb of coming (not
            # the relative 찾은, 찾을 that qualifies a noun after it, unless a plan follows)
            arriving_party=re.compile(
                rf"{party}(?:이|가|은|는)\s"
                r"(?:[^\s.,]+\s){0,3}?[^\s.,]+(?:을|를)\s"
                r"(?P<verb>찾(?:아서|아|았|는다|을\s(?:예정|계획)))"
            ),
            history_years=NEVER,  # not read in Korean yet
            co_host_aside=NEVER,  # Korean joins co-hosts with 와/과 before the verb, in the subject
            late_agent=NEVER,  # Korean names the host before the verb (시 주최로, 시가 개최한)
        ),
    )
