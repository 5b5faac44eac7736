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
from extractors.lang.ko import dates, numbers
from extractors.lang.lexicon import PhraseMatch, PhraseMatcher
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.text.sentences import Sentence
from models import Metric, Population, ScopeLevel

MAX_SUBJECT_CHARS = 60  # "외국인 환자 수는 전년보다 … 증가한 39만명": the noun a figure reports
LEAN_BACK_SENTENCES = 5  # "2018년에 5130명, …": counts go on, a breakdown over several sentences too
_PASSED = re.compile(r"\s?명\s?(?:을|를)?\s?(?:돌파|넘어섰|넘었|넘긴|넘어서)")  # "100만명을 돌파했다"
# from a year to its figure in brackets: "2019년(", "(’16년, "
_DATED_ASIDE_GAP = re.compile(r"\s*(?:도)?\s*\(?\s*,?\s*")
_DATED_ASIDE_END = re.compile(r"\s?(?:여\s?)?명\s?(?:이상|가량|정도|안팎|남짓)?\s*\)")  # "명)", "명 이상)"
# a sentence of no counts that only comments on the figures told before it, so that their noun
# stays in force after it: it points back at them ("이는 서울에 이어 세 번째로 많은 것이다"),
# tells their shares or rates ("각각 136%, 115% 늘었다") or ranks their items ("… 순으로 나타났다")
_POINTS_BACK = re.compile(r"\s*이는\s")
_SHARES_OR_RANKS = re.compile(r"\d\s?%|순으로|순이(?:다|었다|며)")
# a change written with an arrow in brackets: "(4,100명→4,940명)", its first count and its second,
# a share told first or last in the brackets ("(47.6%, 2150명→3173명)", "(…명→…명, 52%)")
_ARROW = r"(?:→|->|⇒)"
_SHARE = r"[\d.]+\s?%"  # "47.6%", "52 %"
_SHARE_FIRST = rf"{_SHARE}\s?,\s*"  # "47.6%, ": a share told before the change in the brackets
_ARROW_FIRST = re.compile(rf"\s?(?:여\s?)?명\s?{_ARROW}")
_ARROW_SHARE_FIRST = re.compile(rf"\s*{_SHARE_FIRST}")
_ARROW_SECOND = re.compile(rf"\(\s*(?:{_SHARE_FIRST})?[\d,.만천 ]+\s?(?:여\s?)?명\s?{_ARROW}\s?$")
_ARROW_SHARE_LAST = re.compile(rf"\s?(?:여\s?)?명\s?,\s*{_SHARE}\s*\)")
# between places of origin, and between the last and the noun: "러시아·몽골 환자", "몽골의 방한
# 의료관광객", "이르쿠츠크 등지 의료관광단", and a word of a group ("몽골 단체 의료관광객")
_ORIGIN_JOINT = re.compile(
    r"[\s·ㆍ,]*(?:인|및|와|과|의)?[\s·ㆍ,]*(?:등지|등|지역|현지|국적)?\s*(?:의\s)?(?:방한)?\s*(?:단체|일행)?\s*"
)
# between a place and the list word closing the people it names ("몽골 공무원 등 6명", "하얼빈시
# 보건 관계자 등"): the place's own suffix, then one or two words of the people's noun
_LISTED_PEOPLE_JOINT = re.compile(r"(?:성|시|주)?(?:\s+[가-힣]{1,8}){1,2}\s+")
# "러시아에서도", "알마티시에서", "러시아, 카자흐스탄 등 30개국에서", "중앙아시아 등지에서"
_FROM_PLACE = re.compile(r"\s?(?:시|주|현지)?\s?(?:등지|등\s?(?:\d+\s?개\s?(?:국|국가|나라))?)?\s?에서")
_PLACE_LIST_JOINT = re.compile(r"[\s·ㆍ,]*(?:및|와|과)?[\s·ㆍ,]*")
_FIRST_TIME = re.compile(r"처음으로|사상 처음|사상 최초|역대 처음")
MILESTONE_SPAN = 1.5  # "100만명을 돌파 … 117만명": how far above a mark the count told may stand
FOLLOWING_NOUN_CHARS = 8  # "3천명의 몽골 환자": how far the noun after a count may stand
WORD_BEFORE_CHARS = 8  # the word right before a count ("총 1703명", "교장 10명")
CARE_TOPIC_CHARS = 12  # "이번 진료 봉사는": the topic of care opening a sentence
RECEIVED_CARE_CHARS = 40  # "200명이 초청돼 피부과 상담을 받았다": the clause that tells the care received
CARE_AFTER_COUNT_CHARS = 25  # "1703명을 상대로 한의약 처방": the care told right after the count
CAME_TO_KOREA_CHARS = 30  # "1만명이 치료차 한국을 찾았다": the verb of coming after a count
CARE_PLACE_BEFORE_CHARS = 40  # "웰니스 센터에 외국인 130명": a place of care and the words up to a count
CARE_AFTER_TARGET_CHARS = 10  # "…을 대상으로 무료 의료봉사": the care right after its target, not a survey's
PURPOSE_BEFORE_COUNT_CHARS = 16  # "의료관광 목적으로 1만720명이": the purpose of care right before a count
MAX_DEPARTMENT_CHARS = 16  # "정신건강의학과 120명": the longest department's name and its gap
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
DUE_MARK_CHARS = 8  # "2027년까지", "2027년 까지", "2027년을 목표 연도로"
MAX_METRIC_CHARS = 12  # "2020년 외국인 의료관광객": the year, a space and the aim's metric
MAX_MODIFIED_METRIC_CHARS = 20  # "2025년 국제진료센터 외래 환자": a metric behind words that narrow it
# up to two bare nouns (no particle or ending glued on) that narrow the metric after a year:
# "2030년 의료관광 수입", "2025년 국제진료센터 외래 환자"; not "2023년 부산을 찾은 환자" (a clause)
_METRIC_MODIFIERS = re.compile(r"\s(?:[가-힣A-Za-z]+(?<![은는이가을를에의로와과도서한된던인만며고])\s){1,2}")
# a figure aimed at right after a year: "70만명으로 (외국인 환자를) 늘린다", "5만명까지 끌어올린다",
# "10만명 유치", "1조원 달성을",
# or one that ends a goal sentence on the copula ("목표치는 2026년 1만5천명이다")
_AIMED_FIGURE = re.compile(
    r"\s?(?:에는|엔|에)?\s?(?:약\s?|연간\s?)?\d[\d,.]*(?:\s?[천백십만억조]\s?[\d,.]*)*\s?(?:여\s?)?"
    r"(?:명|개국|개|곳|개소|원|달러)?\s?(?:이상|수준)?\s?(?:(?:으로|로|까지)\s?(?:[가-힣]+\s){0,2}(?:늘|확대|증가|끌어|높이|높일|넓)"
    r"|(?:을|를)?\s?(?:유치|달성)|(?:이다|입니다)(?![가-힣]))"
)
# after a figure's counter, the mark of a starting point: "3만명에서", "2만명이던", "2만 명 수준에서",
# "27개 → 50개", "7개국에서"
_STARTING_POINT = re.compile(
    r"\s?(?:여\s?)?(?:명|개국|개|곳|개소|원|달러)?\s?(?:수준)?\s?(?:(?:에서|이던|이었던|였던)(?![가-힣])|[→⇒]|->)"
    r"|\s?(?:여\s?)?(?:명|개국|개|곳|개소|원|달러)?\s?수준인(?![가-힣])"
)
# after a figure's counter, a comparison or a concession that a later figure of the sentence answers:
# "1만명에 비해 … 2만명을", "27곳인데 올해 50곳으로", "5천 명 수준의 환자를 … 10만명으로"
_COMPARED_OR_CONCEDED = re.compile(
    r"\s?(?:여\s?)?(?:명|개|곳|개소)?\s?(?:에\s?비해|에\s?비하여|보다|대비|수준의\s"
    r"|(?:인데|이지만|이었지만|였지만|이었으나|였으나)(?![가-힣]))"
)
# "향후 5년", "앞으로 3년간", "5년 안에", "5년 이내", "5년 내"
_YEARS_AHEAD = re.compile(
    r"(?:향후|앞으로)\s?(?P<n>\d{1,2})\s?년(?!도)|(?<![\d.])(?P<m>\d{1,2})\s?년\s?(?:안에|안으로|이내|내에|내로|내(?![가-힣]))"
)
# what stands between a noun and its count when the noun is the count's subject or topic
_CLAUSE_END = re.compile(r"(?:했|됐|였|한|된)?(?:으며|하며|고|며|지만)\s|[,;]\s")
# what is left of a series item once its figures are blanked: "2016년 570명, " -> "명, "
_SERIES_ITEM_END = re.compile(r"(?<=\s)(?:여\s?)?명\s?(?:\([^)]*\))?(?:에서|으로|이며)?\s?,")
_COUNTER = re.compile(r"\s?(?:여\s?)?(명)")
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
# "외국인 환자 3명 중 1명은 중국인", "10명 가운데 4명꼴": a proportion told as people, whose
# terms are no counts; the whole is a small round number (RATIO_WHOLES), a total and its part
# ("2만명 중 7천명") are counts
_RATIO_WHOLE_AFTER = re.compile(r"\s?명\s?(?:중|가운데)\s?(?:에서\s?)?\d{1,3}\s?명")
_RATIO_PART_BEFORE = re.compile(r"(?<![\d,.])(?P<whole>\d{1,3})\s?명\s?(?:중|가운데)\s?(?:에서\s?)?$")
RATIO_WHOLES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 100})
# between a count and the noun after it: a copula, a word of a group, of abroad, or of the
# patients' condition or age ("50여명의 현지 중증환자", "30명의 소아 환자")
_BEFORE_FOLLOWING_NOUN = re.compile(
    r"(?:[\s·ㆍ,]*(?:이던|이었던|인|단체|일행|현지|외국인|해외|방한|중증|경증|희귀|난치|만성|소아|노인))*[\s·ㆍ,]*"
)
# a sentence breaking down the count before: "이 가운데 중국인이 …", "이 중", "그중"
# the word of a part before the nationalities of a breakdown: "이 가운데 중국인이 …, 러시아인이",
# "외국인 환자 가운데 중국인이", "2만명 중 중국인이": who is broken down stands before it
_PARTITIVE = re.compile(r"(?:^|(?<=[\s명])|(?<=^[이그])|(?<=\s[이그]))(?:가운데|중)(?:에서|에는|에선)?\s+")
_DEMONSTRATIVE_END = re.compile(r"(?:^|\s)(?:이|그)\s?$")
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
_TOPIC = re.compile(r"들?(?:은|는|이|가|도)\s")  # "몽골인은 …": a nationality as the subject
# A figure told as expected (its verb in the future, last sound ㄹ, before the word of
# expectation): "찾을 것으로 기대", "이를 것으로 예상돼", "넘어설 것으로 전망된다", "넘을 것으로
# 내다봤다", "이를 것이라고 예측했다", "넘어설 전망이다", "늘어날 것으로 보인다", "넘어설 것이라는
# 분석"
_EXPECTED = re.compile(
    r"\s?(?:것으로|것이라고|것이란|것이라는)\s?(?:[^\s.,]+\s){0,2}?"
    r"(?:기대|예상|전망|관측|내다|예측|점쳐|보인다|보여|보고\s있)"
    r"|\s전망(?:이다|이며|이고|이라고|이어서|된다)"
    # a clause quoted as what is foreseen: "넘어설 것이라는 분석이 나왔다", "늘 것이란 관측"
    r"|\s?(?:것이라는|것이란)\s?(?:분석|관측|예상|전망|예측|우려|기대|평가)"
)
# the end of a clause joined to the next: what the next clause expects is not the count's
_JOINED_CLAUSE = re.compile(r"[\uac00-\ud7a3](?:면서|으며|며|하고|했고|였고|었고|는데|지만|으나|다며|다고)\s")
# a figure told as the level expected, right after its counter: "80만명으로 예상된다", "90만명
# 수준으로 전망했다", "1만명에 달할 것으로", or as the object of expecting ("1천명을 예상했지만"):
# an estimate of the past (추정, 추산) is a count, and so is a figure compared with what was
# expected ("1천명이 예상보다 많았다")
_EXPECTED_LEVEL = re.compile(
    r"\s?(?:여\s?)?명\s?(?:이상|안팎|가량|정도|내외|수준)?\s?(?:으로|로|을|를)\s?"
    r"(?:예상|전망|예측|관측|내다)(?!보다|과|와|외|밖|을|치)"
)
# the noun of a forecast figure before it: "올해 외국인 환자 전망치는 80만명", "예상 인원은 3천명"
_FORECAST_NOUN = re.compile(r"전망치|예상치|예측치|예상 인원|예상인원|전망 인원")
HANGUL_BASE, JONGSEONG_COUNT, FINAL_RIEUL = 0xAC00, 28, 8
# what stands between two dated counts of a series once figures and years are blanked (a
# relative year stays on an undated page):
# "명에서 ", "명, ", "명(6.1%), ", "명에 이어 ", "명 △", "명으로 늘었고 " is not one
_SERIES_JOINT = re.compile(
    r"\s*(?:여\s?)?명?\s?(?:\([^()]*\))?\s?(?:에서|에 이어|을 거쳐|를 거쳐|,|△|▲)?\s*(?:지난해|작년|올해|금년)?(?:년도?)?\s*(?:에는|에|엔|는|도)?\s*"
)
_ASIDE = re.compile(r"\([^()]*\)")
# a sentence that breaks down the count before: "그중 치과의원은 …", "이 가운데 …"
_PART_OPENING = re.compile(r"\s*(?:이|그)\s?(?:가운데|중)(?:에서|에는|에선)?\s")
_CASE_OF = re.compile(r"\S+의\s?경우\s")  # "치과병원의 경우 2011년 392명": of the place named
# a share told before the count it is of, which follows in brackets: "11.2%(3만6410명)"
_SHARE_FIRST = re.compile(r"[\d.\s]*%\s?\(\s*(?:[\d\s]*위\s?,\s*)?$")  # "22.3%(2위, " : its rank before
_COMPARED_FIGURE = re.compile(r"\s?(?:여\s?)?명\s?(?:대비|보다|에 비해|에 비하여)")  # "38만명 대비"
_TOPIC_MARK = re.compile(r"(?:은|는)\s")  # "태국은 …": a place as its sentence's topic
_ADNOMINAL_END = re.compile(r"(?:한|된|난|든|던)$")  # "증가한", "늘어난", "줄어든": a verb before its noun
# a word ending in a particle of place or time tells where or when a count was, not who it counts;
# so does a noun of place in the short locative of a headline ("국경 인근서 600명 무료 진료")
_PLACE_OR_TIME_PARTICLE = re.compile(
    r"(?:에서는|에서도|에서|에선|에는|에도|에게|까지|동안|부터|(?:인근|현지|일대|지역|마을|곳)서)$"
)
_LIST_JOINT = re.compile(r"(?:와|과)$")  # "외래진료와": a word that joins the next item of a list
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
_CAME_WITH_NO_OBJECT = re.compile(r"\s?(?:이상|가량|정도)?(?:이|가)?\s(?P<verb>찾|방문|다녀)")
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
# after a count's counter, a promotional occasion its people came to ("…명이 설명회를 찾았다") or
# were the target of ("…명을 대상으로 팸투어를", "…명을 상대로 부산 의료관광 홍보, …")
_OCCASION = r"(?:[가-힣]*설명회|팸\s?투어|[가-힣]*특강|세미나|간담회|포럼|홍보\s?부스|[가-힣]*홍보(?![관단]))"
_OCCASION_AUDIENCE = re.compile(
    rf"(?:이|가|은|는)\s(?:[가-힣A-Za-z]+\s){{0,2}}?{_OCCASION}(?:을|를|에|에는)\s?(?:찾|방문|참석|참가|둘러)"
    rf"|(?:을|를)\s(?:대상으로|상대로)\s(?:[^\s,]+\s){{0,3}}?{_OCCASION}"
)
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
_COUNTER_JOINED = re.compile(r"(?:여)?명(?:대)?(?:과|와)")  # "명과", "명대와": a count before, joined
_THING_COUNTER = re.compile(r"\s?(?:여\s?)?(?:개소|개|곳|건)")  # a figure of things: "1383곳", "25개소"
# from a figure to the noun right after it that it counts: "2091개 의료기관", "30여 곳의 병원"
_COUNTER_BEFORE_NOUN = re.compile(r"\s?(?:여\s?)?(?:개|곳|개소|명)?\s?(?:의\s)?")
# a breakdown by a kind of part: "진료과별로는", "국가별로 보면", "지역별로"
_BY_CATEGORY = re.compile(r"[가-힣]별\s?(?:로는|로|로 보면|로 보면은|에서는)\s")
# a sentence that goes on with the items of the breakdown before it (연령대별 분석 결과 …, 국적별로는 …):
# "이어 안과 …, 치과 … 순이었다"
_BROKEN_DOWN = re.compile(r"[가-힣]별\s?(?:로는|로|로 보면|로 보면은|에서는|\s?분석|\s?현황|\s?통계)")
_ITEMS_GO_ON = re.compile(
    r"\s*(?:이어|뒤이어|이어서|다음으로|그\s?다음으로|그\s?뒤로는?|그\s?밖에)\s|.*등의?\s?순"
)
# from a count to a year after it that dates it: "38만 명(2018년)", "1234명이 지난해 … 찾았다"
# "500여 명의 외국인 환자가 지난해 … 찾았다": or after the noun that follows the count
_YEAR_AFTER_COUNT = re.compile(
    r"[\s명여(]*(?:(?:이|가|은|는|을|를)|의\s?(?:[\uac00-\ud7a3]+\s){0,2}[\uac00-\ud7a3]+?(?:이|가|은|는|을|를))?\s*"
)
_SUBJECT_GAP = re.compile(r"^[^,;.()\d]*$")
# a figure the noun after it was, the noun qualified by a field or a department: "2014년 21명이던
# 국제 한방 환자 수가", "6만2천명이던 안과의 외국인 내원자 수는" (words only, no clause between);
# so is the level a figure stands at ("3만명 수준인 외국인 환자를", "만 명 수준의 의료관광객을")
_WAS_THEN_QUALIFIED = re.compile(r"(?:(?:수준\s?)?(?:이던|이었던|였던)|수준(?:인|의))\s(?:[가-힣]+\s){0,3}")
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
# the counter and what joins it to a noun after it ("3만 명대", the thirty thousands, is a band:
# read as 30,000 at least);
# an aside in brackets may stand before the 의 ("6만 명(120개국)의 외국인 환자")
_OF = re.compile(
    r"^\s?(?:여\s?)?명(?:대)?(?:\s?\([^()]*\)(?=의))?(?:의|이 넘는|이 넘은|을 넘는|\s?넘는|\s?넘은|\s이상의|\s가량의|\s정도의|\s?여의"
    r"|\s가까운|\s?안팎의|\s?내외의|\s남짓한|\s남짓의)?\s?"
)
# a year a figure is compared with: "전년 대비", "2014년보다", "2010년에 비해"
# from a count to the word comparing another figure with it: "3150명보다", "12만명(연환자 …) 대비"
_COMPARED_FIGURE = re.compile(r"\s?여?\s?명?\s?(?:\([^()]*\))?\s?(?:보다|대비|에 비해|에 비하여)")
# the figure in the brackets right after its year, then the word of comparison: "2012년(5천명)에 비해"
_YEAR_BRACKET_OPEN = re.compile(r"년\s?\(\s?$")
_COUNT_BRACKET_OPEN = re.compile(r"명\s?\([^()\d]{0,20}$")
_COMPARED_AFTER_BRACKET = re.compile(r"\s?여?\s?명?\s?\)\s?(?:보다|대비|에 비해|에 비하여)")
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
# between a year and the count it dates: "2017년 32만명", "2018년에 5130명", "2015년도에는 1만명"
_OWN_YEAR_GAP = re.compile(r"\s*(?:년|년도)?\s*(?:에는|에|엔|도|의|은|는)?\s*(?:약|총)?\s*")
# a count's subject and the place of care named right after it: "6,430명이 종합병원, ", "…명이 치과의원을"
_CARE_PLACE_AFTER = re.compile(r"\s?(?:여\s?)?명(?:이|은)\s([가-힣]+?)(?:을|를|에서|에|,|\s?등)")
# between an item of a breakdown and its count: nothing, a subject particle, its share in per cent
# before the count in brackets ("미국 11.2%(3만6410명)", "일본인이 19.7%(4만2150명)") or the
# bracket the count stands in ("부산(1만3717명, 5.1%)")
_ITEM_GAP = re.compile(r"\s*(?:들?(?:이|가|은|는|도)\s?)?(?:\d[\d.,]*\s?%\s?)?\(?\s*")
# a count in brackets closing an item of a breakdown: "(     명), ", "(     명, 전국대비     ), ",
# "(     명)로 가장 많았고, " (figures blanked)
_BRACKETED_ITEM_END = re.compile(
    r"\([^()]*명[^()]*\)\s?(?:으로|로|이며|이고)?(?:\s가장\s[\uac00-\ud7a3]+(?:고|으며|며))?\s?,"
)
# the end of a count standing alone in its brackets, an aside after it: "명)", "명, 5.1%)"
_BRACKETED_COUNT = re.compile(r"\s?(?:여\s?)?명\s?(?:\)|,[^()]*\))")
# the case a sentence tells its counts of: "치과병원의 경우 ", "대구는 "
_YEAR_OF_COUNT_BEFORE = re.compile(r"\s?(?:여\s?)?명?\s?\(\s*")
_CASE_TOPIC = re.compile(r"의\s?경우(?:에는|엔|는)?\s")
# between the counter of a count and a verb of change it is the amount of: a qualifier, an
# aside in brackets, a subject particle ("860명(12%)이 늘어", "1200명가량 줄어")
# "43.2%(2142명) 증가": or the closing bracket of a change told in brackets after its share
_CHANGE_GAP = re.compile(r"\s?(?:가량|정도|이상|여)?\s?(?:\([^()]*\))?\s?\)?\s?(?:이|가|씩)?\s?")
# what may follow a noun that ends its word ("환자가", "환자들은", "환자수는"); "환자송출 에이전시"
# is a compound naming something else
_WORD_END_AFTER_NOUN = re.compile(
    r"(?:들|수)?(?:이|가|은|는|을|를|의|에게|에|와|과|도|으로|로|만)?(?![\uac00-\ud7a3])"
)
# from a count to the next of a list of labelled items: "명, 입원 ", "명(12%), 치유상품 "
_ITEM_LABEL = re.compile(r"\s?(?:여\s?)?명\s?(?:\([^()]*\))?\s?,\s?(?P<label>(?:[\uac00-\ud7a3·]+\s){1,2})")
_LABEL_BEFORE = re.compile(r"(?:^|[\s,])[\uac00-\ud7a3·]+\s$")  # "외래 395명": its own label before the count
_WHOLE_BEFORE_ITEM = re.compile(r"\s*(?:들)?(?:은|는|이|가)?\s*")  # "외국인 환자는 중국인 410명"
_OWN_COUNT_NEXT = re.compile(r"\s?(?:약\s?)?\d")  # "일본인 71명": a noun right before its own count
# "기타 199명 등 516명", "… 모두 516명": the total that closes a list of items
_TOTAL_AFTER_ITEMS = re.compile(r"(?:^|\s)(?:등|등\s?모두|등\s?총|모두|총|합계|전체)\s?$")
MAX_CHANGE_VERB_CHARS = 8
MAX_OWNED_FIGURE_CHARS = 12  # "명의 총 진료비", "명의 1인당 평균 진료비"
# the national tourism corporation (한국관광공사, 관광공사), not a city's or a province's own
# (인천관광공사, 경기관광공사: local)
_NATIONAL = re.compile(r"^(?:정부|한국|대한민국|우리나라|국내)$|부$|진흥원|^(?:한국)?관광공사$|공단")
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
    cases = _cases_of_care(ctx, sentence, quantity, after)
    if cases is not None:
        return cases
    counter = _OF.match(after)
    if (
        counter is None
        or _owns_a_figure(ctx, quantity.end + counter.end())
        or (_changed_by(ctx, quantity.end + counter.end()) and not _after_arrow(ctx, sentence, quantity))
        or _attended(ctx, sentence, quantity)
        or _audience_of_an_occasion(ctx, sentence, quantity)
        or _milestone(ctx, sentence, quantity)
        or _ERA.match(ctx.text, quantity.end) is not None
        or _projected(ctx, sentence, quantity)
        or _term_of_ratio(ctx, sentence, quantity)
        or _counts_its_own_noun(ctx, quantity.end + counter.end())
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
        and not _next_items_subject(ctx, sentence, quantity, following)
    ):
        came = (
            _came_to_the_place_told_before(ctx, sentence, following[0].end, following[0].label)
            if is_generic(following[0])
            else None
        )
        return came or following[0]
    aside = (
        _dated_aside(ctx, sentence, quantity, nouns)
        or _dated_comparison(ctx, sentence, quantity, nouns)
        or _arrow_pair(ctx, sentence, quantity, nouns)
    )
    if aside is not None:
        return _foreign_in_context(ctx, sentence, aside, nouns)
    before = [
        noun
        for noun in nouns(max(sentence.start, quantity.start - MAX_SUBJECT_CHARS), quantity.start)
        if not _in_aside(ctx, noun.end, quantity.start)
    ]
    if not before:
        told_before = _noun_told_before(ctx, sentence, quantity, nouns)
        item = _item_name(ctx, sentence, quantity) if told_before is not None else None
        if item is not None:
            # "이어 미국 11.2%(3만6410명), 일본 …": a breakdown going on from the sentence before
            told_before = PhraseMatch(item.start, item.end, item.text, told_before.label)
        return (
            _series_noun(ctx, sentence, quantity, nouns, is_generic)
            or _breakdown_item(ctx, sentence, quantity, nouns, is_generic)
            or told_before
            or _people_cared_for(ctx, sentence, quantity)
        )
    head = before[-1]
    if any(head.end <= q.start for q in _person_counts_before(ctx, sentence, quantity.start)):
        # a later item of a breakdown ("…, 몽골 4.9%(1만2100명)"): the item's own name
        item = _breakdown_item(ctx, sentence, quantity, nouns, is_generic)
        whole = [n for n in before if not _is_nationality(ctx, sentence, n)]
        if item is not None and whole and _is_nationality(ctx, sentence, item):
            return whole[-1]  # "의료관광객은 베트남인 318명, 태국인 52명": the whole's, of its item's country
        if item is not None:
            return item
        opening = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
        if whole and _TOTAL_AFTER_ITEMS.search(ctx.text, sentence.start, quantity.start - len(opening)):
            return whole[-1]  # "… 기타 199명 등 516명": the total closing the list counts the whole
    if (
        _is_nationality(ctx, sentence, head)
        and _TOPIC.match(ctx.text, head.end) is None
        and ctx.text[head.end : quantity.start].strip()
        != numbers.qualifier_phrase(ctx.text, head.end, quantity.start, ctx.lexicon).strip()
        and not _tourists_of_a_nationality(ctx, head, quantity)
    ):
        # "몽골인 통역 1명": the nationality qualifies another noun; "베트남인 1200명이 … 검진을
        # 받았다", "몽골인 약 300명": the nationality is the noun counted
        return None
    if _is_nationality(ctx, sentence, head):
        whole = [n for n in before if not _is_nationality(ctx, sentence, n)]
        if whole and (
            _person_counts_before(ctx, sentence, head.start)
            or _WHOLE_BEFORE_ITEM.fullmatch(ctx.text, whole[-1].end, head.start)
        ):
            # "의료관광객은 베트남인 318명, 태국인 52명": the items of the whole's list by nationality
            return whole[-1]
    if _is_nationality(ctx, sentence, head) and (whole := _broken_down(ctx, sentence, head, nouns)):
        # "이 가운데 중국인이 7000명", "외국인 환자 2만명 중 중국인이 7천명": the patients told
        # before the word of a part, by nationality
        return whole
    gap = ctx.text[head.end : quantity.start]
    # an aside in brackets says something of its own: "외국인 환자 유치는 … 증가(연평균 23.5%)했지만
    # … 2020년 12만명으로"; the bracket the count itself opens ("부산(1만3717명)") is no aside
    between = _without_figures(ctx, sentence, head.end, quantity.start).rstrip()
    if _BRACKETED_COUNT.match(ctx.text, quantity.end):
        between = between.removesuffix("(")
    gap_words = _ASIDE.sub(" ", between)
    if _DATED_ASIDE_END.match(ctx.text, quantity.end):  # "35.1%(12만7648명)": the count of the share
        gap_words = _SHARE_FIRST.sub("", gap_words)
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
    item = _item_name(ctx, sentence, quantity)
    counted_part = gap[cue_end : (item.start - head.end) if item else None]
    if ctx.lexicon.matcher("patients", "other_nouns").contains(
        counted_part
    ) and not _tourists_of_a_nationality(ctx, head, quantity):
        # "입국 여행객 가운데 5%인 7천명이 치료차 부산을 방문했다": the part told coming for care
        return _came_for_part_of_others(ctx, sentence, quantity)
    return _foreign_in_context(ctx, sentence, head, nouns)


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
        head.end <= q.start and q.end <= clause_end for q in _person_counts_before(ctx, sentence, clause_end)
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
        head.end <= q.start and q.end <= clause_end for q in _person_counts_before(ctx, sentence, clause_end)
    )


