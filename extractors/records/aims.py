"""Whether a sentence states an aim, and the year it is due: read by the target and the patient-count builders alike
(a goal sentence's figures are aims, not counts).
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.spans import overlaps
from extractors.text.sentences import Sentence
from models import Metric

YEAR_AFTER_FIGURE_WORDS = 5  # "141 at the end of last year"
METRIC_WINDOW_CHARS = 60  # where a figure's metric noun may stand after it
METRIC_WORDS_AFTER = 3  # "800,000 more foreign patients": words before the metric noun
# what parts two items of an aim's sentence ("2026년까지 2만명, 2030년까지 4만명"; "wants 500,000
# by 2022; it received 310,000"): a comma or a semicolon, in every language; the one definition
# the aim, metric and goal readers ask
ITEM_BREAK = re.compile(r"[,;]")


def facts_before_aim(ctx: DocumentContext, sentence: Sentence) -> list[Quantity]:
    """``_facts_before_aim``, read once a sentence: the goal, count and due-year readers all ask."""
    return ctx.per_sentence("facts_before_aim", sentence, lambda: _facts_before_aim(ctx, sentence))


def _facts_before_aim(ctx: DocumentContext, sentence: Sentence) -> list[Quantity]:
    """Figures told before the aim of a goal sentence when the aim has figures of its own:
    "saw 300 patients in 2018 and plans to treat 500 by 2020" (300 is a fact, not a goal). The
    aim begins where the language says, or at the first figure a goal noun names."""
    cue = _first_goal_cue(ctx, sentence)
    if cue is None:
        return []
    figures = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure]
    if not figures:
        return []  # whatever follows keeps no figure: the aim's start is not read
    aim_start = _aim_start(ctx, sentence, cue)
    # "9만8214명으로 정부 목표치인 9만명을 넘어섰다", "treated 8,400, exceeding its goal of
    # 8,000": where the goal noun names its figure, the figures told before it are what happened
    named = [q.start for q in figures if _named_by_goal_noun(ctx, sentence, q)]
    aim_start = max(aim_start, min(named, default=aim_start))
    facts = [q for q in figures if q.start < aim_start or _told_after_aim(ctx, sentence, aim_start, q)]
    # "60,201 travellers came in 2009, when the law was revised to let hospitals attract them":
    # an aim with no figure of its own after it leaves every figure told before it a fact
    if _figures_all_told_before(ctx, sentence, cue):
        return figures
    return facts if len(facts) < len(figures) else []


def _told_after_aim(ctx: DocumentContext, sentence: Sentence, aim_start: int, figure: Quantity) -> bool:
    """ "Seoul wants 500,000 by 2022; it received 310,000 in 2018", "..., nearly double the
    420,000 of 2018", "...; last year it treated 11,000": a figure past a break after the aim,
    dated by a year of its own (right after it, or told in its clause before it) that is not a
    due year (neither the aim's nor one ahead written as due: "to 50 by the end of 2023"), tells
    what happened. With no due year written, a year before the publication's is past."""
    if ITEM_BREAK.search(ctx.text, aim_start, figure.start) is None:
        return False
    # the figure's clause begins at a clause's comma, not a number's ("from 5,600 last year to
    # 10,000"); with none, no year told before the figure is its own
    breaks = list(re.finditer(r";|,(?!\d)", ctx.text[aim_start : figure.start]))
    clause_start = aim_start + breaks[-1].end() if breaks else figure.start + 1
    if breaks and _outcome_told(ctx, sentence, clause_start):
        return True  # "aimed for 600,000 in 2020, but only 420,000 came": what came of the aim
    if breaks and _outcome_of_named_goal(ctx, sentence, clause_start):
        return True  # "fell short of its target of 30,000, welcoming 26,500"
    years = [y for y in ctx.years(sentence) if not y.relative or y.start >= clause_start]
    due = [
        y.year
        for y in years
        if ctx.language.is_due_year(ctx.text, y, sentence.start) and not year_of(ctx, figure, y)
    ]
    now = max(due) if due else (ctx.published.year if ctx.published is not None else 0)
    # "..., expanding visa agencies to 50 by the end of 2023": a year of its own told as due
    # is a second aim's, not a fact's
    return any(
        (year_of(ctx, figure, y) or _clause_year(ctx, clause_start, figure, y))
        and y.year < now
        and not (
            ctx.language.is_due_year(ctx.text, y, sentence.start)
            and (ctx.published is None or y.year >= ctx.published.year)
        )
        for y in years
    )


def _outcome_told(ctx: DocumentContext, sentence: Sentence, clause_start: int) -> bool:
    """Whether the clause opening at ``clause_start`` tells the outcome set against the aim
    ("but only 420,000 came", "420,000 actually arrived", "the actual number was 420,000")."""
    clause_end = re.search(r"[;,](?!\d)", ctx.text[clause_start : sentence.end])
    end = clause_start + clause_end.start() if clause_end else sentence.end
    return ctx.lexicon.matcher("goals", "outcome_words").search(ctx.text, clause_start, end) is not None


def _outcome_of_named_goal(ctx: DocumentContext, sentence: Sentence, clause_start: int) -> bool:
    """ "fell short of its target of 30,000 in 2018, welcoming 26,500", "beat its goal of 20,000,
    drawing 23,000": a clause opening with a participle of receiving, after a figure the goal
    noun names (the goal reported), tells what came of it."""
    participles = ctx.lexicon.matcher("goals", "outcome_participles")
    clause = ctx.text[clause_start : sentence.end]
    if participles.match(ctx.text, clause_start + len(clause) - len(clause.lstrip()), sentence.end) is None:
        return False
    return any(
        q.end <= clause_start and _named_by_goal_noun(ctx, sentence, q) for q in ctx.quantities(sentence)
    )


def _clause_year(ctx: DocumentContext, clause_start: int, figure: Quantity, year: YearMention) -> bool:
    """ "; last year it treated 11,000", ", while in 2018 it saw 11,000": a year told in the
    figure's own clause before it, with no other figure between them."""
    return (
        clause_start <= year.start
        and year.end <= figure.start
        and not re.search(r"\d", ctx.text[year.end : figure.start])
    )


def is_goal_sentence(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence states an aim with a due year (its figures are goals, not counts).
    An aim is due at the earliest in the year of publication: a year already past tells what
    happened ("allowed hospitals to attract foreign patients in 2009"), not what is aimed at."""
    return ctx.per_sentence("is_goal", sentence, lambda: _states_an_aim(ctx, sentence))


def _states_an_aim(ctx: DocumentContext, sentence: Sentence) -> bool:
    # "is expected to reach 180,000 this year": a forecast, not an aim anyone set
    cues = _goal_cues(ctx, sentence)
    # "expects arrivals to grow to 30,000": the cues inside a clause that is expected foresee too
    # (read only where there is a cue: two sentences in three have none)
    foreseen = expected_clauses(ctx, sentence) if cues else []
    cue = next(
        (
            c
            for c in cues
            if not ctx.follows("goals", "forecast_leads", sentence, c.start)
            and not any(start <= c.start < end for start, end in foreseen)
            # "the study projects that Gangwon will attract ...": inside a clause of forecasting
            and ctx.lexicon.matcher("goals", "forecast_clauses").search(ctx.text, sentence.start, c.start)
            is None
        ),
        None,
    )
    if cue is None:
        return (
            _continues_an_aim(ctx, sentence)
            or _answers_an_aim(ctx, sentence)
            or named_a_goal_after(ctx, sentence, ctx.body_sentence_after(sentence))
        )
    if _figures_all_told_before(ctx, sentence, cue):
        return False
    # "If there is a need, the number will be increased to 40": what is done on a condition is
    # supposed, not aimed at
    if ctx.lexicon.matcher("patients", "conditional_openers").match(ctx.text, sentence.start) is not None:
        return False
    if attributive_year(ctx, sentence) is not None or any(
        _named_by_goal_noun(ctx, sentence, q) for q in ctx.quantities(sentence)
    ):
        return True  # "reached its 2018 target of 20,000", "exceeded its goal of 12,000": met or not
    due = due_year(ctx, sentence, None)
    if due is not None:
        # a year already past tells what happened, unless a commitment was made for it that
        # the figure follows ("had promised 8,000 foreign patients by 2018")
        return (
            ctx.published is None
            or due >= ctx.published.year
            or (
                ctx.lexicon.matcher("goals", "commitment_cues").match(ctx.text, cue.start, sentence.end)
                is not None
                and any(q.start > cue.end and not q.is_year for q in ctx.quantities(sentence))
            )
        )
    if _year_ahead_unplaced(ctx, sentence):
        return True  # "This year it aims to attract 12,500" on a page without a date
    if ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text):
        return True
    if ctx.lexicon.matcher("goals", "undated_cues").contains(sentence.text):
        return True  # "외국인환자 3만명 시대를 열겠다": an aim that needs no year to be one
    return _aims_without_due_year(ctx, sentence, cue)


def _year_ahead_unplaced(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "This year it aims to attract 12,500", "시는 내년 3만명까지 늘린다": on a page without a
    date, a year relative to the page that is not past ("this year", "next year") is an aim's
    due year that the page leaves unplaced. It makes the sentence an aim as the year it names
    would on a dated page (a due year not yet past); which year that is stays unknown. A
    relative year the page's own figures place is read as a year (``due_year``) before this."""
    if ctx.published is not None:
        return False
    ahead = _years_ahead(ctx, sentence)
    if not ahead:
        return False
    placed = {y.start for y in ctx.years(sentence)}
    return any(m.start not in placed for m in ahead)


def _years_ahead(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """The years relative to the page a sentence names that are not past ("this year", "next
    year"; the list labels a past one below zero). The phrase list is asked first: most
    sentences hold none."""
    relative = ctx.lexicon.matcher("years", "relative")
    if not relative.contains(sentence.text):
        return []
    return [m for m in relative.finditer(ctx.text, sentence.start, sentence.end) if m.label >= 0]


def _continues_an_aim(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "Another plan is to raise the count of partner agencies. The count will grow
    from 27 last year to 50 this year.": a verb of growing in the future gives the figures of an
    aim the sentence before stated without any; alone ("Arrivals will grow to 500,000") it
    forecasts."""
    # the numbers first: the count builder has read them in every sentence already, and a
    # sentence with none needs no scan for the verbs
    figures = [q for q in ctx.quantities(sentence) if not q.is_year]
    if not figures:
        return False
    grows = ctx.lexicon.matcher("goals", "carried_aim_verbs").search(ctx.text, sentence.start, sentence.end)
    if grows is None or not any(q.start > grows.end and can_be_aimed_at(ctx, sentence, q) for q in figures):
        return False
    previous = ctx.body_sentence_before(sentence)
    if previous is None:
        return False
    cue = _first_goal_cue(ctx, previous)
    return (
        cue is not None
        and ctx.lexicon.matcher("goals", "metrics").search(ctx.text, cue.end, previous.end) is not None
        and not any(can_be_aimed_at(ctx, previous, q) for q in ctx.quantities(previous))
    )


QUESTION_WORDS = 4  # "The city's bold target?": a goal noun and its determiners asked alone


def _answers_an_aim(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "The goal? 12,000 foreign patients by 2026.": a question that is
    only a goal noun is answered by the sentence after it, whose figures are the aim's; so is a
    goal announced without its figure ("… 유치 목표를 발표했다. 외국인 환자 1천200명이다.")."""
    figures = [q for q in ctx.quantities(sentence) if not q.is_year]
    if not figures:
        return False  # no figure to be the aim's: the sentence before is not read
    previous = ctx.body_sentence_before(sentence)
    if previous is None:
        return False
    if announced_before(ctx, sentence, previous):
        return any(can_be_aimed_at(ctx, sentence, q) for q in figures)
    asked = ctx.text[previous.start : previous.end].rstrip()
    if not asked.endswith("?") or len(asked.split()) > QUESTION_WORDS:
        return False
    noun = ctx.lexicon.matcher("goals", "goal_nouns").search(ctx.text, previous.start, previous.end)
    return (
        noun is not None
        and not ctx.text[noun.end : previous.end].strip(" ?")
        and any(can_be_aimed_at(ctx, sentence, q) for q in figures)
    )


ANSWER_WORDS = 6  # "외국인 환자 1천200명이다.": a short sentence that only gives the figure


def announced_before(ctx: DocumentContext, sentence: Sentence, previous: Sentence | None) -> bool:
    """Whether ``previous`` announces a goal without its figure and ``sentence`` is short enough
    to be only that figure ("구미시가 올해 유치 목표를 발표했다. 외국인 환자 1천200명이다."), or
    only those figures where it gives several ("… 두 가지 목표를 세웠다. 외국인 환자 1만명 유치와
    의료관광 수입 300억원 달성이다."): as many words for each figure as for one."""
    if previous is None:
        return False
    figures = sum(not q.is_year for q in ctx.quantities(sentence))
    if len(sentence.text.split()) > ANSWER_WORDS * max(1, figures):
        return False
    if not ctx.lexicon.matcher("goals", "announced_goals").contains(previous.text):
        return False
    if ctx.lexicon.matcher("goals", "baseline_cues").contains(sentence.text):
        return False  # "… 목표를 세웠다. 현재 환자는 연간 5천명 수준이다.": where the goal starts from
    return not any(not q.is_year for q in ctx.quantities(previous))


def named_a_goal_after(ctx: DocumentContext, sentence: Sentence, following: Sentence | None) -> bool:
    """ "2027년 외국인 환자 70만명. 정부가 내건 목표다.": figures told first, then a short sentence
    with no figure of its own that calls them a goal."""
    if following is None or len(following.text.split()) > ANSWER_WORDS:
        return False
    if not ctx.lexicon.matcher("goals", "goal_told_after").contains(following.text):
        return False
    if any(not q.is_year for q in ctx.quantities(following)):
        return False
    return any(not q.is_year and can_be_aimed_at(ctx, sentence, q) for q in ctx.quantities(sentence))


def _goal_cues(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """The cues of aiming in the sentence, found once: the aim test, the facts before the aim,
    the due year and the aim carried into the next sentence each read them. A plan's frame
    ("Under the plan, ...") comes after the cues of the sentence's own verbs: the aim begins at
    one of those where there is one."""
    return ctx.per_sentence("goal_cues", sentence, lambda: _cues_then_frames(ctx, sentence))


def _cues_then_frames(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    return [
        *ctx.lexicon.matcher("goals", "cues").finditer(ctx.text, sentence.start, sentence.end),
        *_cues_beside_due_year(ctx, sentence),
        *ctx.lexicon.matcher("goals", "plan_frames").finditer(ctx.text, sentence.start, sentence.end),
    ]


def _cues_beside_due_year(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """ "시는 2028년까지 외국인 환자 1만명을 유치한다": a verb in the plain present or the
    progressive states an aim beside a due year the sentence writes; alone it may tell what is
    done each year ("병원은 해마다 … 유치한다"), so its cues count only there. The phrase list is
    asked first: most sentences hold none, and their years are not read."""
    cues = ctx.lexicon.matcher("goals", "due_cues")
    if not cues.contains(sentence.text):
        return []
    due = any(ctx.language.is_due_year(ctx.text, y, sentence.start) for y in ctx.years(sentence))
    if not due and not _due_year_ahead_unplaced(ctx, sentence):
        return []
    return list(cues.finditer(ctx.text, sentence.start, sentence.end))


def _due_year_ahead_unplaced(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "올해 말까지 … 유치해 나간다" on a page without a date: a year relative to the page that
    is not past, marked as due, is a due year the page leaves unplaced (``_year_ahead_unplaced``).
    Whether it is marked as due is the language's one answer (``is_due_year``), as for any year."""
    if not _year_ahead_unplaced(ctx, sentence):
        return False
    return any(
        ctx.language.is_due_year(ctx.text, _unplaced_year(m), sentence.start)
        for m in _years_ahead(ctx, sentence)
    )


def _unplaced_year(phrase: PhraseMatch) -> YearMention:
    """A year relative to a page without a date, as a year mention for the questions asked of
    one; which year it is stays unknown (0), and only where it is written is read."""
    return YearMention(phrase.start, phrase.end, phrase.text, 0, True)


def _first_goal_cue(ctx: DocumentContext, sentence: Sentence) -> PhraseMatch | None:
    cues = _goal_cues(ctx, sentence)
    return cues[0] if cues else None


def _aim_start(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> int:
    """Where the aim after ``cue`` begins, as the language reads it; read once a cue, since the
    aim test, the facts before the aim and the due year each ask it again."""
    return ctx.per_sentence(
        "aim_start", sentence, lambda: ctx.language.aim_start(ctx, sentence, cue), about=(cue.start, cue.end)
    )


def _figures_all_told_before(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool:
    """Whether ``_all_figures_before_aim``, read once a cue: the aim test and the facts before
    the aim both ask."""
    return ctx.per_sentence(
        "figures_all_told_before",
        sentence,
        lambda: _all_figures_before_aim(ctx, sentence, cue),
        about=(cue.start, cue.end),
    )


def _all_figures_before_aim(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool:
    """ "Ulsan treated 9,000 foreign patients in 2023, beating its target", "some 8,000 came and
    the city aims to build on that": where every figure an aim could have stands before the aim
    begins (where the language says: after the cue, or at a figure it links to the goal noun),
    the aim names no figure, and those told before it are what happened. A percentage after the
    aim ("marking a 33% increase") is no figure of it."""
    figures = [q for q in ctx.quantities(sentence) if not q.is_year and can_be_aimed_at(ctx, sentence, q)]
    if not figures:
        return False  # nearly half the sentences with a cue have none: the aim's start is not read
    aim_start = _aim_start(ctx, sentence, cue)
    return all(q.end <= aim_start for q in figures)


def can_be_aimed_at(ctx: DocumentContext, sentence: Sentence, figure: Quantity) -> bool:
    """Whether a goal can be set in the figure: a head count, or a sum of money named as revenue;
    never a percentage, a time or a distance, nor a number in words that refers to things named
    before ("between the two governments")."""
    if _refers_back(ctx, sentence, figure) or per_unit(ctx, figure):
        return False
    return not figure.is_year and (
        not figure.is_measure
        or (
            Metric.REVENUE in (metric_after(ctx, sentence, figure), metric_noun_before(ctx, sentence, figure))
            and not _paid_out(ctx, sentence, figure)
        )
        or _things_counted(ctx, sentence, figure)
    )


def _things_counted(ctx: DocumentContext, sentence: Sentence, figure: Quantity) -> bool:
    """ "대상국을 5개국에서 9개국으로 넓힌다": a number of things (countries) is read as a
    measure, never a head count, yet a goal can be set in it where the noun before it names a
    goal of another kind (target countries) and a starting point before it tells a change; a
    duration or a floor after such a noun is none, and so is a plain count of the countries a
    programme has ("대상 국가는 6개국")."""
    after = len(ctx.text[figure.end : sentence.end]) - len(ctx.text[figure.end : sentence.end].lstrip())
    return (
        ctx.lexicon.matcher("events", "thing_heads").match(ctx.text, figure.end + after, sentence.end)
        is not None
        and metric_noun_before(ctx, sentence, figure) == Metric.OTHER
        and any(
            ctx.language.is_baseline(ctx, sentence, q)
            for q in ctx.quantities(sentence)
            if q.end <= figure.start and not q.is_year
        )
    )


OUTLAY_WORDS_BEFORE = 4  # "a rebate of up to 20,000 won", "a budget of 3 billion won"


def _paid_out(ctx: DocumentContext, sentence: Sentence, figure: Quantity) -> bool:
    """ "plans to spend 1.5 billion won on promotion", "a budget of 3 billion won": a sum a verb or
    noun of paying out governs, a few words before it with no other figure between, is no
    income aimed at."""
    start = max(sentence.start, figure.start - METRIC_WINDOW_CHARS)
    outlays = list(ctx.lexicon.matcher("goals", "outlays").finditer(ctx.text, start, figure.start))
    if not outlays:
        return False
    between = ctx.text[outlays[-1].end : figure.start]
    return len(between.split()) <= OUTLAY_WORDS_BEFORE and not re.search(r"[\d,;]", between)


def per_unit(ctx: DocumentContext, figure: Quantity) -> bool:
    """ "1인당 진료비가 높은 중증환자", "환자 1명당 평균 진료비": the figure is the unit a rate is told
    per (the language's mark of a denominator right after it), no number aimed at nor people
    counted, whatever noun follows."""
    return ctx.lexicon.matcher("goals", "per_unit_marks").match(ctx.text, figure.end) is not None


def _refers_back(ctx: DocumentContext, sentence: Sentence, figure: Quantity) -> bool:
    spelled = not any(c.isdigit() for c in ctx.text[figure.start : figure.end])
    return spelled and ctx.follows("goals", "reference_determiners", sentence, figure.start)


def metric_after(ctx: DocumentContext, sentence: Sentence, figure: Quantity) -> Metric | None:
    """ "800,000 foreign patients", "1 trillion won": the metric named in the few words after a
    figure; a generic noun of people ("20,000 people") only in a sentence about care, and not
    before the noun it is a number of ("10 persons of doctors"). The words are read up to the
    sentence's end: a noun opening the next sentence names no figure of this one ("홍보센터를
    8곳으로 늘린다. 외국인 환자 ...")."""
    window = ctx.text[figure.end : min(figure.end + METRIC_WINDOW_CHARS, sentence.end)]
    match = ctx.lexicon.matcher("goals", "metrics").search(window)
    if match is None and ctx.lexicon.matcher("markets", "care_context").search(
        ctx.text, sentence.start, sentence.end
    ):
        match = ctx.lexicon.matcher("goals", "generic_metrics").search(window)
        # "10 persons of Mongolian doctors": the noun after "of" is the one counted
        belonging = ctx.lexicon.section("grammar")["belonging_prepositions"]
        if match is not None and window[match.end :].split()[:1] in ([b] for b in belonging):
            match = None
    if (
        match is None
        or len(window[: match.start].split()) > METRIC_WORDS_AFTER
        or ITEM_BREAK.search(window, 0, match.start)
        # "민선 8기 목표로 의료관광 수입 2천억원": a noun right before another figure names that one
        or window[match.end :].lstrip()[:1].isdigit()
    ):
        return None
    return Metric(match.label)


def metric_noun_before(ctx: DocumentContext, sentence: Sentence, figure: Quantity) -> Metric | None:
    """ "외국인환자 70만명", "진료수입 1조원": the metric a language writes before its figure."""
    noun = ctx.language.noun_before_figure(ctx, sentence, figure, "goals", "metrics")
    return Metric(noun.label) if noun is not None else None


# ", 380,000 last year,": a comma after a word, not a figure's own ("3,000", "50, 000")
FIGURE_APPOSITION = re.compile(r"(?<!\d),\s+\d(?:[\d,.]*\d)?[^,;:]*,")


def expected_clauses(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of a sentence that someone expects ("expects arrivals to grow to 30,000"): their
    figures are forecasts, neither aims nor counts."""
    return ctx.per_sentence("expected_clauses", sentence, lambda: _expected_clauses(ctx, sentence))


def _expected_clauses(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, int]]:
    cues = ctx.lexicon.matcher("goals", "expectation_cues").finditer(ctx.text, sentence.start, sentence.end)
    return [
        span
        for c in cues
        if (end := _expected_clause_end(ctx, sentence, c)) is not None
        for span in _without_appositions(ctx, c.start, end)
    ]


def _without_appositions(ctx: DocumentContext, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of an expected clause outside its figures' appositions: "380,000 last year"
    between commas is told as a fact, not expected."""
    spans = []
    for apposition in FIGURE_APPOSITION.finditer(ctx.text, start, end):
        spans.append((start, apposition.start()))
        start = apposition.end()
    return [*spans, (start, end)]


def _expected_clause_end(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> int | None:
    """ "expects 30,000 visitors will come for care", "expects arrivals to grow to 30,000": a
    verb of expecting whose object is a clause of its own, with a modal of the future in it or
    an infinitive after its subject, forecasts (the clause ends where returned); "expects
    600,000 medical tourists a year by 2026" and "expects to attract 600,000" state the aim."""
    if not ctx.lexicon.matcher("goals", "expectation_cues").contains(cue.text):
        return None
    # "expect the number of foreign patients, 380,000 last year, to reach ...": a figure's
    # apposition between commas is no break of the clause
    rest = FIGURE_APPOSITION.sub(lambda m: " " * len(m.group()), ctx.text[cue.end : sentence.end])
    end = re.search(r"[;:]|,(?!\s?\d)", rest)  # "40,000", "50, 000": no break
    clause_end = cue.end + end.start() if end else sentence.end
    comparison = ctx.lexicon.matcher("goals", "clause_comparisons").search(ctx.text, cue.end, clause_end)
    clause_end = comparison.start if comparison is not None else clause_end
    if ctx.lexicon.matcher("goals", "clause_modals").search(ctx.text, cue.end, clause_end) is not None:
        return clause_end
    infinitive = ctx.lexicon.matcher("goals", "object_infinitives").search(ctx.text, cue.end, clause_end)
    if infinitive is not None and ctx.text[cue.end : infinitive.start].strip():
        return clause_end
    return None


def _aims_without_due_year(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool:
    """ "The province aims to attract 80,000 medical tourists a year", "the number of such
    institutions will be increased from 27 to 50", "해외 진출 병원을 15개로 확대하고 … 강화할
    계획이다": an aim at a figure of a goal's metric, due in no stated year. A figure with a year
    of its own ("treated 3,000 patients last year") tells what happened, and one told before the
    aim (where the language's aim begins), or past a break between it and the cue, is a fact."""
    counts = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure]
    if not counts or not ctx.lexicon.matcher("goals", "metrics").contains(sentence.text):
        return False  # no figure to aim at: the aim's start and the dates are not read
    years, dates = ctx.years(sentence), ctx.dates(sentence)
    aim_start = _aim_start(ctx, sentence, cue)
    figures = [
        q
        for q in counts
        if q.start >= aim_start
        and q.start != cue.start
        and (
            # the figure the language begins the aim at, before the cue ("110,000, the goal")
            (q.start == aim_start != sentence.start and q.end <= cue.start)
            or not re.search(r"[,;:()]", ctx.text[min(cue.start, q.end) : max(cue.start, q.start)])
        )  # "allowed to attract patients, came to 2.27 million"
        and not overlaps(q.start, q.end, dates)  # "held in Kazakhstan on July 9"
        and not ctx.language.is_baseline(ctx, sentence, q)
    ]
    return any(not any(year_of(ctx, q, y) for y in years) for q in figures)


def due_year(ctx: DocumentContext, sentence: Sentence, last_year: int | None) -> int | None:
    """``_due_year``, read once a sentence and goal year before it: the aim test and the goal
    reader both ask. The goal year before matters only to a sentence that refers back to it
    ("by the target year"): elsewhere any goal year before gives the answer of none, which is
    read once (the goal reader asked again for each goal year told before)."""
    if last_year is not None and not ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text):
        last_year = None
    return ctx.per_sentence(
        "due_year", sentence, lambda: _due_year(ctx, sentence, last_year), about=last_year
    )


def _due_year(ctx: DocumentContext, sentence: Sentence, last_year: int | None) -> int | None:
    """ "by 2021" -> 2021; "by the target year" -> the previous goal's year; "this year"."""
    attributive = attributive_year(ctx, sentence)
    if attributive is not None:
        return attributive
    # a sentence with no year (a quarter of those with a cue) needs none of its figures read
    years = _years_of_the_aim(ctx, sentence) if ctx.years(sentence) else []
    for year in years:
        if ctx.language.is_due_year(ctx.text, year, sentence.start):
            return year.year
    # "this year's target": a relative year, when no year is given with a preposition of due
    # "지난해보다 20% 늘어난 3만6천명": a year a figure is compared with is no aim's
    relative = [y for y in years if y.relative and not ctx.language.is_compared_year(ctx.text, y)]
    if len(relative) > 1 and (cue := _first_goal_cue(ctx, sentence)) is not None:
        # "지난해 홍보를 강화했으며 올해는 3만명 유치를 추진한다": the year of a clause told
        # before the aim is what happened then; the aim's own is the one after where it begins
        start = _aim_start(ctx, sentence, cue)
        relative = [y for y in relative if y.start >= start] or relative
    if relative:
        return relative[0].year
    # "지난해 … 12만명으로 목표치인 11만명을 넘어섰다": a goal met, of the year its facts tell
    told = [y for y in ctx.years(sentence) if y.relative]
    if told and any(_named_by_goal_noun(ctx, sentence, q) for q in ctx.quantities(sentence)):
        return told[0].year
    if last_year is not None and ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text):
        return last_year
    ahead = ctx.language.years_ahead(ctx, sentence)  # "within five years"
    if ahead is not None and ctx.published is not None:
        return ctx.published.year + ahead
    return None


def _years_of_the_aim(ctx: DocumentContext, sentence: Sentence) -> list[YearMention]:
    """The years of a sentence that can date its aim: not those of the facts told before the aim,
    nor those of its baselines."""
    facts = facts_before_aim(ctx, sentence)
    # "from 4,000 in 2018 to 9,000 by 2022": the baseline's year is not the due year
    baselines = [q for q in ctx.quantities(sentence) if ctx.language.is_baseline(ctx, sentence, q)] + facts
    cue = _first_goal_cue(ctx, sentence)
    # read only where a fact can be dated by it (below)
    aim_start = _aim_start(ctx, sentence, cue) if cue is not None and facts else sentence.start
    # "Last year it treated 300 patients; this year it aims at 500": the years of the facts told
    # before the aim are theirs
    aims = [q.start for q in ctx.quantities(sentence) if not q.is_year and q not in facts]
    facts_end = max(
        (f.start for f in facts if f.start < min(aims, default=sentence.end)), default=sentence.start
    )

    def dates(figure: Quantity, year: YearMention) -> bool:
        """ "from 4,000 in 2018", "지난해 3만명에서": a year of the figure. A figure has one: one
        dated before it ("2024년 2만명이던 … 2028년까지") has none after it, and a fact told before
        the aim has none in the aim ("유치했다며 올해는 3만명"); a year marked as due dates none
        ("현재 2,800명 수준인 관광객을 2014년까지 2만명으로")."""
        if dates_before(ctx, year, figure):
            return True
        if ctx.language.patterns.targets.due_after_year.match(ctx.text, year.end) is not None:
            return False
        return (
            year_of(ctx, figure, year)
            and not any(dates_before(ctx, y, figure) for y in ctx.years(sentence))
            and (figure not in facts or (year.start < aim_start) == (figure.start < aim_start))
        )

    return [y for y in ctx.years(sentence) if y.end > facts_end and not any(dates(b, y) for b in baselines)]


def _named_by_goal_noun(ctx: DocumentContext, sentence: Sentence, figure: Quantity) -> bool:
    """Whether a goal noun names the figure, met or not: right before it ("its goal of 12,000",
    "목표치인 9만명") or right after it ("1만5천명 유치 목표를 달성했다")."""
    return (
        ctx.follows("goals", "figure_nouns", sentence, figure.start)
        or ctx.lexicon.matcher("goals", "figure_nouns_after").match(ctx.text, figure.end) is not None
    )


def attributive_year(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "its 2018 target of 20,000", "the 2017 goal": a year written as the goal noun's attribute
    is the year the goal was due (read once a sentence: the aim test and the due year ask)."""
    return ctx.per_sentence("attributive_year", sentence, lambda: _attributive_year(ctx, sentence))


def _attributive_year(ctx: DocumentContext, sentence: Sentence) -> int | None:
    cues = ctx.lexicon.matcher("goals", "cues")
    for year in ctx.years(sentence):
        cue = cues.search(ctx.text, year.end, sentence.end)
        if not year.relative and cue is not None and not ctx.text[year.end : cue.start].strip():
            return year.year
    return None


def year_of(ctx: DocumentContext, figure: Quantity, year: YearMention) -> bool:
    """Whether the year stands right after the figure ("4,000 in 2018", "18,500 last year"),
    and does not own the figure after it ("현재 3만명 수준인 외국인 환자를 2028년 6만명으로":
    2028 is the second figure's)."""
    if year.start < figure.end:
        return False
    owned = ctx.language.patterns.targets.possessive_joint.match(ctx.text, year.end)
    if owned is not None and ctx.text[owned.end() : owned.end() + 1].isdigit():
        return False
    between = ctx.text[figure.end : year.start]
    return len(between.split()) <= YEAR_AFTER_FIGURE_WORDS and not re.search(r"[,;\d]", between)


def dates_before(ctx: DocumentContext, year: YearMention, figure: Quantity) -> bool:
    """Whether the year owns the figure right after it: "last year's 2,500", "지난해 3만명에서"."""
    return (
        year.end <= figure.start
        and ctx.language.patterns.targets.possessive_joint.fullmatch(ctx.text, year.end, figure.start)
        is not None
    )
