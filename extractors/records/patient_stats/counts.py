"""Which numbers of a sentence count patients, and the patient noun each counts.

A count is tied to its noun directly ("17,918 Mongolian patients"), through a linking verb ("the
number of foreign patients ... reached 300-thousand"), or leans on a noun named just before (a
series, a list, a part, an ellipsis).
"""

import re
from dataclasses import dataclass
from functools import cache

from extractors.context import DocumentContext
from extractors.lexicon import PhraseMatch, phrase_alternation
from extractors.mentions.numbers import Quantity, is_bare, qualifier_phrase
from extractors.mentions.places import PlaceKind
from extractors.records.aims import facts_before_aim
from extractors.records.patient_stats.clauses import (
    after_previous_count,
    is_consultation,
    is_generic_head,
    next_count_start,
)
from extractors.records.patient_stats.origins import origins_after
from extractors.spans import overlaps
from extractors.text.sentences import Sentence
from models import Population

MAX_WORDS_BEFORE_HEAD = 4  # "17,918 new Mongolian patients": adjectives between number and noun


MAX_WORDS_BEFORE_DEMONYM = 1  # "6,000 young Mongolians": a nationality as noun follows its number closely


MAX_LINK_CHARS = 120  # "the number of foreign patients who visited Korea ... reached 300-thousand"


CARE_AFTER_HEAD_CHARS = 100  # "1,236 residents, most of them elderly ..., were examined"


@dataclass(frozen=True)
class Link:
    """A count and the patient noun it counts; ``relative`` when that noun was named for another count."""

    quantity: Quantity
    head: PhraseMatch
    relative: bool
    own_origin: tuple[str, ...] = ()  # "Americans (51,200)", "1,420 from Kazakhstan"


def count_links(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, goal: bool
) -> list[Link]:
    """Counts tied to their noun: directly first, then those that lean on a noun named before.
    In a goal sentence only the baseline and the facts told before the aim are counts: the
    other figures are aims."""
    numbers = [q for q in ctx.quantities(sentence) if not q.is_measure and not q.is_year and q.value >= 1]
    if not numbers:
        return []
    dates = ctx.dates(sentence)
    candidates = [q for q in numbers if not overlaps(q.start, q.start + 1, dates)]  # "April 14 to 16"
    links: list[Link] = []
    facts = facts_before_aim(ctx, sentence) if goal else []
    for quantity in candidates:
        if not goal or quantity in facts:
            head = _head(ctx, sentence, quantity)
            if head is not None and _counts_patients(ctx, sentence, quantity, head):
                links.append(Link(quantity, head, relative=False))
    linked = {link.quantity for link in links}
    for quantity in candidates:
        if (
            quantity in linked
            or not _is_bare(ctx, sentence, quantity)
            or _counts_others(ctx, sentence, quantity)
        ):
            continue
        listed = _listed_origin(ctx, sentence, quantity)
        own_origin = listed or tuple(
            origins_after(
                ctx, sentence, quantity.end, next_count_start(ctx, sentence, quantity), adjacent=True
            )
        )
        cued = _after_cue(ctx, sentence, quantity, goal)
        if goal and not cued:
            continue
        restated = not goal and _figure_anaphor(ctx, sentence, quantity)
        if not (own_origin or cued or restated or _elliptical(ctx, sentence, quantity)):
            continue
        # an ellipsis ("About 2,900 were treated."), "the figure" of a count told before or a
        # list by nationality that goes on in a sentence of its own ("Russians (24,026) and
        # Thais (9,100) followed.") leans on the sentence before
        leans_back = bool(listed) or restated or not (cued or own_origin)
        anchor = _anchor(ctx, sentence, previous if leans_back else None, quantity)
        if anchor is not None:
            links.append(Link(quantity, anchor, relative=True, own_origin=own_origin))
    return sorted(links, key=lambda link: link.quantity.start)


