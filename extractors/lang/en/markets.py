"""English target markets: how far after a cue ("targeting", "to attract") its markets may
stand, and which places there name the people drawn ("patients from the Gulf states",
"Vietnamese patients"), not a market of another trade or staff drawn on.

Apart because English names a market after its cue, the reverse of Korean
(``extractors.lang.ko.markets``), and these rules read only the cue's object.
"""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch, PhraseMatcher
from extractors.mentions.places import KOREA, Place, PlaceKind
from extractors.text.sentences import Sentence

MARKET_SCOPE_CHARS = 160  # how far after a market cue its places may stand
DRAWN_PEOPLE_WORDS = 8  # "to offer eye surgery and dental treatments to patients from"
PEOPLE_KIND_WORDS = 2  # "Vietnamese cancer patients": words of the people's kind before their noun


def _trade_before(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch, trades: PhraseMatcher) -> bool:
    """ "the cosmetics market in Qatar": a cue that is itself a market noun, after a trade."""
    if ctx.lexicon.matcher("markets", "market_nouns").match(ctx.text, cue.start, cue.end) is None:
        return False
    before = ctx.text[max(sentence.start, cue.start - 30) : cue.start].split()
    return bool(before) and trades.contains(before[-1])


_PASSIVE_AGENT = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
_GERUND = re.compile(r"\s+(?P<verb>[a-z]+ing)\b")
_TRADE_MARKET = re.compile(r"\s+(?:[\w'’]+\s+){0,2}?(?P<trade>[\w-]+)\s+markets?\b", re.IGNORECASE)


