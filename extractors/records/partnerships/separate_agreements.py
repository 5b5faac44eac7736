"""Whether the counterparts of one sentence signed one agreement together or one each: all bodies
or all places, one per country, one per repeated partner marker ("with A in June and with B"),
one per item of a dated list. Apart because it parts counterparts already found into agreements
and finds none of its own.
"""

from itertools import pairwise

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.records.partnerships.named_counterparts import named_counterparts
from extractors.records.partnerships.unknown_names import unknown_name
from extractors.text.sentences import Sentence


def one_sort(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, counterparts: list[tuple[str, str | None]]
) -> bool:
    """Whether the counterparts listed between ``start`` and ``end`` are all organisations or all
    places: a list that mixes the two names the parties of one agreement, not one a party. A name
    the text does not know that ends in a kind of body ("메디온 클리닉") is a body too."""
    bodies = [o.name for o in ctx.organizations(sentence) if start <= o.start < end]
    kinds = tuple(ctx.lexicon.section("partnerships").get("heads_apart", ()))
    named_bodies = [any(body in name for body in bodies) or name.endswith(kinds) for name, _ in counterparts]
    return all(named_bodies) or not any(named_bodies)


def per_country(
    ctx: DocumentContext, counterparts: list[tuple[str, str | None]]
) -> list[list[tuple[str, str | None]]]:
    """ "페루와 콜롬비아 보건부와" (the health ministries of Peru and of Colombia): a country named
    bare beside a body of another country stands for that country's own body, a party to an
    agreement of its own; bodies listed by their names, or of one country, stay one agreement."""
    countries = {country for _, country in counterparts}
    bare = any(
        any(p.start == 0 and p.end == len(name) for p in ctx.places_in(name)) for name, _ in counterparts
    )
    if len(countries) < 2 or None in countries or not bare:
        return [counterparts]
    return [
        [c for c in counterparts if c[1] == country] for country in dict.fromkeys(c for _, c in counterparts)
    ]


def each_marked(
    ctx: DocumentContext,
    sentence: Sentence,
    marker: PhraseMatch,
    implied: str | None,
) -> list[list[tuple[str, str | None]]]:
    """ "signed with the Oman Ministry of Health in June 2017 and with the Sharjah Health
    Authority": a partner marker repeated after a conjunction opens another agreement, so the
    counterparts after each marker are a partnership of their own; where a marker names no
    known one, the name the text does not know after it ("with Selenge in March 2022")."""
    markers = ctx.lexicon.matcher("grammar", "counterpart_prepositions")
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    starts = [marker.end]
    for again in markers.finditer(ctx.text, marker.end, sentence.end):
        stop = _before_another(ctx, marker.end, again.start)
        joint = conjunctions.search(ctx.text, max(marker.end, stop - 8), stop)
        if joint is not None and not ctx.text[joint.end : stop].strip(" ,"):
            starts.append(again.end)
    if len(starts) < 2:
        return []
    bounds = [*starts, sentence.end]
    groups = [
        [
            (name, country or implied)
            for name, country in named_counterparts(ctx, sentence, start, end)
            or unknown_name(ctx, sentence, start, end)
        ]
        for start, end in pairwise(bounds)
    ]
    return groups


ANOTHER_CHARS = 20  # "and a separate one with": how far before a repeated marker its "another" stands


def _before_another(ctx: DocumentContext, floor: int, marker_start: int) -> int:
    """Where the words before a repeated counterpart marker end once a word of one more
    agreement right before it is set aside ("and another with B" reads as "and with B")."""
    another = ctx.lexicon.matcher("partnerships", "another_agreement_words")
    for word in another.finditer(ctx.text, max(floor, marker_start - ANOTHER_CHARS), marker_start):
        if not ctx.text[word.end : marker_start].strip(" ,"):
            return word.start
    return marker_start


def item_counterparts(
    ctx: DocumentContext,
    sentence: Sentence,
    start: int,
    end: int,
    noun: PhraseMatch,
    korean_side: str | None,
    implied: str | None,
) -> list[tuple[str, str | None]]:
    """The counterparts of one item of a list: a name the text does not know ("27일에는
    돌린스크시", "카자흐스탄 국립 심장 병원 및 …": the body, not the country that describes it),
    else those named, as the whole stretch is read."""
    named = unknown_name(ctx, sentence, start, end) or named_counterparts(ctx, sentence, start, end, noun)
    return [(name, country or implied) for name, country in named if name != korean_side]
