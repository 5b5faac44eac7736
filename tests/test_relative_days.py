"""Weekdays and relative days ("Wednesday", "yesterday") read as dateparser reads them, though
dateparser is asked once a word and weekday of the base (extractors/lang/en/dates.py)."""

from datetime import date, datetime, timedelta

import dateparser
import pytest

import extractors.lang.en.dates as dates
from extractors.lang.lexicon import load_lexicon

LEXICON = load_lexicon("en")
# two whole weeks, and the turns of a year, of a leap February and of a month, each a week long
BASES = sorted(
    {
        start + timedelta(days=offset)
        for start, days in (
            (date(2024, 4, 8), 14),
            (date(2023, 12, 27), 7),
            (date(2024, 2, 26), 7),
            (date(2025, 9, 28), 7),
        )
        for offset in range(days)
    }
)
WORDS = LEXICON.section("dates")["weekdays"] + LEXICON.section("dates")["relative_days"]


def dateparser_reading(phrase: str, base: date) -> date | None:
    """The reading before the remembered shifts: dateparser asked with this base."""
    settings = {
        **dates._DATEPARSER_SETTINGS,
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
    }
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return None if parsed is None or parsed.date() > base else parsed.date()


@pytest.mark.parametrize("word", WORDS)
def test_a_day_word_is_read_as_dateparser_reads_it_from_every_base(word: str) -> None:
    for phrase in (word, word.capitalize()):
        expected = [dateparser_reading(phrase, base) for base in BASES]
        assert [dates._past_day(phrase, base, LEXICON) for base in BASES] == expected, phrase
    # the words are dateparser's days, some of them: a weekday is never the base itself
    if word in LEXICON.section("dates")["weekdays"] and expected[0] is not None:
        assert all(0 < (base - day).days <= 7 for base, day in zip(BASES, expected, strict=True))


def test_a_phrase_with_a_marker_is_still_asked_of_dateparser() -> None:
    base = date(2024, 4, 17)  # a Wednesday
    assert dates._past_day("last Saturday", base, LEXICON) == dateparser_reading("last Saturday", base)
    assert dates._past_day("last Saturday", base, LEXICON) == date(2024, 4, 13)
