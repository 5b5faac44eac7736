"""Where an event took place, who organised it and how many attended, read from its mention's sentence."""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.lexicon import Lexicon, PhraseMatch, PhraseMatcher
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import KOREA, KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.records.events.shared import Mention
from extractors.spans import Span, overlaps
from extractors.text.sentences import Sentence
from models import EventType

MAX_WORDS_BEFORE_NOUN = 2  # adjectives between a number and the people it counts ("120 foreign guests")
CUE_WINDOW_CHARS = 40  # a cue word stands within a few words of what it introduces
ATTENDEE_NOUN_WORDS = 10  # "About 200 local travel agents, hospital managers and insurers attended"
PLACE_ANAPHORS = frozenset({"city", "province"})  # kinds of anaphor that stand for a Korean place
REGION_NOUN_CHARS = 16  # a space and "prefecture of" or "province" beside the place


_PURPOSE_BREAK = re.compile(r"[,;:()]")  # a clause ends between the place and the care
_POSSESSIVE_END = re.compile(r"['’]s$")  # "the Grand Hall's lobby": the building is the venue
PLACE_CUE_CHARS = 12  # "arrived in Osh": the cue stands right before the place


def came_to(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place) -> bool:
    """ "Doctors from Daegu arrived in Osh on Monday to examine children": care told as the
    purpose of a trip (Lexicon events.care_purposes) is given where the carers came, the place told before it in the clause."""
    cues = ctx.lexicon.matcher("events", "location_cues")
    window_start = max(sentence.start, place.start - PLACE_CUE_CHARS)
    return (
        ctx.lexicon.matcher("events", "care_purposes").contains(noun.text)
        and place.end <= noun.start
        and not _PURPOSE_BREAK.search(ctx.text, place.end, noun.start)
        and any(
            not ctx.text[c.end : place.start].strip()
            for c in cues.finditer(ctx.text, window_start, place.start)
        )
    )


def locate(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, mention: Mention) -> None:
    """Venue, city, region and country: places named in the sentence, not the ones people come from."""
    mention.venue = _venue(ctx, sentence, mention.name)
    # a place in the event's quoted name ("the 'Gwangju ... Session'") is where its organisers
    # come from, not where it is held; one the language marks as where it is held stands though
    # quoted, in someone's words ("“… 중국 베이징에서 개최되는 박람회에 참가해 …”라고 밝혔다")
    named = [
        Span(q.start(1), q.end(1), q[1])
        for q in ctx.language.patterns.events.quoted.finditer(ctx.text, sentence.start, sentence.end)
    ]
    places = [
        p
        for p in ctx.places(sentence)
        if p.place.kind != PlaceKind.DEMONYM
        and not _is_origin(ctx, sentence, p)
        and (not overlaps(p.start, p.start + 1, named) or ctx.language.held_at(ctx, sentence, noun, p))
    ]
    places = [
        p
        for p in places
        if not _inside_the_next(ctx, p, places)
        and not _district_of_the_last(ctx, p, places)
        and not _paired(ctx, p, places)
        and not _korea_owns(ctx, p)
    ]
    # where it was held: the places the language marks so ("in Hanoi", "하노이에서"), then those
    # after the event's noun
    after = [p for p in places if p.start > noun.start]
    held_in = [
        p for p in places if ctx.language.held_at(ctx, sentence, noun, p) or came_to(ctx, sentence, noun, p)
    ]
    headed = _line_head_places(ctx, sentence, places)
    # among the places not marked as where it was held, a foreign city says more than a country
    # named beside it ("Korea's agency joins the Astana health fair": Astana, so Kazakhstan)
    # a place that qualifies a body ("the Korea International Cooperation Agency", "Korea's
    # Chungbuk province Volunteer Doctors' Association") says where the body is from: it comes last
    rest = sorted(
        [p for p in after if p not in held_in] + [p for p in places if p not in after and p not in held_in],
        key=lambda p: (_qualifies_a_body(ctx, sentence, p, places), p.place.kind != PlaceKind.CITY),
    )
    # the place that names the event's host (강남구에서 주관한) tells where only when nothing else does
    hosts = [p for p in rest if ctx.language.names_the_host(ctx, sentence, p)]
    rest = [p for p in rest if p not in hosts] + hosts
    ordered = (
        (headed + held_in + rest) or _place_anaphors(ctx, sentence) or ctx.language.places_here(ctx, sentence)
    )
    home = ctx.lexicon.matcher("events", "home_visits")
    if (
        home.search(ctx.text, sentence.start, sentence.end)
        and not any(not p.place.is_korean for p in held_in)
    ) or (
        mention.event_type == EventType.DELEGATION_VISIT and ctx.language.visits_a_home_body(ctx, sentence)
    ):
        # "카자흐스탄 보건부 대표단이 방한했다", "a Kazakh delegation visited the hospital": a
        # visit to Korea, by a party from abroad
        ordered = [p for p in ordered if p.place.is_korean]
        mention.country = KOREA
    _assign_places(ctx, mention, ordered)
    _city_of_the_district(ctx, sentence, mention)
    if mention.venue is not None and mention.city is None and mention.country in (None, KOREA):
        _place_of_the_venue(ctx, mention)


