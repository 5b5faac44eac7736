"""English grammar of counts and of named bodies, asked by the record builders through the
language interface: where a count's origins are named ("1,420 from Kazakhstan", "4,000 were
Chinese"), and how high in the state a named body stands.

The other questions English answers by its word order each have a module of their own, by the
record kind that asks them: ``aims``, ``markets``, ``agreements``, and for events
``event_names``, ``event_nouns``, ``event_occurrences`` and ``event_subjects``.
"""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.text.sentences import Sentence
from models import ScopeLevel

# The scope of a receiver or actor, read from its name (the names are English). A national body
# or Korea itself, or a minister by the title of a ministry ("Minister of Health and Welfare"),
# who speaks and signs for it; a hospital, clinic, medical centre or university; any other named
# body or place.
_NATIONAL_NAME = re.compile(
    r"^(the )?((south )?korea|republic of korea|korean government|government)$"
    r"|ministry|^minister of|khidi|korea health industry development institute|korea tourism organi[sz]ation"
)
_HOSPITAL_WORD = re.compile(r"hospital|medical cent(er|re)|clinic|infirmary|university|health system")


def origins_after(
    ctx: DocumentContext, sentence: Sentence, position: int, end: int | None = None, adjacent: bool = False
) -> list[str]:
    """Countries after "from": "from Mongolia, Russia, Kazakhstan and Arab regions"; with
    ``adjacent``, only where "from" follows the number directly ("1,420 from Kazakhstan"), or
    a nationality told by a copula right after it ("4,000 were Chinese")."""
    if adjacent and (told := _nationality_told(ctx, sentence, position, end or sentence.end)):
        return told
    match = ctx.lexicon.matcher("grammar", "origin_prepositions").search(
        ctx.text, position, end or sentence.end
    )
    if match is None:
        return []
    between = ctx.text[position : match.start].strip()
    # "Most foreign patients, 2,600, came from China": a count in apposition, its verb after a comma
    if adjacent and between and not _joins_origin(ctx, between.lstrip(", ")):
        return []
    limit = end or sentence.end
    words = ctx.lexicon.matcher("patients", "origin_stops").search(ctx.text, match.end, limit)
    punctuation = re.compile(r"[;.]").search(ctx.text, match.end, limit)
    end = min(limit, words.start if words else limit, punctuation.start() if punctuation else limit)
    return [
        p.place.country
        for p in ctx.places(sentence)
        if match.end <= p.start < end and p.place.country and not p.place.is_korean
    ]


def _joins_origin(ctx: DocumentContext, between: str) -> bool:
    """Whether the one word between a count or its noun and "from" still lets "from" tell the
    origin: a verb of arrival ("1,200 came from Russia") or a noun compounding the patient noun
    ("patient arrivals from the UAE")."""
    return any(
        (found := ctx.lexicon.matcher("patients", key).search(between)) is not None and found.text == between
        for key in ("arrival_verbs", "head_compounds")
    )


def _nationality_told(ctx: DocumentContext, sentence: Sentence, position: int, end: int) -> list[str]:
    """ "Of them, 4,000 were Chinese and 3,000 Russian": a copula right after a count and a
    nationality right after it name the counted people's country."""
    start = position + len(ctx.text[position:end]) - len(ctx.text[position:end].lstrip())
    copula = ctx.lexicon.matcher("grammar", "origin_copulas").match(ctx.text, start, end)
    if copula is None:
        return []
    return [
        p.place.country
        for p in ctx.places(sentence)
        if p.start >= copula.end
        and not ctx.text[copula.end : p.start].strip()
        and p.place.country
        and not p.place.is_korean
    ]


@cache  # the same few names (the article's actor, "Korea") are asked for every record
def scope_level(name: str | None) -> ScopeLevel:
    """National for Korea and national bodies, hospital for hospitals, clinics and medical
    centres, local for any other named body or place, unspecified where none is named."""
    if name is None:
        return ScopeLevel.UNSPECIFIED
    lowered = name.lower()
    if _NATIONAL_NAME.search(lowered):
        return ScopeLevel.NATIONAL
    if _HOSPITAL_WORD.search(lowered):
        return ScopeLevel.HOSPITAL
    return ScopeLevel.LOCAL
