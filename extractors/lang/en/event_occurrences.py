"""English event occurrences: where an event was held ("in Hanoi", "visited Almaty", a place
listed after a held one, the dateline's city for "here", the places of the sentence before for
"there"), and the years a sentence lists as one series ("in both 2015 and 2016"), each an
occurrence of its own.

Apart because these split one event into its occurrences by place and year, once its noun and
name are known.
"""

import re
from itertools import pairwise

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import Place, PlaceKind
from extractors.text.sentences import Sentence


def listed_years(ctx: DocumentContext, sentence: Sentence) -> list[int]:
    """ "in both 2015 and 2016", "in 2017, 2018 and 2019": written years with only commas and a
    list conjunction between them are one series; "founded in 1998, it won in 2019" is none."""
    if not any(ch.isdigit() for ch in sentence.text):
        return []
    years = [
        y for y in ctx.language.find_years(ctx.text, sentence.start, sentence.end, None) if not y.relative
    ]
    conjunctions = ctx.lexicon.matcher("grammar", "list_conjunctions")
    for earlier, later in pairwise(years):
        between = ctx.text[earlier.end : later.start].strip(" ,")
        joint = conjunctions.match(between, 0, len(between)) if between else None
        if between and (joint is None or joint.end != len(between)):
            return []
    listed = list(dict.fromkeys(y.year for y in years))
    return listed if len(listed) > 1 else []


LOCATION_CUE_CHARS = 40  # a cue word ("in", "visited") stands within a few words of its place


def held_at(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place) -> bool:
    """A place after the event's noun with a cue right before it: "in Hanoi", "visited Almaty"."""
    if place.start <= noun.start:
        return False
    place_heads = ctx.lexicon.section("grammar")["place_heads"]
    if any(
        o.start <= place.start and place.end < o.end and o.head not in place_heads
        for o in ctx.organizations(sentence)
    ):
        return False  # "according to the Korea Tourism Organization": a body's name, not a place
    cues = ctx.lexicon.matcher("events", "location_cues")
    window_start = max(sentence.start, place.start - LOCATION_CUE_CHARS)
    articles = {"", *ctx.lexicon.section("grammar")["articles"]}  # "visited the Republic of Korea"
    return any(
        ctx.text[c.end : place.start].strip().lower() in articles
        for c in cues.finditer(ctx.text, window_start, place.start)
    ) or _listed_after_a_held_place(ctx, sentence, noun, place)


CONJUNCTION_CHARS = 8  # the word right before a place, read from a few characters only


def _listed_after_a_held_place(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place
) -> bool:
    """ "roadshows in Jakarta on July 9 and Kuala Lumpur on July 12": a place right after "and"
    that follows a place where the event was held, only a day between them, is held at too
    (each then gets its occurrence, per_place)."""
    before = ctx.text[max(sentence.start, place.start - CONJUNCTION_CHARS) : place.start].split()
    if not before or before[-1].lower() not in ctx.lexicon.section("grammar")["list_conjunctions"]:
        return False  # the cheap test first: most places follow no "and"
    earlier = [p for p in ctx.places(sentence) if noun.start < p.start and p.end <= place.start]
    if not earlier:
        return False
    last = earlier[-1]
    days = [d for d in ctx.dates(sentence) if last.end <= d.start and d.end <= place.start]
    if not days:
        return False
    between = ctx.text[last.end : place.start]
    for day in days:
        between = between.replace(ctx.text[day.start : day.end], " ")
    joints = {*ctx.lexicon.section("dates")["ordinal_day_prepositions"], *before[-1:]}
    return all(w.lower() in joints for w in between.replace(",", " ").split()) and held_at(
        ctx, sentence, noun, last
    )


DATELINE_REACH = 1500  # characters after the body's start a newswire dateline stands within

# A dateline: a line opening with a place in capitals, then a date or an agency, then a dash
# ("ALMATY, Nov. 21 --", "SEOUL (Yonhap) --").
_DATELINE = re.compile(
    r"^([A-Z]{3,}(?: [A-Z]{2,}){0,3})(?=(?:,|\s*\()[^\n]{0,40}?\s(?:--|—|–|-)\s)", re.MULTILINE
)


def dateline_here(ctx: DocumentContext, sentence: Sentence) -> list[Place]:
    """ "ALMATY, Nov. 21 -- A Korean fair opened here today": "here" is the city of the
    dateline in capitals that opens the copy, where the gazetteer knows it. Only for a sentence
    that says "here": a dateline tells where the copy was filed, which places nothing else."""
    if not ctx.lexicon.matcher("events", "here_words").contains(sentence.text):
        return []  # the cheap test first: almost no sentence says "here"
    line = _DATELINE.search(ctx.text, ctx.body_start, min(sentence.end, ctx.body_start + DATELINE_REACH))
    if line is None:
        return []
    place = ctx.language.place_names().get(line[1].title())
    return [] if place is None else [Place(line.start(1), line.end(1), line[1], place)]


# "there" that points to a place, not the "there" of "there were 300 guests"
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|must|could|should|seems?|remains?)\b)",
    re.IGNORECASE,
)


def there_before(ctx: DocumentContext, sentence: Sentence) -> list[Place]:
    """ "A team from Hanbit Hospital has returned from Hue. It held free clinics there in May":
    "there" is where the sentence right before went, its foreign places first (a Korean city in
    it is mostly where the party comes from). Only for a sentence that says "there" and tells
    its day: undated, "the free clinic there" describes what stands there, no occasion."""
    if "there" not in sentence.text.lower() or not _THERE.search(sentence.text):
        return []  # the cheap test first: few sentences say "there"
    if not ctx.happening_dates(sentence):
        return []
    before = next((s for s in ctx.body_sentences if s.index == sentence.index - 1), None)
    if before is None:
        return []
    places = [p for p in ctx.places(before) if p.place.kind != PlaceKind.DEMONYM]
    return sorted(places, key=lambda p: p.place.is_korean)
