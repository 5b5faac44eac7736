"""Patterns rewritten for speed find what their first form found.

Each pattern below was rewritten so that the regex engine can skip to the positions where a
match can start (a first digit or letter instead of a leading look-behind or word boundary).
The first form is kept here as the reference; both run over text built to catch a rewrite that
moves a boundary: numbers glued to words, commas and stops, digits before and after.
"""

import re
from datetime import date

import pytest

from extractors.lang.en.dates import _patterns
from extractors.lang.lexicon import CaselessPattern, load_lexicon
from extractors.lang.registry import language_for

TRICKY = (
    "In 2019, 2,019 and 12019 and 1.2019 and 2019.5 and ,2019 and a2019 and 2019a and 1949 1950 2099 "
    "(2021) 2021-2022 2021,5 2021,x '2020 “2018” 19999 2000s 1999/2000 x1999 _2001 2001_ 20\n2020 "
    "2016-11-30 2016.09.06 2023. 6. 6. 18.10.2019 12-03-2014 3/4/2020 a18.10.2019 118.10.2019"
)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def english_dates():
    return _patterns(load_lexicon("en"))


def test_the_year_pattern_finds_what_its_look_behind_first_form_found(english_dates) -> None:
    first_form = re.compile(r"(?<![\d,.])(?P<year>(?:19[5-9]\d|20\d\d))(?!\d|,\d)")
    found = _matches(english_dates.year, TRICKY)
    assert found == _matches(first_form, TRICKY)
    # glued to a letter or an underscore it is a year; after a digit, a comma or a stop it is not
    assert [text for (start, end), _ in found for text in [TRICKY[start - 1 : end + 1]]] == [
        " 2019,", " 2019.", "a2019 ", " 2019a", " 1950 ", " 2099 ", "(2021)", " 2021-", "-2022 ",
        " 2021,", "'2020 ", "“2018”", " 2000s", " 1999/", "/2000 ", "x1999 ", "_2001 ", " 2001_",
        "\n2020 ", " 2016-", " 2016.", " 2023.", "-2014 ", "/2020 ",
    ]  # fmt: skip


NUMBERS = (
    "52,318 patients, 1,000,000 and 1,00,000 and 12,3456 and 2.4 million and 250K and 3bn, 7mn "
    "a12 _12 12a 1.5.6 .5 ,5 /5 -5 5- 300-thousand 72-hundred 9,000+ 1,234.56 x 0.5m 10M 99,999,99 "
    "2019/20 3-4 people 12\n34 (45) 1234,567"
)


def test_the_number_pattern_finds_what_its_look_behind_first_form_found() -> None:
    from extractors.lang.en.numbers import _DIGITS

    first_form = re.compile(
        r"(?<![\w.,/-])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?:(?P<suffix>[kKmM]|bn|mn)\b|(?:\s+|-)(?P<word>[A-Za-z]+))?"
    )
    found = _matches(_DIGITS, NUMBERS)
    assert found == _matches(first_form, NUMBERS)
    # after a letter, an underscore, a stop, a comma, a slash or a hyphen no number starts
    assert [g["number"] for _, g in found] == [
        "52,318", "1,000,000", "1", "12,345", "2.4", "250", "3", "7", "12", "1.5", "5", "300", "72", "9,000",
        "1,234.56", "0.5", "10", "99,999", "2019", "3", "12", "34", "45", "1234",
    ]  # fmt: skip


DAYS = (
    "Signed Monday, met on Tue, 6 October and Thu Oct 6; from Monday to Wednesday, Mon-Fri, "
    "saturday–Sunday. Yesterday's talks, yesterday, TODAY, last night, last Friday, lastFriday, "
    "xMonday, Monday's, 30th of March, 1st April to 2nd May 2023, Wed 3 June, 18.10.2019, "
    "2016-11-30, 2016.09.06, 2023. 6. 6. 12-03-2014, a12-03-2014, 112-03-2014, 3/4/2020 "
    "From Sunday through Tuesday; fromMonday to Friday; 5 - 7 July, 31 Feb, March 15-17, xMarch 3, "
    "Sept. 30 to Oct. 2, 2024, May 1, mar 3, March3rd"
)


def _without_gate(source: str) -> str:
    """The pattern as it was before the look-ahead for its first characters was put before it."""
    assert source.startswith("(?=[")
    return source[source.index("])") + 2 :]


def test_the_numeric_date_pattern_finds_what_it_found_before_its_digit_look_ahead(english_dates) -> None:
    source = english_dates.numeric.pattern
    assert source.startswith(r"(?=\d)(?:") and source.endswith(")")
    first_form = re.compile(source[len(r"(?=\d)(?:") : -1])
    found = _matches(english_dates.numeric, DAYS)
    assert found == _matches(first_form, DAYS)
    assert [DAYS[start:end] for (start, end), _ in found] == [
        "18.10.2019", "2016-11-30", "2016.09.06", "2023. 6. 6", "12-03-2014", "3/4/2020",
    ]  # fmt: skip


def _caseless_pairs(caseless):
    """The pattern and the first form of it, for the text as written and lowered."""
    first_forms = (re.compile(_without_gate(caseless.pattern.pattern), re.IGNORECASE),)
    pairs = [(caseless.pattern, first_forms[0], DAYS)]
    if caseless.twin is not None:
        pairs.append((caseless.twin, re.compile(_without_gate(caseless.twin.pattern)), DAYS.lower()))
    return pairs


