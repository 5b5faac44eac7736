"""The places a cue of aiming aims at: "targeting Sakhalin", "사할린 시장 공략", "will send
doctors to Mongolia to draw patients".

This is the market reader's widest net: verbs and nouns of aiming, of drawing people, of
reaching a market and of promotions, each read within the scope the language gives it, with the
anaphors that point back to a place named before and the lists a sentence announces. A phrase
that extends the aim of the sentence before and a mission sent to draw patients are cues of the
same kind, told by other words.
"""

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import Place, PlaceKind
from extractors.records.targets.aimable import aimable, last_foreign_place, opens_a_compound
from extractors.records.targets.other_trades import promotion_of_another_trade
from extractors.records.targets.promotion_cues import held_in, market_cues, no_promotion_held
from extractors.records.targets.roles import names_a_role
from extractors.text.sentences import Sentence


def cued_places(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, following: Sentence | None
) -> list[tuple[int, Place]]:
    """Foreign places a cue of aiming aims at, where the language names them ("targeting
    Sakhalin and Khabarovsk", "사할린 시장 공략"); "targeting the region" names the region spoken
    of just before; "the following countries are to be targeted" names those of the next
    sentence. After a verb of drawing people ("to attract", "wants") only the places the people
    are drawn from are aimed at."""
    lexicon = ctx.lexicon
    here = ctx.names_a_foreign_place(sentence)
    if not (
        here
        or (previous is not None and ctx.names_a_foreign_place(previous))
        or (following is not None and lexicon.matcher("markets", "list_announcers").contains(sentence.text))
    ):
        # no place abroad of its own: only an anaphor of one named before ("targeting the
        # region") or an announced list of the next sentence gives a cue its places
        return []
    aimed: list[tuple[int, Place]] = []
    drawing = lexicon.matcher("markets", "drawing_cues")
    cues = [
        (cue, False)
        for cue in lexicon.matcher("markets", "cues").finditer(ctx.text, sentence.start, sentence.end)
    ]
    cues += [(cue, True) for cue in drawing.finditer(ctx.text, sentence.start, sentence.end)]
    # "Busan eyes Mongolian patients": a verb that is a noun too aims only at a place right after it
    cues += [
        (cue, False)
        for cue in lexicon.matcher("markets", "place_object_cues").finditer(
            ctx.text, sentence.start, sentence.end
        )
        if _place_right_after(ctx, sentence, cue.end) is not None
    ]
    # "held a medical tourism roadshow in Vladivostok": a promotion aims at the place it is done at
    promotions = [
        cue
        for cue in market_cues(ctx, sentence, "promotions")
        if not promotion_of_another_trade(ctx, sentence, cue)
    ]
    # a language that makes a record of each cue's places reads its promotions as statements of
    # their own (see organiser_asked): only those held, and only where they are held
    told_apart = not ctx.language.one_market_a_statement
    if told_apart and promotions and no_promotion_held(ctx, sentence):
        promotions = []
    cues += [(cue, False) for cue in promotions]
    held = {(cue.start, cue.end) for cue in promotions} if told_apart else set()
    patterns = ctx.language.patterns.targets
    if names_a_role(ctx, sentence):
        found, scanned = patterns.market_members.scan(ctx.text)
        cues += [
            (PhraseMatch(m.start(), m.end(), ctx.text[m.start() : m.end()], None), False)
            for m in found.finditer(scanned, sentence.start, sentence.end)
        ]
    # "promote Korean medical care to Middle Eastern countries", "pushed into the Mongolian
    # market": a verb of reaching names its market right after its preposition (so only a
    # sentence with a place abroad has one); after the "to" of "advance to" a place's name, not
    # a nationality ("extended an invitation to Kazakh nurses" reaches people), and a listed
    # cue of the same words is read once
    listed = {(cue.start, cue.end) for cue, _ in cues}
    found, scanned = patterns.market_reach.scan(ctx.text)
    cues += [
        (PhraseMatch(m.start(), m.end(), ctx.text[m.start() : m.end()], None), False)
        for m in (found.finditer(scanned, sentence.start, sentence.end) if here else ())
        if (reached := _place_right_after(ctx, sentence, m.end())) is not None
        and not (
            m.groupdict().get("to")
            and (reached.place.kind == PlaceKind.DEMONYM or (m.start(), m.end()) in listed)
        )
    ]
    for cue, draws in sorted(cues, key=lambda c: (c[0].start, c[0].end)):
        cue_start, cue_end = cue.start, cue.end
        if cue_start > sentence.start and ctx.text[cue_start].isupper():
            continue  # "a booth at the Arabian Travel Market in Dubai": a word of a fair's name
        scope_start, scope_end = ctx.language.market_scope(ctx, sentence, cue)
        drawn_from = ctx.language.drawn_from(ctx, sentence, cue_end, scope_end)
        places = [
            p
            for p in ctx.places(sentence)
            if scope_start <= p.start < scope_end
            and not p.place.is_korean
            and (
                (drawn_from is not None and p.start >= drawn_from and not opens_a_compound(ctx, p))
                or (not draws and aimable(ctx, sentence, p))
            )
        ]
        if (cue_start, cue_end) in held:
            places = held_in(ctx, sentence, scope_start, scope_end, places)
        if draws:
            # "Russian patients from Khabarovsk": the place drawn from says more
            places = places or [
                p for p in ctx.places(sentence) if ctx.language.drawn_people(ctx, p, cue_end, scope_end)
            ]
            there = lexicon.matcher("markets", "place_anaphors").search(ctx.text, cue_end, scope_end)
            if (
                not places
                and there is not None
                and lexicon.matcher("patients", "heads").search(ctx.text, cue_end, there.start) is not None
            ):
                # "Mongolia has a growing middle class. Chungnam wants to win patients there."
                places = last_foreign_place(ctx, sentence, cue_start, previous)
            aimed += [(cue_start, p) for p in places]
            continue
        anaphor = lexicon.matcher("markets", "anaphors").search(ctx.text, cue_end, scope_end)
        if not places and anaphor is not None and not ctx.text[cue_end : anaphor.start].strip():
            places = last_foreign_place(ctx, sentence, cue_start, previous)
        if not places:
            places = _place_pointed_back_to(ctx, sentence, cue_start, previous)
        if following is not None and lexicon.matcher("markets", "list_announcers").contains(sentence.text):
            # "the following countries are to be targeted to make Korea a hub in Northeast
            # Asia. They are: ...": the announced list, not a place the aim's purpose names
            places = [p for p in ctx.places(following) if aimable(ctx, following, p)] or places
        aimed += [(cue_start, p) for p in places]
    return aimed


