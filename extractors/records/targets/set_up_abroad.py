"""Places of care and offices set up abroad: "opened a clinic in Dubai", "the clinic in Almaty
is run by Severance", "Hanbit Spine Centre in Almaty".

A place of care a Korean body sets up or runs abroad is that body's market (annotation.md,
Markets), even where no word of aiming is written. It stands in one country, makes a statement of
its own, and is a record only where the body aims at that country nowhere else in the document,
so it is read and kept apart from the cues of aiming.
"""

from extractors.context import DocumentContext
from extractors.mentions.places import KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.records.drafts import RecordDraft
from extractors.records.targets.actors import in_full
from extractors.records.targets.market_record import market
from extractors.records.targets.other_trades import office_of_other_trade
from extractors.text.sentences import Sentence


def branches_named_abroad(ctx: DocumentContext) -> list[RecordDraft]:
    """ "Hanbit Spine Centre in Almaty", "Tashkent Hanbit Clinic": a place of care abroad that
    bears the brand of the body the article is about is that body's branch there, a market of
    its own (annotation.md, Markets: a hospital a Korean body runs abroad), whatever verb tells
    it, or none. The place stands right after the name's preposition or in the name itself; a
    foreign body that only shares a word of description ("Children's Hospital"), one named
    with its own country ("Almaty's Hanbit Clinic", "US-based Hanbit"), and the body's people
    met abroad ("a delegation from Hanbit Hospital in Almaty") are none. One record a
    sentence, for the countries it lists."""
    markets = ctx.lexicon.section("markets")
    heads = {head.lower() for head in markets["branch_heads"]}
    # the bodies of care named in a sentence with a place abroad, where a branch is told: the
    # body the article is about, a reading of the whole document, is asked only where there
    # is one (most pages name none)
    named = [
        (sentence, bodies)
        for sentence in ctx.body_sentences
        if ctx.names_a_foreign_place(sentence)
        and (bodies := [org for org in ctx.organizations(sentence) if org.name.split()[-1].lower() in heads])
    ]
    main = ctx.main_actor if named else None
    if main is None:
        return []
    stops = {word.lower() for word in markets["branch_name_stops"]}
    # a brand word: each part of it a name that is no word of description ("Chung-Ang", not
    # "Korean-run" or "Korea-Laos")
    brand = {
        word
        for word in main.split()
        if all(part[:1].isupper() and part.lower() not in stops for part in word.split("-"))
    }
    guests = {word.lower() for word in markets["branch_guest_leads"]}
    articles = ctx.lexicon.lowered_words("grammar", "articles")
    prepositions = tuple(f"{p} " for p in markets["opening_prepositions"])
    drafts = []
    for sentence, bodies in named:
        countries: list[str] = []
        for org in bodies:
            if not brand & set(org.name.split()):
                continue
            before = ctx.text[sentence.start : org.start].split()
            if before and before[-1].lower() in articles:
                before.pop()
            if before and before[-1].lower() in guests:
                continue  # "a delegation from Hanbit Hospital in Almaty": where its people went
            # "Hanbit Spine Centre in Almaty", "Hanbit Clinic, in Dubai": the place after its preposition
            rest = ctx.text[org.end : sentence.end]
            lead = org.end + len(rest) - len(rest.lstrip(" ,"))
            preposition = next((p for p in prepositions if ctx.text.startswith(p, lead)), None)
            there = _place_of_care_after(ctx, sentence, lead + len(preposition)) if preposition else None
            # a place that opens a word of another branch's name ("Tashkent Hanbit Clinic"); the
            # body's own name may name a country ("the Korea-Uzbekistan Hanbit Centre") and
            # "Almaty's Hanbit" or "US-based Hanbit" name a body of that country
            inside = [
                place
                for place in ctx.places(sentence)
                if org.name != main
                and org.start <= place.start
                and place.end < org.end
                and (place.start == org.start or ctx.text[place.start - 1] == " ")
                and ctx.text[place.end] == " "
                and not place.place.is_korean
            ]
            for place in [there] if there is not None else inside[:1]:
                if place.place.country and place.place.country not in countries:
                    countries.append(place.place.country)
        if countries:
            actor = in_full(ctx, main)
            drafts.append(market(ctx, "targets.market_of_branch_abroad", sentence, actor, None, countries))
    return drafts


