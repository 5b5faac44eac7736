"""Who sets a goal or aims at a market: the first Korean organisation or place of the sentence,
or Korea itself."""

from extractors.context import DocumentContext
from extractors.mentions.places import PlaceKind
from extractors.text.sentences import Sentence


def first_korean_actor(ctx: DocumentContext, sentence: Sentence, before: int | None = None) -> str | None:
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
    return " ".join(korean[0].text.split()) if korean else None  # as written: "대구시", "Daegu"


def korea_before(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """ "South Korea aims to attract ...", "Korea is targeting ...": with no organisation or city
    before the cue, Korea itself named before it sets a national goal or aims at a market."""
    if not ctx.lexicon.section("grammar")["country_acts"]:
        return None
    country = [
        p
        for p in ctx.places(sentence)
        if p.end <= before and p.place.kind == PlaceKind.COUNTRY and p.place.is_korean
    ]
    return " ".join(country[0].text.split()) if country else None
