"""The patient noun a Korean count takes from before it: from the sentences just before
("2018년에 5130명, …" after a sentence on foreign patients), from before a word of a part ("이
가운데 중국인이 …"), and whether a bare 환자 is foreign because the foreign patients counted
before go on.

Korean leaves out a noun it has told already; these readers look back across sentences, where
the count's own sentence names none, and are apart from the readers of the sentence itself.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.base import NounFinder
from extractors.lang.ko.breakdowns import PART_OPENING, hospital_item, is_nationality, named_by_another_noun
from extractors.lang.ko.figures import person_counts_before
from extractors.lang.ko.origins import MAX_ORIGIN_CHARS, ORIGIN_JOINT, country_of_count, origin_as_complement
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence
from models import Population

LEAN_BACK_SENTENCES = 5  # "2018년에 5130명, …": counts go on, a breakdown over several sentences too
# a sentence of no counts that only comments on the figures told before it, so that their noun
# stays in force after it: it points back at them ("이는 서울에 이어 세 번째로 많은 것이다"),
# tells their shares or rates ("각각 136%, 115% 늘었다") or ranks their items ("… 순으로 나타났다")
_POINTS_BACK = re.compile(r"\s*이는\s")
_SHARES_OR_RANKS = re.compile(r"\d\s?%|순으로|순이(?:다|었다|며)")
# a sentence breaking down the count before: "이 가운데 중국인이 …", "이 중", "그중"
# the word of a part before the nationalities of a breakdown: "이 가운데 중국인이 …, 러시아인이",
# "외국인 환자 가운데 중국인이", "2만명 중 중국인이": who is broken down stands before it
_PARTITIVE = re.compile(r"(?:^|(?<=[\s명])|(?<=^[이그])|(?<=\s[이그]))(?:가운데|중)(?:에서|에는|에선)?\s+")
_DEMONSTRATIVE_END = re.compile(r"(?:^|\s)(?:이|그)\s?$")
_CASE_OF = re.compile(r"\S+의\s?경우\s")  # "치과병원의 경우 2011년 392명": of the place named
# the case a sentence tells its counts of: "치과병원의 경우 ", "대구는 "
_CASE_TOPIC = re.compile(r"의\s?경우(?:에는|엔|는)?\s")


def foreign_in_context(
    ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, nouns: NounFinder
) -> PhraseMatch:
    """ "러시아 환자는 2018년(7415명)", "2010년 이후 누적 환자는 132만명" after "외국인 환자가 …
    36만 4000명으로": a bare 환자 is foreign where a foreign region stands right before it, or
    where it goes on counting the foreign patients counted in the sentences just before."""
    if (
        head.label != Population.PATIENTS.value
        or head.text not in ctx.lexicon.section("patients")["bare_heads"]
    ):
        return head
    foreign = PhraseMatch(head.start, head.end, head.text, Population.FOREIGN_PATIENTS.value)
    window = max(sentence.start, head.start - MAX_ORIGIN_CHARS)
    for place in ctx.places(sentence):
        if (
            window <= place.start
            and place.end <= head.start
            and ORIGIN_JOINT.fullmatch(ctx.text, place.end, head.start)
        ):
            return foreign if not place.place.is_korean else head
    lead = ctx.text[sentence.start : head.start]
    if nouns(sentence.start, head.start) or ctx.lexicon.matcher("partnerships", "domestic_words").contains(
        lead
    ):
        return head
    body = ctx.body_sentences
    position = ctx.body_position(sentence) or 0
    for previous in reversed(body[max(0, position - LEAN_BACK_SENTENCES) : position]):
        told = nouns(previous.start, previous.end)
        if told:
            counted = person_counts_before(ctx, previous, previous.end)
            return foreign if counted and told[-1].label == Population.FOREIGN_PATIENTS.value else head
    return head


def broken_down(
    ctx: DocumentContext, sentence: Sentence, nationality: PhraseMatch, nouns: NounFinder
) -> PhraseMatch | None:
    """The patient noun a nationality is a part of: the last one before the word of a part
    (가운데, 중) before it in the sentence, else, after "이 가운데", that of the sentence before
    (the nationality itself where none is found)."""
    parts = list(_PARTITIVE.finditer(ctx.text, sentence.start, nationality.start))
    if not parts:
        return None
    part = parts[-1]
    lead = ctx.text[sentence.start : part.start()]
    if _DEMONSTRATIVE_END.search(lead) and not lead[: -len(_DEMONSTRATIVE_END.search(lead).group(0))].strip():
        return _noun_of_sentence_before(ctx, sentence, nouns) or nationality
    before = [n for n in nouns(sentence.start, part.start()) if not is_nationality(ctx, sentence, n)]
    return before[-1] if before else None


def noun_told_before(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """ "2018년에 5130명, 2019년에 1874명으로 급감했다": a sentence of person counts that names no
    one counts the patients of the sentence before, if it names no other people either; a
    breakdown by country ("병원을 찾은 외국인은 중국 251명, 몽골 88명") counts them whatever
    else its lead names; so does a breakdown by the places they went to ("그중 치과의원은 3,518명,
    치과병원을 2,907명이 찾아", "치과병원의 경우 2011년 392명, 2012년 1,146명")."""
    lead = ctx.text[sentence.start : quantity.start]
    by_receiver = (
        PART_OPENING.match(ctx.text, sentence.start)
        or _CASE_OF.search(lead)
        or hospital_item(ctx, sentence, quantity) is not None  # "병원별로는 한빛병원이 420명"
    )
    # "치과병원의 경우 2011년 392명, …": the case the counts are told of is where they went
    lead = lead[max((m.end() for m in _CASE_TOPIC.finditer(lead)), default=0) :]
    # "그중 2,100명이 카자흐스탄 사람이었다": the people of the complement are the count's own
    complement = bool(origin_as_complement(ctx, sentence, quantity))
    if (
        named_by_another_noun(ctx, sentence, quantity)
        or nouns(sentence.start, quantity.start if complement else sentence.end)
        or (
            not country_of_count(ctx, sentence, quantity)
            and not by_receiver
            and ctx.lexicon.matcher("patients", "other_nouns").contains(lead)
        )
    ):
        return None
    if ctx.lexicon.matcher("patients", "attendance_words").contains(ctx.text[sentence.start : sentence.end]):
        return None
    return _noun_of_sentence_before(ctx, sentence, nouns)


def _noun_of_sentence_before(
    ctx: DocumentContext, sentence: Sentence, nouns: NounFinder
) -> PhraseMatch | None:
    """The last patient noun of the sentences just before, while they go on telling counts."""
    body = ctx.body_sentences
    position = ctx.body_position(sentence) or 0
    for previous in reversed(body[max(0, position - LEAN_BACK_SENTENCES) : position]):
        heads = nouns(previous.start, previous.end)
        if heads:
            return heads[-1]
        if not any(not q.is_measure and not q.is_year for q in ctx.quantities(previous)) and not (
            _POINTS_BACK.match(ctx.text, previous.start, previous.end)
            or _SHARES_OR_RANKS.search(ctx.text, previous.start, previous.end)
        ):
            return None  # a sentence of no counts between: the noun is no longer in force
    return None