def _foreign_in_context(
    ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, nouns: NounFinder
) -> PhraseMatch:
    """ "러시아 환자는 2018년(7415명)", "2010년 이후 누적 환자는 132만명" after "외국인 환자가 …
    36만 4000명으로": a bare 환자 is foreign where a foreign region stands right before it, or
    where it goes on counting the foreign patients counted in the sentences just before."""
    if (
        head.label != Population.PATIENTS.value
        or head.text not in ctx.lexicon.section("patients")["bare_heads"]
    ):
        return head
    foreign = PhraseMatch(head.start, head.end, head.text, Population.FOREIGN_PATIENTS.value)
    window = max(sentence.start, head.start - MAX_ORIGIN_CHARS)
    for place in ctx.places(sentence):
        if (
            window <= place.start
            and place.end <= head.start
            and _ORIGIN_JOINT.fullmatch(ctx.text, place.end, head.start)
        ):
            return foreign if not place.place.is_korean else head
    lead = ctx.text[sentence.start : head.start]
    if nouns(sentence.start, head.start) or ctx.lexicon.matcher("partnerships", "domestic_words").contains(
        lead
    ):
        return head
    body = ctx.body_sentences
    position = ctx.body_position(sentence) or 0
    for previous in reversed(body[max(0, position - LEAN_BACK_SENTENCES) : position]):
        told = nouns(previous.start, previous.end)
        if told:
            counted = _person_counts_before(ctx, previous, previous.end)
            return foreign if counted and told[-1].label == Population.FOREIGN_PATIENTS.value else head
    return head


