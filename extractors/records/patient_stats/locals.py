"""People a text calls local are of the country the care was given in.

A Korean unit, hospital or team working abroad is written about at length: where it serves is
named once ("stationed in Lebanon since 2007"), and its figures come paragraphs later, after
Korea has been named again as the sender ("A Korean field hospital in its ninth year there ...
It has offered care to 93,000 local residents"). The word "local" ties those people to the
foreign place the text is about, however far back it was named: the last one foreign country
named as a place. A sentence naming Korea does not end it (Korea is named as the sender); two
foreign countries at once do (no one place is meant).
"""

from extractors.context import DocumentContext
from extractors.mentions.places import PlaceKind
from extractors.records.patient_stats.counts import Link
from extractors.text.sentences import Sentence


def foreign_place_before(ctx: DocumentContext, body: list[Sentence], position: int) -> str | None:
    """The foreign country the text is about at a body sentence: that of the nearest sentence,
    this one or one before, naming a foreign country as a place (not a nationality); None if that
    sentence names two or more, or none does. Asked only of counts told as locals, so the places
    of sentences no other reader asks about are found only then."""
    for sentence in reversed(body[: position + 1]):
        countries = {
            p.place.country
            for p in ctx.places(sentence)
            if p.place.country and not p.place.is_korean and p.place.kind != PlaceKind.DEMONYM
        }
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


def told_as_locals(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """ "treated over 6,000 local patients", "cared for 900 locals", "The clinic for local
    residents saw its 5,000th patient", "현지 환자 70여명": a word of locality ([patients]
    local_markers) before the count's noun, naming people (a patient noun right after it, or
    the marker itself one)."""
    markers = ctx.lexicon.matcher("patients", "local_markers")
    people = ctx.lexicon.matcher("patients", "heads")
    position = sentence.start
    while (marker := markers.search(ctx.text, position, link.head.end)) is not None:
        # the marker a people noun itself ("900 locals"), or one right after it ("local residents")
        if people.match(ctx.text, marker.start) or people.match(ctx.text, ctx.next_word_start(marker.end)):
            return True
        position = marker.end
    return False
