"""Dates, date ranges and years in text, resolved against the publication date.

Candidate spans are found with patterns built from the language's month names; each span is
then read by dateparser (``RELATIVE_BASE`` = publication date). dateparser is never run over a
whole document: its ``search_dates`` takes words such as "may", "now" or "We" for dates.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import dateparser

from extractors.lexicon import Lexicon

_DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    first: date
    last: date | None  # the end of a range
    has_year: bool


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    text: str
    year: int
    relative: bool  # "last year" rather than "2015"


@dataclass(frozen=True)
class DatePatterns:
    numeric: re.Pattern[str]
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    year: re.Pattern[str]
    relative_year: re.Pattern[str]


@cache
def _patterns(lexicon: Lexicon) -> DatePatterns:
    dates = lexicon.section("dates")
    months = "|".join(sorted(dates["months"], key=len, reverse=True))
    weekday = "|".join(sorted(dates["weekdays"], key=len, reverse=True))
    joiner = "|".join(re.escape(j) for j in sorted(dates["range_joiners"], key=len, reverse=True))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:19[5-9]\d|20\d\d)"
    month = rf"(?:{months})\.?"
    prefix = rf"(?:(?:{weekday}),?\s+)?"
    relative = lexicon.section("years")["relative"]
    relative_alternation = "|".join(re.escape(p) for p in sorted(relative, key=len, reverse=True))
    return DatePatterns(
        # 2016-11-30, 2016.09.06, and the day-first dotted form of Central Asian and Russian
        # sites, 18.10.2019 (dots never separate a month-first date)
        numeric=re.compile(
            rf"\b(?P<y>{year})[-./](?P<m>0?[1-9]|1[0-2])[-./](?P<d>[0-3]?\d)\b"
            rf"|\b(?P<d2>[0-3]?\d)\.(?P<m2>0?[1-9]|1[0-2])\.(?P<y2>{year})\b"
        ),
        month_day=re.compile(
            rf"\b{prefix}(?P<month>{month})\s*(?P<day>{day})\b"
            rf"(?:\s*(?:{joiner})\s*(?:(?P<month2>{month})\s*)?(?P<day2>{day})\b)?"
            rf"(?:,?\s*(?P<year>{year})\b)?",
            re.IGNORECASE,
        ),
        day_month=re.compile(
            rf"\b{prefix}(?P<day>{day})(?:\s*(?:{joiner})\s*(?P<day2>{day}))?\s+(?:of\s+)?"
            rf"(?P<month>{month})\b(?:,?\s*(?P<year>{year})\b)?",
            re.IGNORECASE,
        ),
        year=re.compile(rf"(?<![\d,.])(?P<year>{year})(?!\d|,\d)"),
        relative_year=re.compile(rf"\b(?:{relative_alternation})\b", re.IGNORECASE),
    )


def parse_date(text: str, base: date | None, lexicon: Lexicon) -> date | None:
    """Read one date span with dateparser; a day-month without a year takes the year nearest ``base``."""
    settings = dict(_DATEPARSER_SETTINGS)
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    cleaned = re.sub(r"(\d),(\d{4})", r"\1, \2", text)
    parsed = dateparser.parse(cleaned, languages=[lexicon.language], settings=settings)
    return parsed.date() if parsed else None


def find_dates(text: str, start: int, end: int, base: date | None, lexicon: Lexicon) -> list[DateMention]:
    """Calendar dates and date ranges in ``text[start:end]``, in order of appearance."""
    patterns = _patterns(lexicon)
    months = lexicon.section("dates")["months"]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in patterns.numeric.finditer(text, start, end):
        first = (
            _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if m["y"]
            else _safe_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        )
        if first:
            found.append(DateMention(m.start(), m.end(), m.group(0), first, None, True))
            taken.append(m.span())
    for pattern in (patterns.month_day, patterns.day_month):
        for m in pattern.finditer(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            month = months[m["month"].rstrip(".").lower()]
            day = int(re.sub(r"\D", "", m["day"]))
            year = int(m["year"]) if m["year"] else None
            first_text = f"{m['month']} {day}" + (f", {year}" if year else "")
            first = parse_date(first_text, base, lexicon) if year else None
            if first is None:
                first = _nearest(month, day, year, base)
            if first is None:
                continue
            last = None
            if m["day2"]:
                month2 = months[m["month2"].rstrip(".").lower()] if m.groupdict().get("month2") else month
                last = _safe_date(
                    first.year + (1 if month2 < month else 0), month2, int(re.sub(r"\D", "", m["day2"]))
                )
                if last is not None and last < first:
                    last = None
            found.append(DateMention(m.start(), m.end(), m.group(0), first, last, year is not None))
            taken.append(m.span())
    return sorted(found, key=lambda d: d.start)


def _nearest(month: int, day: int, year: int | None, base: date | None) -> date | None:
    """The date with this month and day closest to ``base`` (news reports recent events)."""
    if year is not None:
        return _safe_date(year, month, day)
    if base is None:
        return None
    candidates = [_safe_date(base.year + offset, month, day) for offset in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    return min(valid, key=lambda c: abs((c - base).days)) if valid else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_years(text: str, start: int, end: int, base: date | None, lexicon: Lexicon) -> list[YearMention]:
    """Explicit years ("in 2019") and relative ones ("last year", resolved against ``base``)."""
    patterns = _patterns(lexicon)
    relative = {k.lower(): v for k, v in lexicon.section("years")["relative"].items()}
    years = [
        YearMention(m.start(), m.end(), m.group(0), int(m["year"]), False)
        for m in patterns.year.finditer(text, start, end)
    ]
    anaphoric = {p.lower() for p in lexicon.section("years")["anaphoric"]}
    for m in patterns.relative_year.finditer(text, start, end):
        phrase = re.sub(r"\s+", " ", m.group(0)).lower()
        # "the previous year" counts from the year named before it, "last year" from publication
        earlier = [y for y in sorted(years, key=lambda y: y.start) if y.end <= m.start()]
        reference = earlier[-1].year if phrase in anaphoric and earlier else base.year if base else None
        if reference is not None:
            years.append(YearMention(m.start(), m.end(), m.group(0), reference + relative[phrase], True))
    return sorted(years, key=lambda y: y.start)


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)
