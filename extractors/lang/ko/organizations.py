"""Korean organisation names, told by their endings: …병원, …의료원, …대학교병원, …진흥원,
…관광공사, …보건부, …시청, …협회, …재단, with the Latin acronym written after one
(울란바타르방송(UBS)). A particle glued to the name (경희대병원은, 보건부와) is not part of it: the name ends where its ending does. A country or city written right before
the name belongs to it (우즈베키스탄 보건부, 제주 한마음병원). The same endings tell how high in the
state a named body stands (``scope_level``), which every record builder asks of a body it names.
"""

import re
from collections.abc import Sequence

from extractors.lang.lexicon import phrase_alternation
from extractors.mentions.organizations import Organization
from extractors.mentions.places import KOREA, Place, PlaceKind
from models import ScopeLevel

# the name runs to the last ending in its word: 대한병원협회 is a 협회, 경희대병원은 a 병원
ENDINGS = (
    "대학교병원",
    "대학병원",
    "대병원",
    "병원",
    "의료원",
    "의원",
    "의료센터",
    "메디컬센터",
    "메디컬시티",  # a medical city named as one body (킹파드 메디컬시티)
    "센터",
    "보건산업진흥원",
    "진흥원",
    "연구원",
    "관광공사",
    "공사",
    "공단",
    "보건복지가족부",  # the ministry's name of 2008-2010
    "보건복지부",
    "복지부",
    "보건부",
    "외교부",
    "관광부",
    "교통부",
    "자원부",
    "재정부",
    "법무부",
    "보건청",
    "보건국",
    "관광청",
    "관광국",
    "투자청",
    "보건당국",
    "시청",
    "도청",
    "구청",
    "군청",
    "협회",
    "협의회",
    "협동조합",
    "학회",
    "연구소",
    "보건소",
    "여행사",
    "의사회",
    "재단",
    "위원회",
    "대사관",
    "총영사관",
    "영사관",
    "한인회",
    "교우회",  # an alumni association, often of Koreans abroad (뉴욕 한빛대 교우회)
    "동문회",
    "방송",
    "의학원",
    "보험사",
    "은행",
    "대학교",
    "의과대학",
    "의대",
    "항공",
    "항공사",
    "대표부",
    "그룹",
    "대학",
    "정부",
    "한의원",
    "한방병원",
    "성형외과의원",
    "치과의원",
    "치과",  # a clinic named by its specialty alone (베스트치과, 하늘안과)
    "안과",
    "피부과",
    "성형외과",
    "치과병원",
    "요양병원",
    "종합병원",
    "전문병원",
)
_ENDING = "|".join(sorted(ENDINGS, key=len, reverse=True))
# A name is found at the start of its word. Before the word is read back from its end for an
# ending, the look-ahead asks that it hold a letter some ending ends with (most words hold none),
# and the endings are tried as one prefix tree, where a list tried each of its seventy in turn
# at every letter read back (this scan was half of the Korean reading of names; the same matches)
_WORD_LETTER = r"[\uac00-\ud7a3A-Za-z0-9·]"
_WORD_LETTER_RE = re.compile(_WORD_LETTER)
_LAST_LETTERS = "".join(re.escape(letter) for letter in sorted({ending[-1] for ending in ENDINGS}))
_NAME = re.compile(
    rf"(?<![\uac00-\ud7a3A-Za-z0-9])(?={_WORD_LETTER}*?[{_LAST_LETTERS}])"
    rf"{_WORD_LETTER}*(?:{phrase_alternation(ENDINGS, ignore_case=False)})"
)
# the Latin acronym a name is written with: "울란바타르방송(UBS)" is known as UBS too
_ACRONYM = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")
# what may stand between a place and the name it owns: the place's own suffix of a city, province
# or state (하바롭스크주 보건부, 알마티시 보건국), then a space
_PLACE_SUFFIX = re.compile(r"(?:시|주|성|도|현|구|군)?\s")
# a kind of body in brackets right after its city or province: "타슈켄트시(보건국)" is the city's
# health department
_PLACE_BRACKET = re.compile(r"(?:시|주|성|도|현|구|군)?\(")
_FOREIGN_SEATS = (PlaceKind.COUNTRY, PlaceKind.CITY)
# a place the gazetteer lacks, told by the unit of government written apart after it:
# "아르항가이 아이막 ", "헨티 주 "
_UNIT_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,}\s(?:아이막|주|성|현)\s")
MAX_UNIT_NAME_CHARS = 20
# a word after a kind of body, which the kind then describes ("여행사 사이공투어"); "및" joins the
# next item of a list and "간" closes a pair ("A병원과 카타르 나스르 의과대학 간"): they describe
# nothing
_WORD_AFTER = re.compile(r"\s(?!(?:및|간)\s)[\uac00-\ud7a3A-Za-z]")
# the words of a foreign name written apart before its ending, between its country and it ("베트남
# 빈멕 국제병원", "몽골 최대 민간병원 인터메드병원", "카타르 사미르 빈 하산 의과대학"): at most
# three, none with a particle or a figure, nor "및", which joins two items of a list;
# the place may own them by the genitive ("하바롭스크의 미르 지역병원": the city's hospital, not a
# party of its own beside it)
_NAME_WORDS = re.compile(
    r"(?:시|주|성|도|현|구|군)?의?\s(?:(?!및\s)[\uac00-\ud7a3A-Za-z&\-]+(?<![은는을를의에도로고며인한된던와과])\s){1,3}"
)
# a name of its own that a subject particle closes, between a place and a later name: "몽골
# 보건부가 한빛병원과": the place belongs to the ministry, the subject, not to the hospital after it
_SUBJECT_NAME = re.compile(rf"{_WORD_LETTER}*(?:{_ENDING})(?:이|가)\s")
_HANGUL_FIRST, _HANGUL_LAST = "가", "힣"  # the precomposed syllables
_FINALS = 28  # a syllable's final consonants (none first): its code steps through them last
# the copula that joins a description to the name it describes: "전문병원인 "
_COPULA = re.compile(r"인\s")
# an item of a list that is a name of its own: a word before the ending
_ITEM_NAME = re.compile(rf"[\uac00-\ud7a3A-Za-z0-9]+(?:{_ENDING})")
# a whole word: an ending alone ("병원", "정부") names no one in particular
_BARE_ENDING = re.compile(rf"(?:{_ENDING})")
# a kind of body told as the one on site, abroad, singled out by a word of its rank or standing,
# and marked as the counterpart of an agreement: "현지 대형 여행사(송출사)와", "현지 유력
# 병원과도" (the large agency of the place, its leading hospitals: bodies the text points out
# without their names, which the annotation keeps as the counterpart named). "현지 병원과" with
# no such word says only what kind of body it is, and names no one.
_ON_SITE_BEFORE = re.compile(
    r"(?<![\uac00-\ud7a3])현지\s(?:[\uac00-\ud7a3]+(?<![은는을를의에도로고며인한된던와과])\s){1,2}$"
)
ON_SITE_CHARS = 16  # "현지 대형 사립 ": how far before the kind its "현지" may stand
_MARKED_AS_COUNTERPART = re.compile(r"(?:\([^)]*\))?(?:와|과)(?:도|의|는)?\s")
# the bodies of the Korean state, known by name
KOREAN_BODIES = (
    "정부",
    "보건복지가족부",
    "보건복지부",
    "복지부",
    "한국보건산업진흥원",
    "보건산업진흥원",
    "진흥원",
    "한국관광공사",
    "관광공사",
)


