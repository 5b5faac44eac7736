"""The subject of an agreement's sentence: a name the text does not know opening it, a second one
joined to it, the names the language marks as parties, a foreign subject, and whether the
language left the subject out. Apart from the Korean side because these tell who signed before
the agreement, whatever their country; the Korean side is chosen from among them.
"""

from functools import cache

from extractors.context import DocumentContext
from extractors.lang.lexicon import Lexicon, PhraseMatch
from extractors.mentions.places import KOREA, PlaceKind
from extractors.records.partnerships.bounds import BRACKET_AFTER, past_opening_date
from extractors.records.partnerships.unknown_names import owns_a_name, unknown_name
from extractors.spans import Span, overlaps
from extractors.text.sentences import Sentence


def unknown_subject(
    ctx: DocumentContext, sentence: Sentence, before: int
) -> tuple[str, int, str | None] | None:
    """ "KUMC signed an MOU with Almaty City Hospital", "Medipia and Halyk, a Kazakh insurer,
    signed ...": a name the text does not know that opens the sentence right before a verb of
    concluding or the joint to a second subject is a subject; where no Korean body is named, a
    body of no stated country on a page about Korea is the Korean side. Its name, its end, and
    the country of a foreign place owning it ("Bishkek's Kamelia Med signed ...")."""
    match = ctx.language.patterns.partnerships.unknown_subject.match(
        ctx.text, past_opening_date(ctx, sentence), before
    )
    if match is None:
        return None
    start, end = match.span("name")
    follows = ctx.lexicon.matcher("grammar", "conjunctions").match(ctx.text, match.end(), before)
    if (
        follows is None
        and ctx.lexicon.matcher("partnerships", "concluded").match(ctx.text, match.end()) is None
    ):
        return None
    leading = ctx.lexicon.matcher("text", "not_name_starts").search(ctx.text, start, end)
    if (leading is not None and leading.start == start) or match["name"].split()[
        0
    ].lower() in _function_words(ctx.lexicon):
        return None  # "The hospital signed", "It signed the same agreement"
    known = [*ctx.places(sentence), *ctx.organizations(sentence), *ctx.dates(sentence)]
    owner = next((p for p in ctx.places(sentence) if p.start == start), None)
    if owner is not None and owns_a_name(ctx, owner) and not overlaps(owner.end, end, known):
        return ctx.text[start:end], end, owner.place.country
    return None if overlaps(start, end, known) else (ctx.text[start:end], end, None)


@cache
def _function_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.section("text")["function_words"])


