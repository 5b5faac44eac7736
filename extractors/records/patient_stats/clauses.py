"""What every part of the patient-count builder asks of a count's sentence: where the next count
begins, where the words about this one begin, whether its noun is generic, whether it is a
consultation; and the language's patterns for them.
"""

import re
from dataclasses import dataclass
from functools import cache

from extractors.context import DocumentContext
from extractors.lexicon import Lexicon, PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind, find_places
from extractors.text.sentences import Sentence

CONSULTATION_WINDOW_CHARS = 40  # "gave free consultations to about 380 visitors"


@dataclass(frozen=True)
class _Patterns:
    list_joint: re.Pattern[str]  # a comma, or the "and" before a list's last item
    belonging: re.Pattern[str]  # "citizens of (the) ..."
    n_countries: re.Pattern[str]  # "from over 30 different countries": the number in group 1
    after_article: re.Pattern[str]  # nothing, or an article, between a cue and what it cues


@cache
def count_patterns(lexicon: Lexicon) -> _Patterns:
    def words(role: str) -> str:
        return lexicon.alternation("grammar", role, ignore_case=False)

    return _Patterns(
        list_joint=re.compile(rf"[,;]|\b{words('list_conjunctions')}\b"),
        belonging=re.compile(rf"\s+{words('belonging_prepositions')}\s+(?:{words('articles')}\s+)?"),
        n_countries=re.compile(
            rf"\b{lexicon.alternation('grammar', 'origin_prepositions')}"
            rf"\s+(?:{lexicon.alternation('patients', 'country_count_qualifiers')}\s+)?(\d+)"
            rf"\s+(?:{lexicon.alternation('patients', 'country_count_adjectives')}\s+)?"
            rf"{lexicon.alternation('patients', 'country_count_nouns')}",
            re.IGNORECASE,
        ),
        after_article=re.compile(rf"\s*(?:{words('articles')}\s+)?"),
    )


def after_previous_count(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> int:
    """Where the words about a count begin when another count precedes it in the sentence:
    after the punctuation or "and" that closes the earlier count's phrase ("for 180 guests, ")."""
    earlier = [
        q.end
        for q in ctx.quantities(sentence)
        if q.end <= quantity.start and not q.is_year and not q.is_measure
    ]
    if not earlier:
        return sentence.start
    joint = count_patterns(ctx.lexicon).list_joint.search(ctx.text, earlier[-1], quantity.start)
    return joint.end() if joint else earlier[-1]


def is_generic_head(ctx: DocumentContext, head: PhraseMatch) -> bool:
    if any(
        p.start == head.start and p.place.kind == PlaceKind.DEMONYM
        for p in find_places(ctx.text, head.start, head.end, ctx.lexicon)
    ):
        return True  # "12,302 Mongolians"
    return head.text.lower() in {g.lower() for g in ctx.lexicon.section("patients")["generic_heads"]}


def has_count(ctx: DocumentContext, sentence: Sentence) -> bool:
    return any(not q.is_year and not q.is_measure for q in ctx.quantities(sentence))


def is_consultation(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "consulted 160 patients", "free consultations to about 380 visitors": the count is of
    people seen in consultations, wherever they came from."""
    start = max(
        sentence.start,
        quantity.start - CONSULTATION_WINDOW_CHARS,
        after_previous_count(ctx, sentence, quantity),
    )
    return ctx.lexicon.matcher("patients", "consultation_words").contains(ctx.text[start : quantity.start])


def next_count_start(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> int:
    """Where the next count of the sentence begins: what follows it is that count's business."""
    later = [q.start for q in ctx.quantities(sentence) if q.start > quantity.end and not q.is_year]
    return min([sentence.end, *later])
