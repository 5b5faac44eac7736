"""Whether an aim is one of another trade than medical tourism.

Goods ("cosmetics makers target Vietnam"), an investment roadshow, a trade office abroad and a
role owned by exporters all read like a market of care. Each reader asks its own question of it,
but the answer is one judgement, on the lexicon's words of other trades and of care, so it is
kept in one module; the promotions read off the events ask it too.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import PlaceKind
from extractors.text.sentences import Sentence


def of_other_goods(ctx: DocumentContext, text: str) -> bool:
    """ "국내 화장품 업체들이 베트남 시장 공략에 나섰다", "… 고교를 방문해 입학 설명회를 열었다": a
    sentence about the market of other goods or of other people (students), with no word of care
    or patients in it, aims at no market of medical tourism."""
    return (
        ctx.lexicon.matcher("markets", "outside_goods").contains(text)
        and not _names_care(ctx, text)
        and not ctx.lexicon.matcher("patients", "heads").contains(text)
    )


def _names_care(ctx: DocumentContext, text: str) -> bool:
    """Whether the text has a word of care ("treated", "검진"): goods told beside it may be
    what a patient buys, so the text is not only about another trade."""
    lexicon = ctx.lexicon
    return lexicon.matcher("patients", "care_words").contains(text) or lexicon.matcher(
        "patients", "care_nouns"
    ).contains(text)


def promotes_other_goods(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "shoppers at a retailer's stand at a beauty fair in Bangkok try skincare": a
    promotion told with goods of another trade and no word of care draws no patients, even where
    its visitors are named (a visitor to a booth is no patient, so, unlike ``of_other_goods``,
    the people it names do not count as patients)."""
    text = sentence.text
    return ctx.lexicon.matcher("markets", "outside_goods").contains(text) and not _names_care(ctx, text)


TRADE_WORDS_BEFORE = 2  # "an export business presentation": words of the trade before the noun


def promotion_of_another_trade(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool:
    """ "an investment roadshow in Tokyo", "an education fair in Jakarta": a promotion named by
    another trade, in the words right before its noun, draws no patients."""
    before = ctx.text[sentence.start : cue.start].split()[-TRADE_WORDS_BEFORE:]
    trades = ctx.lexicon.lowered_words("markets", "other_trades")
    return any(word.lower().strip(",'’\"") in trades for word in before)


def office_of_other_trade(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the place's noun from ``start`` to ``end`` ends an office of another trade ("a
    trade office", "its investment office"): an office abroad is a market only where it serves
    care or its travel (annotation.md, Markets)."""
    others = ctx.lexicon.matcher("markets", "other_offices")
    if not others.contains(sentence.text):
        return False
    return any(o.end == end for o in others.finditer(ctx.text, max(sentence.start, start - 40), end))


def owned_by_another_trade(ctx: DocumentContext, sentence: Sentence, role_end: int) -> bool:
    """ "Vietnam is a gateway for Korean investors", "a new priority for Korean exporters": an
    owner told by a nationality and a noun of another trade, right after the role's preposition
    and with no word of care up to the clause's end, makes the role one of that trade ("a key
    market for Korean hospitals" is one of care)."""
    owners = ctx.lexicon.lowered_words("markets", "owner_prepositions")
    # the match of a role with its owner ends at the owner's capital
    nationality = next((p for p in ctx.places(sentence) if role_end - 1 <= p.start), None)
    if nationality is None or nationality.place.kind != PlaceKind.DEMONYM:
        return False
    before = ctx.text[sentence.start : nationality.start].split()
    if not before or before[-1].lower() not in owners:
        return False
    clause = re.split(r"[,;:.]", ctx.text[nationality.end : sentence.end], maxsplit=1)[0]
    return not ctx.lexicon.matcher("markets", "care_context").contains(clause)
