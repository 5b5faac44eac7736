"""The organisations and foreign places the text knows, named where an agreement's counterparts
stand, and the country of a counterpart whose name gives none. Apart from the names the text does
not know (unknown_names.py) because it reads the mentions already found: which of them are
parties, and which only say where the agreement was signed (a venue), where a body stands (its
seat) or at what event it was signed.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.organizations import Organization
from extractors.mentions.places import Place, PlaceKind
from extractors.records.partnerships.bounds import BRACKET_AFTER
from extractors.spans import Span, overlaps
from extractors.text.sentences import Sentence

EVENT_NAME_LINK_CHARS = 30  # "Forum of the ": an event noun and its link right before a body named in it


def named_counterparts(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, agreement: PhraseMatch | None = None
) -> list[tuple[str, str | None]]:
    """The organisations and foreign places named between ``start`` and ``end`` as parties; a place
    the language marks as where the ``agreement`` was signed ("비슈케크 현지에서") is none."""
    found: list[tuple[str, str | None]] = []
    countries_found: list[tuple[str, str | None]] = []
    covered: list[Span] = []
    places = ctx.places(sentence)
    # "몽골대사관에서": a body where the agreement was signed, and the places in its name, are no party
    venues = [o for o in ctx.organizations(sentence) if is_venue(ctx, sentence, o.start, o.end)]
    for named in ctx.organizations(sentence):
        if (
            start <= named.start < end
            and not named.is_korean
            and named not in venues
            and not _names_the_agreement(ctx, sentence, named.end)
            and not _names_an_event(ctx, sentence, named.start)
        ):
            org = ctx.fuller_name(named, sentence.start)
            seat = _seat(ctx, ctx.past_acronym(named.end), places)  # "(NCMCH) of Mongolia"
            name = org.name + _state_past_acronym(ctx, named, seat)
            found.append((name, org.country or (seat.place.country if seat else None)))
            covered.append(Span(named.start, seat.end if seat else named.end, named.name))
    for place in places:
        inside = overlaps(place.start, place.start + 1, [*covered, *venues])
        if inside or not start <= place.start < end or place.place.is_korean:
            continue
        if (owner := _described_as_of(ctx, sentence, place, found, covered)) is not None:
            # "with Emirates Health Services (EHS), the federal provider of the UAE": the
            # country of the counterpart described, not a party of its own
            found[owner] = (found[owner][0], place.place.country)
            continue
        if _where_signed(ctx, sentence, place, bool(found)) or (
            agreement is not None and ctx.language.signed_at(ctx, sentence, agreement, place)
        ):
            continue
        if (described := _describes_next_body(ctx, place, covered)) is not None:
            # "the Almaty insurer Kazmed Assurance": where the body named next stands, its country
            # where its name gave none
            name, country = found[described]
            found[described] = (name, country or place.place.country)
            continue
        if place.place.kind == PlaceKind.COUNTRY:
            countries_found.append((place.place.name, place.place.country))
        elif place.place.kind == PlaceKind.CITY:
            # "헨티 주": the unit written apart is part of its name as a party
            unit = ctx.language.patterns.partnerships.place_unit.match(ctx.text, place.end, end)
            name = ctx.text[place.start : unit.end()] if unit else place.place.name
            if all(told != name for told, _ in found):  # "셀렝게 주(…, 이하 셀렝게 주)": one party
                found.append((name, place.place.country))
    # "visited Uzbekistan and signed an MOU with Uzbekistan's Second National Hospital": a country
    # whose organisation is a party is where it stands, not a party of its own
    org_countries = {country for _, country in found}
    # "the United Arab Emirates (UAE)": a country named twice is one party
    countries = {c[1]: c for c in reversed(countries_found) if c[1] not in org_countries}
    return found + [c for c in countries_found if countries.get(c[1]) is c]


def _state_past_acronym(ctx: DocumentContext, body: Organization, seat: Place | None) -> str:
    """ "the Ministry of Health (MOH) of Kazakhstan": the country a state's body belongs to,
    parted from its name only by the name's acronym, ends the name (" (MOH) of Kazakhstan"), as
    it would without the brackets: a ministry's name without its state names no one. Another
    body's name is whole without it ("the Scientific Center of Pediatrics (SCP) of Kazakhstan");
    else nothing."""
    end = body.end
    after = ctx.past_acronym(end)
    if seat is None or after == end or seat.place.kind != PlaceKind.COUNTRY:
        return ""
    if not ctx.lexicon.matcher("organizations", "state_heads").contains(body.head):
        return ""
    joint = ctx.text[after : seat.start].split()
    if len(joint) != 1 or joint[0] not in ctx.lexicon.section("grammar")["belonging_prepositions"]:
        return ""
    return " " + " ".join(ctx.text[end : seat.end].split())


def _described_as_of(
    ctx: DocumentContext,
    sentence: Sentence,
    place: Place,
    found: list[tuple[str, str | None]],
    covered: list[Span],
) -> int | None:
    """The index in ``found`` of the counterpart of unknown country that ``place`` describes: a
    country named in an apposition right after it (a comma, an article, no other name or
    conjunction between)."""
    if place.place.kind != PlaceKind.COUNTRY:
        return None
    before = [i for i, span in enumerate(covered) if span.end <= place.start]
    if not before or found[before[-1]][1] is not None:
        return None
    between = ctx.text[ctx.past_acronym(covered[before[-1]].end) : place.start]
    words = between.split()
    articles = ctx.lexicon.section("grammar")["articles"]
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    if not (between.lstrip().startswith(",") and len(words) > 1 and words[1].lower() in articles):
        return None
    if conjunctions.search(between) is not None or "," in between.lstrip()[1:]:
        return None
    return before[-1]


# what parts a place from a body told in brackets right after it: the place's own suffix at most
# ("알마티시(", "Almaty (")
_GLOSS_OPENING = re.compile(r"\w{0,2}\s?\(")


def _describes_next_body(ctx: DocumentContext, place: Place, covered: list[Span]) -> int | None:
    """The index in ``covered`` of the body that ``place`` describes: the body named right after
    it where a noun of a kind of body parts them ("the Almaty insurer Kazmed Assurance", "the
    Vladivostok clinic chain Primmed"), a body told in brackets right after it
    ("타슈켄트시(보건국)"), or one the language joins to it as its seat ("하노이의 탄롱병원"): the
    place is where that body stands, no party of its own."""
    index = next((i for i, span in enumerate(covered) if span.start >= place.end), None)
    if index is None:
        return None
    between = ctx.text[place.end : covered[index].start].strip()
    if _GLOSS_OPENING.fullmatch(between):
        return index  # "타슈켄트시(보건국)와": the place's own body, told in brackets after it
    if between in ctx.lexicon.section("partnerships")["seat_links"]:
        return index  # "하노이의 탄롱병원과": the place owns the body named right after it
    heads = ctx.lexicon.matcher("organizations", "descriptor_heads")
    described = bool(between) and between.islower() and heads.spans(between, 0, len(between))
    return index if described else None


def _where_signed(ctx: DocumentContext, sentence: Sentence, place: Place, orgs_named: bool) -> bool:
    """ "The agreement between Hanyang University Hospital and Khabarovsk Regional Hospital was
    signed in Vladivostok": beside named organisations, a place after "in" or "at" is where."""
    return orgs_named and is_venue(ctx, sentence, place.start, place.end)


def _names_the_agreement(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """ "지정병원 협약" (a designated-hospital agreement): an organisation noun right before the
    agreement noun says what kind of agreement it is, not who signed it."""
    noun = ctx.lexicon.matcher("partnerships", "kinds").search(ctx.text, position, sentence.end)
    if noun is None or noun.start <= position or ctx.text[position : noun.start].strip():
        return False
    # "the Center agreed to cooperate": an agreement told by its verb has the name for subject
    return not ctx.lexicon.matcher("partnerships", "concluded").contains(noun.text)


def _names_an_event(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """ "signed at the 5th Forum of the Korea-Uzbekistan Medical Cooperation Council": a body
    named after the capitalised noun of an event and "of" is part of the event's name, where
    the agreement was signed, not a party."""
    grammar = ctx.lexicon.section("grammar")
    links = {w.lower() for w in grammar["belonging_prepositions"]}
    articles = {w.lower() for w in grammar["articles"]}
    for noun in ctx.lexicon.matcher("events", "types").finditer(
        ctx.text, max(sentence.start, position - EVENT_NAME_LINK_CHARS), position
    ):
        words = ctx.text[noun.end : position].lower().split()
        if (
            noun.text[:1].isupper()
            and words
            and words[0] in links
            and all(word in articles for word in words[1:])
        ):
            return True
    return False


def is_venue(ctx: DocumentContext, sentence: Sentence, position: int, end: int | None = None) -> bool:
    """ "signed the MOU in the Provincial Office", "at the Rixos Hotel", "한빛병원(수원시
    소재)에서 협약을 체결했다": where, not who; a language tells it by a preposition before the
    name, or by a postposition after it (``end``; a bracket after the name may stand between)."""
    if ctx.follows("partnerships", "venue_prepositions", sentence, position):
        return True
    if end is None:
        return False
    after = BRACKET_AFTER.match(ctx.text, end, sentence.end)
    locative = ctx.lexicon.matcher("partnerships", "venue_postpositions").match(
        ctx.text, after.end() if after else end, sentence.end
    )
    return locative is not None and not ctx.text[locative.end : locative.end + 1].isalnum()


def _seat(ctx: DocumentContext, position: int, places: list[Place]) -> Place | None:
    """ "Thang Long General Hospital in Hanoi": the city right after an organisation is where it
    stands (its country), not a party of its own."""
    seat = ctx.language.patterns.partnerships.seat.match(ctx.text, position)
    if seat is None:
        return None
    return next((p for p in places if p.start == seat.end() and not p.place.is_korean), None)


def implied_country(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """Where a counterpart of unknown country stands: the one foreign country its sentence
    names, else the foreign country the article names most ("The National Scientific Medical
    Center (NSMC) and South Korea's ..." in an article from Astana)."""
    named = {p.place.country for p in ctx.places(sentence) if p.place.country and not p.place.is_korean}
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    return ctx.main_foreign_country
