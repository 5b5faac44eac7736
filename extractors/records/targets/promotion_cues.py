"""Promotions a sentence tells as cues of aiming: where they are held, whether they are held at
all, and who holds them.

A promotion abroad ("held a roadshow in Almaty") aims at the place it is done at, but only where
it is held (not called off, not of other goods, not only talked of), and only at the places of
its venue, not at the people it is held for. Where a language makes a record of each cue's
places, a sentence that aims only by its promotions is the organiser's, who must be named. The
cues of the market lists a sentence tells are found once here, since the cue reader and each
statement of the sentence ask for them again.
"""

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.records.targets.other_trades import promotes_other_goods
from extractors.text.sentences import Sentence


def only_promoted(
    ctx: DocumentContext,
    sentence: Sentence,
    aimed: list[tuple[int, Place]],
    keys: tuple[str, ...] = ("promotions",),
) -> bool:
    """Whether every place a sentence aims at is aimed at by a promotion done there (or by a
    cue of the other lists ``keys`` names)."""
    promotions = cues_of(ctx, sentence, keys)
    return all(cue in promotions for cue, _ in aimed)


def held_in(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, places: list[Place]
) -> list[Place]:
    """The places a promotion is held in, of ``places`` its words name: none where the first
    place named after it is at home ("a roadshow in Cheongju for visiting Mongolian agents"),
    and never the nationality of the people it is held for."""
    named = [p for p in ctx.places(sentence) if start <= p.start < end and p.place.kind != PlaceKind.DEMONYM]
    if named and named[0].place.is_korean:
        return []
    return [p for p in places if p.place.kind != PlaceKind.DEMONYM]


def no_promotion_held(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the promotions a sentence tells are held nowhere: of other goods, called off, or
    only talked of."""
    return (
        promotes_other_goods(ctx, sentence)
        or _promotion_called_off(ctx, sentence)
        or ctx.lexicon.matcher("markets", "opening_doubts").contains(sentence.text)
    )


def _promotion_called_off(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "the roadshow planned for Bishkek has been called off": a promotion the sentence calls
    off, before or after its noun, is held nowhere (and one only talked of, "considering holding
    a roadshow in", "will be held in Almaty at some stage", is no plan: the doubts of an opening
    are asked of its sentence)."""
    return ctx.lexicon.matcher("markets", "called_off").contains(sentence.text)


def organiser_asked(ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]]) -> bool:
    """Whether the sentence aims only by the promotions it tells, in a language that makes a
    record of each cue's places: its market is the organiser's, who must be named."""
    return not ctx.language.one_market_a_statement and only_promoted(ctx, sentence, aimed)


def organiser_of_promotion(
    ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]]
) -> str | None:
    """ "Ulsan, along with two of its hospitals, ran a briefing session in Irkutsk": where a
    sentence aims only by the promotions it tells, the body that holds them is the first Korean
    body of the sentence, as the events reader names an occasion's organisers, not the body
    nearest the promotion's noun (the last of a list of hosts). Asked of a language that makes a
    record of each cue's places (one that makes one of a statement reads its promotions so)."""
    if not organiser_asked(ctx, sentence, aimed):
        return None
    before = min(cue for cue, _ in aimed)
    bodies = [(o.start, o.name) for o in ctx.organizations(sentence) if (o.is_korean or o.country is None)]
    places = [
        (p.start, ctx.acting_place(p))
        for p in ctx.places(sentence)
        if p.place.kind in KOREAN_PLACE_KINDS
        and not any(o.start <= p.start < o.end for o in ctx.organizations(sentence))
    ]
    named = sorted(mention for mention in bodies + places if mention[0] < before)
    return named[0][1] if named else None


def cues_of(ctx: DocumentContext, sentence: Sentence, keys: tuple[str, ...]) -> set[int]:
    """Where the cues of the market lists ``keys`` name start in a sentence."""
    return {cue.start for key in keys for cue in market_cues(ctx, sentence, key)}


def market_cues(ctx: DocumentContext, sentence: Sentence, key: str) -> list[PhraseMatch]:
    """The cues of the market list ``key`` in a sentence, found once: the cue reader asks for
    its promotions, then each statement of the sentence for them again (half of the scans of
    the list were repeats)."""
    return ctx.per_sentence(
        "market_cues",
        sentence,
        lambda: list(ctx.lexicon.matcher("markets", key).finditer(ctx.text, sentence.start, sentence.end)),
        about=key,
    )
