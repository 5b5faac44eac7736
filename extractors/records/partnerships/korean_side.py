"""The Korean side of an agreement, and the home bodies and places that are partners beside it: an
organisation or home city opening the sentence, an anaphor of one told before, the Korean party
after "with", home bodies named as partners at home, and home bodies that went abroad to sign.
Apart because every draft first settles which party is at home, and only then which are its
counterparts.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import KOREA, KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.records.partnerships.bounds import past_opening_date
from extractors.records.partnerships.named_counterparts import is_venue
from extractors.records.partnerships.subjects import named_subject, unknown_subject
from extractors.spans import Located, overlaps
from extractors.text.sentences import Sentence


# named with its underscore though other modules call it: its callers keep the side it finds in a
# local ``korean_side``
def _korean_side(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The Korean party: a Korean organisation before the agreement; else the subject whose
    country the text leaves open ("Keimyung University Dongsan Medical Center (KUDMC) signed an
    MOU with ..." in news about Korea); else a Korean organisation after it ("The Qatar health
    ministry signed a pact with Severance Hospital"); else
    a Korean place before it (Korea itself: "Korea and the UAE signed an agreement"), else the
    article's main actor."""
    orgs = ctx.organizations(sentence)
    korean = [o for o in orgs if o.is_korean and o.start < before]
    if (home := home_place_opening(ctx, sentence, before)) is not None:
        # "울산시·울산대병원·울산관광재단은 …", "제주도는 제주대병원, …과": a home city or
        # province opening the sentence as a subject is the Korean side, its bodies partners
        return home
    if korean:
        return korean[0].name
    # "The hospital, which signed ...", "the Korean hospital and UMC signed ...", "병원은 …": an
    # anaphor standing for the Korean organisation named before
    for anaphor in anaphors_before(ctx, sentence, before):
        if (name := ctx.antecedent(anaphor.label, anaphor.start)) is not None:
            return name
    for candidates in (
        [o for o in orgs if o.country is None and o.start < before],
        [o for o in orgs if o.is_korean],
    ):
        if candidates:
            return candidates[0].name
    if (opening := unknown_subject(ctx, sentence, before)) is not None and opening[2] is None:
        return opening[0]
    if (named := named_subject(ctx, sentence, before)) is not None:
        return named
    places = [
        p
        for p in ctx.places(sentence)
        if p.start < before
        and (
            p.place.kind in KOREAN_PLACE_KINDS
            or (
                p.place.kind == PlaceKind.COUNTRY
                and p.place.is_korean
                and _korea_as_subject(ctx, sentence, p)
            )
        )
    ]
    if places:
        return _with_its_district(ctx, sentence, places[0])[0]
    return _home_subject_after(ctx, sentence, before) or ctx.main_actor


def anaphors_before(ctx: DocumentContext, sentence: Sentence, before: int) -> list[PhraseMatch]:
    """The anaphors of bodies before ``before``: "the hospital", and the subject told by its kind
    alone that opens a word ("병원은", not the end of "한빛병원은")."""
    lexicon = ctx.lexicon
    found = list(lexicon.matcher("organizations", "anaphors").finditer(ctx.text, sentence.start, before))
    found += [
        m
        for m in lexicon.matcher("organizations", "subject_anaphors").finditer(
            ctx.text, sentence.start, before
        )
        if m.start == 0 or not ctx.text[m.start - 1].isalnum()
    ]
    return sorted(found, key=lambda m: m.start)


