"""Dates, date ranges and years in text, resolved against the publication date.

Calendar dates are found with patterns built from the language's month names and read from
the pattern's own groups (a dateparser call costs about 1-3 ms; the groups already hold day,
month and year). dateparser reads only the spans it is needed for, days named relative to the
publication date ("Wednesday", "yesterday", with ``RELATIVE_BASE``); it is never run over a
whole document: its ``search_dates`` takes words such as "may", "now" or "We" for dates.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import dateparser

from extractors.lang.en.numbers import ABBREVIATED_YEAR
from extractors.lang.lexicon import (
    CaselessPattern,
    Lexicon,
    holds_any,
    lowered_range,
    needles,
    phrase_alternation,
    phrase_key,
    starting_with,
)
from extractors.mentions.dates import DateMention, OrdinalDay, YearMention, safe_date
from extractors.spans import overlaps

# a lead's dateline in mixed case: a place and a source, each word capitalised, before the date
# ("Dubai, 14 March, 2011:", "Addis Ababa (ENA) August 6/2021", "Press Service WASHINGTON, June 28,
# 2007 -"); a paragraph's first sentence in its own words does not open so
LEAD_DATELINE_PLACE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|\([A-Z][\w .'’-]{0,30}\)),?\s+){1,6}")
# after a lead's dateline: a colon, a dash, a bracket, or the first sentence's capitalised word
LEAD_DATELINE_CLOSE = re.compile(r"\s*(?::|--|[—–-]\s|\()|\s+[A-Z]")

_DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class DatePatterns:
    """The language's date patterns, and the word tables read with them, built once."""

    numeric: re.Pattern[str]
    month_day: CaselessPattern
    day_month: CaselessPattern
    year: re.Pattern[str]
    relative_year: CaselessPattern
    ordinal_day: CaselessPattern
    ordinal_number: re.Pattern[str]  # "31st": what every ordinal day holds
    relative_years: dict[str, int]  # "last year" -> -1, lowercased
    anaphoric_years: frozenset[str]  # "the previous year": counted from the year told before
    weekdays: frozenset[str]  # lowercased
    # a word of each that a sentence must hold for the patterns that need one (see ``needles``)
    month_words: tuple[str, ...]  # month-day and day-month dates
    day_words: tuple[str, ...]  # relative days and weekday ranges
    today_words: tuple[str, ...]  # the day of publication ("this morning")


# Calendar dates, years and ordinal days all have a digit: text without one is not scanned for them.
_DIGIT = re.compile(r"\d")


