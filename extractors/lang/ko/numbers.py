"""Korean numbers: digits grouped by the units of ten thousand (7만3천명, 3만2천614명, 2조3천억원,
"12만 2천 명", 1,056만 명), with qualifiers before (약 5천명) or after them (5천여 명, 2천명 이상).

Korean counts in groups of four digits: 천, 백 and 십 build a group, 만 (10^4), 억 (10^8) and 조
(10^12) multiply the group before them. "8천 6백억" is 8,600 x 10^8. What follows the number
tells what it is: 명 (people), 원 or 달러 (money), % (a share), 개국 (countries), 년 (a year or
a duration).
"""

import re
from functools import cache

from extractors.lang.lexicon import Lexicon
from extractors.mentions.numbers import Quantity
from models import Qualifier

SMALL_UNITS = {"천": 1_000, "백": 100, "십": 10}
LARGE_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# one group: digits, then at most one small and one large unit ("6백억", "7만", "3천", "614")
_GROUP = rf"(?:{_DIGITS})(?:\s?[천백십])?(?:\s?[조억만])?"
# The first group is _GROUP with its first digit taken before the look-behind, so that the
# engine skips to digits (10 ns a character of Korean text where a look-behind first cost 49).
_FIRST_GROUP = r"\d(?<![\d.,].)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)(?:\s?[천백십])?(?:\s?[조억만])?"
# a group goes on past a unit only: "12만 2천", "3만2천614", never "2024 12만"
_NUMBER = re.compile(rf"{_FIRST_GROUP}(?:(?<=[천백십조억만])\s?(?:{_GROUP}))*")
_GROUP_PARTS = re.compile(rf"(?P<n>{_DIGITS})\s?(?P<small>[천백십])?\s?(?P<large>[조억만])?")
# 만 written alone before a group of thousands or hundreds ("만 5천 명", "만2천원"): one ten
# thousand, as 천 alone is one thousand; never 만 after a word or a figure ("5천명만", "3년 만에"),
# and never before a bare figure ("만 5세" is a full age, not a number)
_BARE_TEN_THOUSAND = re.compile(r"(?<![\uac00-\ud7a3\d.,])만\s?$")
_THOUSANDS_GROUP = re.compile(r"\d+\s?[천백]")
_RANGE_END = re.compile(r"^[~∼～\-–]\s?[\d,.]+(?:\s?[천백십만억조])*")
# Native numerals before the counter of bodies ("다섯 곳과", "열두 곳과", "스무 개사와"): the words
# Korean writes small counts of places and bodies in, a ten followed by a unit ("열두", "스물세").
NATIVE_UNITS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40}
_NATIVE_WORD = re.compile(
    r"(?P<tens>열|스물|서른|마흔)(?P<unit>한|두|세|네|다섯|여섯|일곱|여덟|아홉)"
    r"|(?P<ten>열|스무|서른|마흔)|(?P<alone>다섯|여섯|일곱|여덟|아홉|두|세|네)"
)
_NATIVE_COUNT = re.compile(
    rf"(?<![\uac00-\ud7a3])(?:{_NATIVE_WORD.pattern})(?=\s(?:곳|개사|개 기관|개 병원|개 업체))"
)
# Sino-Korean numerals written in letters before the counter of people ("천백여 명", "삼천 명",
# "이만 오천 명"), as broadcast scripts write them: a digit word before each unit, at least one
# unit, never a vague "몇 천", "수백" (a letter right before) nor "천명하다" (to declare).
SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SINO_GROUP = (
    r"(?:[이삼사오육칠팔구]?천)?(?:[이삼사오육칠팔구]?백)?(?:[이삼사오육칠팔구]?십)?[일이삼사오육칠팔구]?"
)
_SINO_COUNT = re.compile(
    rf"(?=[일이삼사오육칠팔구천백십만])(?<![\uac00-\ud7a3\d.,])(?<!몇 )(?<!수 )(?<![천백십만] )(?:{_SINO_GROUP}만\s?)?{_SINO_GROUP}"
    r"(?=\s?(?:여\s?)?명(?![하했해한단]))"
)
_SINO_UNIT = re.compile(r"[천백십만]")
_SINO_PARTS = re.compile(
    r"(?P<digit>[일이삼사오육칠팔구])?(?P<unit>[천백십만])|(?P<ones>[일이삼사오육칠팔구])$"
)
_BAND = re.compile(r"\s?명대(?![\uac00-\ud7a3])|\s?명대(?:로|를|였|이|에|의|와|과|까지|에서)")
_YEAR_WORD = re.compile(r"\s?년(?!\s?(?:간|동안|째|만에|이내))")
_YEAR_ALONE = re.compile(r"(?:19[5-9]\d|20\d\d)")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# A dot before three digits and the counter of people or cases, no unit between ("216.657명",
# "6.666건"): a head count has no fraction, so the dot groups thousands as some writers' keyboards
# do, never a decimal point ("1.5만명" keeps its unit and its fraction).
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_WHOLE_COUNTER = re.compile(r"\s?(?:여\s?)?(?:명|건)")
# particles and verb endings a number may carry directly when it has no noun of its own, the
# copula that ends a sentence on it included ("목표는 … 10만명이다"), or the counter of people
# alone ending a sentence with no verb ("올해 목표는 1만8천명.")
_PARTICLE = re.compile(
    r"\s?(?:을|를|이|가|은|는|으로|로|에|에서|의|과|와|까지|에서|보다|만큼|씩)(?![\uac00-\ud7a3])"
    r"|\s?(?:명\s?)?(?:이다|입니다)[.\s]*$|\s?명[.\s]*$"
)


