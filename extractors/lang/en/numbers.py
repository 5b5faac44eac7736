"""Numbers in text: digits with separators and multipliers, spelled-out numbers, qualifiers.

quantulum3 is used for spelled-out numbers ("seven medical centers"), which it reads well.
Digit forms are read here because quantulum3 misreads the forms news uses most: it takes
"300-thousand" as 650 (a range with an uncertainty) and "250K" as 250 kelvin.
"""

import re
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from types import ModuleType
from typing import Any, NamedTuple

from extractors.lang.lexicon import (
    CaselessPattern,
    Lexicon,
    PhraseMatcher,
    holds_any,
    lowered_range,
    needles,
    phrase_alternation,
)
from extractors.mentions.numbers import Quantity
from extractors.spans import overlaps
from models import Qualifier

# The look-behind stands after the first digit, so that the engine skips to digits (11 ns a
# character where one before it cost 24; the same matches).
# Thousands are grouped by commas or, on sites of other traditions, by (thin or no-break)
# spaces ("12 000"); a space-grouped number stands alone, never inside a row of figures
# ("497 120 145"), whose numbers are read one by one.
_DIGITS = re.compile(
    r"(?P<number>\d(?<![\w.,/-].)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?"
    r"|(?<!\d\s\d)\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d|[.,]\d|\s\d)"
    r"|\d*(?:\.\d+)?))"
    r"(?:(?P<suffix>[kKmM]|bn|mn)\b|(?:\s+|-)(?P<word>[A-Za-z]+))?"
)
_GROUP_SPACES = re.compile(r"[, \u00a0\u2009\u202f]")
# A hyphen and a letter right after a unit's letters: they are the start of a compound noun
# ("88 X-rays"), not a unit ("2x").
_COMPOUND_GLUE = re.compile(r"-[^\W\d_]")
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
# A year of this century cut to two digits in brackets, as statistics footnotes print it: "(’19)".
ABBREVIATED_YEAR = re.compile(r"(?<=\()['’‘](?P<short>\d\d)(?=\))")
MONTH_WORD_CHARS = 20  # "September 13", "Sept. 3 to 5": the month's name before a day
MAX_MONTH_DAY = 31
AGE_LEAD_CHARS = 30  # "between the ages of 3 and ": how far back the words before an age are read
SPELLED_WINDOW_CHARS = 60  # how much text around a number word quantulum3 reads


@cache
def _share_tail(lexicon: Lexicon) -> re.Pattern[str]:
    """A half written between a number and its unit: "14-and-a-half percent"."""
    tails = "|".join(t.replace(" ", "[- ]") for t in lexicon.section("numbers")["half_tails"])
    return re.compile(rf"^(?:{tails})\s+", re.IGNORECASE)


@cache
def _part_of(lexicon: Lexicon) -> re.Pattern[str]:
    """The word after a share that names the whole: "95.8 of Chinese patients"."""
    return re.compile(rf"\s+{lexicon.alternation('grammar', 'belonging_prepositions')}\b", re.IGNORECASE)


@cache
def _qualifier_matcher(lexicon: Lexicon) -> PhraseMatcher:
    section = lexicon.section("qualifiers")
    return PhraseMatcher({p: Qualifier(q) for q, phrases in section.items() for p in phrases})


@cache
def _at_least_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.section("numbers")["at_least_words"])


@cache
def _unit_matcher(lexicon: Lexicon) -> PhraseMatcher:
    return PhraseMatcher.of(lexicon.section("numbers")["non_count_units"])


@cache
def _age_lead(lexicon: Lexicon) -> re.Pattern[str]:
    """The end of the words before an age: "aged ", "between the ages of 3 and ": the first age
    of a range leads the second."""
    section = lexicon.section("numbers")
    leads = phrase_alternation(section["age_leads"])
    joiners = phrase_alternation(section["age_range_joiners"])
    return re.compile(rf"(?<!\w)(?:{leads})\s+(?:\d{{1,3}}\s*(?:{joiners})\s*)?$", re.IGNORECASE)


