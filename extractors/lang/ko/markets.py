"""Korean target markets: the places stand before the cue ("사할린 시장 공략", "몽골 의료관광객
유치를 위해"), and a region is often named with examples of its countries ("러시아 등 CIS국가",
"중앙아시아국가(카자흐스탄, 키르기스스탄 등)").
"""

import re
from dataclasses import replace

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import Place, PlaceKind
from extractors.text.sentences import Sentence

MARKET_LEAD_CHARS = 16  # "우즈베키스탄 의료시장 공략": what may stand between a market and its cue
# between a market place and the cue after it, word by word: its people ("환자", "의료관광객",
# "젊은층", "소비자", its Korean community: "교포", "동포", "교민"; its trade: "여행사", "관계자", "여행사 대표들"),
# a field, a word of promotion ("대만 의료관광객 홍보 유치에"), "market", "local", foreigners, a particle ("우즈베키스탄 현지 환자 유치를 위해", "극동 러시아지역의
# 의료관광객 유치를 위해", "중국 시장을 전략시장으로"), where the cue is done ("몽골 및 러시아에서
# 집중 마케팅", "인도네시아에서 의료관광객 유치활동을"), a word of rank ("3대", "양대", "주요", "핵심") or of time ("올해 주력 시장으로"),
# an adverb of manner or of order ("몽골 시장에 앞다퉈 진출", "사할린 시장을 새로 개척", "베트남을
# 우선 공략", "러시아 환자를 안정적으로 유치할 수 있도록", "몽골 환자를 꾸준히 유치하기 위해"), the count of a list
# ("러시아, 중국 등 10개국을"), of the trade addressed ("카자흐스탄 여행사 30곳을 대상으로") or of the
# patients a goal draws ("베트남 환자 2천명 유치를 목표로", "몽골에서 외국인 환자 1만명을 유치할 계획"; not
# the trade invited: "몽골 여행사 관계자 30명을 대상으로"), the unit
# a province, county or city is written with ("사할린주를 공략"; 군 is also a country's forces: "UAE군 환자") and the people addressed ("중동 환자들에게 러브콜"), a part of
# the country ("베트남 남부 지역", "몽골 외곽지역을 대상으로", "중국 동북부 환자")
_MARKET_GAP = re.compile(
    r"(?:시|성|주|군)?(?:[\s·ㆍ‧․)]*(?:전략\s?시장으로|유치|본격적인|국가별|권역별|국가들|국가|시장|산업|지역|권|현지|보건의료|의료관광객|의료관광|의료|외국인"
    r"|\d+\s?개\s?(?:국가|국|나라)|\d+\s?(?:곳|개사|개\s?(?:업체|기관|여행사|병원))|(?:환자|의료관광객)\s?\d[\d,.]*(?:\s?[천백만]\s?[\d,.]*)*\s?(?:여\s?)?명|홍보|헬스케어|관광객|관광|환자들|환자|교포들|교포|동포들|동포|교민들|교민|업체들|업체|에이전시|여행업체|여행업계|여행사|의료기관|바이어|관계자들|관계자|관계|대표들|대표|임원들|임원|인사들|인사|종사자들|종사자|고위층|부유층|젊은층|소비자들|소비자|고객층|고객|수요|본격적으로|적극적으로|본격|적극|집중|신규|새로운|새|주요|핵심|해외"
    r"|(?:동|서|남|북|중|동북|동남|서북|서남|북동|북서|남동|남서)부|외곽|지방|최북단|최남단|우선적으로|최우선으로|[가-힣]{1,3}적으로|꾸준히|더욱|우선|먼저|앞다퉈|앞다투어|잇따라|잇달아|속속|활발히|새롭게|새로|새|처음으로|대거|전체|전역|등지|\d+\s?대|양대|올해|내년|향후|앞으로|등|인|의|을|를|에서|에게|에|으로부터|으로|로부터|로|에게서))*\s*$"
)
# another country as who aims: the copula that ends a sentence on it ("… 선두주자는 태국이다"), after
# the topic the aiming clause qualifies; its genitive before the subject ("대만의 무역진흥기구인
# TAITRA가", "대만의 22개 의료기관이"), up to three words, then the cue
_COPULA_END = re.compile(r"\s?(?:이다|다|였다|이었다)\s?[.]?\s*")
_TOPIC_BEFORE = re.compile(r"(?:은|는)\s$")
_OWNER_SUBJECT = re.compile(r"의\s((?:[^\s,.]+\s){0,2}?[^\s,.]+(?:이|가))\s")
# an advance told with the Korean party that advances between its place and the verb: "칠레
# 전역으로 우리 병원들이 본격 진출", "북미는 현지에 한국형 검진센터 진출": the place marked as the
# direction or the topic, then the party (a word of Korea or of home first), then an adverb
_ADVANCE = "진출"
_ADVANCING_PARTY = re.compile(
    r"(?:\s?(?:시장|지역|국가))?(?:\s?(?:전체|전역))?\s?(?:으로|로|에|에도|은|는)\s(?:현지에\s)?"
    r"(?:한국|국내|우리|저희)[가-힣]*(?:\s[가-힣]+?)?(?:가|이|의)?\s(?:본격적으로|본격적인|본격|적극적으로|적극)?\s?$"
)
# cues of a purpose or an audience ("유치를 위한", "대상으로"): the place where they are done
# ("알마티에서 외국인 환자를 모으기 위한 설명회") is an event's, not a market
_NOT_DONE_AT = re.compile(r"위해|위한|대상으로|상대로")
_DONE_AT = re.compile(r"에서(?![가-힣])")
# an invitation aims at the country of those invited only when they are its trade, who send
# patients ("몽골 의료관광 관계자들을 초청", "카자흐스탄 에이전시를 초청하여"), not
# patients or doctors invited for care or training
_INVITATION = "초청"
_INVITED_TRADE = re.compile(r"관계자|관계\s?고위층|에이전시|여행사|바이어|업체")
INVITED_LEAD_CHARS = 40  # "몽골 등 현지 여행업계 인사(여행사, 언론) 6명을 초청": trade, examples, count
# what an invitation may tell of its trade between their country and the verb: the trade's
# bracketed examples, their count, and a second group invited with them ("… 관계자와 일반인
# 체험단을 초청", "… 병원 및 여행사 관계자를 초청"), each dropped before the gap is read as
# any market's
_INVITED_ASIDES = re.compile(
    r"\([^()]*\)|\s?\d+\s?여?\s?명|(?:와|과|\s및)\s[^\s,.()]+(?:\s[^\s,.()]+)?(?=\s?(?:을|를)?\s?$)"
)
_MARKET_COPULA = "인"  # a cue ending in the copula names its market after it
# a role that ends its sentence with the copula ("… 전략 시장이다", "… 핵심 시장으로 꼽힌다") is
# told of the places the sentence opens on as its topic (the unit of a province included), and
# so is a role the topic is one of ("… 주력 시장 중 하나다", "… 거점 지역 가운데 하나이다")
_ROLE_PREDICATE = re.compile(
    r"\s?(?:(?:중|가운데)\s?(?:의\s)?하나)?"
    r"(?:이다|다|이었다|였다|이기도\s하다|(?:으로|로)\s(?:꼽힌다|꼽혔다|떠올랐다"
    r"|(?:새로\s|새롭게\s)?(?:선정|지정)(?:됐다|되었다|된다|됐고|돼)))\s*[.]?\s*"
)
# a role the topic has risen to, told before the noun of what it is: "카자흐스탄은 … 유치 대상으로
# 빠르게 떠오르는 국가이다", "베트남은 … 핵심 시장으로 떠오른 나라다"
_AUDIENCE = "대상으로"
_RISEN_TO_ROLE = re.compile(
    r"(?:\s?(?:으로|로))?\s?(?:급부상|부상|떠오르|떠올랐|떠오른|주목받)[가-힣]*\s(?:있는\s)?(?:나라|국가|시장|지역|곳)"
)
# the Korean place the people or the trade of a foreign place are drawn or invited to, told
# between them and the verb: "베트남 환자를 대전으로 유치할 계획", "카자흐스탄 에이전시를 인천으로
# 초청해"; the object's particle ends what is told of them, the destination's unit and particle
# end the destination ("전북자치도로", "부산시로"), and home may stand for Korea ("국내로")
_DRAWN_TO = ("유치", "초청")
_HOME = ("국내", "우리나라", "한국")
_OBJECT_THEN_DESTINATION = re.compile(
    r"(?P<object>.*?(?:을|를))\s(?P<destination>[^\s,.]+?)"
    r"(?:특별자치도|자치도|광역시|특별시|시|도|군|구)?(?:으로|로)\s"
)
_DESTINATION_PARTICLE = re.compile(r"(?:으로|로)\s")
# the people of a place, then the genitive, before the Korea they travel to: "베트남 국민들의 한국"
_PEOPLE_GOING = re.compile(r"\s?(?:국민|주민|시민|환자|의료관광객|관광객|사람)(?:들)?의\s")
# a word that links the sentence to the one before, ahead of its topic ("한편, 몽골은 …", "특히
# 베트남은 …", "이 가운데 태국은 …"): the topic opens the sentence after it
_CONNECTIVE_OPENER = re.compile(
    r"\s*(?:한편|특히|또한|아울러|게다가|더욱이|이밖에|이 밖에|이와 함께|이 가운데|이 중|이중|그중|그 중|현재|최근)\s?,?\s"
)
# the topic or, before a role it was given in the passive ("인도네시아가 … 대상국으로 선정됐다"), the subject
_TOPIC_OF_SENTENCE = re.compile(r"(?:시|성|주)?\s?(?:은|는|이|가)\s")
# a base made of a place: "교두보로 삼다", "거점으로 삼아", "전진기지로 활용한다"; its place is the
# object before ("카자흐스탄을 중앙아시아 진출의 교두보로")
_MADE_A_BASE = re.compile(r"\s?(?:으로|로)\s?(?:삼|활용|육성)")
_OBJECT_AFTER = re.compile(r"(?:시|성|주)?\s?(?:을|를)\s")
_BASE_INTO = re.compile(r"\s?(?:지역|시장|진출|공략|의료관광\s?시장)?\s?의\s")
# a base laid or widened where the sentence's work is done: "노보시비르스크에서 … 계약을 맺으며 유치
# 거점을 확충했다"; the place is told with the locative particle before the cue
# (a base of drawing patients or of advance, 유치 거점, 진출 교두보; a research base is none), and
# not where people come from ("이르쿠츠크에서 온 환자")
_BASE_NOUNS = ("거점", "교두보")
_BASE_AIMS = ("유치", "의료관광", "환자", "진출", "의료")
_BASE_LAID = re.compile(r"(?:을|를)\s(?:확충|마련|구축|확보|넓|늘|만들|다지|다졌)")
_LOCATIVE_AFTER = re.compile(r"(?:시|주|성)?\s?(?:에서|에)\s(?!온\s|오는\s|찾아온\s|건너온\s)")
# so does a role told of the place after it: "유망 시장으로 꼽히는 베트남", "신흥 시장으로 떠오른 몽골",
# "주 타깃 지역인 블라디보스토크"
_ROLE_OF_NEXT = re.compile(
    r"\s?(?:(?:으로|로)\s(?:꼽히는|꼽힌|떠오른|떠오르는|주목받는|주목받고 있는|부상한|부상하는|평가받는)|인)\s"
)
# "카자흐스탄, 태국에 이어 네번째로", "알마티 검진센터에 이어 제2호 거점센터", "우즈베키스탄에 이어 해외
# 4호점": the places of the earlier steps of a series of offices, branches or promotions, told
# before the ordinal of the next one; never a ranking ("중국에 이어 두 번째로 많다", "여섯번째 순이다",
# the comparative a word or two on: "세 번째로 부산을 많이 찾는")
_SERIES = ("이어", "이은")
_SERIES_ORDINAL = re.compile(
    r"\s?(?:[^\s,.]+\s){0,3}?(?:제\s?)?(?:\d+|두|세|네|다섯|여섯)\s?(?:번째|호점|호(?![가-힣]))"
    r"(?!\s?(?:(?:로|으로)\s?(?:[^\s,.]+\s){0,2}?(?:많|높|빠|크|큰|낮|적)|순|(?:를|을)\s?차지|위))"
)
# between the last place of the series and the cue: the place's unit, the office or branch set up there
_SERIES_GAP = re.compile(r"(?:시|주)?(?:\s?[^\s,.]*(?:센터|사무소|지사|병원|의원|클리닉))?\s?")
_MARKET_OWNER_GAP = re.compile(
    r"(?:시|성|주)?\s?(?:은|는|이|가|을|를)\s"
)  # "하얼빈시는 안산시 …", "아프리카를 한국 의료의 …": the topic or the object, then the owner
_PURPOSE = "위해"  # "유치를 위해": a purpose, whose places may follow it as those visited
# after the places visited: "(동부)를 방문해", "에 가서", "을 찾아"
_VISIT_AFTER = re.compile(
    r"(?:시|주)?\s?(?:동부|서부|남부|북부|중부|지역|현지)?\s?(?:을|를|에)\s?(?:방문|찾아|찾았|찾는)"
)
# between a place reached (visited, or where a party was sent) and a cue about its locals (현지, in the
# gap or opening the cue): "아부다비에
# 의료진을 파견해 현지 환자 유치에", "알마티를 방문해 현지 환자 유치에 나섰다": the place is aimed at
_LOCALS_OF_A_PLACE_REACHED = re.compile(
    r"(?:시|주)?\s?(?:을|를|에)\s(?:[^\s,.]+\s){0,2}?(?:방문|찾아|찾았|파견|보내|보냈)[가-힣]*\s"
    r"(?P<locals>현지\s?(?:[가-힣]+\s)?)?"
)
# and a place whose government or bodies an agreement is made with, its locals drawn after it:
# "몽골 정부와도 협약을 맺고 현지 환자를 함께 유치할 방침", "라오스 보건부와 협약을 체결해 현지
# 환자 유치에" (the locals told in the gap, or opening the cue)
_AGREED_WITH_BODIES_OF = re.compile(
    r"\s?(?:정부|보건부|당국|병원들?|의료기관들?)(?:와|과)(?:도)?\s(?:계약|협약|양해각서|MOU)(?:을|를)?\s"
    r"(?:맺|체결)[가-힣]*\s(?P<locals>현지\s?(?:[가-힣]+\s){0,2})?"
)
_LOCALS = "현지"
# after the places a promotion is done at: "블라디보스토크에서", "울란바토르서", "알마티시를 방문해",
# "하바롭스크·야쿠츠크 등을 방문해",
# "쿠웨이트와 오만 현지에 파견해", "현지에서", the area around it ("중남미 지역에서", "태국
# 등지에서") (not where people come from: "몽골에서 온 환자")
_PROMOTED_AT = re.compile(
    r"(?:시|주)?\s?(?:현지|지역|등지)?\s?(?:(?:에서|서(?![가-힣]))(?!\s?(?:온|오는|찾아|입국|방한))"
    r"|(?:\s?등)?(?:을|를)\s?(?:방문해|방문하여|방문한|찾아)|에\s?파견"
    # the count closing a list of countries sent to: "카타르ㆍ쿠웨이트 등 GCC 3개국에 사절단을 파견"
    r"|\)?(?:\s?등)?\s?\d+\s?개\s?(?:국|국가|나라)에(?![가-힣])"
    # a venue in the place: "호치민시 소피텔 호텔에서", "알마티 현지 호텔 세미나홀에서", "방콕의 한
    # 쇼핑몰에서"
    r"|(?:의(?=\s))?(?:\s[^\s,.]+){0,2}?\s?[^\s,.]*(?:호텔|센터|홀|전시장|쇼핑몰|백화점)(?:에서|서(?![가-힣])))"
)
# a party sent to promote, after the place it was sent to and the words of its field: "카타르에
# 의료 사절단을 파견했다", "사마르칸트에 의료관광 홍보단을 보냈다", "울란바토르에 보낸 홍보단은" (the
# place it is sent to, not one it comes from: that is "몽골 사절단")
_PARTIES_SENT = ("사절단", "홍보단")
_SENT_TO = re.compile(
    rf"{_PROMOTED_AT.pattern}|(?:시|성|주)?\s?(?:현지)?에\s(?:(?:보낸|파견한|의료관광|의료|보건의료|한국\s?의료|해외|홍보)\s?){{0,3}}$"
)
# a promotion office, a base or a hospital set up in a place: "5곳에 홍보관을 운영",
# "카자흐스탄에 200병상 규모 병원 설립", "아부다비에 안강병원을 개원하기로"
_SET_UP = re.compile(
    r"(?:홍보관|(?:홍보|거점)?센터|사무소|병원|분원|의원|클리닉)\s?(?:을|를)?\s?(?:운영|설립|설치|개설|개소|개원|건립|세우|세운|세웠|세울|열)"
    # the verbs of opening alone, whatever stands between the place and them: "사할린 지역에
    # '한빛병원'을 개원했다", "하노이에 제2 사무소를 개소했다", "중국에 개원한 한빛의원", its
    # ceremony ("다낭에 안내센터 개소식을 열었다") and the plain words for it ("타슈켄트에서 문을 열었다")
    r"|(?:개원|개소)(?:했|한|할|하기로|하고|해|하는|식)|설립한|문을\s?(?:열|연)"
)
# a founding aims only at the hospital or centre founded right after it ("하노이에 설립한
# '한빛 클리닉'", "울란바토르에 설립한 몽골 한빛병원"), not at a firm or a fund
_FOUNDED = "설립한"
_FOUNDED_FACILITY = re.compile(r"\s[‘'\"“]?(?:[^\s,.]+\s){0,3}?[^\s,.]*(?:병원|의원|센터|클리닉|사무소)")
# after the places it is set up in, their count closing the list ("… 등 5곳에서"), or a venue
# of the place told before the particle, its floor and its own name with it ("웨이하이 여객터미널
# 2층에", "호찌민 사이공 타워 내에"): words with no particle of their own
_SET_UP_AT = re.compile(
    r"(?:시|주)?\s?(?:지역)?\s?(?:현지)?(?:\s?등\s?\d+\s?(?:곳|개\s?(?:도시|지역|국가|국)))?"
    r"(?:(?:\s[^\s,.]*[^\s,.을를이가은는의에서와과도로해])?\s[^\s,.]*(?:터미널|공항|호텔|빌딩|타워|쇼핑몰|백화점|센터)"
    r"(?:\s?\d+\s?층)?(?:\s?내)?)?\s?(?:에서|에)(?![가-힣])"
    # the place told as what the place of care stands within ("우즈베키스탄 내 한빛병원 설립",
    # "카자흐스탄공화국 내 분원 개원")
    r"|(?:공화국)?\s내\s"
)
# a venue abroad written after its place, a place of care or an office set up within it: "…시
# 중심가 한빛병원에 안내센터를 개소", "… 병원 중 한 곳에 한방센터 설립", "…시티 2단지)에 분원을
# 개원": the words of the venue (no comma, no bracket opened) end in a building, a compound or
# "one of them" before the locative. A venue of the patients' own ("몽골 환자 전용 병원에") or at
# home is none: no word of people, of purpose or of Korea stands in it
_SET_UP_WITHIN = re.compile(
    r"[^\s,.()]*(?:\s(?![^\s,.()]*(?:환자|관광객|전용|위한|위해|대상|국내|한국|우리))[^\s,.()]+){0,6}?"
    r"\s?(?![^\s,.()]*(?:환자|관광객|전용|국내|우리))[^\s,.()]*(?:병원|의원|호텔|빌딩|단지|곳)\)?\s?(?:내|안)?에\s"
)
# a place that names the promotion itself: "중국 현지설명회", "카자흐스탄 의료관광 설명회", "몽골 로드쇼"
# or the place and up to two words of the fair's own name ("인도네시아 한류상품 박람회", "일본 JATA
# 여행박람회"), none of them ending in a particle
_NAMES_PROMOTION = re.compile(
    r"\)?(?:\s?(?:지역|현지|의료관광|의료|해외|홍보|시장|대상|국가))*\s?"
    r"|(?:\s(?:[A-Za-z]+|[가-힣]*[^\s의에서을를이가은는와과도로,.()]))(?:\s(?:[A-Za-z]+|[가-힣]*[^\s의에서을를이가은는와과도로,.()]))?\s?"
)
# the quoted titles of occasions, listed before the noun of an occasion: "‘메디컬 코리아 인
# 라오스(Medical Korea in Laos)’ 행사를", "‘…’와 ‘…’ 등 행사에": each title with its opening quote,
# its closing one and the words joining it to the next
_OCCASION_TITLE = re.compile(r"[‘'\"“]([^‘’'\"“”]{2,60})[’'\"”]")
_TITLES_JOINED = re.compile(r"\s?(?:와|과|및|,)\s?")
_TITLES_CLOSED = re.compile(r"\s?(?:등\s?)?$")
# a product of travel or care developed for a market ([markets] product_cues): made with the trade
# of the place ("대만 여행사들과 검진관광상품을 개발", "태국 여행사 등과 함께 강원 웰니스
# 의료관광상품 개발에"), the product's own words (up to four) between the trade and the cue; or
# centred on the places ("태국, 몽골 등의 시장을 중심으로 9개 상품을 개발", "몽골을 중심으로
# 10개의 방한상품을 개발"), the count of products and one word of their kind between
_DEVELOPED_WITH_TRADE = re.compile(
    r"(?:시|성|주)?(?:의)?\s?(?:현지\s?)?(?:대형\s?|초대형\s?|주요\s?)?(?:여행사|여행업체|여행업계|에이전시|업체)(?:들)?"
    r"(?:\s?[‘'\"“][^’'\"”]{1,20}[’'\"”])?(?:\s?등)?\s?(?:와|과)(?:\s(?:함께|공동으로))?(?:\s[^\s,.]+){0,4}?\s?"
)
_DEVELOPED_CENTRED_ON = re.compile(
    r"(?:\s?등)?(?:\s?의)?\s?(?:시장|지역|국가)?\s?(?:을|를)\s중심으로\s(?:\d+\s?개(?:의)?\s?)?(?:[가-힣]+\s?)?"
)
# between two places of one promotion, each with its days: "알마티에서, 8일부터 10일까지 타슈켄트에서"
_DAYS_BETWEEN = re.compile(r"[\s,·]*(?:(?:\d+\s?[~∼-]\s?)?\d+\s?(?:월|일)(?:부터|까지|엔|에는|에)?[\s,·]*)*")
PROMOTION_REACH_CHARS = 60  # how far after its place a promotion may be told ("…에서 … 설명회를 연다")
# "타깃 국가는 중국, 몽골 등이다": the list after the topic, its count and bracket before it
# ("대상 국가는 6개국(몽골, 베트남 …)")
# "공략할 나라는 싱가포르와 말레이시아다", "시가 올해 공략할 시장은 베트남": the cue as a verb of
# a relative clause, then the noun of markets it qualifies as the topic
_TOPIC_AFTER = re.compile(
    r"(?:(?:할|하는|한|해야\s할)?\s(?:나라|국가|시장|지역|도시|곳|대상|대상국))?"
    r"\s?(?:은|는)\s(?:\d+\s?개\s?(?:국가|국|나라)\s?\(\s?)?"
)
# a role the places after it are added to: "유치 대상국에 인도를 추가한다", "중점 국가에 몽골과 베트남을
# 새로 포함했다"
_ADDED_TO_ROLE = re.compile(r"(?:가)?\s?(?:에|에는)\s")
_ADDED = re.compile(r"\s?(?:을|를)\s(?:새로\s|새롭게\s|추가로\s)?(?:추가|포함|넣)")
# a role the places after it are chosen for: "핵심 타깃으로 연해주와 사할린을 꼽았다", "전략 시장으로
# 몽골을 선정했다" (the role first, then the places as the object of a verb of choosing), the
# list closed by its count ("몽골, 베트남 등 3개국을")
_CHOSEN_FOR_ROLE = re.compile(r"(?:으로|로)\s")
_CHOSEN = re.compile(
    r"(?:\s?등)?(?:\s?\d+\s?개\s?(?:국가|국|나라))?\s?(?:을|를)\s(?:새로\s|새롭게\s)?(?:꼽|선정|정했|정하|정한|지정|낙점|택했|택하|택한)"
)
# between the items of a list of places: "인도네시아뿐 아니라 동남아시아", "몽골은 물론 러시아",
# "카자흐스탄을 비롯한 중앙아시아", "동남아 3개국(태국 …" (a count of the list's countries before
# its bracket); a name's bracket in other letters ("선양(瀋陽), ")
_MARKET_LIST_JOINT = re.compile(
    r"(?:시|성|주)?(?:\([^()가-힣]{1,12}\))?[\s·ㆍ‧․,(]*(?:국가|지역)?(?:\s?\d+\s?개\s?(?:국가|국|나라))?[\s·ㆍ‧․,(]*(?:및|와|과|그리고|등|(?:은|는)?\s?물론|뿐\s?(?:만\s?)?아니라|(?:을|를)\s?(?:비롯한|비롯해|포함한|포함해))?[\s·ㆍ‧․,(]*"
)
# between the examples of a region and the region: "러시아 등 CIS국가", "카자흐스탄 등 중앙아시아"
_EXAMPLES_END = re.compile(r"\s?등\s?(?:의\s?)?")
# the bracket of a region's examples, its count before it: "중앙아시아국가(…)", "동남아 3개국(태국·…)"
_EXAMPLES_OPEN = re.compile(r"\s?(?:국가|국가들|지역|권)?\s?(?:\d+\s?개\s?(?:국가|국|나라)\s?)?\(")
_EXAMPLE_JOINT = re.compile(r"[\s·ㆍ,]*(?:및|와|과|그리고)?[\s·ㆍ,]*")