def _broken_down(
    ctx: DocumentContext, sentence: Sentence, nationality: PhraseMatch, nouns: NounFinder
) -> PhraseMatch | None:
    """The patient noun a nationality is a part of: the last one before the word of a part
    (가운데, 중) before it in the sentence, else, after "이 가운데", that of the sentence before
    (the nationality itself where none is found)."""
    parts = list(_PARTITIVE.finditer(ctx.text, sentence.start, nationality.start))
    if not parts:
        return None
    part = parts[-1]
    lead = ctx.text[sentence.start : part.start()]
    if _DEMONSTRATIVE_END.search(lead) and not lead[: -len(_DEMONSTRATIVE_END.search(lead).group(0))].strip():
        return _noun_of_sentence_before(ctx, sentence, nouns) or nationality
    before = [n for n in nouns(sentence.start, part.start()) if not _is_nationality(ctx, sentence, n)]
    return before[-1] if before else None


def _owns_a_figure(ctx: DocumentContext, position: int) -> bool:
    """ "4천48명의 총 진료비는 61억 원": people told as the owners of a sum restate a count told
    before; the sum is the news of the sentence, not a count."""
    if not ctx.text.endswith("의", 0, position) and not ctx.text.endswith("의 ", 0, position):
        return False
    figure = ctx.lexicon.matcher("patients", "owned_figures").search(
        ctx.text, position, position + MAX_OWNED_FIGURE_CHARS
    )
    return (
        figure is not None
        and not ctx.text[position : figure.start].replace("총", "").replace("평균", "").strip()
    )


