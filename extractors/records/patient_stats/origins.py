"""Where counted patients come from: demonyms in the counted phrase, places after "from" or "of",
the country leading a breakdown's clause, and how many countries they come from.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.records.patient_stats.clauses import first_clause_joint
from extractors.text.sentences import Sentence

MAX_ADJECTIVE_CHARS = 25  # "Uzbek patients", "Chinese medical tourists": a demonym right before the noun


def origins_of(ctx: DocumentContext, sentence: Sentence, head_end: int) -> list[str]:
    """ "3,100 citizens of Uzbekistan", "residents of Primorye": the place right after "of"."""
    joint = ctx.language.patterns.counts.belonging.match(ctx.text, head_end, sentence.end)
    if joint is None:
        return []
    return [
        p.place.country
        for p in ctx.places(sentence)
        if p.start == joint.end() and p.place.country and not p.place.is_korean
    ]


def places_before_noun(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch
) -> list[str]:
    """ "9,000 Primorye residents", "2,700 UAE nationals": a foreign place standing between the
    number and its noun is where the counted people come from."""
    return [
        p.place.country
        for p in ctx.places(sentence)
        if quantity.end <= p.start
        and p.end <= head.start
        and p.place.country
        and not p.place.is_korean
        and not re.search(r"[,;:()]", ctx.text[quantity.end : head.start])
    ]


def noun_origins(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[str]:
    """Demonyms inside the counted phrase, or right before its noun ("Uzbek patients"); one
    with another count between it and the phrase's end is that count's ("외국인 환자 가운데
    중국인이 11만명, 미국인이 4만5천명": 중국인 is not the origin of 4만5천명)."""
    counts = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure and q.end < end]
    origins = []
    heads = ctx.lexicon.matcher("patients", "heads")
    for place in ctx.places(sentence):
        if place.place.kind != PlaceKind.DEMONYM or place.start >= end:
            continue
        if any(place.end <= q.start for q in counts if q.end > place.end):
            continue
        # "900 Mongolian patients and 450 Kazakh patients": a demonym of another noun before
        # the phrase is that noun's
        adjacent = (
            place.end <= start
            and not re.search(r"[,;:()]", ctx.text[place.end : start])
            and heads.search(ctx.text, place.end, start) is None
        )
        if start <= place.start or (adjacent and start - place.end <= MAX_ADJECTIVE_CHARS):
            origins.append(place.place.country)
    return origins


def scope_end(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, phrase_end: int) -> int:
    """Where what follows a counted phrase stops being about it: at the next count, the next
    patient noun ("21,370 last year, and patients from Kazakhstan ...": not the 21,370's origin)
    a comparison with another group ("170,000, followed by those from the US") or a joint of
    clauses ("rose to 1,450, while those from Cambodia ...")."""
    head = ctx.lexicon.matcher("patients", "heads").search(ctx.text, phrase_end, sentence.end)
    other = ctx.lexicon.matcher("patients", "comparison_stops").search(ctx.text, phrase_end, sentence.end)
    joint = first_clause_joint(ctx, phrase_end, sentence.end)
    return min(
        ctx.next_count_start(sentence, quantity),
        head.start if head else sentence.end,
        other.start if other else sentence.end,
        joint.start() if joint else sentence.end,
        _bracket_close(ctx, sentence, quantity, phrase_end),
    )


def _bracket_close(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, phrase_end: int) -> int:
    """ "(there were 2,150 Russians in 2020), though Qatar sends the highest payers": a count
    told inside brackets is about nothing after they close."""
    before = ctx.text[sentence.start : quantity.start]
    if before.rfind("(") <= before.rfind(")"):
        return sentence.end
    close = ctx.text.find(")", phrase_end, sentence.end)
    return sentence.end if close < 0 else close


def leading_origin(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "China accounted for the largest share with 118,310 patients": in a breakdown by
    nationality, the one country leading the clause of a count is where its patients come from;
    a share told before the count ("made up 22.4 percent of the arrivals with 41,230")
    does not end the clause."""
    earlier = [
        q.end
        for q in ctx.quantities(sentence)
        if q.end <= quantity.start and not q.is_year and not q.is_measure
    ]
    clause_start = max([sentence.start, *earlier])
    places = [p for p in ctx.places(sentence) if clause_start <= p.start and p.end <= quantity.start]
    if len(places) != 1 or places[0].place.country is None or places[0].place.is_korean:
        return []
    share = ctx.lexicon.matcher("patients", "share_phrases")
    return [places[0].place.country] if share.search(ctx.text, places[0].end, quantity.start) else []


def _n_countries(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, phrase_end: int) -> int | None:
    """ "from 26 countries", "180개국에서 외국인 환자 64만2천명": the number of countries the
    counted people come from, named where the language names it for a count."""
    start, end = ctx.language.n_countries_scope(ctx, sentence, quantity, phrase_end)
    match = ctx.language.patterns.counts.n_countries.search(ctx.text, start, end)
    return int(match.group(1)) if match else None
