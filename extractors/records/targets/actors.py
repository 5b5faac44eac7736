"""Who sets a goal or aims at a market: the first Korean organisation or place of the sentence,
or Korea itself."""

import re
from collections.abc import Iterable
from itertools import pairwise

from extractors.context import DocumentContext
from extractors.mentions.places import KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.text.sentences import Sentence


def first_korean_actor(ctx: DocumentContext, sentence: Sentence, before: int | None = None) -> str | None:
    """The first Korean organisation or place of the sentence (before ``before``, where given:
    in "targeting the Urals, where few Korean hospitals are present" they are not the actor); a
    place named as the article names it when it acts (with its 시, 도 or 구)."""
    end = sentence.end if before is None else before
    orgs = [o for o in ctx.organizations(sentence) if (o.is_korean or o.country is None) and o.start < end]
    if orgs:
        return orgs[0].name
    korean = [p for p in ctx.places(sentence) if p.place.kind in KOREAN_PLACE_KINDS and p.start < end]
    if len(korean) > 1 and not ctx.text[korean[0].end : korean[1].start].strip():
        return ctx.acting_place(korean[1])  # "부산 서구": the city only locates its district, which acts
    return ctx.acting_place(korean[0]) if korean else None


def owner_of_unit(ctx: DocumentContext, sentence: Sentence, actor: str | None) -> str | None:
    """ "해운대백병원 국제진료센터는 러시아 환자 유치에 나섰다": a unit (a centre) written right
    after the hospital it belongs to stands for it; the hospital acts."""
    units = ctx.lexicon.section("organizations").get("unit_heads") or []
    if actor is None or not units:
        return actor
    owners = tuple(ctx.lexicon.section("organizations").get("owner_heads") or ())
    orgs = ctx.organizations(sentence)
    for owner, unit in pairwise(orgs):
        if (
            unit.name == actor
            and unit.head in units
            and owner.head.endswith(owners)
            and not ctx.text[owner.end : unit.start].strip()
        ):
            return owner.name
    return actor


def not_what_is_set_up(ctx: DocumentContext, sentence: Sentence, actor: str | None) -> str | None:
    """ "한빛시 의료관광 지원센터를 개소해", "해외 홍보센터 12개소": a centre or branch the
    sentence opens or counts is what the aim is pursued with, not the body that aims. The body
    or Korean place named nearest before it acts (a place that opens its name, "한빛시 의료관광
    지원센터", is its owner), else the body the article is about; any other actor stays."""
    if actor is None:
        return None
    pattern = ctx.language.patterns.targets.set_up_after_name
    for org in ctx.organizations(sentence):
        if in_full(ctx, org.name) == actor and pattern.match(ctx.text, org.end):
            owner = in_full(ctx, ctx.actor(sentence, org.start) or ctx.main_actor)
            return owner if owner is not None and owner != actor else actor
    return actor


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
# a bracketed aside of the subject, its full name or acronym ("the Health Travel Council (HTC)"),
# is no word between the subject's place and the aim
_ASIDE = re.compile(r"\([^()]*\)")


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
    grammar = ctx.lexicon.section("grammar")
    # "A Kazakh hospital chain opened a branch in Almaty": an indefinite article opens it too
    articles = {word.lower() for word in grammar["articles"] + grammar["indefinite_articles"]}
    skipped = {id(place) for place in aimed}
    for place in ctx.places(sentence):
        if place.end > before or id(place) in skipped:
            continue
        opening = all(word.lower() in articles for word in ctx.text[sentence.start : place.start].split())
        gap = _ASIDE.sub("", ctx.text[place.end : before])
        return (
            opening
            and not place.place.is_korean
            and place.place.kind in {PlaceKind.COUNTRY, PlaceKind.DEMONYM}
            and len(gap.split()) <= SUBJECT_WORDS
            and "," not in gap
            and not _people_of(ctx, place)
        )
    return False


def _people_of(ctx: DocumentContext, place: Place) -> bool:
    """ "몽골 환자 1천명 유치가 목표다": a country right before a noun of patients names the people
    aimed at, not who aims."""
    heads = ctx.lexicon.matcher("patients", "heads")
    return heads.match(ctx.text, ctx.next_word_start(place.end)) is not None


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


def place_in_full(ctx: DocumentContext, actor: str | None) -> str | None:
    """A Korean place that acts, named bare ("인천", "강남"), stands for the body that acts for it
    in the article: the place's own tourism body the article names ("인천관광공사", "전남문화관광
    재단"), else the place as the article writes it with its administrative suffix ("강남구",
    "광주광역시"), where there is one such name. Any other actor stays as it is."""
    if actor is None:
        return None
    name = ctx.language.place_names().get(actor)
    if name is None or name.kind not in KOREAN_PLACE_KINDS:
        return actor
    return ctx.per_document("place_in_full:" + actor, lambda: _body_of_place(ctx, actor))


def _body_of_place(ctx: DocumentContext, place: str) -> str:
    names = ctx.per_document(
        "organization_names",
        lambda: frozenset(org.name for sentence in ctx.body_sentences for org in ctx.organizations(sentence)),
    )
    tourism = set(ctx.lexicon.section("organizations")["place_bodies"])
    bodies = {name for name in names if name.startswith(place) and name[len(place) :] in tourism}
    if len(bodies) == 1:
        return bodies.pop()
    written = {
        p.place.name
        for sentence in ctx.body_sentences
        for p in ctx.places(sentence)
        if p.place.kind in KOREAN_PLACE_KINDS
        and p.place.name.startswith(place)
        and len(p.place.name) > len(place)
    }
    return written.pop() if len(written) == 1 else place


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
            if p.place.kind in KOREAN_PLACE_KINDS
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


