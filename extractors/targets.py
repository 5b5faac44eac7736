"""Goals ("800-thousand foreign patients by 2021") and target markets ("targeting Sakhalin").

A goal is a figure in a sentence that states an aim and gives it a due year. A market is a
foreign place named after a cue of aiming ("targeting", "pioneer new regions such as", "an
advance base into"); the countries patients merely come from are not markets.
"""

import re
from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

from extractors.context import DocumentContext
from extractors.dates import YearMention
from extractors.lexicon import CaselessPattern, Lexicon, phrase_alternation
from extractors.numbers import Quantity, is_bare
from extractors.places import Place, PlaceKind, PlaceName
from extractors.sentences import Sentence
from models import Metric, RecordKind, TargetKind

YEAR_AFTER_FIGURE_WORDS = 5  # "141 at the end of last year"
BASELINE_SENTENCES_BEFORE = 2  # how far back a goal's baseline may have been told
MARKET_SCOPE_CHARS = 160  # how far after a market cue its places may stand
DUE_PHRASE_CHARS = 24  # room before a year for its due phrase: "through the end of 2026"


def facts_before_aim(ctx: DocumentContext, sentence: Sentence) -> list[Quantity]:
    """Figures told before the aim of a goal sentence when the aim has figures of its own:
    "saw 300 patients in 2018 and plans to treat 500 by 2020" (300 is a fact, not a goal)."""
    cue = ctx.lexicon.matcher("goals", "cues").search(ctx.text, sentence.start, sentence.end)
    if cue is None:
        return []
    figures = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure]
    before = [q for q in figures if q.start < cue.start]
    return before if len(before) < len(figures) else []


def is_goal_sentence(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence states an aim with a due year (its figures are goals, not counts).
    An aim is due at the earliest in the year of publication: a year already past tells what
    happened ("allowed hospitals to attract foreign patients in 2009"), not what is aimed at."""
    return ctx.per_sentence("is_goal", sentence, lambda: _states_an_aim(ctx, sentence))


def _states_an_aim(ctx: DocumentContext, sentence: Sentence) -> bool:
    if not ctx.lexicon.matcher("goals", "cues").contains(sentence.text):
        return False
    due = _due_year(ctx, sentence, None)
    if due is not None:
        return ctx.published is None or due >= ctx.published.year
    return ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text)


def extract_targets(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    return _goals(ctx) + _markets(ctx)


def _goals(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    found = []
    last_year: int | None = None
    last_actor: str | None = None
    body = ctx.body_sentences
    for position, sentence in enumerate(body):
        if not is_goal_sentence(ctx, sentence):
            continue
        year = _due_year(ctx, sentence, last_year)
        cue = ctx.lexicon.matcher("goals", "cues").search(ctx.text, sentence.start, sentence.end)
        actor = (
            (ctx.actor(sentence, cue.start) if cue else None)
            or _actor(ctx, sentence)
            or last_actor
            or ctx.main_actor
        )
        figures = [q for q in ctx.quantities(sentence) if not q.is_year]
        baselines = [q for q in figures if ctx.follows("goals", "baseline_prepositions", sentence, q.start)]
        facts = facts_before_aim(ctx, sentence)
        for quantity in figures:
            if quantity in baselines or (quantity.is_measure and _metric(ctx, quantity) != Metric.REVENUE):
                continue
            if quantity in facts:
                continue
            metric = _metric(ctx, quantity) or _metric_before(ctx, sentence, quantity)
            if metric is None:
                continue
            due = _own_due_year(ctx, sentence, quantity, figures) or year
            aim = Aim(metric, quantity.value, due)
            baseline = (
                _baseline_in(ctx, sentence, quantity, baselines)
                or _dated_figure(ctx, sentence, reversed(facts), aim)
                or _baseline(
                    ctx, [s for s in body[position + 1 : position + 3] if not is_goal_sentence(ctx, s)]
                )
                or _baseline_told_before(
                    ctx, body[max(0, position - BASELINE_SENTENCES_BEFORE) : position], aim
                )
            )
            evidence = ctx.evidence(sentence)
            found.append(
                (
                    RecordKind.TARGET,
                    {
                        "evidence": evidence.text,
                        "span_start": evidence.start,
                        "span_end": evidence.end,
                        "confidence": 0.75,
                        "kind": TargetKind.GOAL,
                        "actor": actor,
                        "metric": metric,
                        "value": quantity.value,
                        "qualifier": quantity.qualifier,
                        "target_year": due,
                        "baseline_value": baseline[0] if baseline else None,
                        "baseline_year": baseline[1] if baseline else None,
                    },
                )
            )
        last_year, last_actor = year, actor
    return found


def _due_year(ctx: DocumentContext, sentence: Sentence, last_year: int | None) -> int | None:
    """ "by 2021" -> 2021; "by the target year" -> the previous goal's year; "this year"."""
    baselines = [
        q
        for q in ctx.quantities(sentence)
        if ctx.follows("goals", "baseline_prepositions", sentence, q.start)
    ] + facts_before_aim(ctx, sentence)
    # "from 4,000 in 2018 to 9,000 by 2022": the baseline's year is not the due year
    years = [y for y in ctx.years(sentence) if not any(_year_of(ctx, b, y) for b in baselines)]
    for year in years:
        before = ctx.text[max(sentence.start, year.start - DUE_PHRASE_CHARS) : year.start].lower()
        if _due_before(ctx.lexicon).search(before):
            return year.year
    # "this year's target": a relative year, when no year is given with a preposition of due
    relative = [y for y in years if y.relative]
    if relative:
        return relative[0].year
    if last_year is not None and ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text):
        return last_year
    return None