def _head(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """The patient noun of a count. A generic noun after the number yields to a patient noun
    linked before it: in "Mongolian patients ... was 1,204 persons" the patients are counted."""
    after = _head_after(ctx, sentence, quantity)
    if after is not None and not is_generic_head(ctx, after):
        return after
    return _head_before(ctx, sentence, quantity) or after


def _head_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """The patient noun right after the number, with at most a few adjectives between."""
    window_end = min(sentence.end, quantity.end + 80)
    head = next(iter(_find_heads(ctx, sentence, quantity.end, window_end)), None)
    if head is None:
        return None
    between = ctx.text[quantity.end : head.start]
    if re.search(r"[,;:()\d]", between) or len(between.split()) > MAX_WORDS_BEFORE_HEAD:
        return None
    if len(between.split()) > MAX_WORDS_BEFORE_DEMONYM and head.text not in _lexicon_heads(ctx, head):
        return None  # "three most popular destinations for Kazakhs": the number counts another noun
    if ctx.lexicon.matcher("patients", "other_nouns").contains(between):
        return None  # "1,148 facilitators registered to attract foreign patients"
    return head


def _head_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """A patient noun linked to a following number: "patients ... reached 300-thousand"."""
    window_start = max(sentence.start, quantity.start - MAX_LINK_CHARS)
    heads = _find_heads(ctx, sentence, window_start, quantity.start)
    if not heads or not _linked(ctx, sentence, heads[-1].end, quantity):
        return None
    return heads[-1]


def _linked(ctx: DocumentContext, sentence: Sentence, subject_end: int, quantity: Quantity) -> bool:
    """Whether a linking verb joins a subject ending at ``subject_end`` to the number, with at
    most a qualifier or a filler ("a record", "just") between the verb and the number."""
    between = _without_years(ctx, sentence, subject_end, quantity.start)
    if re.search(r"\d", between):
        return False
    # The verb may be glued to the word before it ("treatmentreached"), so it is sought as a
    # suffix of the text between noun and number, not as a whole word.
    links = (_linking_verb(ctx), _change_to(ctx), _share_with(ctx))
    ends = [m.end() for m in (link.search(between) for link in links) if m]
    if not ends:
        return False
    remainder = _without_filler(ctx, between[max(ends) :].strip(" ,"))
    return not remainder or _is_qualifier(ctx, remainder)


def _figure_anaphor(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "In 2009, the figure stood at just sixty thousand": a bare number that "the figure" or
    "the number" is linked to restates the count of the patients spoken of before."""
    window_start = max(sentence.start, quantity.start - MAX_LINK_CHARS)
    anaphors = list(
        ctx.lexicon.matcher("patients", "figure_anaphors").finditer(ctx.text, window_start, quantity.start)
    )
    return bool(anaphors) and _linked(ctx, sentence, anaphors[-1].end, quantity)


def _without_filler(ctx: DocumentContext, phrase: str) -> str:
    """The words before a count with a filler such as "a record" or "just" taken off its end:
    "hit a record 605,768" links the noun to the count as "hit 605,768" does."""
    for filler in sorted(ctx.lexicon.section("patients")["count_fillers"], key=len, reverse=True):
        if phrase.lower() == filler or phrase.lower().endswith(" " + filler):
            return phrase[: len(phrase) - len(filler)].strip(" ,")
    return phrase


@cache
def _phrase_then_pattern(phrases: tuple[str, ...], words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``phrases``, then words without a clause break, then the last of ``words`` in the text."""
    alternation, word = phrase_alternation(phrases), f"(?:{phrase_alternation(words)})"
    return re.compile(rf"\b(?:{alternation})\b[^,;]*?\b{word}\b(?!.*\b{word}\b)", re.IGNORECASE | re.DOTALL)


def _change_to(ctx: DocumentContext) -> re.Pattern[str]:
    """ "jumped 31.3 percent on-year to": a verb of change and the "to" of its new level."""
    patients = ctx.lexicon.section("patients")
    return _phrase_then_pattern(tuple(patients["change_verbs"]), tuple(patients["change_level_words"]))


def _share_with(ctx: DocumentContext) -> re.Pattern[str]:
    """ "accounted for the largest portion with", "ranked first with": a share of a breakdown
    and the "with" of its count."""
    patients = ctx.lexicon.section("patients")
    return _phrase_then_pattern(tuple(patients["share_verbs"]), tuple(patients["share_count_words"]))


def _without_years(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> str:
    """The text between two positions with calendar years and measures blanked: "the total
    since 2009 has passed" and "jumped 31.3 percent to" still link a noun to its number,
    another count between does not."""
    text = ctx.text[start:end]
    spans = [(y.start, y.end) for y in ctx.years(sentence) if not y.relative]
    spans += [(q.start, q.end) for q in ctx.quantities(sentence) if q.is_measure]
    for span_start, span_end in spans:
        if start <= span_start and span_end <= end:
            offset = span_start - start
            text = text[:offset] + " " * (span_end - span_start) + text[offset + span_end - span_start :]
    return text


@cache
def _linking_verb_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternation = phrase_alternation(verbs)
    return re.compile(rf"(?:{alternation})\b(?!.*\b(?:{alternation})\b)", re.IGNORECASE | re.DOTALL)


def _linking_verb(ctx: DocumentContext) -> re.Pattern[str]:
    return _linking_verb_pattern(tuple(ctx.lexicon.section("patients")["linking_verbs"]))


def _is_qualifier(ctx: DocumentContext, phrase: str) -> bool:
    qualifiers = ctx.lexicon.section("qualifiers")
    return phrase.lower() in {p.lower() for phrases in qualifiers.values() for p in phrases}


def _is_bare(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """A number with no noun of its own ("364,000 in 2018", "(51,200)"): "12 hospitals" is not bare."""
    return is_bare(ctx.text, quantity, sentence.end, ctx.lexicon)


def _counts_others(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "1,102 of those institutions": a bare number whose next words name what it counts."""
    following = re.match(r"[^,;:.()]*", ctx.text[quantity.end : sentence.end]).group(0)
    words = " ".join(following.split()[:3])
    return ctx.lexicon.matcher("patients", "other_nouns").contains(words)


def _after_cue(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, goal: bool) -> bool:
    """ "up from 364,000", "including 1,420", "at 98,400"; in a goal sentence only a baseline."""
    baseline = ctx.follows("goals", "baseline_prepositions", sentence, quantity.start)
    return baseline or (not goal and ctx.follows("patients", "series_cues", sentence, quantity.start))


def _elliptical(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "about 2,900 were treated": the verb of care stands right after the number."""
    verb = ctx.lexicon.matcher("patients", "elliptical_verbs").search(ctx.text, quantity.end, sentence.end)
    return verb is not None and not ctx.text[quantity.end : verb.start].strip()


def _listed_origin(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[str, ...]:
    """ "Americans (51,200)", "Kazakhstan with 4,500": a country or demonym right before the
    count, joined to it by a bracket or a linking word of a list."""
    links = phrase_alternation(ctx.lexicon.section("patients")["list_links"])
    joint = re.compile(rf"\s*(?:\(|:|(?:{links})\b)\s*$", re.IGNORECASE)
    qualifier_start = quantity.start - len(
        qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    )
    places = [
        p
        for p in ctx.places(sentence)
        if p.end <= qualifier_start and joint.fullmatch(ctx.text, p.end, qualifier_start)
    ]
    return tuple(c for p in places if (c := p.place.country) and not p.place.is_korean)


def _anchor(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, quantity: Quantity
) -> PhraseMatch | None:
    """The patient noun a bare count leans on: the last one before it in the sentence, else in
    the sentence before."""
    before = _find_heads(ctx, sentence, sentence.start, quantity.start)
    if not before and previous is not None:
        before = _find_heads(ctx, previous, previous.start, previous.end)
    return before[-1] if before else None


def _lexicon_heads(ctx: DocumentContext, head: PhraseMatch) -> set[str]:
    """The head as the lexicon's noun matcher reads it (empty for a nationality used as a noun)."""
    match = ctx.lexicon.matcher("patients", "heads").search(ctx.text, head.start, head.end)
    return {match.text} if match is not None and match.start == head.start else set()


def _find_heads(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[PhraseMatch]:
    """Patient nouns between two positions, in order: those of the lexicon and nationalities
    used as plural nouns ("12,302 Mongolians", "some 90 Muscovites"), which count people as
    "people" does, only where the clause speaks of care."""
    heads = list(ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, start, end))
    endings = tuple(ctx.lexicon.section("patients")["demonym_noun_endings"])
    for place in ctx.places(sentence):
        if (
            start <= place.start
            and place.end <= end
            and place.place.kind == PlaceKind.DEMONYM
            and place.text.endswith(endings)
            and not overlaps(place.start, place.end, heads)
        ):
            heads.append(PhraseMatch(place.start, place.end, place.text, Population.PATIENTS.value))
    return sorted(heads, key=lambda h: h.start)


def _counts_patients(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch) -> bool:
    """Generic heads ("people") count only in a clause about care, never about attendance."""
    if not is_generic_head(ctx, head):
        return True
    if ctx.follows("patients", "member_cues", sentence, quantity.start):
        return False  # "a medical team of 25 persons treated ..."
    # the attendance of another count ("a briefing for 180 guests, and consultations for 520
    # residents") does not reach past that count
    clause_start = max(sentence.start, quantity.start - 120, after_previous_count(ctx, sentence, quantity))
    clause = ctx.text[clause_start : min(sentence.end, head.end + CARE_AFTER_HEAD_CHARS)]
    attendance = ctx.lexicon.matcher("patients", "attendance_words")
    if attendance.contains(ctx.text[clause_start : quantity.start]) and not is_consultation(
        ctx, sentence, quantity
    ):
        return False  # "consultations to 214 residents" by "doctors of the delegation" are care
    return ctx.lexicon.matcher("patients", "care_words").contains(clause)
