"""Goals ("800-thousand foreign patients by 2021") and target markets ("targeting Sakhalin").

A goal is a figure in a sentence that states an aim and gives it a due year. A market is a
foreign place named after a cue of aiming ("targeting", "pioneer new regions such as", "an
advance base into"); the countries patients merely come from are not markets.
"""

import re
from typing import Any

from extractors.context import DocumentContext
from extractors.numbers import Quantity
from extractors.places import PlaceKind
from extractors.sentences import Sentence
from models import Metric, RecordKind, TargetKind

MARKET_SCOPE_CHARS = 160  # how far after a market cue its places may stand


def is_goal_sentence(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence states an aim with a due year (its figures are goals, not counts)."""
    return ctx.lexicon.matcher("goals", "cues").contains(sentence.text) and (
        _due_year(ctx, sentence, None) is not None
        or ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text)
    )


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
        actor = _actor(ctx, sentence) or last_actor or ctx.main_actor
        for quantity in ctx.quantities(sentence):
            if quantity.is_year or (quantity.is_measure and _metric(ctx, quantity) != Metric.REVENUE):
                continue
            metric = _metric(ctx, quantity)
            if metric is None:
                continue
            baseline = _baseline(ctx, body[position + 1 : position + 3], metric)
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
                        "target_year": year,
                        "baseline_value": baseline[0] if baseline else None,
                        "baseline_year": baseline[1] if baseline else None,
                    },
                )
            )
        last_year, last_actor = year, actor
    return found


def _due_year(ctx: DocumentContext, sentence: Sentence, last_year: int | None) -> int | None:
    """ "by 2021" -> 2021; "by the target year" -> the previous goal's year; "this year"."""
    goals = ctx.lexicon.section("goals")
    due = "|".join(goals["due_prepositions"])
    for year in ctx.years(sentence):
        before = ctx.text[max(sentence.start, year.start - 12) : year.start].lower()
        if year.relative or re.search(rf"\b(?:{due})\s+(?:the\s+end\s+of\s+)?$", before):
            return year.year
    if last_year is not None and ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text):
        return last_year
    return None


def _metric(ctx: DocumentContext, quantity: Quantity) -> Metric | None:
    window = ctx.text[quantity.end : quantity.end + 60]
    match = ctx.lexicon.matcher("goals", "metrics").search(window)
    if match is None or len(window[: match.start].split()) > 3 or re.search(r"[,;]", window[: match.start]):
        return None
    return Metric(match.label)


def _baseline(
    ctx: DocumentContext, sentences: list[Sentence], metric: Metric
) -> tuple[float, int | None] | None:
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


def _actor(ctx: DocumentContext, sentence: Sentence) -> str | None:
    orgs = [o for o in ctx.organizations(sentence) if o.is_korean or o.country is None]
    if orgs:
        return orgs[0].name
    korean = [
        p for p in ctx.places(sentence) if p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
    ]
    return korean[0].place.name if korean else None


def _markets(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    found = []
    seen: set[tuple[str | None, tuple[str, ...]]] = set()
    cues = ctx.lexicon.matcher("markets", "cues")
    for sentence in ctx.body_sentences:
        cue = cues.search(ctx.text, sentence.start, sentence.end)
        if cue is None:
            continue
        scope_end = min(sentence.end, cue.end + MARKET_SCOPE_CHARS)
        actor = _actor(ctx, sentence) or ctx.main_actor
        for place in ctx.places(sentence):
            name = place.place
            if place.start < cue.end or place.start >= scope_end or name.is_korean:
                continue
            if ctx.text[max(sentence.start, place.start - 5) : place.start].strip().lower() == "from":
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