@cache
def _due_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A preposition of due at the end of lowered text before a year: "by ", "by the end of "."""
    due, period_end = (lexicon.alternation("goals", key) for key in ("due_prepositions", "due_period_ends"))
    return re.compile(rf"\b{due}\s+(?:{period_end}\s+)?$")


def _own_due_year(
    ctx: DocumentContext, sentence: Sentence, figure: Quantity, figures: list[Quantity]
) -> int | None:
    """ "700,000 foreign patients this year and 1 million a year by 2027": where a sentence
    sets several goals, each is due in the year told between it and the next figure, or in a
    relative year told between the figure before and it ("The target of this year is 200,000,
    and ... 1 million by 2020")."""
    following = [q.start for q in figures if q.start > figure.end]
    end = min([sentence.end, *following])
    for year in ctx.years(sentence):
        if not (figure.end <= year.start < end):
            continue
        before = ctx.text[max(sentence.start, year.start - DUE_PHRASE_CHARS) : year.start].lower()
        if year.relative or _due_before(ctx.lexicon).search(before):
            return year.year
    start = max([sentence.start, *(q.end for q in figures if q.end <= figure.start)])
    told_before = [
        y for y in ctx.years(sentence) if start <= y.start and y.end <= figure.start and y.relative
    ]
    return told_before[-1].year if told_before else None


def _year_of(ctx: DocumentContext, figure: Quantity, year: YearMention) -> bool:
    """Whether the year stands right after the figure ("4,000 in 2018", "18,500 last year")."""
    if year.start < figure.end:
        return False
    between = ctx.text[figure.end : year.start]
    return len(between.split()) <= YEAR_AFTER_FIGURE_WORDS and not re.search(r"[,;\d]", between)


def _possessive_of(ctx: DocumentContext, year: YearMention, figure: Quantity) -> bool:
    """Whether the year owns the figure: "last year's 2,500"."""
    return (
        year.end <= figure.start
        and re.fullmatch(r"\s*['’]s\s*", ctx.text[year.end : figure.start]) is not None
    )


def _metric(ctx: DocumentContext, quantity: Quantity) -> Metric | None:
    window = ctx.text[quantity.end : quantity.end + 60]
    match = ctx.lexicon.matcher("goals", "metrics").search(window)
    if match is None or len(window[: match.start].split()) > 3 or re.search(r"[,;]", window[: match.start]):
        return None
    return Metric(match.label)


def _metric_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> Metric | None:
    """ "raise the number of Vietnamese patients from 5,600 last year to 10,000 a year": a bare
    figure measures the metric named before it in the sentence."""
    if not is_bare(ctx.text, quantity, sentence.end, ctx.lexicon):
        return None
    metrics = list(ctx.lexicon.matcher("goals", "metrics").finditer(ctx.text, sentence.start, quantity.start))
    return Metric(metrics[-1].label) if metrics else None


def _baseline_in(
    ctx: DocumentContext, sentence: Sentence, goal: Quantity, baselines: list[Quantity]
) -> tuple[float, int | None] | None:
    """ "up from 606,000 last year", "compared with 141 at the end of last year": the baseline
    the goal sentence gives itself, with the year named right after it."""
    if not baselines:
        return None
    baseline = min(baselines, key=lambda q: abs(q.start - goal.start))
    # "up from 606,000 last year", "compared with 141 at the end of last year", "last year's 2,500"
    years = [y for y in ctx.years(sentence) if _year_of(ctx, baseline, y) or _possessive_of(ctx, y, baseline)]
    return baseline.value, years[0].year if years else None


class Aim(NamedTuple):
    metric: Metric
    value: float
    due: int | None


def _dated_figure(
    ctx: DocumentContext, sentence: Sentence, figures: Iterable[Quantity], aim: Aim
) -> tuple[float, int] | None:
    """The first of ``figures`` that can be the aim's starting point: a figure of the same
    metric, below the aim, with a year of its own before the due year ("received about 134,000
    foreign patients in 2013 and aims to attract 200,000", "treated 21,950 foreign patients
    last year and has set a target of 30,000")."""
    for figure in figures:
        if (
            figure.is_year
            or figure.is_measure
            or figure.value >= aim.value
            or _metric(ctx, figure) != aim.metric
        ):
            continue
        years = [y.year for y in ctx.years(sentence) if _year_of(ctx, figure, y)]
        if years and (aim.due is None or years[0] < aim.due):
            return figure.value, years[0]
    return None


def _baseline_told_before(
    ctx: DocumentContext, sentences: list[Sentence], aim: Aim
) -> tuple[float, int] | None:
    """ "Jeju drew 8,400 foreign patients last year." just before "It now aims to attract 30,000
    foreign patients by 2026.": the nearest dated figure of the goal's metric told before it."""
    for sentence in reversed(sentences):
        if is_goal_sentence(ctx, sentence):
            return None  # an earlier goal's sentence: its figures belong to it
        found = _dated_figure(ctx, sentence, ctx.quantities(sentence), aim)
        if found is not None:
            return found
    return None


def _baseline(ctx: DocumentContext, sentences: list[Sentence]) -> tuple[float, int | None] | None:
    """ "As of last year, there were around 140 of them": the figure a goal is compared with."""
    for sentence in sentences:
        if not ctx.lexicon.matcher("goals", "baseline_cues").contains(sentence.text):
            continue
        counts = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure]
        if not counts:
            continue
        years = ctx.years(sentence)
        return counts[0].value, years[0].year if years else None
    return None