def places_abroad(
    ctx: DocumentContext, found: list[RecordDraft], opening: list[RecordDraft]
) -> list[RecordDraft]:
    """The markets of places of care set up abroad: one record for each body and country ("Hanbit
    opened a clinic in Dubai; Saebit runs one in Abu Dhabi" is two), unless the body aims at the
    country in another record of the document, before or after ("Incheon opened a centre in
    Irkutsk ... Incheon has chosen China and Russia as its key markets" is one)."""
    kept: list[RecordDraft] = []
    for draft in opening:
        fields = draft.fields
        if not any(
            _same_body(ctx, other.fields["actor"], fields["actor"])
            and set(fields["market_countries"]) <= set(other.fields["market_countries"])
            for other in found + kept
        ):
            kept.append(draft)
    return kept


def _same_body(ctx: DocumentContext, one: str | None, other: str | None) -> bool:
    """Whether two actors name one body: the same name, or a Korean place and its government
    named in full ("Ulsan" and "Ulsan Metropolitan City Government"), not a body that only bears
    the place's name ("Seoul" and "Seoul National University Hospital")."""
    if one is None or other is None or one == other:
        return one == other
    short, long = sorted((one, other), key=len)
    place = ctx.language.place_names().get(short)
    heads = ctx.lexicon.lowered_words("organizations", "state_heads")
    return (
        place is not None
        and place.kind in KOREAN_PLACE_KINDS
        and long.startswith(short + " ")
        and long.split()[-1].lower() in heads
    )


def in_one_country_where_set_up(
    ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]]
) -> list[tuple[int, Place]]:
    """ "the first Korean hospital opened in Central Asia": a place of care or an office stands
    in one country, so a world region it is said to be set up in is no market of its own (the
    country named with it is: "opened in Uzbekistan, the first in Central Asia")."""
    openings = {
        cue.start
        for cue in ctx.lexicon.matcher("markets", "openings").finditer(ctx.text, sentence.start, sentence.end)
    }
    return [(cue, place) for cue, place in aimed if not (cue in openings and place.place.country is None)]


def bases_set_up(
    ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]], set_up: set[int]
) -> frozenset[str]:
    """ "블라디보스토크에 의료관광 거점센터를 연다": an office or a place of care set up in a city
    abroad and named a base (``base_nouns``, between the city and the verb of opening) makes the
    page aim at the city itself, a market region of its own beside its country (annotation.md,
    Markets: "unless the page ... calls it a base"); a city where one is only opened ("아스타나에
    진료소를 열고 이웃 나라로 뻗어 갈 교두보를 확보") gives its country."""
    bases = ctx.lexicon.matcher("markets", "base_nouns")
    if not set_up or not bases.contains(sentence.text):
        return frozenset()
    openings = ctx.lexicon.matcher("markets", "openings")
    return frozenset(
        place.place.name
        for cue, place in aimed
        if cue in set_up
        and place.place.kind == PlaceKind.CITY
        and (opening := openings.match(ctx.text, cue)) is not None
        and bases.search(ctx.text, place.end, opening.end) is not None
    )


def _place_of_care_after(ctx: DocumentContext, sentence: Sentence, position: int) -> Place | None:
    """The foreign place a place of care set up abroad stands in, right after its preposition at
    ``position``: an article, a count ("in five Kazakh towns") or a district before its city
    ("in Dostyk, Almaty") may stand between. A name the place begins ("in Doha Medical City",
    "in the Hanoi Heart Hospital") still stands in that place's country."""
    lead = ctx.language.patterns.targets.place_of_care_lead
    for place in ctx.places(sentence):
        if place.start < position:
            continue
        if lead.fullmatch(ctx.text, position, place.start) is None:
            return None
        return None if place.place.is_korean else place
    return None