SPACES = re.compile(r"\s*")
NAME_GAP_WORDS = 2  # "Daegu's university hospitals", "Korean health officials": words between


def acting_body(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """ "government officials plan to ...", "many ministries were involved ..., targeting ...":
    the plural noun of bodies that heads the subject nearest before the aim (a verb right after
    it) is who aims, rather than a place told before it in another phrase ("In the Jeonbuk
    cluster, ...") or the article's main body. A Korean name or nationality right before the noun
    is part of it ("Korean health officials", "Daegu's hospitals"); one of another country
    ("Vietnamese officials") makes them no Korean body. A body named between the noun and the
    aim is nearer and stays the actor."""
    bodies = ctx.lexicon.matcher("markets", "acting_bodies")
    if not bodies.contains(sentence.text):
        return None
    verbs = ctx.lexicon.matcher("markets", "acting_body_verbs")
    heads = [
        body
        for body in bodies.finditer(ctx.text, sentence.start, before)
        if verbs.match(ctx.text, SPACES.match(ctx.text, body.end).end()) is not None  # type: ignore[union-attr]
    ]
    if not heads:
        return None
    body = heads[-1]
    if any(body.end <= o.start and o.end <= before for o in ctx.organizations(sentence)):
        return None
    named = _name_right_before(ctx, sentence, body.start)
    if named is None:
        return " ".join(body.text.split())
    start, korean = named
    return " ".join(ctx.text[start : body.end].split()) if korean else None


def _name_right_before(ctx: DocumentContext, sentence: Sentence, position: int) -> tuple[int, bool] | None:
    """The start of the organisation, place or nationality written right before ``position``
    (a possessive and two lower-case words at most between), and whether it is Korean; none
    where the name nearest before is farther off."""
    names = [(o.start, o.end, o.country is None or o.is_korean) for o in ctx.organizations(sentence)]
    names += [(p.start, p.end, p.place.is_korean) for p in ctx.places(sentence)]
    for start, end, korean in sorted(names, reverse=True):
        if end > position:
            continue
        joint = ctx.language.patterns.targets.possessive_joint.match(ctx.text, end)
        gap = ctx.text[joint.end() if joint else end : position]
        joined = gap[:1].isspace() or joint is not None
        words = gap.split()
        modifiers = all(word.islower() and word.replace("-", "").isalpha() for word in words)
        return (start, korean) if joined and len(words) <= NAME_GAP_WORDS and modifiers else None
    return None


def pronoun_subject(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, before: int
) -> str | None:
    """ "... said the Korea Tourism Organization. It wants to draw 90,000 ...": a subject
    pronoun that opens the sentence, before the aim, stands for the body the sentence before
    names last (its nearest organisation, Korean place or anaphor), not the article's main one."""
    if previous is None:
        return None
    pronoun = ctx.lexicon.matcher("organizations", "subject_pronouns").match(ctx.text, sentence.start)
    if pronoun is None or pronoun.end > before:
        return None
    return ctx.actor(previous, previous.end)


def subject_before(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The subject that acts before ``before``, a body's apposition skipped: in "Ilsan Paik
    Hospital, a Goyang-based general hospital, aims to ..." the hospital acts, not the city its
    apposition names. An apposition is the clause between two commas right after a body's name
    that opens with an article; a language without articles has none."""
    return ctx.actor(sentence, _apposition_start(ctx, sentence, before) or before)


def _apposition_start(ctx: DocumentContext, sentence: Sentence, before: int) -> int | None:
    """Where the apposition of a body's name that closes before ``before`` begins (the name's end)."""
    text = ctx.text
    if "," not in text[sentence.start : before]:
        return None
    grammar = ctx.lexicon.section("grammar")
    articles = {word.lower() for word in grammar["articles"] + grammar["indefinite_articles"]}
    if not articles:
        return None
    ends = [
        o.end for o in ctx.organizations(sentence) if o.end < before and (o.country is None or o.is_korean)
    ]
    ends += [p.end for p in ctx.places(sentence) if p.end < before and p.place.kind in KOREAN_PLACE_KINDS]
    for end in sorted(ends):
        if not text.startswith(",", end):
            continue
        close = text.find(",", end + 1, before)
        words = text[end + 1 : close].split()
        if close != -1 and words and words[0].lower() in articles:
            return end
    return None


def reporting_body(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "The target for 2021 stands at 600,000 international patients, the ministry said": with no
    subject of the aim, the body that reports it in a closing clause (after the last comma,
    before a verb of saying) is whose aim it is."""
    reporting = ctx.lexicon.matcher("events", "reporting_verbs")
    if not reporting.contains(sentence.text):
        return None
    said = [verb for verb in reporting.finditer(ctx.text, sentence.start, sentence.end)][-1]
    comma = ctx.text.rfind(",", sentence.start, said.start)
    if comma == -1:
        return None
    name = ctx.actor(sentence, said.start)
    return name if name != ctx.actor(sentence, comma) else None