def _actor(ctx: DocumentContext, sentence: Sentence, before: int | None = None) -> str | None:
    """The first Korean organisation or place of the sentence (before ``before``, where given:
    in "targeting the Urals, where few Korean hospitals are present" they are not the actor)."""
    end = sentence.end if before is None else before
    orgs = [o for o in ctx.organizations(sentence) if (o.is_korean or o.country is None) and o.start < end]
    if orgs:
        return orgs[0].name
    korean = [
        p
        for p in ctx.places(sentence)
        if p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE} and p.start < end
    ]
    return korean[0].place.name if korean else None


def _markets(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    found = []
    seen: set[tuple[str | None, tuple[str, ...]]] = set()
    body = ctx.body_sentences
    for position, sentence in enumerate(body):
        previous = body[position - 1] if position else None
        named = _cued_places(ctx, sentence, previous) + _designated_places(ctx, sentence)
        # "... is our core market": "our" is the speaker, the article's subject, not a place
        # named in the sentence
        spoken = [] if named else _role_subjects(ctx, sentence)
        aimed = named or spoken
        if not aimed:
            continue
        first_cue = min(cue for cue, _ in aimed)
        actor = (
            ctx.actor(sentence, first_cue)
            or (None if spoken else _actor(ctx, sentence, first_cue))
            or ctx.main_actor
        )
        # "named Mongolia its main market and opened a desk in Ulaanbaatar", "set its sights on
        # Siberia, and held a roadshow in Novosibirsk": the city stands in the market named
        wider = {n.country for _, n in aimed if n.kind != PlaceKind.CITY and n.country}
        for _, name in aimed:
            if name.kind == PlaceKind.CITY and name.country in wider:
                continue
            region = None if name.kind in {PlaceKind.COUNTRY, PlaceKind.DEMONYM} else name.name
            countries = [] if name.kind == PlaceKind.REGION else list(name.countries)
            key = (region, tuple(countries))
            if key in seen:
                continue
            seen.add(key)
            evidence = ctx.evidence(sentence)
            found.append(
                (
                    RecordKind.TARGET,
                    {
                        "evidence": evidence.text,
                        "span_start": evidence.start,
                        "span_end": evidence.end,
                        "confidence": 0.7,
                        "kind": TargetKind.MARKET,
                        "actor": actor,
                        "market_countries": countries,
                        "market_region": region,
                    },
                )
            )
    return found


def _cued_places(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> list[tuple[int, PlaceName]]:
    """Foreign places after a cue of aiming ("targeting Sakhalin and Khabarovsk"), up to the
    means that follow ("with more direct flights"); "targeting the region" names the region
    spoken of just before."""
    lexicon = ctx.lexicon
    aimed: list[tuple[int, PlaceName]] = []
    for cue in lexicon.matcher("markets", "cues").finditer(ctx.text, sentence.start, sentence.end):
        stop = lexicon.matcher("markets", "scope_stops").search(ctx.text, cue.end, sentence.end)
        scope_end = min(sentence.end, cue.end + MARKET_SCOPE_CHARS, stop.start if stop else sentence.end)
        places = [
            p for p in ctx.places(sentence) if cue.end <= p.start < scope_end and _aimable(ctx, sentence, p)
        ]
        anaphor = lexicon.matcher("markets", "anaphors").search(ctx.text, cue.end, scope_end)
        if not places and anaphor is not None and not ctx.text[cue.end : anaphor.start].strip():
            places = _last_foreign_place(ctx, sentence, cue.start, previous)
        aimed += [(cue.start, p.place) for p in places]
    return aimed


def _designated_places(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, PlaceName]]:
    """ "has singled out Uzbekistan as a key target market", "named Vietnam as its priority
    market", "using the UAE as its advance base": places between the verb and the "as"."""
    lexicon = ctx.lexicon
    aimed: list[tuple[int, PlaceName]] = []
    pattern, scanned = _designation_pattern(lexicon).scan(ctx.text)
    for role in pattern.finditer(scanned, sentence.start, sentence.end):
        verbs = [
            v
            for v in lexicon.matcher("markets", "designation_verbs").finditer(
                ctx.text, sentence.start, role.start()
            )
            # "designated Kazakhstan, together with Russia's Far East, as": "with" adds to the list
            if not ctx.follows("markets", "list_extenders", sentence, v.start)
        ]
        if not verbs:
            continue
        verb = verbs[-1]
        places = [
            p
            for p in ctx.places(sentence)
            if verb.end <= p.start < role.start() and _aimable(ctx, sentence, p)
        ]
        if role["article"] and not (places and not ctx.text[places[-1].end : role.start()].strip()):
            continue  # "named Vietnam a priority market": the role right after the place
        aimed += [(verb.start, p.place) for p in places]
    return aimed


def _role_subjects(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, PlaceName]]:
    """ "Kazakhstan and the wider Central Asian region are our main target markets", "the
    Russian Far East ... is our core market": the places before a copula that gives them the
    speaker's own role. Nationality adjectives there qualify other nouns and are left out."""
    role = _copula_role_pattern(ctx.lexicon).search(ctx.text, sentence.start, sentence.end)
    if role is None:
        return []
    # the subject begins after a verb of saying ("director Kim in Hanoi said Vietnam is one of
    # KTO's key target markets"); "..., and it is our core market" points back past a comma
    sayings = ctx.lexicon.matcher("events", "reporting_verbs").finditer(
        ctx.text, sentence.start, role.start()
    )
    subject_start = max((s.end for s in sayings), default=sentence.start)
    return [
        (p.start, p.place)
        for p in ctx.places(sentence)
        if subject_start <= p.start
        and p.end <= role.start()
        and p.place.kind != PlaceKind.DEMONYM
        and _aimable(ctx, sentence, p)
    ]


