"""Korean patterns rewritten for speed find what their first form found.

As in test_pattern_rewrites.py: the first form is kept as the reference, and both run over text
built to catch a rewrite that moves a boundary (digits, commas, stops and units around a number).
"""

import re

import pytest

from extractors.lang.ko.dates import (
    _DAY,
    _DAY_ALONE,
    _LATIN,
    _MONTH,
    _NUMERIC,
    _TILDE,
    _WORDED,
    _YEAR,
    _YEAR_WORD,
)
from extractors.lang.ko.numbers import _GROUP, _NUMBER

TRICKY = (
    "2024년 외국인 환자 12만 2천 명, 3만2천614명, 2024 12만, 6백억 원, 1,234.5명, 12,3456명, "
    ".5명 ,7명 1.2.3 x12명 '19년 ’23년 ‘21년 12019년 2019.5 ,2019년 2015 한국을 찾은 2014 대비 "
    "2019명 2020)에 (2021) 2022여 명 3 천 명 7 만 1949년 1950년 2099\n2000"
)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_korean_number_pattern_finds_what_its_look_behind_first_form_found() -> None:
    first_form = re.compile(rf"(?<![\d.,])(?:{_GROUP})(?:(?<=[천백십조억만])\s?(?:{_GROUP}))*")
    found = _matches(_NUMBER, TRICKY)
    assert found == _matches(first_form, TRICKY)
    # a group goes on past a unit only; no number starts after a digit, a comma or a stop
    assert [TRICKY[start:end] for (start, end), _ in found] == [
        "2024", "12만 2천", "3만2천614", "2024", "12만", "6백억", "1,234.5", "12,345", "1.2", "12", "19",
        "23", "21", "12019", "2019.5", "2015", "2014", "2019", "2020", "2021", "2022", "3 천",
        "7 만 1949", "1950", "2099", "2000",
    ]  # fmt: skip


def test_the_korean_year_pattern_finds_what_it_found_before_its_first_character_look_ahead() -> None:
    source = _YEAR_WORD.pattern
    assert source.startswith("(?=[")
    first_form = re.compile(source[source.index("])") + 2 :])
    found = _matches(_YEAR_WORD, TRICKY)
    assert found == _matches(first_form, TRICKY)
    # a bare year only before a space, a bracket or the end, and not before a count's word
    assert [TRICKY[start:end] for (start, end), _ in found] == [
        "2024년", "2024", "'19년", "’23년", "‘21년", "2015", "2014", "2020", "2021", "1950년", "2099", "2000",
    ]  # fmt: skip


DATES = (
    "2024.3.5, 2024. 3. 5., 2024-03-05~03-07, 2024/03/05, 12024.3.5, a2024.3.5, 2024.13.5, 2019.5 "
    "2024년 3월 5일부터 8일까지, '19년 3월 5일~4월 8일, 3월 5일간, 3월 5~8일, 지난달 5일, 오는 8일부터 "
    "이번 달 9일~ 12일, 3박 4일, 박 5일, 15일째, 지난 20일 May 30 2023 02:57 PM, Sep. 5, 2019, "
    "xMay 30 2023, SEPT 5 2019, december 1, 2020"
)


def test_the_korean_numeric_date_pattern_finds_what_its_look_behind_first_form_found() -> None:
    first_form = re.compile(
        rf"(?<!\d)(?P<y>{_YEAR})(?P<sep>\.\s?|-|/)(?P<m>{_MONTH})(?P=sep)(?P<d>{_DAY})(?!\d)\.?"
        rf"(?:{_TILDE}(?:(?P<m2>{_MONTH})(?P=sep))?(?P<d2>{_DAY})(?!\d)\.?)?"
    )
    # round 8 split the separator into a dot (spaced freely: "2024. 04.14") and the others, so
    # the spans and the date's parts are compared, not the separator's groups
    parts = ("y", "m", "d", "m2", "d2")
    found = [(span, {k: groups[k] for k in parts}) for span, groups in _matches(_NUMERIC, DATES)]
    assert found == [(span, {k: groups[k] for k in parts}) for span, groups in _matches(first_form, DATES)]
    assert [DATES[start:end] for (start, end), _ in found] == [
        "2024.3.5", "2024. 3. 5.", "2024-03-05~03-07", "2024/03/05", "2024.3.5",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "spans"),
    [
        (_WORDED, ["2024년 3월 5일부터 8일까지", "'19년 3월 5일~4월 8일", "3월 5~8일"]),
        (
            _DAY_ALONE,
            [
                "5일부터 8일까지",
                "5일",
                "8일",
                "5~8일",
                "지난달 5일",
                "오는 8일부터 이번 달 9일",
                "12일",
                "지난 20일",
            ],
        ),
        (_LATIN, ["May 30 2023", "Sep. 5, 2019", "SEPT 5 2019", "december 1, 2020"]),
    ],
    ids=["worded", "day-alone", "latin"],
)
def test_a_korean_date_pattern_finds_what_it_found_before_its_first_character_look_ahead(
    pattern, spans
) -> None:
    source = pattern.pattern
    assert source.startswith("(?=[")
    first_form = re.compile(source[source.index("])") + 2 :], pattern.flags)
    found = _matches(pattern, DATES)
    assert found == _matches(first_form, DATES)
    assert [DATES[start:end] for (start, end), _ in found] == spans