def _is_month_day(text: str, start: int, number_start: int, raw: str, lexicon: Lexicon) -> bool:
    """Whether the number is a day after a month's name ("with May 6 set aside for
    check-ups"): a time, never a head count, though on a page without a date the date reader
    cannot place it in a year. The month is capitalised ("may 6 patients" is no date)."""
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_MONTH_DAY:
        return False
    words = text[max(start, number_start - MONTH_WORD_CHARS) : number_start].split()
    joiners = lexicon.lowered_words("dates", "range_joiners")
    if len(words) >= 3 and words[-1].lower() in joiners and words[-2].isdigit():
        words = words[:-2]  # "Sept. 3 to 5": the end of a range of days
    if not words or not words[-1][:1].isupper():
        return False
    month = lexicon.matcher("dates", "months").match(words[-1])
    return month is not None and month.end - month.start == len(words[-1].rstrip("."))


def _is_age(text: str, start: int, number_start: int, lexicon: Lexicon) -> bool:
    """Whether the number at ``number_start`` is an age ("children aged 6 to 15"): an age is
    never a head count. Only a window with the letters "age" is matched against the pattern."""
    window = text[max(start, number_start - AGE_LEAD_CHARS) : number_start]
    return "age" in window.lower() and _age_lead(lexicon).search(window) is not None