@cache
def _copula_role_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    markets = lexicon.section("markets")

    def alternation(key: str) -> str:
        return phrase_alternation(markets[key])

    # the owner may be named: "Vietnam is one of KTO's key target markets"
    owner = rf"(?:{alternation('role_possessives')}|(?:(?:{alternation('owner_partitives')})\s+)?[A-Z][\w&.-]*['’]s)"
    return re.compile(
        rf"\b(?:{alternation('copulas')})\s+{owner}\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{alternation('role_nouns')})\b",
        re.IGNORECASE,
    )


@cache
def _designation_pattern(lexicon: Lexicon) -> CaselessPattern:
    """ "as a key target market", and "its core overseas market" (after "make X")."""
    markets = lexicon.section("markets")
    nouns = phrase_alternation(markets["role_nouns"])
    possessives = phrase_alternation(markets["role_possessives"])
    designation = phrase_alternation(markets["designation_words"])
    article = lexicon.alternation("grammar", "indefinite_articles")
    return CaselessPattern.compile(
        rf"\b(?:{designation}|{possessives}|(?P<article>{article}))\s+(?:[\w-]+\s+){{0,4}}?(?:{nouns})\b"
    )


def _aimable(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """A foreign place that is not where patients come from ("patients from Russia")."""
    before = ctx.text[max(sentence.start, place.start - 5) : place.start].strip().lower()
    return not place.place.is_korean and before not in ctx.lexicon.section("grammar")["origin_prepositions"]


def _last_foreign_place(
    ctx: DocumentContext, sentence: Sentence, before: int, previous: Sentence | None
) -> list[Place]:
    """The foreign place named last before ``before``, in this sentence or the one before."""
    for scope in (sentence, previous):
        if scope is None:
            continue
        places = [p for p in ctx.places(scope) if p.start < before and _aimable(ctx, scope, p)]
        if places:
            return [places[-1]]
    return []
