"""English aims: whether a year is an aim's due year ("by the end of 2026"), how many years
after publication an aim is due ("within five years"), and where the aim a goal noun names
begins ("well over 110,000, the government's goal", "a 30,000-patient goal", "the city's
target").

Apart because only the readers of aims ask these (the goals, and the periods of counts, which
ask whether a year is an aim's due year rather than the count's), and they read nothing but the
few words around a goal noun, a figure or a year.
"""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.lexicon import CaselessPattern, Lexicon, PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence

DUE_PHRASE_CHARS = 24  # room before a year for its due phrase: "through the end of 2026"


MAX_YEARS_AHEAD = 30  # "within five years"; "in 100 years" is no plan's due date


@cache
def _years_ahead_pattern(lexicon: Lexicon) -> CaselessPattern:
    """ "within five years", "in three years' time", "two years from now", "within a decade"."""
    before, after, units = (
        lexicon.alternation("goals", key) for key in ("ahead_prepositions", "ahead_suffixes", "ahead_units")
    )
    return CaselessPattern.compile(
        rf"\b(?:{before})\s+(?:(?P<n>[\w-]+)\s+)?(?P<unit>{units})\b(?:['’]\s*time\b)?"
        rf"|\b(?P<m>[\w-]+)\s+(?P<unit2>{units})\s+(?:{after})\b"
    )


def years_ahead(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """The number of years an aim is due after publication, where the text counts them: a
    number of units ("five years", "two decades"), or one unit with an article or alone ("a
    decade", "over the next decade")."""
    pattern, scanned = _years_ahead_pattern(ctx.lexicon).scan(ctx.text)
    units = ctx.lexicon.section("goals")["ahead_units"]
    articles = ctx.lexicon.section("grammar")["indefinite_articles"]
    for m in pattern.finditer(scanned, sentence.start, sentence.end):
        unit = (m.group("unit") or m.group("unit2")).lower()
        if m.group("unit") and m.group("n") is None:
            # "over the next decade": one unit, told in the singular
            counted = [] if unit.endswith("s") else [1.0]
        else:
            group = "n" if m.group("unit") else "m"
            counted = [
                q.value
                for q in ctx.quantities(sentence)
                if q.start <= m.start(group) and m.end(group) <= q.end and not q.is_year
            ]
            if not counted and m.group(group).lower() in articles:
                counted = [1.0]
        years = units[unit]
        if counted and 0 < counted[0] * years <= MAX_YEARS_AHEAD:
            return int(counted[0] * years)
    return None


APPOSITIVE_NOUN_WORDS = 2  # "110,000 people, the government's goal": words of the figure's noun
APPOSITIVE_OWNER_WORDS = 3  # ", the city's own annual target": words between the comma and the goal noun


def appositive_figure(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> Quantity | None:
    """The figure a goal noun stands in apposition to: "well over 110,000, the government's
    goal", "short of 35,000 patients, its target for the year": the last figure before the cue,
    a noun of at most two words after it, a comma, then only a determiner or an owner and a
    word or two before the goal noun."""
    figures = [q for q in ctx.quantities(sentence) if q.end <= cue.start and not q.is_year]
    if not figures:
        return None
    figure = figures[-1]
    between = ctx.text[figure.end : cue.start]
    noun, comma, owner = between.partition(",")
    if not comma or "," in owner or len(noun.split()) > APPOSITIVE_NOUN_WORDS:
        return None
    words = owner.split()
    if not words or len(words) > APPOSITIVE_OWNER_WORDS or re.search(r"[;:()]", between):
        return None
    determiners = ctx.lexicon.lowered_words("text", "definite_determiners")
    owned = words[0].lower() in determiners or re.search(r"['’]s$", words[0]) is not None
    return figure if owned else None


ATTRIBUTIVE_NOUN_WORDS = 3  # "a 30,000 foreign patient goal": words between the figure and the goal noun


_POSSESSOR_BEFORE = re.compile(r"\b[\w-]+(?:['’]s|s['’])\s+$")


def possessor_start(ctx: DocumentContext, sentence: Sentence, position: int) -> int:
    """Where a possessor standing right before ``position`` begins ("the city's target": at
    "city's"), so a link before it reads as a link before the noun; ``position`` where none."""
    found = _POSSESSOR_BEFORE.search(ctx.text, sentence.start, position)
    return found.start() if found is not None else position


def attributive_figure(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> Quantity | None:
    """The figure that modifies a goal noun: "a 30,000-patient goal", "its 1 million foreign
    patient target": the last figure before the cue, opened by a determiner or an owner, with at
    most a few words of its noun and no break between it and the goal noun."""
    noun = ctx.lexicon.matcher("goals", "goal_nouns").match(cue.text)
    if noun is None or noun.end != len(cue.text):
        return None  # "the two hospitals hope to": a verb of aiming takes no attribute
    figures = [q for q in ctx.quantities(sentence) if q.end <= cue.start and not q.is_year]
    if not figures:
        return None
    figure = figures[-1]
    between = ctx.text[figure.end : cue.start]
    if re.search(r"[^\w\s-]", between) or len(between.replace("-", " ").split()) > ATTRIBUTIVE_NOUN_WORDS:
        return None
    before = ctx.text[sentence.start : figure.start].split()
    if not before:
        return None
    openers = {
        w.lower()
        for w in (
            *ctx.lexicon.section("text")["definite_determiners"],
            *ctx.lexicon.section("grammar")["indefinite_articles"],
        )
    }
    opener = before[-1].lower()
    return figure if opener in openers or re.search(r"['’]s$", opener) else None


def due_phrase(lexicon: Lexicon) -> re.Pattern[str]:
    """A preposition of due at the end of lowered text before a year: "by ", "by the end of "."""
    due, period_end = (lexicon.alternation("goals", key) for key in ("due_prepositions", "due_period_ends"))
    return re.compile(rf"\b{due}\s+(?:{period_end}\s+)?$")
