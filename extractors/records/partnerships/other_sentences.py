"""Parties named in the sentences around the agreement's own: "the two sides" and a definite body
("with the bureau") told before, the bodies "the two hospitals" count, a foreign subject an
anaphor points back to, a partner named in the sentence after, and a one-word name told before
with its country. Apart because these readers look past the agreement's sentence, and the
sentences they read join the record's evidence.
"""

from extractors.context import DocumentContext
from extractors.records.partnerships.bounds import OPENING_WORDS, names_within, past_opening_date, skip_spaces
from extractors.records.partnerships.korean_side import _korean_side, korean_bodies_named
from extractors.records.partnerships.named_counterparts import named_counterparts
from extractors.records.partnerships.unknown_names import unknown_name
from extractors.text.sentences import Sentence


def next_sentence(ctx: DocumentContext, sentence: Sentence) -> Sentence | None:
    """The sentence right after ``sentence``, found by its index rather than by a scan."""
    index = sentence.index + 1
    return ctx.sentences[index] if index < len(ctx.sentences) else None


ANAPHOR_REACH = 2  # how many sentences back the parties of "the two sides" may be named


def parties_told_before(
    ctx: DocumentContext,
    sentence: Sentence,
    korean_side: str | None,
    definite: bool = False,
    occasion: bool = False,
) -> tuple[str | None, list[tuple[str, str | None]], Sentence] | None:
    """The Korean side and the counterparts that "the parties", "the two sides", "between
    them" or a definite body ("with the bureau") stand for: those of the nearest of the
    sentences just before that names a counterpart, and that sentence; for a sentence set at
    the occasion told before that names no one (``occasion``), the first counterpart of it."""
    anaphor = ctx.lexicon.matcher("partnerships", "party_anaphors").contains(sentence.text)
    if not (definite or anaphor or occasion):
        return None
    before = [s for s in ctx.body_sentences if s.end <= sentence.start][-ANAPHOR_REACH:]
    for previous in reversed(before):
        side = _korean_side(ctx, previous, previous.end) or korean_side
        counterparts = [
            c for c in named_counterparts(ctx, previous, previous.start, previous.end) if c[0] != side
        ] or korean_bodies_named(ctx, previous, previous.start, previous.end, side, joined=True)
        if counterparts:
            if ctx.lexicon.matcher("partnerships", "pair_anaphors").contains(sentence.text) or (
                occasion and not anaphor and not definite
            ):
                counterparts = counterparts[:1]  # "the two sides": one counterpart, the first named
            return side, counterparts, previous
    return None