@cache
def _patterns(lexicon: Lexicon) -> DatePatterns:
    dates = lexicon.section("dates")
    months = phrase_alternation(dates["months"])
    weekday = phrase_alternation(dates["weekdays"])
    # "May 8th ~ June 30th": a date's range may also be joined by a mark no figure range takes
    joiner = phrase_alternation([*dates["range_joiners"], *dates["date_range_marks"]])
    # "October 10 th": a suffix set apart from its day in a form's field
    day = rf"(?:[12]\d|3[01]|0?[1-9])(?:\s?{lexicon.alternation('dates', 'ordinal_suffixes')}\b)?"
    year = r"(?:19[5-9]\d|20\d\d)"
    month = rf"(?:{months})\.?"
    prefix = rf"(?:(?:{weekday}),?\s+)?"
    of = lexicon.alternation("grammar", "belonging_prepositions")  # "30th of March"
    article = lexicon.alternation("grammar", "articles")
    relative = lexicon.section("years")["relative"]
    relative_alternation = phrase_alternation(relative)
    return DatePatterns(
        # 2016-11-30, 2016.09.06, 2023. 6. 6. (Korean sites' English pages), and the day-first
        # forms of Central Asian, Russian and Gulf sites: 18.10.2019, 12-03-2014 (month first
        # only where the day cannot be a month)
        numeric=re.compile(
            rf"(?=\d)(?:\b(?P<y>{year})(?P<ysep>[-/]|\.\s?)(?P<m>0?[1-9]|1[0-2])(?P=ysep)(?P<d>[0-3]?\d)\b"
            rf"|\b(?P<d2>[0-3]?\d)(?P<sep>[./-])(?P<m2>[0-3]?\d)(?P=sep)(?P<y2>{year})\b)"
        ),
        month_day=CaselessPattern.compile(
            rf"{starting_with(dates['weekdays'], dates['months'])}\b{prefix}(?P<month>{month})\s*(?P<day>{day})\b"
            rf"(?:\s*(?:{joiner})\s*(?:(?P<month2>{month})\s*)?(?P<day2>{day})\b)?"
            rf"(?:,?\s*(?P<year>{year})\b)?"
        ),
        day_month=CaselessPattern.compile(
            # "the 2nd to the 4th of May": an article may open the range's last day
            rf"{starting_with(dates['weekdays'], digit=True)}\b{prefix}(?P<day>{day})"
            rf"(?:\s*(?:{joiner})\s*(?:(?:{article})\s+)?(?P<day2>{day}))?\s+(?:{of}\s+)?"
            rf"(?P<month>{month})\b"
            # "from 30th March to 1st April": the range's end in another month
            rf"(?:\s*(?:{joiner})\s*(?P<day3>{day})\s+(?:{of}\s+)?(?P<month3>{month})\b)?"
            rf"(?:,?\s*(?P<year>{year})\b)?"
        ),
        # the look-behind stands after the first digit, so that the engine skips to a 1 or a 2
        # (6 ns a character where one before it cost 21; the same matches)
        year=re.compile(r"(?P<year>1(?<![\d,.].)9[5-9]\d|2(?<![\d,.].)0\d\d)(?!\d|,\d)"),
        relative_year=CaselessPattern.compile(rf"\b(?:{relative_alternation})\b"),
        ordinal_day=_ordinal_day_pattern(lexicon),
        ordinal_number=re.compile(rf"\d{lexicon.alternation('dates', 'ordinal_suffixes')}", re.IGNORECASE),
        relative_years={phrase_key(k): v for k, v in relative.items()},
        anaphoric_years=frozenset(phrase_key(p) for p in lexicon.section("years")["anaphoric"]),
        weekdays=frozenset(d.lower() for d in dates["weekdays"]),
        month_words=needles(dates["months"]),
        day_words=needles([*dates["weekdays"], *dates["relative_days"]]),
        today_words=needles(dates["today"]),
    )


def _ordinal_day_pattern(lexicon: Lexicon) -> CaselessPattern:
    """ "on the 31st", "at the 31st in", "on 10th,", "from the 7th to the 9th", "on Tuesday the
    21st": a day of the
    month (or a range of days) in context, as written in translated Korean press releases; an
    ordinal before a name ("the 10th Conference") is not."""
    prepositions, followers, joiner, suffix = (
        lexicon.alternation("dates", key)
        for key in ("ordinal_day_prepositions", "ordinal_day_followers", "range_joiners", "ordinal_suffixes")
    )
    article = lexicon.alternation("grammar", "articles")
    of = lexicon.alternation("grammar", "belonging_prepositions")
    months = phrase_alternation(lexicon.section("dates")["relative_months"])
    weekday = phrase_alternation(lexicon.section("dates")["weekdays"])
    ordinal = rf"(?:[12]\d|3[01]|0?[1-9]){suffix}"
    return CaselessPattern.compile(
        # "on Tuesday the 21st": the weekday names the day the number tells
        rf"\b{prepositions}\s+(?:(?:{weekday}),?\s+)?(?:{article}\s+)?(?P<day>{ordinal})"
        rf"(?:\s*{joiner}\s*(?:{article}\s+)?(?P<last>{ordinal}))?"
        # "on the 25th of last month": the month named relative to the publication's
        rf"(?:\s+{of}\s+(?P<month>{months}))?"
        rf"(?=\s*[,.;)]|\s+{followers}\b)"
    )


PUBLICATION_LAG_DAYS = 7  # an article may appear a few days before what it reports is over
# Text that looks ahead may still name a day that has just passed ("the forum, held on March 3,
# will ..."); a day longer ago than this is the next year's.
LOOK_AHEAD_PAST_DAYS = 31


