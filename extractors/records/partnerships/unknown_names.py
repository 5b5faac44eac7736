"""Names the text does not know as an organisation or place, read as parties where the language
says a counterpart is named ("with Vitamed, a clinic chain based in Tashkent"): the name, where it
is from, the names listed with it, and the agent of a passive signing. Apart because it reads the
words themselves by the language's pattern of a name, not the mentions already found.
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.places import KOREA, KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.records.partnerships.bounds import LIST_JOINT, skip_spaces
from extractors.spans import overlaps
from extractors.text.sentences import Sentence


def unknown_name(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """ "signed an MOU with Vietravel on ...", "with Taiwanese travel platform KKday", "'소가스'와
    계약을": a name where the counterpart is named (and a description of it) that is no known
    organisation or place is the counterpart, of the country its description names, if any."""
    pattern = ctx.language.patterns.partnerships.unknown_name
    match = pattern.match(ctx.text, start, end)
    if match is None:
        return []
    stretch_end = end
    places = ctx.places(sentence)
    described = [p for p in places if p.start == match.start("descriptor")]
    function_words = ctx.lexicon.lowered_words("text", "function_words")
    if match["descriptor"] and any(w in function_words for w in match["descriptor"].split()[1:]):
        # "with Sakhalin in March": a preposition after the place ends the counterpart there; a
        # description is words of a kind of body ("Taiwanese travel platform KKday")
        described = []
    if match["descriptor"] and not described:
        # a description begins with where the counterpart is from ("Taiwanese travel platform
        # KKday"); "with Aeroflot on May 2" has none: the name is the word the marker points to
        first_word = match.start("descriptor") + len(match["descriptor"].split()[0])
        match = pattern.match(ctx.text, start, first_word)
        if match is None:
            return []
    start, end = match.span("name")
    leading = ctx.lexicon.matcher("text", "not_name_starts").search(ctx.text, start, end)
    # "with Cheongdo on March 4"; a home place glued before more of a word is part of a name
    # ("여수트래블과")
    known = [
        *(p for p in places if not _opens_a_word(ctx, p, end)),
        *ctx.organizations(sentence),
        *ctx.dates(sentence),
    ]
    # "with Turkish Airlines", "with Uzbekistan Airways": a foreign nation opening a name the
    # text does not know is where the counterpart is from, not a party of its own
    # "with Tashkent's Akfa Medline": a foreign city owning the name is where it is from too
    # "with Shanghai Blue Sky Travel": a foreign city before two or more words of a name too
    origin = next(
        (
            p
            for p in places
            if p.start == start
            and p.end < end
            and (_of_a_nation(p) or owns_a_name(ctx, p) or _city_opening_a_name(ctx, p, end))
        ),
        None,
    )
    if origin is not None:
        known = [k for k in known if k is not origin]
        described = described or [origin]
    if (leading is not None and leading.start == start) or overlaps(start, end, known):
        return []
    if _unit_of_a_body(ctx, sentence, end):
        return []  # "with the Faculty of Medicine, Tashkent Medical Academy": the academy is the party
    if not described:
        # "러시아 보스톡 클리닉과": a foreign country or city right before the name is where it stands
        described = [
            p
            for p in places
            if not p.place.is_korean and p.end < start and not ctx.text[p.end : start].strip()
        ]
    country = described[0].place.country if described else None
    name = match["name"].strip("'‘’\"“”").rstrip(".")  # "with Turkish Airlines." ends the sentence
    if name in ctx.lexicon.section("partnerships")["generic_nouns"]:
        return []  # "동남아 도시와 맺은 첫 협약": a kind of body or place names no one
    listed_after = _listed_after(ctx, sentence, match.end("name"), stretch_end)
    return [*_listed_before(ctx, sentence, match.start(), start), (name, country), *listed_after]


UNIT_OF_CHARS = 60  # "of Nursing/School of Nursing, ": what may part a unit's name from its body's


def _unit_of_a_body(ctx: DocumentContext, sentence: Sentence, end: int) -> bool:
    """Whether the name ending at ``end`` goes on with what it is of and, after a comma, a known
    organisation: a unit of that body ("the College of Nursing, Hanbit University", "the
    Graduate School of Dentistry, Osaka University"), which is the party, not the unit."""
    belonging = ctx.lexicon.section("grammar")["belonging_prepositions"]
    words = ctx.text[end : end + UNIT_OF_CHARS].split(maxsplit=1)
    if not words or words[0] not in belonging:
        return False
    comma = ctx.text.find(",", end, min(sentence.end, end + UNIT_OF_CHARS))
    if comma < 0 or re.search(r"[;:()]", ctx.text[end:comma]):
        return False
    after = skip_spaces(ctx, comma + 1)
    articles = ctx.lexicon.section("grammar")["articles"]
    return any(
        o.start == after or (o.start > after and ctx.text[after : o.start].strip().lower() in articles)
        for o in ctx.organizations(sentence)
    )


MIN_NAME_REST_CHARS = 2  # "여수트래블": what a firm's name adds after a place it opens with


def _opens_a_word(ctx: DocumentContext, place: Place, end: int) -> bool:
    """Whether a home city or province opens a longer word, glued to at least two more letters
    before ``end`` ("여수트래블", not "청도군" nor "Cheongdo on")."""
    rest = re.match(r"\w*", ctx.text[place.end : end]).group(0)
    return place.place.kind in KOREAN_PLACE_KINDS and len(rest) >= MIN_NAME_REST_CHARS


def owns_a_name(ctx: DocumentContext, place: Place) -> bool:
    """Whether a foreign place owns the words after it ("Tashkent's Akfa Medline")."""
    owns = ctx.language.patterns.targets.possessive_joint.match(ctx.text, place.end)
    return not place.place.is_korean and owns is not None and owns.end() > place.end


MIN_NAME_REST_WORDS = 2  # "Shanghai Blue Sky Travel", not "Almaty Mayor" nor "Tashkent on"


def _city_opening_a_name(ctx: DocumentContext, place: Place, end: int) -> bool:
    """Whether a foreign city opens a name of words it does not end ("Shanghai Blue Sky
    Travel"): two words or more after it, up to ``end``, are the body's own name, so the city is
    where the body stands, not a party of its own."""
    rest = ctx.text[place.end : end].split()
    return (
        place.place.kind == PlaceKind.CITY
        and not place.place.is_korean
        and len(rest) >= MIN_NAME_REST_WORDS
        and ctx.text[place.end : place.end + 1].isspace()
    )


def _of_a_nation(place: Place) -> bool:
    """A foreign nation or nationality ("Turkish", "Uzbekistan"), not a city or a Korean place."""
    return place.place.kind in {PlaceKind.DEMONYM, PlaceKind.COUNTRY} and not place.place.is_korean


def _listed_before(
    ctx: DocumentContext, sentence: Sentence, start: int, name: int
) -> list[tuple[str, str | None]]:
    """ "몽골 국립암센터·울란메디투어와": the bodies listed right before a name, each parted from
    the next by a dot or a comma alone, are parties beside it ("미국 보험사 시그나": a
    description, not an item)."""
    listed: list[tuple[str, str | None]] = []
    following = name
    for org in reversed([o for o in ctx.organizations(sentence) if start <= o.start and o.end <= name]):
        if not LIST_JOINT.fullmatch(ctx.text, org.end, following):
            break
        # "경상대병원․남해트래블과": a Korean body (or one of no stated country) listed so is a
        # partner at home
        listed.insert(0, (ctx.fuller_name(org, sentence.start).name, org.country or KOREA))
        following = org.start
    return listed


def _listed_after(
    ctx: DocumentContext, sentence: Sentence, position: int, end: int, after_a_list: bool = False
) -> list[tuple[str, str | None]]:
    """ "signed an MOU with Brightwell, Osgood and KLMA to open …": the names listed after a first
    name the text does not know, parted by commas and closed by "and", are parties beside it. A
    list never closed by "and" gives none: a comma alone may open a description of the first."""
    pattern = ctx.language.patterns.partnerships.unknown_name
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    bodies = ctx.organizations(sentence)
    known = [*ctx.places(sentence), *ctx.dates(sentence), *bodies]
    items: list[tuple[str, str | None]] = []
    while True:
        comma = LIST_JOINT.match(ctx.text, position, end)
        start = comma.end() if comma is not None else position
        joint = conjunctions.search(ctx.text, start, end)
        closing = joint is not None and not ctx.text[start : joint.start].strip()
        if (not closing and comma is None) or (
            closing and comma is not None and not items and not after_a_list
        ):
            return []  # ", and Director Yoon called it …": a clause after the first name, no list
        start = skip_spaces(ctx, joint.end) if closing and joint is not None else start
        match = pattern.match(ctx.text, start, end)
        if match is not None and match["descriptor"]:
            # "Vitamed and OKMC": what reads as a description is the item and the joint after it
            match = pattern.match(ctx.text, start, start + len(match["descriptor"].split()[0]))
        if match is None or overlaps(*match.span("name"), known):
            # a known body closing the list is read as a counterpart of its own
            return items if closing and any(b.start == start for b in bodies) else []
        items.append((match["name"].strip("'‘’\"“”").rstrip("."), None))
        position = match.end("name")
        if closing:
            return items


def unknown_closing_a_list(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """The names the text does not know after two known bodies listed with a comma between them:
    the list goes on past the bodies the text knows."""
    bodies = [o for o in ctx.organizations(sentence) if start <= o.start and o.end <= end]
    if len(bodies) < 2 or not LIST_JOINT.fullmatch(ctx.text, bodies[-2].end, bodies[-1].start):
        return []
    return _listed_after(ctx, sentence, bodies[-1].end, end, after_a_list=True)


def bodies_beside(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, unknown: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """ "타슈켄트시 보건국과 한인회를 대상으로": a known foreign body listed before a name the text
    does not know, a word of joining between them, is a counterpart too; a body written right
    against the name, or apart from it only by a quote, describes it ("미국 보험사 '시그나'")."""
    names = [ctx.text.find(name, start, end) for name, _ in unknown]
    first = min((n for n in names if n >= 0), default=-1)
    if first < 0:
        return []
    return [
        (o.name, o.country)
        for o in ctx.organizations(sentence)
        if start <= o.start
        and o.end < first
        and not o.is_korean
        and any(c.isalpha() for c in ctx.text[o.end : first])
        and not any(o.name in name or name in o.name for name, _ in unknown)
    ]


def unknown_agent_after(ctx: DocumentContext, sentence: Sentence, start: int) -> str | None:
    """The agent of a passive signing named after the counterpart ("was signed with the Almaty
    clinic by Medipia"), a name the text does not know and of no stated country: the side the
    counterpart signed with, which the words before the agreement left unnamed."""
    agent = ctx.lexicon.matcher("partnerships", "passive_agents").search(ctx.text, start, sentence.end)
    if agent is None:
        return None
    named = unknown_name(ctx, sentence, skip_spaces(ctx, agent.end), sentence.end)
    return named[0][0] if len(named) == 1 and named[0][1] is None else None
