"""What every part of the patient-count builder asks of a count's sentence: where the next count
begins, where the words about this one begin, whether its noun is generic, whether it is a
consultation.
"""

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.text.sentences import Sentence

CONSULTATION_WINDOW_CHARS = 40  # "gave free consultations to about 380 visitors"


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
    joint = ctx.language.patterns.counts.list_joint.search(ctx.text, earlier[-1], quantity.start)
    return joint.end() if joint else earlier[-1]


def is_generic_head(ctx: DocumentContext, head: PhraseMatch) -> bool:
    if any(
        p.start == head.start and p.place.kind == PlaceKind.DEMONYM
        for p in ctx.language.find_places(ctx.text, head.start, head.end)
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
