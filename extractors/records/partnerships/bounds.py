"""Where the words of a party start and stop, as every reader of parties asks it: spaces passed,
a phrase of time opening the sentence passed, the joint between the items of a list, a bracket
after a name, and whether a name stands within a stretch or within another name. Apart because
the readers of subjects, counterparts, unknown names and the Korean side all bound their names so,
and none of them owns it.
"""

import re

from extractors.context import DocumentContext
from extractors.text.sentences import Sentence

# what parts the items of a list of names: a comma or a middle dot alone
LIST_JOINT = re.compile(r"\s*[,·ㆍ․‧・]\s*")

BRACKET_AFTER = re.compile(r"\s?\([^)]*\)")  # "한빛병원(수원시 소재)": what the text says of the name


def skip_spaces(ctx: DocumentContext, position: int) -> int:
    return position + len(ctx.text[position:]) - len(ctx.text[position:].lstrip(" "))


OPENING_WORDS = 4  # "On June 2,", "In early May,": the words of a phrase of time opening a sentence


def past_opening_date(ctx: DocumentContext, sentence: Sentence) -> int:
    """Where the subject starts after a phrase opening the sentence: a date, a word before it
    and a comma after it passed ("On June 2 KUMC signed"), or a few words up to a comma that a
    word never starting a name opens ("In May, Vitacare and ..."); else the sentence's start."""
    dates = ctx.dates(sentence)
    if dates and len(ctx.text[sentence.start : dates[0].start].split()) <= 1:
        return skip_spaces(ctx, dates[0].end + (ctx.text[dates[0].end : dates[0].end + 1] == ","))
    comma = ctx.text.find(",", sentence.start, sentence.end)
    opening = ctx.text[sentence.start : max(comma, sentence.start)].split()
    leading = ctx.lexicon.matcher("text", "not_name_starts")
    if 1 < len(opening) <= OPENING_WORDS and leading.match(opening[0]) is not None:
        return skip_spaces(ctx, comma + 1)
    return sentence.start


def names_within(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether an organisation or place is named where the counterparts are."""
    return any(start <= e.start < end for e in (*ctx.organizations(sentence), *ctx.places(sentence)))


def names_within_name(short: str, name: str) -> bool:
    """Whether ``short`` stands in ``name`` as whole words: "Mayo Clinic" in "US-based Mayo
    Clinic", not the city 울산 inside 울산대병원 (a body named after its city is another body)."""
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", name) is not None
