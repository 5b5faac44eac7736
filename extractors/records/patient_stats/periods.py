"""When a count was counted: a year, a range of years, a rate per year or a running total, and the
year later counts without one of their own inherit.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from extractors.context import DocumentContext
from extractors.lang.lexicon import Lexicon, PhraseMatch, PhraseMatcher
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import RESTATED_FIGURE_MIN, Quantity
from extractors.records.aims import is_goal_sentence, year_of
from extractors.records.drafts import RecordDraft
from extractors.records.patient_stats.clauses import bracket_after_year, count_clause
from extractors.spans import overlaps
from extractors.text.sentences import Sentence
from models import PeriodKind

YEAR_CLAUSE_CHARS = 30  # "when some 41,000": how far into its clause of "when" a count stands
_YEAR_CLAUSE_JOINT = re.compile(r"[\s,]*")  # between a year and the word opening its clause
SINCE_CLAUSE_CHARS = 80  # "since the referral agreement between the two countries was signed in 2011"
COMPARISON_WORDS = 4  # "the largest number of them since": how far before "since" a comparison reaches
MAX_VERB_CHARS = 12  # how far after a rate word the verb of change it qualifies may end
RATE_PREFIX_CHARS = 8  # "연 2천여 명": how far before a count the word of rate written with it is read
PERIOD_WINDOW_CHARS = 40  # how far from its number "a year" or "annually" still qualifies it
SHARED_RATE_CHARS = 80  # how far after a clause's last count a rate still closes the clause
RUNNING_CUE_CHARS = 12  # "누적 3만명으로": how far before a level its cue of a running total stands
STAMPED_AFTER_WORDS = 5  # "91,000 foreign patients arriving in 2021": words from a count to its year
YEAR_STAMP_CHARS = (
    20  # "187 countries in 2024", "In 2014, 210", "571,204 tallied in 2023": a year that dates the figure
)
OCCASION_NAME_WORDS = 6  # "the 2025 Hanbit Hospital Kazakhstan Medical Mission": from its year to its noun
_NEXT_WORD = re.compile(r"\s+(\w+)")  # the word right after a phrase
REPORT_TITLE_CHARS = 30  # "the 2024 Statistical Analysis Report": from the year to the title's word


@dataclass(frozen=True)
class LeadYear:
    """The article's lead figure of one year: the year later counts without one of their own
    belong to. ``year`` is ``None`` where a page without a date tells it by a year relative to
    the page ("지난해 외국인 환자는 3120명", "1,650 patients last year"): a year, which one
    unknown, that still makes the breakdowns after it counts of a year."""

    year: int | None


def next_lead(lead: LeadYear | None, year: int | None) -> LeadYear:
    """The lead after a count of one year: the first such count's, a known year taking the
    place of one the page left unknown."""
    if lead is None or (lead.year is None and year is not None):
        return LeadYear(year)
    return lead


def next_context_year(
    ctx: DocumentContext, sentence: Sentence, has_counts: bool, sentence_year: int | None, current: int | None
) -> int | None:
    """The year later counts without one of their own refer to: that of the last sentence with
    counts; a sentence without counts or years ("The patients came from 190 countries.") keeps
    it, and so does one whose years only point back to it ("up a third from the previous
    year"); one naming another year ends it, unless it names the figures of the patients for
    that one year alone ("2019년 외국인 환자 유치 실적이 공개됐다. 환자는 52만4천명으로 …"):
    the counts after it are of that year. On a page without a date, a sentence of the patients
    of a year relative to the page ("drew patients of 64 nationalities last year") sets the
    year the page places it in (``_year_of_last_year_told``)."""
    if has_counts:
        return sentence_year
    placed = _year_of_last_year_told(ctx, sentence)
    if placed is not None:
        return placed
    anaphoric = _anaphoric_years(ctx.lexicon)
    own_years = [
        y
        for y in ctx.years(sentence)
        if " ".join(y.text.lower().split()) not in anaphoric and not _is_compared_year(ctx, sentence, y)
    ]
    if not own_years:
        return current
    return _patients_year(ctx, sentence, own_years)


def _year_of_last_year_told(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "The city drew patients of 64 nationalities last year." on a page without a date, then
    "Uzbekistan made up 41% (3,280)": the breakdown after a sentence of the patients
    dated by a year relative to the page is of that year, as the page places it
    (``_undated_relative_year``), not of the year of some count told before it. ``None`` where
    the page is dated, the sentence names no such year, a calendar year of its own, or no
    patients, or the page does not say which year it is."""
    if ctx.published is not None:
        return None
    reported = ctx.lexicon.matcher("years", "reported")
    if not reported.contains(sentence.text):
        return None
    relative = reported.search(ctx.text, sentence.start, sentence.end)
    years = ctx.years(sentence)
    if (
        relative is None
        or any(not y.relative for y in years)
        or ctx.lexicon.matcher("patients", "heads").search(ctx.text, sentence.start, sentence.end) is None
    ):
        return None
    return _undated_relative_year(ctx, sentence, years, relative)


def _is_compared_year(ctx: DocumentContext, sentence: Sentence, year: YearMention) -> bool:
    """Whether a year only names the base a change is measured from ("Taiwanese patients grew
    fivefold from 2021"): the figures the sentence tells of are of a later year, so the year
    does not take over from the one in force."""
    return any(
        q.is_year and q.start == year.start and ctx.language.is_baseline(ctx, sentence, q)
        for q in ctx.quantities(sentence)
    )


def _patients_year(ctx: DocumentContext, sentence: Sentence, years: list[YearMention]) -> int | None:
    """The one year whose figures of patients a sentence without counts names, or that it tells
    of the patients as its topic; ``None`` where it names several years, none resolved, neither
    (the language's words for them), no patients, or an aim."""
    told = {y.year for y in years}
    if len(told) != 1 or 0 in told or _year_range(ctx, years) is not None:
        return None
    lexicon = ctx.lexicon
    figures = lexicon.matcher("years", "figures_named").search(ctx.text, sentence.start, sentence.end)
    topics = lexicon.matcher("years", "year_topics")
    if (
        figures is None
        and not any(topics.match(ctx.text, y.end, sentence.end) for y in years)
        and not _stamps_an_expected_figure(ctx, sentence, years)
    ):
        return None
    if not lexicon.matcher("patients", "heads").search(ctx.text, sentence.start, sentence.end):
        return None
    return None if is_goal_sentence(ctx, sentence) else told.pop()


def _stamps_an_expected_figure(ctx: DocumentContext, sentence: Sentence, years: list[YearMention]) -> bool:
    """ "About 3,000 patients were expected in Incheon in 2017. Only 2,100 actually came": a
    figure a sentence expected for a year already past is no count, but that year is the one
    the next sentence's outcome is of. A year still ahead is a forecast's, never a count's."""
    return (
        ctx.published is not None
        and all(y.year <= ctx.published.year for y in years)
        and ctx.lexicon.matcher("patients", "forecast_words").search(ctx.text, sentence.start, sentence.end)
        is not None
        and any(not q.is_year and not q.is_measure for q in ctx.quantities(sentence))
    )


def years_spanned(drafts: list[RecordDraft]) -> tuple[int, int] | None:
    """The first and last year of a change a sentence tells by two dated counts ("from 3,120 in
    2018 to 7,450 in 2023"), the span a later "in the same period" points back to; ``None``
    where the sentence dates its counts by fewer than two years."""
    years = {
        d.fields["year"]
        for d in drafts
        if d.fields["period_kind"] == PeriodKind.YEAR and d.fields["year"] is not None
    }
    return (min(years), max(years)) if len(years) > 1 else None


def date_by_span(
    ctx: DocumentContext,
    sentence: Sentence,
    counted: list[tuple[Quantity, RecordDraft]],
    span: tuple[int, int] | None,
) -> None:
    """ "Cataract patients doubled in the same period, from 2,200 to 4,400" after a change from
    2018 to 2023: the new level (after the language's word for it, "to") is of the span's last
    year, the figure the change starts from of its first. Asked only of a sentence that names
    the same period and tells a change of two counts of no year of their own."""
    if span is None or len(counted) != 2:
        return
    if ctx.lexicon.matcher("years", "same_period").search(ctx.text, sentence.start, sentence.end) is None:
        return
    levels = [ctx.follows("patients", "change_level_words", sentence, q.start) for q, _ in counted]
    if levels.count(True) != 1 or _own_years(ctx, sentence):
        return
    for (_, draft), level in zip(counted, levels, strict=True):
        draft.fields["year"] = span[1] if level else span[0]
        draft.fields["period_kind"] = PeriodKind.YEAR


def _own_years(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether a sentence names a year of its own, which dates its counts better than a span
    told before."""
    return any(not y.relative for y in ctx.years(sentence))


@cache
def _anaphoric_years(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(" ".join(p.lower().split()) for p in lexicon.section("years")["anaphoric"])


def count_period(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    context_year: int | None,
    lead: LeadYear | None,
    previous: Sentence | None = None,
) -> tuple[PeriodKind, int | None, tuple[date | None, date | None]]:
    """The kind of period, the year and the period's bounds the count refers to: those of
    ``_whole_period``, narrowed to the part of that year its clause names ("in the first five
    months of this year", "in the fourth quarter of 2018", "from January to June": a range
    within the year, the year kept). A count with no year of its own on a dated page, counted
    over months already past ("From January to June" in July), is of the page's year."""
    kind, year, period = _whole_period(ctx, sentence, quantity, context_year, lead, previous)
    if kind not in (PeriodKind.YEAR, PeriodKind.UNSPECIFIED):
        return kind, year, period
    months = _months_of_a_year_part(ctx, sentence, quantity)
    if months is None:
        return kind, year, period
    if year is None:
        return (PeriodKind.RANGE, None, (None, None)) if kind == PeriodKind.YEAR else (kind, year, period)
    first, last = months
    end = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    if kind == PeriodKind.UNSPECIFIED and (ctx.published is None or end > ctx.published):
        return kind, year, period
    return PeriodKind.RANGE, year, (date(year, first, 1), end - timedelta(days=1))


def _months_of_a_year_part(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity
) -> tuple[int, int] | None:
    """The first and last month of the part of a year named in the count's clause ("the first
    half": 1 to 6, "the third quarter": 7 to 9, "from March to August": 3 to 8); ``None`` where
    none is named. The phrase list is asked of the sentence first."""
    clause = count_clause(ctx, sentence, quantity)
    parts = ctx.lexicon.matcher("periods", "year_parts")
    part = parts.search(ctx.text, *clause) if parts.contains(sentence.text) else None
    if part is not None:
        first, last = part.label.split("-")
        return int(first), int(last)
    return ctx.language.month_span(ctx.text, *clause)


def _whole_period(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    context_year: int | None,
    lead: LeadYear | None,
    previous: Sentence | None,
) -> tuple[PeriodKind, int | None, tuple[date | None, date | None]]:
    """The kind of period, the year and the period's bounds the count refers to. A perfect
    ("has treated", "has topped") makes a running total unless a year relative to the page
    binds its clause: "Last year, the centre has treated 90,000 patients" counts one year.
    ``previous`` is the sentence before, whose year relative to an undated page binds a total."""
    lexicon = ctx.lexicon
    years = [y for y in ctx.years(sentence) if not overlaps(y.start, y.start + 1, [quantity])]
    goal = is_goal_sentence(ctx, sentence)
    reached = None if goal else _year_a_change_reached(ctx, sentence, quantity, years)
    if reached is not None:
        return PeriodKind.YEAR, reached, (None, None)
    if goal:
        # "aims to treat 1,000 a year by 2021, against about 600 a year now": the due year
        # dates the aim, not the counts beside it; a year already past is due to no aim ("...
        # by 2024, while in 2021 its hospitals treated 4,700")
        years = [
            y
            for y in years
            if year_of(ctx, quantity, y)
            or bracket_after_year(ctx, y, quantity)
            or not ctx.language.is_due_year(ctx.text, y, sentence.start)
            or (ctx.published is not None and not y.relative and y.year < ctx.published.year)
        ]
    span = _year_range(ctx, years)
    if span is not None and not _span_of_another_figure(ctx, sentence, quantity, span):
        first, last = span
        return PeriodKind.RANGE, None, (date(first.year, 1, 1), date(last.year, 12, 31))
    to_date = _range_to_relative_year(ctx, years)
    if to_date is not None and not _span_of_another_figure(ctx, sentence, quantity, to_date):
        first, last = to_date
        return PeriodKind.CUMULATIVE, None, (date(first.year, 1, 1), _relative_end(last))
    when = _year_of_its_clause(ctx, years, quantity)
    if when is not None:
        return PeriodKind.YEAR, when, (None, None)
    clause_start, clause_end = count_clause(ctx, sentence, quantity)
    year = _year_by_its_clause(ctx, sentence, quantity, years, (clause_start, clause_end))
    if _per_year(ctx, sentence, quantity, years):
        return PeriodKind.PER_YEAR, year, (None, None)
    # "2018년 6만2천명으로 2010년 이후 누적 31만명": a count led by its own year leaves a cue of
    # accumulation after it to the running total told next
    cumulative_end = quantity.end if _year_right_before(ctx, years, quantity) else clause_end
    if not _year_stamped_after(ctx, years, quantity) and (
        _cumulative(ctx, clause_start, cumulative_end)
        or (
            not any(y.relative and clause_start <= y.start < clause_end for y in years)
            and not _year_right_before(ctx, years, quantity)
            and ctx.language.tells_running_total(ctx, sentence, quantity, (clause_start, clause_end))
        )
    ):
        first = _cumulative_start(ctx, years, clause_start, clause_end, quantity)
        current = _page_year_running(ctx, years, clause_start, clause_end, first)
        if current is not None:
            # "so far this year", "so far in 2022" on a 2022 page: the total of a part of one year
            return PeriodKind.RANGE, current, (date(current, 1, 1), None)
        return PeriodKind.CUMULATIVE, None, (date(first, 1, 1) if first is not None else None, None)
    if year is not None:
        return PeriodKind.YEAR, year, (None, None)
    unknown_year = _unresolved_past_year(ctx, clause_start, clause_end)
    if lexicon.matcher("periods", "totals").search(ctx.text, clause_start, clause_end):
        return _total_period(
            ctx, sentence, quantity, (clause_start, clause_end), unknown_year, context_year, previous
        )
    if unknown_year:
        # "1,650 foreign patients last year" on a page without a date: a year, which one unknown
        return PeriodKind.YEAR, None, (None, None)
    if context_year is not None:
        # "Chinese patients formed the largest group at 98,400" after a sentence about 2019
        return PeriodKind.YEAR, context_year, (None, None)
    # A count without a year of its own in an article of figures ("Chinese patients accounted
    # for the largest portion with 34,279" after a sentence about 2017) belongs to the year of
    # the article's lead figure, and counts that year as the lead figure does (the gold gives
    # such breakdowns the period of a year, on a page without a date too, where the lead's year
    # is unknown); a one-off count in a dated article to the article's year, a period the text
    # does not tell.
    if lead is not None:
        return PeriodKind.YEAR, lead.year, (None, None)
    return PeriodKind.UNSPECIFIED, ctx.published.year if ctx.published else None, (None, None)


def _year_a_change_reached(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, years: list[YearMention]
) -> int | None:
    """ "climbed sixfold between 2010 and 2016 to 7,900", "up 30 percent over the three years to
    2016, rising to 31,200", "2014년 2천명에서 5년 만에 3만명으로 늘었다": the level a change
    reached is of the last year of the stretch the change took: the end of the span of years the
    sentence names, or the year the change started from and the years it took. Only where the
    sentence names no other calendar year, and no cue of a running total stands right before
    the count ("누적 3만명으로")."""
    if not ctx.language.is_new_level(ctx, sentence, quantity):
        return None
    told = {y.year for y in years if not y.relative}
    if not told or _cumulative(ctx, max(sentence.start, quantity.start - RUNNING_CUE_CHARS), quantity.start):
        return None
    span = _year_range(ctx, years)
    if span is not None:
        return span[1].year if told == {span[0].year, span[1].year} else None
    end = ctx.language.change_end_year(ctx, sentence, years)
    if end is not None:
        return end if told == {end} else None
    taken = ctx.language.years_a_change_took(ctx, sentence)
    start = _year_started_from(ctx, sentence, years) if taken is not None else None
    return start + taken if taken is not None and start is not None and told == {start} else None


def _year_started_from(ctx: DocumentContext, sentence: Sentence, years: list[YearMention]) -> int | None:
    """The one year a change started from: its earlier figure's ("from 2,000 in 2014", "2014년
    2천명에서") or the year it is compared with ("up from 2014")."""
    starts = {
        year
        for q in ctx.quantities(sentence)
        if ctx.language.is_baseline(ctx, sentence, q)
        and (year := int(q.value) if q.is_year else _year_read_by_language(ctx, sentence, years, q))
        is not None
    }
    return starts.pop() if len(starts) == 1 else None


def _unresolved_past_year(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether a year relative to the page that is not ahead of it ("last year", "this year")
    stands between ``start`` and ``end`` on a page without a date: it names one year, which one
    the page leaves unknown. A year ahead ("a figure expected to grow in the coming year") is a
    forecast's, never the year a count was counted."""
    return ctx.published is None and any(
        relative.label <= 0
        for relative in ctx.lexicon.matcher("years", "relative").finditer(ctx.text, start, end)
    )


def _total_period(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    clause: tuple[int, int],
    unknown_year: bool,
    context_year: int | None,
    previous: Sentence | None,
) -> tuple[PeriodKind, int | None, tuple[date | None, date | None]]:
    """A total ("a total of 4,050", "in all", "altogether") sums one year where a year binds
    it: a year relative to an undated page in its clause, the year in force from the sentences
    before, or the one year relative to the page that the sentence before names ("Patients
    came from 90 countries last year. In all, 2,100 were treated."; which one an undated page
    may leave unknown). Only a total no year binds, or one told with a perfect ("has treated a
    total of 14,000"), is a running total."""
    if ctx.language.tells_running_total(ctx, sentence, quantity, clause):
        return PeriodKind.CUMULATIVE, None, (None, None)
    if unknown_year:
        return PeriodKind.YEAR, None, (None, None)
    if context_year is not None:
        return PeriodKind.YEAR, context_year, (None, None)
    if previous is not None and not _cumulative(ctx, previous.start, previous.end):
        # the sentence before told of one year, not of a stretch running up to it ("allowed
        # since 2019 through March this year. A total of 1,250 have used it")
        if _unresolved_past_year(ctx, previous.start, previous.end):
            return PeriodKind.YEAR, None, (None, None)
        before = ctx.years(previous)
        anaphoric = _anaphoric_years(ctx.lexicon)
        relative = {
            y.year for y in before if y.relative and " ".join(y.text.lower().split()) not in anaphoric
        }
        if len(relative) == 1 and all(y.relative for y in before):
            return PeriodKind.YEAR, relative.pop(), (None, None)
    return PeriodKind.CUMULATIVE, None, (None, None)


def _year_of_its_clause(ctx: DocumentContext, years: list[YearMention], quantity: Quantity) -> int | None:
    """ "have grown 8 percent a year since 2012, when 41,000 came": a count in a clause that a
    word such as "when" opens right after a calendar year is of that year, neither a running
    total nor a rate."""
    before = [y for y in years if not y.relative and y.end <= quantity.start]
    if not before:
        return None
    year = before[-1]
    opener_start = _YEAR_CLAUSE_JOINT.match(ctx.text, year.end).end()
    opener = ctx.lexicon.matcher("periods", "year_clause_openers").match(ctx.text, opener_start)
    if opener is None or opener.start != opener_start:
        return None
    between = ctx.text[opener.end : quantity.start]
    if len(between) > YEAR_CLAUSE_CHARS or re.search(r"[,;:()]", between):
        return None
    return year.year


def _year_by_its_clause(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    years: list[YearMention],
    clause: tuple[int, int],
) -> int | None:
    """The year of a count as the words of the sentence tell it: that of the year relative to
    an undated page which dates it, where the page places it; else the one the language reads
    among the sentence's years. Where such a relative year dates the count and the page does
    not place it, only the calendar years of the count's own clause are read: "Since 2019 the
    ministry has published a report; it says 6,700 came last year" is of no year the page
    tells, "this year, compared to 31,650 patients who arrived in 2008" of 2008."""
    relative = _binding_relative_year(ctx, quantity, years, clause)
    undated = _undated_relative_year(ctx, sentence, years, relative) if relative is not None else None
    if undated is not None:
        return undated
    clause_start, clause_end = clause
    told = years if relative is None else [y for y in years if clause_start <= y.start < clause_end]
    year = _year_read_by_language(ctx, sentence, told, quantity)
    if relative is not None and year in _years_compared_with(ctx, sentence, quantity, years):
        return None
    if relative is not None and _distant_base_year(ctx, sentence, year):
        return None
    return year


def _distant_base_year(ctx: DocumentContext, sentence: Sentence, year: int | None) -> bool:
    """ "41,000 last year, a recovery to the pre-pandemic level of 2019" on a page without a
    date: a calendar year the text marks as a distant base (``_distant_base``) is one the count
    is compared with, not its own, and it does not tell which year "last year" is either."""
    return year is not None and any(
        q.is_year and int(q.value) == year and _distant_base(ctx, sentence, q)
        for q in ctx.quantities(sentence)
    )


def _years_compared_with(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, years: list[YearMention]
) -> set[int]:
    """The years of the other figures of the sentence that a count is compared with: "6,400 last
    year, 70 percent of the pre-pandemic 9,100 in 2019" is not of 2019, whichever year "last
    year" is. Empty where the count is itself such a figure."""
    if ctx.language.is_baseline(ctx, sentence, quantity):
        return set()
    return {
        year
        for other in ctx.quantities(sentence)
        if other.start != quantity.start
        and ctx.language.is_baseline(ctx, sentence, other)
        and (year := _year_of_figure(ctx, sentence, other, years)) is not None
    }


def _binding_relative_year(
    ctx: DocumentContext, quantity: Quantity, years: list[YearMention], clause: tuple[int, int]
) -> PhraseMatch | None:
    """ "An all-time high of 880,000 overseas patients were treated in Korea last year" on a
    page without a date: the year relative to the page ("last year", "this year") that dates
    the count, where no calendar year stands nearer it in its clause. A calendar year of
    another clause, or one farther off ("Since 2019 the ministry has published a report; it
    says 6,700 came last year"), is not the count's."""
    clause_start, clause_end = clause
    if ctx.published is not None:
        return None
    relative = ctx.lexicon.matcher("years", "reported").search(ctx.text, clause_start, clause_end)
    if relative is None or any(
        not y.relative
        and clause_start <= y.start < clause_end
        and _gap(quantity, y) < _gap(quantity, relative)
        for y in years
    ):
        return None
    return relative


def _undated_relative_year(
    ctx: DocumentContext, sentence: Sentence, years: list[YearMention], relative: PhraseMatch
) -> int | None:
    """The year a relative year that dates a count names on a page without a date: "last year"
    the year the page reports on ("this year" the one after); ``None`` where the page does not
    say which."""
    reported = _reported_year(ctx, sentence, years)
    return reported + 1 + relative.label if reported is not None else None


def _gap(quantity: Quantity, other: YearMention | PhraseMatch) -> int:
    """How many characters stand between a count and a year told before or after it."""
    return other.start - quantity.end if other.start >= quantity.end else quantity.start - other.end


def _reported_year(ctx: DocumentContext, sentence: Sentence, years: list[YearMention]) -> int | None:
    """The year "last year" names on a page without a date. "4,120 last year, up from 3,050 in
    2021": the year after the one a figure is compared with. Else the year the page itself
    places it in (``_page_placed_year``), else the latest year the page stamps a figure with;
    either unless the sentence stamps its other figures with that year or a later one:
    "48,300 in 2014 and 96,120 last year" names a year after 2014, which one the page does
    not say."""
    compared = [
        year
        for quantity in ctx.quantities(sentence)
        if ctx.language.is_baseline(ctx, sentence, quantity)
        and (year := _year_of_figure(ctx, sentence, quantity, years)) is not None
        and not _distant_base(ctx, sentence, quantity)
    ]
    if compared:
        return max(compared) + 1
    placed = ctx.per_document("page_placed_year", lambda: _page_placed_year(ctx))
    latest = (
        placed
        if placed is not None
        else ctx.per_document("latest_counted_year", lambda: _latest_counted_year(ctx))
    )
    own = [y.year for y in years if not y.relative and _stamps_a_figure(ctx, sentence, y)]
    return latest if latest is not None and all(latest > year for year in own) else None


def _page_placed_year(ctx: DocumentContext) -> int | None:
    """The year "last year" names on a page without a date where the page itself says which:
    the figure of a sentence of "last year" told again with its year ("1.08 million last
    year", then "reached 1.08 million in 2024"), or the year of the statistics such a sentence
    cites ("According to the 2024 Statistical Report, 1,084,392 patients came last year"), or
    the year the page names an occasion by that it calls this year's ("this year's mission" and
    "the 2025 Hanbit Hospital Medical Mission": this year is 2025, last year 2024). Surer than
    the latest year the page stamps a figure with, which a figure of the year before may be.
    ``None`` where the page tells none, or several years."""
    past = [s for s in ctx.body_sentences if _last_year_at(ctx, s) is not None]
    told = (_restated_years(ctx, past) or _report_years(ctx, past)) if past else set()
    if not told:
        told = {year - 1 for year in _occasion_years(ctx)}
    return told.pop() if len(told) == 1 else None


def _last_year_at(ctx: DocumentContext, sentence: Sentence) -> PhraseMatch | None:
    """Where a sentence says "last year" (a year relative to the page, one before it)."""
    reported = ctx.lexicon.matcher("years", "reported")
    if not reported.contains(sentence.text):
        return None
    return next((m for m in reported.finditer(ctx.text, sentence.start, sentence.end) if m.label == -1), None)


def _restated_years(ctx: DocumentContext, past: list[Sentence]) -> set[int]:
    """The years the page stamps on a figure it also tells as last year's, in a sentence that
    names the patients (not "1,200 beds in 2012"): ``past`` are the sentences of "last year"; a
    figure of theirs counts only where "last year" is the year nearest it in its clause, so that
    the figure of the year before told beside it ("up from the previous year's 571,204") places
    nothing."""
    figures = {q.value for s in past for q in _figures_of_last_year(ctx, s)}
    if not figures:
        return set()
    starts = {s.start for s in past}
    patients = ctx.lexicon.matcher("patients", "heads")
    told: set[int] = set()
    for sentence in ctx.body_sentences:
        if sentence.start in starts or patients.search(ctx.text, sentence.start, sentence.end) is None:
            continue
        calendar = [y for y in ctx.years(sentence) if not y.relative]
        if calendar:
            told |= {
                year
                for q in ctx.quantities(sentence)
                if q.value in figures
                and _restatable(q)
                and (year := _year_read_by_language(ctx, sentence, calendar, q))
            }
    return told


def _year_read_by_language(
    ctx: DocumentContext, sentence: Sentence, years: list[YearMention], quantity: Quantity
) -> int | None:
    """The year among ``years`` that the sentence dates a count by, read in the language's
    order up to the next count (not ``_year_of_figure``, the year stamped on a compared figure)."""
    return ctx.language.count_year(ctx, sentence, years, quantity, ctx.next_count_start(sentence, quantity))


def _figures_of_last_year(ctx: DocumentContext, sentence: Sentence) -> list[Quantity]:
    """The figures of a sentence of "last year" whose clause dates them by it: no other year,
    calendar or relative, stands nearer them in the clause."""
    last = _last_year_at(ctx, sentence)
    if last is None:
        return []
    years = ctx.years(sentence)
    found = []
    for quantity in ctx.quantities(sentence):
        start, end = count_clause(ctx, sentence, quantity)
        if not _restatable(quantity) or not start <= last.start < end:
            continue
        gap = _gap(quantity, last)
        if not any(
            start <= y.start < end and y.start != last.start and _gap(quantity, y) < gap for y in years
        ):
            found.append(quantity)
    return found


def _restatable(quantity: Quantity) -> bool:
    """Whether a figure is large enough that the page telling it twice is no chance: a head
    count of at least ``RESTATED_FIGURE_MIN``, the Korean page-year reader's least figure too."""
    return not quantity.is_year and not quantity.is_measure and quantity.value >= RESTATED_FIGURE_MIN


def _report_years(ctx: DocumentContext, past: list[Sentence]) -> set[int]:
    """The years of the statistics a sentence of "last year" cites: its one calendar year,
    written right before the title of a report ("the 2024 Statistical Analysis Report", "a
    2024 report"), and not the stamp of a figure."""
    titles = ctx.lexicon.matcher("years", "report_titles")
    told: set[int] = set()
    for sentence in past:
        calendar = [y for y in ctx.years(sentence) if not y.relative]
        if len({y.year for y in calendar}) != 1 or not titles.contains(sentence.text):
            continue
        year = calendar[0]
        title = titles.search(ctx.text, year.end, min(sentence.end, year.end + REPORT_TITLE_CHARS))
        if (
            title is not None
            and not re.search(r"[,;:()]", ctx.text[year.end : title.start])
            and not _stamps_a_figure(ctx, sentence, year)
        ):
            told.add(year.year)
    return told


def _occasion_years(ctx: DocumentContext) -> set[int]:
    """The years the page names an occasion by that it also calls this year's: the noun of an
    occasion after the language's "this year's" ("this year's mission"; not "this year's total")
    among the words of a name right after a calendar year ("the 2025 Hanbit Hospital Kazakhstan
    Medical Mission"), the name not cut by a stop or a comma."""
    occasions = ctx.lexicon.matcher("years", "this_years_occasion")
    heads = _occasion_heads(ctx.lexicon)
    nouns = {
        word.group(1).lower()
        for sentence in ctx.body_sentences
        if occasions.contains(sentence.text)
        for m in occasions.finditer(ctx.text, sentence.start, sentence.end)
        if (word := _NEXT_WORD.match(ctx.text, m.end, sentence.end)) is not None
        and word.group(1).lower() in heads
    }
    if not nouns:
        return set()
    return {
        year.year
        for sentence in ctx.body_sentences
        for year in ctx.years(sentence)
        if not year.relative and nouns & _name_words_after(ctx, sentence, year)
    }


@cache
def _occasion_heads(lexicon: Lexicon) -> frozenset[str]:
    """The nouns that head the language's names of occasions ("mission" of "medical mission",
    "fair", "roadshow"): the last words of its event types."""
    return frozenset(phrase.split()[-1].lower() for phrase in lexicon.section("events")["types"])


def _name_words_after(ctx: DocumentContext, sentence: Sentence, year: YearMention) -> set[str]:
    """The words of the name a calendar year opens ("2025 Hanbit Hospital Medical Mission"), up
    to ``OCCASION_NAME_WORDS`` of them and to the first stop or comma."""
    words = []
    for word in ctx.text[year.end : sentence.end].split()[:OCCASION_NAME_WORDS]:
        bare = word.rstrip(".,;:!?)\"'’”")
        words.append(bare.lower())
        if bare != word:
            break
    return set(words)


def _year_of_figure(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, years: list[YearMention]
) -> int | None:
    """The year a compared figure is of: itself ("up from 2021") or the one stamped right after
    it ("from the 571,204 tallied in 2023")."""
    if quantity.is_year:
        return int(quantity.value)
    stamped = [
        y for y in years if not y.relative and quantity.end <= y.start <= quantity.end + YEAR_STAMP_CHARS
    ]
    return stamped[0].year if stamped else None


def _distant_base(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the text marks a figure compared with as a distant base, near it and nearer it than
    any other figure (``_around``: "a recovery to 70 percent of the pre-pandemic 2019 level", "from
    1,900 in 2019, a year before the pandemic"): the change may have taken years, so the
    figure's year does not fix the year after it."""
    bases = ctx.lexicon.matcher("years", "distant_bases")
    if not bases.contains(sentence.text):
        return False
    start, end = _around(ctx, sentence, quantity)
    # the compared figure may be a year itself ("up from pre-pandemic 2019"): it stays a candidate
    figures = [q for q in ctx.quantities(sentence) if not q.is_year or q.start == quantity.start]
    return any(
        min(figures, key=lambda q: _gap(q, mark)).start == quantity.start
        for mark in bases.finditer(ctx.text, start, end)
    )


def _latest_counted_year(ctx: DocumentContext) -> int | None:
    """The latest calendar year the page stamps a figure with ("187 countries in 2024", "In 2014,
    210 patients"), outside aims ("400,000 by 2018") and forecasts: the year "last year" names on
    a page without a date. A year told apart from any figure ("launched in 2015") dates
    something else. A figure a count is compared with ("nearly doubling from 571,204 in 2023")
    is of a year before the one the page reports on: its year counts as the year after it, and
    so does a year compared with ("more than double that in 2023")."""
    told = [
        year.year
        for sentence in ctx.body_sentences
        if _dates_figures(ctx, sentence)
        for year in ctx.years(sentence)
        if not year.relative and _stamps_a_figure(ctx, sentence, year)
    ]
    compared = [
        year + 1
        for sentence in ctx.body_sentences
        if _dates_figures(ctx, sentence)
        for quantity in ctx.quantities(sentence)
        if not quantity.is_measure
        and ctx.language.is_baseline(ctx, sentence, quantity)
        and not _counts_countries(ctx, sentence, quantity)  # "came from 187 countries in 2024"
        and (year := _year_of_figure(ctx, sentence, quantity, ctx.years(sentence))) is not None
        and not _distant_base(ctx, sentence, quantity)
    ]
    return max(told + compared, default=None)


def _counts_countries(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the figure is the number of countries the patients come from."""
    return any(
        m.start(1) <= quantity.start < m.end(1)
        for m in ctx.language.patterns.counts.n_countries.finditer(ctx.text, sentence.start, sentence.end)
    )


def _dates_figures(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the years of a sentence can date figures already counted: not those of an aim or
    a forecast."""
    return not is_goal_sentence(ctx, sentence) and not ctx.lexicon.matcher(
        "patients", "forecast_words"
    ).contains(sentence.text)


def _stamps_a_figure(ctx: DocumentContext, sentence: Sentence, year: YearMention) -> bool:
    """Whether a figure (not a year, money or a share) stands right before or after the year."""
    return any(
        not q.is_year
        and not q.is_measure
        and (0 <= year.start - q.end <= YEAR_STAMP_CHARS or 0 <= q.start - year.end <= YEAR_STAMP_CHARS)
        for q in ctx.quantities(sentence)
    )


def _per_year(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, years: list[YearMention]) -> bool:
    """ "10,000 a year" is a rate; the "a year" of "a year earlier" names a year, not a rate."""
    if _rate_prefixed(ctx, sentence, quantity):
        return True
    start, end = _around(ctx, sentence, quantity)
    clause_start, clause_end = count_clause(
        ctx, sentence, quantity
    )  # "every year since 2012, and 6,000 so far"
    start, end = max(start, clause_start), min(end, clause_end)
    # "해마다 늘었다" (grew every year): the rate qualifies the verb of change right after it
    change = ctx.lexicon.matcher("patients", "change_verbs")
    rates = ctx.lexicon.matcher("periods", "per_year")
    # "2021년 한 해 동안" (during the year 2021): a rate word right after a year is that year's stretch.
    if any(
        (m.start >= start or _opens_on_bound(ctx, sentence, m, start, clause_start))
        and not overlaps(m.start, m.end, years)
        and not _before_change(ctx, change, m.end)
        and not any(y.end <= m.start and not ctx.text[y.end : m.start].strip() for y in years)
        for m in rates.finditer(ctx.text, clause_start, end)
    ):
        return True
    # "Some 45,000 from Qatar and 80,000 from Kuwait travel for care each year": a rate
    # that closes the clause after its last count qualifies every count of a clause that
    # names no year (a year binds the count it stands with: "134,000 in 2013 and 200,000 a year")
    if any(clause_start <= y.start < clause_end for y in years):
        return False
    counts = [q for q in ctx.quantities(sentence) if clause_start <= q.start < clause_end and not q.is_year]
    last = max(q.end for q in counts) if counts else quantity.end
    tail_end = min(clause_end, last + SHARED_RATE_CHARS)
    return any(not overlaps(m.start, m.end, years) for m in rates.finditer(ctx.text, last, tail_end))


def _opens_on_bound(
    ctx: DocumentContext, sentence: Sentence, rate: PhraseMatch, start: int, clause_start: int
) -> bool:
    """ "라온치과는 1년에 2천명을": a rate word that opens on the number bounding the words read
    around a count reaches into them, unless a count stands before it in the clause, whose rate it
    is ("two million visitors a year by 2030, up from 304,500")."""
    return rate.start < start < rate.end and not any(
        clause_start <= q.end <= rate.start and not q.is_measure and not q.is_year
        for q in ctx.quantities(sentence)
    )


def _rate_prefixed(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "연 2천여 명": a word of rate the language writes as the word right before the count, too
    short to be looked for anywhere else in the clause."""
    prefixes = ctx.lexicon.section("periods")["rate_prefixes"]
    if not prefixes:
        return False
    before = ctx.text[max(sentence.start, quantity.start - RATE_PREFIX_CHARS) : quantity.start]
    words = before.split()
    return before[-1:].isspace() and bool(words) and words[-1] in prefixes


def _before_change(ctx: DocumentContext, change: PhraseMatcher, position: int) -> bool:
    """Whether a verb of change is the next word after ``position``, or the word after an
    adverb of degree of the language's ("매년 크게 증가해": the rate still qualifies the change)."""
    start = ctx.next_word_start(position, MAX_VERB_CHARS)
    adverb = ctx.lexicon.matcher("periods", "change_adverbs").match(ctx.text, start)
    if adverb is not None and adverb.start == start:
        start = ctx.next_word_start(adverb.end, MAX_VERB_CHARS)
    verb = change.search(ctx.text, start, start + MAX_VERB_CHARS)
    return verb is not None and verb.start == start


def _year_right_before(ctx: DocumentContext, years: list[YearMention], quantity: Quantity) -> bool:
    """Whether a year is written right before the count, naming its year: "2017년부터 늘어 2019년
    1만9748명까지" counts 2019, not a running total from 2017."""
    return any(
        not y.relative and y.end <= quantity.start and not ctx.text[y.end : quantity.start].strip()
        for y in years
    )


def _year_stamped_after(ctx: DocumentContext, years: list[YearMention], quantity: Quantity) -> bool:
    """Whether a calendar year stamped right after the count dates it ("Since then, the number
    has recovered to 45,300 in 2021", "91,000 came in 2021"): the cue of accumulation then tells
    when the recovery began, and the count is the year's."""
    stamps = ctx.lexicon.matcher("patients", "year_stamps")
    for year in years:
        if year.relative or year.start < quantity.end:
            continue
        stamp = stamps.match(ctx.text, quantity.end + 1, year.start)
        if ctx.text[quantity.end : quantity.end + 1].isspace() and stamp is not None:
            return not ctx.text[stamp.end : year.start].strip()
        # "91,000 came in 2021", "91,000 foreign patients arriving in 2021": the count's noun and
        # verb may stand between, a few words with no clause's end among them; a "since" among
        # them dates the event the total runs from ("3,200 patients since opening in 2016")
        between = ctx.text[quantity.end : year.start]
        words = between.split()
        since = ctx.lexicon.matcher("periods", "since_clauses").search(ctx.text, quantity.end, year.start)
        return (
            1 < len(words) <= STAMPED_AFTER_WORDS
            and not re.search(r"[,;:()]", between)
            and since is None
            and words[-1].lower() in ctx.lexicon.lowered_words("patients", "year_stamps")
        )
    return False


def _cumulative(ctx: DocumentContext, start: int, end: int) -> bool:
    """A cue of accumulation in the clause ("since 2011", "so far"), unless the "since" only
    compares ("for the first time since the data began", "the highest figure since 2009"), or
    the comparison follows it ("지금까지 최대 실적": the highest so far)."""
    comparisons = ctx.lexicon.matcher("periods", "comparisons")
    after = ctx.lexicon.matcher("periods", "comparisons_after")
    return any(
        not comparisons.contains(" ".join(ctx.text[start : m.start].split()[-COMPARISON_WORDS:]))
        and not after.contains(" ".join(ctx.text[m.end : end].split()[:COMPARISON_WORDS]))
        for m in ctx.lexicon.matcher("periods", "cumulative").finditer(ctx.text, start, end)
    )


def _page_year_running(
    ctx: DocumentContext, years: list[YearMention], start: int, end: int, first: int | None
) -> int | None:
    """The page's year, where a running total runs within it: it starts in that year ("so far
    in 2022" on a 2022 page) or its clause names that year relative to the page ("so far this
    year", "year to date"); ``None`` for a total over years, or on a page without a date."""
    if ctx.published is None:
        return None
    current = ctx.published.year
    if first == current or any(y.relative and y.year == current and start <= y.start < end for y in years):
        return current
    return None


def _cumulative_start(
    ctx: DocumentContext, years: list[YearMention], start: int, end: int, quantity: Quantity
) -> int | None:
    """The year a running total starts: the one right after its cue ("have visited Korea since
    2009"), else the first year told before the count ("Since 2009, 3.3 million ...")."""
    explicit = [y for y in years if not y.relative]
    for cue in ctx.lexicon.matcher("periods", "cumulative").finditer(ctx.text, start, end):
        after = [y for y in explicit if y.start >= cue.end and not ctx.text[cue.end : y.start].strip()]
        if after:
            return after[0].year
    for cue in ctx.lexicon.matcher("periods", "since_clauses").finditer(ctx.text, start, end):
        # "since the referral agreement was signed in 2011": the year of the event it names
        told = [
            y
            for y in explicit
            if cue.end <= y.start <= cue.end + SINCE_CLAUSE_CHARS
            and not re.search(r"[,;]", ctx.text[cue.end : y.start])
        ]
        if told:
            return told[0].year
    before = [y for y in explicit if y.start < quantity.start]
    return before[0].year if before else None


def _around(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[int, int]:
    """The span of text about one number, up to its neighbours: "a year" there qualifies it alone."""
    others = [q for q in ctx.quantities(sentence) if q.start != quantity.start and not q.is_year]
    start = max(
        [
            sentence.start,
            quantity.start - PERIOD_WINDOW_CHARS,
            *(q.end for q in others if q.end <= quantity.start),
        ]
    )
    end = min(
        [
            sentence.end,
            quantity.end + PERIOD_WINDOW_CHARS,
            *(q.start for q in others if q.start >= quantity.end),
        ]
    )
    return start, end


def _year_range(ctx: DocumentContext, years: list[YearMention]) -> tuple[YearMention, YearMention] | None:
    """ "from 2014 to 2016", "between 2014 and 2016", "2014-2016": a span of whole years."""
    joiner = ctx.language.patterns.counts.year_range_joint
    for first, last in pairwise(years):
        if first.relative or last.relative or first.year >= last.year:
            continue
        if joiner.match(ctx.text[first.end : last.start]):
            return first, last
    return None


def each_year_of_a_span(ctx: DocumentContext, years: list[YearMention]) -> list[int] | None:
    """Every year a span of whole years covers ("2014~2016년": 2014, 2015, 2016); ``None``
    where the years form no span."""
    span = _year_range(ctx, years)
    return list(range(span[0].year, span[1].year + 1)) if span is not None else None


def _range_to_relative_year(
    ctx: DocumentContext, years: list[YearMention]
) -> tuple[YearMention, YearMention] | None:
    """ "2016년부터 지난해까지", "from 2016 to last year": a span from a calendar year up to one
    told relative to the page, that is up to the latest figures: a running total with both
    bounds, not a range of years told apart."""
    joiner = ctx.language.patterns.counts.year_range_joint
    for first, last in pairwise(years):
        if first.relative or not last.relative or (last.year and first.year >= last.year):
            continue
        if joiner.match(ctx.text[first.end : last.start]):
            return first, last
    return None


def _relative_end(last: YearMention) -> date | None:
    """The last day of a relative year, unknown (``None``) on a page without a date."""
    return date(last.year, 12, 31) if last.year else None


def _span_of_another_figure(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, span: tuple[YearMention, YearMention]
) -> bool:
    """Whether another figure stands between the count and a span of years told after it, which
    then dates that figure: "48,210 medical tourists came to Korea in 2016, rising at an annual
    9.8% during 2010-2016" counts 2016; "1,200 foreign patients, and 4,200 between 2015 and
    2019". A span told first ("2016년부터 2018년까지 지난 3년간 … 1만 73명") opens the
    sentence for all its counts."""
    first, _ = span
    return first.start >= quantity.end and any(
        not q.is_year and q.start != quantity.start and quantity.end <= q.start and q.end <= first.start
        for q in ctx.quantities(sentence)
    )
