"""Korean dates, date ranges and years, resolved against the publication date.

Korean news writes dates with unit suffixes (2024년 3월 5일), with dots and optional spaces
(2024.3.5, 2024. 3. 5.), as ISO (2024-03-05), in Latin letters on sites abroad (May 30 2023),
with an apostrophe year ('19년, ’19년), and very
often as a bare day of the publication month ("5일", "지난 3일", "오는 15일"). A range is
"12일부터 15일까지", "12~15일" or "3월 30일~4월 2일". Years are 2024년, or relative: 지난해 and
작년 (last year), 올해 and 금년 (this year), 내년 (next year), 재작년 (two years ago), 전년 (the year
before the one told, else last year).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date

from extractors.lang.ko.numbers import NATIVE_TENS, NATIVE_UNITS, parse_number
from extractors.lang.lexicon import starting_with
from extractors.mentions.dates import DateMention, OrdinalDay, YearMention, safe_date
from extractors.mentions.numbers import RESTATED_FIGURE_MIN
from extractors.spans import Span

_YEARS = (r"19[5-9]\d", r"20\d\d")
_YEAR = f"(?:{'|'.join(_YEARS)})"
_SHORT_YEAR_MARKS = "’'‘`"  # '19년, ’19년, `19년 (a backtick where a keyboard lacks the apostrophe)
_SHORT_YEAR = rf"[{_SHORT_YEAR_MARKS}](?P<yy>\d\d)(?=년)"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_TILDE = r"\s*[~∼～〜\-–]\s*"
_AND = r"(?:과|와|및|,|·)"  # what joins two items of a list: "14일과 15일", "14·15일", "6월, 9월"
# the weekday in brackets after a day: "14일(화)~16일(목)"
_WEEKDAY = r"(?:\s?\([월화수목금토일](?:요일)?\))?"
# "11일에서 13일까지": 에서 opens the last day of a range, not of a length changed ("체류 기간을
# 15일에서 30일로 늘렸다")
_FROM_DAY = rf"\s*에서\s*(?=(?:{_MONTH}월\s*)?{_DAY}일{_WEEKDAY}(?!\s*(?:으로|로)))"
# the last day of a range after the first: 부터, 에서, a tilde, or two days listed (14일과 15일,
# 14·15일, 14, 15일)
_TO = rf"(?:\s*부터\s*|{_FROM_DAY}|{_TILDE}|\s*{_AND}\s*)"
# a day listed right before another, written without its 일: "14, 15일", "14·15일"
_LISTED_DAY = r"(?=\s*[,·]\s*\d{1,2}일)"
# 2024.3.5, 2024. 3. 5., 2024-03-05, 2024/03/05 (the look-behind stands after the year's first
# digit, so that the engine skips to a 1 or a 2: 6 ns a character where one before it cost 19)
# (dots may be spaced one way and not the other: "2024. 04.14(일)")
_NUMERIC = re.compile(
    rf"(?P<y>1(?<!\d.)9[5-9]\d|2(?<!\d.)0\d\d)(?:(?P<dot>\.)\s?|(?P<sep>-|/))(?P<m>{_MONTH})(?(dot)\.\s?|(?P=sep))(?P<d>{_DAY})(?![\d%])\.?"
    rf"(?:{_TILDE}(?:(?P<m2>{_MONTH})(?(dot)\.\s?|(?P=sep)))?(?P<d2>{_DAY})(?!\d)\.?)?"
)
# a month and day in figures, without a year, only where a weekday or a range makes it a date
# (5.14(화), 5.14~16, 5. 30.~6. 2., 5/5~8): alone, "5.14" is a decimal; the look-ahead for a digit lets
# the engine skip the rest
_SHORT_NUMERIC = re.compile(
    rf"{starting_with(digit=True)}(?<![\d./])(?P<m>{_MONTH})(?:\.\s?|/)(?P<d>{_DAY})\.?(?:(?P<weekday>\s?\([월화수목금토일]\))|(?=\s*[~∼～〜]))"
    rf"(?:\s*[~∼～〜]\s*(?:(?P<m2>{_MONTH})(?:\.\s?|/))?(?P<d2>{_DAY})\.?(?:\s?\([월화수목금토일]\))?)?(?=[\s,)]|$)"
)
# "May 30 2023 02:57 PM", "Sep. 5, 2019": the stamp of a Korean site abroad, in Latin letters
_LATIN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LATIN_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|sept"
)
# the look-ahead for the months' first letters lets the engine skip the rest (32 ns a character
# where the look-behind first cost 62)
_LATIN = re.compile(
    rf"{starting_with(_LATIN_MONTHS)}(?<![A-Za-z])(?P<mon>{_LATIN_MONTH_NAMES}|{'|'.join(_LATIN_MONTHS)})(?![A-Za-z])\.?\s+"
    rf"(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
# a number of days is a duration, not a date: 3일간, 3일 동안, 3박 4일, 3일째
_NOT_A_DAY = r"(?!\s*(?:간|동안|째|이내|만에|이상))"
# [2024년 ]3월 5일[부터|~ [4월 ]8일[까지]], with the year possibly written '19년; the look-ahead
# for a digit or a short year's mark lets the engine skip the rest (19 ns a character, 65 without)
_WORDED = re.compile(
    rf"{starting_with(_SHORT_YEAR_MARKS, digit=True)}(?:(?:(?P<y>{_YEAR})|{_SHORT_YEAR})년\s*)?(?P<m>{_MONTH})월\s*(?P<d>{_DAY})(?:일{_WEEKDAY}|(?={_TILDE}\d)|{_LISTED_DAY})"
    rf"(?:{_TO}(?:(?P<m2>{_MONTH})월\s*)?(?P<d2>{_DAY})일{_WEEKDAY}(?:\s*까지)?)?{_NOT_A_DAY}"
)
# the words that place a day alone in a month: last, this or next month, or the publication month's
_DAY_DIRECTIONS = (r"지난\s?달", r"이번\s?달", r"다음\s?달", "지난", "오는", "전월", "이달", "내달", "익월")
# a day of the month alone: (지난|오는|지난달|이달|다음 달) 5일[부터|~ 8일]; the look-ahead for a
# digit or the first syllable of a month word lets the engine skip the rest (18 ns a character, 86
# without)
_DAY_ALONE = re.compile(
    rf"{starting_with(_DAY_DIRECTIONS, digit=True)}(?:(?P<dir>{'|'.join(_DAY_DIRECTIONS)})\s*)?(?<![\d.~∼～〜\-–박,·])(?<!박\s)(?P<d>{_DAY})(?:일{_WEEKDAY}|(?={_TILDE}\d+일)|{_LISTED_DAY})"
    rf"(?:{_TO}(?:(?:이달|이번\s?달|다음\s?달|내달)\s*)?(?P<d2>{_DAY})일{_WEEKDAY}(?:\s*까지)?)?{_NOT_A_DAY}"
)
# the month-and-day end of a range that opens on a day alone: "30일부터 10월 2일까지", "30일~10월 2일"
_MONTH_DAY_AFTER = re.compile(
    rf"(?:\s*부터\s*|{_FROM_DAY}|{_TILDE})(?P<m2>{_MONTH})월\s*(?P<d2>{_DAY})일{_WEEKDAY}(?:\s*까지)?{_NOT_A_DAY}"
)
# 2019년, '19년, or a year alone before a space or a stop ("2015 한국을 찾은", "2014 대비"), or
# a short year alone in brackets, heading a figure of a series ("(’18) 41만 2천명 → (’19) …")
_YEAR_WORD = re.compile(
    # the look-ahead for a year's or a short year's first character lets the engine skip the
    # rest (11 ns a character of Korean text where the look-behind first cost 49)
    rf"{starting_with(_YEARS, _SHORT_YEAR_MARKS)}(?<![\d.,])(?:(?:(?P<y>{_YEAR})|{_SHORT_YEAR})년|(?P<bare>{_YEAR})(?=[\s)]|$)(?!\s?(?:명|여|개|원|달러))"
    rf"|(?<=\()[{_SHORT_YEAR_MARKS}](?P<bracketed>\d\d)(?=\)))"
)
# the first year of a span that writes 년 after its last year only: "2016~2017년", "2018-2019년"
_SPAN_FIRST_YEAR = re.compile(rf"(?<![\d.,])(?P<y>{_YEAR})(?=\s?[~∼～\-–]\s?{_YEAR}년)")
_RELATIVE_YEARS = {
    "재작년": -2,
    "지난해": -1,
    "지난한해": -1,  # 지난 한 해 (동안): the past year, written as a stretch
    "작년": -1,
    "전년": -1,
    "올해": 0,
    "금년": 0,
    "올": 0,
    "내년": 1,
}
_COMPARABLE = {"지난해", "작년", "올해", "금년", "올"}  # the year a figure told in them stands in
# from a year to the word comparing a figure with it: "2010년 8만 2천 명보다", "2023년 대비"
# or the figure in brackets: "2020년(4만1200명) 대비", or a figure with an aside in brackets: "2016년
# 6만3400명(연인원 기준 15만명)보다", "2011년(400명)과 비교해"
_COMPARED_AFTER = re.compile(
    r"(?:도)?\s?(?:에는|의|에)?\s?\(?(?:[\d만천백,.\s]+\s?명)?\)?\s?(?:\([^()]*\))?\s?"
    r"(?:보다|대비|에 비해|에\s?견줘|에\s?견주어|[과와]\s?비교해)"
)
# a year the text marks as a distant base right before it: "코로나19 이전인 2019년", "팬데믹 직전
# 2019년", "시행 첫해인 2011년": a figure compared with it does not fix the year after it
_DISTANT_BASE = re.compile(r"(?:이전|직전|첫\s?해)(?:인|이던|였던|의)?\s?(?:지난\s?)?$")
DISTANT_BASE_CHARS = 12  # how far before a year its mark as a distant base is read
# the number words a count of years may be written in (their values are the numerals' tables)
_YEARS_IN_WORDS = ("두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
# the years a change took: "3년 만에", "10년 만에", in digits or in words (두 … 열)
_YEARS_TAKEN = re.compile(rf"(?<![\d.])(?P<n>[1-9]|1[0-9]|{'|'.join(_YEARS_IN_WORDS)})\s?년\s?만에")
# from a year to the relative year that follows it in a series: "2013년 18만 4천명에서 지난해",
# "2011년 12만3351명, 지난해"
_SERIES_BEFORE = re.compile(
    r"\s?(?:에는|에|엔)?\s?[\d만천백,.\s]+\s?명\s?(?:\([^)]*\))?\s?(?:에서|,|에 이어)\s?"
)
# from a year to a change told from its figure to one not dated: "2017년 2만9천명에서 24% 늘었다"
_CHANGED_FROM = re.compile(
    r"\s?(?:에는|에)?\s?[\d만천백,.\s]+\s?명\s?(?:\([^)]*\))?\s?에서\s?[\d.,]+\s?(?:%|배)\s?(?:늘|증가|줄|감소)"
)
# a figure told after a year ("2020년에는 640명") and a figure in running text ("(640명)", "1만 7천명")
_YEAR_FIGURE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)년\s?(?:에는|에|엔|도|의)?\s?(?P<figure>\d[\d,]*(?:\s?만(?:\s?\d[\d,]*\s?천?)?)?)\s?명"
)
_FIGURE = re.compile(r"(?<![\d.,])(?P<figure>\d[\d,]*(?:\s?만(?:\s?\d[\d,]*\s?천?)?)?)\s?명")
# a year written bare at either end of a quoted or bracketed title: ‘2019 의료관광 설명회’, (2023
# Medical Fair), ‘메디컬 코리아 2013’ (not 2019년, a year told in words)
_TITLE_YEAR = re.compile(
    r"[‘'“\"(「『]\s?(?P<first>(?:19|20)\d\d)\s(?=[^’'”\")」』\n]{2,60}[’'”\")」』])"
    r"|[‘'“\"(「『][^’'”\")」』\n]{2,60}?\s(?P<last>(?:19|20)\d\d)\s?[’'”\")」』]"
)
# the words of coming to Korea, one list for every reader of it: a noun of its own ("방한", "입국",
# "내한"), or Korea as the place come to ("한국을", "우리나라를", "국내에") before a verb of visiting
CAME_TO_KOREA_NOUNS = r"(?:방한|입국|내한)"
KOREA_COME_TO = r"(?:한국|우리나라|국내)"
# the visitors of a year, told by their visit to Korea right after the year: "2017년 한국을 방문한",
# "2015년 방한 환자", "지난해 우리나라를 찾은" (read by page_year). Only the forms that modify the
# visitors (방한한, 찾은) before a space: unlike care's ``_CAME_TO_KOREA``, which reads any form
# of the verb in a count's clause, this one tells that the people right after are the year's
_VISITED_KOREA = rf"(?:{CAME_TO_KOREA_NOUNS}(?:한)?|{KOREA_COME_TO}[을를]\s?(?:찾은|방문한))\s"
_YEAR_VISITORS = re.compile(rf"(?<![\d.,])(?P<year>(?:19|20)\d\d)년(?:에|도)?\s?{_VISITED_KOREA}")
_PAST_VISITORS = re.compile(rf"(?:지난\s?해|작년)(?:에)?\s?{_VISITED_KOREA}")
NAMED_EVENT_SENTENCES = 4  # the headline and the lead: where the page names the occasion it reports
PAST_YEAR_REACH = 3  # how many sentences after a 지난해 a comparison may place it (page_year)
_PAST_WORDS = {"지난해", "작년"}  # the relative years that tell an undated page's year
# the relative years an undated page's inferred year places: the past ones and this year (a goal
# set 올해 on a page whose 지난해 its figures place); 내년 stays unplaced
_PLACED_BY_PAGE = _PAST_WORDS | {"올해", "금년", "올"}
# "지난 해" written apart is 지난해 where a particle or a stop follows (not "지난 해외 순방")
# "올" is 올해 cut short, only before a part of the year or a stretch of it ("올 상반기", "올 연말",
# "올 한 해", "올 들어"), never inside a word (올리다, 올림픽)
# 당시 (then, at that time) standing as a word of its own, before the words it dates
_AT_THAT_TIME = re.compile(r"(?<![가-힣])당시(?=\s)")
THAT_TIME_REACH = 300  # how far back the year 당시 refers to may stand: the sentence or two before
_THIS_YEAR_SHORT = r"(?<![가-힣])올(?=\s?(?:상반기|하반기|연말|연초|한\s?해|들어|[1-4]분기|봄|여름|가을|겨울|1[0-2]월|[1-9]월))"
_RELATIVE_YEAR = re.compile(
    "|".join(sorted((w for w in _RELATIVE_YEARS if w != "올"), key=len, reverse=True))
    + r"|지난\s해(?=$|[\s,.)’”]|에|의|는|도|보다|와|부터|까지|엔|대비)"
    + r"|지난\s?한\s?해(?=$|[\s,.]|에|동안|간)"
    + f"|{_THIS_YEAR_SHORT}"
)


def find_dates(
    text: str, start: int, end: int, base: date | None, looks_ahead: Callable[[], bool] | None = None
) -> list[DateMention]:
    """Calendar dates and ranges in ``text[start:end]``, in order of appearance. A bare day
    (5일) is placed by its own marker (지난, 오는) or by the publication month, so
    ``looks_ahead`` is not needed."""
    found: list[DateMention] = []
    for m in _NUMERIC.finditer(text, start, end):
        first = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if first:
            last = _range_end(first, m["m2"], m["d2"])
            found.append(DateMention(m.start(), m.end(), m.group(0), first, last, True))
    # on a page without a date, "(5/5~8)" takes the one year its sentence names, as 5월 5일 does
    short_year = base.year if base is not None else _only_year(text, start, end)
    for m in _SHORT_NUMERIC.finditer(text, start, end) if short_year is not None else ():
        if _overlaps(found, m.start(), m.end()) or (m["weekday"] is None and m["d2"] is None):
            continue
        first = safe_date(short_year, int(m["m"]), int(m["d"]))
        if first:
            first = _nearest_year(first, base) if base is not None else first
            found.append(
                DateMention(m.start(), m.end(), m.group(0), first, _range_end(first, m["m2"], m["d2"]), False)
            )
    for m in _LATIN.finditer(text, start, end):
        first = safe_date(int(m["y"]), _LATIN_MONTHS.index(m["mon"][:3].lower()) + 1, int(m["d"]))
        if first:
            found.append(DateMention(m.start(), m.end(), m.group(0), first, None, True))
    for m in _WORDED.finditer(text, start, end):
        if _overlaps(found, m.start(), m.end()):
            continue
        year = _year_of(m)
        has_year = year is not None
        if year is None:
            year = base.year if base else _only_year(text, start, end)
        if year is None:
            continue
        first = safe_date(year, int(m["m"]), int(m["d"]))
        if first is None:
            continue
        if not has_year and base is not None:
            first = _nearest_year(first, base)
        last = _range_end(first, m["m2"], m["d2"])
        found.append(DateMention(m.start(), m.end(), m.group(0), first, last, has_year))
    if base is not None:
        told: date | None = None  # the day told last: a later day after it is of its month
        for m in _DAY_ALONE.finditer(text, start, end):
            if _overlaps(found, m.start(), m.end()):
                continue
            told = _told_last(found, m.start()) or told
            day, direction = int(m["d"]), m["dir"]
            # "30일부터 10월 2일까지": the month-and-day read on its own ends this range
            month_day = _MONTH_DAY_AFTER.match(text, m.end(), end) if m["d2"] is None else None
            if month_day is not None:
                found = [f for f in found if not (month_day.start() <= f.start and f.end <= month_day.end())]
            if month_day is not None:
                # the first day is the one before the last: in its month, else the month before
                first = _day_before_month_day(day, base, int(month_day["m2"]), int(month_day["d2"]))
            elif direction is None and told is not None and day > told.day:
                # "지난달 3~5일 알마티에서, 8~10일 타슈켄트에서": the month runs on
                first = safe_date(told.year, told.month, day)
            elif (
                direction is not None
                and (months := _MONTH_WORDS.get(re.sub(r"\s", "", direction))) is not None
            ):
                first = _day_of_month_word(day, base, months)
            else:
                first = _day_of_publication_month(day, base, direction)
            if first is None:
                continue
            if month_day is not None:
                last = _range_end(first, month_day["m2"], month_day["d2"])
                span_end = month_day.end()
            else:
                last = _range_end(first, None, m["d2"]) or _next_month_end(first, m["d2"])
                span_end = m.end()
            told = last or first
            found.append(DateMention(m.start(), span_end, text[m.start() : span_end], first, last, False))
    return sorted(found, key=lambda d: d.start)


def _day_before_month_day(day: int, base: date, month: int, last_day: int) -> date | None:
    """ "30일부터 10월 2일까지" told on 29 September: the 30th is the last such day on or before
    2 October (the year nearest the publication date)."""
    last = safe_date(base.year, month, last_day)
    if last is None:
        return None
    last = _nearest_year(last, base)
    year, previous = divmod(last.year * 12 + last.month - 2, 12)
    return safe_date(last.year, last.month, day) if day <= last_day else safe_date(year, previous + 1, day)


# a month named by its distance from the publication month: 지난달 5일, 이달 12일, 다음 달 3일
_MONTH_WORDS = {"지난달": -1, "전월": -1, "이번달": 0, "이달": 0, "다음달": 1, "내달": 1, "익월": 1}


def _day_of_month_word(day: int, base: date, months: int) -> date | None:
    year, month = divmod(base.year * 12 + base.month - 1 + months, 12)
    return safe_date(year, month + 1, day)


def find_years(text: str, start: int, end: int, base: date | None) -> list[YearMention]:
    """Explicit years (2019년, '19년) and relative ones (지난해, 올해), in order of appearance."""
    told = [
        YearMention(m.start(), m.end(), m.group(0), _year_of(m) or 0, False)
        for m in _YEAR_WORD.finditer(text, start, end)
    ]
    read = {y.start for y in told}  # "2014 ~ 2015년": a first year the year word reads already
    years = sorted(
        told
        + [
            YearMention(m.start(), m.end(), m.group(0), int(m["y"]), False)
            for m in _SPAN_FIRST_YEAR.finditer(text, start, end)
            if m.start() not in read
        ],
        key=lambda y: y.start,
    )
    for m in _RELATIVE_YEAR.finditer(text, start, end):
        word = m.group(0).replace(" ", "")
        # 전년 is the year before the one told last: "지난해 8998명으로 전년(6137명)보다" -> 지난해 - 1
        earlier = [y for y in years if y.end <= m.start()]
        if word == "전년" and earlier:
            reference = max(earlier, key=lambda y: y.end).year
        elif base is not None:
            reference = base.year
        elif word in _COMPARABLE and (compared := _compared_year(text, years, m.end())) is not None:
            # an undated page: "지난해 N명으로 … 2010년 M명보다 증가" -> 지난해 is 2011;
            # "… 2011년(400명)과 비교해 5년 만에" -> 2016
            years.append(YearMention(m.start(), m.end(), word, compared, True))
            continue
        elif word in _COMPARABLE and (prior := _series_year_before(text, years, m.start())) is not None:
            # an undated page: "2013년 18만 4천명에서 지난해 22만 6천명으로", "2011년 12만3351명,
            # 지난해 16만8702명": the item after a year's in a series is of the year after it
            years.append(YearMention(m.start(), m.end(), word, prior + 1, True))
            continue
        else:
            continue
        years.append(YearMention(m.start(), m.end(), word, reference + _RELATIVE_YEARS[word], True))
    for m in _AT_THAT_TIME.finditer(text, start, end):
        # "2013년부터 사업을 펼쳤다. 그 결과 당시 816명이던 …": 당시 (then) is the year told last
        told = [y for y in _YEAR_WORD.finditer(text, max(0, m.start() - THAT_TIME_REACH), m.start())]
        if told and (year := _year_of(told[-1])):
            years.append(YearMention(m.start(), m.end(), m.group(0), year, True))
    return sorted(years, key=lambda y: y.start)


def _only_year(text: str, start: int, end: int) -> int | None:
    """On a page without a date, the one year its sentence names ("11월 11일부터 13일까지 …
    ‘2016 한-키르기즈 … 박람회’"): the year of a month and day told without one."""
    years = {_year_of(m) for m in _YEAR_WORD.finditer(text, start, end)}
    return years.pop() if len(years) == 1 else None


def page_year(text: str, sentences: list[tuple[int, int]]) -> date | None:
    """On a page without a date, the year it was written in as its own figures tell it: a
    sentence that places 지난해 by the figure it is compared with or by the series it closes
    (``find_years``) dates the 지난해 of every other sentence of the page ("지난해 도내
    외국인 환자는 8천450명", then "지난해 환자 수는 2016년 6천120명보다 38% 늘었다":
    2017). Only where all such sentences agree."""
    told = {
        y.year - _RELATIVE_YEARS[y.text.replace(" ", "")]
        for start, end in sentences
        if _RELATIVE_YEAR.search(text, start, end)
        for y in find_years(text, start, end, None)
        if y.relative and y.text.replace(" ", "") in _PAST_WORDS
    }
    if not told:
        told = _compared_after_past_year(text, sentences)
    if not told:
        told = _restated_past_year(text, sentences)
    if not told:
        told = _visitors_told_with_year(text, sentences)
    if not told:
        told = _named_event_year(text, sentences)
    return date(told.pop(), 1, 1) if len(told) == 1 else None


def _visitors_told_with_year(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The years a page was written in as the visitors it reports on tell them: told once as
    지난해's ("지난해 … 찾은 환자") and once, in a sentence of no 지난해, with their year
    ("Y년 … 방문한 환자 중", "Y년 방한 환자를 상대로 한 설문"): that
    year is 지난해, the page the year after. A sentence that tells a figure of its own, not one
    of 지난해's, tells an earlier year of a series ("Y년 … 찾은 환자는 N명이었다"):
    it places nothing."""
    if _PAST_VISITORS.search(text) is None:
        return set()
    past = [(start, end) for start, end in sentences if _names_past_year(text, start, end)]
    past_figures = {
        _figure_key(m["figure"]) for start, end in past for m in _FIGURE.finditer(text, start, end)
    }
    told: set[int] = set()
    for start, end in sentences:
        if (start, end) in past:
            continue
        figures = {_figure_key(m["figure"]) for m in _FIGURE.finditer(text, start, end)}
        if figures and not figures & past_figures:
            continue
        told |= {int(m["year"]) + 1 for m in _YEAR_VISITORS.finditer(text, start, end)}
    return told


def _names_past_year(text: str, start: int, end: int) -> bool:
    """Whether 지난해 or 작년 stands between ``start`` and ``end``."""
    return any(m.group(0).replace(" ", "") in _PAST_WORDS for m in _RELATIVE_YEAR.finditer(text, start, end))


def _named_event_year(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The years a page was written in as the event its lead names tells them: a year written
    bare in the quoted or bracketed title of an occasion (‘2019 의료관광 설명회’, (2023 Medical
    Fair), ‘메디컬 코리아 2013’) is the year the page reports as this year's, as annotation.md
    has it ("a dated event named as this year's"). Only the first sentences are read: a title
    named further down may be an earlier occasion's."""
    if not sentences:
        return set()
    end = sentences[min(len(sentences), NAMED_EVENT_SENTENCES) - 1][1]
    return {int(m["first"] or m["last"]) for m in _TITLE_YEAR.finditer(text, 0, end)}


def _restated_past_year(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The years a page was written in as a figure told twice tells them: once after a year
    ("2020년에는 640명", "2020년 1만7천명"), once in a sentence of 지난해 ("지난해 … 환자(640명) 가운데"):
    that 지난해 is the year, the page the year after. Figures of ``RESTATED_FIGURE_MIN`` or more
    only (the records' reader of figures told again asks the same), so that a small number told
    twice by chance dates nothing. The figure the 지난해 sentence
    itself tells after its year ("지난해 1천명으로 2019년의 600명에 견줘") is told once, of a year
    before 지난해: it places nothing."""
    dated: dict[str, set[tuple[int, int]]] = {}
    for match in _YEAR_FIGURE.finditer(text):
        dated.setdefault(_figure_key(match["figure"]), set()).add((int(match["year"]), match.start("figure")))
    told: set[int] = set()
    for start, end in sentences:
        if not _names_past_year(text, start, end):
            continue
        for match in _FIGURE.finditer(text, start, end):
            key = _figure_key(match["figure"])
            # compared as written; only the size is read, by the one reader of Korean figures
            if (parse_number(key) or 0) >= RESTATED_FIGURE_MIN:
                told |= {year + 1 for year, at in dated.get(key, set()) if at != match.start("figure")}
    return told


def _figure_key(figure: str) -> str:
    """A figure as written, with its spaces and thousands commas left out ("1만 2천" → "1만2천")."""
    return re.sub(r"[\s,]", "", figure)


def _compared_after_past_year(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The years a page was written in as a sentence after its 지난해 places them, comparing its
    figure, told without a year of its own, with one year's ("지난해 환자는 8천명이었다. 2018년보다
    9% 줄었다": 지난해 is 2019, the page of 2020):
    one year after each year so compared, where the 지난해 stands at most ``PAST_YEAR_REACH``
    sentences before and the comparing sentence names no relative year and one explicit year only."""
    told: set[int] = set()
    past = [index for index, (start, end) in enumerate(sentences) if _names_past_year(text, start, end)]
    for index, (start, end) in enumerate(sentences):
        if not any(0 < index - p <= PAST_YEAR_REACH for p in past) or _RELATIVE_YEAR.search(text, start, end):
            continue
        years = list(_YEAR_WORD.finditer(text, start, end))
        if len({_year_of(m) for m in years}) != 1:
            continue
        if any(_COMPARED_AFTER.match(text, m.end()) or _CHANGED_FROM.match(text, m.end()) for m in years):
            told.add((_year_of(years[0]) or 0) + 2)  # 지난해 the year after; the page's the next
    return told


def leaves_year_unplaced(text: str, start: int, end: int, years: list[YearMention]) -> bool:
    """Whether the sentence has a 지난해, 작년 or 올해 that ``find_years`` could not place (an
    undated page, no figure it is compared with)."""
    placed = {y.start for y in years if y.relative}
    return any(
        m.group(0).replace(" ", "") in _PLACED_BY_PAGE and m.start() not in placed
        for m in _RELATIVE_YEAR.finditer(text, start, end)
    )


def page_placed_years(years: list[YearMention], inferred: list[YearMention]) -> list[YearMention]:
    """The years of a sentence on an undated page: its past relative years (지난해, 작년) and this
    year (올해, 금년) as the page's year places them, the rest as the sentence alone reads them
    (내년 stays unplaced)."""
    placed = {
        (y.start, y.end): y for y in inferred if y.relative and y.text.replace(" ", "") in _PLACED_BY_PAGE
    }
    own = {(y.start, y.end) for y in years}
    return sorted(
        [placed.get((y.start, y.end), y) for y in years] + [y for key, y in placed.items() if key not in own],
        key=lambda y: y.start,
    )


def _series_year_before(text: str, years: list[YearMention], position: int) -> int | None:
    """The explicit year of the item of a series right before a relative year ("2013년 18만
    4천명에서 지난해", "2011년 12만3351명, 지난해")."""
    before = [y for y in years if not y.relative and y.end <= position]
    if before and _SERIES_BEFORE.fullmatch(text, before[-1].end, position):
        return before[-1].year
    return None


def _compared_year(text: str, years: list[YearMention], after: int) -> int | None:
    """The year a relative year names on a page with no date, as the explicit year its figure is
    compared with places it ("2010년 M명보다", "2023년 대비"): the year after that one, or
    as many years after it as the change is told to have taken ("2011년(400명)과 비교해 5년 만에").
    Where several are compared ("지난해 N명으로 Y1년의 M명보다 … Y2년의 K명 대비"),
    the first after the relative year is its own comparison."""
    compared = [
        (y, match)
        for y in years
        if not y.relative
        and (match := _COMPARED_AFTER.match(text, y.end)) is not None
        and not _distant_base(text, y, match.end())
    ]
    following = [(y, match) for y, match in compared if y.start >= after]
    if following:
        year, match = following[0]
    elif len({y.year for y, _ in compared}) == 1:
        year, match = compared[0]
    else:
        return None
    return year.year + _years_taken(text, match.end())


def _distant_base(text: str, year: YearMention, compared_end: int) -> bool:
    """Whether a year compared with is one the text marks as a distant base ("코로나19 이전인
    2019년 대비", "시행 첫해인 2011년에 견줘"): the figure compared with it may be years before
    지난해, so it places 지난해 only where the text tells how many years the change took ("3년
    만에")."""
    return (
        _DISTANT_BASE.search(text, max(0, year.start - DISTANT_BASE_CHARS), year.start) is not None
        and _years_taken_told(text, compared_end) is None
    )


def _years_taken_told(text: str, position: int) -> re.Match[str] | None:
    """The span of years a change is told to have taken right after ``position`` ("3년 만에")."""
    return _YEARS_TAKEN.match(text, position + 1 if text.startswith(" ", position) else position)


def _years_taken(text: str, position: int) -> int:
    """How many years a change told right after ``position`` took ("2011년(400명)과 비교해 5년
    만에": five after 2011); one where the text does not say: a figure compared with one
    year's is of the year after."""
    taken = _years_taken_told(text, position)
    return 1 if taken is None else _years_of(taken)


def years_taken_within(text: str, start: int, end: int) -> int | None:
    """How many years a change told between ``start`` and ``end`` took ("3년 만에"), where the
    text counts them."""
    taken = _YEARS_TAKEN.search(text, start, end)
    return None if taken is None else _years_of(taken)


def _years_of(taken: re.Match[str]) -> int:
    """The number of years a match of ``_YEARS_TAKEN`` counts, in digits or in native numerals
    (read by the tables of ``numbers``)."""
    told = taken["n"]
    return int(told) if told.isdigit() else (NATIVE_UNITS | NATIVE_TENS)[told]


def _year_of(m: re.Match[str]) -> int | None:
    if m["y"]:
        return int(m["y"])
    if "bare" in m.re.groupindex and m["bare"]:
        return int(m["bare"])
    short = m["yy"] or ("bracketed" in m.re.groupindex and m["bracketed"])
    if short:
        return 2000 + int(short) if int(short) < 70 else 1900 + int(short)
    return None


def _range_end(first: date, month: str | None, day: str | None) -> date | None:
    if day is None:
        return None
    last_month = int(month) if month else first.month
    year = first.year + (1 if last_month < first.month else 0)
    last = safe_date(year, last_month, int(day))
    return last if last is not None and last >= first else None


def _next_month_end(first: date, day: str | None) -> date | None:
    """ "31일부터 이달 4일까지": a range of days whose last is before its first ends next month."""
    if day is None or int(day) >= first.day:
        return None
    year, month = divmod(first.year * 12 + first.month, 12)
    return safe_date(year, month + 1, int(day))


def _nearest_year(first: date, base: date) -> date:
    """A month and day told without a year is the one nearest the publication date."""
    options = [
        d
        for d in (_shifted(first, base.year - 1), _shifted(first, base.year), _shifted(first, base.year + 1))
        if d
    ]
    return min(options, key=lambda d: abs((d - base).days))


def _told_last(found: list[DateMention], position: int) -> date | None:
    """ "3월 22일 다낭에서 …, 이어 24일 호찌민에서": the last day of the date told right before a
    day alone, whose month a later day runs on in; not one told with its year ("2018년 10월 3일
    개원한 …"), which is more often background than the days that follow."""
    before = [d for d in found if d.end <= position]
    latest = max(before, key=lambda d: d.end, default=None)
    return (latest.last or latest.first) if latest is not None and not latest.has_year else None


def _day_of_publication_month(day: int, base: date, direction: str | None) -> date | None:
    """ "지난 5일" is the last 5th up to the publication date, "오는 5일" the next one from it; a
    bare "5일" is the 5th of the publication month (news tells this month's days so), unless that
    lies three weeks or more after publication, when it is the month before."""
    if direction is None:
        this_month = safe_date(base.year, base.month, day)
        if this_month is not None and (this_month - base).days < 21:
            return this_month
        direction = "지난"
    candidates = [d for d in (safe_date(y, m, day) for y, m in _months_around(base)) if d is not None]
    if direction == "지난":
        candidates = [d for d in candidates if d <= base]
    elif direction == "오는":
        candidates = [d for d in candidates if d >= base]
    return min(candidates, key=lambda d: abs((d - base).days), default=None)


def _months_around(base: date) -> list[tuple[int, int]]:
    previous = (base.year - 1, 12) if base.month == 1 else (base.year, base.month - 1)
    following = (base.year + 1, 1) if base.month == 12 else (base.year, base.month + 1)
    return [previous, (base.year, base.month), following]


def _shifted(day: date, year: int) -> date | None:
    return safe_date(year, day.month, day.day)


def _overlaps(found: list[DateMention], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in found)


# a month named without its day: 오는 10월, 12월 초, 9월 중 (not 10월 5일, a date, nor 3개월, a length)
_MONTH_ALONE = re.compile(rf"(?<![\d.~∼～〜\-])(?P<m>{_MONTH})월(?!\s*\d{{1,2}}\s?일)")


def months_named(text: str, start: int, end: int) -> list[int]:
    """Months told without a day ("오는 10월 설명회를 열 계획이다"): the time a plan or a happening
    falls in, though not a date it can be given."""
    if "월" not in text[start:end]:
        return []  # most sentences name no month: no scan
    return [int(m["m"]) for m in _MONTH_ALONE.finditer(text, start, end)]


# a month told by its distance from the page's, without a day: 지난달 (last), 이달 and 이번 달 (this),
# 다음 달 and 내달 before a space or a particle (next); not 이달 8일, a date, nor 내달렸다 (ran)
_MONTH_BY_DISTANCE = re.compile(
    r"(?:(?P<last>지난\s?달)|(?P<this>이번\s?달|이달)|(?P<next>다음\s?달|내달(?=[\s에부중말초께])))(?!\s*\d{1,2}\s?일)"
)
_DISTANCES = {"last": -1, "this": 0, "next": 1}


def months_by_distance(text: str, start: int, end: int) -> list[int]:
    """Months told by their distance from the page's month ("지난달 관계자를 초청해", "다음 달
    설명회를 연다"): -1, 0 or 1, placed by the publication date where the page has one."""
    if "달" not in text[start:end]:
        return []  # most sentences tell no month so: no scan
    return [_DISTANCES[m.lastgroup or "this"] for m in _MONTH_BY_DISTANCE.finditer(text, start, end)]


def find_ordinal_days(text: str, start: int, end: int) -> list[OrdinalDay]:
    """Days without their month (5일, 12일부터 15일까지): ``find_dates`` places them by the
    publication month; on a page without a date these are what is left, placed by a date told
    before them, and they tell that an event has its days even where nothing places them."""
    return [
        OrdinalDay(m.start(), m.end(), m.group(0), int(m["d"]), int(m["d2"]) if m["d2"] else None)
        for m in _DAY_ALONE.finditer(text, start, end)
    ]


# the joiner of two days listed, not of a range (14일과 17일, 14·17일, 14, 17일): the first day
# (its 일 and weekday may be left out) and what joins it to the next
_LISTED = re.compile(rf"(?P<first>\d{{1,2}}(?:일{_WEEKDAY})?)\s*{_AND}\s*(?=(?:\d{{1,2}}월\s*)?\d{{1,2}}일)")

# what joins two items of a list, the second month's year before it ("지난해 11월과 올해 5월")
_JOINER = re.compile(rf"\s*{_AND}\s*(?:(?:올해|지난해|작년|올|\d{{4}}년)\s*)?(?:각각\s*)?")


def joins_a_list(text: str) -> bool:
    """ "하노이와 알마티", "2일, 4일": only a particle or a mark that joins two items of a list."""
    return _JOINER.fullmatch(text) is not None


def listed_days(day: DateMention) -> list[DateMention]:
    """ "8일과 11일 각각 하노이와 알마티에서": a date read as the first and the last of two days
    listed, not of a range, is two dates, each of one day."""
    if day.last is None or "부터" in day.text or "에서" in day.text or re.search(_TILDE, day.text):
        return [day]
    joined = _LISTED.search(day.text)
    if joined is None:
        return [day]
    cut = day.start + joined.end("first")
    after = day.start + joined.end()
    return [
        DateMention(day.start, cut, day.text[: joined.end("first")], day.first, None, day.has_year),
        DateMention(after, day.end, day.text[joined.end() :], day.last, None, day.has_year),
    ]


def listed_months(text: str, start: int, end: int) -> list[Span]:
    """ "지난 4월과 10월에는 라오스와 키르기스스탄을 방문해": months named alone, each joined to the
    one before it as items of a list; fewer than two, or any not so joined, are no list."""
    if "월" not in text[start:end]:
        return []
    months = [Span(m.start(), m.end(), m.group(0)) for m in _MONTH_ALONE.finditer(text, start, end)]
    if len(months) < 2 or not all(joins_a_list(text[a.end : b.start]) for a, b in itertools.pairwise(months)):
        return []
    return months