def find_organizations(
    text: str, start: int, end: int, places: list[Place], standing_words: Sequence[str] = ()
) -> list[Organization]:
    """The names of bodies between ``start`` and ``end``; ``standing_words`` are the words of a
    body's public standing (국립, 주립) that may be written apart before its name."""
    found = []
    for name_start, name_end in _listed_names(text, start, end, places):
        name = text[name_start:name_end]
        country = _country_of(name, name_start, name_end, places)
        before = (
            [p for p in places if p.end < name_start and _PLACE_SUFFIX.fullmatch(text, p.end, name_start)]
            or [
                p
                for p in places
                if p.end < name_start
                and not p.place.is_korean
                and p.place.kind in _FOREIGN_SEATS
                # "하노이 소재 여행사 사이공투어": a kind written before the name is no name
                and not (_BARE_ENDING.fullmatch(name) and _WORD_AFTER.match(text, name_end))
                and _NAME_WORDS.fullmatch(text, p.end, name_start)
                and not any(p.end < o.start < name_start for o in places)
                and not _SUBJECT_NAME.search(text, p.end, name_start)
                and not any(_is_subject(word) for word in text[p.end : name_start].split())
            ]
        )
        bracketed = _BARE_ENDING.fullmatch(name) and _bracketed_after(text, name_start, name_end, end, places)
        if bracketed is not None:
            name_start, name_end = bracketed.start, name_end + 1
            country = bracketed.place.country or country
        elif before and not any(p.start == name_start for p in places):
            name_start = before[-1].start
            country = before[-1].place.country or country
        elif (unit_start := _unit_before(text, start, name_start)) is not None:
            name_start = unit_start
        elif (site_start := _on_site_before(text, start, name_start, name_end, end)) is not None:
            name_start = site_start
        elif (standing_start := _standing_before(text, start, name_start, name, standing_words)) is not None:
            name_start = standing_start
        elif _BARE_ENDING.fullmatch(name) and name not in KOREAN_BODIES:
            continue
        ending = next(e for e in sorted(ENDINGS, key=len, reverse=True) if name.endswith(e))
        acronym = _ACRONYM.match(text, name_end, end)
        name_end = acronym.end() if acronym else name_end
        found.append(Organization(name_start, name_end, text[name_start:name_end], ending, country))
    # "몽골 최대 민간병원 인터메드병원": a name that is a word of a longer one is no name of its own
    found = [o for o in found if not any(q.start <= o.start and o.end < q.end for q in found)]
    return [o for o in found if not _describes_next(text, o, found)]