# a marketing or a strategy tailored to each country or region ("국가별 맞춤형 마케팅", "지역
# 특화전략"): its places are listed before it, each with its own item, the field or the patients
# it is tailored to ("베트남·태국은 피부 미용, 일본은 한방, 러시아는 중증 등 국가별 맞춤형 홍보");
# a short item between them, with no clause ended in it, keeps the list going; an item with a
# figure is a statistic of the place ("중국은 15%, 일본은 10% 늘어"), no field it is tailored to
_TAILORED = re.compile(r"(?:국가|나라|지역|권역)별?\s?(?:맞춤형|특화\s?전략|특화|전략)")
# what closes the list right before the cue: its "etc." or a word of whom the marketing is for
# ("… 건강검진 등 국가별 맞춤형", "… 고객을 위한 지역 특화전략", "… 중심으로 국가별 맞춤형"); a
# list told otherwise ("베트남을 방문한 대표단은 국가별 맞춤형 …") is no list of the marketing's
_TAILORED_LIST_CLOSED = re.compile(r"(?:등|위한|위주로|중심으로|대상으로\s?한|겨냥한)\s?$")
TAILORED_ITEM_CHARS = 20  # "국가) 유치, 한류연계(": the longest item between two places of the list
_CLAUSE_ENDED = re.compile(
    r"\d|위해|위하여|하고\s|했고|하며|했으며|이며|으며|이고\s|[다요][.,]?\s|해\s|하여|"
    # where people come from, not what is aimed at: "러시아에서 온 환자"
    r"에서\s?(?:온|오는|찾|입국|방한)"
)