def named_subject(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The subject opening the sentence that the language writes as a body though the text does
    not know it ("KHIDI는", "㈜누리메디투어는"), before the agreement."""
    pattern = ctx.language.patterns.partnerships.named_subject
    for start in dict.fromkeys((sentence.start, past_opening_date(ctx, sentence))):
        if (match := pattern.match(ctx.text, start, before)) is not None:
            return match["name"]
    return None


def unknown_name_beside(
    ctx: DocumentContext, sentence: Sentence, korean_side: str | None, before: int
) -> list[tuple[str, str | None]]:
    """The unknown name joined by "and" to the Korean side named before the agreement."""
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    ends = [org.end for org in ctx.organizations(sentence) if org.name == korean_side and org.end < before]
    if (opening := unknown_subject(ctx, sentence, before)) is not None and opening[0] == korean_side:
        ends.append(opening[1])  # "KUMC and Mongol Daatgal, a Mongolian insurer, signed ..."
    for end in ends:
        joint = conjunctions.search(ctx.text, end, before)
        if joint is not None and not ctx.text[end : joint.start].strip():
            return unknown_name(ctx, sentence, joint.end, sentence.end)
    for org in ctx.organizations(sentence):
        if org.name != korean_side or org.start >= before:
            continue
        # "Mongolia's Intermed and Hanbit Hospital signed": the name opening the sentence before it
        joint = next((j for j in conjunctions.finditer(ctx.text, sentence.start, org.start)), None)
        if joint is not None and not ctx.text[joint.end : org.start].strip():
            named = unknown_name(ctx, sentence, sentence.start, joint.start)
            if named and ctx.text[sentence.start : joint.start].rstrip().endswith(named[-1][0]):
                return named
    return []


def marked_as_parties(
    ctx: DocumentContext, sentence: Sentence, before: int, subject: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """The names of ``subject`` that the language marks as parties, before ``before``
    (``party_mark`` right after the name, its acronym or a bracket passed)."""
    mark = ctx.language.patterns.partnerships.party_mark

    def marked(span: Span) -> bool:
        bracket = BRACKET_AFTER.match(ctx.text, span.end, before)  # "보건청(청장 …)이"
        after = bracket.end() if bracket is not None else ctx.past_acronym(span.end)
        return span.end <= before and mark.match(ctx.text, after, before) is not None

    told = [o.name for o in ctx.organizations(sentence) if marked(o)]
    told += [name for p in ctx.places(sentence) if marked(p) for name in (p.text, p.place.name)]
    return [c for c in subject if any(name in c[0] or c[0] in name for name in told)]


def subject_left_out(ctx: DocumentContext, sentence: Sentence, before: int) -> bool:
    """Whether a language that marks its subjects names none before ``before``: the subject told
    in the sentence before goes on ("청람병원은 … 두 곳과 협약을 맺었다. 지난 4일에는 몽골
    국립암센터와, 8일에는 …과 각각 업무협약을 체결했다"), and the bodies named are counterparts,
    not foreign subjects. A language that marks none never leaves one out so."""
    particles = ctx.lexicon.section("organizations")["topic_particles"]
    if not particles:
        return False
    names = (*ctx.organizations(sentence), *ctx.places(sentence))
    return not any(
        n.end < before and ctx.text[n.end : n.end + 1] in particles and ctx.text[n.end + 1 : n.end + 2] == " "
        for n in names
    )


def foreign_subject(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, counterparts: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """ "Indonesia's Ministry of Health has partnered with US-based Mayo Clinic": a foreign body
    named before the agreement, not among its counterparts, is the other side of a foreign pair
    when no Korean side is named; a described foreign party beside the named one ("between the
    Dubai Health Authority and a German clinic chain") is one too."""
    named = {name for name, _ in counterparts}
    before = [
        (o.name, o.country)
        for o in ctx.organizations(sentence)
        if o.end <= noun.start and o.country and not o.is_korean and o.name not in named
    ]
    covered = ctx.organizations(sentence)
    described = [
        (p.text, p.place.country)
        for p in ctx.places(sentence)
        if p.place.kind == PlaceKind.DEMONYM
        and p.place.country
        and not p.place.is_korean
        and not overlaps(p.start, p.start + 1, covered)
        and p.place.country not in {country for _, country in counterparts}
        and ctx.lexicon.matcher("partnerships", "org_heads").search(
            ctx.text, p.end, min(sentence.end, p.end + 30)
        )
        is not None
    ]
    opening = unknown_subject(ctx, sentence, noun.start)
    if opening is not None and opening[2] is not None and opening[0] not in named:
        before.append((opening[0], opening[2]))  # "Tashkent's Akfa Medline signed ... with"
    return before + described


def foreign_subject_only(
    ctx: DocumentContext, sentence: Sentence, subject: list[tuple[str, str | None]]
) -> bool:
    """Whether the subjects are all of other countries and the sentence names no other foreign
    country: the body "with" marks, of no country told, is then the Korean side ("몽골
    국립암센터는 새봄병원과 …"); "with the German clinic operator Helios" places it abroad."""
    countries = {country for _, country in subject}
    if not countries or None in countries or KOREA in countries:
        return False
    named = {p.place.country for p in ctx.places(sentence) if p.place.country and not p.place.is_korean}
    return named <= countries