def market_scope(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """After the cue, up to the means that follow ("targeting Sakhalin with more direct flights");
    none where the cue's object is a market of another trade ("entering the pharmaceutical
    market in the UAE", "the car market in Brazil") or an action other than reaching people or
    markets ("aimed at improving the health of Vietnamese people")."""
    gerund = _GERUND.match(ctx.text, cue.end, sentence.end)
    if (
        gerund is not None
        and not ctx.lexicon.matcher("markets", "aim_gerunds").contains(gerund["verb"])
        # "targeting neighbouring countries such as Mongolia": an adjective, no action
        and gerund["verb"] not in ctx.lexicon.lowered_words("markets", "ing_adjectives")
    ):
        return cue.end, cue.end  # "aimed at improving health for Vietnamese people": a purpose, no market
    if _staff_object(ctx, sentence, cue):
        return cue.end, cue.end  # "draw on a supply of trained nurses": staff drawn on, no market
    trades = ctx.lexicon.matcher("markets", "other_trades")
    trade = _TRADE_MARKET.match(ctx.text, cue.end, sentence.end)
    if (trade is not None and trades.contains(trade["trade"])) or _trade_before(ctx, sentence, cue, trades):
        return cue.end, cue.end
    agent = _passive_agent(ctx, sentence, cue)
    if agent is not None:
        # "Central Asia, above all Kazakhstan, has been targeted by Daegu hospitals": the subject,
        # when a Korean body aims at it and it is no market of another trade
        subject_trade = _TRADE_MARKET.search(ctx.text, sentence.start, cue.start)
        if not agent or (subject_trade is not None and trades.contains(subject_trade["trade"])):
            return cue.end, cue.end
        return sentence.start, cue.start
    # "targeting not only Russia but also Kazakhstan", "into the Middle East, starting with the
    # UAE": a stop inside a phrase that goes on with the list ends nothing
    continued = [
        (c.start, c.end)
        for c in ctx.lexicon.matcher("markets", "scope_continuations").finditer(
            ctx.text, cue.end, sentence.end
        )
    ]
    stops = ctx.lexicon.matcher("markets", "scope_stops").finditer(ctx.text, cue.end, sentence.end)
    stop = next((s for s in stops if not any(a <= s.start and s.end <= b for a, b in continued)), None)
    return cue.end, min(sentence.end, cue.end + MARKET_SCOPE_CHARS, stop.start if stop else sentence.end)


STAFF_OBJECT_WORDS = 5  # "draw on a supply of trained nurses": words from the cue to the staff noun
STAFF_LIST_WORDS = (
    2  # "surgeons and patients": words after the staff noun a listed noun of patients stands in
)


def _staff_object(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool:
    """ "can draw on a large supply of trained nurses", "targeting experienced surgeons": a
    cue whose object is staff (the first noun of care givers a few words after it, with no place
    or patients named before it) draws on people who work, not a market of patients."""
    staff = ctx.lexicon.matcher("events", "team_nouns")
    found = staff.search(ctx.text, cue.end, sentence.end)
    if found is None:
        return False
    between = ctx.text[cue.end : found.start]
    if len(between.split()) > STAFF_OBJECT_WORDS or any(mark in between for mark in ",;:"):
        return False
    if any(cue.end <= p.start < found.start for p in ctx.places(sentence)):
        return False
    # "targeting surgeons and patients in Uzbekistan": patients listed beside the staff are aimed at
    after = ctx.text[found.end : sentence.end].split()[:STAFF_LIST_WORDS]
    reach = found.end + len(" ".join(after)) + 1
    heads = ctx.lexicon.matcher("patients", "heads")
    return (
        heads.search(ctx.text, cue.end, found.start) is None
        and heads.search(ctx.text, found.end, reach) is None
    )


def _passive_agent(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool | None:
    """For a cue that is a passive participle with its agent after it ("is targeted by Daegu
    hospitals"), whether the agent is Korean (a Korean place or body, not "Chinese hospitals");
    None for any other cue."""
    if not ctx.follows("markets", "passive_auxiliaries", sentence, cue.start):
        return None
    by = _PASSIVE_AGENT.match(ctx.text, cue.end, sentence.end)
    if by is None:
        return None
    start = by.end() - 1
    places = [p.place.is_korean for p in ctx.places(sentence) if p.start == start]
    bodies = [o.country in (None, KOREA) for o in ctx.organizations(sentence) if o.start == start]
    return any(bodies) if bodies else any(places)


def drawn_from(ctx: DocumentContext, sentence: Sentence, cue_end: int, scope_end: int) -> int | None:
    """Right after the "from" of "targeting patients from the Gulf states", or the "in" of
    "wooing patients in Kazakhstan" (people where they live, the "in" right after their noun,
    not "a presentation to attract patients that was held in Almaty"): a short phrase naming
    people between the cue and it, none of a list's commas; None when the cue names no such
    people."""
    lexicon = ctx.lexicon
    found = [
        m
        for key in ("origin_prepositions", "place_prepositions")
        if (m := lexicon.matcher("grammar", key).search(ctx.text, cue_end, scope_end)) is not None
    ]
    if not found:
        return None
    origin = min(found, key=lambda m: m.start)
    people = _without_focusing_tail(ctx, ctx.text[cue_end : origin.start])
    # a list's comma ends the people, a number's ("10,000 patients from Vietnam") does not
    if re.search(r"[;:]|,(?!\d)", people) or len(people.split()) > DRAWN_PEOPLE_WORDS:
        return None
    heads = [h for h in lexicon.matcher("patients", "heads").finditer(people)]
    if not heads:
        return None
    located = lexicon.matcher("grammar", "place_prepositions").contains(origin.text)
    return origin.end if not located or not people[heads[-1].end :].strip() else None


def _without_focusing_tail(ctx: DocumentContext, people: str) -> str:
    """ "more tourists, especially " before "from the Gulf": a comma and an adverb that narrows
    the people to those of the place after it close no list; the people are those before them."""
    head, comma, tail = people.rpartition(",")
    adverb = ctx.lexicon.matcher("markets", "focusing_adverbs").match(tail.strip()) if comma else None
    return head if adverb is not None and adverb.end == len(tail.strip()) else people


def drawn_people(ctx: DocumentContext, place: Place, cue_end: int, scope_end: int) -> bool:
    """ "to attract Vietnamese patients", "to draw more Mongolians", "to attract international
    travelers, especially Vietnamese": a nationality that names the people drawn, a few words
    after the verb of drawing (not one that qualifies another noun: "Chinese-speaking staff").
    A region qualifies the people drawn only right before their noun ("to attract more Middle
    Eastern patients", "Central Asian visitors"); a country's name does where it is used as a
    nationality is, before the noun or a word or two of the people's kind ("U.S. heart
    patients"), as a nationality may be ("Mongolian kidney patients")."""
    if (
        place.place.kind not in {PlaceKind.DEMONYM, PlaceKind.REGION, PlaceKind.COUNTRY}
        or place.place.is_korean
        or not cue_end <= place.start < scope_end
    ):
        return False
    if len(ctx.text[cue_end : place.start].split()) > DRAWN_PEOPLE_WORDS:
        return False
    if ctx.lexicon.matcher("markets", "home_people").search(ctx.text, cue_end, place.start) is not None:
        return False  # "to serve our own residents first, above all Thais": people at home
    head = ctx.lexicon.matcher("patients", "heads").search(ctx.text, place.end, scope_end)
    if place.place.kind == PlaceKind.REGION:
        return head is not None and not ctx.text[place.end : head.start].strip()
    if place.place.kind == PlaceKind.COUNTRY:
        return head is not None and _kind_of_people(ctx, ctx.text[place.end : head.start])
    rest = ctx.text[place.end : scope_end]
    plural = place.text.endswith(tuple(ctx.lexicon.section("patients")["demonym_noun_endings"]))
    return (
        (head is not None and _kind_of_people(ctx, ctx.text[place.end : head.start]))
        or (head is not None and _coordinated_names(ctx, ctx.text[place.end : head.start]))
        or not rest.strip()
        or rest[:1] in ",.;"
        or (plural and not rest[:1].isalnum())
    )


def _kind_of_people(ctx: DocumentContext, between: str) -> bool:
    """Whether ``between``, from a nationality to the people's noun, is nothing or a word or two
    of their kind ("prostate cancer", "cosmetic surgery"): lower-case words, none a list's
    conjunction or a preposition (a nationality of "Chinese investment and patients" or
    "Thai food for patients" names no people)."""
    words = between.split()
    if not words:
        return True
    stops = ctx.lexicon.lowered_words("markets", "object_stops") | ctx.lexicon.lowered_words(
        "grammar", "list_conjunctions"
    )
    return (
        len(words) <= PEOPLE_KIND_WORDS
        and between[:1].isspace()
        and all(word.isalpha() and word.islower() and word not in stops for word in words)
    )


def _coordinated_names(ctx: DocumentContext, between: str) -> bool:
    """Whether ``between`` is the rest of a list of capitalised names joined by commas and a
    conjunction: " and Japanese " in "to attract Chinese and Japanese medical tourists", where
    the first nationality qualifies the people's noun as much as the last."""
    return (
        _coordination(tuple(ctx.lexicon.section("grammar")["list_conjunctions"])).fullmatch(between)
        is not None
    )


@cache
def _coordination(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """ ", Japanese and", " or Thai", ", and Russian": joints of a list and the names after them."""
    conjunction = "|".join(map(re.escape, conjunctions))
    joint = rf"(?:\s*,\s*(?:(?:{conjunction})\s+)?|\s+(?:{conjunction})\s+)"
    return re.compile(rf"(?:{joint}[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+\s+")
