"""Places a verb of designating gives a market's role: "named Vietnam as its priority market",
"Russia, which it calls its main target market", "wants to make it a key market".

A designation names its object between the verb and the role, or before a relative clause, or
in the passive before the verb, or by a pronoun that stands for the place the sentence before
names last; these shapes are read apart from the cues because the object, not what follows a
cue, is the market.
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.places import Place
from extractors.records.targets.actors import SPACES
from extractors.records.targets.aimable import aimable, last_foreign_place, opens_a_compound
from extractors.records.targets.roles import names_a_role
from extractors.text.sentences import Sentence


def designated_places(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "has singled out Uzbekistan as a key target market", "named Vietnam as its priority
    market", "using the UAE as its advance base", "sees Uzbekistan as a new source of patients":
    places between the verb and the "as", the first of them the verb's object."""
    lexicon = ctx.lexicon
    if not (
        names_a_role(ctx, sentence) or lexicon.matcher("markets", "source_roles").contains(sentence.text)
    ):
        return []
    aimed: list[tuple[int, Place]] = []
    articles = {"", *(a.lower() for a in lexicon.section("grammar")["articles"])}
    pattern, scanned = ctx.language.patterns.targets.designation.scan(ctx.text)
    for role in pattern.finditer(scanned, sentence.start, sentence.end):
        verbs = [
            v
            for v in lexicon.matcher("markets", "designation_verbs").finditer(
                ctx.text, sentence.start, role.start()
            )
            # "designated Kazakhstan, together with Russia's Far East, as": "with" adds to the list
            if not ctx.follows("markets", "list_extenders", sentence, v.start)
        ]
        if not verbs:
            continue
        verb = verbs[-1]
        if role["source"] and verb.text.lower() not in lexicon.section("markets")["regarding_verbs"]:
            continue  # "with China as the largest source of patients": where patients come from
        places = [
            p
            for p in ctx.places(sentence)
            if verb.end <= p.start < role.start() and aimable(ctx, sentence, p)
        ]
        if places and ctx.text[verb.end : places[0].start].strip().lower() not in articles:
            places = []  # "made its first trip to Russia as part of a market survey": not its object
        passive = not places and ctx.follows("markets", "passive_auxiliaries", sentence, verb.start)
        # "Russia, which it calls its main target market": the object told before a relative
        relative = [] if places or passive else _relative_antecedents(ctx, sentence, verb.start)
        if (
            role["article"]
            and not passive
            and not relative
            and not (places and not ctx.text[places[-1].end : role.start()].strip())
        ):
            continue  # "named Vietnam a priority market": the role right after the place
        places = places or relative
        if passive:
            # the passive: "Vietnam, Cambodia and Laos have been picked as target markets by
            # Jeonnam", "Kazakhstan has been chosen by Incheon as its next market", "Vietnam is
            # considered a priority market"
            places = [p for p in ctx.places(sentence) if p.end <= verb.start and aimable(ctx, sentence, p)]
        aimed += [(verb.start, p) for p in places]
    return aimed


RELATIVE_SUBJECT_WORDS = 3  # "which the city's hospitals call": words between the relative and its verb
_RELATIVE_COMMA = re.compile(r"\s*,\s*")


def _relative_antecedents(ctx: DocumentContext, sentence: Sentence, verb_start: int) -> list[Place]:
    """ "Russia, which it calls its main target market", "Laos and Cambodia, which the
    hospital sees as new markets": the places a relative clause right after them designates,
    the last and those listed with it ("come from Russia, which it calls its main market": where
    patients come from, and aimed at as well)."""
    openers = ctx.lexicon.matcher("markets", "relative_openers")
    before = [p for p in ctx.places(sentence) if p.end <= verb_start]
    if not before:
        return []
    comma = _RELATIVE_COMMA.match(ctx.text, before[-1].end, verb_start)
    opener = openers.match(ctx.text, comma.end()) if comma is not None else None
    if opener is None:
        return []
    if len(ctx.text[opener.end : verb_start].split()) > RELATIVE_SUBJECT_WORDS:
        return []
    filler = ctx.language.patterns.events.list_filler
    listed = [before[-1]]
    for place in reversed(before[:-1]):
        if not filler.fullmatch(ctx.text[place.end : listed[0].start]):
            break
        listed.insert(0, place)
    # the clause designates them, so even a place patients come from is aimed at
    return [p for p in listed if not p.place.is_korean and not opens_a_compound(ctx, p)]


def designated_pronoun(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence
) -> list[tuple[int, Place]]:
    """ "Indonesia has 270 million people. That is why the hospital wants to make it a key
    market": an object pronoun between a verb of designating and its role stands for the foreign
    place the sentence before names last."""
    if not names_a_role(ctx, sentence):
        return []
    pronouns = ctx.lexicon.matcher("text", "object_pronouns")
    if not pronouns.contains(sentence.text):
        return []
    pattern, scanned = ctx.language.patterns.targets.designation.scan(ctx.text)
    verbs = ctx.lexicon.matcher("markets", "designation_verbs")
    for role in pattern.finditer(scanned, sentence.start, sentence.end):
        if role["source"]:
            continue
        verb = next(reversed(list(verbs.finditer(ctx.text, sentence.start, role.start()))), None)
        if verb is None:
            continue
        pronoun = pronouns.match(ctx.text, SPACES.match(ctx.text, verb.end).end())  # type: ignore[union-attr]
        if pronoun is not None and not ctx.text[pronoun.end : role.start()].strip():
            return [(verb.start, place) for place in last_foreign_place(ctx, previous, previous.end, None)]
    return []