def _changed_by(ctx: DocumentContext, position: int) -> bool:
    """ "전년보다 860명 늘었다", "1200명가량 줄어든": a count that a verb of change follows right
    after its counter (no 으로 of a level reached, no 에서 of one left) is by how much a count
    changed, not a count."""
    gap = _CHANGE_GAP.match(ctx.text, position)
    change = ctx.lexicon.matcher("patients", "change_verbs")
    verb = change.search(ctx.text, gap.end(), gap.end() + MAX_CHANGE_VERB_CHARS)
    return verb is not None and verb.start == gap.end()


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
    gap = _without_figures(ctx, sentence, previous.end, quantity.start)
    if country_of_count(ctx, sentence, quantity) and country_of_count(ctx, sentence, previous):
        for place in ctx.places(sentence):
            if previous.end <= place.start and place.end <= quantity.start:
                offset = place.start - previous.end
                gap = gap[:offset] + " " * (place.end - place.start) + gap[offset + place.end - place.start :]
    if _SERIES_JOINT.fullmatch(gap) is None and not _labelled_item(ctx, sentence, previous, quantity):
        return None
    return counted_noun(ctx, sentence, previous, nouns, is_generic)


def _labelled_item(ctx: DocumentContext, sentence: Sentence, previous: Quantity, quantity: Quantity) -> bool:
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


