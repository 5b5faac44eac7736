"""English event subjects: who held an event (the bodies listed before the organising verb, or
the body a pronoun stands for), and whether a verb of visiting has a counted population for
subject ("patients from 198 countries visited"): a statistic, not a delegation's visit.

Apart because English names the subject a few words before its verb, in the same clause, and
these rules read only what stands before the verb.
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.places import KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.text.sentences import Sentence

VISITOR_WINDOW_CHARS = 60  # a visit's subject stands a few words before it
VISITOR_GAP_WORDS = 6  # "Mongolians are said to visit", "patients from 198 countries visited"
CLAUSE_BREAK = re.compile(r"[,;:()]")


def population_subject(ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` has a counted population for subject (patients, tourists, a
    nationality in the plural, "them"): English names the subject a few words before its verb,
    in the same clause."""
    start = max(sentence.start, verb - VISITOR_WINDOW_CHARS)
    population = [
        *ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, start, verb),
        *ctx.lexicon.matcher("events", "visitor_pronouns").finditer(ctx.text, start, verb),
        *(p for p in ctx.places(sentence) if start <= p.start and p.end <= verb and _plural_demonym(ctx, p)),
    ]
    return any(
        len(between.split()) <= VISITOR_GAP_WORDS and not CLAUSE_BREAK.search(between)
        for between in (ctx.text[p.end : verb] for p in population)
    )


def _plural_demonym(ctx: DocumentContext, place: Place) -> bool:
    """ "Mongolians", "Kazakhstanis": a nationality used as a plural noun counts people."""
    endings = tuple(ctx.lexicon.section("patients")["demonym_noun_endings"])
    return place.place.kind == PlaceKind.DEMONYM and place.text.endswith(endings)


_ASIDE = re.compile(r"\([^()]*\)")  # a bracketed aside: an acronym, a title and a name


def subject_bodies(ctx: DocumentContext, sentence: Sentence, verb: int) -> list[str]:
    """The subject of an organising verb: the nearest body or Korean place before it, with the
    bodies listed before it ("The city, KHIDI and Dong-A University Hospital held ...",
    "The ministry and KOFIH jointly held ..."): a list joined by "and" before its last item."""
    bodies = _bodies_before(ctx, sentence, verb)
    if _pronoun_subject(ctx, sentence, verb):
        # "X set up a clinic at Y Hospital, where they conducted ...": the pronoun stands for
        # the body that opens the sentence, not the one named last
        opening = bodies[0] if bodies and not ctx.text[sentence.start : bodies[0][0]].strip() else None
        if opening is None and len(ctx.text[sentence.start : verb].split()) == 1:
            return _subject_told_before(ctx, sentence)
        return [opening[2]] if opening else []
    actor = ctx.actor(sentence, verb)
    if actor is None:
        return []
    last = next((b for b in reversed(bodies) if b[2] == actor), None)
    if last is None:
        return [actor]
    listed = [actor]
    filler = ctx.language.patterns.events.list_filler
    conjunctions = ctx.lexicon.matcher("grammar", "list_conjunctions")
    for earlier in reversed([b for b in bodies if b[1] <= last[0]]):
        # "The Ministry of Health (Minister Kim) and KOFIH": an aside in brackets is no link
        between = _ASIDE.sub(" ", ctx.text[earlier[1] : last[0]])
        joined = between.strip() and filler.fullmatch(between) is not None
        # the link before the last item holds "and"; those before it may be commas alone
        if not joined or (len(listed) == 1 and not conjunctions.contains(between)):
            break
        listed.insert(0, earlier[2])
        last = earlier
    return listed


TEAM_LEAD_WORDS = 4  # "A surgical team from": words before the body a team comes from


def _subject_told_before(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    """ "A team from Bora Hospital has come back from Osh. It held free clinics there": a pronoun
    that opens the sentence stands for the subject of the sentence right before, the body that
    opens it or whose team or doctors open it."""
    before = next((s for s in ctx.body_sentences if s.index == sentence.index - 1), None)
    if before is None:
        return []
    bodies = _bodies_before(ctx, before, before.end)
    if not bodies:
        return []
    lead = ctx.text[before.start : bodies[0][0]].split()
    teams = ctx.lexicon.section("events")["team_nouns"]
    of_a_team = (
        0 < len(lead) <= TEAM_LEAD_WORDS
        and lead[-1].casefold() == "from"
        and any(word.casefold() in teams for word in lead)
    )
    return [bodies[0][2]] if not lead or of_a_team else []


def _pronoun_subject(ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
    """Whether the word right before the verb is a subject pronoun ("where they conducted")."""
    words = ctx.text[sentence.start : verb].split()
    return bool(words) and words[-1].casefold() in ctx.lexicon.section("organizations")["subject_pronouns"]


def _bodies_before(ctx: DocumentContext, sentence: Sentence, position: int) -> list[tuple[int, int, str]]:
    """The organisations, and the Korean places no organisation holds, that end before the
    position, in order: where each starts and ends, and its name."""
    bodies = ctx.organizations(sentence)
    found = [(o.start, o.end, o.name) for o in bodies if o.end <= position]
    found += [
        (p.start, p.end, ctx.acting_place(p))
        for p in ctx.places(sentence)
        if p.end <= position
        and p.place.kind in KOREAN_PLACE_KINDS
        and not any(o.start <= p.start < o.end for o in bodies)
    ]
    return sorted(found)
