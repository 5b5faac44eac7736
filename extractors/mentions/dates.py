"""Dates, years and days of the month found in text, and the calendar arithmetic that resolves a
day told without its month: what every language's date reader returns."""

from dataclasses import dataclass
from datetime import date, timedelta

from extractors.spans import Span


@dataclass(frozen=True)
class DateMention(Span):
    first: date
    last: date | None  # the end of a range
    has_year: bool


@dataclass(frozen=True)
class YearMention(Span):
    year: int
    relative: bool  # "last year" rather than "2015"


@dataclass(frozen=True)
class OrdinalDay(Span):
    """A day of the month written without its month ("on the 31st")."""

    day: int
    last_day: int | None = None  # the end of a range ("from the 7th to the 9th")
    # the month named after the day, counted from the publication's ("the 25th of last month": -1)
    month_offset: int | None = None


def resolve_ordinal_day(
    day: int, reference: DateMention | None, base: date | None, month_offset: int | None = None
) -> date | None:
    """The month of a bare day comes from the dates told before it: a day inside the range in
    force ("from 9 to 11 May ... on 10th") is that day of the range; otherwise the day in the
    month the latest date ends in ("from 30 March to 1 April ... on the 5th" -> 5 April); with
    no date told, the latest such day up to the publication date. A month named relative to the
    publication after the day ("the 25th of last month") is that month, whatever was told."""
    if month_offset is not None:
        if base is None:
            return None
        months = base.year * 12 + base.month - 1 + month_offset
        return safe_date(months // 12, months % 12 + 1, day)
    if reference is not None:
        first, last = reference.first, reference.last or reference.first
        for month_start in (first.replace(day=1), last.replace(day=1)):
            candidate = safe_date(month_start.year, month_start.month, day)
            if candidate is not None and first <= candidate <= last:
                return candidate
        return safe_date(last.year, last.month, day)
    if base is None:
        return None
    if day <= base.day:
        return safe_date(base.year, base.month, day)
    previous = base.replace(day=1) - timedelta(days=1)
    return safe_date(previous.year, previous.month, day)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