def _city_of_the_district(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> None:
    """A district or neighbourhood of a special or metropolitan city (해운대, 남구, Songdo) is
    no city of its own: the event's city is the one it lies in (the language's
    ``korea_districts``), the only one, or, for a name several cities share, the one the page
    names last up to the event's sentence (울산 … 남구가 팸투어를 열었다), else first after it.
    Where the page names none of them, the district stays the event's city."""
    cities = _district_cities(ctx.lexicon).get(mention.city or "")
    if not cities:
        return  # the cheap test first: most events are held in a city, or abroad
    if len(cities) == 1:
        mention.city = cities[0]
        return
    before = {city: ctx.text.rfind(city, 0, sentence.end) for city in cities}
    after = {city: ctx.text.find(city, sentence.end) for city in cities}
    last_before = max(cities, key=lambda city: before[city])
    first_after = min(cities, key=lambda city: after[city] if after[city] >= 0 else len(ctx.text))
    if before[last_before] >= 0:
        mention.city = last_before
    elif after[first_after] >= 0:
        mention.city = first_after


@cache
def _district_cities(lexicon: Lexicon) -> dict[str, list[str]]:
    return dict(lexicon.places.get("korea_districts", {}))


def _place_of_the_venue(ctx: DocumentContext, mention: Mention) -> None:
    """ "attended KIMES 2024 at COEX": a known centre with no city named beside it (Korea
    may be, in the event's name) is in its city, as the language's ``venue_cities`` says."""
    city = ctx.lexicon.section("events")["venue_cities"].get(mention.venue)
    place = ctx.language.place_names().get(city) if city else None
    if city and place is not None:
        _assign_places(ctx, mention, [Place(0, 0, city, place)])


def relocate(ctx: DocumentContext, mention: Mention, places: list[Place]) -> None:
    """Place the mention where ``places`` say only (one of the occurrences a sentence tells in
    several places): its city, region and country are theirs."""
    mention.city = mention.region = mention.country = None
    _assign_places(ctx, mention, places)


def _assign_places(ctx: DocumentContext, mention: Mention, ordered: list[Place]) -> None:
    """City, region and country from the places in order of preference, the first of each kind;
    once the event is placed abroad, a Korean city or province is where its party comes from
    ("Jeonnam staged an expo in Hanoi", "대구시 홍보단은 카자흐스탄을 찾았다")."""
    city_states = _city_states(ctx.lexicon)
    for place in ordered:
        if mention.country not in (None, KOREA) and place.place.is_korean:
            continue
        kind = place.place.kind
        if kind == PlaceKind.KOREAN_PROVINCE or (kind == PlaceKind.CITY and _named_as_region(ctx, place)):
            mention.region = mention.region or place.place.name
        elif kind in {PlaceKind.CITY, PlaceKind.KOREAN_CITY} or place.place.name in city_states:
            mention.city = mention.city or place.place.name
        mention.country = mention.country or place.place.country
    if mention.venue and mention.city and mention.venue.endswith(mention.city):
        mention.venue = mention.venue[: -len(mention.city)].rstrip(" ,") or None


@cache
def _city_states(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.places.get("city_states", {}).get("names", []))


def _place_anaphors(ctx: DocumentContext, sentence: Sentence) -> list[Place]:
    """ "An invitation from Busan brought 15 nurses to the city": with no place of its own to be
    held in, an event is in the Korean city or province "the city" or "the province" stands for."""
    found = []
    for match in ctx.lexicon.matcher("organizations", "anaphors").finditer(
        ctx.text, sentence.start, sentence.end
    ):
        name = ctx.antecedent(match.label, match.start)
        if match.label not in PLACE_ANAPHORS or name is None:
            continue
        known = ctx.language.find_places(name, 0, len(name))
        if len(known) == 1 and known[0].end == len(name) and known[0].place.is_korean:
            found.append(Place(match.start, match.end, match.text, known[0].place))
    return found


_PAIR_JOINTS = frozenset("-–—/")  # "Korea-China", "Korea–Uzbekistan", "Korea/UAE"


def _paired(ctx: DocumentContext, place: Place, places: list[Place]) -> bool:
    """ "the Korea-Mongolia Spine Symposium", "the Korea-Laos Care Policy Forum": two
    countries joined by a dash or a slash name the two sides of a bilateral occasion or body, not where it
    is held; neither places the event."""
    joint = ctx.text[place.end : place.end + 1]
    before = ctx.text[place.start - 1 : place.start] if place.start else ""
    if joint not in _PAIR_JOINTS and before not in _PAIR_JOINTS:
        return False  # the cheap test first: most places stand alone
    return any(
        other is not place
        and other.place.kind == place.place.kind == PlaceKind.COUNTRY
        and (other.start == place.end + 1 or other.end == place.start - 1)
        for other in places
    )


def _korea_owns(ctx: DocumentContext, place: Place) -> bool:
    """ "the Republic of Korea's Hanbit University Hospital", "Korea's development aid": Korea
    told as the owner of a body or a thing says whose it is (the Korean side), not where the
    event is held; a Korean city or province stands for where ("in Korea's Jeju")."""
    return (
        place.place.kind == PlaceKind.COUNTRY
        and place.place.country == KOREA
        and ctx.language.patterns.events.possessive.match(ctx.text, place.end) is not None
    )


def _inside_the_next(ctx: DocumentContext, place: Place, places: list[Place]) -> bool:
    """ "at a hotel in Jung-gu, Seoul": a district or town told before the city it lies in; the
    city is the event's. Not an item of a list of cities ("in Seoul, Busan and Daegu")."""
    cities = {PlaceKind.CITY, PlaceKind.KOREAN_CITY}
    within = ctx.language.patterns.events.within.match(ctx.text, place.end)
    if place.place.kind not in cities or within is None:
        return False
    wider = next((p for p in places if p.start == within.end()), None)
    if wider is None or wider.place.kind not in cities or wider.place.country != place.place.country:
        return False
    rest = ctx.text[wider.end : wider.end + 12].lstrip()
    listed = (
        rest.startswith(",") or ctx.lexicon.matcher("grammar", "list_conjunctions").match(rest) is not None
    )
    return not listed


def _district_of_the_last(ctx: DocumentContext, place: Place, places: list[Place]) -> bool:
    """ "서울 중구의 한 호텔에서": a district told right after the city it lies in; the city is the
    event's."""
    cities = {PlaceKind.CITY, PlaceKind.KOREAN_CITY}
    if place.place.kind not in cities:
        return False
    district_after = ctx.language.patterns.events.district_after
    return any(
        p.end <= place.start
        and p.place.kind in cities
        and p.place.country == place.place.country
        and (joint := district_after.match(ctx.text, p.end)) is not None
        and joint.end() == place.start
        for p in places
    )


def _named_as_region(ctx: DocumentContext, place: Place) -> bool:
    """ "Ben Tre province", "the northern province of Lao Cai": a place the text calls a
    province or a region is one there, though the gazetteer knows a city of that name too."""
    lexicon = ctx.lexicon
    after = lexicon.matcher("grammar", "region_nouns").search(
        ctx.text, place.end, place.end + REGION_NOUN_CHARS
    )
    if after is not None and not ctx.text[place.end : after.start].strip():
        return True
    before = lexicon.matcher("grammar", "regions_of").finditer(
        ctx.text, max(0, place.start - REGION_NOUN_CHARS), place.start
    )
    return any(not ctx.text[b.end : place.start].strip() for b in before)


def _line_head_places(ctx: DocumentContext, sentence: Sentence, places: list[Place]) -> list[Place]:
    """ "July 6-8, Busan: familiarization tour ...", "May 24, Almaty (Kazakhstan): ...": in a
    line of a calendar, the places between its date and the colon are where it happened."""
    colon = ctx.text.find(":", sentence.start, sentence.end)
    if colon < 0:
        return []
    dates = [d for d in ctx.dates(sentence) if d.end <= colon]
    if not dates or dates[0].start - sentence.start > 2:
        return []
    head = [p for p in places if dates[0].end <= p.start and p.end <= colon]
    rest = ctx.text[dates[0].end : colon]
    for place in head:
        rest = rest.replace(place.text, " ")
    return head if re.fullmatch(r"[\s,()]*", rest) else []


def _qualifies_a_body(ctx: DocumentContext, sentence: Sentence, place: Place, places: list[Place]) -> bool:
    """Whether a country or a province stands inside a body's name or right before it ("the Korea
    International Cooperation Agency", "Chungbuk province Volunteer Doctors' Association"), or
    owns such a place ("South Korea's Chungbuk province ..."): it names the body, not where the
    event is held. A city in a body's name is often where it is held ("at Jahra Hospital"); the
    kinds of place that qualify a body are the language's (Lexicon events.body_qualifier_kinds)."""
    if place.place.kind.value not in ctx.lexicon.section("events")["body_qualifier_kinds"]:
        return False
    orgs = ctx.organizations(sentence)
    seats = ctx.lexicon.section("events")["seat_heads"]
    if any(
        org.start <= place.start
        and place.end <= org.end
        # "the Korea ... Agency Vietnam Office": the place right before the office is its seat
        and (org.head not in seats or any(place.end <= p.start and p.end <= org.end for p in places))
        for org in orgs
    ):
        return True
    between = ctx.text[place.end : place.end + REGION_NOUN_CHARS]
    region = ctx.lexicon.matcher("grammar", "region_nouns").match(between.lstrip())
    gap = len(between) - len(between.lstrip()) + (region.end if region is not None else 0)
    if any(
        org.start >= place.end + gap and not ctx.text[place.end + gap : org.start].strip() for org in orgs
    ):
        return True
    owned = ctx.language.patterns.events.possessive.match(ctx.text, place.end)  # "Korea's Chungbuk province"
    return owned is not None and any(
        p.start == owned.end() and _qualifies_a_body(ctx, sentence, p, places) for p in places
    )


def _is_origin(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """Where people come from, not where the event is: "agents from Kazakhstan and Uzbekistan"
    (the whole list after "from", up to the place)."""
    origins = list(
        ctx.lexicon.matcher("grammar", "origin_prepositions").finditer(ctx.text, sentence.start, place.start)
    )
    if not origins:
        return False
    last = origins[-1]
    between = ctx.text[last.end : place.start]
    for other in ctx.places(sentence):
        if last.start < other.start and other.end <= place.start:
            between = between.replace(other.text, " ")
    for org in ctx.organizations(sentence):
        # "a delegation from the Jeonbuk University Hospital of the Republic of Korea": the
        # place that qualifies the party people come from is where they come from
        if last.end <= org.start and org.end <= place.start:
            between = between.replace(ctx.text[org.start : org.end], " ")
        elif last.end <= org.start < place.start and place.end <= org.end:
            between = ctx.text[last.end : org.start]
    # "from the Sakha Republic (Yakutia) in the Russian Far East": a list of places, then the
    # place they lie in
    between = between.replace("(", " ").replace(")", " ")
    patterns = ctx.language.patterns.events
    lead = patterns.list_filler.match(between)
    rest = between[lead.end() :] if lead else between
    return not rest or patterns.seat_filler.fullmatch(rest) is not None


def _right_after(ctx: DocumentContext, cues: PhraseMatcher, sentence: Sentence, position: int) -> bool:
    """Whether one of the cue words stands right before ``position`` ("visited Almaty")."""
    window_start = max(sentence.start, position - CUE_WINDOW_CHARS)
    return any(
        not ctx.text[c.end : position].strip() for c in cues.finditer(ctx.text, window_start, position)
    )


def _venue(ctx: DocumentContext, sentence: Sentence, name: str | None) -> str | None:
    """ "at the Plaza Hotel", "at COEX": a capitalised place after "at" that is not the event
    itself ("at the Korea Medical Tourism Awards", "at the Arab Health exhibition" when the
    event is named so); one ending in a building word first."""
    building = _building_word(ctx.lexicon)
    candidates = [
        _POSSESSIVE_END.sub("", m["venue"].strip(" ,"))
        for m in ctx.language.patterns.events.venue.finditer(sentence.text)
        # "at the Arab Health exhibition": the words name the event, not where it is held
        if not re.match(r"\d", m["venue"])
        and not ctx.language.event_noun_follows(ctx, sentence.start + m.end("venue"), sentence.end)
        and _venue_preposition(ctx, m, building)
    ]
    # the first of: a candidate with a building word, a known centre, any other candidate
    # (each read only where the one before it finds nothing)
    if building is not None and (found := next((c for c in candidates if building.search(c)), None)):
        return found
    known = _venue_names(ctx.lexicon).search(sentence.text)
    if known is not None:
        return known.text
    return next((c for c in candidates if not _names_an_event(ctx, c) and not (name and c in name)), None)


def _names_an_event(ctx: DocumentContext, text: str) -> bool:
    """Whether the text holds an event noun that is not glued inside a word naming none (the
    ``[events] not_types``: "페어몬트 호텔" is a hotel, though it holds the noun of a fair)."""
    types = ctx.lexicon.matcher("events", "types")
    if not types.contains(text):
        return False  # the cheap test first: most candidates hold no event noun at all
    glued = list(ctx.lexicon.matcher("events", "not_types").finditer(text, 0, len(text)))
    return any(
        not any(g.start <= t.start and t.end <= g.end for g in glued)
        for t in types.finditer(text, 0, len(text))
    )


def _venue_preposition(ctx: DocumentContext, match: re.Match[str], building: re.Pattern[str] | None) -> bool:
    """ "in Hanoi Heart Hospital", not "in Hanoi": a preposition of ``[events]
    building_cues`` introduces a venue only when its name ends in a building word."""
    prep = match.groupdict().get("prep")
    if prep is None or prep.casefold() not in ctx.lexicon.section("events")["building_cues"]:
        return True
    last = _POSSESSIVE_END.sub("", match["venue"].strip(" ,").split()[-1])
    return building is not None and building.fullmatch(last) is not None


@cache
def _building_word(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Any building word of ``[events] venue_heads`` as a whole word ("Hall", "Hotel"), in one
    pattern; None for a language without them."""
    heads = lexicon.section("events")["venue_heads"]
    return re.compile(r"\b(?:" + "|".join(f"(?:{h})" for h in heads) + r")\b") if heads else None


@cache
def _venue_names(lexicon: Lexicon) -> PhraseMatcher:
    """Convention centres named without "at" or a building word ("BEXCO", "COEX")."""
    return PhraseMatcher(
        dict.fromkeys(lexicon.section("events")["venue_names"], True),
        case_sensitive=True,
        word_bounded=lexicon.word_bounded,  # 벡스코에서: Korean glues its particle to the name
    )


_ORGANIZER_BREAK = re.compile(r"[,;:]")  # a clause ends the names after an organiser's cue
_CLAUSE_MARK = re.compile(r"[,;:()\"“”.]")  # punctuation that parts a team from a body


def organizers(ctx: DocumentContext, sentence: Sentence, visit: bool = False) -> list[str]:
    """Those after "hosted by", "organised by" or "at the invitation of" (up to the next
    preposition), or after the "by" of a passive of holding whose place and day come first
    ("was held in Astana on 6 May by"), and the subject of an active "held" or "staged"; of a visit, the body or the
    place abroad its delegates come from, in place of that subject when one is told."""
    lexicon = ctx.lexicon
    organizers = []
    agents = _agents(ctx, sentence)  # read once: each cue and the possessives pick from them
    cues = lexicon.matcher("events", "organizer_cues").finditer(ctx.text, sentence.start, sentence.end)
    # "was held in Astana on 6 September by the embassy": the agent after the place and day
    late = ctx.language.patterns.events.late_agent.finditer(ctx.text, sentence.start, sentence.end)
    for after_cue in [cue.end for cue in cues] + [agent.end() for agent in late]:
        organizers += _named_after(ctx, sentence, agents, after_cue)
    # "사마르칸트주 대표단이 광주를 방문해": the subject of a visit's verb is the party sent, and
    # the body or place that sent it runs the visit, not the actor read near the verb
    senders = delegates_bodies(ctx, sentence) if visit else []
    verbs = lexicon.matcher("events", "organizing_verbs").finditer(ctx.text, sentence.start, sentence.end)
    for verb in [] if senders else verbs:
        # "Daegu, together with KHIDI, held": the subject stands before the co-hosts' aside
        aside = ctx.language.patterns.events.co_host_aside.search(ctx.text, sentence.start, verb.start)
        at = aside.start() if aside else verb.start
        before = ctx.text[sentence.start : at].split()
        # "was held", "that ran", ", held on": a passive, relative or participle has no subject here
        if (
            before
            and not before[-1].endswith(",")
            and before[-1].lower() not in lexicon.section("events")["not_subject_markers"]
        ):
            organizers += ctx.language.organizers_of(ctx, sentence, at)
            break
    organizers += _carriers(ctx, sentence)
    organizers += _possessors(ctx, sentence, agents)
    organizers += _team_bodies(ctx, sentence)
    organizers += senders
    if organizers:
        # "organised by the embassy in cooperation with the Lagos hospital": who holds it with them
        links = lexicon.matcher("events", "co_host_links").finditer(ctx.text, sentence.start, sentence.end)
        organizers += [name for link in links for name in _named_after(ctx, sentence, agents, link.end)]
    return list(dict.fromkeys(organizers))


def _named_after(
    ctx: DocumentContext, sentence: Sentence, agents: list[tuple[int, int, str]], after: int
) -> list[str]:
    """The bodies named after a cue ("hosted by", "together with"), up to the next preposition
    or clause mark."""
    stop = ctx.lexicon.matcher("events", "organizer_stops").search(ctx.text, after, sentence.end)
    punctuation = _ORGANIZER_BREAK.search(ctx.text, after, sentence.end)
    end = min(stop.start if stop else sentence.end, punctuation.start() if punctuation else sentence.end)
    return [name for start, _, name in agents if after <= start < end]


CARRIED_LEAD_WORDS = 3  # "took its medical tourism roadshow": words of kind before the event noun


def _carriers(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    """ "Daejeon took its roadshow to Hanoi": the subject of a verb that carries an event noun,
    its object, to a place hosts it; "took its name from" carries none."""
    lexicon = ctx.lexicon
    for verb in lexicon.matcher("events", "carrying_verbs").finditer(ctx.text, sentence.start, sentence.end):
        noun = lexicon.matcher("events", "types").search(ctx.text, verb.end, sentence.end)
        between = ctx.text[verb.end : noun.start] if noun else ""
        if noun and len(between.split()) <= CARRIED_LEAD_WORDS and not _CLAUSE_MARK.search(between):
            return ctx.language.organizers_of(ctx, sentence, verb.start)
    return []


TEAM_LEAD_WORDS = 3  # "doctors from South Korea's Sora Hospital": a place's possessive between


def _team_bodies(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    """ "Doctors from Hallym University Hospital treated ...", "a 25-member team from Busan's
    Sora Hospital", "by a Wonju Severance team": a team of carers is told with the body it comes
    from, and that body runs the mission, whatever verb or voice tells it (the team may be the
    subject, or only the agent of a passive). Only a body counts: "doctors from Busan" tells
    where they live, not who sent them."""
    teams = ctx.lexicon.matcher("events", "team_nouns")
    if not teams.contains(sentence.text):  # the cheap test first: most sentences name no team
        return []
    links = ctx.lexicon.matcher("events", "team_links")
    found = []
    for noun in teams.finditer(ctx.text, sentence.start, sentence.end):
        link = links.match(ctx.text, ctx.next_word_start(noun.end))
        for body in ctx.organizations(sentence):
            if (link is not None and _leads_to(ctx, link.end, body.start)) or _names_the_team(
                ctx, body.end, noun.start
            ):
                found.append(body.name)
    return found


DELEGATES_LEAD_WORDS = 1  # "a delegation from the Kazakh health ministry": an article at most


def delegates_bodies(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    """ "A delegation from the Kazakh health ministry visited ...", "Officials of the Kyrgyz
    health ministry toured ...": the body that sends people on a visit runs it, a foreign one
    too (docs/annotation.md). Read for visits only: officials at a fair abroad run nothing.
    The body must follow its link at once, so that "a delegation of 20 doctors visited Hanbit
    Hospital" takes the hospital visited for no sender; or name the party right before its noun
    ("카자흐스탄 보건부 대표단이", "광주시 의료관광 홍보단은"), as a body names its team."""
    delegates = ctx.lexicon.matcher("events", "delegate_nouns")
    if not delegates.contains(sentence.text):  # the cheap test first
        return []
    links = ctx.lexicon.matcher("events", "delegate_links")
    found = []
    for noun in delegates.finditer(ctx.text, sentence.start, sentence.end):
        link = links.match(ctx.text, ctx.next_word_start(noun.end))
        if link is not None:
            found += [
                body.name
                for body in ctx.organizations(sentence)
                if _sends_after_link(ctx, link.end, body.start)
            ]
        # a Korean city or province too: "대전시 의료관광 홍보단" is the city's
        found += [
            ctx.as_written(name)
            for _, end, name in _agents(ctx, sentence)
            if _names_the_team(ctx, end, noun.start)
        ]
        found += _sending_places(ctx, sentence, noun, link)
    return list(dict.fromkeys(found))


def _sending_places(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, link: PhraseMatch | None
) -> list[str]:
    """ "a delegation from Uzbekistan's Samarkand region", "사마르칸트주 대표단": a city or
    province abroad, of one country, that names the party or follows its link sends it, as a
    Korean city sends its own. Not a country ("a Kazakh delegation" says whose people they are)
    nor a world region, nor a place within a body's name (the body is read as the sender)."""
    return [
        p.place.name
        for p in ctx.places(sentence)
        if p.place.kind in {PlaceKind.CITY, PlaceKind.REGION}
        and p.place.country is not None
        and not p.place.is_korean
        and not overlaps(p.start, p.end, ctx.organizations(sentence))  # "the Vladivostok city government"
        and (
            (link is not None and _sends_after_link(ctx, link.end, p.start))
            or _names_the_team(ctx, p.end, noun.start)
        )
    ]


def _sends_after_link(ctx: DocumentContext, end: int, start: int) -> bool:
    """Whether a body follows the delegates' link at once ("a delegation from the ministry")."""
    between = ctx.text[end:start]
    return end <= start and len(between.split()) <= DELEGATES_LEAD_WORDS and not _CLAUSE_MARK.search(between)


def _leads_to(ctx: DocumentContext, end: int, start: int) -> bool:
    """Whether a body starts a few words after a position, no clause or punctuation between."""
    between = ctx.text[end:start]
    return end <= start and len(between.split()) <= TEAM_LEAD_WORDS and not _CLAUSE_MARK.search(between)


def _names_the_team(ctx: DocumentContext, end: int, start: int) -> bool:
    """ "a Wonju Severance team", "Asan Medical Center's doctors": the body names the team right
    before its noun, one word of kind at most between ("medical", "surgical")."""
    if end > start:
        return False
    possessive = ctx.language.patterns.events.possessive.match(ctx.text, end)
    between = ctx.text[possessive.end() if possessive else end : start]
    return len(between.split()) <= 1 and not _CLAUSE_MARK.search(between)


POSSESSED_LEAD_WORDS = 3  # "Gyeonggi Province's medical volunteer team": words before the event noun


def _possessors(ctx: DocumentContext, sentence: Sentence, agents: list[tuple[int, int, str]]) -> list[str]:
    """ "Gyeonggi Province's delegation", "Busan's hosting of the ... Convention": the body whose
    event it is runs it."""
    possessive = ctx.language.patterns.events.possessive
    types = ctx.lexicon.matcher("events", "types")
    presence = ctx.lexicon.matcher("events", "presence_cues")
    found = []
    for _, end, name in agents:
        mark = possessive.match(ctx.text, end)
        if mark is None:
            continue
        window = min(sentence.end, mark.end() + 40)
        nouns = [
            n for n in (m.search(ctx.text, mark.end(), window) for m in (types, presence)) if n is not None
        ]
        if any(len(ctx.text[mark.end() : n.start].split()) <= POSSESSED_LEAD_WORDS for n in nouns):
            found.append(name)
    return found


def _agents(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, int, str]]:
    """Organisations, Korean places and resolved anaphors ("the city") in the sentence: where
    each starts and ends, and its name."""
    found = [(o.start, o.end, o.name) for o in ctx.organizations(sentence)]
    covered = ctx.organizations(sentence)
    found += [
        (p.start, p.end, p.place.name)
        for p in ctx.places(sentence)
        if p.place.kind in KOREAN_PLACE_KINDS and not overlaps(p.start, p.start + 1, covered)
    ]
    for match in ctx.lexicon.matcher("organizations", "anaphors").finditer(
        ctx.text, sentence.start, sentence.end
    ):
        if (name := ctx.antecedent(match.label, match.start)) is not None:
            found.append((match.start, match.end, name))
    return sorted(found)


def attendance(ctx: DocumentContext, sentence: Sentence) -> tuple[int | None, int | None]:
    """People present, and members of a visiting party: "drew some 350 travel agents",
    "attended by about 150", "About 200 agents ... attended", "120 guests" are an audience;
    "a 14-member delegation", "twenty doctors" are members, the size of the party itself, and
    "four doctors and three officials" are seven."""
    cues = ctx.lexicon.matcher("events", "attendance_cues")
    audience: int | None = None
    members: int | None = None
    member_end: int | None = None  # where the last counted group of members ends
    dates = ctx.dates(sentence)
    for quantity in ctx.quantities(sentence):
        # "from March 4 to 6, was attended by some 1,500": the day of a date counts nobody
        if quantity.is_year or quantity.is_measure or overlaps(quantity.start, quantity.end, dates):
            continue
        if _head(ctx, sentence, quantity, "thing_heads", words_before=0) is not None:
            continue  # "delegates from 12 countries gathered": a number of things counts nobody
        if _sums_up(ctx, sentence, quantity):
            # "국장 2명과 병원장 7명 등 9명이 참석했다": the sum stands for the groups before it
            if audience is not None:
                audience = round(quantity.value)
            else:
                members = round(quantity.value)
            continue
        # an audience by its noun or its verb; the cue before the number and a verb of amount
        # are read only where neither tells it
        if _head(ctx, sentence, quantity, "attendance_heads") is not None or _attended_after(
            ctx, sentence, quantity
        ):
            audience = audience or round(quantity.value)
            continue
        member_head = _head(ctx, sentence, quantity, "member_heads")
        qualified = quantity.start - len(
            ctx.language.qualifier_before(ctx.text, sentence.start, quantity.start)
        )
        # "drew more than 200 entries": a cue before a number of things counts nobody
        cued = (member_head is not None or _bare(ctx, quantity)) and _right_after(
            ctx, cues, sentence, qualified
        )
        if cued or _total_of_attendees(ctx, sentence, quantity.start, qualified):  # its noun stands before it
            audience = audience or round(quantity.value)
        elif member_head is not None:
            if members is None:
                members = round(quantity.value)
            elif member_end is not None and _joined(ctx, member_end, quantity.start):
                members += round(quantity.value)
            member_end = member_head
    return audience, members


TOTAL_MARK_CHARS = 8  # "명 등 총 ": the words that make a number the sum stand right before it


def _sums_up(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a mark of a sum stands right before the number ("… 7명 등 9명"): the number is
    the total of the groups of people counted before it."""
    marks = ctx.lexicon.words["events"].get("attendance_totals") or ()
    before = ctx.text[max(sentence.start, quantity.start - TOTAL_MARK_CHARS) : quantity.start]
    return any(before.endswith(mark) for mark in marks)


_CLAUSE_REST = re.compile(r"[^;.\d]*")  # the clause after a number, up to another number


def _attended_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "About 200 local travel agents, hospital managers and insurers attended": a verb of
    attending a few words after the number, in its clause."""
    clause = _CLAUSE_REST.match(ctx.text, quantity.end, sentence.end).group(0)
    verb = ctx.lexicon.matcher("events", "attendance_verbs").search(clause)
    return verb is not None and len(clause[: verb.start].split()) <= ATTENDEE_NOUN_WORDS


def _total_of_attendees(ctx: DocumentContext, sentence: Sentence, position: int, qualified: int) -> bool:
    """ "Participants numbered about 210", "Attendance at the fair reached 6,500": a verb of amount
    right before the number at ``position`` or before its qualifier (at ``qualified``) whose
    clause names, before it, the people present or their attendance."""
    # the verb may be the qualifier itself ("topped 4,000", "exceeded 900") or stand before it
    ends = {position, qualified}
    verbs = ctx.lexicon.matcher("events", "amount_verbs")
    window = max(sentence.start, min(ends) - CUE_WINDOW_CHARS)
    verb = next(
        (
            v
            for v in verbs.finditer(ctx.text, window, position)
            if any(not ctx.text[v.end : e].strip() for e in ends)
        ),
        None,
    )
    if verb is None:
        return False
    clause = ctx.text[sentence.start : verb.start].rsplit(",", 1)[-1].rsplit(";", 1)[-1]
    lexicon = ctx.lexicon
    return lexicon.matcher("events", "attendance_subjects").contains(clause) or lexicon.matcher(
        "events", "attendance_heads"
    ).contains(clause)


def _bare(ctx: DocumentContext, quantity: Quantity) -> bool:
    """Whether no noun of its own follows the number ("drew 180.", "drew 500 from abroad")."""
    word = re.match(r"\s*(\w+)", ctx.text[quantity.end : quantity.end + 20])
    return (
        word is None or not word[1].islower() or word[1] in ctx.lexicon.section("numbers")["bare_followers"]
    )


def _joined(ctx: DocumentContext, end: int, start: int) -> bool:
    """Whether only a list's joint stands between two counted groups ("doctors and three")."""
    return ctx.language.patterns.counts.list_joint.fullmatch(ctx.text[end:start].strip()) is not None


def _head(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    key: str,
    words_before: int = MAX_WORDS_BEFORE_NOUN,
) -> int | None:
    """Where the noun of the list that follows the number ends, with at most ``words_before``
    words between ("20 medical tourism facilitators"), and one more where the first of them is a
    nationality ("15 Russian medical tourism agents"); None if none does."""
    head = ctx.lexicon.matcher("events", key).search(
        ctx.text, quantity.end, min(sentence.end, quantity.end + 40)
    )
    if head is None:
        return None
    between = len(ctx.text[quantity.end : head.start].split())
    if between > words_before + (words_before > 0 and _nationality_after(ctx, sentence, quantity.end)):
        return None
    return head.end


def _nationality_after(ctx: DocumentContext, sentence: Sentence, end: int) -> bool:
    """Whether the word right after a position is a nationality ("15 Russian ... agents")."""
    start = ctx.next_word_start(end)
    return any(p.start == start and p.place.kind == PlaceKind.DEMONYM for p in ctx.places(sentence))
