"""Korean numbers: digits with the units 만, 억 and 조 (10^4, 10^8, 10^12) and 천, 백, 십.

Korean groups a number by ten-thousands: 7만3천명 is 7 * 10,000 + 3 * 1,000 people, 3만2천614명
is 32,614, 2조3천억원 is 2 * 10^12 + 3,000 * 10^8 won. A small unit (천, 백, 십) multiplies the
digits right before it; a big unit (만, 억, 조) multiplies everything told since the last big unit.
Digits may carry thousands separators ("1,234명") and a decimal part ("1.5만").
"""

import re
from functools import cache

from extractors.lang.lexicon import Lexicon, PhraseMatcher
from extractors.mentions.numbers import Quantity
from models import Qualifier

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


@cache
def _number_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Digits, then any run of units and digits: "7만3천", "3만2천614", "2조3천억", "12만"."""
    units = "".join(_units(lexicon))
    return re.compile(rf"(?<![\d.,])(?:{_DIGITS})(?:[{units}]+(?:{_DIGITS})?)*")


@cache
def _units(lexicon: Lexicon) -> dict[str, float]:
    numbers = lexicon.section("numbers")
    return {**numbers["big_units"], **numbers["small_units"]}


@cache
def _qualifiers(lexicon: Lexicon) -> PhraseMatcher:
    return PhraseMatcher(
        {p: Qualifier(q) for q, phrases in lexicon.section("qualifiers").items() for p in phrases}
    )


def read_number(written: str, lexicon: Lexicon) -> float:
    """The value of a Korean number as written: "3만2천614" -> 32614, "2조3천억" -> 2.3e12."""
    numbers = lexicon.section("numbers")
    big, small = numbers["big_units"], numbers["small_units"]
    total = section = 0.0
    for digits, unit in re.findall(rf"({_DIGITS})?([{''.join(big)}{''.join(small)}]?)", written):
        if not digits and not unit:
            continue
        value = float(digits.replace(",", "")) if digits else None
        if unit in small:
            section += (1.0 if value is None else value) * small[unit]
        elif unit in big:
            section += value or 0.0
            total += (section or 1.0) * big[unit]
            section = 0.0
        else:
            section += value or 0.0
    return total + section


def find_quantities(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    """Every number in ``text[start:end]``: its value, its qualifier ("약 7만 명", "1만 명 이상"),
    whether money or a share follows it (a measure) and whether it is a year ("2019년")."""
    numbers = lexicon.section("numbers")
    measures = tuple(numbers["non_count_units"])
    found = []
    for match in _number_pattern(lexicon).finditer(text, start, end):
        after = text[match.end() : min(end, match.end() + 12)].lstrip()
        written = match.group(0)
        found.append(
            Quantity(
                start=match.start(),
                end=match.end(),
                text=written,
                value=read_number(written, lexicon),
                qualifier=_qualifier(text, start, end, match, lexicon),
                is_measure=after.startswith(measures),
                is_year=re.fullmatch(r"(19|20)\d\d", written) is not None
                and after.startswith(numbers["year_marker"]),
            )
        )
    return found


def _qualifier(text: str, start: int, end: int, match: re.Match[str], lexicon: Lexicon) -> Qualifier:
    """A qualifier written right before the number ("약") or right after its counter ("이상")."""
    qualifiers = _qualifiers(lexicon)
    before = qualifiers.search(text, max(start, match.start() - 4), match.start())
    if before is not None and not text[before.end : match.start()].strip():
        return before.label
    counters = "|".join(map(re.escape, lexicon.section("numbers")["person_counters"]))
    counter = re.match(rf"\s*(?:{counters})?\s*", text[match.end() : end]) if counters else None
    after_start = match.end() + (counter.end() if counter else 0)
    after = qualifiers.search(text, after_start, min(end, after_start + 4))
    return after.label if after is not None and after.start == after_start else Qualifier.EXACT


def is_bare(text: str, quantity: Quantity, end: int, lexicon: Lexicon) -> bool:
    """A Korean number is bare when no counter follows it ("7만3천명" counts people)."""
    counters = tuple(lexicon.section("numbers")["person_counters"])
    return not text[quantity.end : end].lstrip().startswith(counters)