def market_scope(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """The places a cue aims at (see ``_scope``); none where another country is who aims."""
    start, end = _scope(ctx, sentence, cue)
    if end > start and _aimed_by_another_country(ctx, sentence, cue, start, end):
        return cue.start, cue.start
    return start, end


def _aimed_by_another_country(
    ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch, start: int, end: int
) -> bool:
    """ "중동 시장을 겨냥한 선두주자는 태국이다", "대만의 무역진흥기구가 … 중국인 환자 유치를 위한
    마케팅에 나섰다": in a sentence that names no place of Korea, a foreign country told as the
    predicate the aiming clause's topic is (the copula ending the sentence), or owning the
    subject before the cue (its genitive, then the subject's particle), is who aims: another
    country's market, no record of medical tourism to Korea."""
    places = ctx.places(sentence)
    if any(p.place.is_korean for p in places):
        return False  # a Korean place: the aim is told of a Korean body, or of Korea
    foreign = [p for p in places if p.place.kind == PlaceKind.COUNTRY and not (start <= p.start < end)]
    text = ctx.text
    for place in foreign:
        if place.start >= cue.end:
            if _COPULA_END.fullmatch(text, place.end, sentence.end) and _TOPIC_BEFORE.search(
                text, cue.end, place.start
            ):
                return True
        elif (owned := _OWNER_SUBJECT.match(text, place.end, cue.start)) is not None and not _people_of(
            ctx, owned.start(1)
        ):
            return True
    return False


def _people_of(ctx: DocumentContext, start: int) -> bool:
    """Whether the subject owned by a country is its people ("몽골의 환자들이"), not a body."""
    return ctx.lexicon.matcher("patients", "heads").match(ctx.text, start) is not None


def _scope(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """The list of places right before the cue: "베트남과 몽골, 중앙아시아 시장을 전략시장으로",
    "카자흐스탄 의료시장 공략"; the list right after a cue that is the topic ("타깃 국가는 중국,
    몽골, 베트남 등이다"); empty where no place stands close to it."""
    promotion = ctx.lexicon.matcher("markets", "promotions").match(ctx.text, cue.start)
    if promotion is not None and promotion.end == cue.end:
        return _promoted_at(ctx, sentence, cue)
    product = ctx.lexicon.matcher("markets", "product_cues").match(ctx.text, cue.start)
    if product is not None and product.end == cue.end and (developed := _developed_for(ctx, sentence, cue)):
        return developed
    if cue.text.endswith(_SERIES):
        return _series_before(ctx, sentence, cue)
    if _TAILORED.fullmatch(cue.text):
        return _itemised_before(ctx, sentence, cue)
    if _RISEN_TO_ROLE.match(ctx.text, cue.end, sentence.end) and (
        topic := _topic_of_role(ctx, sentence, cue)
    ):
        return topic  # "베트남은 … 핵심 시장으로 떠오른 나라다": the topic, not a place after the role
    role_of_next = _ROLE_OF_NEXT.match(ctx.text, cue.end, sentence.end)
    if cue.text.endswith(_MARKET_COPULA) or role_of_next:
        # "주요 의료관광 시장인 몽골에서", "타깃 시장인 태국, 베트남, 몽골 등": the list after
        return _list_from(ctx, sentence, role_of_next.end() if role_of_next else cue.end)
    topic = _TOPIC_AFTER.match(ctx.text, cue.end, sentence.end)
    if topic is not None:
        return _list_from(ctx, sentence, topic.end())
    added = _ADDED_TO_ROLE.match(ctx.text, cue.end, sentence.end)
    if added is not None:
        # "유치 대상국에 인도를 추가한다": the places added to the role
        start, end = _list_from(ctx, sentence, added.end())
        if end > start and _ADDED.match(ctx.text, end, sentence.end) is not None:
            return start, end
    chosen = _chosen_for(ctx, sentence, cue)
    if chosen is not None:
        return chosen
    visited = _visited_for(ctx, sentence, cue)
    if visited is not None:
        return visited
    topic = (
        _topic_of_role(ctx, sentence, cue)
        or _made_a_base(ctx, sentence, cue)
        or _base_laid_at(ctx, sentence, cue)
    )
    if topic is not None:
        return topic
    places = [p for p in _listable_places(ctx, sentence) if p.end <= cue.start]
    if not places:
        return cue.start, cue.start
    destination = _korea_as_destination(ctx, places, cue)
    if destination:
        places = places[:-1]  # "몽골 사람들의 한국 의료관광": Korea is where they go, not who aims
    # "베트남 환자를 대전으로 유치": the gap to read runs to the Korean place they are drawn to
    gap_end = _drawn_to_korea(ctx, places, cue)
    if gap_end != cue.start and places[-1].start >= gap_end:
        places = places[:-1]
    if not places:
        return cue.start, cue.start
    last = places[-1]
    advancing = _advanced_into(ctx, places, cue)
    if advancing is not None:
        # the party advancing names Korea ("한국 의료가"): the market is the foreign place before it
        places = places[: places.index(advancing) + 1]
        last = advancing
    elif last.place.is_korean and _MARKET_GAP.match(ctx.text[last.end : cue.start]):
        # "칭다오시와 다롄시는 수원시 의료관광 핵심 시장": the Korean place owns the market named
        # before it as the topic
        owner = last
        places = [p for p in places if p.end <= owner.start]
        if not places or not _MARKET_OWNER_GAP.fullmatch(ctx.text, places[-1].end, owner.start):
            return cue.start, cue.start
        last = places[-1]
    elif not (
        destination
        or (gap_end - last.end <= MARKET_LEAD_CHARS and _MARKET_GAP.match(ctx.text[last.end : gap_end]))
        or _locals_drawn(ctx, last, cue)
        or (_INVITATION in cue.text and _invited_trade_between(ctx.text[last.end : gap_end]))
        or advancing is not None
    ):
        return cue.start, cue.start
    if _INVITATION in cue.text and not _INVITED_TRADE.search(ctx.text, last.end, cue.start):
        return cue.start, cue.start
    if _DONE_AT.search(ctx.text, last.end, cue.start) and _NOT_DONE_AT.search(cue.text):
        return cue.start, cue.start
    start = last.start
    for position in range(len(places) - 2, -1, -1):
        place = places[position]
        if _locates(ctx, place, places[position + 1]):
            break  # "중국 칭다오시와 다롄시": the country only locates the cities aimed at
        if not _MARKET_LIST_JOINT.fullmatch(ctx.text, place.end, start):
            break
        start = place.start
    return start, last.end if destination else cue.start


def _developed_for(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int] | None:
    """ "대만 여행사들과 검진관광상품을 개발", "태국, 몽골 등의 시장을 중심으로 9개 상품을
    개발": the places a product is developed for, those of the trade it is made with or those it
    is centred on (the last such place before the cue, and those listed with it); None where
    neither is told, and the cue reads as any other."""
    places = [p for p in _listable_places(ctx, sentence) if p.end <= cue.start]
    for position in range(len(places) - 1, -1, -1):
        last = places[position]
        if last.place.is_korean or not (
            _DEVELOPED_WITH_TRADE.fullmatch(ctx.text, last.end, cue.start)
            or _DEVELOPED_CENTRED_ON.fullmatch(ctx.text, last.end, cue.start)
        ):
            continue
        start = last.start
        for earlier in reversed(places[:position]):
            if not _MARKET_LIST_JOINT.fullmatch(ctx.text, earlier.end, start):
                break
            start = earlier.start
        return start, last.end
    return None


def _locals_drawn(ctx: DocumentContext, place: Place, cue: PhraseMatch) -> bool:
    """Whether the cue draws the locals of a place reached right before ("알마티를 방문해 현지
    환자 유치에") or of a place whose government or bodies an agreement is made with ("라오스
    정부와 협약을 맺고 현지 환자를 유치할 방침"): the locals are told after it, in the gap or
    opening the cue ("… 파견해 현지 환자 유치에 나섰다")."""
    for between in (_LOCALS_OF_A_PLACE_REACHED, _AGREED_WITH_BODIES_OF):
        found = between.fullmatch(ctx.text, place.end, cue.start)
        if found is not None and (found["locals"] is not None or cue.text.startswith(_LOCALS)):
            return True
    return False


def _listable_places(ctx: DocumentContext, sentence: Sentence) -> list[Place]:
    """The sentence's places, each taken with the gloss written in brackets right after it in
    other letters ("중동, 독립국가연합(CIS), 동남아", "카자흐스탄 등 CIS(독립국가연합) 국가"): read as a
    place of its own, a gloss ends the list at its closing bracket, and the places before it are lost."""
    kept: list[Place] = []
    for place in ctx.places(sentence):
        if kept and _glosses(ctx, kept[-1], place):
            end = place.end + 1  # past the closing bracket
            kept[-1] = replace(kept[-1], end=end, text=ctx.text[kept[-1].start : end])
            continue
        kept.append(place)
    return kept


def _glosses(ctx: DocumentContext, named: Place, gloss: Place) -> bool:
    """Whether ``gloss`` is ``named`` again in brackets right after it: the same place, other letters."""
    same = gloss.place.name == named.place.name or gloss.place.countries == named.place.countries
    return (
        same
        and ctx.text[named.end : gloss.start].strip() == "("
        and ctx.text[gloss.end : gloss.end + 1] == ")"
    )


def _korea_as_destination(ctx: DocumentContext, places: list[Place], cue: PhraseMatch) -> bool:
    """ "몽골 사람들의 한국 의료관광 확대를 위해": a Korean place right before the cue, told
    as where the people of the foreign place before it go (their people, then the genitive), is
    the destination of their travel: the foreign place is the market."""
    if len(places) < 2 or not places[-1].place.is_korean or places[-2].place.is_korean:
        return False
    return (
        _PEOPLE_GOING.fullmatch(ctx.text, places[-2].end, places[-1].start) is not None
        and _MARKET_GAP.match(ctx.text[places[-1].end : cue.start]) is not None
    )


def _drawn_to_korea(ctx: DocumentContext, places: list[Place], cue: PhraseMatch) -> int:
    """Where the words about the people or the trade aimed at end, before a verb of drawing or
    inviting: at their object's particle where the Korean place they are drawn to (or home,
    국내) stands between it and the verb ("우즈베키스탄 여행사를 대구로 초청해", "몽골 환자를
    국내로 유치할"); else at the cue. The place they are drawn to is where they go, not a market."""
    foreign = [p for p in places if not p.place.is_korean]
    if not foreign or not any(word in cue.text for word in _DRAWN_TO):
        return cue.start
    # the destination's particle may open the cue itself ("를 인천으로 초청": cue "으로 초청")
    particle = _DESTINATION_PARTICLE.match(cue.text)
    verb = cue.start + (particle.end() if particle else 0)
    start = foreign[-1].end
    told = _OBJECT_THEN_DESTINATION.fullmatch(ctx.text, start, verb)
    if told is None:
        return cue.start
    at = told.start("destination")
    home = told.group("destination") in _HOME or any(p.start == at and p.place.is_korean for p in places)
    return told.end("object") if home else cue.start


def _series_before(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """The places of the earlier steps of a series, listed right before "에 이어" where the ordinal
    of the next step follows ("카자흐스탄, 태국에 이어 네번째로 사무소를 열었다"); empty otherwise."""
    places = [p for p in _listable_places(ctx, sentence) if p.end <= cue.start]
    ordinal = _SERIES_ORDINAL.match(ctx.text, cue.end, sentence.end)
    if not places or ordinal is None or not _SERIES_GAP.fullmatch(ctx.text, places[-1].end, cue.start):
        return cue.start, cue.start
    start = places[-1].start
    for position in range(len(places) - 2, -1, -1):
        place = places[position]
        if not (
            _locates(ctx, place, places[position + 1])
            or _MARKET_LIST_JOINT.fullmatch(ctx.text, place.end, start)
        ):
            break
        start = place.start
    if _series_of_agreements(ctx, sentence, start, ordinal.end()):
        return cue.start, cue.start
    return start, cue.start


SERIES_STEP_CHARS = 8  # "계약은 ", " 체결 ", "로 협약을": how far from the series its step's noun stands
# between an agreement noun and the series it is the topic of: "계약은 ", "협약 체결 ", "협약 체결…"
_AGREEMENT_AS_TOPIC = re.compile(r"(?:은|는|도)?(?:\s?(?:체결|서명))?[\s…·]*")


def _series_of_agreements(ctx: DocumentContext, sentence: Sentence, first: int, ordinal_end: int) -> bool:
    """ "송출 계약은 카타르에 이어 두 번째다", "협약 체결 UAE 이어 중동 2번째", "태국에 이어 세 번째로
    협약을 맺었다": a series whose steps are agreements (an agreement noun as the topic right before
    its places, or right after its ordinal) counts the parties of its agreements, not markets: a
    country an agreement was signed with earlier is no place aimed at (an agreement makes no
    market). An agreement told of the places ("협약을 맺은 몽골, 베트남에 이어 세 번째로 홍보관을")
    leaves the series one of what follows the ordinal."""
    agreements = ctx.lexicon.matcher("partnerships", "kinds")
    window = max(sentence.start, first - SERIES_STEP_CHARS)
    if any(
        _AGREEMENT_AS_TOPIC.fullmatch(ctx.text, m.end, first)
        for m in agreements.finditer(ctx.text, window, first)
    ):
        return True
    return (
        agreements.search(ctx.text, ordinal_end, min(sentence.end, ordinal_end + SERIES_STEP_CHARS))
        is not None
    )


def _itemised_before(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """The places a tailored marketing is told of, each with its own short item, right before
    the cue ("베트남은 피부 미용, 일본은 한방 등 국가별 맞춤형 홍보"): the list, closed right before
    the cue by its "etc." or a word of whom it is for, runs back while the items between its
    places are short and end no clause; empty where the place nearest the cue is too far, where
    people come from, or where nothing closes the list."""
    places = [p for p in _listable_places(ctx, sentence) if p.end <= cue.start]
    end = cue.start
    start = end
    if not places or _TAILORED_LIST_CLOSED.search(ctx.text, places[-1].end, cue.start) is None:
        return start, end
    for place in reversed(places):
        gap = ctx.text[place.end : start]
        if len(gap) > TAILORED_ITEM_CHARS or _CLAUSE_ENDED.search(gap):
            break
        start = place.start
    return start, end


def _advanced_into(ctx: DocumentContext, places: list[Place], cue: PhraseMatch) -> Place | None:
    """The foreign place an advance (진출) goes into where the Korean party that advances is told
    between them ("중남미 전역으로 국내 병원들이 진출"), or None."""
    if cue.text != _ADVANCE:
        return None
    foreign = [p for p in places if not p.place.is_korean]
    if foreign and _ADVANCING_PARTY.match(ctx.text, foreign[-1].end, cue.start):
        return foreign[-1]
    return None


def _promoted_at(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """The places a promotion is done at, to draw patients from there: "베트남 하노이에서 의료관광
    설명회를 연다", "우즈베키스탄을 방문해 의료기술을 홍보했다"; after a promotion told as a
    purpose, the places visited for it ("한국 의료를 알리기 위해 사절단을 쿠웨이트와 오만에 파견했다").
    Empty where no place is marked as the promotion's."""
    if ctx.lexicon.matcher("markets", "titled_occasions").match(ctx.text, cue.start) is not None:
        return _titled_occasion(ctx, sentence, cue)
    if cue.text.endswith(_PURPOSE):
        start, end = _list_from_first(ctx, sentence, cue.end)
        return (
            (start, end)
            if end > start and _PROMOTED_AT.match(ctx.text, end, sentence.end)
            else (cue.start,) * 2
        )
    places = [
        p
        for p in _listable_places(ctx, sentence)
        if p.end <= cue.start and cue.start - p.end <= PROMOTION_REACH_CHARS
    ]
    if cue.text == _FOUNDED and not _FOUNDED_FACILITY.match(ctx.text, cue.end, sentence.end):
        return cue.start, cue.start
    marked_at = (
        _SET_UP_AT if _SET_UP.fullmatch(cue.text) else _SENT_TO if cue.text in _PARTIES_SENT else _PROMOTED_AT
    )
    # the last places marked as the promotion's, and those marked before them with their own days
    start, end = cue.start, None
    for position in range(len(places) - 1, -1, -1):
        place = places[position]
        marker = marked_at.match(ctx.text, place.end, cue.start)
        if marker is None and marked_at is _SET_UP_AT:
            marker = _set_up_within(ctx, places, position, cue)
        # a promotion held at home ("서울에서 열리는 '중국 시장 대상 설명회'") names no market by
        # its venue: the place that names the promotion may still
        if place.start >= start or marker is None or place.place.is_korean:
            continue
        if end is not None and not _DAYS_BETWEEN.fullmatch(ctx.text, marker.end(), start):
            break
        end = end or place.end
        start = place.start
        head = place  # the first place of the list so far: "몽골의 울란바토르, …" locates its city
        for earlier in reversed(places[:position]):
            if not (
                _locates(ctx, earlier, places[position])
                or _locates(ctx, earlier, head)
                or _MARKET_LIST_JOINT.fullmatch(ctx.text, earlier.end, start)
            ):
                break
            start, head = earlier.start, earlier
    if (
        end is None
        and places
        and _NAMES_PROMOTION.fullmatch(ctx.text, places[-1].end, cue.start)
        and not _public_place_of_care(ctx, places[-1].end, cue)
    ):
        end = places[-1].end
        start = places[-1].start
        for earlier in reversed(places[:-1]):
            if not (
                _locates(ctx, earlier, places[-1])
                or _MARKET_LIST_JOINT.fullmatch(ctx.text, earlier.end, start)
            ):
                break
            start = earlier.start
    return (start, end) if end is not None else (cue.start, cue.start)


def _titled_occasion(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """The places abroad named in the quoted titles of the occasions a body holds or joins
    ("‘2023 메디컬 코리아 인 라오스’ 행사를 개최했다", "‘라오스 메디 뷰티 교류전’ 등 행사에 참가"):
    a title that names a place abroad and a word of care is a promotion of care held there.
    The titles are those closed right before the noun of the occasion, joined by 와, 과 or a
    comma; a title with no word of care ("‘한-라오스 우호의 밤’") names no market, nor one of
    the country's patients invited or cared for ("‘라오스 환자 초청 의료봉사’": a mission, or care
    given at home)."""
    care = ctx.lexicon.matcher("markets", "occasion_title_words")
    doubts = ctx.lexicon.matcher("markets", "occasion_title_doubts")
    titles = list(_OCCASION_TITLE.finditer(ctx.text, sentence.start, cue.start))
    listed: list[re.Match[str]] = []
    end = cue.start
    for title in reversed(titles):
        joint = _TITLES_CLOSED if not listed else _TITLES_JOINED
        if not joint.fullmatch(ctx.text, title.end(), end):
            break
        listed.append(title)
        end = title.start()
    places = [
        p
        for title in listed
        if care.search(ctx.text, title.start(1), title.end(1)) is not None
        and doubts.search(ctx.text, title.start(1), title.end(1)) is None
        for p in ctx.places(sentence)
        if title.start(1) <= p.start < title.end(1) and not p.place.is_korean
    ]
    if not places:
        return cue.start, cue.start
    return min(p.start for p in places), max(p.end for p in places)


def _set_up_within(
    ctx: DocumentContext, places: list[Place], position: int, cue: PhraseMatch
) -> re.Match[str] | None:
    """The venue written after the place at ``position`` that a place of care or an office is
    set up within ("블라디보스토크 중심가 한빛병원에 안내센터를 개소했다"): the place is the one the
    venue stands in where no other place is written in the venue's words."""
    venue = _SET_UP_WITHIN.match(ctx.text, places[position].end, cue.start)
    if venue is None or any(p.start < venue.end() for p in places[position + 1 :]):
        return None
    return venue


def _public_place_of_care(ctx: DocumentContext, start: int, cue: PhraseMatch) -> bool:
    """ "몽골 국립병원 개원 10주년", "알마티 시립병원 개원식": a place of care named after its
    place as that country's public one (국립, 시립) is the country's own, opened by no Korean body;
    "부하라 한빛병원 개원" names a Korean brand."""
    return _SET_UP.fullmatch(cue.text) is not None and (
        ctx.lexicon.matcher("markets", "public_care_words").search(ctx.text, start, cue.end) is not None
    )


def _list_from_first(ctx: DocumentContext, sentence: Sentence, start: int) -> tuple[int, int]:
    """The first list of places after ``start``, wherever it begins in the sentence."""
    following = [p for p in ctx.places(sentence) if p.start >= start]
    return _list_from(ctx, sentence, following[0].start) if following else (start, start)


def _locates(ctx: DocumentContext, country: Place, city: Place) -> bool:
    """Whether a country written right before a city of its own only says where the city is."""
    return (
        country.place.kind == PlaceKind.COUNTRY
        and city.place.kind == PlaceKind.CITY
        and city.place.country == country.place.country
        and ctx.text[country.end : city.start].strip() in {"", "의"}  # "몽골의 울란바토르"
    )


def _topic_of_role(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int] | None:
    """ "몽골은 강원도가 공들이는 전략 시장이다": the places the sentence opens on as its topic,
    where the cue is the predicate that ends it (a role and the copula), whatever is told between."""
    roles = ctx.lexicon.section("markets")["role_nouns"]
    if not cue.text.endswith((*roles, _AUDIENCE)):
        return None
    # "… 주요 유치 대상으로 떠오르는 나라다": the role the topic has risen to, then its noun
    risen = _RISEN_TO_ROLE.match(ctx.text, cue.end, sentence.end)
    if risen is None and cue.text.endswith(_AUDIENCE):
        return None  # "중국인을 대상으로 설명회를 연다": an audience, not a role
    if _ROLE_PREDICATE.fullmatch(ctx.text, risen.end() if risen else cue.end, sentence.end) is None:
        return None  # "유치 확대에 나선다": a verb, not a role with the copula
    opener = _CONNECTIVE_OPENER.match(ctx.text, sentence.start, sentence.end)
    start, end = _list_from(ctx, sentence, opener.end() if opener else sentence.start)
    if end <= start or _TOPIC_OF_SENTENCE.match(ctx.text, end, cue.start) is None:
        return None
    listed = [p for p in ctx.places(sentence) if start <= p.start and p.end <= end]
    if any(p.place.is_korean for p in listed):
        return None  # "대구시는 … 시장이다": a Korean topic is who aims, not the market
    if len(listed) > 1 and _locates_city(ctx, listed[0], listed[1]):
        return listed[1].start, end  # "러시아 하바롭스크는 …": the country only locates the city
    return start, end


def _locates_city(ctx: DocumentContext, place: Place, city: Place) -> bool:
    """Whether a country, or a region of one country ("극동러시아 하바롭스크"), written right
    before a city of its own only says where the city is."""
    if _locates(ctx, place, city):
        return True
    return (
        place.place.kind == PlaceKind.REGION
        and city.place.kind == PlaceKind.CITY
        and place.place.country is not None
        and city.place.country == place.place.country
        and not ctx.text[place.end : city.start].strip()
    )


def _made_a_base(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int] | None:
    """ "카자흐스탄을 중앙아시아 진출의 교두보로 삼다": the places made the base (the object of
    삼다 before the region the base leads into) are aimed at too."""
    if _MADE_A_BASE.match(ctx.text, cue.end, sentence.end) is None:
        return None
    objects = [
        p
        for p in ctx.places(sentence)
        if p.end <= cue.start and _OBJECT_AFTER.match(ctx.text, p.end, cue.start) is not None
    ]
    if not objects:
        return None
    places = [p for p in ctx.places(sentence) if p.end <= objects[-1].end]
    start = objects[-1].start
    for earlier in reversed(places[:-1]):
        if not _MARKET_LIST_JOINT.fullmatch(ctx.text, earlier.end, start):
            break
        start = earlier.start
    # the region the base leads into, right before the cue: "동남아 시장의 거점으로"
    into = [p for p in ctx.places(sentence) if objects[-1].end < p.start and p.end <= cue.start]
    if into and _BASE_INTO.fullmatch(ctx.text, into[-1].end, cue.start):
        return start, into[-1].end
    return start, objects[-1].end


def _base_laid_at(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int] | None:
    """ "대전시가 노보시비르스크에서 여행사와 계약을 맺으며 유치 거점을 확충했다": a base of drawing
    patients laid or widened (the object of 확충, 마련, 구축 ...) stands where the sentence's work
    was done, the last place abroad told with a locative particle before the cue (and those
    listed with it)."""
    if not cue.text.endswith(_BASE_NOUNS) or _BASE_LAID.match(ctx.text, cue.end, sentence.end) is None:
        return None
    if not ctx.text[sentence.start : cue.start].rstrip().endswith(_BASE_AIMS):
        return None
    places = [p for p in _listable_places(ctx, sentence) if p.end <= cue.start]
    if not places or places[-1].place.is_korean or _LOCATIVE_AFTER.match(ctx.text, places[-1].end) is None:
        return None
    start = places[-1].start
    for earlier in reversed(places[:-1]):
        if not _MARKET_LIST_JOINT.fullmatch(ctx.text, earlier.end, start):
            break
        start = earlier.start
    return start, places[-1].end


def _chosen_for(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int] | None:
    """ "핵심 타깃으로 연해주와 사할린을 꼽았다": the places chosen for the role the cue names, listed
    after it as the object of a verb of choosing (the exact particle and verb tested first)."""
    role = _CHOSEN_FOR_ROLE.match(ctx.text, cue.end, sentence.end)
    if role is None:
        return None
    start, end = _list_from(ctx, sentence, role.end())
    if end <= start or _CHOSEN.match(ctx.text, end, sentence.end) is None:
        return None
    return start, end


def _visited_for(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int] | None:
    """ "해외 환자 유치를 위해 캐나다 서부를 찾아": the places visited for the aim the cue
    states are aimed at."""
    if not cue.text.endswith(_PURPOSE):
        return None
    start, end = _list_from(ctx, sentence, cue.end)
    if end <= start or _VISIT_AFTER.match(ctx.text, end, sentence.end) is None:
        return None
    return start, end


def _list_from(ctx: DocumentContext, sentence: Sentence, start: int) -> tuple[int, int]:
    """The places listed from ``start`` on ("몽골과 우즈베키스탄, 베트남 등"): empty where the list
    does not begin there."""
    following = [p for p in _listable_places(ctx, sentence) if p.start >= start]
    if not following or ctx.text[start : following[0].start].strip():
        return start, start
    end = following[0].end
    for place in following[1:]:
        if not _MARKET_LIST_JOINT.fullmatch(ctx.text, end, place.start):
            break
        end = place.end
    return following[0].start, end


def region_examples(
    ctx: DocumentContext, sentence: Sentence, region: Place, places: list[Place]
) -> list[Place]:
    """The countries written as examples of the region aimed at: at the mention aimed at (see
    ``_examples_at``), or at another mention of the same region in the sentence, where the
    writer lists its members once ("중화권 바이어를 초청해 …, 중국·대만·홍콩 등 중화권 여행사와
    상담": the region is aimed at first, its countries told at the second mention)."""
    examples = _examples_at(ctx, region, places)
    if examples:
        return examples
    told = ctx.places(sentence)
    again = [p for p in told if p.place.name == region.place.name and p.start != region.start]
    for other in again:
        examples += _examples_at(ctx, other, told)
    return list(dict.fromkeys(examples))


def _examples_at(ctx: DocumentContext, region: Place, places: list[Place]) -> list[Place]:
    """The countries of ``places`` written as examples of the region: a list closed by 등 before
    it ("태국, 필리핀, 우즈베키스탄 등 동남아와 중앙아시아 지역": each region takes its own
    members), a bracket after it ("중앙아시아국가(카자흐스탄, 키르기스스탄 등)"), or a member country written
    right beside it ("러시아 극동", "극동 러시아지역")."""
    members = set(region.place.countries)
    countries = sorted(
        (p for p in places if p.place.kind == PlaceKind.COUNTRY and p.place.country in members),
        key=lambda p: p.start,
    )
    ordered = sorted(places, key=lambda p: p.start)
    position = ordered.index(region)
    # the regions listed with this one before it ("중앙아시아와 동남아"): the examples precede them all
    first = position
    while (
        first > 0
        and ordered[first - 1].place.kind == PlaceKind.REGION
        and _joined(ctx, ordered[first - 1], ordered[first])
    ):
        first -= 1
    examples: list[Place] = []
    if first > 0 and _EXAMPLES_END.fullmatch(ctx.text, ordered[first - 1].end, ordered[first].start):
        run = [ordered[first - 1]]
        for place in reversed(ordered[: first - 1]):
            if place.place.kind != PlaceKind.COUNTRY or not _joined(ctx, place, run[0]):
                break
            run.insert(0, place)
        examples += [p for p in run if p in countries]
    opening = _EXAMPLES_OPEN.match(ctx.text, region.end)
    if opening is not None:
        closing = ctx.text.find(")", opening.end())
        examples += [p for p in countries if opening.end() <= p.start and p.end <= closing]
    examples += [
        p for p in countries if not ctx.text[min(p.end, region.end) : max(p.start, region.start)].strip()
    ]
    return list(dict.fromkeys(examples))


def _joined(ctx: DocumentContext, before: Place, after: Place) -> bool:
    """Whether two places are items of one list: only a comma, a dot or "and" between them."""
    return _EXAMPLE_JOINT.fullmatch(ctx.text, before.end, after.start) is not None


def _invited_trade_between(gap: str) -> bool:
    """Whether the words between a country and an invitation tell its trade, invited with their
    count or examples ("중국 관광관계자 7명을 초청", "몽골 등 현지 여행업계 인사(여행사,
    언론) 6명을 초청"): a longer reach than other cues, for those words only."""
    if len(gap) > INVITED_LEAD_CHARS or not _INVITED_TRADE.search(gap):
        return False
    return _MARKET_GAP.match(_INVITED_ASIDES.sub("", gap)) is not None
