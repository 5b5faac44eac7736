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
from extractors.places import KOREA, Place, PlaceKind
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
    counterparts = [
        c for c in _named_counterparts(ctx, sentence, scope_start, scope_end) if c[0] != korean_side
    ]
    if not counterparts and _with_pronoun(ctx, scope_start, scope_end):
        # "met the Sakhalin Health Minister and reached an agreement with him"
        whole = _named_counterparts(ctx, sentence, sentence.start, sentence.end)
        counterparts = [c for c in whole if c[0] != korean_side]
    if not counterparts and with_match is None:
        # "Gyeonggi Province and the Bayanzurkh Telemedicine Center agreed on cooperation"
        subject = _named_counterparts(ctx, sentence, sentence.start, noun.start)
        counterparts = [c for c in subject if c[0] != korean_side]
    if not counterparts:
        return []
    # a counterpart of unknown country belongs to the one foreign country the sentence names
    foreign = {p.place.country for p in ctx.places(sentence) if p.place.country and not p.place.is_korean}
    implied = [foreign.pop()] if len(foreign) == 1 and any(c is None for _, c in counterparts) else []
    countries = ([KOREA] if korean_side else []) + [c for _, c in counterparts if c] + implied
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
        "signed_date": dates[0].first if dates else ctx.event_day(sentence),
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
    determiners = ctx.lexicon.matcher("text", "definite_determiners")
    groups = []
    for quantity in ctx.quantities(sentence):
        if not start <= quantity.start < end or quantity.is_year or quantity.is_measure:
            continue
        determiner = determiners.search(ctx.text, max(start, quantity.start - 8), quantity.start)
        if determiner is not None and not ctx.text[determiner.end : quantity.start].strip():
            continue  # "the two hospitals": the parties already named, not a counted group
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
    places = ctx.places(sentence)
    for org in ctx.organizations(sentence):
        if start <= org.start < end and not org.is_korean:
            seat = _seat(ctx, org.end, places)
            found.append((org.name, org.country or (seat.place.country if seat else None)))
            covered.append((org.start, seat.end if seat else org.end))
    for place in places:
        inside = any(s <= place.start < e for s, e in covered)
        if inside or not start <= place.start < end or place.place.is_korean:
            continue
        if place.place.kind in {PlaceKind.COUNTRY, PlaceKind.CITY}:
            found.append((place.place.name, place.place.country))
    if not found:
        return []
    return found


def _seat(ctx: DocumentContext, position: int, places: list[Place]) -> Place | None:
    """ "Thang Long General Hospital in Hanoi": the city right after an organisation is where it
    stands (its country), not a party of its own."""
    seat = re.compile(r"\s*,?\s*(?:in|of)\s+").match(ctx.text, position)
    if seat is None:
        return None
    return next((p for p in places if p.start == seat.end() and not p.place.is_korean), None)


def _scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> str | None:
    """What the agreement covers: the "to ..." or "on ..." clause after it."""
    prepositions = "|".join(ctx.lexicon.section("partnerships")["scope_prepositions"])
    match = re.compile(rf"\b(?:{prepositions})\s+(?P<scope>[a-z][^,;.]{{8,120}})").search(
        ctx.text, noun.end, sentence.end
    )
    return match["scope"].strip() if match else None