def aim_extended(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> list[tuple[int, Place]]:
    """ "Daegu will focus its marketing on Kazakhstan. The same goes for Uzbekistan.": a phrase
    that extends the aim of the sentence before (one with a cue of aiming) to the places after it."""
    extenders = ctx.lexicon.matcher("markets", "aim_extenders")
    if previous is None or not extenders.contains(sentence.text):
        return []
    if not ctx.lexicon.matcher("markets", "cues").contains(previous.text):
        return []
    extender = extenders.search(ctx.text, sentence.start, sentence.end)
    if extender is None:
        return []
    return [
        (extender.start, p)
        for p in ctx.places(sentence)
        if p.start >= extender.end and aimable(ctx, sentence, p)
    ]


def _place_right_after(ctx: DocumentContext, sentence: Sentence, position: int) -> Place | None:
    """The foreign place, not the first word of an organisation's name, that comes right after
    ``position`` (an article between, or a generic noun of the countries: "to countries in the
    Middle East"): "to Middle Eastern countries", "into the Mongolian market", not "in the Da
    Nang Eye Hospital" or "to about 200 representatives"."""
    patterns = ctx.language.patterns.targets
    for place in ctx.places(sentence):
        if place.start < position:
            continue
        gap = ctx.text[position : place.start]
        article = not gap.strip() or (
            patterns.market_before.search(gap) is not None and len(gap.split()) == 1
        )
        if not article and patterns.reach_lead.fullmatch(gap) is None:
            return None
        following = ctx.text[place.end : place.end + 2]
        named = following[:1] == " " and following[1:].isupper()
        return None if place.place.is_korean or named else place
    return None


PURPOSE_WORDS = 3  # "to draw more foreign patients": words between the verb of drawing and its people


def sent_to_draw(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "will send its doctors to Mongolia next month to draw more patients": the place abroad a
    verb of sending sends people to (right after its preposition) is aimed at where the sentence
    then gives the sending the purpose of drawing patients; a mission sent with no such purpose
    ("sent a medical team to Laos to treat children") aims at no market."""
    sending = ctx.lexicon.matcher("markets", "sending_verbs")
    if not sending.contains(sentence.text):
        return []
    send = sending.search(ctx.text, sentence.start, sentence.end)
    if send is None:
        return []
    drawing = ctx.lexicon.matcher("markets", "drawing_cues").search(ctx.text, send.end, sentence.end)
    if drawing is None:
        return []
    people = ctx.lexicon.matcher("patients", "heads").search(ctx.text, drawing.end, sentence.end)
    if people is None or len(ctx.text[drawing.end : people.start].split()) > PURPOSE_WORDS:
        return []
    # "sent 20 doctors to Hanoi in 2019, and the city now wants more patients": a clause of its own
    conjunctions = ctx.lexicon.lowered_words("grammar", "conjunctions")
    gap = ctx.text[send.end : drawing.start]
    if ";" in gap or any(
        part.split()[:1] and part.split()[0].lower() in conjunctions for part in gap.split(",")[1:]
    ):
        return []
    to = ctx.lexicon.lowered_words("markets", "spread_to_prepositions")
    sent: list[tuple[int, Place]] = []
    for place in ctx.places(sentence):
        if not (send.end <= place.start < drawing.start) or place.place.is_korean:
            continue
        if place.place.kind == PlaceKind.DEMONYM:
            continue
        before = ctx.text[send.end : place.start].split()[-1:]
        # "to Kazakhstan and Uzbekistan": a place listed after one sent to
        listed = bool(sent) and all(
            word.lower() in conjunctions
            for word in ctx.text[sent[-1][1].end : place.start].replace(",", " ").split()
        )
        if listed or {word.lower() for word in before} & to:
            sent.append((send.start, place))
    return sent


ANAPHOR_BEFORE_CUE_CHARS = 8  # "이 나라 환자 유치에": the people aimed at between the anaphor and its cue


def _place_pointed_back_to(
    ctx: DocumentContext, sentence: Sentence, cue_start: int, previous: Sentence | None
) -> list[Place]:
    """ "몽골은 … 선호가 높다. 강원도는 이 나라 환자 유치에 공을 들인다": a language that writes the
    market before its cue may point back to it there (이 나라, 이 지역), a few characters before the
    cue: the foreign place named last before the pointer is the market."""
    anaphor = ctx.lexicon.matcher("markets", "anaphors_before").search(ctx.text, sentence.start, cue_start)
    if anaphor is None or cue_start - anaphor.end > ANAPHOR_BEFORE_CUE_CHARS:
        return []
    return last_foreign_place(ctx, sentence, anaphor.start, previous)
