"""Counted groups of counterparts ("18 foreign travel agencies", "seven hospitals in Vietnam and
four in Cambodia"), each a record of its own: where each group stands, whether it is Korean, its
countries and the kind of agreement that binds it. Apart because a group is a count with its
noun, not a name, and gives fields of its own (partner_count).
"""

import re
from itertools import pairwise
from typing import Any, NamedTuple

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import KOREA
from extractors.records.partnerships.bounds import LIST_JOINT
from extractors.records.partnerships.named_counterparts import implied_country
from extractors.spans import overlaps
from extractors.text.sentences import Sentence


class Group(NamedTuple):
    """A counted group of counterparts: its count, its name as a party, where it starts and
    ends in the text, and where the next group starts (its places are named before that)."""

    count: int
    name: str
    start: int
    end: int
    until: int | None = None


def counted_groups(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[Group]:
    """ "18 foreign travel agencies and 6 overseas health bureaus" -> two groups, each
    with where it stands; "seven hospitals in Vietnam and four in Cambodia" -> two groups, the
    second of the first one's noun."""
    heads = ctx.lexicon.matcher("partnerships", "org_heads")
    determiners = ctx.lexicon.matcher("text", "definite_determiners")
    groups = []
    dates = ctx.dates(sentence)
    organizations = ctx.organizations(sentence)
    for quantity in ctx.quantities(sentence):
        if not start <= quantity.start < end or quantity.is_year or quantity.is_measure:
            continue
        if overlaps(quantity.start, quantity.end, dates):
            continue  # "signed on March 6, the hospital said": the day of a date counts nothing
        if overlaps(quantity.start, quantity.end, organizations):
            continue  # "제2국립병원", "the 2nd National Hospital": part of a name, not a count
        if _attending(ctx, sentence, quantity.end):
            continue  # "signed an MOU, with officials from seven cities attending": present, no party
        determiner = determiners.search(ctx.text, max(start, quantity.start - 8), quantity.start)
        if determiner is not None and not ctx.text[determiner.end : quantity.start].strip():
            continue  # "the two hospitals": the parties already named, not a counted group
        head = heads.search(ctx.text, quantity.end, min(end, quantity.end + 60))
        if head is None or len(ctx.text[quantity.end : head.start].split()) > 3:
            if groups and (gapped := _gapped_group(ctx, sentence, groups[-1], quantity)):
                groups.append(gapped)
            continue
        # "11 overseas government agencies": a head that goes on into another names the group whole
        while (word := re.match(r"[ \t]+", ctx.text[head.end : end])) is not None and (
            longer := heads.match(ctx.text, head.end + word.end(), end)
        ) is not None:
            head = longer
        groups.append(
            Group(round(quantity.value), ctx.text[quantity.start : head.end], quantity.start, head.end)
        )
    return [group._replace(until=after.start) for group, after in pairwise(groups)] + groups[-1:]


def _gapped_group(
    ctx: DocumentContext, sentence: Sentence, before: Group, quantity: Quantity
) -> Group | None:
    """A count with its noun left out after a group and a conjunction, where it stands told
    right after it ("seven hospitals in Vietnam and four in Cambodia"): a group of the noun of
    the group before, named by the count and that noun."""
    start, end = quantity.start, quantity.end
    joints = [
        *(
            (m.start, m.end)
            for m in ctx.lexicon.matcher("grammar", "conjunctions").finditer(ctx.text, before.end, start)
        ),
        *((m.start(), m.end()) for m in LIST_JOINT.finditer(ctx.text, before.end, start)),
    ]
    joint = max(joints, default=None, key=lambda j: j[1])
    if joint is None or ctx.text[joint[1] : start].strip():
        return None  # "... hospitals and hopes to add five in ...": no count right after the joint
    prepositions = ctx.lexicon.section("grammar")["place_prepositions"]
    told = ctx.text[before.end : joint[0]].replace(",", " ").split()
    if any(word.islower() and word not in prepositions for word in told):
        return None  # only where the group before stands ("in Vietnam") may part them
    if ctx.language.patterns.partnerships.located_in.match(ctx.text, end, sentence.end) is None:
        return None
    noun = before.name.split()[-1]
    return Group(round(quantity.value), f"{ctx.text[start:end]} {noun}", start, end)


def _attending(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether the clause from ``position`` ends in a word of being present ("... and seven
    organizations attending."): it names who looked on."""
    clause = re.compile(r"[,;]").search(ctx.text, position, sentence.end)
    stop = clause.start() if clause else sentence.end
    present = ctx.lexicon.matcher("partnerships", "attending_words")
    return any(
        not ctx.text[m.end : stop].strip(" .!?\"'”’)") for m in present.finditer(ctx.text, position, stop)
    )


def group_record(
    ctx: DocumentContext,
    sentence: Sentence,
    noun: PhraseMatch,
    group: Group,
    korean_side: str | None,
    subject: list[tuple[str, str | None]],
) -> dict[str, Any]:
    """A counted group of counterparts ("18 foreign travel agencies"). A group of Korean
    ones ("the DHA concluded contracts with three Korean hospitals") is the Korean side, and the
    foreign subject the other party."""
    count, name, position = group.count, group.name, group.start
    kind = _kind_before(ctx, sentence, noun, position)
    korean_group = any(p.place.is_korean for p in ctx.places_in(name))
    korean_group = korean_group or _seated_in_korea(ctx, sentence, group.end)
    if not korean_group and (described := _described_as_korean(ctx, sentence, position)) is not None:
        # "국내 11개 치과": the words that make the group Korean belong to its name
        korean_group, name = True, ctx.text[described : group.end]
    if korean_group and subject:
        foreign, country = subject[0]
        country = country or implied_country(ctx, sentence)
        return {
            "kind": kind,
            "parties": [name, foreign],
            "partner_count": count,
            "countries": [KOREA, *([country] if country else [])],
        }
    return {
        "kind": kind,
        "parties": [p for p in (korean_side, name) if p],
        "partner_count": count,
        "countries": ([KOREA] if korean_side else []) + _group_countries(ctx, sentence, group),
    }


def _kind_before(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, position: int) -> str:
    """ "partnerships with three hospitals, and direct billing contracts with 15 insurers": a
    counted group is bound by the agreement noun named last before it."""
    kinds = ctx.lexicon.matcher("partnerships", "kinds")
    before = list(kinds.finditer(ctx.text, noun.start, position))
    return before[-1].label if before else noun.label


DESCRIBED_CHARS = 10  # "한국 의료기관 14곳": how far before its count a group's describing words stand


def _described_as_korean(ctx: DocumentContext, sentence: Sentence, start: int) -> int | None:
    """ "국내 9개 병원", "한국 의료기관 14곳": a word of home or Korea itself right before the
    group's count describes the group as Korean, though its name starts at the count; where
    that word starts, or None."""
    before = max(sentence.start, start - DESCRIBED_CHARS)
    domestic = ctx.lexicon.matcher("partnerships", "domestic_words").search(ctx.text, before, start)
    if domestic is not None:
        return domestic.start
    places = [p for p in ctx.places(sentence) if before <= p.start and p.end <= start]
    # "전남도는 베트남 20개 병원": a place abroad nearer the count describes the group, not the home
    # place before it, which is the Korean side
    abroad = max((p.end for p in places if not p.place.is_korean), default=before)
    return min((p.start for p in places if p.place.is_korean and p.start >= abroad), default=None)


def _seated_in_korea(ctx: DocumentContext, sentence: Sentence, end: int) -> bool:
    """ "five leading hospitals of the Republic of Korea": the group is Korean by the place
    right after it."""
    seat = ctx.language.patterns.partnerships.seat.match(ctx.text, end)
    if seat is None:
        return False
    rest = ctx.text[seat.end() :].split(maxsplit=1)
    offset = seat.end()
    if rest and rest[0].lower() in ctx.lexicon.section("grammar")["articles"]:
        offset = ctx.text.index(rest[0], offset) + len(rest[0]) + 1
    return any(p.start in (seat.end(), offset) and p.place.is_korean for p in ctx.places(sentence))


def _group_countries(ctx: DocumentContext, sentence: Sentence, group: Group) -> list[str]:
    """ "four Russian insurance companies" are Russian, "three hospitals in Mongolia and
    Kazakhstan" Mongolian and Kazakh; "3 local agencies" belong to the one foreign country the
    sentence names ("... for sending Vietnamese patients"), or, where it names none but says the
    counterparts are local (현지), the foreign country the page is about."""
    name = group.name
    named = [p.place.country for p in ctx.places_in(name) if p.place.country]
    named += _located_after(ctx, sentence, group.end, group.until)
    if named:
        return [c for c in dict.fromkeys(named) if c != KOREA]
    foreign = {p.place.country for p in ctx.places(sentence) if p.place.country and not p.place.is_korean}
    if not foreign and ctx.lexicon.matcher("partnerships", "local_words").contains(sentence.text):
        # "현지 바이어 50여 명을 만나 … 협약 17건을 이끌어냈다": abroad, where the page is
        return [ctx.main_foreign_country] if ctx.main_foreign_country else []
    return [foreign.pop()] if len(foreign) == 1 else []


def _located_after(ctx: DocumentContext, sentence: Sentence, end: int, until: int | None = None) -> list[str]:
    """The countries of "in Mongolia and Kazakhstan" right after a group, up to a comma or the
    next group ("seven hospitals in Vietnam and four in Cambodia")."""
    located = ctx.language.patterns.partnerships.located_in.match(ctx.text, end, sentence.end)
    if located is None:
        return []
    comma = re.compile(r"[,;]").search(ctx.text, located.end(), sentence.end)
    stop = min(comma.start() if comma else sentence.end, until or sentence.end)
    return [
        p.place.country
        for p in ctx.places(sentence)
        if located.end() <= p.start < stop and p.place.country and not p.place.is_korean
    ]
