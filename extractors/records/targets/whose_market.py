"""Whose market a sentence tells, and whether the aim still stands.

A sentence may aim at a place for another country ("Thailand sees Korea as a promising market",
"a key market for Turkey's hospitals"), call the aim off ("postponed its plan to target
Mongolia"), or name a Korean city only as the seat of the body that acts. These are asked once
a sentence is known to aim at a place, before its actor is read.
"""

from extractors.context import DocumentContext
from extractors.mentions.places import KOREAN_PLACE_KINDS, PlaceKind
from extractors.records.targets.actors import first_korean_actor
from extractors.text.sentences import Sentence


def called_off(ctx: DocumentContext, sentence: Sentence, cue: int) -> bool:
    """ "has called off a fair, ..., meant to draw Mongolian patients", "postponed its
    plan to target Mongolia": a verb that calls the aim off, before its cue, leaves no market
    aimed at; not where a body is named between (who then acts anew) or a conjunction joins a
    verb of its own ("have stopped waiting and are targeting Kazakhstan")."""
    stops = ctx.lexicon.matcher("markets", "called_off")
    if not stops.contains(sentence.text):
        return False
    stop = stops.search(ctx.text, sentence.start, cue)
    if stop is None:
        return False
    conjunctions = ctx.lexicon.lowered_words("grammar", "conjunctions")
    if conjunctions & {word.lower() for word in ctx.text[stop.end : cue].split()}:
        return False
    bodies = [(o.start, o.end) for o in ctx.organizations(sentence)]
    bodies += [(p.start, p.end) for p in ctx.places(sentence) if p.place.kind in KOREAN_PLACE_KINDS]
    return not any(stop.end <= start and end <= cue for start, end in bodies)


def body_seated_in(ctx: DocumentContext, sentence: Sentence, actor: str | None, before: int) -> str | None:
    """ "Park, head of Saerom Hospital in Gwangju, said it is targeting Mongolia", "Mirae Eye
    Center in Incheon (also called Inchon) intends to open a clinic in Hanoi": a Korean city
    named as the seat of a body right before it (after "in", or in a gloss of that seat) only
    says where the body is; the body acts. None where the actor is no such seat."""
    if actor is None:
        return None
    places = [p for p in ctx.places(sentence) if p.place.kind in KOREAN_PLACE_KINDS and p.end <= before]
    seats = [p for p in places if ctx.acting_place(p) == actor]
    if not seats:
        return None
    bodies = [
        o
        for o in ctx.organizations(sentence)
        if (o.is_korean or o.country is None) and o.end <= seats[-1].start
    ]
    if not bodies:
        return None
    body = bodies[-1]
    located = ctx.lexicon.lowered_words("grammar", "located_in")
    words = ctx.text[body.end : seats[-1].start].split()
    if not words or words[0].lower() not in located:
        return None
    # "in Busan (formerly Pusan)": the gloss of the seat named first
    glossed = [p for p in places if body.end < p.start and p.end < seats[-1].start]
    gloss = ctx.text[glossed[0].end : seats[-1].start].strip() if glossed else ""
    if len(words) == 1 or (glossed and gloss.startswith("(") and gloss[1:].replace(" ", "").isalpha()):
        return body.name
    return None


def korea_aimed_at(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "Like Japan, Mongolia now looks to Korea as a promising market",
    "Thailand sees South Korea as a promising market": Korea itself the object of a verb of
    aiming or regarding (an article at most between), with no Korean body or Korea before that
    verb, is another country's aim, and the other markets the sentence names are that country's
    too. Asked of the few sentences that aim at a place, and only where Korea is named."""
    korea = [p for p in ctx.places(sentence) if p.place.kind == PlaceKind.COUNTRY and p.place.is_korean]
    if not korea:
        return False
    lexicon = ctx.lexicon
    articles = lexicon.lowered_words("grammar", "articles")
    verbs = [
        *lexicon.matcher("markets", "cues").finditer(ctx.text, sentence.start, sentence.end),
        *lexicon.matcher("markets", "designation_verbs").finditer(ctx.text, sentence.start, sentence.end),
    ]
    for verb in verbs:
        if not any(
            verb.end <= p.start and all(w.lower() in articles for w in ctx.text[verb.end : p.start].split())
            for p in korea
        ):
            continue
        return first_korean_actor(ctx, sentence, verb.start) is None and not any(
            p.end <= verb.start for p in korea
        )
    return False


def owned_abroad(ctx: DocumentContext, sentence: Sentence, after: int) -> bool:
    """ "Korea is now a growth market for Thailand's spas", "Kazakhstan is a key
    market for Turkey's hospitals": a foreign place after the aim, after an owner's preposition
    (an article at most between) and before a possessive, owns the role: the market is that
    country's, not one of Korean medical tourism ("a key market for Incheon's hospitals" is)."""
    owners = ctx.lexicon.section("markets")["owner_prepositions"]
    if not owners:
        return False
    articles = ctx.lexicon.lowered_words("grammar", "articles")
    joint = ctx.language.patterns.targets.possessive_joint
    for place in ctx.places(sentence):
        if place.start <= after or place.place.is_korean or joint.match(ctx.text, place.end) is None:
            continue
        words = [word.lower() for word in ctx.text[after : place.start].split()[-2:]]
        if words[-1:] and words[-1] in articles:
            words.pop()
        if words[-1:] and words[-1] in owners:
            return True
    return False
