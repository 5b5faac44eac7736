"""Who sets a goal or aims at a market: the first Korean organisation or place of the sentence,
or Korea itself."""

from collections.abc import Iterable

from extractors.context import DocumentContext
from extractors.mentions.places import Place, PlaceKind
from extractors.text.sentences import Sentence


def first_korean_actor(ctx: DocumentContext, sentence: Sentence, before: int | None = None) -> str | None:
    """The first Korean organisation or place of the sentence (before ``before``, where given:
    in "targeting the Urals, where few Korean hospitals are present" they are not the actor); a
    place named as the article names it when it acts (with its 시, 도 or 구)."""
    end = sentence.end if before is None else before
    orgs = [o for o in ctx.organizations(sentence) if (o.is_korean or o.country is None) and o.start < end]
    if orgs:
        return orgs[0].name
    korean = [
        p
        for p in ctx.places(sentence)
        if p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE} and p.start < end
    ]
    return ctx.acting_place(korean[0]) if korean else None


def korea_before(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """ "South Korea aims to attract ...", "Korea is targeting ...": with no organisation or city
    before the cue, Korea itself named before it sets a national goal or aims at a market."""
    if not ctx.lexicon.section("grammar")["country_acts"]:
        return None
    country = [
        p
        for p in ctx.places(sentence)
        if p.end <= before and p.place.kind == PlaceKind.COUNTRY and p.place.is_korean
    ]
    return " ".join(country[0].text.split()) if country else None


SUBJECT_WORDS = 6  # "The Turkish health ministry is targeting": words from the subject's place to the aim


def foreign_subject(
    ctx: DocumentContext, sentence: Sentence, before: int, aimed: Iterable[Place] = ()
) -> bool:
    """ "Thailand aims to attract 3 million medical tourists", "The Turkish health ministry is
    targeting patients from Africa": with no Korean actor before the aim, a foreign country or
    nationality that opens the sentence (an article at most before it) and heads its subject,
    a few words before the aim, is another country's aim: no record of Korean medical tourism.
    A place the aim is at ("Vietnam has been picked as a target market") is no subject."""
    if first_korean_actor(ctx, sentence, before) or korea_before(ctx, sentence, before):
        return False
    articles = {word.lower() for word in ctx.lexicon.section("grammar")["articles"]}
    skipped = {id(place) for place in aimed}
    for place in ctx.places(sentence):
        if place.end > before or id(place) in skipped:
            continue
        opening = all(word.lower() in articles for word in ctx.text[sentence.start : place.start].split())
        gap = ctx.text[place.end : before]
        return (
            opening
            and not place.place.is_korean
            and place.place.kind in {PlaceKind.COUNTRY, PlaceKind.DEMONYM}
            and len(gap.split()) <= SUBJECT_WORDS
            and "," not in gap
        )
    return False


def in_full(ctx: DocumentContext, actor: str | None) -> str | None:
    """An organisation named in full where the article also names it so: an organisation's
    short form that ends the one longer organisation name of the article ("관광공사" of
    한국관광공사, "복지부" of 보건복지부, "진흥원" of 한국보건산업진흥원) stands for it. A short
    form that could end two (한국관광공사 and 인천관광공사) stays as written, and so does a place
    ("Daegu" is not "the Medical Tourism Support Center of Daegu") and a name that only adds
    words before it."""
    if actor is None:
        return None
    names = ctx.per_document(
        "organization_names",
        lambda: frozenset(org.name for sentence in ctx.body_sentences for org in ctx.organizations(sentence)),
    )
    if actor not in names:
        return actor
    # the short form ends the full name's last word: "부하라 힘찬병원" (a branch named with its
    # city) or "Keimyung University Dongsan Medical Center" add words, not a fuller name
    longer = {
        name
        for name in names
        if len(name) > len(actor) and name.endswith(actor) and not name[: -len(actor)].endswith(" ")
    }
    return longer.pop() if len(longer) == 1 else actor


def first_of_subjects(
    ctx: DocumentContext, sentence: Sentence, subject: str | None, before: int
) -> str | None:
    """ "복지부와 진흥원은 … 홍보단을 보낸다" in a story of the ministry: where the subject that
    acts is the last of a list of Korean bodies or places joined before its particle, the body
    the article is about, where it is one of them, leads and sets the aim; any other subject,
    and a list that does not hold that body, stands as it is."""
    joints = frozenset(ctx.lexicon.section("grammar")["subject_joints"])
    if subject is None or not joints:
        return subject
    bodies = [
        (o.start, o.end, o.name) for o in ctx.organizations(sentence) if o.is_korean or o.country is None
    ]
    named = sorted(
        bodies
        + [
            (p.start, p.end, ctx.acting_place(p))
            for p in ctx.places(sentence)
            if p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
            and not any(start <= p.start < end for start, end, _ in bodies)  # "대구" of 대구관광재단
        ]
    )
    named = [mention for mention in named if mention[1] <= before]
    chosen = [position for position, mention in enumerate(named) if mention[2] == subject]
    if not chosen:
        return subject
    first = chosen[-1]
    while first > 0 and ctx.text[named[first - 1][1] : named[first][0]] in joints:
        first -= 1
    if first == chosen[-1]:
        return subject  # no list of subjects: the article's main body is not asked for
    main = ctx.main_actor
    about = [name for _, _, name in named[first : chosen[-1]] if name == main or in_full(ctx, name) == main]
    return about[0] if about and subject != main else subject
