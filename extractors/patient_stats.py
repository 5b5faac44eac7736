"""Patient counts: "more than 10,000 foreign patients a year", "300-thousand ... last year".

A count is a number tied to a patient head noun, either directly ("17,918 Mongolian patients")
or through a linking verb ("the number of foreign patients ... reached 300-thousand"). People
in general ("200 people") count only when the clause speaks of care, never when it speaks of
attendance. Figures that a goal aims at belong to targets, not here.
"""

import re
from functools import cache
from typing import Any

from extractors.context import DocumentContext
from extractors.lexicon import PhraseMatch
from extractors.numbers import Quantity
from extractors.places import PlaceKind
from extractors.sentences import Sentence
from extractors.targets import is_goal_sentence
from models import PeriodKind, Population, RecordKind

MAX_WORDS_BEFORE_HEAD = 4  # "17,918 new Mongolian patients": adjectives between number and noun
MAX_LINK_CHARS = 80  # "the number of foreign patients who visited Korea ... reached 300-thousand"


def extract_patient_stats(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    found = []
    body = ctx.body_sentences
    for position, sentence in enumerate(body):
        if is_goal_sentence(ctx, sentence):
            continue
        for quantity in ctx.quantities(sentence):
            if quantity.is_measure or quantity.is_year or quantity.value < 1:
                continue
            head = _head_after(ctx, sentence, quantity) or _head_before(ctx, sentence, quantity)
            if head is None or not _counts_patients(ctx, sentence, quantity, head):
                continue
            following = body[position + 1] if position + 1 < len(body) else None
            found.append((RecordKind.PATIENT_STAT, _stat(ctx, sentence, quantity, head, following)))
    return found


def _head_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """The patient noun right after the number, with at most a few adjectives between."""
    window_end = min(sentence.end, quantity.end + 80)
    head = ctx.lexicon.matcher("patients", "heads").search(ctx.text, quantity.end, window_end)
    if head is None:
        return None
    between = ctx.text[quantity.end : head.start]
    if re.search(r"[,;:()\d]", between) or len(between.split()) > MAX_WORDS_BEFORE_HEAD:
        return None
    return head


def _head_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """A patient noun linked to a following number: "patients ... reached 300-thousand"."""
    window_start = max(sentence.start, quantity.start - MAX_LINK_CHARS)
    heads = list(ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, window_start, quantity.start))
    if not heads:
        return None
    head = heads[-1]
    between = ctx.text[head.end : quantity.start]
    if re.search(r"\d", between):
        return None
    # The verb may be glued to the word before it ("treatmentreached"), so it is sought as a
    # suffix of the text between noun and number, not as a whole word.
    link = _linking_verb(ctx).search(between)
    if link is None:
        return None
    remainder = between[link.end() :].strip(" ,")
    if remainder and not _is_qualifier(ctx, remainder):
        return None
    return head


@cache
def _linking_verb_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})\b(?!.*\b(?:{alternation})\b)", re.IGNORECASE | re.DOTALL)


def _linking_verb(ctx: DocumentContext) -> re.Pattern[str]:
    return _linking_verb_pattern(tuple(ctx.lexicon.section("patients")["linking_verbs"]))


def _is_qualifier(ctx: DocumentContext, phrase: str) -> bool:
    qualifiers = ctx.lexicon.section("qualifiers")
    return phrase.lower() in {p.lower() for phrases in qualifiers.values() for p in phrases}


def _counts_patients(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch) -> bool:
    """Generic heads ("people") count only in a clause about care, never about attendance."""
    generic = head.text.lower() in {g.lower() for g in ctx.lexicon.section("patients")["generic_heads"]}
    if not generic:
        return True
    clause_start = max(sentence.start, quantity.start - 120)
    clause = ctx.text[clause_start : min(sentence.end, head.end + 40)]
    if ctx.lexicon.matcher("patients", "attendance_words").contains(ctx.text[clause_start : quantity.start]):
        return False
    return ctx.lexicon.matcher("patients", "care_words").contains(clause)


