"""Patterns rewritten for speed find what their first form found.

Each pattern below was rewritten so that the regex engine can skip to the positions where a
match can start (a first digit or letter instead of a leading look-behind or word boundary).
The first form is kept here as the reference; both run over text built to catch a rewrite that
moves a boundary: numbers glued to words, commas and stops, digits before and after.
"""

import re

import pytest

from extractors.lang.en.dates import _patterns
from extractors.lang.lexicon import load_lexicon

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
