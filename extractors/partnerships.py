"""Partnerships: contracts, MOUs, agreements and cooperation concluded with named parties.

A sentence yields a partnership when it names an agreement, says it was concluded (or is in
force: "in cooperation with"), is not merely an intention ("will pursue cooperation"), and names
the counterpart: an organisation or place, or a counted group ("24 global insurance companies"),
each counted group being a record of its own.
"""

import re
from typing import Any

from extractors.context import DocumentContext
from extractors.lexicon import PhraseMatch
from extractors.places import KOREA, PlaceKind
from extractors.sentences import Sentence
from models import RecordKind

INTENTION_CHARS = 80  # how far before an agreement an intention ("will seek to sign") governs it
COUNTERPART_CHARS = 200  # how far after "with" the counterparts of an agreement are named
_WITH = re.compile(r"\b(?:with|between)\b", re.IGNORECASE)


def extract_partnerships(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    found = []
    kinds = ctx.lexicon.matcher("partnerships", "kinds")
    for sentence in ctx.body_sentences:
        noun = kinds.search(ctx.text, sentence.start, sentence.end)
        if noun is None or not _concluded(ctx, sentence, noun):
            continue
        found.extend(_records(ctx, sentence, noun))
    return found


def _concluded(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Concluded, and not only intended: an intention stands before the agreement it aims at
    ("will pursue cooperation"); what follows the noun is its scope ("to discuss ways to...")."""
    lexicon = ctx.lexicon
    clause_start = max(sentence.start, noun.start - INTENTION_CHARS)
    if lexicon.matcher("partnerships", "intentions").search(ctx.text, clause_start, noun.start):
        return False
    return lexicon.matcher("partnerships", "concluded").contains(sentence.text)


def _records(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch
) -> list[tuple[RecordKind, dict[str, Any]]]:
    korean_side = _korean_side(ctx, sentence, noun.start)
    with_match = _WITH.search(ctx.text, noun.start, sentence.end)
    scope_start = with_match.end() if with_match else noun.end
    scope_end = min(sentence.end, scope_start + COUNTERPART_CHARS)
    groups = _counted_groups(ctx, sentence, scope_start, scope_end)
    base = _base(ctx, sentence, noun)
    if groups:
        return [
            (
                RecordKind.PARTNERSHIP,
                {
                    **base,
                    "parties": [p for p in (korean_side, name) if p],
                    "partner_count": count,
                    "countries": [KOREA] if korean_side else [],
                },
            )
            for count, name in groups
        ]
    counterparts = [c for c in _named_counterparts(ctx, sentence, scope_start, scope_end) if c[0] != korean_side]
    if not counterparts and _with_pronoun(ctx, scope_start, scope_end):
        # "met the Sakhalin Health Minister and reached an agreement with him"
        whole = _named_counterparts(ctx, sentence, sentence.start, sentence.end)
        counterparts = [c for c in whole if c[0] != korean_side]
    if not counterparts:
        return []
    countries = ([KOREA] if korean_side else []) + [c for _, c in counterparts if c]
    return [
        (
            RecordKind.PARTNERSHIP,
            {
                **base,
                "parties": [p for p in [korean_side, *(name for name, _ in counterparts)] if p],
                "countries": list(dict.fromkeys(countries)),
            },
        )
    ]


def _with_pronoun(ctx: DocumentContext, start: int, end: int) -> bool:
    pronoun = ctx.lexicon.matcher("text", "object_pronouns").search(ctx.text, start, end)
    return pronoun is not None and not ctx.text[start : pronoun.start].strip()


def _base(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> dict[str, Any]:
    evidence = ctx.evidence(sentence)
    dates = ctx.dates(sentence)
    return {
        "evidence": evidence.text,
        "span_start": evidence.start,
        "span_end": evidence.end,
        "confidence": 0.7,
        "kind": noun.label,
        "scope": _scope(ctx, sentence, noun),
        "signed_date": dates[0].first if dates else None,
    }


def _korean_side(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    orgs = [o for o in ctx.organizations(sentence) if o.is_korean and o.start < before]
    if orgs:
        return orgs[0].name
    places = [
        p
        for p in ctx.places(sentence)
        if p.start < before and p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
    ]
    return places[0].place.name if places else ctx.main_actor


def _counted_groups(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[tuple[int, str]]:
    """ "24 global insurance companies and 11 overseas government agencies" -> two groups."""
    heads = ctx.lexicon.matcher("partnerships", "org_heads")
    groups = []
    for quantity in ctx.quantities(sentence):
        if not start <= quantity.start < end or quantity.is_year or quantity.is_measure:
            continue
        head = heads.search(ctx.text, quantity.end, min(end, quantity.end + 60))
        if head is None or len(ctx.text[quantity.end : head.start].split()) > 3:
            continue
        groups.append((round(quantity.value), ctx.text[quantity.start : head.end]))
    return groups


def _named_counterparts(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    covered: list[tuple[int, int]] = []
    for org in ctx.organizations(sentence):
        if start <= org.start < end and not org.is_korean:
            found.append((org.name, org.country))
            covered.append((org.start, org.end))
    for place in ctx.places(sentence):
        inside = any(s <= place.start < e for s, e in covered)
        if inside or not start <= place.start < end or place.place.is_korean:
            continue
        if place.place.kind in {PlaceKind.COUNTRY, PlaceKind.CITY}:
            found.append((place.place.name, place.place.country))
    if not found:
        return []
    return found


def _scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> str | None:
    """What the agreement covers: the "to ..." or "on ..." clause after it."""
    match = re.compile(r"\b(?:to|on|for)\s+(?P<scope>[a-z][^,;.]{8,120})").search(
        ctx.text, noun.end, sentence.end
    )
    return match["scope"].strip() if match else None