def _is_subject(word: str) -> bool:
    """Whether a word ends in the subject particle, 이 after a final consonant or 가 after a vowel
    ("카자흐스탄 의료관광객이 한빛병원을": the place is the people's, the hospital a name of its
    own); a name's own 이 or 가 stands after a vowel ("쪼라이") or a consonant."""
    if len(word) < 2 or word[-1] not in "이가" or not _HANGUL_FIRST <= word[-2] <= _HANGUL_LAST:
        return False
    has_final = (ord(word[-2]) - ord(_HANGUL_FIRST)) % _FINALS != 0
    return has_final if word[-1] == "이" else not has_final


def _bracketed_after(
    text: str, name_start: int, name_end: int, end: int, places: list[Place]
) -> Place | None:
    """ "타슈켄트시(보건국)": the foreign place whose kind of body stands alone in the brackets
    right after it, the brackets closing right after the kind; the name is then the place's body."""
    if name_end >= end or text[name_end] != ")":
        return None
    return next(
        (
            p
            for p in places
            if p.end < name_start
            and not p.place.is_korean
            and _PLACE_BRACKET.fullmatch(text, p.end, name_start)
        ),
        None,
    )


def _describes_next(text: str, org: Organization, found: list[Organization]) -> bool:
    """ "화상전문병원인 솔빛병원": a kind of body joined by the copula to the name right after it
    says what that body is, and names no body of its own."""
    copula = _COPULA.match(text, org.end)
    return copula is not None and any(o.start == copula.end() for o in found)