def find_dates(
    text: str,
    start: int,
    end: int,
    base: date | None,
    lexicon: Lexicon,
    looks_ahead: Callable[[], bool] | None = None,
) -> list[DateMention]:
    """Calendar dates and date ranges in ``text[start:end]``, in order of appearance. A day
    and month without a year is the latest such day up to the publication date ``base``
    (news reports what happened: "March 15-17" in a January review of the past year), or the
    nearest one when the text ``looks_ahead`` ("will be held on Dec. 2"), asked only then."""
    patterns = _patterns(lexicon)
    months = lexicon.section("dates")["months"]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(text, start, end) is not None
    for m in patterns.numeric.finditer(text, start, end) if digits else ():
        first = (
            safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if m["y"]
            else _day_first(int(m["d2"]), int(m["m2"]), int(m["y2"]))
        )
        if first:
            found.append(DateMention(m.start(), m.end(), m.group(0), first, None, True))
            taken.append(m.span())
    # most sentences name no month nor the day of publication: a substring test of the sentence
    # lowered spares the scans
    lowered = lowered_range(text, start, end)
    named_month = digits and holds_any(lowered, patterns.month_words)
    for caseless in (patterns.month_day, patterns.day_month) if named_month else ():
        pattern, scanned = caseless.scan(text)  # groups read lowered: months, digits
        for m in pattern.finditer(scanned, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            month = months[m["month"].rstrip(".").lower()]
            day = int(re.sub(r"\D", "", m["day"]))
            year = int(m["year"]) if m["year"] else None
            first = _nearest(month, day, year, base, looks_ahead)
            if first is None:
                continue
            last = None
            if m.groupdict().get("day3"):
                month3 = months[m["month3"].rstrip(".").lower()]
                last = safe_date(
                    first.year + (1 if month3 < month else 0), month3, int(re.sub(r"\D", "", m["day3"]))
                )
            elif m["day2"]:
                month2 = months[m["month2"].rstrip(".").lower()] if m.groupdict().get("month2") else month
                last = safe_date(
                    first.year + (1 if month2 < month else 0), month2, int(re.sub(r"\D", "", m["day2"]))
                )
                if last is not None and last < first:
                    last = None
            span_end = m.end()
            if last is None and (weekday_end := _weekday_end(text, m.start(), m.end(), first, lexicon)):
                last, span_end = weekday_end
            found.append(
                DateMention(m.start(), span_end, text[m.start() : span_end], first, last, year is not None)
            )
            taken.append((m.start(), span_end))
    if base is not None:
        # broadcast news: "opened in Seoul this morning" is the day of publication
        if holds_any(lowered, patterns.today_words):
            found += [
                DateMention(t.start, t.end, t.text, base, None, False)
                for t in lexicon.matcher("dates", "today").finditer(text, start, end)
            ]
        found += [
            d
            for d in find_relative_days(text, start, end, base, lexicon, looks_ahead)
            if not overlaps(d.start, d.end, found)
        ]
    return sorted(found, key=lambda d: d.start)


@cache
def _weekday_end_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What opens a range right before its first date ("from"), and its joiner and last
    weekday right after it ("to Friday")."""
    dates = lexicon.section("dates")
    opening = lexicon.alternation("dates", "range_starts")
    joiner = phrase_alternation(dates["range_joiners"])
    weekday = phrase_alternation(dates["weekdays"])
    return (
        re.compile(rf"\b{opening}\s+$", re.IGNORECASE),
        re.compile(rf"\s*(?:{joiner})\s*(?P<weekday>{weekday})\b(?!['’]s)", re.IGNORECASE),
    )


RANGE_OPENING_CHARS = 8  # how far before a date the word opening its range is read ("from ")


def _weekday_end(text: str, start: int, end: int, first: date, lexicon: Lexicon) -> tuple[date, int] | None:
    """ "from May 13 to Friday": a range opened by a date and closed by a weekday ends on the
    first such weekday on or after that date; with the end of the range's text. Only where the
    range is opened ("from"): "moved the forum from March 3 to Friday" is two dates."""
    opening, closing = _weekday_end_patterns(lexicon)
    following = closing.match(text, end)
    if following is None or not following["weekday"][:1].isupper():
        return None
    if opening.search(text, max(0, start - RANGE_OPENING_CHARS), start) is None:
        return None
    weekday = _past_weekday(following["weekday"], _WEEK_OF_MONDAYS + timedelta(days=6), lexicon)
    if weekday is None:
        return None
    return first + timedelta(days=(weekday.weekday() - first.weekday()) % 7), following.end()


def find_ordinal_days(text: str, start: int, end: int, lexicon: Lexicon) -> list[OrdinalDay]:
    """Days written without a month, in ``text[start:end]``, in order of appearance. Only a
    range with an ordinal number ("31st") is scanned: the pattern opens with a preposition,
    which it tries at nearly every word of every sentence."""
    patterns = _patterns(lexicon)
    if patterns.ordinal_number.search(text, start, end) is None:
        return []
    pattern, scanned = patterns.ordinal_day.scan(text)
    relative_months = _relative_months(lexicon)
    return [
        OrdinalDay(
            m.start(),
            m.end(),
            text[m.start() : m.end()],
            int(re.sub(r"\D", "", m["day"])),
            int(re.sub(r"\D", "", m["last"])) if m["last"] else None,
            relative_months[phrase_key(m["month"])] if m["month"] else None,
        )
        for m in pattern.finditer(scanned, start, end)
    ]


def months_by_distance(text: str, start: int, end: int, lexicon: Lexicon) -> list[int]:
    """Months told by their distance from the page's month, without a day ("held a forum last
    month", "will hold a presentation next month"): -1, 0 or 1, placed by the publication date."""
    return [int(m.label) for m in lexicon.matcher("dates", "relative_months").finditer(text, start, end)]


@cache
def _relative_months(lexicon: Lexicon) -> dict[str, int]:
    """ "last month" -> -1: the months named relative to the publication's, by their key."""
    return {phrase_key(k): v for k, v in lexicon.section("dates")["relative_months"].items()}


def _asked(question: Callable[[], bool] | None) -> bool:
    return question is not None and question()


def _day_first(first: int, second: int, year: int) -> date | None:
    """12-03-2014 is 12 March (day first, as on the sites that write years last), unless the
    second number cannot be a month (03-25-2014)."""
    if second > 12:
        return safe_date(year, first, second)
    return safe_date(year, second, first)


def _nearest(
    month: int, day: int, year: int | None, base: date | None, looks_ahead: Callable[[], bool] | None
) -> date | None:
    """The date with this month and day for ``base``: when the text looks ahead, the first one
    from a month before ``base`` on ("will host the forum on Oct. 10" in March: this October);
    else the latest one up to a few days after ``base``."""
    if year is not None:
        return safe_date(year, month, day)
    if base is None:
        return None
    candidates = [safe_date(base.year + offset, month, day) for offset in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if not _asked(looks_ahead):
        past = [c for c in valid if (c - base).days <= PUBLICATION_LAG_DAYS]
        return max(past) if past else None
    ahead = [c for c in valid if (base - c).days <= LOOK_AHEAD_PAST_DAYS]
    return min(ahead) if ahead else None


def find_years(text: str, start: int, end: int, base: date | None, lexicon: Lexicon) -> list[YearMention]:
    """Explicit years ("in 2019") and relative ones ("last year", resolved against ``base``)."""
    patterns = _patterns(lexicon)
    relative, anaphoric = patterns.relative_years, patterns.anaphoric_years
    years = [
        YearMention(m.start(), m.end(), m.group(0), int(m["year"]), False)
        for m in (patterns.year.finditer(text, start, end) if _DIGIT.search(text, start, end) else ())
    ]
    years += [
        YearMention(m.start(), m.end(), m.group(0), 2000 + int(m["short"]), False)
        for m in ABBREVIATED_YEAR.finditer(text, start, end)
    ]
    pattern, scanned = patterns.relative_year.scan(text)
    for m in pattern.finditer(scanned, start, end):
        phrase = phrase_key(m.group(0))
        # "the previous year" counts from the year named before it, "last year" from publication
        earlier = [y for y in sorted(years, key=lambda y: y.start) if y.end <= m.start()]
        reference = earlier[-1].year if phrase in anaphoric and earlier else base.year if base else None
        if reference is not None:
            written = text[m.start() : m.end()]
            years.append(YearMention(m.start(), m.end(), written, reference + relative[phrase], True))
    return sorted(years, key=lambda y: y.start)


@cache
def _relative_day_pattern(lexicon: Lexicon) -> CaselessPattern:
    days = lexicon.section("dates")["weekdays"] + lexicon.section("dates")["relative_days"]
    alternation = phrase_alternation(days)
    past = lexicon.alternation("dates", "past_day_markers")
    gate = starting_with(days, lexicon.section("dates")["past_day_markers"])
    return CaselessPattern.compile(rf"{gate}\b(?:{past}\s+)?(?:{alternation})\b(?!['’]s)")


@cache
def _weekday_range_pattern(lexicon: Lexicon) -> CaselessPattern:
    weekday = phrase_alternation(lexicon.section("dates")["weekdays"])
    joiner = phrase_alternation(lexicon.section("dates")["range_joiners"])
    opening = lexicon.alternation("dates", "range_starts")
    gate = starting_with(lexicon.section("dates")["weekdays"], lexicon.section("dates")["range_starts"])
    return CaselessPattern.compile(
        rf"{gate}\b(?:{opening}\s+)?(?P<first>{weekday})\s*(?:{joiner})\s*(?P<last>{weekday})\b"
    )


def find_relative_days(
    text: str,
    start: int,
    end: int,
    base: date,
    lexicon: Lexicon,
    looks_ahead: Callable[[], bool] | None = None,
) -> list[DateMention]:
    """ "kicked off Wednesday", "signed yesterday", "today", "from Monday through Wednesday":
    days named relative to the publication date. News reports what happened, so a weekday is
    the latest one on or before the publication day (the day itself included), except in a
    sentence whose word of the future stands before it ("will kick off in Abu Dhabi on
    Thursday"): the next one; one that
    looks ahead by its own words ("runs through Sunday", "next Friday") is left alone.
    dateparser reads each span against that base."""
    if not holds_any(lowered_range(text, start, end), _patterns(lexicon).day_words):
        return []  # no weekday and no day word: neither pattern below can match
    weekdays = _patterns(lexicon).weekdays
    ahead = lexicon.matcher("dates", "ahead_of_weekday")
    found = []
    # matches of the lowered text: the words, capitals included, are read from the text
    pattern, scanned = _weekday_range_pattern(lexicon).scan(text)
    for m in pattern.finditer(scanned, start, end):
        first_day, last_day = text[m.start("first") : m.end("first")], text[m.start("last") : m.end("last")]
        if not (first_day[:1].isupper() and last_day[:1].isupper()):
            continue
        first, last = _past_weekday(first_day, base, lexicon), _past_weekday(last_day, base, lexicon)
        if first is not None and last is not None:
            # the stretch that begins on the latest such first day: "are visiting from Tuesday
            # to Thursday" on a Tuesday is this week's, not last week's
            last = first + timedelta(days=(last.weekday() - first.weekday()) % 7)
            found.append(DateMention(m.start(), m.end(), text[m.start() : m.end()], first, last, True))
    pattern, scanned = _relative_day_pattern(lexicon).scan(text)
    for m in pattern.finditer(scanned, start, end):
        if overlaps(m.start(), m.start() + 1, found):
            continue
        phrase = text[m.start() : m.end()]
        word = phrase.split()[-1]
        is_weekday = word.lower() in weekdays
        if is_weekday and not word[:1].isupper():
            continue  # weekday names are capitalised; "sun", "wed" in lower case are other words
        if is_weekday and _abbreviation_in_a_name(text, m.end(), word, lexicon):
            continue  # "Thu Cuc, a Vietnamese clinic chain": a name's first word, not Thursday
        if is_weekday and _bound_to_a_day(text, m.start(), m.end(), lexicon):
            continue  # "February 21 (Tue)", "Tuesday the 21st": the day is the number's
        preceding = ahead.search(text, max(start, m.start() - 12), m.start())
        if is_weekday and preceding is not None and not text[preceding.end : m.start()].strip():
            continue
        day = _past_weekday(phrase, base, lexicon) if is_weekday else _past_day(phrase, base, lexicon)
        if (
            day is not None
            and is_weekday
            and _asked(looks_ahead)
            and day < base
            and _future_before(text, start, m.start(), lexicon)
        ):
            day += timedelta(days=7)
        last_week = _LAST_WEEK.match(text, m.end()) if is_weekday and day is not None else None
        if day is not None and last_week is not None:
            # "Thursday last week": that weekday of the week before the publication's
            day = _in_week_before(day, base)
            phrase = text[m.start() : last_week.end()]
        if day is not None:
            found.append(DateMention(m.start(), m.start() + len(phrase), phrase, day, None, True))
    return sorted(found, key=lambda d: d.start)


BRACKET_BEFORE_CHARS = 8  # "21st, (": a day, its suffix and the bracket opened before a weekday


@cache
def _bound_day_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday that only names the day a number beside it tells: in brackets right after a day
    ("February 21 (Tue)", "the 3rd (Wed.)"), or before an ordinal day ("Tuesday the 21st"); the
    day's suffixes are the lexicon's, as in every other day pattern here."""
    suffix = lexicon.alternation("dates", "ordinal_suffixes", ignore_case=False)
    return (
        re.compile(rf"\d{suffix}?,?\s?\($"),
        re.compile(rf"\.?,?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9]){suffix}\b(?!\s*[A-Z])"),
    )


def _bound_to_a_day(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the weekday at ``text[start:end]`` names the day a number beside it tells, which
    dates it better than the weekday counted back from the publication day."""
    bracket_after_a_day, ordinal_after = _bound_day_patterns(lexicon)
    return bool(bracket_after_a_day.search(text, max(0, start - BRACKET_BEFORE_CHARS), start)) or bool(
        ordinal_after.match(text, end)
    )


# a weekday told in the week before the publication's ("signed Thursday last week", "on Monday
# of last week"): checked only right after a weekday found
_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.IGNORECASE)


def _in_week_before(day: date, base: date) -> date:
    """The weekday of ``day`` in the calendar week (Monday to Sunday) before the one ``base``
    falls in: "Thursday last week" on a Thursday is seven days back, on a Monday ten."""
    monday = base - timedelta(days=base.weekday() + 7)
    return monday + timedelta(days=day.weekday())


ABBREVIATED_WEEKDAY_CHARS = 4  # "Thu", "Tues": a weekday written short


def _abbreviation_in_a_name(text: str, end: int, word: str, lexicon: Lexicon) -> bool:
    """Whether a short weekday is followed by a capitalised word that is no month: the first
    word of a name ("Thu Cuc", "Sat Paul"), not a day ("Thu, 6 October", "Thu Oct 6")."""
    if len(word) > ABBREVIATED_WEEKDAY_CHARS:
        return False
    following = re.match(r" +([A-Z][\w.]*)", text[end : end + 20])
    return following is not None and not lexicon.matcher("dates", "months").contains(following[1])


def _future_before(text: str, start: int, position: int, lexicon: Lexicon) -> bool:
    """Whether a word of the future governs what comes before ``position`` ("will kick off ... on
    Thursday"); "signed on Monday, under which patients will be referred" tells a past day."""
    return lexicon.matcher("events", "future_markers").search(text, start, position) is not None


def _past_weekday(phrase: str, base: date, lexicon: Lexicon) -> date | None:
    """The latest such weekday on or before ``base``: sought from the day after, so that the
    publication day itself counts."""
    return _past_day(phrase, base + timedelta(days=1), lexicon, latest=base)


def _past_day(phrase: str, relative_base: date, lexicon: Lexicon, latest: date | None = None) -> date | None:
    if phrase.lower() in _day_words(lexicon):
        shift = _day_shift(phrase, relative_base.weekday(), lexicon.language)
        parsed = None if shift is None else relative_base + timedelta(days=shift)
    else:
        parsed = _dateparser_day(phrase, relative_base, lexicon.language)
    if parsed is None or parsed > (latest or relative_base):
        return None
    return parsed


@cache
def _day_words(lexicon: Lexicon) -> frozenset[str]:
    """The words dateparser reads as a day counted back from its base: a weekday, "today",
    "yesterday" (never "last Saturday": a phrase with a marker is asked every time)."""
    section = lexicon.section("dates")
    return frozenset(w.lower() for w in section["weekdays"] + section["relative_days"])


@cache
def _day_shift(phrase: str, base_weekday: int, language: str) -> int | None:
    """How many days from its base dateparser puts a weekday or a relative day, asked once for
    each word as written and weekday of the base: a call costs 3 ms and pages name the same few
    days again and again (69 calls, 7 % of the English dev pages' extraction). The answer depends
    on the base only through its weekday ("Wednesday" is the latest Wednesday before it,
    "yesterday" the day before), which tests check against dateparser over three years of bases."""
    base = _WEEK_OF_MONDAYS + timedelta(days=base_weekday)
    parsed = _dateparser_day(phrase, base, language)
    return None if parsed is None else (parsed - base).days


_WEEK_OF_MONDAYS = date(2024, 4, 15)  # a Monday: the week whose days stand for every base


def _dateparser_day(phrase: str, relative_base: date, language: str) -> date | None:
    settings = {
        **_DATEPARSER_SETTINGS,
        "RELATIVE_BASE": datetime(relative_base.year, relative_base.month, relative_base.day),
        "PREFER_DATES_FROM": "past",
    }
    parsed = dateparser.parse(phrase, languages=[language], settings=settings)
    return None if parsed is None else parsed.date()


_ANY_DAY = date(2000, 7, 1)


def months_named(text: str, start: int, end: int, lexicon: Lexicon) -> list[int]:
    """ "during the minister's visit to the Middle East in March": months written with a capital
    ("may" in lower case is a verb) and no day; a month inside a full date is not one of them."""
    months = lexicon.section("dates")["months"]
    full = find_dates(text, start, end, _ANY_DAY, lexicon)  # any base: a day and month is a date
    return [
        months[m.text.lower()]
        for m in lexicon.matcher("dates", "months").finditer(text, start, end)
        if m.text[:1].isupper() and not overlaps(m.start, m.end, full)
    ]


@cache
def _month_span_pattern(lexicon: Lexicon) -> CaselessPattern:
    dates = lexicon.section("dates")
    month = phrase_alternation(dates["months"])
    opening = phrase_alternation([*dates["range_starts"], *dates["pair_starts"]])
    joiner = phrase_alternation(dates["range_joiners"])
    return CaselessPattern.compile(
        rf"{starting_with(dates['months'], dates['range_starts'] + dates['pair_starts'])}"
        rf"\b(?:(?P<opening>{opening})\s+)?(?P<first>{month})\s*(?P<joiner>{joiner})\s*(?P<last>{month})\b"
        r"(?!\s*\d)"  # "from March to June 5": the range of a date, not of months
    )


def month_span(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """ "from January to June", "between March and August", "the January-May period": the first
    and last month of a stretch of a year named in ``text[start:end]``; ``None`` where none is.
    "And" joins two months as a span only after the word that opens a pair ("between"): "in
    March and May" names two months. Months written with a capital ("may" is a verb), in order."""
    dates = lexicon.section("dates")
    if not holds_any(lowered_range(text, start, end), _patterns(lexicon).month_words):
        return None
    months = dates["months"]
    pair_starts = {phrase_key(p) for p in dates["pair_starts"]}
    pair_joiners = {phrase_key(p) for p in dates["pair_joiners"]}
    pattern, scanned = _month_span_pattern(lexicon).scan(text)  # read lowered: the capitals below
    for m in pattern.finditer(scanned, start, end):
        if not (text[m.start("first")].isupper() and text[m.start("last")].isupper()):
            continue
        if phrase_key(m["joiner"]) in pair_joiners and phrase_key(m["opening"] or "") not in pair_starts:
            continue
        first, last = months[m["first"].lower()], months[m["last"].lower()]
        if first < last:
            return first, last
    return None