def _after_arrow(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the count closes a change written with an arrow ("(4,100명→4,940명) 증가"): the
    verb of change after the brackets is the pair's, not a change by this count."""
    opening = ctx.text.rfind("(", sentence.start, quantity.start)
    return opening >= 0 and _ARROW_SECOND.match(ctx.text, opening, quantity.start) is not None


def _arrow_pair(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "몽골 환자 수는 전년에 비해 20.5%(4,100명→4,940명) 증가했다": the two counts of a change
    written with an arrow in brackets (after its share) count the patient noun before the
    brackets, the first the earlier figure, the second the later."""
    opening = ctx.text.rfind("(", sentence.start, quantity.start)
    if opening < 0 or ")" in ctx.text[opening : quantity.start]:
        return None
    first = _ARROW_FIRST.match(ctx.text, quantity.end) and (
        not ctx.text[opening + 1 : quantity.start].strip()
        or _ARROW_SHARE_FIRST.fullmatch(ctx.text, opening + 1, quantity.start)
    )
    second = _ARROW_SECOND.match(ctx.text, opening, quantity.start) and (
        _DATED_ASIDE_END.match(ctx.text, quantity.end) or _ARROW_SHARE_LAST.match(ctx.text, quantity.end)
    )
    if not (first or second):
        return None
    before = nouns(sentence.start, opening)
    if before:
        return before[-1]
    # "방문객 성장률은 태국(47.6%, 2150명→3173명)": no patient noun, but the growth of visitors
    # ranked by the countries they come from, each named before its change
    growth = ctx.lexicon.matcher("patients", "visitor_growth").search(ctx.text, sentence.start, opening)
    if growth is None or not any(
        p.end == opening and p.place.country and not p.place.is_korean for p in ctx.places(sentence)
    ):
        return None
    return growth


def _dated_comparison(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "외국인 환자는 19만명으로 …했고, 코로나 이전인 2019년의 38만명 대비 50% 수준":
    a figure of its own year that the sentence compares its count with counts what the
    sentence counts, however far before its noun stands."""
    if _COMPARED_FIGURE.match(ctx.text, quantity.end, sentence.end) is None:
        return None
    years = [y for y in ctx.years(sentence) if y.end <= quantity.start and not y.relative]
    if not years or _OWN_YEAR_GAP.fullmatch(ctx.text, years[-1].end, quantity.start) is None:
        return None
    before = nouns(sentence.start, years[-1].start)
    return before[-1] if before else None


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
    item = _item_name(ctx, sentence, quantity)
    if item is None:
        # "…명이 상급종합병원을 찾았고, 6,430명이 종합병원": a place of care named after the count,
        # or a kind of care right before it ("러시아 환자는 외래 197명, 입원 126명"), names no people
        # of its own: the count's are the whole's, origins and receiver and all
        if not (_care_place_after(ctx, sentence, quantity) or _care_kind_before(ctx, sentence, quantity)):
            return None
        earlier = _person_counts_before(ctx, sentence, quantity.start)
        return counted_noun(ctx, sentence, earlier[-1], nouns, is_generic) if earlier else None
    earlier = _person_counts_before(ctx, sentence, item.start)
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


def _care_place_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a place of care is named right after the count's subject ("…명이 상급종합병원을
    찾았으며, 6,430명이 종합병원, 2,115명이 치과의원을 찾은"): a later item of a breakdown by the
    places the people went to, its verb left to the first item."""
    m = _CARE_PLACE_AFTER.match(ctx.text, quantity.end, sentence.end)
    if m is None:
        return False
    place = m.group(1)
    endings = tuple(ctx.lexicon.section("patients")["hospital_item_endings"])
    return place.endswith(endings) or place in ctx.lexicon.section("patients")["departments"]


def _care_kind_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a kind of care names the item right before the count ("외래 420명", "건강검진이
    90명으로"), a word of its own ("비입원" is none)."""
    end = quantity.start - len(
        numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    )
    window = max(sentence.start, end - MAX_DEPARTMENT_CHARS)
    return any(
        (kind.start == 0 or not ctx.text[kind.start - 1].isalnum())
        and _ITEM_GAP.fullmatch(ctx.text, kind.end, end) is not None
        for kind in ctx.lexicon.matcher("patients", "care_kind_items").finditer(ctx.text, window, end)
    )


def _person_counts_before(ctx: DocumentContext, sentence: Sentence, position: int) -> list[Quantity]:
    """The counts of people (…명) of the sentence that end before a position."""
    return [
        q
        for q in ctx.quantities(sentence)
        if not q.is_year and not q.is_measure and q.end <= position and _COUNTER.match(ctx.text, q.end)
    ]


def _item_name(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """The country, nationality, region or department an item of a breakdown names right before
    its count."""
    qualifier = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    end = quantity.start - len(qualifier)
    for place in ctx.places(sentence):
        if place.end <= end and _ITEM_GAP.fullmatch(ctx.text, place.end, end) and place.place.country:
            return PhraseMatch(place.start, place.end, place.text, "")
    window = max(sentence.start, end - MAX_DEPARTMENT_CHARS)
    for department in ctx.lexicon.matcher("patients", "departments").finditer(ctx.text, window, end):
        if _ITEM_GAP.fullmatch(ctx.text, department.end, end):
            return department
    return _hospital_item(ctx, sentence, quantity)


def _hospital_item(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
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
            and _ITEM_GAP.fullmatch(ctx.text, organization.end, end)
            and (
                any(q != quantity for q in _person_counts_before(ctx, sentence, sentence.end))
                or _BY_CATEGORY.search(ctx.text, sentence.start, organization.start) is not None
            )
        ):
            return PhraseMatch(organization.start, organization.end, organization.name, "")
    return None


def _next_items_subject(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, following: list[PhraseMatch]
) -> bool:
    """ "중국인이 7000명, 러시아인이 3000명", "중국인 246명, 일본인 71명", "12만명, 미국 환자는
    5만명", "12만명, 미국인 환자는 9만명": a noun after a comma that is the subject of the next
    clause (its own or that of the patient noun right after it), or a nationality right before
    its own count, is the next item of a breakdown, not the noun of the count before it."""
    noun = following[0]
    if "," not in ctx.text[quantity.end : noun.start]:
        return False
    if _TOPIC.match(ctx.text, noun.end) is not None:
        return True
    if not _is_nationality(ctx, sentence, noun):
        return False
    head = next((n for n in following[1:] if n.start == noun.end + 1), None)
    return _OWN_COUNT_NEXT.match(ctx.text, noun.end) is not None or (
        head is not None and _TOPIC.match(ctx.text, head.end) is not None
    )


def _dated_aside(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "2019년(38.2만 명) 대비", "사드 영향 이전(’16년, 9만 3415명) 수준": a count in brackets
    with its year gives that year's figure of the patients the sentence is about, however far
    before their noun stands."""
    opening = ctx.text.rfind("(", sentence.start, quantity.start)
    if opening < 0 or ")" in ctx.text[opening : quantity.start]:
        return None
    closing = _DATED_ASIDE_END.match(ctx.text, quantity.end)
    if closing is None:
        return None
    years = [y for y in ctx.years(sentence) if y.end <= quantity.start]
    if not years or not _DATED_ASIDE_GAP.fullmatch(ctx.text, years[-1].end, quantity.start):
        return None
    before = nouns(sentence.start, years[-1].start)
    return before[-1] if before else None


def _projected(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "올해 안에 450명의 의료관광객이 광주를 찾을 것으로 기대하고", "3만1000명에 이를 것으로 예상돼",
    "100만명을 넘어설 전망이다", "80만명으로 예상된다", "전망치는 80만명": a count its clause tells
    as expected (a verb in the future, its last sound ㄹ, before a word of expectation; the level
    expected; the noun of a forecast figure) has not happened: neither a count nor an aim."""
    clause_start, clause_end = count_clause(ctx, sentence, quantity)
    if _EXPECTED_LEVEL.match(ctx.text, quantity.end) or _FORECAST_NOUN.search(
        ctx.text, clause_start, quantity.start
    ):
        return True
    figures_after = [q.start for q in ctx.quantities(sentence) if q.start >= quantity.end and not q.is_year]
    for match in _EXPECTED.finditer(ctx.text, quantity.end, clause_end):
        if any(start < match.start() for start in figures_after):
            continue  # "2018년(7415명)에 견줘 60% 수준을 회복할 것으로 보인다": the share is expected
        if _JOINED_CLAUSE.search(ctx.text, quantity.end, match.start()):
            continue  # "1만9135명을 유치하면서 … 좋은 기회가 될 것으로 기대된다": another clause's verb
        before = ctx.text[match.start() - 1] if match.start() else ""
        if "\uac00" <= before <= "\ud7a3" and (ord(before) - HANGUL_BASE) % JONGSEONG_COUNT == FINAL_RIEUL:
            return True
    return False


def _milestone(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "누적 226만 명으로 … 200만 명을 넘어섰다", "처음으로 100만명을 돌파했다" beside "117만명으로":
    a round figure passed is a mark that a count told in the sentence (or, for a mark passed
    for the first time, in the article) crossed, not a count of its own; "유치된 외국인 환자가
    2천명을 넘어섰다" with no such count beside it is a count."""
    if _PASSED.match(ctx.text, quantity.end) is None or not _is_round(quantity.value):
        return False
    first_time = _FIRST_TIME.search(ctx.text, sentence.start, quantity.start) is not None
    for near in ctx.body_sentences if first_time else [sentence]:
        for other in ctx.quantities(near):
            if (
                not other.is_year
                and not other.is_measure
                and not _is_round(other.value)
                and quantity.value < other.value < quantity.value * MILESTONE_SPAN
            ):
                return True
    return False


def _tourists_of_a_nationality(ctx: DocumentContext, head: PhraseMatch, quantity: Quantity) -> bool:
    """ "중국인 관광객이 6천명으로 가장 많았다": tourists named by their nationality as the subject
    or topic of the count: the nationality names the people counted, as "중국인이 6천명" does
    (whether they are patients, the reader of nationals among patients asks)."""
    start = head.end + (ctx.text[head.end : head.end + 1] == " ")
    tourists = ctx.lexicon.matcher("patients", "tourist_nouns").match(ctx.text, start)
    if tourists is None or tourists.start != start:
        return False
    qualifier = numbers.qualifier_phrase(ctx.text, tourists.end, quantity.start, ctx.lexicon)
    return _TOPIC.fullmatch(ctx.text, tourists.end, quantity.start - len(qualifier)) is not None


def _in_aside(ctx: DocumentContext, position: int, end: int) -> bool:
    """ "외국인 실환자(재진 환자 제외)는 … 64만명": whether a bracket closes between a position and
    the count, none opening: a noun in an aside is not what the count counts."""
    closing = ctx.text.find(")", position, end)
    return closing >= 0 and "(" not in ctx.text[position:closing]


def _counts_its_own_noun(ctx: DocumentContext, position: int) -> bool:
    """ "500여 명의 관광객이", "30명의 의료진": the people a count counts, named right after it,
    are no patients, whatever patient noun stands before."""
    if not ctx.text.endswith("의", 0, position) and not ctx.text.endswith("의 ", 0, position):
        return False
    other = ctx.lexicon.matcher("patients", "other_nouns").search(
        ctx.text, position, position + FOLLOWING_NOUN_CHARS
    )
    return other is not None and other.start == position


def _term_of_ratio(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "3명 중 1명", "10명 가운데 4명": either term of a proportion told as people."""
    if quantity.value in RATIO_WHOLES and _RATIO_WHOLE_AFTER.match(ctx.text, quantity.end, sentence.end):
        return True
    part_of = _RATIO_PART_BEFORE.search(ctx.text, sentence.start, quantity.start)
    return (
        part_of is not None
        and int(part_of["whole"]) in RATIO_WHOLES
        and quantity.value < int(part_of["whole"])
    )


def _is_round(value: float) -> bool:
    """One significant digit: 100만, 200만, 3만."""
    digits = f"{int(value)}".rstrip("0")
    return len(digits) <= 1


def _cases_of_care(
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


def _is_nationality(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    return any(p.start == head.start and p.place.kind == PlaceKind.DEMONYM for p in ctx.places(sentence))


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


def _noun_told_before(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "2018년에 5130명, 2019년에 1874명으로 급감했다": a sentence of person counts that names no
    one counts the patients of the sentence before, if it names no other people either; a
    breakdown by country ("병원을 찾은 외국인은 중국 251명, 몽골 88명") counts them whatever
    else its lead names; so does a breakdown by the places they went to ("그중 치과의원은 3,518명,
    치과병원을 2,907명이 찾아", "치과병원의 경우 2011년 392명, 2012년 1,146명")."""
    lead = ctx.text[sentence.start : quantity.start]
    by_receiver = (
        _PART_OPENING.match(ctx.text, sentence.start)
        or _CASE_OF.search(lead)
        or _hospital_item(ctx, sentence, quantity) is not None  # "병원별로는 한빛병원이 420명"
    )
    # "치과병원의 경우 2011년 392명, …": the case the counts are told of is where they went
    lead = lead[max((m.end() for m in _CASE_TOPIC.finditer(lead)), default=0) :]
    # "그중 2,100명이 카자흐스탄 사람이었다": the people of the complement are the count's own
    complement = bool(origin_as_complement(ctx, sentence, quantity))
    if (
        _named_by_another_noun(ctx, sentence, quantity)
        or nouns(sentence.start, quantity.start if complement else sentence.end)
        or (
            not country_of_count(ctx, sentence, quantity)
            and not by_receiver
            and ctx.lexicon.matcher("patients", "other_nouns").contains(lead)
        )
    ):
        return None
    if ctx.lexicon.matcher("patients", "attendance_words").contains(ctx.text[sentence.start : sentence.end]):
        return None
    return _noun_of_sentence_before(ctx, sentence, nouns)


def _noun_of_sentence_before(
    ctx: DocumentContext, sentence: Sentence, nouns: NounFinder
) -> PhraseMatch | None:
    """The last patient noun of the sentences just before, while they go on telling counts."""
    body = ctx.body_sentences
    position = ctx.body_position(sentence) or 0
    for previous in reversed(body[max(0, position - LEAN_BACK_SENTENCES) : position]):
        heads = nouns(previous.start, previous.end)
        if heads:
            return heads[-1]
        if not any(not q.is_measure and not q.is_year for q in ctx.quantities(previous)) and not (
            _POINTS_BACK.match(ctx.text, previous.start, previous.end)
            or _SHARES_OR_RANKS.search(ctx.text, previous.start, previous.end)
        ):
            return None  # a sentence of no counts between: the noun is no longer in force
    return None


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


def _named_by_another_noun(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
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
        or _PART_OPENING.match(ctx.text, sentence.start)
        or _hospital_item(ctx, sentence, quantity) is not None
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
    if _ADNOMINAL_END.search(words[-1]) and ctx.lexicon.matcher("patients", "change_verbs").contains(
        words[-1]
    ):
        return False  # "전년보다 3배 넘게 증가한 4만2316명": a verb of change, no noun
    return words[-1] not in ctx.lexicon.section("patients")["count_openers"]


def country_of_count(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "중국 251명(39.2%), 몽골 88명", "중국인이 7000명, 러시아인이 3000명": in a breakdown by
    country, the foreign country or nationality written right before a count (its qualifier
    aside: "중국 약 300명", its share told first: "미국 11.2%(3만6410명)") is where its people
    come from."""
    qualifier = numbers.qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    end = quantity.start - len(qualifier)
    for place in ctx.places(sentence):
        gap = ctx.text[place.end : end] if place.end <= end else None
        if gap is not None and _DATED_ASIDE_END.match(ctx.text, quantity.end):
            gap = _SHARE_FIRST.sub("", gap)  # the count alone in the brackets after its share
        if (
            gap is not None
            and (
                (place.place.kind == PlaceKind.COUNTRY and _ITEM_GAP.fullmatch(gap))
                or (place.place.kind == PlaceKind.DEMONYM and _NATIONALITY_SUBJECT.fullmatch(gap))
                or (place.place.kind == PlaceKind.DEMONYM and _ITEM_GAP.fullmatch(gap) and "%" in gap)
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
    if not words or not _ADNOMINAL_END.search(words[-1]):
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


def _people_cared_for(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "1703명을 상대로 … 진료", "주민 500여 명에게 무료 진료": a count of people followed by a
    word of care; its counter (명) is the generic noun, which counts only where care is told."""
    counter = _COUNTER.match(ctx.text, quantity.end)
    if counter is None:
        return None
    if _came_for_care(ctx, sentence, quantity, counter.end()):
        return _people_who_came(ctx, sentence, counter)
    visitors = _came_to_a_place_of_care(ctx, sentence, quantity, counter)
    if visitors is not None:
        return visitors
    received = _received_care(ctx, sentence, quantity)
    named = _named_by_another_noun(ctx, sentence, quantity)
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


def _received_care(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "고객 200명이 초청돼 피부과 상담을 받았다", "유학생 60명을 대상으로 건강검진을 지원했다",
    "28명을 국내로 초청해 수술을 해 줬다": people of any name (customers, students,
    participants) are cared for where the clause their count opens tells them receiving care
    (…을 받다) as its subject, names them the target of care given, or invites or brings them
    for care given; buyers who held talks (상담을 진행했다) received none. The care word."""
    counter = _COUNTER.match(ctx.text, quantity.end)
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
    joint = _CLAUSE_END.search(clause)
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
    counter = _COUNTER.match(ctx.text, quantity.end)
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
    if not (foreigners or rate) and _named_by_another_noun(ctx, sentence, quantity):
        return None
    place = _CARE_PLACE_VISITED.match(ctx.text, counter.end(), sentence.end) or _CARE_PLACE_OF_CLAUSE.match(
        ctx.text, counter.end(), sentence.end
    )
    if place is None and _VISITED_AFTER_COUNT.match(ctx.text, counter.end(), sentence.end) is not None:
        place = _CARE_PLACE_BEFORE.search(ctx.text, floor, quantity.start)
    label = "foreign_patients" if foreigners else "patients"
    if place is None:
        return _came_to_the_place_told_before(ctx, sentence, counter.end(), label)
    return PhraseMatch(place.start("place"), place.end("place"), place.group("place"), label)


def _came_to_the_place_told_before(
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


def _came_for_part_of_others(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity
) -> PhraseMatch | None:
    """ "입국 여행객 가운데 5%인 7천명이 치료차 부산을 방문했다": the count of a part of other
    people (travellers, visitors) counts patients where its own clause tells them coming for
    care."""
    counter = _COUNTER.match(ctx.text, quantity.end)
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


def _attended(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "환자 및 가족 40여 명을 비롯해 … 참석했다": the verb at the end of the clause tells that the
    people counted attended, not that they were treated; those who attended a consultation
    ("진료상담회에는 환자 90여명이 참석했다") were seen by its doctors, and those invited for care
    ("환자 30명을 초청해 수술했다") were treated."""
    clause = ctx.text[quantity.end : sentence.end]
    joint = _CLAUSE_END.search(clause)
    clause = clause[: joint.end() if joint else None]
    attendance = ctx.lexicon.matcher("patients", "attendance_words").search(clause)
    if attendance is None:
        return False
    if ctx.lexicon.matcher("patients", "treatment_words").contains(
        clause[attendance.end :]
    ) or _received_care(ctx, sentence, quantity):
        # "환자 60명을 불러 치료해 주기로", "고객 200명이 초청돼 상담을 받았다": invited to be
        # treated, not to attend
        return False
    return not ctx.lexicon.matcher("patients", "consultation_words").contains(
        ctx.text[sentence.start : quantity.start]
    )


def _audience_of_an_occasion(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "바이어 140명이 설명회를 찾았다", "여행사 직원 9명을 대상으로 팸투어를 진행": people who
    came to a promotional occasion, or were its target, are its audience, whatever noun names
    them; unless the clause tells them treated too ("… 설명회와 무료 진료를 실시")."""
    counter = _COUNTER.match(ctx.text, quantity.end)
    if counter is None:
        return False
    occasion = _OCCASION_AUDIENCE.match(ctx.text, counter.end(), sentence.end)
    if occasion is None:
        return False
    clause = ctx.text[occasion.end() : sentence.end]
    joint = _CLAUSE_END.search(clause)
    return not ctx.lexicon.matcher("patients", "treatment_words").contains(
        clause[: joint.start() if joint else None]
    )


def _without_figures(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> str:
    """The words between two positions with years and figures (2018년, 12%, 570명) blanked."""
    text = list(ctx.text[start:end])
    spans = [(y.start, y.end) for y in ctx.years(sentence)]
    spans += [(q.start, q.end) for q in ctx.quantities(sentence)]  # "△2019년 410명 △2020년 385명": a series
    for span_start, span_end in spans:
        for i in range(max(span_start, start), min(span_end, end)):
            text[i - start] = " "
    blank = "".join(text)
    blank = _BRACKETED_ITEM_END.sub(lambda m: " " * len(m.group(0)), blank)
    return _SERIES_ITEM_END.sub(lambda m: " " * len(m.group(0)), blank)


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
            and _OWN_YEAR_GAP.fullmatch(ctx.text, y.end, quantity.start) is None  # "650명(지난해 420명)"
        )
    ]
    if own:
        return own[-1].year
    before = [q for q in counts if q.end <= quantity.start]
    if before and _ASIDE_OPENING.search(ctx.text, max(previous_end, quantity.start - 24), quantity.start):
        return count_year(ctx, sentence, years, before[-1], quantity.start)
    after = [y for y in years if y.start >= quantity.end and y.start < next_count]
    if (
        after
        and _YEAR_AFTER_COUNT.fullmatch(ctx.text, quantity.end, after[0].start)
        and _COMPARED.match(ctx.text, after[0].end) is None
        and _SINCE.match(ctx.text, after[0].end) is None
    ):
        return after[0].year
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
        and _OWN_YEAR_GAP.fullmatch(ctx.text, y.end, first_count) is None
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
        and _OWN_YEAR_GAP.fullmatch(ctx.text, y.end, min(q.start for q in counts if q.start >= y.end)) is None
    ]
    if clause_years:
        return clause_years[-1].year
    return opening[0].year if opening else None


def count_clause(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[int, int]:
    """From the end of the count before (or the sentence's start) to the start of the next:
    what a count's clause may say of it on either side."""
    counts = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure and q != quantity]
    start = max([sentence.start, *(q.end for q in counts if q.end <= quantity.start)])
    end = min([sentence.end, *(q.start for q in counts if q.start >= quantity.end)])
    return start, end


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
        p.place.is_korean and p.end <= head.start and _ORIGIN_JOINT.fullmatch(ctx.text, p.end, head.start)
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
        if not (_ORIGIN_JOINT.fullmatch(between) or _lists_people_of(ctx.text, head, position, between)):
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


def is_due_year(
    text: str, year: YearMention, metrics: PhraseMatcher, due_after_year: re.Pattern[str]
) -> bool:
    """ "2027년까지": the due marker follows the year; "2027년 외국인환자 70만명 유치": the year
    stands right before the aim's metric; "2027년 70만명으로 늘린다", "2030년 10만명 유치": right
    before the figure aimed at, or the topic right before the metric ("2014년에는 외국인 환자 25만명
    유치 목표를"). A year relative to the page stands so before what happened as often ("지난해
    외국인 환자 2만명을 유치했다"): only a due marker makes it due."""
    if due_after_year.match(text, year.end, year.end + DUE_MARK_CHARS) is not None:
        return True
    if year.relative:
        return False
    if _AIMED_FIGURE.match(text, year.end) is not None or _basis_of_a_goal_figure(text, year):
        return True
    metric = metrics.search(text, year.end, year.end + MAX_MODIFIED_METRIC_CHARS)
    if metric is None:
        return False
    between = text[year.end : metric.start]
    if between.strip() in {"", "에는"} or _METRIC_MODIFIERS.fullmatch(between) is not None:
        return True
    if metric.end > year.end + MAX_METRIC_CHARS:
        return False
    # a quotation mark may open the aim's phrase when the figure stands in it: "2030년 '외국인
    # 환자 10만명 시대'" (not a title: "2024년 '의료관광 도약 계획'을 내놓으며")
    if between.strip(" '\"‘“") or not between.strip():
        return False
    closing = re.search(r"['\"’”]", text[metric.end : metric.end + MAX_METRIC_CHARS])
    return (
        closing is not None and re.search(r"\d", text[metric.end : metric.end + closing.start()]) is not None
    )


# "2026년 기준": a year a figure is told as of
_BASIS_AFTER_YEAR = re.compile(r"\s?(?:년\s?)?기준")
# a figure with its counter and the bracket it opens right before the year: "12만명(2027년 기준)"
_FIGURE_BEFORE_BRACKET = re.compile(
    r"\d[\d,.]*(?:\s?[천백십만억조]\s?[\d,.]*)*\s?(?:여\s?)?(?:명|개국|개|곳|개소|원|달러)?\s?\($"
)
_BRACKET_CLOSED = re.compile(r"\s?\)")  # "(2027년 기준)": the bracket closing after the basis
_FIGURE_AFTER_BASIS = re.compile(r"\s?(?:약\s?)?\d[\d,.]*(?:\s?[천백십만억조]\s?[\d,.]*)*")
# the goal noun naming what follows, up to two words (the metric) between: "목표치인 ", "목표는 외국인 환자 "
_GOAL_NAMED_BEFORE = re.compile(r"목표[가-힣]{0,3}\s(?:[가-힣]+\s){0,2}$")
BASIS_LOOKBACK_CHARS = 40  # the goal noun, the metric and the figure before a basis year


def _basis_of_a_goal_figure(text: str, year: YearMention) -> bool:
    """ "목표치인 12만명(2027년 기준)", "목표는 2028년 기준 45만명이었다": the year a figure the
    goal noun names is told as of, in brackets right after it or right before it, is the goal's
    due year. A figure told from it ("2022년 기준 24만명에서") is a baseline's, and one no goal
    noun names ("관광객 수는 2023년 기준 4만명") is a count's."""
    basis = _BASIS_AFTER_YEAR.match(text, year.end)
    if basis is None:
        return False
    before = text[max(0, year.start - BASIS_LOOKBACK_CHARS) : year.start]
    bracketed = _FIGURE_BEFORE_BRACKET.search(before)
    if bracketed is not None:
        closing = _BRACKET_CLOSED.match(text, basis.end())
        return (
            closing is not None
            and _GOAL_NAMED_BEFORE.search(before, 0, bracketed.start()) is not None
            and _STARTING_POINT.match(text, closing.end()) is None
        )
    figure = _FIGURE_AFTER_BASIS.match(text, basis.end())
    return (
        figure is not None
        and _GOAL_NAMED_BEFORE.search(before) is not None
        and _STARTING_POINT.match(text, figure.end()) is None
    )


def is_compared_figure(ctx: DocumentContext, quantity: Quantity) -> bool:
    """ "2014년 3150명보다 41% 증가", "2015년 8만4120명(연인원 기준 21만3500명)보다": the word
    of comparison after the count's counter, an aside in brackets between; or after the bracket
    the count stands in right after its year ("2012년(5천명)에 비해 86% 증가")."""
    if _COMPARED_FIGURE.match(ctx.text, quantity.end) is not None:
        return True
    opened = _YEAR_BRACKET_OPEN.search(ctx.text, max(0, quantity.start - 4), quantity.start) or (
        _COUNT_BRACKET_OPEN.search(ctx.text, max(0, quantity.start - 24), quantity.start)
    )  # "2011년 9천명(연환자 기준 2만명)보다": the aside of the figure compared with
    return opened is not None and _COMPARED_AFTER_BRACKET.match(ctx.text, quantity.end) is not None


def is_baseline(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "지난해 3만명에서 6만명으로", "2만명이던 외국인 환자를 4만명으로": the figure an aim or a
    change starts from is marked after its counter (에서 "from", 이던 "that was"); so is a figure
    compared or conceded ("1만명에 비해", "27곳인데") where a later figure of the sentence is
    the one aimed at or reached, so that it never stands as a second goal."""
    if _STARTING_POINT.match(ctx.text, quantity.end, sentence.end) is not None:
        return True
    return _COMPARED_OR_CONCEDED.match(ctx.text, quantity.end, sentence.end) is not None and any(
        q.start > quantity.end and not q.is_year and not q.is_measure for q in ctx.quantities(sentence)
    )


# after a count's counter, the change it is the new level of: "3만명으로 늘었다", "2천명까지 증가했다",
# "4만명으로 2배 늘어"
_NEW_LEVEL_AFTER = re.compile(
    r"\s?(?:여\s?)?명\s?(?:으로|까지)\s?(?:[가-힣\d.%]+\s){0,2}?(?:늘|증가|급증|감소|줄|급감|성장|확대|회복|뛰|치솟)"
)
# a change told in its connective form right before the level it reached: "11배 늘어 3만명에 달했다"
CHANGE_BEFORE_LEVEL_CHARS = 8  # "증가하여 ": the longest connective of change read before a level
_CHANGE_BEFORE_LEVEL = re.compile(r"(?:늘어|늘어나|증가해|증가하여|급증해|감소해|줄어|급감해|성장해)\s$")


def is_new_level(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "3만명으로 늘었다", "증가한 3만명", "11배 늘어 3만명에 달했다": the count is the level a change
    reached, the change told after its counter or right before it."""
    change_before = max(sentence.start, quantity.start - CHANGE_BEFORE_LEVEL_CHARS)
    return (
        _NEW_LEVEL_AFTER.match(ctx.text, quantity.end, sentence.end) is not None
        or ctx.follows("patients", "change_level_words", sentence, quantity.start)
        or _CHANGE_BEFORE_LEVEL.search(ctx.text, change_before, quantity.start) is not None
    )


def years_a_change_took(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "3년 만에": how many years the sentence says a change took."""
    return dates.years_taken_within(ctx.text, sentence.start, sentence.end)


def is_compared_year(text: str, year: YearMention) -> bool:
    """ "지난해보다 20% 늘어난", "전년 대비", "작년에 비해": the word of comparison right after the year."""
    return _COMPARED.match(text, year.end) is not None


def years_ahead(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "향후 5년 안에", "앞으로 3년간", "5년 이내에": how many years after publication an aim is
    due where the text counts them."""
    found = _YEARS_AHEAD.search(ctx.text, sentence.start, sentence.end)
    if found is None:
        return None
    return int(found["n"] or found["m"])


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


def noun_before_figure(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, section: str, key: str
) -> PhraseMatch | None:
    """ "외국인환자 70만명", "해외 진출 기관을 160개": the nearest phrase of the list before the
    figure, in its clause (no other figure or comma between), unless the figure names what it
    counts right after it ("외국인환자 유치를 위해 등록한 2091개 의료기관") or right before it
    ("외국인 환자 유치를 위해 코디네이터 5명")."""
    counter = _COUNTER_BEFORE_NOUN.match(ctx.text, quantity.end, sentence.end)
    if counter is not None:
        other = ctx.lexicon.matcher("patients", "other_nouns").search(
            ctx.text, counter.end(), min(sentence.end, counter.end() + FOLLOWING_NOUN_CHARS)
        )
        if other is not None and other.start == counter.end():
            return None
    window_start = max(sentence.start, quantity.start - MAX_SUBJECT_CHARS)
    found = list(ctx.lexicon.matcher(section, key).finditer(ctx.text, window_start, quantity.start))
    if not found:
        return None
    noun = found[-1]
    if re.search(r"[,;\d]", _without_figures(ctx, sentence, noun.end, quantity.start)):
        return None  # "현재의 7배인 100만 명": a measure between is no other figure
    if noun.label == Metric.FOREIGN_PATIENTS and ctx.lexicon.matcher("patients", "other_nouns").contains(
        ctx.text[noun.end : quantity.start]
    ):
        return None  # "외국인 환자 유치를 위해 코디네이터 5명": the figure counts the noun next to it
    if noun.label == Metric.FOREIGN_PATIENTS and _THING_COUNTER.match(ctx.text, quantity.end):
        return None  # "외국인환자 유치를 위해 … 1383곳이": places are no patients
    return noun


# the end of a clause that tells what happened: "유치했고 ", "차지했다”며 ", "늘었으며 ", and the
# contracted pasts ("늘렸고 ", "펼쳤으며 ", "세웠지만 "); a mark reached, told in the past
# adnominal before what it brought ("30만 명 시대를 열며 기록한 실적을 바탕으로", "1만 명을
# 돌파한 성과를 바탕으로")
_PAST_CLAUSE_END = re.compile(
    r"(?:했|었|였|됐|왔|렸|졌|웠|쳤|혔|뤘|켰|봤|났|갔)(?:고|으며|지만|는데)\s|다[”\"’']?(?:며|고)\s"
    r"|(?:기록|달성|돌파|경신)한\s|넘어선\s"
)


def aim_start(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> int:
    """After the last clause before the cue that tells what happened; the clauses of an aim
    joined without a past tense ("160개로 늘리고, 50만 명을 유치할 계획") are one aim."""
    joints = [m.end() for m in _PAST_CLAUSE_END.finditer(ctx.text, sentence.start, cue.start)]
    return joints[-1] if joints else sentence.start
