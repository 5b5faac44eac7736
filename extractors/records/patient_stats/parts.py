"""Counts whose own words make them a part of a total told before them.

News breaks a total of foreign patients down by type of care in the sentences after it, often
with a bare "patients" or a care-setting noun: "Outpatients numbered 7,100", "Plastic surgery
followed with 1,200 patients (11%)", "Among them, 96 patients paid ...". Such a part counts the
people of the total, whatever its own noun says; a count told with no such mark is a count of
its own ("The hospital saw 52,000 patients").
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.numbers import Quantity
from extractors.records.patient_stats.counts import Link
from extractors.records.patient_stats.origins import MAX_ADJECTIVE_CHARS
from extractors.text.sentences import Sentence

SHARE_UNIT_CHARS = 20  # "37-point-five percent": a share's unit after its number, spelt-out decimals between


def part_of_them(ctx: DocumentContext, quantity: Quantity) -> bool:
    """Whether a word of partition referring back follows the count right away ("1,900 of them")."""
    start = ctx.next_word_start(quantity.end)
    partitive = ctx.lexicon.matcher("patients", "back_partitives").match(ctx.text, start)
    return partitive is not None and partitive.start == start


def is_told_as_a_part(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """Whether a count's own words make it a part of a total: a noun of a care setting
    ("inpatients", "입원 환자"), its share right after it ("4,310 patients (16%)", "11,050, accounting for
    77.8 percent"), or a partition ("Among them, 96 patients", "some 1,900 of them"). A noun
    that calls the people home ones ("domestic patients, 98 percent") tells a whole of its own."""
    lexicon = ctx.lexicon
    head = link.head
    noun_start = max(sentence.start, head.start - MAX_ADJECTIVE_CHARS)
    if lexicon.matcher("patients", "home_patient_words").contains(ctx.text[noun_start : head.start]):
        return False
    noun_phrase = ctx.text[noun_start : head.end].lower()
    return (
        any(noun_phrase.endswith(noun) for noun in lexicon.lowered_words("patients", "care_setting_heads"))
        or part_of_them(ctx, link.quantity)
        or lexicon.matcher("patients", "part_openers").match(ctx.text, ctx.next_word_start(sentence.start))
        is not None
        or _share_follows(ctx, sentence, link)
    )


def _share_follows(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """ "141,800 patients (11.4%)", "705,000 patients, or 56.6 percent": the next figure after the
    count and its noun, joined to it by a word of share, is a share ("%", "percent")."""
    quantity, head = link.quantity, link.head
    end = head.end if not link.relative and head.start >= quantity.end else quantity.end
    share = next((q for q in ctx.quantities(sentence) if q.start >= end), None)
    if share is None:
        return False
    joint = ctx.text[end : share.start].strip(" ,").lower()
    if joint not in ctx.lexicon.lowered_words("patients", "share_leads"):
        return False
    window = ctx.text[share.end : min(sentence.end, share.end + SHARE_UNIT_CHARS)]
    unit_words = re.split(r"[,;()]", window, maxsplit=1)[0].lower()  # up to the clause's next mark
    return any(unit in unit_words for unit in ctx.lexicon.lowered_words("patients", "share_units"))