def find_quantities(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    found = []
    for m in _NUMBER.finditer(text, start, end):
        number_end = _trim(text, m.start(), m.end())
        if number_end <= m.start():
            continue
        value = parse_number(text[m.start() : number_end])
        if value is None:
            continue
        after = text[number_end:end]
        # the counter is read past ``end``: a list's figure may be cut before it
        value = _whole_count(text[m.start() : number_end], text[number_end : number_end + 4], value)
        is_year = _is_year(text[m.start() : number_end], after)
        number_start = _bare_ten_thousand_before(text, start, m)
        if number_start < m.start():
            value += LARGE_UNITS["만"]
        found.append(
            Quantity(
                number_start,
                number_end,
                text[number_start:number_end],
                value,
                _qualifier(text, max(start, number_start - 8), number_start, after, lexicon),
                not is_year and _is_measure(after, lexicon),
                is_year,
            )
        )
    for m in _NATIVE_COUNT.finditer(text, start, end):
        after = text[m.end() : end]
        found.append(
            Quantity(
                m.start(),
                m.end(),
                m.group(0),
                _native_value(m),
                Qualifier.EXACT,
                _is_measure(after, lexicon),
                False,
            )
        )
    # the counter of people first: a cheap find before the letters are scanned
    for m in _SINO_COUNT.finditer(text, start, end) if text.find("명", start, end) >= 0 else ():
        number_end = _trim(text, m.start(), m.end())
        if _SINO_UNIT.search(m.group(0)) is None or any(
            q.start < number_end and m.start() < q.end for q in found
        ):
            continue
        found.append(
            Quantity(
                m.start(),
                number_end,
                text[m.start() : number_end],
                _sino_value(text[m.start() : number_end]),
                _qualifier(text, max(start, m.start() - 8), m.start(), text[number_end:end], lexicon),
                False,
                False,
            )
        )
    return sorted(found, key=lambda q: q.start)


def _bare_ten_thousand_before(text: str, start: int, number: re.Match[str]) -> int:
    """Where the number starts: at a 만 written alone right before it when the number is a group of
    thousands or hundreds ("만 5천" is 15,000), else where its figures start."""
    if not _THOUSANDS_GROUP.fullmatch(number.group(0).strip()):
        return number.start()
    before = _BARE_TEN_THOUSAND.search(text, max(start, number.start() - 2), number.start())
    return before.start() if before else number.start()


def _whole_count(written: str, after: str, value: float) -> float:
    """The value of a count of people or cases written with a dot grouping its thousands
    ("216.657명" is 216,657); any other number keeps the value it was read with."""
    if _DOTTED_THOUSANDS.fullmatch(written) and _WHOLE_COUNTER.match(after):
        return float(written.replace(".", ""))
    return value


def _sino_value(written: str) -> int:
    """천백 -> 1100, 삼천 -> 3000, 이만 오천 -> 25000, 십오 -> 15: a unit alone is one of it."""
    total, group = 0, 0
    for part in _SINO_PARTS.finditer(written.replace(" ", "")):
        if part["ones"]:
            group += SINO_DIGITS[part["ones"]]
            continue
        if part["unit"] == "만":
            total += (group + SINO_DIGITS.get(part["digit"] or "", 0) or 1) * LARGE_UNITS["만"]
            group = 0
        else:
            group += SINO_DIGITS.get(part["digit"] or "", 1) * SMALL_UNITS[part["unit"]]
    return total + group


def native_numeral(word: str) -> int | None:
    """The value of a word that is a native numeral ("열두" 12, "스무" 20, "다섯" 5), else None."""
    m = _NATIVE_WORD.fullmatch(word)
    return None if m is None else _native_value(m)


def _native_value(m: re.Match[str]) -> int:
    """The value of a native numeral: "열두" is ten and two, "스무" twenty, "다섯" five."""
    if m["tens"]:
        return NATIVE_TENS[m["tens"]] + NATIVE_UNITS[m["unit"]]
    if m["ten"]:
        return NATIVE_TENS[m["ten"]]
    return NATIVE_UNITS[m["alone"]]


def _trim(text: str, start: int, end: int) -> int:
    """A number does not end in a space: "12만 명" reads "12만"."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def parse_number(written: str) -> float | None:
    """7만3천 -> 73000, 3만2천614 -> 32614, 2조3천억 -> 2.3e12, "8천 6백억" -> 8.6e11."""
    total, group = 0.0, 0.0
    for part in _GROUP_PARTS.finditer(written):
        value = float(part["n"].replace(",", ""))
        value *= SMALL_UNITS.get(part["small"] or "", 1)
        group += value
        if part["large"]:
            total += group * LARGE_UNITS[part["large"]]
            group = 0.0
    total += group
    return total or None


def _is_year(written: str, after: str) -> bool:
    """2019년, or a bare 2019 beside no counter ("2024 메디컬코리아"); not 2000명."""
    if not _YEAR_ALONE.fullmatch(written):
        return False
    return bool(_YEAR_WORD.match(after)) or not after[:1].strip() or not _HANGUL.match(after[:1])


def _is_measure(after: str, lexicon: Lexicon) -> bool:
    """Money, a share, a duration or a count of things: the unit right after the number."""
    after = _RANGE_END.sub("", after.lstrip(), count=1)  # "4~5회": the unit of the range's end
    if after.startswith("여"):
        after = after[1:].lstrip()
    if after.startswith("명"):
        return False
    return any(after.startswith(unit) for unit in lexicon.section("numbers")["non_count_units"]) or bool(
        re.match(r"년", after)
    )


def _qualifier(text: str, floor: int, position: int, after: str, lexicon: Lexicon) -> Qualifier:
    """약 before the number, or 여, 이상, 넘게 ... after its counter."""
    qualifiers = lexicon.section("qualifiers")
    if phrase := qualifier_phrase(text, floor, position, lexicon):
        before = phrase.strip()
        for name in ("approx", "at_least", "at_most"):
            if before in qualifiers[name]:
                return Qualifier(name)
    if _BAND.match(after):
        return Qualifier.AT_LEAST  # "24만 명대": the 240-thousands, 240,000 at least
    tail = re.match(r"\s?(?:여\s?)?(?:명|건|곳|개국|개)?\s?", after)
    rest = after[tail.end() :] if tail else after
    if after.lstrip().startswith("여"):
        return Qualifier.APPROX
    for name in ("at_least", "at_most", "approx"):
        if any(rest.startswith(word) for word in qualifiers[f"{name}_after"]):
            return Qualifier(name)
    return Qualifier.EXACT


def qualifier_phrase(text: str, floor: int, position: int, lexicon: Lexicon) -> str:
    """The qualifier written right before a number ("약 "), else empty."""
    window = text[floor:position]
    for ending in _qualifier_endings(lexicon):
        m = ending.search(window)
        if m:
            return window[m.start() :]
    return ""


@cache
def _qualifier_endings(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    """A pattern for each qualifier word ending a text, in the order ``qualifier_phrase`` tries
    them: compiled once, where building each pattern's text and finding it in the regex module's
    cache at every number was 5 % of the Korean dev pages' extraction."""
    return tuple(
        re.compile(rf"(?<![\uac00-\ud7a3]){re.escape(word)}\s?$")
        for name in ("approx", "at_least", "at_most")
        for word in lexicon.section("qualifiers")[name]
    )


def is_bare(text: str, quantity: Quantity, end: int) -> bool:
    """A number with only a particle after it ("39만을 기록"): no counter, no noun of its own."""
    after = text[quantity.end : end]
    return not after.strip() or bool(_PARTICLE.match(after)) or not _HANGUL.match(after.lstrip()[:1] or " ")