def _relative_day(lexicon):
    from extractors.lang.en.dates import _relative_day_pattern

    return _relative_day_pattern(lexicon)


def _weekday_range(lexicon):
    from extractors.lang.en.dates import _weekday_range_pattern

    return _weekday_range_pattern(lexicon)


@pytest.mark.parametrize(
    ("pattern_of", "spans"),
    [
        (
            lambda lexicon: _patterns(lexicon).month_day,
            ["Thu Oct 6", "March 15-17", "Sept. 30 to Oct. 2, 2024", "May 1", "mar 3", "March3rd"],
        ),
        (
            lambda lexicon: _patterns(lexicon).day_month,
            ["Tue, 6 October", "30th of March", "1st April to 2nd May 2023", "Wed 3 June", "5 - 7 July", "31 Feb"],
        ),
        (
            _relative_day,
            [
                "Monday", "Tue", "Thu", "Monday", "Wednesday", "Mon", "Fri", "saturday", "Sunday",
                "yesterday", "TODAY", "last night", "last Friday", "Wed", "Sunday", "Tuesday", "Friday",
            ],
        ),
        (_weekday_range, ["from Monday to Wednesday", "Mon-Fri", "saturday–Sunday", "From Sunday through Tuesday"]),
    ],
    ids=["month-day", "day-month", "relative-day", "weekday-range"],
)  # fmt: skip
def test_a_date_pattern_finds_what_it_found_before_its_first_character_look_ahead(pattern_of, spans) -> None:
    caseless = pattern_of(load_lexicon("en"))
    for pattern, first_form, text in _caseless_pairs(caseless):
        found = _matches(pattern, text)
        assert found == _matches(first_form, text)
        assert [DAYS[start:end] for (start, end), _ in found] == spans


MARKETS = (
    "Busan named Mongolia a key target market and Vietnam as its priority market. Vietnam is one of "
    "KTO's key target markets; Uzbekistan has become a strategic market. Its Markets include Kazakhstan, "
    "xmarkets including Russia. It will promote Korean medical care to Middle Eastern countries and "
    "pushed into the Mongolian market; Korean medical services will be promoted to Russia. It focuses "
    "its marketing on China. Patients came FROM 30 countries, from over 190 nations and xfrom 12 "
    "countries. AS ITS core market, IS ONE OF its target markets, upushed into Laos"
)


@pytest.mark.parametrize(
    ("group", "name", "spans"),
    [
        (
            "targets",
            "designation",
            ["a key target", "as its priority", "a strategic market", "Its Markets", "AS ITS core market", "ONE OF its target"],
        ),
        ("targets", "market_members", ["Markets include"]),
        (
            "targets",
            "market_reach",
            [
                "promote Korean medical care to", "pushed into", "medical services will be promoted to",
                "focuses its marketing on",
            ],
        ),
        ("targets", "copula_role", ["is one of KTO's key target", "has become a strategic market", "IS ONE OF its target"]),
        ("counts", "n_countries", ["FROM 30 countries", "from over 190 nations"]),
    ],
)  # fmt: skip
def test_a_sentence_scan_finds_what_it_found_before_its_first_character_look_ahead(
    group, name, spans
) -> None:
    """The target and country-count patterns each scan every sentence; a look-ahead for the
    first letters of the words that open them lets the engine pass over other positions."""
    pattern = getattr(getattr(language_for("en").patterns, group), name)
    compiled = pattern.pattern if isinstance(pattern, CaselessPattern) else pattern
    pairs = [(compiled, re.compile(_without_gate(compiled.pattern), compiled.flags), MARKETS)]
    if isinstance(pattern, CaselessPattern) and pattern.twin is not None:
        pairs.append((pattern.twin, re.compile(_without_gate(pattern.twin.pattern)), MARKETS.lower()))
    for gated, first_form, text in pairs:
        found = _matches(gated, text)
        assert found == _matches(first_form, text)
        assert [text[start:end].lower() for (start, end), _ in found] == [span.lower() for span in spans]


@pytest.mark.parametrize("tail", ["", " \u212a"], ids=["read-lowered", "kelvin-sign-read-as-written"])
def test_dates_are_read_in_a_sentence_of_a_document_whatever_their_case(tail: str) -> None:
    """The month-day and day-month patterns scan only a sentence that holds a month's word, and
    the relative days and weekday ranges one that holds a day's word, tested on the sentence
    lowered once: the test must find the words in capitals, in a sentence read inside its
    document, and let every pattern scan a document that cannot be read lowered."""
    document = (
        "It was SIGNED ON MARCH 3. The fair opened Wednesday in Seoul. Talks were held YESTERDAY. "
        "Nothing here, 12 of them. From Monday to Wednesday talks ran." + tail
    )
    english = language_for("en")
    found = [
        [
            (d.text, d.first, d.last)
            for d in english.find_dates(document, s.start(), s.end(), date(2024, 4, 5))
        ]
        for s in re.finditer(r"[^.]+\.", document)
    ]
    assert found == [
        [("MARCH 3", date(2024, 3, 3), None)],
        [("Wednesday", date(2024, 4, 3), None)],
        [("YESTERDAY", date(2024, 4, 4), None)],
        [],
        [("From Monday to Wednesday", date(2024, 4, 1), date(2024, 4, 3))],
    ]