def find_quantities(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    """Every number between ``start`` and ``end`` of ``text``, in order of appearance."""
    section = lexicon.section("numbers")
    multipliers = section["multipliers"]
    currency = tuple(section["currency_prefixes"])
    at_least_signs, at_least_words = section["at_least_signs"], _at_least_words(lexicon)
    quantities = []
    share_tail = _share_tail(lexicon)
    read_up_to = start  # the end of the last number read, parts of a spoken compound included
    for m in _DIGITS.finditer(text, start, end):
        if m.start() < read_up_to:
            continue  # "356" of "412-thousand-356": read with the number it ends
        raw = m.group("number")
        value = float(_GROUP_SPACES.sub("", raw))
        stop = m.end("number")
        multiplier_word = (m.group("suffix") or m.group("word") or "").lower()
        if multiplier_word in multipliers:
            value *= multipliers[multiplier_word]
            stop = m.end()
            if m.group("word"):
                rest, stop = _spoken_rest(text, stop, end, multipliers[multiplier_word], multipliers)
                value += rest
        read_up_to = stop
        before = text[max(start, m.start() - 4) : m.start()].lower().rstrip()
        after = text[stop : min(end, stop + 30)].removeprefix("+")  # "5+ percent" is a share
        is_measure = (
            _has_currency_prefix(before, currency)
            or after.startswith("%")
            # "14-and-a-half percent"
            or _unit_follows(share_tail.sub("", after.lstrip(" -"), count=1), lexicon)
            or _range_to_measure(after, lexicon)  # "10-15 percent", "10 to 15 percent"
            or _is_age(text, start, m.start(), lexicon)
            or _is_month_day(text, start, m.start(), raw, lexicon)
            # "95.8 of Chinese patients": a decimal without a multiplier is a share of them
            or (
                "." in raw
                and multiplier_word not in multipliers
                and _part_of(lexicon).match(after) is not None
            )
        )
        ordinal = _ordinal_suffix(lexicon).match(text, stop, end) is not None
        qualifier = _qualifier_before(text, start, m.start(), lexicon)
        if text[stop : stop + 1] in at_least_signs and not m.group("word"):
            qualifier, stop = Qualifier.AT_LEAST, stop + 1  # "15,000+"
        elif multiplier_word in at_least_words and not re.match(r"\s*\d", text[m.end() : end]):
            qualifier, stop = Qualifier.AT_LEAST, m.end()  # "15,000-plus", never "12,000 plus 3,000"
        quantities.append(
            Quantity(
                start=m.start(),
                end=stop,
                value=value,
                text=text[m.start() : stop],
                qualifier=qualifier,
                is_measure=is_measure or ordinal,
                is_year=(bool(_YEAR.match(raw)) and multiplier_word not in multipliers)
                or ABBREVIATED_YEAR.match(text, m.start() - 1, m.end() + 1) is not None,
                is_ordinal=ordinal,
            )
        )
    # the word readers below scan only a sentence that holds one of the words they need (most
    # hold none): the sentence lowered once, a substring test for each
    lowered = lowered_range(text, start, end)
    triggers = _trigger_words(lexicon)
    fractions = (
        (_fractions(text, start, end, lexicon) if holds_any(lowered, triggers.multipliers) else [])
        + (_spoken_decimals(text, start, end, lexicon) if holds_any(lowered, triggers.decimal_points) else [])
        + (_singulars(text, start, end, lexicon) if holds_any(lowered, triggers.singulars) else [])
    )
    spelled = (
        [q for q in _spelled_quantities(text, start, end, lexicon) if not overlaps(q.start, q.end, fractions)]
        if holds_any(lowered, triggers.number_words)
        else []
    )
    quantities = [q for q in quantities if not overlaps(q.start, q.end, fractions)]
    if not (quantities or fractions or spelled):
        return []  # a third of sentences: nothing for the readers of their numbers' neighbours
    return _without_ratios(
        text,
        _without_proportions(
            text,
            _without_ranks(text, sorted(quantities + fractions + spelled, key=lambda q: q.start), lexicon),
            lexicon,
        ),
    )


# The rest of a number as broadcast scripts spell it, after its first multiplier:
# "412-thousand-356", "1-million-35-thousand": hyphen-joined groups of at most three digits,
# each a smaller multiplier than the one before, or the units at the end.
_SPOKEN_GROUP = re.compile(r"-(?P<digits>\d{1,3})(?:-(?P<word>[A-Za-z]+))?(?=-\d|[.,](?!\d)|[^\w,.-]|$)")


def _spoken_rest(
    text: str, stop: int, end: int, multiplier: float, multipliers: dict[str, float]
) -> tuple[float, int]:
    """What follows a spelled multiplier in a spoken compound, and where the number ends. Each
    group must be a smaller part of the number than the one before: "5-million-10-percent",
    "3-thousand-15-thousand" and "54-hundred-150" end at their first multiplier."""
    rest = 0.0
    while (group := _SPOKEN_GROUP.match(text, stop, end)) is not None:
        word = (group.group("word") or "").lower()
        scale = multipliers.get(word) if word else 1
        if scale is None or int(group.group("digits")) * scale >= multiplier:
            break
        rest, stop, multiplier = rest + int(group.group("digits")) * scale, group.end(), scale
    return rest, stop


RANK_REACH_CHARS = 10  # "the No. 1", "the number-one": the rank word stands right before its number
MAX_RANK = 100  # a rank is a small whole number


@cache
def _rank_lead(lexicon: Lexicon) -> re.Pattern[str]:
    words = phrase_alternation(lexicon.section("numbers")["rank_words"])
    return re.compile(rf"(?<![\w.])(?:{words})[\s-]*$", re.IGNORECASE)


def _without_ranks(text: str, quantities: list[Quantity], lexicon: Lexicon) -> list[Quantity]:
    """ "the number one destination for Mongolian patients", "the No. 1 reason patients come":
    a small number right after a word of rank is a place in a ranking, never a count."""
    lead = _rank_lead(lexicon)
    return [
        q
        for q in quantities
        if q.value > MAX_RANK
        or q.value != int(q.value)
        or lead.search(text, max(0, q.start - RANK_REACH_CHARS), q.start) is None
    ]


class _TriggerWords(NamedTuple):
    """Words one of which a sentence must hold for a reader to find anything in it."""

    multipliers: tuple[str, ...]  # fractions: "half a million", "a quarter of a million"
    decimal_points: tuple[str, ...]  # spoken decimals: "two-point-26 million", "12-point-four percent"
    singulars: tuple[str, ...]  # "one patient", "a single patient"
    number_words: tuple[str, ...]  # spelled-out numbers: "seven medical centers"


@cache
def _trigger_words(lexicon: Lexicon) -> _TriggerWords:
    section = lexicon.section("numbers")
    return _TriggerWords(
        multipliers=needles(w for w in section["multipliers"] if len(w) > 2),  # as their patterns take them
        decimal_points=needles(f"-{w}-" for w in section["decimal_point_words"]),
        singulars=needles(section["singulars"]),
        number_words=needles(section["number_words"]),
    )


# "3:1 nurse patient ratios", "a 1:1 service", "at 10:30": two small numbers joined by a colon
# are a ratio or a clock time, never head counts ("2019: 7,263" leads a figure by its year).
_RATIO = re.compile(r"(?<![\d,.:])\d{1,2}:\d{1,2}(?![\d,]|\.\d)")


def _without_ratios(text: str, quantities: list[Quantity]) -> list[Quantity]:
    if not quantities or ":" not in text[quantities[0].start : quantities[-1].end]:
        return quantities
    spans = [(m.start(), m.end()) for m in _RATIO.finditer(text, quantities[0].start, quantities[-1].end)]
    return [
        replace(q, is_measure=True) if any(s < q.end and q.start < e for s, e in spans) else q
        for q in quantities
    ]


@cache
def _range_end(lexicon: Lexicon) -> re.Pattern[str]:
    """The other end of a range right after a number: "-15", " to 15", " and 20"."""
    joiners = phrase_alternation(lexicon.section("dates")["range_joiners"])
    return re.compile(rf"\s*(?:{joiners})\s*\d[\d,]*(?:\.\d+)?", re.IGNORECASE)


def _range_to_measure(after: str, lexicon: Lexicon) -> bool:
    """Whether a number opens a range whose other end is a measure: the unit written once after
    the range ("10-15 percent") is the first number's too."""
    end = _range_end(lexicon).match(after)
    if end is None:
        return False
    rest = after[end.end() :]
    return rest.startswith("%") or _unit_follows(rest, lexicon)


@cache
def _spoken_decimal_pattern(lexicon: Lexicon) -> CaselessPattern:
    section = lexicon.section("numbers")
    digits = phrase_alternation(section["digit_words"])
    point = phrase_alternation(section["decimal_point_words"])
    multipliers = phrase_alternation(w for w in section["multipliers"] if len(w) > 2)
    return CaselessPattern.compile(
        rf"(?<![\w-])(?P<whole>\d+|{digits})-(?:{point})-(?P<fraction>\d+|{digits})\b"
        rf"(?:\s+(?P<multiplier>{multipliers})\b)?"
    )


def _spoken_decimals(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    """ "two-point-26 million", "2-point-5 million", "12-point-four percent": a decimal as
    broadcast scripts spell it; without a multiplier it is a share or a measure, never a head count
    of its whole part."""
    if "-" not in text[start:end]:
        return []
    section = lexicon.section("numbers")
    digit_values = {k.lower(): v for k, v in section["digit_words"].items()}
    found = []
    pattern, scanned = _spoken_decimal_pattern(lexicon).scan(text)  # groups read lowered
    for m in pattern.finditer(scanned, start, end):
        whole, fraction = m["whole"].lower(), m["fraction"].lower()
        value = float(f"{digit_values.get(whole, whole)}.{digit_values.get(fraction, fraction)}")
        multiplier = section["multipliers"][m["multiplier"].lower()] if m["multiplier"] else 1
        found.append(
            Quantity(
                start=m.start(),
                end=m.end(),
                value=value * multiplier,
                text=text[m.start() : m.end()],
                qualifier=_qualifier_before(text, start, m.start(), lexicon),
                is_measure=not m["multiplier"] or _unit_follows(text[m.end() : m.end() + 20], lexicon),
                is_year=False,
            )
        )
    return found


def _without_proportions(text: str, quantities: list[Quantity], lexicon: Lexicon) -> list[Quantity]:
    """ "four in ten of them", "3 out of 5": the two numbers of a proportion are a share, so
    both become measures rather than head counts; "90,000 in three years" is a figure and the
    time it is due in, no share. ``quantities`` in order of their starts."""
    joint = _proportion_joint(lexicon)
    shares: set[int] = set()
    for first, second in pairwise(quantities):
        if not second.is_year and not second.is_measure and joint.fullmatch(text, first.end, second.start):
            shares |= {first.start, second.start}
    # "one in every five": the parser leaves a lone "one" unread, so the share is told by its
    # second number alone; a share of one is looked for only where the words before the numbers
    # hold a singular (most do not), one substring test for all of them
    single_share = _single_share(lexicon)
    if quantities and holds_any(
        lowered_range(text, max(0, quantities[0].start - SINGLE_SHARE_CHARS), quantities[-1].start),
        _trigger_words(lexicon).singulars,
    ):
        for q in quantities:
            if not q.is_year and single_share.search(text, max(0, q.start - SINGLE_SHARE_CHARS), q.start):
                shares.add(q.start)
    return [replace(q, is_measure=True) if q.start in shares else q for q in quantities]


SINGLE_SHARE_CHARS = 25  # "a single out of every ": how far before a number a share of one starts


@cache
def _single_share(lexicon: Lexicon) -> re.Pattern[str]:
    section = lexicon.section("numbers")
    singulars = phrase_alternation(section["singulars"])
    joiners = phrase_alternation(section["proportion_joiners"])
    return re.compile(rf"\b(?:{singulars})\s+(?:{joiners})\s+$", re.IGNORECASE)


@cache
def _proportion_joint(lexicon: Lexicon) -> re.Pattern[str]:
    joiners = phrase_alternation(lexicon.section("numbers")["proportion_joiners"])
    return re.compile(rf"\s+(?:{joiners})\s+", re.IGNORECASE)


@cache
def _fraction_pattern(lexicon: Lexicon) -> CaselessPattern:
    section = lexicon.section("numbers")
    fractions = phrase_alternation(section["fractions"])
    multipliers = phrase_alternation(w for w in section["multipliers"] if len(w) > 2)
    # "a hundred thousand" chains multipliers: quantulum3 reads it whole
    return CaselessPattern.compile(
        rf"(?<![\w])(?P<fraction>{fractions})\s+(?P<multiplier>{multipliers})\b(?![\s-]+(?:{multipliers})\b)"
    )


@cache
def _fraction_shares(lexicon: Lexicon) -> dict[str, float]:
    return {" ".join(k.lower().split()): v for k, v in lexicon.section("numbers")["fractions"].items()}


def _fractions(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    """ "half a million", "a quarter of a million": round figures of news that neither the digit
    reader nor quantulum3 (which reads "half a million" as 1.5 million) gets right."""
    section = lexicon.section("numbers")
    shares = _fraction_shares(lexicon)
    found = []
    pattern, scanned = _fraction_pattern(lexicon).scan(text)  # groups read lowered
    for m in pattern.finditer(scanned, start, end):
        share = shares[" ".join(m["fraction"].lower().split())]
        found.append(
            Quantity(
                start=m.start(),
                end=m.end(),
                value=share * section["multipliers"][m["multiplier"].lower()],
                text=text[m.start() : m.end()],
                qualifier=_qualifier_before(text, start, m.start(), lexicon),
                is_measure=_unit_follows(text[m.end() : m.end() + 20], lexicon),
                is_year=False,
            )
        )
    return found


@cache
def _singular_pattern(lexicon: Lexicon) -> CaselessPattern:
    singulars = phrase_alternation(lexicon.section("numbers")["singulars"])
    rates = phrase_alternation(lexicon.section("numbers")["rate_words"])
    heads = phrase_alternation(lexicon.section("patients")["heads"])
    section = lexicon.section("numbers")
    numbers = phrase_alternation([*section["multipliers"], *section["number_words"]])
    function_words = phrase_alternation(lexicon.section("text")["function_words"])
    word = rf"(?!(?:{function_words})\b)[\w'’-]+"  # "one of the patients" counts nobody
    # the patient noun a word or two after it ("one patient", "a single Kenyan patient"), never
    # a multiplier between ("one million"); a word of rate before it ("for one patient") is
    # taken in so that such a match is thrown away
    return CaselessPattern.compile(
        rf"(?<![\w-])(?P<rate>(?:{rates})\s+)?(?P<one>{singulars})(?!\s+(?:{numbers})\b)(?=\s+(?:{word}\s+){{0,2}}?(?:{heads})\b)"
    )


def _singulars(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    """ "one patient from Kenya", "a single patient": a count of one, which quantulum3 does not
    read alone; whether a patient noun follows is the count builder's question."""
    pattern, scanned = _singular_pattern(lexicon).scan(text)
    return [
        Quantity(
            start=m.start("one"),
            end=m.end(),
            value=1.0,
            text=text[m.start("one") : m.end()],
            qualifier=Qualifier.EXACT,
            is_measure=False,
            is_year=False,
        )
        for m in pattern.finditer(scanned, start, end)
        if m["rate"] is None
    ]


@cache
def _ordinal_suffix(lexicon: Lexicon) -> re.Pattern[str]:
    """The ending glued to a number that makes it an ordinal ("88,805th", "the 31st")."""
    return re.compile(rf"{lexicon.alternation('dates', 'ordinal_suffixes', ignore_case=False)}\b")


def _unit_follows(after: str, lexicon: Lexicon) -> bool:
    """Whether a unit of money or measure stands right after a number ("half a million won"):
    a unit that starts the text, matched there (a search would go on through the rest of it).
    Letters of a unit glued to a word by a hyphen start a compound noun ("120 X-rays")."""
    rest = after.lstrip(" -")
    unit = _unit_matcher(lexicon).match(rest)
    return unit is not None and _COMPOUND_GLUE.match(rest, unit.end) is None


def _has_currency_prefix(before: str, prefixes: tuple[str, ...]) -> bool:
    """ "$", "US$ ", "W": a prefix written as letters must be a word of its own ("draw" is no "w")."""
    if not before.endswith(prefixes):  # one test for all: asked of every number, most have none
        return False
    for prefix in prefixes:
        if before.endswith(prefix):
            preceding = before[: -len(prefix)]
            if not (prefix[0].isalpha() and preceding[-1:].isalpha()):
                return True
    return False


def is_bare(text: str, quantity: Quantity, end: int, lexicon: Lexicon) -> bool:
    """A number with no noun of its own ("364,000 in 2018", "(51,200)", "10,000 a year"):
    the word after it, if any, is a function word; "12 hospitals" is not bare."""
    word = re.match(r"\s*([A-Za-z]+)", text[quantity.end : end])
    return word is None or word.group(1).lower() in bare_followers(lexicon)


@cache
def bare_followers(lexicon: Lexicon) -> frozenset[str]:
    """Function words that end a counted phrase: after a number, it has no noun of its own."""
    return frozenset(w.lower() for w in lexicon.section("numbers")["bare_followers"])


def qualifier_phrase(text: str, floor: int, position: int, lexicon: Lexicon) -> str:
    """The qualifier written right before a number ("about ", "more than ", "over a "), or
    nothing: the text to step over when looking for the cue before a qualified number."""
    window = text[max(floor, position - 30) : position]
    if not _may_end_in_a_qualifier(window, lexicon):
        return ""
    bare = _without_article(window, lexicon)
    phrases = [m for m in _qualifier_matcher(lexicon).finditer(bare) if not bare[m.end :].strip()]
    return window[phrases[-1].start :] if phrases else ""


@cache
def _trailing_article(lexicon: Lexicon) -> re.Pattern[str]:
    articles = phrase_alternation(lexicon.section("numbers")["qualifier_articles"])
    return re.compile(rf"(?<!\w)(?:{articles})\s+$", re.IGNORECASE)


@cache
def _qualifier_ends(lexicon: Lexicon) -> tuple[str, ...] | None:
    """The last words of the qualifiers and of the articles after them, lowered: the words one
    of which the words before a qualified number end with. None where a phrase is not ASCII."""
    section = lexicon.section("numbers")
    phrases = [p for ps in lexicon.section("qualifiers").values() for p in ps] + section["qualifier_articles"]
    if not all(p.isascii() for p in phrases):
        return None
    return tuple(sorted({p.lower().split()[-1] for p in phrases if p.split()}))


def _may_end_in_a_qualifier(window: str, lexicon: Lexicon) -> bool:
    """Whether the words before a number may end in a qualifier (or in an article after one):
    four in five numbers have none, and for them a test of the window's last characters
    answers what the article's pattern and the scan of every qualifier would. An ASCII window
    ends with a phrase that ignores case only where, lowered, it ends with the phrase's last
    word; a window in another script is scanned."""
    ends = _qualifier_ends(lexicon)
    return ends is None or not window.isascii() or window.rstrip().lower().endswith(ends)


def _without_article(window: str, lexicon: Lexicon) -> str:
    """The words before a number without an article between qualifier and number: "over a
    100,000 visitors" is qualified as "over 100,000" is."""
    article = _trailing_article(lexicon).search(window)
    return window[: article.start()] if article else window


def _qualifier_before(text: str, floor: int, position: int, lexicon: Lexicon) -> Qualifier:
    window = text[max(floor, position - 30) : position]
    if not _may_end_in_a_qualifier(window, lexicon):
        return Qualifier.EXACT
    window = _without_article(window, lexicon)
    trailing = len(window) - len(window.rstrip())
    best = Qualifier.EXACT
    for match in _qualifier_matcher(lexicon).finditer(window):
        if match.end == len(window) - trailing:
            best = match.label
    return best


def _spelled_quantities(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    """Spelled-out numbers, read by quantulum3 only in sentences that contain a number word."""
    found = []
    for window_start, window_end in _number_word_windows(text, start, end, lexicon):
        found += _parsed_spelled(text, window_start, window_end, lexicon)
    return found


def _number_word_windows(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The stretches around number words, merged, cut at spaces: quantulum3's cost grows with
    the text it reads, and a number's unit stands within a few words of it."""
    windows: list[tuple[int, int]] = []
    pronouns = lexicon.matcher("numbers", "pronoun_numbers")
    for word in lexicon.matcher("numbers", "number_words").finditer(text, start, end):
        if pronouns.match(text, word.start, end):
            continue
        left = text.rfind(" ", start, max(start, word.start - SPELLED_WINDOW_CHARS))
        right = text.find(" ", min(end, word.end + SPELLED_WINDOW_CHARS), end)
        window = (start if left < 0 else left + 1, end if right < 0 else right)
        if windows and window[0] <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], window[1]))
        else:
            windows.append(window)
    return windows


def _parsed_spelled(text: str, start: int, end: int, lexicon: Lexicon) -> list[Quantity]:
    found = []
    multipliers = lexicon.section("numbers")["multipliers"]
    for q in _quantulum_parse(_spelled_blanks(lexicon).sub(lambda m: " " * len(m[0]), text[start:end])):
        surface_start = start + q.span[0]
        surface = text[surface_start : start + q.span[1]]
        if any(ch.isdigit() for ch in surface):
            continue
        # "two dozen patients": quantulum3 reads "dozen" as a unit of no dimension, not a multiplier
        scale = multipliers.get(q.unit.name.lower(), 1) if q.unit.entity.name == "dimensionless" else 1
        unitless = q.unit.name == "dimensionless" or scale != 1
        number_end = start + q.span[1] if unitless else surface_start + len(surface.split()[0])
        found.append(
            Quantity(
                start=surface_start,
                end=number_end,
                value=float(q.value) * scale,
                text=text[surface_start:number_end],
                qualifier=_qualifier_before(text, start, surface_start, lexicon),
                is_measure=not unitless and q.unit.entity.name != "unknown",
                is_year=False,
            )
        )
    return found


@cache
def load_spelled_number_reader() -> None:
    """quantulum3 loads its unit tables at its first parse (about a second, several under load)."""
    _quantulum_parse("one")


@cache
def _spelled_blanks(lexicon: Lexicon) -> re.Pattern[str]:
    words = phrase_alternation(lexicon.section("numbers")["spelled_blanks"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _quantulum_parse(text: str) -> list:
    parser, classifier = _quantulum()
    # quantulum3 turns its classifier on by itself wherever scikit-learn is importable, and then
    # unpickles a model trained with another scikit-learn release: documents fail ("No module
    # named '_loss'") or read units otherwise. What medtour extracts must not depend on what else
    # is installed beside it, so the classifier stays off at every parse.
    classifier.USE_CLF = False
    with warnings.catch_warnings():  # quantulum3 warns that its classifier is missing
        warnings.simplefilter("ignore")
        return parser.parse(text)


def _import_inflect_unchecked() -> None:
    """Import inflect, which quantulum3 reads plurals with, without typeguard's run-time checks.

    inflect decorates its engine's methods with typeguard's ``@typechecked``, which rewrites and
    recompiles their source at import (about 3 s of every process's start-up, most of a small
    ingest's wall time) and then checks the types of every call (3-4x slower plurals). typeguard
    itself does neither under ``python -O``. The decorator is a no-op only while inflect is
    imported, so nothing else that uses typeguard in the process is changed."""
    if "inflect" in sys.modules:
        return
    try:
        import typeguard
    except ImportError:  # an inflect that does without it: nothing to turn off
        return

    checked = typeguard.typechecked
    typeguard.typechecked = _unchecked
    try:
        import inflect  # noqa: F401  (imported for quantulum3, which imports it by name)
    finally:
        typeguard.typechecked = checked


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """typeguard's ``@typechecked`` as it is under ``python -O``: the target as it is, with or
    without options."""
    return target if target is not None else _unchecked


@cache
def _quantulum() -> tuple[ModuleType, ModuleType]:
    """quantulum3's parser and classifier modules, loaded once, its unit pattern made a tree.

    Imported lazily: loading quantulum3's unit tables costs about a second, which documents
    without spelled-out numbers never pay. Its import warns that its optional classifier is
    missing; units are told apart here by our own rules, so the warning is silenced."""
    _import_inflect_unchecked()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, load, parser
        from quantulum3 import regex as unit_regex

        library_pattern = unit_regex.units_regex(QUANTULUM_LANGUAGE)
        units = load.units(QUANTULUM_LANGUAGE)
    unit_names = sorted([*units.surfaces, *units.symbols], key=len, reverse=True)
    treed = unit_tree_pattern(library_pattern, unit_names)
    if treed is not None:  # parse() asks the module for the pattern at each call
        unit_regex.units_regex = TreedUnitsRegex(unit_regex.units_regex, treed)
    return parser, classifier


QUANTULUM_LANGUAGE = "en_US"  # quantulum3's language, the one its parse() reads by default


@dataclass(frozen=True)
class TreedUnitsRegex:
    """quantulum3's ``units_regex``, answering with the tree pattern for its default language."""

    library: Callable[..., re.Pattern[str]]  # the library's own, for any other language
    treed: re.Pattern[str]

    def __call__(self, lang: str = QUANTULUM_LANGUAGE) -> re.Pattern[str]:
        return self.treed if lang == QUANTULUM_LANGUAGE else self.library(lang)


def unit_tree_pattern(library_pattern: re.Pattern[str], unit_names: list[str]) -> re.Pattern[str] | None:
    """quantulum3's pattern of a number and its units, with each list of its 1,900 unit names,
    an alternation of the names longest first, written as their prefix tree; None where the
    pattern does not hold the list as expected (another quantulum3 release: its own is used).

    Half of a quantulum3 parse was that pattern (0.53 of 1.08 s on the English dev9 pages, 30 %
    of their extraction): it holds the list eight times, and ignoring case the regex engine
    enters every name in turn after each number. The tree tries a shared prefix once (26 times
    faster) and finds the same matches: at a position the names that match are prefixes of
    one another, which the list tries longest first and the tree, whose greedy branches never
    overlap, too (tests/test_numbers.py compares both on every unit name)."""
    listed = "|".join(re.escape(name) for name in unit_names)
    if library_pattern.pattern.count(listed) != UNIT_LISTS:
        return None
    tree = "(?:" + caseless_prefix_tree(unit_names) + ")"
    return re.compile(library_pattern.pattern.replace(listed, tree), library_pattern.flags)


UNIT_LISTS = 8  # quantulum3's pattern reads up to four units, each also in a look-ahead


def caseless_prefix_tree(words: list[str]) -> str:
    """The words as one prefix tree for a pattern that ignores case: characters the regex engine
    holds equal ignoring case (the micro sign and the Greek mu, "K" and the Kelvin sign) share
    a branch, so that no two branches can both match; each character is escaped, and a word
    that goes on tries its longer form first."""
    classes: list[str] = []  # one character of each class of characters equal ignoring case

    def shared(char: str) -> str:
        for kept in classes:
            if re.fullmatch(re.escape(kept), char, re.IGNORECASE):
                return kept
        classes.append(char)
        return char

    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(shared(char), {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alternation})?" if "" in node else alternation

    return pattern(tree)
