"""Which foreign places a cue of aiming may aim at, and the one an anaphor points back to.

Every reader of market places (cues, roles, designations) asks the same two questions of the
places it finds: whether a place is one patients merely come from or a nationality that opens a
compound, and which foreign place was named last; they are answered here once for all of them.
"""

from extractors.context import DocumentContext
from extractors.mentions.places import Place, PlaceKind
from extractors.text.sentences import Sentence


def aimable(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """A foreign place that is not where patients come from ("patients from Russia"), nor a
    nationality that opens a compound ("Russian-speaking coordinators": a language, no place)."""
    before = ctx.text[max(sentence.start, place.start - 5) : place.start].strip().lower()
    return (
        not place.place.is_korean
        and not opens_a_compound(ctx, place)
        and before not in ctx.lexicon.section("grammar")["origin_prepositions"]
    )


def opens_a_compound(ctx: DocumentContext, place: Place) -> bool:
    """A nationality joined by a hyphen to the word after it ("Russian-speaking coordinators"):
    a language or a style, no place aimed at or drawn from."""
    return place.place.kind == PlaceKind.DEMONYM and ctx.text.startswith("-", place.end)


def last_foreign_place(
    ctx: DocumentContext, sentence: Sentence, before: int, previous: Sentence | None
) -> list[Place]:
    """The foreign place named last before ``before``, in this sentence or the one before."""
    for scope in (sentence, previous):
        if scope is None:
            continue
        places = [p for p in ctx.places(scope) if p.start < before and aimable(ctx, scope, p)]
        if places:
            return [places[-1]]
    return []