def _stat(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    head: PhraseMatch,
    following: Sentence | None,
) -> dict[str, Any]:
    lexicon = ctx.lexicon
    phrase_start, phrase_end = min(quantity.start, head.start), max(quantity.end, head.end)
    noun_phrase = ctx.text[phrase_start:phrase_end]
    population = Population(head.label)
    if lexicon.matcher("patients", "foreign_words").contains(noun_phrase):
        population = Population.FOREIGN_PATIENTS
    origins = [
        p.place.country
        for p in ctx.places(sentence)
        if phrase_start <= p.start < phrase_end and p.place.kind == PlaceKind.DEMONYM
    ]
    origins += _origins_after(ctx, sentence, phrase_end)
    evidence_sentences = [sentence]
    if not origins and following is not None and not _has_count(ctx, following):
        from_following = _origins_after(ctx, following, following.start)
        if from_following and lexicon.matcher("patients", "heads").contains(following.text):
            origins = from_following
            evidence_sentences.append(following)
    if origins and population == Population.PATIENTS and "KR" not in origins:
        population = Population.FOREIGN_PATIENTS
    period_kind, year = _period(ctx, sentence, quantity)
    evidence = ctx.evidence(*evidence_sentences)
    return {
        "evidence": evidence.text,
        "span_start": evidence.start,
        "span_end": evidence.end,
        "confidence": 0.8 if head.label != "patients" or not _generic(ctx, head) else 0.6,
        "count": round(quantity.value),
        "qualifier": quantity.qualifier,
        "year": year,
        "period_kind": period_kind,
        "population": population,
        "origin_countries": list(dict.fromkeys(c for c in origins if c and c != "KR")),
        "n_countries": _n_countries(ctx, sentence, phrase_end),
        "institution": _institution(ctx, sentence, quantity),
    }


def _generic(ctx: DocumentContext, head: PhraseMatch) -> bool:
    return head.text.lower() in {g.lower() for g in ctx.lexicon.section("patients")["generic_heads"]}


def _has_count(ctx: DocumentContext, sentence: Sentence) -> bool:
    return any(not q.is_year and not q.is_measure for q in ctx.quantities(sentence))


def _origins_after(ctx: DocumentContext, sentence: Sentence, position: int) -> list[str]:
    """Countries after "from": "from Mongolia, Russia, Kazakhstan and Arab regions"."""
    match = re.compile(r"\bfrom\b", re.IGNORECASE).search(ctx.text, position, sentence.end)
    if match is None:
        return []
    stop = re.compile(r"[;.]|\b(?:to|with|for|who|which|that)\b").search(ctx.text, match.end(), sentence.end)
    end = stop.start() if stop else sentence.end
    return [
        p.place.country
        for p in ctx.places(sentence)
        if match.end() <= p.start < end and p.place.country and not p.place.is_korean
    ]


def _n_countries(ctx: DocumentContext, sentence: Sentence, position: int) -> int | None:
    pattern = re.compile(
        r"\bfrom\s+(?:some\s+|about\s+|over\s+|more than\s+)?(\d+)\s+(?:different\s+)?countries",
        re.IGNORECASE,
    )
    match = pattern.search(ctx.text, position, sentence.end)
    return int(match.group(1)) if match else None


def _period(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[PeriodKind, int | None]:
    lexicon = ctx.lexicon
    years = [y for y in ctx.years(sentence) if not (quantity.start <= y.start < quantity.end)]
    year = _nearest_year(ctx, years, quantity)
    if lexicon.matcher("periods", "per_year").contains(sentence.text):
        return PeriodKind.PER_YEAR, year
    if lexicon.matcher("periods", "cumulative").contains(sentence.text):
        return PeriodKind.CUMULATIVE, None
    if year is not None:
        return PeriodKind.YEAR, year
    # A one-off count told in the past tense of a dated article refers to the article's year.
    return PeriodKind.UNSPECIFIED, ctx.published.year if ctx.published else None


def _nearest_year(ctx: DocumentContext, years: list, quantity: Quantity) -> int | None:
    if not years:
        return None
    after = [y for y in years if y.start >= quantity.end and y.start - quantity.end < 60]
    if after:
        return after[0].year
    return min(years, key=lambda y: abs(y.start - quantity.start)).year


def _institution(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> str | None:
    """The organisation nearest before the count (the subject that received the patients)."""
    orgs = ctx.organizations(sentence)
    before = [o for o in orgs if o.end <= quantity.start]
    if before or orgs:
        return (before[-1] if before else orgs[0]).name
    korean = [p for p in ctx.places(sentence) if p.place.is_korean]
    return korean[0].place.name if korean else None
