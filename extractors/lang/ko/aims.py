"""Korean grammar of aims and changes: whether a year is an aim's due year ("2027년까지"),
whether a figure is where a change starts ("3만명에서") or the level it reached ("3만명으로
늘었다"), how many years ahead an aim is due or a change took, where an aim's clauses start, and
the noun of an aimed figure.

The readers of aims and of the periods of counts ask these of the marks of the future and of
change, not of the counts of people, so they are kept apart from the count readers.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.ko import dates
from extractors.lang.ko.figures import FOLLOWING_NOUN_CHARS, MAX_SUBJECT_CHARS, without_figures
from extractors.lang.lexicon import PhraseMatch, PhraseMatcher
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence
from models import Metric

DUE_MARK_CHARS = 8  # "2027년까지", "2027년 까지", "2027년을 목표 연도로"
MAX_METRIC_CHARS = 12  # "2020년 외국인 의료관광객": the year, a space and the aim's metric
MAX_MODIFIED_METRIC_CHARS = 20  # "2025년 국제진료센터 외래 환자": a metric behind words that narrow it
# up to two bare nouns (no particle or ending glued on) that narrow the metric after a year:
# "2030년 의료관광 수입", "2025년 국제진료센터 외래 환자"; not "2023년 부산을 찾은 환자" (a clause)
_METRIC_MODIFIERS = re.compile(r"\s(?:[가-힣A-Za-z]+(?<![은는이가을를에의로와과도서한된던인만며고])\s){1,2}")
# a figure aimed at right after a year: "70만명으로 (외국인 환자를) 늘린다", "5만명까지 끌어올린다",
# "10만명 유치", "1조원 달성을",
# or one that ends a goal sentence on the copula ("목표치는 2026년 1만5천명이다")
_AIMED_FIGURE = re.compile(
    r"\s?(?:에는|엔|에)?\s?(?:약\s?|연간\s?)?\d[\d,.]*(?:\s?[천백십만억조]\s?[\d,.]*)*\s?(?:여\s?)?"
    r"(?:명|개국|개|곳|개소|원|달러)?\s?(?:이상|수준)?\s?(?:(?:으로|로|까지)\s?(?:[가-힣]+\s){0,2}(?:늘|확대|증가|끌어|높이|높일|넓)"
    r"|(?:을|를)?\s?(?:유치|달성)|(?:이다|입니다)(?![가-힣]))"
)
# after a figure's counter, the mark of a starting point: "3만명에서", "2만명이던", "2만 명 수준에서",
# "27개 → 50개", "7개국에서"
_STARTING_POINT = re.compile(
    r"\s?(?:여\s?)?(?:명|개국|개|곳|개소|원|달러)?\s?(?:수준)?\s?(?:(?:에서|이던|이었던|였던)(?![가-힣])|[→⇒]|->)"
    r"|\s?(?:여\s?)?(?:명|개국|개|곳|개소|원|달러)?\s?수준인(?![가-힣])"
)
# after a figure's counter, a comparison or a concession that a later figure of the sentence answers:
# "1만명에 비해 … 2만명을", "27곳인데 올해 50곳으로", "5천 명 수준의 환자를 … 10만명으로"
_COMPARED_OR_CONCEDED = re.compile(
    r"\s?(?:여\s?)?(?:명|개|곳|개소)?\s?(?:에\s?비해|에\s?비하여|보다|대비|수준의\s"
    r"|(?:인데|이지만|이었지만|였지만|이었으나|였으나)(?![가-힣]))"
)
# "향후 5년", "앞으로 3년간", "5년 안에", "5년 이내", "5년 내"
_YEARS_AHEAD = re.compile(
    r"(?:향후|앞으로)\s?(?P<n>\d{1,2})\s?년(?!도)|(?<![\d.])(?P<m>\d{1,2})\s?년\s?(?:안에|안으로|이내|내에|내로|내(?![가-힣]))"
)
_THING_COUNTER = re.compile(r"\s?(?:여\s?)?(?:개소|개|곳|건)")  # a figure of things: "1383곳", "25개소"
# from a figure to the noun right after it that it counts: "2091개 의료기관", "30여 곳의 병원"
_COUNTER_BEFORE_NOUN = re.compile(r"\s?(?:여\s?)?(?:개|곳|개소|명)?\s?(?:의\s)?")


def is_due_year(
    text: str, year: YearMention, metrics: PhraseMatcher, due_after_year: re.Pattern[str]
) -> bool:
    """ "2027년까지": the due marker follows the year; "2027년 외국인환자 70만명 유치": the year
    stands right before the aim's metric; "2027년 70만명으로 늘린다", "2030년 10만명 유치": right
    before the figure aimed at, or the topic right before the metric ("2014년에는 외국인 환자 25만명
    유치 목표를"). A year relative to the page stands so before what happened as often ("지난해
    외국인 환자 2만명을 유치했다"): only a due marker makes it due."""
    if due_after_year.match(text, year.end, year.end + DUE_MARK_CHARS) is not None:
        return True
    if year.relative:
        return False
    if _AIMED_FIGURE.match(text, year.end) is not None or _basis_of_a_goal_figure(text, year):
        return True
    metric = metrics.search(text, year.end, year.end + MAX_MODIFIED_METRIC_CHARS)
    if metric is None:
        return False
    between = text[year.end : metric.start]
    if between.strip() in {"", "에는"} or _METRIC_MODIFIERS.fullmatch(between) is not None:
        return True
    if metric.end > year.end + MAX_METRIC_CHARS:
        return False
    # a quotation mark may open the aim's phrase when the figure stands in it: "2030년 '외국인
    # 환자 10만명 시대'" (not a title: "2024년 '의료관광 도약 계획'을 내놓으며")
    if between.strip(" '\"‘“") or not between.strip():
        return False
    closing = re.search(r"['\"’”]", text[metric.end : metric.end + MAX_METRIC_CHARS])
    return (
        closing is not None and re.search(r"\d", text[metric.end : metric.end + closing.start()]) is not None
    )


# "2026년 기준": a year a figure is told as of
_BASIS_AFTER_YEAR = re.compile(r"\s?(?:년\s?)?기준")
# a figure with its counter and the bracket it opens right before the year: "12만명(2027년 기준)"
_FIGURE_BEFORE_BRACKET = re.compile(
    r"\d[\d,.]*(?:\s?[천백십만억조]\s?[\d,.]*)*\s?(?:여\s?)?(?:명|개국|개|곳|개소|원|달러)?\s?\($"
)
_BRACKET_CLOSED = re.compile(r"\s?\)")  # "(2027년 기준)": the bracket closing after the basis
_FIGURE_AFTER_BASIS = re.compile(r"\s?(?:약\s?)?\d[\d,.]*(?:\s?[천백십만억조]\s?[\d,.]*)*")
# the goal noun naming what follows, up to two words (the metric) between: "목표치인 ", "목표는 외국인 환자 "
_GOAL_NAMED_BEFORE = re.compile(r"목표[가-힣]{0,3}\s(?:[가-힣]+\s){0,2}$")
BASIS_LOOKBACK_CHARS = 40  # the goal noun, the metric and the figure before a basis year


def _basis_of_a_goal_figure(text: str, year: YearMention) -> bool:
    """ "목표치인 12만명(2027년 기준)", "목표는 2028년 기준 45만명이었다": the year a figure the
    goal noun names is told as of, in brackets right after it or right before it, is the goal's
    due year. A figure told from it ("2022년 기준 24만명에서") is a baseline's, and one no goal
    noun names ("관광객 수는 2023년 기준 4만명") is a count's."""
    basis = _BASIS_AFTER_YEAR.match(text, year.end)
    if basis is None:
        return False
    before = text[max(0, year.start - BASIS_LOOKBACK_CHARS) : year.start]
    bracketed = _FIGURE_BEFORE_BRACKET.search(before)
    if bracketed is not None:
        closing = _BRACKET_CLOSED.match(text, basis.end())
        return (
            closing is not None
            and _GOAL_NAMED_BEFORE.search(before, 0, bracketed.start()) is not None
            and _STARTING_POINT.match(text, closing.end()) is None
        )
    figure = _FIGURE_AFTER_BASIS.match(text, basis.end())
    return (
        figure is not None
        and _GOAL_NAMED_BEFORE.search(before) is not None
        and _STARTING_POINT.match(text, figure.end()) is None
    )


def is_baseline(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "지난해 3만명에서 6만명으로", "2만명이던 외국인 환자를 4만명으로": the figure an aim or a
    change starts from is marked after its counter (에서 "from", 이던 "that was"); so is a figure
    compared or conceded ("1만명에 비해", "27곳인데") where a later figure of the sentence is
    the one aimed at or reached, so that it never stands as a second goal."""
    if _STARTING_POINT.match(ctx.text, quantity.end, sentence.end) is not None:
        return True
    return _COMPARED_OR_CONCEDED.match(ctx.text, quantity.end, sentence.end) is not None and any(
        q.start > quantity.end and not q.is_year and not q.is_measure for q in ctx.quantities(sentence)
    )


# after a count's counter, the change it is the new level of: "3만명으로 늘었다", "2천명까지 증가했다",
# "4만명으로 2배 늘어"
_NEW_LEVEL_AFTER = re.compile(
    r"\s?(?:여\s?)?명\s?(?:으로|까지)\s?(?:[가-힣\d.%]+\s){0,2}?(?:늘|증가|급증|감소|줄|급감|성장|확대|회복|뛰|치솟)"
)
# a change told in its connective form right before the level it reached: "11배 늘어 3만명에 달했다"
CHANGE_BEFORE_LEVEL_CHARS = 8  # "증가하여 ": the longest connective of change read before a level
_CHANGE_BEFORE_LEVEL = re.compile(r"(?:늘어|늘어나|증가해|증가하여|급증해|감소해|줄어|급감해|성장해)\s$")


def is_new_level(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "3만명으로 늘었다", "증가한 3만명", "11배 늘어 3만명에 달했다": the count is the level a change
    reached, the change told after its counter or right before it."""
    change_before = max(sentence.start, quantity.start - CHANGE_BEFORE_LEVEL_CHARS)
    return (
        _NEW_LEVEL_AFTER.match(ctx.text, quantity.end, sentence.end) is not None
        or ctx.follows("patients", "change_level_words", sentence, quantity.start)
        or _CHANGE_BEFORE_LEVEL.search(ctx.text, change_before, quantity.start) is not None
    )


def years_a_change_took(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "3년 만에": how many years the sentence says a change took."""
    return dates.years_taken_within(ctx.text, sentence.start, sentence.end)


def years_ahead(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "향후 5년 안에", "앞으로 3년간", "5년 이내에": how many years after publication an aim is
    due where the text counts them."""
    found = _YEARS_AHEAD.search(ctx.text, sentence.start, sentence.end)
    if found is None:
        return None
    return int(found["n"] or found["m"])


def noun_before_figure(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, section: str, key: str
) -> PhraseMatch | None:
    """ "외국인환자 70만명", "해외 진출 기관을 160개": the nearest phrase of the list before the
    figure, in its clause (no other figure or comma between), unless the figure names what it
    counts right after it ("외국인환자 유치를 위해 등록한 2091개 의료기관") or right before it
    ("외국인 환자 유치를 위해 코디네이터 5명")."""
    counter = _COUNTER_BEFORE_NOUN.match(ctx.text, quantity.end, sentence.end)
    if counter is not None:
        other = ctx.lexicon.matcher("patients", "other_nouns").search(
            ctx.text, counter.end(), min(sentence.end, counter.end() + FOLLOWING_NOUN_CHARS)
        )
        if other is not None and other.start == counter.end():
            return None
    window_start = max(sentence.start, quantity.start - MAX_SUBJECT_CHARS)
    found = list(ctx.lexicon.matcher(section, key).finditer(ctx.text, window_start, quantity.start))
    if not found:
        return None
    noun = found[-1]
    if re.search(r"[,;\d]", without_figures(ctx, sentence, noun.end, quantity.start)):
        return None  # "현재의 7배인 100만 명": a measure between is no other figure
    if noun.label == Metric.FOREIGN_PATIENTS and ctx.lexicon.matcher("patients", "other_nouns").contains(
        ctx.text[noun.end : quantity.start]
    ):
        return None  # "외국인 환자 유치를 위해 코디네이터 5명": the figure counts the noun next to it
    if noun.label == Metric.FOREIGN_PATIENTS and _THING_COUNTER.match(ctx.text, quantity.end):
        return None  # "외국인환자 유치를 위해 … 1383곳이": places are no patients
    return noun


# the end of a clause that tells what happened: "유치했고 ", "차지했다”며 ", "늘었으며 ", and the
# contracted pasts ("늘렸고 ", "펼쳤으며 ", "세웠지만 "); a mark reached, told in the past
# adnominal before what it brought ("30만 명 시대를 열며 기록한 실적을 바탕으로", "1만 명을
# 돌파한 성과를 바탕으로"); a deed the aim follows on from ("지난해 1만 명을 유치한 데 이어"); a
# level the figure amounts to now ("외국인 환자는 9만 명에 이르고 있으며", "달하고 있지만")
_PAST_CLAUSE_END = re.compile(
    r"(?:했|었|였|됐|왔|렸|졌|웠|쳤|혔|뤘|켰|봤|났|갔)(?:고|으며|지만|는데)\s|다[”\"’']?(?:며|고)\s"
    r"|(?:기록|달성|돌파|경신)한\s|넘어선\s"
    r"|[한된]\s?데\s?이어(?:서)?\s|(?:이르|달하)고\s?있(?:으며|고|지만|는데)\s"
)


def aim_start(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> int:
    """After the last clause before the cue that tells what happened; the clauses of an aim
    joined without a past tense ("160개로 늘리고, 50만 명을 유치할 계획") are one aim."""
    joints = [m.end() for m in _PAST_CLAUSE_END.finditer(ctx.text, sentence.start, cue.start)]
    return joints[-1] if joints else sentence.start
