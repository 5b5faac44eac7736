"""Places given a market's role by a noun of markets: "Kazakhstan and Uzbekistan are our key
markets", "study trips to the Vietnamese market", "Priority markets this year: Vietnam, Laos".

No verb of aiming is needed where the sentence names the role itself: a copula of role, a place
that qualifies a market noun, a role noun before a colon or the list the next sentence opens on.
All of them are asked only of the sentences that hold a role noun (``names_a_role``), which the
designations and the cue reader ask too.
"""

from itertools import pairwise

from extractors.context import DocumentContext
from extractors.mentions.places import Place, PlaceKind
from extractors.records.targets.actors import SPACES
from extractors.records.targets.aimable import aimable
from extractors.records.targets.other_trades import owned_by_another_trade
from extractors.text.sentences import Sentence


def announced_list(
    ctx: DocumentContext, sentence: Sentence, following: Sentence | None
) -> list[tuple[int, Place]]:
    """ "Daegu named its priority markets for the year. They are Mongolia, Kazakhstan and the
    UAE.": a sentence that speaks of markets without naming one, and a next sentence that
    opens on a list of them."""
    lexicon = ctx.lexicon
    if following is None or not names_a_role(ctx, sentence):
        return []
    opener = lexicon.matcher("markets", "list_openers").search(ctx.text, following.start, following.end)
    opens = opener is not None and not ctx.text[following.start : opener.start].strip()
    # "도가 고른 곳은 인도네시아와 말레이시아다": the places chosen, told as the topic, then listed
    chosen = lexicon.matcher("markets", "chosen_topics").search(ctx.text, following.start, following.end)
    if not (opens or chosen is not None or _only_a_closed_list(ctx, following)):
        return []
    if any(aimable(ctx, sentence, p) for p in ctx.places(sentence)):
        return []  # the sentence names its markets itself
    start = following.start if chosen is None else chosen.end
    return [
        (sentence.start, p) for p in ctx.places(following) if p.start >= start and aimable(ctx, following, p)
    ]