def _home_subject_after(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """A Korean city or district after the agreement, marked as the subject ("…와 협약을 맺은
    부산 해운대구는 …"): a clause told before its subject names the side it concluded for."""
    for place in ctx.places(sentence):
        if place.start < before or place.place.kind not in KOREAN_PLACE_KINDS:
            continue
        name, end = _with_its_district(ctx, sentence, place)
        if ctx.language.patterns.partnerships.home_subject.match(ctx.text, end, sentence.end):
            return name
    return None


def home_place_opening(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The Korean city or province that opens the sentence as a subject, a date opening it
    passed ("지난 14일 대구시는 …"), before ``before`` and before any organisation, where the
    language marks it so (its particle, a list joint)."""
    opening = next(
        (p for p in ctx.places(sentence) if p.place.kind in KOREAN_PLACE_KINDS and p.start < before), None
    )
    if opening is None or ctx.text[past_opening_date(ctx, sentence) : opening.start].strip():
        return None
    if any(o.start <= opening.start for o in ctx.organizations(sentence)):
        return None
    name, end = _with_its_district(ctx, sentence, opening)
    marked = ctx.language.patterns.partnerships.home_subject.match(ctx.text, end, before)
    return name if marked is not None else None


def _with_its_district(ctx: DocumentContext, sentence: Sentence, place: Place) -> tuple[str, int]:
    """The name of a Korean city or province with the district written right after it ("부산
    해운대구", "대구 중구": the side is the district, named whole as the page writes it, since
    many cities have a 중구), and where that name ends."""
    district = next(
        (
            p
            for p in ctx.places(sentence)
            if p.start > place.end
            and p.place.kind in KOREAN_PLACE_KINDS
            and not ctx.text[place.end : p.start].strip()
        ),
        None,
    )
    if district is None:
        return place.place.name, place.end
    return ctx.text[place.start : district.end], district.end


def _korea_as_subject(ctx: DocumentContext, sentence: Sentence, korea: Place) -> bool:
    """Whether Korea opens its clause (only an article before it) and owns nothing: the subject
    of "Korea and the UAE signed", not where patients come from ("patients from Korea ...; X
    signed") nor the owner of another subject ("Korea's second-largest carrier has ...")."""
    owns = ctx.language.patterns.targets.possessive_joint.match(ctx.text, korea.end)
    if owns is not None and owns.end() > korea.end:
        return False
    breaks = [m.end() for m in re.finditer(r"[,;:]", ctx.text[sentence.start : korea.start])]
    words = ctx.text[sentence.start + max(breaks, default=0) : korea.start].lower().split()
    return not words or (len(words) == 1 and words[0] in ctx.lexicon.section("grammar")["articles"])


def home_subjects_listed(
    ctx: DocumentContext, sentence: Sentence, korean_side: str, before: int
) -> list[str]:
    """The home bodies and places listed as the subjects that open the sentence, the Korean side
    among them, each joined to the next by a list joint alone and the last marked as a subject
    where the language marks one ("광주시와 광주관광공사는", "부산시, 부산관광공사, 동아대병원은",
    "경북도와 포항 세명병원, 안동 성심병원은", "진흥원, 인천시, 몽골 보건부는"): they sign
    together, the first named leading. Fewer than two, the side not among them, or one of them
    named again before the agreement (its link told otherwise): none."""
    orgs = [o for o in ctx.organizations(sentence) if o.start < before]
    names = [(o.start, o.end, o.name) for o in orgs if o.is_korean or o.country is None]
    names += [
        (p.start, p.end, ctx.text[p.start : p.end])
        for p in ctx.places(sentence)
        if p.start < before
        and p.place.kind in KOREAN_PLACE_KINDS
        and not overlaps(p.start, p.start + 1, orgs)
    ]
    joints = ctx.lexicon.section("grammar")["subject_joints"]
    position = past_opening_date(ctx, sentence)
    listed: list[str] = []
    for start, end, name in sorted(names, key=lambda n: (n[0], -n[1])):
        if start < position:
            continue  # a shorter name at the start of the one just listed
        if ctx.text[position:start] not in joints if listed else ctx.text[position:start].strip():
            break
        listed.append(name)
        position = end
    marked = ctx.language.patterns.partnerships.home_subject.match(ctx.text, position, before)
    if len(listed) < 2 or marked is None or not any(korean_side in n or n in korean_side for n in listed):
        return []
    if any(o.start >= position and any(o.name in n or n in o.name for n in listed) for o in orgs):
        return []  # "복지부와 진흥원은 … 진흥원과 카타르 국방부와": one told again, linked otherwise
    return listed


def home_side_before(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The first Korean organisation or Korean place named before ``before``; a place inside an
    organisation's name ("Daejeon" in "the Daejeon Tourism Organization") is that organisation."""
    orgs = ctx.organizations(sentence)
    named = [(o.start, o.name) for o in orgs if o.start < before and o.is_korean]
    named += [
        (p.start, p.place.name)
        for p in ctx.places(sentence)
        if p.start < before
        and p.place.kind in KOREAN_PLACE_KINDS
        and not overlaps(p.start, p.start + 1, orgs)
    ]
    return min(named)[1] if named else None


def korean_after_with(ctx: DocumentContext, sentence: Sentence, position: int, end: int) -> str | None:
    """The Korean party named first after ``position`` (right after "with"), where the first
    party named there is Korean: an organisation, a Korean place, or an anaphor that stands for
    a Korean organisation named before ("signed a similar memorandum with the ministry"). Only
    up to ``end`` is read: a home place in a clause after the agreement ("…협약을 맺었고, …
    수성구를 찾을 예정이다") is where the counterpart's people go, not a party."""
    orgs = [o for o in ctx.organizations(sentence) if position <= o.start < end]
    named = [(o.start, o.name if o.is_korean else None) for o in orgs]
    named += [
        (p.start, p.place.name if p.place.kind in KOREAN_PLACE_KINDS else None)
        for p in ctx.places(sentence)
        if position <= p.start < end and not overlaps(p.start, p.start + 1, orgs)
    ]
    anaphor = ctx.lexicon.matcher("organizations", "anaphors").search(ctx.text, position, sentence.end)
    if (
        anaphor is not None
        and not ctx.text[position : anaphor.start].strip()
        and not overlaps(anaphor.start, anaphor.end, orgs)  # "the Ministry of X"
    ):
        named.append((anaphor.start, ctx.antecedent(anaphor.label, anaphor.start)))
    return min(named)[1] if named else None


def unknown_home_side(
    ctx: DocumentContext,
    sentence: Sentence,
    unknown: list[tuple[str, str | None]],
    known: list[tuple[str, str | None]],
    start: int,
) -> str | None:
    """The one name the text does not know after ``start``, of no stated country, where the other
    parties are all known foreign bodies and the sentence names nothing Korean: on a page about
    Korea, the Korean side. A foreign place after it outside those bodies' names describes it
    ("with Arman Med, an Almaty clinic chain"): then it is foreign too."""
    if len(unknown) != 1 or unknown[0][1] is not None or korean_named_in(ctx, sentence):
        return None
    if not known or any(country in (None, KOREA) for _, country in known):
        return None
    name = unknown[0][0]
    end = ctx.text.find(name, start, sentence.end) + len(name)
    bodies = ctx.organizations(sentence)
    described = any(
        p.start >= end and not p.place.is_korean and not any(b.start <= p.start < b.end for b in bodies)
        for p in ctx.places(sentence)
    )
    return None if described else name


def korean_named_in(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence names a Korean organisation or place anywhere, or the article's
    main actor."""
    return any(o.is_korean or o.name == ctx.main_actor for o in ctx.organizations(sentence)) or any(
        p.place.is_korean for p in ctx.places(sentence)
    )


def own_subject(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> str | None:
    """The Korean body marked as a subject between ``start`` and ``end``, in a language that
    marks subjects: the side of an agreement told in a clause of its own after another's ("대구시는
    A와 협약을, 대구의료관광진흥원은 B와 계약을 맺었다": the foundation signed the second)."""
    particles = ctx.lexicon.section("organizations")["topic_particles"]
    if not particles:
        return None
    return next(
        (
            o.name
            for o in ctx.organizations(sentence)
            if start <= o.start
            and o.end < end
            and o.is_korean
            and ctx.text[o.end : o.end + 1] in particles
            and ctx.text[o.end + 1 : o.end + 2] == " "
        ),
        None,
    )


def korean_bodies_named(
    ctx: DocumentContext,
    sentence: Sentence,
    start: int,
    end: int,
    korean_side: str | None,
    joined: bool = False,
) -> list[tuple[str, str | None]]:
    """The Korean organisations (or those of no stated country) named between ``start`` and
    ``end`` besides the Korean side: partners at home; with ``joined``, only one joined to the
    Korean side by a conjunction ("고려대의료원과 KMI가 …", then "양 기관은 …")."""
    orgs = [
        o
        for o in ctx.organizations(sentence)
        if start <= o.start < end
        and (o.is_korean or o.country is None)
        and o.name != korean_side
        and not is_venue(ctx, sentence, o.start, o.end)
    ]
    if joined:
        side = next((o for o in ctx.organizations(sentence) if o.name == korean_side), None)
        orgs = [o for o in orgs if side is not None and _joined(ctx.text[side.end : o.start])]
    return [(o.name, KOREA) for o in orgs]


MAX_JOINT_CHARS = 3  # "과", "와", "및", "and": a conjunction alone between two names


def _joined(between: str) -> bool:
    """Whether a body is joined to the Korean side: a short gap with no punctuation, in any
    language. Places ask it another way, by the language's ``subject_joints``
    (``korean_places_named``), and the two cannot be one question without changing records.
    Asked the places' way, a body in English would join nothing, English writing no
    ``subject_joints`` ("Seoul National University Hospital and Korea Tourism Organization held
    talks on Monday. The two sides signed an MOU." would lose its partnership). Asked this way,
    a place would join the body it only locates: in "대구 수성구의 새봄병원은 업무협약을
    체결했다" the genitive 의 is a short gap without punctuation, and 수성구 would become a party."""
    return 0 < len(between.strip()) <= MAX_JOINT_CHARS and not re.search(r"[,.;:()]", between)


def korean_places_named(
    ctx: DocumentContext,
    sentence: Sentence,
    start: int,
    end: int,
    korean_side: str | None,
    joined: bool = False,
) -> list[tuple[str, str | None]]:
    """The Korean cities and provinces named as partners between ``start`` and ``end``, other
    than the Korean side and those named as where ("signed with Daegu in Seoul"); with
    ``joined``, only one joined to the Korean side by a conjunction ("대구시와 새봄병원은 …": the
    city a subject beside the body, not "대구 수성구의 새봄병원", where it says where). The joint
    is one of the language's ``subject_joints``, not a short gap as for bodies (``_joined`` says
    why the two differ)."""
    orgs = ctx.organizations(sentence)
    side = next((o for o in orgs if o.name == korean_side), None)
    joints = frozenset(ctx.lexicon.section("grammar")["subject_joints"])  # what joins two subjects
    names = [
        p.place.name
        for p in ctx.places(sentence)
        if start <= p.start < end
        and p.place.kind in KOREAN_PLACE_KINDS
        and p.place.name != korean_side
        and not overlaps(p.start, p.start + 1, orgs)
        and not is_venue(ctx, sentence, p.start, p.end)
        and (not joined or (side is not None and _gap_between(ctx.text, p, side) in joints))
    ]
    return [(name, KOREA) for name in dict.fromkeys(names)]


def _gap_between(text: str, one: Located, other: Located) -> str:
    """The text between two names, whichever comes first."""
    return text[one.end : other.start] if one.end <= other.start else text[other.end : one.start]


def home_subjects_abroad(
    ctx: DocumentContext, sentence: Sentence, names: list[str | None], before: int
) -> bool:
    """Whether the subjects are home bodies only and the sentence, before the agreement, tells a
    visit to a place abroad (a place of another country right before the language's
    ``visit_mark``, what it glues to the place included: "다낭시를 방문해"): they went there to
    sign."""
    marks = ctx.lexicon.matcher("partnerships", "visit_marks")
    if not marks.contains(ctx.text[sentence.start : before]):
        return False
    if any(name is None or any(not p.place.is_korean for p in ctx.places_in(name)) for name in names):
        return False  # a side unknown, or named with its place abroad
    if any(o.country not in (None, KOREA) for o in ctx.organizations(sentence) if o.name in names):
        return False  # a body known to be of another country is among them
    # what the language glues between a place and the mark is its own: asked of its pattern
    visited = ctx.language.patterns.partnerships.visit_mark
    return any(
        not place.place.is_korean
        and place.end < before
        and visited.match(ctx.text, place.end, before) is not None
        for place in ctx.places(sentence)
    )