def ends_like_a_name(text: str) -> bool:
    """Whether a name may end where ``text`` does: every name ends in its ending or in the acronym
    written after it, so a line ending otherwise is no name from end to end (most lines of a
    page's head), and neither its places nor its names need finding."""
    return text.endswith(ENDINGS) or text.endswith(")")


def _on_site_before(text: str, start: int, name_start: int, name_end: int, end: int) -> int | None:
    """ "현지 대형 여행사와": where "현지" begins before a kind of body singled out by a word or two
    and marked by the particle of a counterpart; the words then name the body on site (the
    annotation keeps such a phrase as the party). A kind elsewhere (현지 대형 병원 설립) names
    no one."""
    if not _BARE_ENDING.fullmatch(text, name_start, name_end) or not _MARKED_AS_COUNTERPART.match(
        text, name_end, end
    ):
        return None
    site = _ON_SITE_BEFORE.search(text, max(start, name_start - ON_SITE_CHARS), name_start)
    return site.start() if site is not None else None


def _standing_before(
    text: str, start: int, name_start: int, name: str, standing_words: Sequence[str]
) -> int | None:
    """ "주립 암병원", "국립 외과병원": where a word of the body's public standing begins, written
    apart right before a name of its own; the word is part of the name (the state's cancer
    hospital, not any cancer hospital). Before a kind alone ("국립 병원") it names no one."""
    if _BARE_ENDING.fullmatch(name):
        return None
    for word in standing_words:
        word_start = name_start - len(word) - 1
        if (
            word_start >= start
            and text.startswith(word, word_start)
            and text[name_start - 1].isspace()
            and (word_start == start or not _WORD_LETTER_RE.match(text, word_start - 1))
        ):
            return word_start
    return None


def _unit_before(text: str, start: int, name_start: int) -> int | None:
    """ "아르항가이 아이막 보건청": where a place the gazetteer lacks begins, named by the unit of
    government written after it, right before the name it owns."""
    unit = _UNIT_BEFORE.search(text, max(start, name_start - MAX_UNIT_NAME_CHARS), name_start)
    return unit.start() if unit is not None and unit.end() == name_start else None


def _listed_names(text: str, start: int, end: int, places: list[Place]) -> list[tuple[int, int]]:
    """The spans of the names, names listed with the middle dot told apart ("울산시·울산대병원·
    울산관광재단": a city, a hospital, a foundation) where every item before the last is a name
    of its own (a word before a name's ending) or a place; a dot inside a name ("한·몽협회") stays."""
    spans = []
    for m in _NAME.finditer(text, start, end):
        items, position = [], m.start()
        for part in m.group(0).split("·"):
            items.append((position, position + len(part)))
            position += len(part) + 1
        if len(items) > 1 and all(_stands_alone(text, s, e, places) for s, e in items[:-1]):
            spans.extend((s, e) for s, e in items if _NAME.fullmatch(text, s, e))
        else:
            spans.append((m.start(), m.end()))
    return spans


def _stands_alone(text: str, start: int, end: int, places: list[Place]) -> bool:
    """Whether an item of a dotted list is a name of its own: a word and an ending (울산대병원),
    or a place with or without its suffix (울산시)."""
    if _ITEM_NAME.fullmatch(text, start, end):
        return True
    return any(p.start == start and end - 1 <= p.end <= end for p in places)


def _country_of(name: str, start: int, end: int, places: list[Place]) -> str | None:
    if name in KOREAN_BODIES or name.startswith(("한국", "대한")):
        return KOREA
    inside = [p.place.country for p in places if start <= p.start and p.end <= end and p.place.country]
    return inside[0] if inside else None


# the national tourism corporation (한국관광공사, 관광공사), not a city's or a province's own
# (인천관광공사, 경기관광공사: local)
_NATIONAL = re.compile(r"^(?:정부|한국|대한민국|우리나라|국내)$|부$|진흥원|^(?:한국)?관광공사$|공단")
_HOSPITAL = re.compile(r"병원|의료원|의원|의료센터|메디컬센터|대학교")


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