def definite_party(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether the counterpart is named by a definite noun of a body ("with the bureau", "with
    the hospital"): one named in the sentences before."""
    determiner = ctx.lexicon.matcher("text", "definite_determiners").search(ctx.text, start, end)
    if determiner is None or ctx.text[start : determiner.start].strip():
        return False
    head = ctx.lexicon.matcher("partnerships", "org_heads").search(ctx.text, determiner.end, end)
    return head is not None and not ctx.text[determiner.end : head.start].strip()


def counterpart_pointed_back(ctx: DocumentContext, start: int, end: int) -> bool:
    """ "치악병원은 방문단과 협약을 체결했다", "새별병원은 이 병원과 …": the counterpart's stretch
    closes on a noun that points back to a party the sentences before name (a delegation, "them",
    "this hospital"), a word of its own (``counterparts_told_before``; its determiner may stand
    before the stretch). Read at the stretch's end: a language that has the list names the
    counterpart right before its marker."""
    stop = len(ctx.text[start:end].rstrip()) + start
    return stop > start and any(
        (begin := stop - len(noun)) >= 0
        and ctx.text.startswith(noun, begin)
        and (begin == 0 or ctx.text[begin - 1].isspace())
        for noun in ctx.lexicon.section("partnerships")["counterparts_told_before"]
    )


def at_occasion_unnamed(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "… 대표단과 만났다. 이 자리에서 환자 의뢰 협약을 체결했다", "At the meeting, an MOU was
    signed": a sentence set at the occasion told before that names no one has the parties of
    that occasion."""
    return (
        ctx.lexicon.matcher("dates", "occasion_phrases").contains(sentence.text)
        and not ctx.organizations(sentence)
        and not any(p.place.country for p in ctx.places(sentence))
    )


def bodies_told_before(
    ctx: DocumentContext, sentence: Sentence, start: int
) -> tuple[Sentence, list[str]] | None:
    """ "with the two hospitals", "with both clinics": Korean bodies (or bodies of no stated
    country) named together in one of the sentences just before, as many as the phrase counts
    (all of them where it counts none), and that sentence."""
    determiner = ctx.lexicon.matcher("text", "definite_determiners").match(ctx.text, skip_spaces(ctx, start))
    if determiner is None:
        return None
    position, count = skip_spaces(ctx, determiner.end), None
    number = next((q for q in ctx.quantities(sentence) if q.start == position and not q.is_measure), None)
    if number is not None:
        position, count = skip_spaces(ctx, number.end), round(number.value)
    if ctx.lexicon.matcher("partnerships", "plural_party_heads").match(ctx.text, position) is None:
        return None
    before = [s for s in ctx.body_sentences if s.end <= sentence.start][-ANAPHOR_REACH:]
    for previous in reversed(before):
        bodies = [o.name for o in ctx.organizations(previous) if o.is_korean or o.country is None]
        bodies = list(dict.fromkeys(bodies))
        if len(bodies) >= 2 and (count is None or len(bodies) == count):
            return previous, bodies
    return None


SUBJECT_ARTICLE_WORDS = 1  # "The Sakha Republic's health ministry": an article before the subject's name


def foreign_subject_told_before(
    ctx: DocumentContext, sentence: Sentence, before: int, evidence: list[Sentence], pointed: bool = False
) -> list[tuple[str, str | None]]:
    """ "Uzbekistan's Ministry of Health relied on Korean doctors. Last week the ministry signed
    an agreement with the Korean Hospital Association": a subject that points back ("it", "the
    ministry") before an agreement whose Korean side follows "with" stands for the foreign body
    the sentence before opens on (of the anaphor's kind, where it names one); that sentence
    joins the ``evidence``. Unless ``pointed`` asks for such a subject, an agreement with no
    subject ("A memorandum was signed with X") stands for it as well."""
    start = past_opening_date(ctx, sentence)
    pronoun = ctx.lexicon.matcher("organizations", "subject_pronouns").search(ctx.text, start, before)
    anaphor = pronoun or ctx.lexicon.matcher("organizations", "anaphors").search(ctx.text, start, before)
    # "Last week the ministry signed": the subject after a short opening phrase, not an object;
    # "A memorandum on their care was signed with X": no subject, the agreement's own passive
    subject_at = anaphor.start if anaphor is not None else before
    if sentence.index == 0 or len(ctx.text[start:subject_at].split()) > OPENING_WORDS:
        return []
    if anaphor is None and (pointed or names_within(ctx, sentence, sentence.start, before)):
        return []  # "KUMC signed an MOU with …": the subject is named, not told before
    previous = ctx.sentences[sentence.index - 1]
    kind = anaphor.label if anaphor is not None and pronoun is None else None
    heads = ctx.lexicon.section("organizations")["anaphor_heads"].get(kind or "", [])
    bodies = ctx.organizations(previous)
    if not bodies:
        return []
    opening = min(bodies, key=lambda o: o.start)  # the body the sentence before opens on
    words_before = len(ctx.text[past_opening_date(ctx, previous) : opening.start].split())
    if (
        opening.country is None
        or opening.is_korean
        or (kind is not None and opening.head not in heads)
        or words_before > SUBJECT_ARTICLE_WORDS
    ):
        return []  # "A treated patients sent by Mongolia's X. It signed …": A, not X
    evidence.insert(0, previous)
    return [(opening.name, opening.country)]


def partners_told_after(
    ctx: DocumentContext, sentence: Sentence
) -> tuple[Sentence, list[tuple[str, str | None]]] | None:
    """The sentence right after an agreement told without its counterpart, where it opens by
    naming the counterpart ("Its partner is the Astana clinic"), and the name the text does not
    know right after that opening, else the bodies or places named after it."""
    following = next_sentence(ctx, sentence)
    if following is None:
        return None
    opening = ctx.lexicon.matcher("partnerships", "partner_openings").match(ctx.text, following.start)
    if opening is None:
        return None
    named = unknown_name(ctx, following, opening.end, following.end)
    named = named or named_counterparts(ctx, following, opening.end, following.end)
    return (following, named) if named else None


MIN_TOLD_NAME_CHARS = 3  # "누리홀딩스사", not a two-letter word of any sort


def told_before_with_its_country(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """ "누리홀딩스사와 MOU를 맺고" after "한빛의료원은 카타르 누리홀딩스사와 손잡고": one
    word where the counterpart is named, which no reading knows as a name but an earlier
    sentence wrote right after a foreign country or city, is that country's body named again."""
    name = ctx.text[start:end].strip()
    if len(name) < MIN_TOLD_NAME_CHARS or not name.isalnum():
        return []
    for before in ctx.body_sentences:
        if before.start >= sentence.start:
            break
        if name not in before.text:
            continue  # most sentences do not hold it: their places are not read for it
        for place in ctx.places(before):
            if (
                place.place.country
                and not place.place.is_korean
                and ctx.text.startswith(" " + name, place.end)
            ):
                return [(name, place.place.country)]
    return []