def listed_after_colon(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "Priority markets for Gyeonggi this year: Vietnam, Mongolia and Kazakhstan.": a role
    noun before a colon, and after it nothing but a list of places abroad, which are the
    markets it names (the colon is the cue, so the owner told before it acts)."""
    colon = sentence.text.find(":")
    if colon < 0 or not names_a_role(ctx, sentence):
        return []
    colon += sentence.start
    if ctx.lexicon.matcher("markets", "role_nouns").search(ctx.text, sentence.start, colon) is None:
        return []
    listed = [p for p in ctx.places(sentence) if p.start > colon]
    if not listed or any(aimable(ctx, sentence, p) for p in ctx.places(sentence) if p.start < colon):
        return []
    filler = ctx.language.patterns.events.list_filler
    bounds = [colon + 1, *(p for q in listed for p in (q.start, q.end))]
    gaps = [ctx.text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds) - 1, 2)]
    if not all(filler.fullmatch(gap) for gap in gaps) or ctx.text[listed[-1].end : sentence.end].strip(" .;"):
        return []  # more than a list after the colon: a clause of its own
    return [(colon, p) for p in listed if aimable(ctx, sentence, p)]


LIST_JOINT_CHARS = 3  # "과 ", ", ", "·": what may stand between two places of a bare list


def _only_a_closed_list(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "몽골과 카자흐스탄이다.": a sentence that is nothing but a list of places closed by a
    word of the language's list (the copula), for a language that writes the list before it."""
    closers = ctx.lexicon.section("markets")["list_closers"]
    places = ctx.places(sentence)
    if not closers or not places or ctx.text[sentence.start : places[0].start].strip():
        return False
    if any(later.start - earlier.end > LIST_JOINT_CHARS for earlier, later in pairwise(places)):
        return False
    rest = ctx.text[places[-1].end : sentence.end].strip().rstrip(".").strip()
    return rest in closers


def named_markets(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> list[tuple[int, Place]]:
    """ "study trips to the Vietnamese market": a foreign place that qualifies a
    market noun is a market, in a passage about care or medical travel (this sentence or the
    one before: "... 100 people went for medical services. We came to seek out the Cambodian
    market.")."""
    patterns = ctx.language.patterns.targets
    filler = ctx.language.patterns.events.list_filler
    foreign = sorted((p for p in ctx.places(sentence) if not p.place.is_korean), key=lambda p: p.start)
    named: list[tuple[int, Place]] = []
    chain: list[Place] = []  # "the Chinese and Japanese markets": a list of places before one market noun
    for place in reversed(foreign):
        market = patterns.named_market.match(ctx.text, place.end)
        # "at the Russian Health Market in Moscow": a market noun with a capital is a fair's name
        if market is not None and not ctx.text[market.start() : market.end()].split()[-1][:1].isupper():
            chain = [place]
        elif (
            chain and (between := ctx.text[place.end : chain[0].start].strip()) and filler.fullmatch(between)
        ):
            chain.insert(0, place)
        else:
            chain = []
            continue
        if patterns.market_before.search(
            ctx.text[max(sentence.start, place.start - 8) : place.start]
        ) or _reached_at(ctx, sentence, place.start):
            named += [(chain[0].start, p) for p in chain]  # one statement of them all
            chain = []
    # asked last, of the few sentences that name a market so (a market noun after a place is
    # rarer than a word of care)
    care = ctx.lexicon.matcher("markets", "care_context")
    if named and not care.contains(sentence.text) and (previous is None or not care.contains(previous.text)):
        return []  # "the Mongolian market for cashmere": a market of another trade
    return sorted(named, key=lambda item: item[0])


def _reached_at(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether a preposition of reaching ("turning to Southeast Asian markets", "into Gulf
    markets") stands right before ``position``: markets named with no article are reached so."""
    section = ctx.lexicon.section("markets")
    reaching = {word.lower() for word in section["spread_prepositions"] + section["spread_to_prepositions"]}
    before = ctx.text[sentence.start : position].split()
    return bool(before) and before[-1].lower() in reaching


def role_subjects(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "Kazakhstan and the wider Central Asian region are our main target markets", "the
    Russian Far East ... is our core market": the places before a copula that gives them the
    speaker's own role. Nationality adjectives there qualify other nouns and are left out,
    unless the noun is a market ("the Mongolian market is the main focus")."""
    if not names_a_role(ctx, sentence):
        return []
    role = ctx.language.patterns.targets.copula_role.search(ctx.text, sentence.start, sentence.end)
    if role is None or owned_by_another_trade(ctx, sentence, role.end()):
        return []
    # the subject begins after a verb of saying ("director Kim in Hanoi said Vietnam is one of
    # KTO's key target markets"); "..., and it is our core market" points back past a comma
    sayings = ctx.lexicon.matcher("events", "reporting_verbs").finditer(
        ctx.text, sentence.start, role.start()
    )
    subject_start = max((s.end for s in sayings), default=sentence.start)
    # "Kazakhstan and Uzbekistan are our key markets": the countries listed are one statement
    # (one cue, the role's); "Mongolia and the wider Central Asian region are ...": a region is
    # a record of its own, not the one the countries are told with
    countries = {PlaceKind.COUNTRY, PlaceKind.DEMONYM}
    return [
        (role.start() if p.place.kind in countries else p.start, p)
        for p in ctx.places(sentence)
        if subject_start <= p.start
        and p.end <= role.start()
        and (
            p.place.kind != PlaceKind.DEMONYM
            or ctx.language.patterns.targets.named_market.match(ctx.text, p.end) is not None
            # "Mongolian patients are the main target": the people of a nationality aimed at
            or ctx.lexicon.matcher("patients", "heads").match(ctx.text, SPACES.match(ctx.text, p.end).end())  # type: ignore[union-attr]
            is not None
        )
        and aimable(ctx, sentence, p)
    ]


ANAPHOR_OPENING_WORDS = 2  # "Now they are our target countries": words before the pronoun


def roles_of_places_before(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> list[tuple[int, Place]]:
    """ "Patients from Oman and Qatar stay the longest. Now they are our target
    countries": a subject that points back (a subject pronoun, "the country") right before a
    copula of role, near the sentence's start, gives the role to the foreign places of the
    sentence before, whatever they were named for there (where patients come from, too);
    nationalities there name people, not places."""
    if previous is None or not names_a_role(ctx, sentence):
        return []
    role = ctx.language.patterns.targets.copula_role.search(ctx.text, sentence.start, sentence.end)
    if role is None:
        return []
    lexicon = ctx.lexicon
    pointer = lexicon.matcher("organizations", "subject_pronouns").search(
        ctx.text, sentence.start, role.start()
    ) or lexicon.matcher("markets", "anaphors").search(ctx.text, sentence.start, role.start())
    if (
        pointer is None
        or ctx.text[pointer.end : role.start()].strip()
        or len(ctx.text[sentence.start : pointer.start].split()) > ANAPHOR_OPENING_WORDS
    ):
        return []
    return [
        (role.start(), p)
        for p in ctx.places(previous)
        if not p.place.is_korean and p.place.kind != PlaceKind.DEMONYM
    ]


def names_a_role(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence holds a market's role noun ("market", "priority", "base"; "시장"): a
    designation ("named Vietnam as its priority market"), a copula of role ("is our core
    market"), a market's list of members ("its markets include") and the sentence an
    announced list follows each name one, so the four fifths of sentences without one are not
    scanned for them (the lexicon's market nouns are role nouns). The lexicon remembers the
    answer for the sentence."""
    return ctx.lexicon.matcher("markets", "role_nouns").contains(sentence.text)