def foreign_body_before(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether the organisation named last before ``position`` is a foreign one."""
    before = [o for o in ctx.organizations(sentence) if o.end <= position]
    return bool(before) and before[-1].country is not None and not before[-1].is_korean


def _foreign_body_ends(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether a foreign organisation's name ends at ``position``."""
    return any(
        o.end == position and o.country is not None and not o.is_korean for o in ctx.organizations(sentence)
    )


def _an_occasion(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether the words from ``start`` end at ``end`` on an event's noun ("a mobile clinic", "a
    free dental clinic"): care given on an occasion, not a place of care."""
    free_care = ctx.language.patterns.events.free_care
    return any(
        o.end == end for o in ctx.lexicon.matcher("events", "types").finditer(ctx.text, start, end)
    ) or any(m.end() == end for m in free_care.finditer(ctx.text, start, end))


def opened_places(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "opened a second branch in Dubai", "will run clinics in Mongolia and Laos", "a clinic
    is to open in Doha": the places a body sets up or runs a place of care in, planned or done,
    are markets of that body (annotation.md, Markets): the place right after the preposition and
    those listed with it. A foreign body's own hospital founded in its country is none."""
    found, scanned = ctx.language.patterns.targets.market_opening.scan(ctx.text)
    filler = ctx.language.patterns.events.list_filler
    doubts = ctx.lexicon.matcher("markets", "opening_doubts")
    opened: list[tuple[int, Place]] = []
    for m in found.finditer(scanned, sentence.start, sentence.end):
        # the noun after its verb ("opened a clinic in") or before it ("a clinic opened in")
        noun = "noun" if m["noun"] is not None else "head"
        if _an_occasion(ctx, sentence.start if noun == "head" else m.start(), m.end(noun)):
            continue  # "will run a free clinic in Khovd": an occasion of care, a mission
        if noun == "head" and _foreign_body_ends(ctx, sentence, m.end(noun)):
            continue  # "the Osh Regional Hospital founded in Kyrgyzstan": not set up by us
        if office_of_other_trade(ctx, sentence, m.start(noun), m.end(noun)):
            continue  # "opened a trade office in Tashkent": it draws no patients
        if m.groupdict().get("joint") is not None and _joins_a_name(ctx, m.end("joint")):
            continue  # "runs the Busan Heart and Lung Centre in Almaty": one name, no list
        if doubts.search(ctx.text, sentence.start, m.start()) is not None:
            continue  # "discussed the possibility of building a hospital in Doha": talk, no plan
        first = _place_of_care_after(ctx, sentence, m.end())
        if first is None or first.place.country is None:
            continue  # a place of care stands in one country, not in "the Middle East"
        listed = [first]
        for place in ctx.places(sentence):
            if place.start >= listed[-1].end and not place.place.is_korean:
                if not filler.fullmatch(ctx.text[listed[-1].end : place.start]):
                    break
                listed.append(place)
        opened += [(m.start(), place) for place in listed]
    return opened


def _joins_a_name(ctx: DocumentContext, position: int) -> bool:
    """Whether the conjunction ending at ``position`` joins the words of one capitalised name
    ("the Busan Heart and Lung Centre"), not two items of a list ("six branches in Seoul and a
    spine centre"): the word after it is capitalised."""
    return ctx.text[position : position + 2].strip()[:1].isupper()


def run_by_korean_body(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "the new clinic in Doha is to be managed by Hanbit University Hospital", "the clinic
    in Almaty is run by Severance": a place of care abroad (a noun of
    one, and a foreign place, before the agent) that a Korean body runs, told in the passive
    with the body as its agent, is that body's market as one it opened is. The cue stands at
    the body's end, so that the body is the one that acts."""
    agents = ctx.lexicon.matcher("markets", "running_agents")
    if not agents.contains(sentence.text):
        return []
    agent = agents.search(ctx.text, sentence.start, sentence.end)
    if agent is None:
        return []
    if ctx.lexicon.matcher("markets", "branch_heads").search(ctx.text, sentence.start, agent.start) is None:
        return []
    articles = ctx.lexicon.lowered_words("grammar", "articles")
    body = next(
        (
            o
            for o in ctx.organizations(sentence)
            if o.start >= agent.end
            and all(word.lower() in articles for word in ctx.text[agent.end : o.start].split())
        ),
        None,
    )
    if body is None or not (body.is_korean or body.country is None):
        return []  # "is run by Interteach, a Kazakh firm": a foreign body's own
    return [
        (body.end, p)
        for p in ctx.places(sentence)
        if p.end <= agent.start and not p.place.is_korean and p.place.country is not None
    ]
