"""Parties told by their state rather than by a body's name: two states joined ("the Korean and
Kazakh governments"), Korea itself as the side where the sentence names it or says states are
the parties, and a country's counterpart ("its Uzbek counterpart"). Apart because states are
read from places and nationalities, not from organisations.
"""

from itertools import pairwise

from extractors.context import DocumentContext
from extractors.mentions.places import KOREA, Place, PlaceKind, country_name
from extractors.records.partnerships.bounds import skip_spaces
from extractors.text.sentences import Sentence


def joined_states(ctx: DocumentContext, sentence: Sentence, before: int) -> tuple[Place, Place] | None:
    """Korea and a foreign state named as the parties by two nationalities or countries joined
    by a conjunction, before the agreement, right before or after a plural noun of states'
    bodies ("the Korean and Kazakh health ministries", "the governments of Korea and Kuwait")."""
    heads = ctx.lexicon.matcher("partnerships", "plural_state_heads")
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    places = [p for p in ctx.places(sentence) if p.end <= before and p.place.country]
    for first, second in pairwise(places):
        joint = conjunctions.match(ctx.text, skip_spaces(ctx, first.end))
        if joint is None or skip_spaces(ctx, joint.end) != second.start:
            continue
        if first.place.is_korean == second.place.is_korean:
            continue
        head_after = heads.match(ctx.text, skip_spaces(ctx, second.end))
        head_before = [
            h
            for h in heads.finditer(ctx.text, sentence.start, first.start)
            if _joins_by_of(ctx, h.end, first.start)
        ]
        if head_after is None and not head_before:
            continue
        return (first, second) if first.place.is_korean else (second, first)
    return None


def _joins_by_of(ctx: DocumentContext, end: int, place_start: int) -> bool:
    """ "governments of Korea": only a joint ("of") between a head and the place after it."""
    between = ctx.text[end:place_start].split()
    return len(between) == 1 and between[0] in ctx.lexicon.section("grammar")["seat_prepositions"]


def state_name(place: Place) -> str:
    """The state a place names: as written where it is a country, by its code's name where it is
    a nationality ("Kazakh" -> "Kazakhstan")."""
    if place.place.kind == PlaceKind.COUNTRY or not place.place.country:
        return place.place.name
    return country_name(place.place.country)


def korea_named(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """Korea as its sentence names it ("Korea", "the Republic of Korea"), where it does."""
    return next(
        (
            p.place.name
            for p in ctx.places(sentence)
            if p.place.kind == PlaceKind.COUNTRY and p.place.is_korean
        ),
        None,
    )


def korea_as_side(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """Korea as its sentence names it, by name or by nationality ("Korean President"), or, where
    the sentence says states are the parties ("intergovernmental", "the two countries"), by
    its country name; else None."""
    named = next(
        (
            p
            for p in ctx.places(sentence)
            if p.place.is_korean and p.place.kind in (PlaceKind.COUNTRY, PlaceKind.DEMONYM)
        ),
        None,
    )
    if named is not None:
        return named.place.name if named.place.kind == PlaceKind.COUNTRY else country_name(KOREA)
    if ctx.lexicon.matcher("partnerships", "national_parties").contains(sentence.text):
        return country_name(KOREA)
    return None


def counterpart_of_a_country(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """ "its Uzbek counterpart", "their counterparts in the UAE": the body of another country
    that matches the Korean side, told by a noun of counterparts right after the marker, its
    country named before the noun or right after it; the party as written, without the
    possessive."""
    determiner = ctx.lexicon.matcher("text", "definite_determiners").match(ctx.text, skip_spaces(ctx, start))
    if determiner is None:
        return []
    nouns = ctx.lexicon.matcher("partnerships", "counterpart_nouns")
    noun = nouns.search(ctx.text, determiner.end, min(end, determiner.end + 40))
    if noun is None:
        return []
    foreign = [p for p in ctx.places(sentence) if p.place.country and not p.place.is_korean]
    before = [p for p in foreign if determiner.end <= p.start and p.end <= noun.start]
    if (
        before
        and not ctx.text[determiner.end : before[0].start].strip()
        and not ctx.text[before[-1].end : noun.start].strip()
    ):
        return [(ctx.text[before[0].start : noun.end], before[0].place.country)]
    if ctx.text[determiner.end : noun.start].strip():
        return []
    seat = ctx.language.patterns.partnerships.seat.match(ctx.text, noun.end)
    if seat is None:
        return []
    after = next((p for p in foreign if seat.end() <= p.start <= seat.end() + 4), None)
    if after is None or not _only_article(ctx, seat.end(), after.start):
        return []
    return [(ctx.text[noun.start : after.end], after.place.country)]


def _only_article(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether nothing or only an article stands between ``start`` and ``end``."""
    between = ctx.text[start:end].strip().lower()
    return not between or between in ctx.lexicon.section("grammar")["articles"]


def counterpart_joined(ctx: DocumentContext, sentence: Sentence, before: int) -> list[tuple[str, str | None]]:
    """The body of another country told by a noun of counterparts joined to the subject by a
    conjunction before the agreement ("the ministry and its Uzbek counterpart signed"): read as
    one after "with" is. A sentence without such a noun is passed over by a substring test."""
    if (
        ctx.lexicon.matcher("partnerships", "counterpart_nouns").search(ctx.text, sentence.start, before)
        is None
    ):
        return []
    for joint in ctx.lexicon.matcher("grammar", "conjunctions").finditer(ctx.text, sentence.start, before):
        if found := counterpart_of_a_country(ctx, sentence, joint.end, before):
            return found
    return []
