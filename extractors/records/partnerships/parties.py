"""Who is party to an agreement: the Korean side, named counterparts, names the text does not know,
and counted groups ("24 global insurance companies"), one draft per agreement read.
"""

import re
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

from extractors.context import DocumentContext
from extractors.lang.lexicon import Lexicon, PhraseMatch, PhraseMatcher
from extractors.mentions.numbers import Quantity
from extractors.mentions.organizations import Organization
from extractors.mentions.places import KOREA, Place, PlaceKind, country_name
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.partnerships.bodies import members_after
from extractors.records.partnerships.details import agreement_details
from extractors.spans import Span, overlaps
from extractors.text.sentences import Sentence
from models import RecordKind

# what parts the items of a list of names: a comma or a middle dot alone
_LIST_JOINT = re.compile(r"\s*[,·ㆍ․‧・]\s*")
COUNTERPART_CHARS = 200  # how far after "with" the counterparts of an agreement are named
JOINT_SIDES_CHARS = 8  # "3자 업무": how far before an agreement's noun its sides are counted
EVENT_NAME_LINK_CHARS = 30  # "Forum of the ": an event noun and its link right before a body named in it


_KOREAN_PLACE_KINDS = {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}


class Group(NamedTuple):
    """A counted group of counterparts: its count, its name as a party, where it starts and
    ends in the text, and where the next group starts (its places are named before that)."""

    count: int
    name: str
    start: int
    end: int
    until: int | None = None


def agreement_drafts(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> list[RecordDraft]:
    with_match = ctx.language.partner_marker(ctx, sentence, noun)
    if with_match is not None:
        scope_start, scope_end = ctx.language.counterpart_stretch(ctx, sentence, with_match)
    else:
        scope_start, scope_end = noun.end, sentence.end
    scope_end = min(scope_end, scope_start + COUNTERPART_CHARS)
    # the Korean side is named before the agreement and before its counterparts, or among the
    # members of a body it founded with them ("서구는 16개 기관이 참여하는 추진단을 구성했다")
    members = with_match is not None and with_match.label == "members"
    korean_side = _korean_side(ctx, sentence, noun.start if members else min(noun.start, scope_start))
    if korean_side is None and with_match is not None and with_match.label == "with":
        # "An MOU was signed with the Almaty Oncology Center by Medipia": the agent after it
        korean_side = _unknown_agent_after(ctx, sentence, scope_start)
    groups = _counted_groups(ctx, sentence, scope_start, scope_end)
    base = agreement_details(ctx, sentence, noun)
    evidence = [sentence]
    if not groups and members:
        # "… 협의체가 출범했다. 도내 20개 기관이 참여했다": a founded body's members counted
        # in the sentence after its founding
        joined = members_after(ctx, sentence)
        if joined is not None and (groups := _counted_groups(ctx, joined, joined.start, joined.end)):
            sentence, evidence = joined, [sentence, joined]
    if with_match is not None and with_match.label == "after":
        # "자매도시 X", "결연관계인 X병원": a tie names its partner right after it, and no one else
        partners = _tie_partners(ctx, sentence, scope_start, scope_end, noun)
        korean_side = _owner_before(ctx, sentence, noun.start) or korean_side or _korea_as_side(ctx, sentence)
        partners = [p for p in partners if p[0] != korean_side]
        if not partners or _foreign_only(korean_side, partners):
            return []
        return [
            _draft(
                ctx,
                evidence,
                "partnerships.tie",
                {
                    **base,
                    "signed_date": None,  # named as in force, not signed on the sentence's day
                    "parties": [p for p in [korean_side, *(name for name, _ in partners)] if p],
                    "countries": list(
                        dict.fromkeys(([KOREA] if korean_side else []) + [c for _, c in partners if c])
                    ),
                },
            )
        ]
    if with_match is not None and with_match.label == "pairs":
        return _pair_drafts(ctx, sentence, noun, base, scope_start, scope_end)
    named_before = _named_counterparts(ctx, sentence, sentence.start, noun.start, noun)
    if (opening := _unknown_subject(ctx, sentence, noun.start)) is not None and opening[2] is not None:
        # "Bishkek's Kamelia Med signed a contract with Hanbit Hospital": the name its place owns
        named_before = [(opening[0], opening[2]), *(c for c in named_before if c[0] not in opening[0])]
    subject = [c for c in named_before if c[0] != korean_side]
    if (states := _joined_states(ctx, sentence, noun.start)) is not None:
        # "the Korean and Kazakh governments signed", "the governments of Korea and Kuwait"
        home, other = states
        return [
            _draft(
                ctx,
                [sentence],
                "partnerships.named_counterpart",
                {
                    **base,
                    "parties": [_state_name(home), _state_name(other)],
                    "countries": [KOREA, other.place.country],
                },
            )
        ]
    if groups:
        return [
            _draft(
                ctx,
                evidence,
                "partnerships.counted_group",
                {**base, **_group_record(ctx, sentence, noun, group, korean_side, named_before)},
            )
            for group in groups
        ]
    if with_match is None and len(signers := _signatories(ctx, sentence, noun.start)) > 1:
        # "X, CEO of Aldara, and Y, President of Z Hospital, signed the MoU": the bodies the
        # signers head are the parties
        # the Korean one: of Korea by its name, else the article's actor, else the Korean side
        # the sentence gives
        home = next(
            (
                b
                for side in (KOREA, ctx.main_actor, korean_side)
                for b in signers
                if b[1] == side or (side and b[1] is None and _names_within_name(b[0], side))
            ),
            None,
        )
        if home is not None:
            implied = _implied_country(ctx, sentence)
            others = [(name, country or implied) for name, country in signers if (name, country) != home]
            return [
                _draft(
                    ctx,
                    [sentence],
                    "partnerships.named_counterpart",
                    {
                        **base,
                        "parties": [home[0], *(name for name, _ in others)],
                        "countries": list(dict.fromkeys([KOREA, *(c for _, c in others if c)])),
                    },
                )
            ]
    # "with Vitamed, a clinic chain based in Tashkent": a name the text does not know, where the
    # marker says the counterpart is named, is the counterpart; the places after it say where it is
    unknown = _unknown_name(ctx, sentence, scope_start, scope_end) if with_match else []
    named_after = [
        c for c in _named_counterparts(ctx, sentence, scope_start, scope_end, noun) if c[0] != korean_side
    ]
    counterparts = unknown or named_after
    if not unknown and named_after and with_match is not None:
        # "with Nordvik Clinic, Tarsel Holdings and Brenmoor Capital": known bodies listed, then
        # a name the text does not know closing the list
        counterparts = named_after = [
            *named_after,
            *_unknown_closing_a_list(ctx, sentence, scope_start, scope_end),
        ]
    if unknown and (beside := _bodies_beside(ctx, sentence, scope_start, scope_end, unknown)):
        counterparts = unknown = [*beside, *unknown]
    if not counterparts and with_match is not None:
        # "누리홀딩스사와 MOU를 맺었다" after "카타르 누리홀딩스사와 손잡고": a name told before
        # with its country
        unknown = counterparts = _told_before_with_its_country(ctx, sentence, scope_start, scope_end)
    if not counterparts and with_match is not None:
        # "… 보건부 장관이 … 찾았다. 장관은 …과 양해각서에 서명했다": the body of the title
        counterparts = _titled_body_before(ctx, sentence)
    # up to the counterparts' end or the agreement, whichever comes later (the noun comes after
    # its counterparts where the language names them first)
    reach = max(scope_end, noun.start)
    korean_after = _korean_after_with(ctx, sentence, scope_start, reach) if with_match else None
    joined_home = False  # whether a home city and a home body are the subjects together
    if (
        korean_after is not None
        and korean_side is not None
        and (
            korean_side == _home_place_opening(ctx, sentence, scope_start)
            # "시는 경북대병원과 …": the city told before, by its anaphor
            or any(
                a.start == _past_opening_date(ctx, sentence)
                for a in _anaphors_before(ctx, sentence, scope_start)
            )
        )
    ):
        # "울산시는 울산대병원, 우즈베키스탄 보건부와 3자 협약을": the home city opening the sentence
        # is the side; the home bodies listed with the counterpart are partners beside it
        home = _korean_bodies_named(ctx, sentence, scope_start, scope_end, korean_side)
        counterparts = [*home, *(c for c in counterparts if c not in home)]
    elif korean_after is not None:
        # "The Qatar health ministry signed a pact with Severance
        # Hospital", "Bach Mai Hospital, which signed an MOU with Samsung Medical
        # Center": the Korean side follows "with", the subject is the other party
        others = [c for c in named_before if c[0] != korean_after] or _foreign_subject_told_before(
            ctx, sentence, noun.start, evidence
        )
        if others:
            korean_side, counterparts = korean_after, others
    elif unknown and korean_side in (None, ctx.main_actor):
        # "Almaty City Hospital No. 4 signed an MOU with Medipia", "an MOU between KUMC and the
        # Almaty clinic": the counterpart is a known foreign body, the name the text does not
        # know beside it, of no stated country, the Korean side
        known = named_before + [c for c in named_after if c not in named_before]
        if (home := _unknown_home_side(ctx, sentence, unknown, known, scope_start)) is not None:
            korean_side, counterparts = home, known
    elif (
        with_match is not None
        and korean_side is not None
        and (home_place := _place_joined_before(ctx, sentence, korean_side)) is not None
    ):
        # "광주시와 광주관광공사는 몽골 보건국과 …": the home city joined to the home body as the
        # other subject signs beside it, named first
        korean_side, counterparts = home_place, [(korean_side, KOREA), *counterparts]
        joined_home = True
    if not counterparts and _with_pronoun(ctx, scope_start, scope_end):
        # "called on the Tomsk governor and reached an agreement with him"
        whole = _named_counterparts(ctx, sentence, sentence.start, sentence.end, noun)
        counterparts = [c for c in whole if c[0] != korean_side]
    if (
        with_match is not None
        and with_match.label == "with"
        and not _names_within(ctx, sentence, scope_start, scope_end)
        # "A병원 김 원장과 B항공 박 상무가": the heads marked, their bodies the subjects
        and not _after_a_title(ctx, sentence, with_match)
    ):
        # "러시아를 대상 국가로 정하고, 지역 의료기관과 협의체를 꾸려": the marker points to a
        # counterpart it does not name; a name before the agreement is a party only where the
        # language marks it as one
        subject = _marked_as_parties(ctx, sentence, noun.start, subject)
    joint_subjects = joined_home  # whether home bodies signed beside the subjects, all in one agreement
    if (
        subject
        and not unknown
        and (
            with_match is None
            or not _names_within(ctx, sentence, scope_start, scope_end)
            # "몽골 국립암센터는 새봄병원과 협약을 맺었다": "with" marks the Korean side itself, the
            # foreign subject is the counterpart (where the sentence places no one elsewhere)
            or (not counterparts and _foreign_subject_only(ctx, sentence, subject))
        )
    ):
        # "Gyeonggi Province and the Bayanzurkh Telemedicine Center agreed on cooperation", "...
        # signed a memorandum on the treatment of children with cancer": without a "with" that
        # names a party, the parties are the subject; places after the noun say where or what about
        counterparts = subject
        if korean_side is not None and korean_side == _home_place_opening(ctx, sentence, noun.start):
            # "대구시·계명대동산병원·대구관광재단은": the home bodies among the subjects too
            home = _korean_bodies_named(ctx, sentence, sentence.start, noun.start, korean_side)
            told = {name for name, _ in counterparts}
            counterparts = counterparts + [h for h in home if h[0] not in told]
            joint_subjects = True
        if _home_subjects_abroad(
            ctx, sentence, [korean_side, *(name for name, _ in counterparts)], noun.start
        ):
            # "A병원과 B도청은 베트남 다낭시를 방문해 … 협약을 맺었다": home bodies that went
            # abroad together signed there with someone the sentence leaves unnamed, not with
            # each other (as one home body that went alone signs with no one it names)
            return []
    if with_match is None and (beside := _unknown_name_beside(ctx, sentence, korean_side, noun.start)):
        # "SNUBH and Rimac, a Peruvian insurer, signed a contract (in Lima)": a name the text does
        # not know beside the Korean side is the other subject; places say where
        counterparts = beside

    if (
        with_match is not None
        and subject
        and (told_bodies := _bodies_told_before(ctx, sentence, scope_start))
    ):
        # "Johor's health department signed memoranda with the two hospitals": the bodies named
        # in the sentence before, one agreement with each, the subject the other side
        told_in, bodies = told_bodies
        implied = _implied_country(ctx, sentence)
        others = [(name, country or implied) for name, country in subject]
        return [
            _draft(
                ctx,
                [told_in, sentence],
                "partnerships.named_counterpart",
                {
                    **base,
                    "parties": [body, *(name for name, _ in others)],
                    "countries": list(dict.fromkeys([KOREA, *(c for _, c in others if c)])),
                },
            )
            for body in bodies
        ]
    if not counterparts and with_match is not None:
        # "signed an MOU with its Uzbek counterpart", "with its counterpart in the UAE"
        counterparts = _counterpart_of_a_country(ctx, sentence, scope_start, scope_end)
    if not counterparts and with_match is None:
        # "Korea's health ministry and its Emirati counterpart signed an agreement"
        counterparts = _counterpart_joined(ctx, sentence, noun.start)
    definite = with_match is not None and _definite_party(ctx, scope_start, scope_end)
    if not counterparts and (
        told := _parties_told_before(
            ctx, sentence, korean_side, definite, _at_occasion_unnamed(ctx, sentence)
        )
    ):
        # "After the meeting, both sides signed a memorandum": named in the sentences before
        korean_side, counterparts, told_in = told
        evidence.insert(0, told_in)
    if not counterparts and with_match is not None and korean_side is not None:
        # "The Mongolian health ministry ... It signed an agreement with Kyungpook National
        # University Hospital": the Korean side after "with", the subject told before the other
        counterparts = _foreign_subject_told_before(ctx, sentence, noun.start, evidence, pointed=True)
    if not counterparts and with_match is not None:
        # "MOUs signed between Ulsan and the three counties of Hadong, Goseong and Namhae":
        # an agreement at home, with Korean places for partners
        counterparts = _korean_places_named(ctx, sentence, with_match.end, scope_end, korean_side)
    if not counterparts and with_match is not None and with_match.label in ("with", "subjects", "members"):
        # "부산시는 부산관광공사와 업무협약을 체결했다", "고려대의료원과 KMI한국의학연구소는 업무협약을
        # 체결했다": Korean bodies marked as the counterpart or joined as the subjects, an
        # agreement at home (where the language labels its markers so)
        start, end = (scope_start, scope_end) if with_match.label == "with" else (sentence.start, noun.start)
        if with_match.label == "with":
            # the Korean side is named before its counterpart, not taken from among them
            korean_side = _home_side_before(ctx, sentence, start)
        counterparts = _korean_bodies_named(ctx, sentence, start, end, korean_side) if korean_side else []
    if not counterparts and with_match is not None:
        # "병원과 여행사가 파트너십을 맺고 … A병원과 B투어, C병원과 D여행사가": kinds of parties
        # told, then the pairs named
        return [
            _draft(
                ctx,
                evidence,
                "partnerships.listed_pair",
                {**base, "parties": [home, partner], "countries": [KOREA]},
            )
            for home, partner in ctx.language.listed_pairs(ctx, sentence, noun.end)
        ]
    if not counterparts and korean_side is not None and (after := _partners_told_after(ctx, sentence)):
        # "X signed a referral agreement on April 10. Its partner is the Astana clinic."
        told_after, counterparts = after
        evidence.append(told_after)
    if not counterparts:
        return []
    if ctx.lexicon.matcher("partnerships", "national_parties").contains(sentence.text):
        # "a patient referral pact was signed between the two nations", "a bilateral
        # agreement to send patients from the UAE to Korea": Korea itself is the Korean side
        korean_side = _korea_named(ctx, sentence) or korean_side
    if korean_side is not None and any(_names_within_name(korean_side, name) for name, _ in counterparts):
        # "... has partnered with US-based Mayo Clinic" in an article mostly about Mayo Clinic:
        # no body is party to an agreement with itself, so the article's actor is no side here
        korean_side = None
    if (
        korean_side == ctx.main_actor
        and all(c in subject for c in counterparts)
        and not _korean_named_in(ctx, sentence)
        and _foreign_only(None, counterparts)
        and not _subject_left_out(ctx, sentence, noun.start)
    ):
        # "Iran and Kyrgyzstan signed three memoranda" in an article about a Korean body: the
        # article's actor is no side where the subjects are all of other countries and the
        # sentence names nothing Korean
        return []
    implied = _implied_country(ctx, sentence)
    counted_after = counterparts is named_after or (bool(unknown) and counterparts is unknown)
    counterparts = [(name, country or implied) for name, country in counterparts]
    if _foreign_only(korean_side, counterparts) or _foreign_only(
        korean_side, [*_foreign_subject(ctx, sentence, noun, counterparts), *counterparts]
    ):
        return []
    if korean_side is None:
        # "The agreement was signed ... during the state visit of Korean President Moon to
        # Kazakhstan", "when the intergovernmental agreement took effect": no Korean body named,
        # Korea itself is the Korean side where the sentence names it or says states are the parties
        korean_side = _korea_as_side(ctx, sentence)
    # "signed memorandums with Kazakhstan's Ministry of Health and with the Ministry of Health
    # of Mongolia": one agreement with each
    plural_noun = ctx.lexicon.matcher("partnerships", "plural_kinds").search(ctx.text, noun.start, noun.end)
    plural = plural_noun is not None and (plural_noun.start, plural_noun.end) == (noun.start, noun.end)
    # "A병원, B병원과 각각 MOU를 교환했다": a word of distribution makes one agreement with each
    plural = plural or ctx.lexicon.matcher("partnerships", "distributives").contains(sentence.text)
    # "A병원·B병원·C병원과 협약을 맺었다": one agreement with each body listed after the marker,
    # where the noun shows no number; bodies listed beside a foreign province or city ("몽골 헨티
    # 주, 대자인병원과") are the home partners of a three-sided agreement, kept as one
    plural = plural or (
        ctx.language.one_agreement_per_listed
        and with_match is not None
        and with_match.label == "with"
        and counted_after
        and _one_sort(ctx, sentence, scope_start, scope_end, counterparts)
        # "A, B와 3자 협약을 맺었다": the sides counted as one agreement's
        and ctx.lexicon.matcher("partnerships", "joint_sides").search(
            ctx.text, max(sentence.start, noun.start - JOINT_SIDES_CHARS), noun.start
        )
        is None
    )
    # "대구시·경북대병원·알마티시는 협약을 맺었다": the subjects signed one agreement together
    groups = (
        [[c] for c in counterparts]
        if plural
        else [counterparts]
        if joint_subjects
        else _per_country(ctx, counterparts)
    )
    if with_match is not None and len(each := _each_marked(ctx, sentence, with_match, implied)) > 1:
        korean_named = [o for o in ctx.organizations(sentence) if o.name == korean_side]
        if korean_named and korean_named[0].start > with_match.end and subject:
            # "Uzbekistan signed agreements with Turkey and with Korea's Asan Medical Center":
            # the Korean side's agreement is with the subject; the others are foreign pairs
            groups = [[(name, country or implied) for name, country in subject]]
        else:
            groups = [g for g in ([c for c in group if c[0] != korean_side] for group in each) if g]
    days: list[date | None] = [None] * len(groups)
    if with_match is not None and (items := ctx.language.listed_items(ctx, sentence, scope_start, scope_end)):
        # "5일에는 A시, 6일에는 B시와 MOU를 체결했다": one agreement on each day, with its item's;
        # "A병원 및 B재단과": one with each item joined
        dated = [
            (_item_counterparts(ctx, sentence, s, e, noun, korean_side, implied), d) for s, e, d in items
        ]
        if len(dated := [(g, d) for g, d in dated if g]) > 1:
            groups, days = [g for g, _ in dated], [d.first if d else None for _, d in dated]
    return [
        _draft(
            ctx,
            evidence,
            "partnerships.named_counterpart",
            {
                **base,
                "signed_date": day or base["signed_date"],
                "parties": [p for p in [korean_side, *(name for name, _ in group)] if p],
                "countries": list(
                    dict.fromkeys(([KOREA] if korean_side else []) + [c for _, c in group if c])
                ),
            },
        )
        for group, day in zip(groups, days, strict=True)
    ]


def _home_subjects_abroad(
    ctx: DocumentContext, sentence: Sentence, names: list[str | None], before: int
) -> bool:
    """Whether the subjects are home bodies only and the sentence, before the agreement, tells a
    visit to a place abroad (a place of another country right before one of the language's
    ``visit_marks``: "다낭시를 방문해"): they went there to sign."""
    marks = ctx.lexicon.matcher("partnerships", "visit_marks")
    if not marks.contains(ctx.text[sentence.start : before]):
        return False
    if any(name is None or any(not p.place.is_korean for p in ctx.places_in(name)) for name in names):
        return False  # a side unknown, or named with its place abroad
    if any(o.country not in (None, KOREA) for o in ctx.organizations(sentence) if o.name in names):
        return False  # a body known to be of another country is among them
    return any(
        not place.place.is_korean and place.end < before and _visit_mark_after(ctx, marks, place.end, before)
        for place in ctx.places(sentence)
    )


VISIT_MARK_CHARS = 2  # "다낭시를": the unit glued to the place's name before the mark


def _visit_mark_after(ctx: DocumentContext, marks: PhraseMatcher, end: int, before: int) -> bool:
    """Whether a mark of a visit follows the place, at most its unit ("시", "주") glued between."""
    for glued in range(VISIT_MARK_CHARS + 1):
        if glued and not ctx.text[end : end + glued].isalpha():
            return False
        if marks.match(ctx.text, end + glued, before) is not None:
            return True
    return False


def _pair_drafts(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, base: dict[str, Any], start: int, end: int
) -> list[RecordDraft]:
    """ "A병원 - B센터, C병원–D청 간 양해각서": the parties written as pairs (the language's marker
    labelled "pairs", its items the pairs, a pair's items its sides), one agreement for each
    pair, its home body first; a pair with no home body or no foreign party gives none."""
    items = [(s, e) for s, e, _ in ctx.language.listed_items(ctx, sentence, start, end)]
    # a list of pairs gives its pairs, each of which parts into its sides; a single pair its sides
    single = not any(ctx.language.listed_items(ctx, sentence, s, e) for s, e in items)
    pairs = [(start, end)] if single else items
    drafts = []
    for pair_start, pair_end in pairs:
        sides = ctx.language.listed_items(ctx, sentence, pair_start, pair_end) or [
            (pair_start, pair_end, None)
        ]
        home: list[str] = []
        others: list[tuple[str, str | None]] = []
        for side_start, side_end, _ in sides:
            named = (
                _unknown_name(ctx, sentence, side_start, side_end)
                or _named_counterparts(ctx, sentence, side_start, side_end, noun)
                or _side_from_its_place(ctx, sentence, side_start, side_end)
            )
            # a name of no stated country is a home body, on pages written at home and abroad alike
            foreign = [(name, country) for name, country in named if country not in (None, KOREA)]
            others += foreign
            home += [
                name
                for name, _ in _korean_bodies_named(ctx, sentence, side_start, side_end, None)
                if not any(name in other or other in name for other, _ in foreign)
            ]
        if home and others:
            fields = {
                **base,
                "parties": [home[0], *(name for name, _ in others)],
                "countries": list(dict.fromkeys([KOREA, *(c for _, c in others if c)])),
            }
            drafts.append(_draft(ctx, [sentence], "partnerships.named_counterpart", fields))
    return drafts


def _side_from_its_place(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """ "러시아 극동개발청": a side of a pair that names no body the text knows, opened by a
    foreign place, is a party by its words from that place on, of that place's country."""
    place = next((p for p in ctx.places(sentence) if start <= p.start < end and not p.place.is_korean), None)
    if place is None or not ctx.text[place.end : end].strip():
        return []
    return [(ctx.text[place.start : end].strip(), place.place.country)]


def operator_drafts(ctx: DocumentContext, sentence: Sentence) -> list[RecordDraft]:
    """ "Kuwait appointed A as the official operator of B", "B will be operated and managed by
    A": a Korean body made the operator of a hospital abroad holds a contract to run it, the
    hospital its counterpart (of the country its sentence or the article names)."""
    drafts = []
    for match in ctx.language.patterns.partnerships.operator.finditer(ctx.text, sentence.start, sentence.end):
        operator = match.span("operator") if match["operator"] else match.span("manager")
        operated = match.span("operated") if match["operated"] else match.span("managed")
        orgs = ctx.organizations(sentence)
        # the operator Korean or of no stated country, the hospital run of a country abroad
        runner = next(
            (o for o in orgs if operator[0] <= o.start < operator[1] and o.country in (KOREA, None)), None
        )
        run = next((o for o in orgs if operated[0] <= o.start < operated[1] and not o.is_korean), None)
        country = run and (run.country or _implied_country(ctx, sentence))
        if runner is None or run is None or country is None or country == KOREA:
            continue
        fields = {
            "kind": "contract",
            "scope": None,
            "signed_date": None,
            "parties": [runner.name, ctx.fuller_name(run, sentence.start).name],
            "countries": [KOREA, country],
        }
        drafts.append(_draft(ctx, [sentence], "partnerships.operator", fields))
    return drafts


def _tie_partners(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, noun: PhraseMatch
) -> list[tuple[str, str | None]]:
    """The partner a tie names after it: a name the text does not know, or the known ones; a
    country before a city only says where the city is ("러시아 노보시비르스크", "중국 B시")."""
    named = _unknown_name(ctx, sentence, start, end) or _named_counterparts(ctx, sentence, start, end, noun)
    if len(named) > 1 or not named:
        return [n for n in named if not _only_places(ctx, n[0], {PlaceKind.COUNTRY})] or named
    country = next((p for p in ctx.places(sentence) if start <= p.start and p.end < end), None)
    if named[0][1] and country is not None and country.place.kind == PlaceKind.COUNTRY:
        # "러시아 노보시비르스크": the city the gazetteer lacks, after its country
        after = _unknown_name(ctx, sentence, _skip_spaces(ctx, country.end), end)
        return [(name, country.place.country) for name, _ in after] or named
    return named


def _only_places(ctx: DocumentContext, name: str, kinds: set[PlaceKind]) -> bool:
    """Whether ``name`` is a place of one of ``kinds`` alone."""
    return any(p.start == 0 and p.end == len(name) and p.place.kind in kinds for p in ctx.places_in(name))


def _owner_before(ctx: DocumentContext, sentence: Sentence, noun: int) -> str | None:
    """The Korean body or place written right before a tie, whose tie it is ("대전시 자매도시")."""
    owners = [(o.start, o.end) for o in ctx.organizations(sentence) if o.is_korean]
    owners += [(p.start, p.end) for p in ctx.places(sentence) if p.place.is_korean]
    return next((ctx.text[s:e] for s, e in owners if e <= noun and not ctx.text[e:noun].strip()), None)


def _item_counterparts(
    ctx: DocumentContext,
    sentence: Sentence,
    start: int,
    end: int,
    noun: PhraseMatch,
    korean_side: str | None,
    implied: str | None,
) -> list[tuple[str, str | None]]:
    """The counterparts of one item of a list: a name the text does not know ("27일에는
    돌린스크시", "카자흐스탄 국립 심장 병원 및 …": the body, not the country that describes it),
    else those named, as the whole stretch is read."""
    named = _unknown_name(ctx, sentence, start, end) or _named_counterparts(ctx, sentence, start, end, noun)
    return [(name, country or implied) for name, country in named if name != korean_side]


def _bodies_beside(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, unknown: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """ "타슈켄트시 보건국과 한인회를 대상으로": a known foreign body listed before a name the text
    does not know, a word of joining between them, is a counterpart too; a body written right
    against the name, or apart from it only by a quote, describes it ("미국 보험사 '시그나'")."""
    names = [ctx.text.find(name, start, end) for name, _ in unknown]
    first = min((n for n in names if n >= 0), default=-1)
    if first < 0:
        return []
    return [
        (o.name, o.country)
        for o in ctx.organizations(sentence)
        if start <= o.start
        and o.end < first
        and not o.is_korean
        and any(c.isalpha() for c in ctx.text[o.end : first])
        and not any(o.name in name or name in o.name for name, _ in unknown)
    ]


def _one_sort(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, counterparts: list[tuple[str, str | None]]
) -> bool:
    """Whether the counterparts listed between ``start`` and ``end`` are all organisations or all
    places: a list that mixes the two names the parties of one agreement, not one a party. A name
    the text does not know that ends in a kind of body ("메디온 클리닉") is a body too."""
    bodies = [o.name for o in ctx.organizations(sentence) if start <= o.start < end]
    kinds = tuple(ctx.lexicon.section("partnerships").get("heads_apart", ()))
    named_bodies = [any(body in name for body in bodies) or name.endswith(kinds) for name, _ in counterparts]
    return all(named_bodies) or not any(named_bodies)


def _per_country(
    ctx: DocumentContext, counterparts: list[tuple[str, str | None]]
) -> list[list[tuple[str, str | None]]]:
    """ "페루와 콜롬비아 보건부와" (the health ministries of Peru and of Colombia): a country named
    bare beside a body of another country stands for that country's own body, a party to an
    agreement of its own; bodies listed by their names, or of one country, stay one agreement."""
    countries = {country for _, country in counterparts}
    bare = any(
        any(p.start == 0 and p.end == len(name) for p in ctx.places_in(name)) for name, _ in counterparts
    )
    if len(countries) < 2 or None in countries or not bare:
        return [counterparts]
    return [
        [c for c in counterparts if c[1] == country] for country in dict.fromkeys(c for _, c in counterparts)
    ]


def _each_marked(
    ctx: DocumentContext,
    sentence: Sentence,
    marker: PhraseMatch,
    implied: str | None,
) -> list[list[tuple[str, str | None]]]:
    """ "signed with the Oman Ministry of Health in June 2017 and with the Sharjah Health
    Authority": a partner marker repeated after a conjunction opens another agreement, so the
    counterparts after each marker are a partnership of their own; where a marker names no
    known one, the name the text does not know after it ("with Darkhan Uul in July 2021")."""
    markers = ctx.lexicon.matcher("grammar", "counterpart_prepositions")
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    starts = [marker.end]
    for again in markers.finditer(ctx.text, marker.end, sentence.end):
        stop = _before_another(ctx, marker.end, again.start)
        joint = conjunctions.search(ctx.text, max(marker.end, stop - 8), stop)
        if joint is not None and not ctx.text[joint.end : stop].strip(" ,"):
            starts.append(again.end)
    if len(starts) < 2:
        return []
    bounds = [*starts, sentence.end]
    groups = [
        [
            (name, country or implied)
            for name, country in _named_counterparts(ctx, sentence, start, end)
            or _unknown_name(ctx, sentence, start, end)
        ]
        for start, end in pairwise(bounds)
    ]
    return groups


def _unknown_agent_after(ctx: DocumentContext, sentence: Sentence, start: int) -> str | None:
    """The agent of a passive signing named after the counterpart ("was signed with the Almaty
    clinic by Medipia"), a name the text does not know and of no stated country: the side the
    counterpart signed with, which the words before the agreement left unnamed."""
    agent = ctx.lexicon.matcher("partnerships", "passive_agents").search(ctx.text, start, sentence.end)
    if agent is None:
        return None
    named = _unknown_name(ctx, sentence, _skip_spaces(ctx, agent.end), sentence.end)
    return named[0][0] if len(named) == 1 and named[0][1] is None else None


ANOTHER_CHARS = 20  # "and a separate one with": how far before a repeated marker its "another" stands


def _before_another(ctx: DocumentContext, floor: int, marker_start: int) -> int:
    """Where the words before a repeated counterpart marker end once a word of one more
    agreement right before it is set aside ("and another with B" reads as "and with B")."""
    another = ctx.lexicon.matcher("partnerships", "another_agreement_words")
    for word in another.finditer(ctx.text, max(floor, marker_start - ANOTHER_CHARS), marker_start):
        if not ctx.text[word.end : marker_start].strip(" ,"):
            return word.start
    return marker_start


ANAPHOR_REACH = 2  # how many sentences back the parties of "the two sides" may be named


def _joined_states(ctx: DocumentContext, sentence: Sentence, before: int) -> tuple[Place, Place] | None:
    """Korea and a foreign state named as the parties by two nationalities or countries joined
    by a conjunction, before the agreement, right before or after a plural noun of states'
    bodies ("the Korean and Kazakh health ministries", "the governments of Korea and Kuwait")."""
    heads = ctx.lexicon.matcher("partnerships", "plural_state_heads")
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    places = [p for p in ctx.places(sentence) if p.end <= before and p.place.country]
    for first, second in pairwise(places):
        joint = conjunctions.match(ctx.text, _skip_spaces(ctx, first.end))
        if joint is None or _skip_spaces(ctx, joint.end) != second.start:
            continue
        if first.place.is_korean == second.place.is_korean:
            continue
        head_after = heads.match(ctx.text, _skip_spaces(ctx, second.end))
        head_before = [
            h
            for h in heads.finditer(ctx.text, sentence.start, first.start)
            if _joins_by_of(ctx, h.end, first.start)
        ]
        if head_after is None and not head_before:
            continue
        return (first, second) if first.place.is_korean else (second, first)
    return None


def _counterpart_of_a_country(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """ "its Uzbek counterpart", "their counterparts in the UAE": the body of another country
    that matches the Korean side, told by a noun of counterparts right after the marker, its
    country named before the noun or right after it; the party as written, without the
    possessive."""
    determiner = ctx.lexicon.matcher("text", "definite_determiners").match(ctx.text, _skip_spaces(ctx, start))
    if determiner is None:
        return []
    nouns = ctx.lexicon.matcher("partnerships", "counterpart_nouns")
    noun = nouns.search(ctx.text, determiner.end, min(end, determiner.end + 40))
    if noun is None:
        return []
    foreign = [p for p in ctx.places(sentence) if p.place.country and not p.place.is_korean]
    before = [p for p in foreign if determiner.end <= p.start and p.end <= noun.start]
    if (
        before
        and not ctx.text[determiner.end : before[0].start].strip()
        and not ctx.text[before[-1].end : noun.start].strip()
    ):
        return [(ctx.text[before[0].start : noun.end], before[0].place.country)]
    if ctx.text[determiner.end : noun.start].strip():
        return []
    seat = ctx.language.patterns.partnerships.seat.match(ctx.text, noun.end)
    if seat is None:
        return []
    after = next((p for p in foreign if seat.end() <= p.start <= seat.end() + 4), None)
    if after is None or not _only_article(ctx, seat.end(), after.start):
        return []
    return [(ctx.text[noun.start : after.end], after.place.country)]


def next_sentence(ctx: DocumentContext, sentence: Sentence) -> Sentence | None:
    """The sentence right after ``sentence``, found by its index rather than by a scan."""
    index = sentence.index + 1
    return ctx.sentences[index] if index < len(ctx.sentences) else None


SUBJECT_ARTICLE_WORDS = 1  # "The Sakha Republic's health ministry": an article before the subject's name


def _foreign_subject_told_before(
    ctx: DocumentContext, sentence: Sentence, before: int, evidence: list[Sentence], pointed: bool = False
) -> list[tuple[str, str | None]]:
    """ "Uzbekistan's Ministry of Health relied on Korean doctors. Last week the ministry signed
    an agreement with the Korean Hospital Association": a subject that points back ("it", "the
    ministry") before an agreement whose Korean side follows "with" stands for the foreign body
    the sentence before opens on (of the anaphor's kind, where it names one); that sentence
    joins the ``evidence``. Unless ``pointed`` asks for such a subject, an agreement with no
    subject ("A memorandum was signed with X") stands for it as well."""
    start = _past_opening_date(ctx, sentence)
    pronoun = ctx.lexicon.matcher("organizations", "subject_pronouns").search(ctx.text, start, before)
    anaphor = pronoun or ctx.lexicon.matcher("organizations", "anaphors").search(ctx.text, start, before)
    # "Last week the ministry signed": the subject after a short opening phrase, not an object;
    # "A memorandum on their care was signed with X": no subject, the agreement's own passive
    subject_at = anaphor.start if anaphor is not None else before
    if sentence.index == 0 or len(ctx.text[start:subject_at].split()) > OPENING_WORDS:
        return []
    if anaphor is None and (pointed or _names_within(ctx, sentence, sentence.start, before)):
        return []  # "KUMC signed an MOU with …": the subject is named, not told before
    previous = ctx.sentences[sentence.index - 1]
    kind = anaphor.label if anaphor is not None and pronoun is None else None
    heads = ctx.lexicon.section("organizations")["anaphor_heads"].get(kind or "", [])
    bodies = ctx.organizations(previous)
    if not bodies:
        return []
    opening = min(bodies, key=lambda o: o.start)  # the body the sentence before opens on
    words_before = len(ctx.text[_past_opening_date(ctx, previous) : opening.start].split())
    if (
        opening.country is None
        or opening.is_korean
        or (kind is not None and opening.head not in heads)
        or words_before > SUBJECT_ARTICLE_WORDS
    ):
        return []  # "A treated patients sent by Mongolia's X. It signed …": A, not X
    evidence.insert(0, previous)
    return [(opening.name, opening.country)]


def _partners_told_after(
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
    named = _unknown_name(ctx, following, opening.end, following.end)
    named = named or _named_counterparts(ctx, following, opening.end, following.end)
    return (following, named) if named else None


def _counterpart_joined(
    ctx: DocumentContext, sentence: Sentence, before: int
) -> list[tuple[str, str | None]]:
    """The body of another country told by a noun of counterparts joined to the subject by a
    conjunction before the agreement ("the ministry and its Uzbek counterpart signed"): read as
    one after "with" is. A sentence without such a noun is passed over by a substring test."""
    if (
        ctx.lexicon.matcher("partnerships", "counterpart_nouns").search(ctx.text, sentence.start, before)
        is None
    ):
        return []
    for joint in ctx.lexicon.matcher("grammar", "conjunctions").finditer(ctx.text, sentence.start, before):
        if found := _counterpart_of_a_country(ctx, sentence, joint.end, before):
            return found
    return []


def _only_article(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether nothing or only an article stands between ``start`` and ``end``."""
    between = ctx.text[start:end].strip().lower()
    return not between or between in ctx.lexicon.section("grammar")["articles"]


def _state_name(place: Place) -> str:
    """The state a place names: as written where it is a country, by its code's name where it is
    a nationality ("Kazakh" -> "Kazakhstan")."""
    if place.place.kind == PlaceKind.COUNTRY or not place.place.country:
        return place.place.name
    return country_name(place.place.country)


def _joins_by_of(ctx: DocumentContext, end: int, place_start: int) -> bool:
    """ "governments of Korea": only a joint ("of") between a head and the place after it."""
    between = ctx.text[end:place_start].split()
    return len(between) == 1 and between[0] in ctx.lexicon.section("grammar")["seat_prepositions"]


def _bodies_told_before(
    ctx: DocumentContext, sentence: Sentence, start: int
) -> tuple[Sentence, list[str]] | None:
    """ "with the two hospitals", "with both clinics": Korean bodies (or bodies of no stated
    country) named together in one of the sentences just before, as many as the phrase counts
    (all of them where it counts none), and that sentence."""
    determiner = ctx.lexicon.matcher("text", "definite_determiners").match(ctx.text, _skip_spaces(ctx, start))
    if determiner is None:
        return None
    position, count = _skip_spaces(ctx, determiner.end), None
    number = next((q for q in ctx.quantities(sentence) if q.start == position and not q.is_measure), None)
    if number is not None:
        position, count = _skip_spaces(ctx, number.end), round(number.value)
    if ctx.lexicon.matcher("partnerships", "plural_party_heads").match(ctx.text, position) is None:
        return None
    before = [s for s in ctx.body_sentences if s.end <= sentence.start][-ANAPHOR_REACH:]
    for previous in reversed(before):
        bodies = [o.name for o in ctx.organizations(previous) if o.is_korean or o.country is None]
        bodies = list(dict.fromkeys(bodies))
        if len(bodies) >= 2 and (count is None or len(bodies) == count):
            return previous, bodies
    return None


def _titled_body_before(ctx: DocumentContext, sentence: Sentence) -> list[tuple[str, str | None]]:
    """ "우즈베키스탄 보건부 장관이 … 찾았다. 장관은 이 자리에서 …과 양해각서에 서명했다": a person
    told by a title alone as the subject opening the sentence, in a language that marks its
    subjects, signs for the body named with that title in the sentence before, not a Korean one."""
    particles = ctx.lexicon.section("organizations")["topic_particles"]
    title = ctx.lexicon.matcher("partnerships", "person_titles").match(ctx.text, sentence.start)
    if not particles or title is None or ctx.text[title.end : title.end + 1] not in particles:
        return []
    if sentence.index == 0:
        return []
    previous = ctx.sentences[sentence.index - 1]
    reach = len(title.text) + 1  # "보건부 장관", and "보건국장" with the title glued to its body
    for body in ctx.organizations(previous):
        if not body.is_korean and ctx.text.find(title.text, body.end - reach + 2, body.end + reach + 1) >= 0:
            named = ctx.fuller_name(body, previous.start)
            return [(named.name, named.country or body.country)]
    return []


def _skip_spaces(ctx: DocumentContext, position: int) -> int:
    return position + len(ctx.text[position:]) - len(ctx.text[position:].lstrip(" "))


def _definite_party(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether the counterpart is named by a definite noun of a body ("with the bureau", "with
    the hospital"): one named in the sentences before."""
    determiner = ctx.lexicon.matcher("text", "definite_determiners").search(ctx.text, start, end)
    if determiner is None or ctx.text[start : determiner.start].strip():
        return False
    head = ctx.lexicon.matcher("partnerships", "org_heads").search(ctx.text, determiner.end, end)
    return head is not None and not ctx.text[determiner.end : head.start].strip()


def _at_occasion_unnamed(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "… 대표단과 만났다. 이 자리에서 환자 의뢰 협약을 체결했다", "At the meeting, an MOU was
    signed": a sentence set at the occasion told before that names no one has the parties of
    that occasion."""
    return (
        ctx.lexicon.matcher("dates", "occasion_phrases").contains(sentence.text)
        and not ctx.organizations(sentence)
        and not any(p.place.country for p in ctx.places(sentence))
    )


def _parties_told_before(
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
            c for c in _named_counterparts(ctx, previous, previous.start, previous.end) if c[0] != side
        ] or _korean_bodies_named(ctx, previous, previous.start, previous.end, side, joined=True)
        if counterparts:
            if ctx.lexicon.matcher("partnerships", "pair_anaphors").contains(sentence.text) or (
                occasion and not anaphor and not definite
            ):
                counterparts = counterparts[:1]  # "the two sides": one counterpart, the first named
            return side, counterparts, previous
    return None


CHAINED_TITLE_CHARS = 1  # a title's body then at once " and" another title: one signer's two titles


def _signatories(ctx: DocumentContext, sentence: Sentence, before: int) -> list[tuple[str, str | None]]:
    """The bodies whose heads are named as signing, before ``before`` ("X, CEO of Aldara, Y,
    Chairman of Nexa Group, and Z, President of ..."): each the organisation the title
    opens ("Minister of Health and Welfare") or that follows it, else the word after it (a name
    the text does not know, an acronym it spelt out), with its country where known."""
    orgs = ctx.organizations(sentence)
    found: list[tuple[str, str | None]] = []
    titles = list(ctx.language.patterns.partnerships.signatory.finditer(ctx.text, sentence.start, before))
    for i, m in enumerate(titles):
        following = titles[i + 1] if i + 1 < len(titles) else None
        body = next((o for o in orgs if o.start in (m.start("title"), m.start("body"))), None)
        if body is None and following is not None and following.start() - m.end() <= CHAINED_TITLE_CHARS:
            continue  # "Chair of the Board and Director of the Authority": one person's two
        found.append(_titled_body(ctx, m, body))
    return found


def _titled_body(
    ctx: DocumentContext, title: re.Match[str], body: Organization | None
) -> tuple[str, str | None]:
    """The body a signer's title names, with its country where known: the organisation the
    title opens or that follows it, else the word after it (a name the text does not know, an
    acronym it spelt out)."""
    if body is not None:
        return body.name, body.country
    word = title["body"].rstrip(".")
    spelt = ctx.acronyms.get(word)
    return word, spelt.country if spelt else None


def signers_as_bodies(ctx: DocumentContext, sentence: Sentence, draft: RecordDraft) -> RecordDraft:
    """The record with each party that is a person named right before their title ("Ahmed Said,
    chairman of the Health Authority", "with Daniyar Omarov, director of the Almaty Oncology
    Center") replaced by the body the title names: a person signs for a body, and the body is
    the party."""
    if "," not in sentence.text:
        return draft  # a title in apposition stands between commas
    titles = [
        m
        for m in ctx.language.patterns.partnerships.signatory.finditer(ctx.text, sentence.start, sentence.end)
        if ctx.text[m.start() : m.start() + 1] == ","
    ]
    if not titles:
        return draft
    orgs = ctx.organizations(sentence)
    named = {
        ctx.text[sentence.start : m.start()].rstrip(): _titled_body(
            ctx, m, next((o for o in orgs if o.start in (m.start("title"), m.start("body"))), None)
        )
        for m in titles
    }
    parties = draft.fields["parties"]
    bodies = {p: body for p in parties for before, body in named.items() if p and before.endswith(p)}
    if not bodies:
        return draft
    countries = [c for _, c in bodies.values() if c]
    fields = {
        **draft.fields,
        "parties": list(dict.fromkeys(bodies[p][0] if p in bodies else p for p in parties)),
        "countries": list(dict.fromkeys([*draft.fields["countries"], *countries])),
    }
    return replace(draft, fields=fields)


def _korean_bodies_named(
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
        and not _is_venue(ctx, sentence, o.start, o.end)
    ]
    if joined:
        side = next((o for o in ctx.organizations(sentence) if o.name == korean_side), None)
        orgs = [o for o in orgs if side is not None and _joined(ctx.text[side.end : o.start])]
    return [(o.name, KOREA) for o in orgs]


def _home_side_before(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The first Korean organisation or Korean place named before ``before``; a place inside an
    organisation's name ("Daejeon" in "the Daejeon Tourism Organization") is that organisation."""
    orgs = ctx.organizations(sentence)
    named = [(o.start, o.name) for o in orgs if o.start < before and o.is_korean]
    named += [
        (p.start, p.place.name)
        for p in ctx.places(sentence)
        if p.start < before
        and p.place.kind in _KOREAN_PLACE_KINDS
        and not overlaps(p.start, p.start + 1, orgs)
    ]
    return min(named)[1] if named else None


MAX_JOINT_CHARS = 3  # "과", "와", "및", "and": a conjunction alone between two names


def _joined(between: str) -> bool:
    return 0 < len(between.strip()) <= MAX_JOINT_CHARS and not re.search(r"[,.;:()]", between)


def _korean_places_named(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, korean_side: str | None
) -> list[tuple[str, str | None]]:
    """The Korean cities and provinces named as partners between ``start`` and ``end``, other
    than the Korean side and those named as where ("signed with Daegu in Seoul")."""
    orgs = ctx.organizations(sentence)
    names = [
        p.place.name
        for p in ctx.places(sentence)
        if start <= p.start < end
        and p.place.kind in _KOREAN_PLACE_KINDS
        and p.place.name != korean_side
        and not overlaps(p.start, p.start + 1, orgs)
        and not _is_venue(ctx, sentence, p.start, p.end)
    ]
    return [(name, KOREA) for name in dict.fromkeys(names)]


def _korea_named(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """Korea as its sentence names it ("Korea", "the Republic of Korea"), where it does."""
    return next(
        (
            p.place.name
            for p in ctx.places(sentence)
            if p.place.kind == PlaceKind.COUNTRY and p.place.is_korean
        ),
        None,
    )


def _korea_as_side(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """Korea as its sentence names it, by name or by nationality ("Korean President"), or, where
    the sentence says states are the parties ("intergovernmental", "the two countries"), by
    its country name; else None."""
    named = next(
        (
            p
            for p in ctx.places(sentence)
            if p.place.is_korean and p.place.kind in (PlaceKind.COUNTRY, PlaceKind.DEMONYM)
        ),
        None,
    )
    if named is not None:
        return named.place.name if named.place.kind == PlaceKind.COUNTRY else country_name(KOREA)
    if ctx.lexicon.matcher("partnerships", "national_parties").contains(sentence.text):
        return country_name(KOREA)
    return None


def _foreign_subject(
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
    opening = _unknown_subject(ctx, sentence, noun.start)
    if opening is not None and opening[2] is not None and opening[0] not in named:
        before.append((opening[0], opening[2]))  # "Tashkent's Akfa Medline signed ... with"
    return before + described


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


def _subject_left_out(ctx: DocumentContext, sentence: Sentence, before: int) -> bool:
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


def _foreign_only(korean_side: str | None, counterparts: list[tuple[str, str | None]]) -> bool:
    """ "Kazakhstan and Uzbekistan signed an MOU": both sides named, both foreign, is no Korean
    partnership. A single foreign counterpart with the Korean side unnamed ("The hospital signed
    an MOU with Bishkek City Clinic") still is one."""
    return (
        korean_side is None
        and len(counterparts) >= 2
        and all(country and country != KOREA for _, country in counterparts)
    )


def _group_record(
    ctx: DocumentContext,
    sentence: Sentence,
    noun: PhraseMatch,
    group: Group,
    korean_side: str | None,
    subject: list[tuple[str, str | None]],
) -> dict[str, Any]:
    """A counted group of counterparts ("24 global insurance companies"). A group of Korean
    ones ("the DHA concluded contracts with three Korean hospitals") is the Korean side, and the
    foreign subject the other party."""
    count, name, position = group.count, group.name, group.start
    kind = _kind_before(ctx, sentence, noun, position)
    korean_group = any(p.place.is_korean for p in ctx.places_in(name))
    korean_group = korean_group or _seated_in_korea(ctx, sentence, group.end)
    if not korean_group and (described := _described_as_korean(ctx, sentence, position)) is not None:
        # "국내 13개 의료기관": the words that make the group Korean belong to its name
        korean_group, name = True, ctx.text[described : group.end]
    if korean_group and subject:
        foreign, country = subject[0]
        country = country or _implied_country(ctx, sentence)
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


def _names_within(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether an organisation or place is named where the counterparts are."""
    return any(start <= e.start < end for e in (*ctx.organizations(sentence), *ctx.places(sentence)))


def _names_within_name(short: str, name: str) -> bool:
    """Whether ``short`` stands in ``name`` as whole words: "Mayo Clinic" in "US-based Mayo
    Clinic", not the city 울산 inside 울산대병원 (a body named after its city is another body)."""
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", name) is not None


def _foreign_subject_only(
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


def _korean_after_with(ctx: DocumentContext, sentence: Sentence, position: int, end: int) -> str | None:
    """The Korean party named first after ``position`` (right after "with"), where the first
    party named there is Korean: an organisation, a Korean place, or an anaphor that stands for
    a Korean organisation named before ("signed a similar memorandum with the ministry"). Only
    up to ``end`` is read: a home place in a clause after the agreement ("…협약을 맺었고, …
    수성구를 찾을 예정이다") is where the counterpart's people go, not a party."""
    orgs = [o for o in ctx.organizations(sentence) if position <= o.start < end]
    named = [(o.start, o.name if o.is_korean else None) for o in orgs]
    named += [
        (p.start, p.place.name if p.place.kind in _KOREAN_PLACE_KINDS else None)
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


def _implied_country(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """Where a counterpart of unknown country stands: the one foreign country its sentence
    names, else the foreign country the article names most ("The National Scientific Medical
    Center (NSMC) and South Korea's ..." in an article from Astana)."""
    named = {p.place.country for p in ctx.places(sentence) if p.place.country and not p.place.is_korean}
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    return ctx.main_foreign_country


def _unknown_name(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """ "signed an MOU with Vietravel on ...", "with Taiwanese travel platform KKday", "'소가스'와
    계약을": a name where the counterpart is named (and a description of it) that is no known
    organisation or place is the counterpart, of the country its description names, if any."""
    pattern = ctx.language.patterns.partnerships.unknown_name
    match = pattern.match(ctx.text, start, end)
    if match is None:
        return []
    stretch_end = end
    places = ctx.places(sentence)
    described = [p for p in places if p.start == match.start("descriptor")]
    function_words = ctx.lexicon.lowered_words("text", "function_words")
    if match["descriptor"] and any(w in function_words for w in match["descriptor"].split()[1:]):
        # "with Sakhalin in March": a preposition after the place ends the counterpart there; a
        # description is words of a kind of body ("Taiwanese travel platform KKday")
        described = []
    if match["descriptor"] and not described:
        # a description begins with where the counterpart is from ("Taiwanese travel platform
        # KKday"); "with Aeroflot on May 2" has none: the name is the word the marker points to
        first_word = match.start("descriptor") + len(match["descriptor"].split()[0])
        match = pattern.match(ctx.text, start, first_word)
        if match is None:
            return []
    start, end = match.span("name")
    leading = ctx.lexicon.matcher("text", "not_name_starts").search(ctx.text, start, end)
    # "with Cheongdo on March 4"; a home place glued before more of a word is part of a name
    # ("여수트래블과")
    known = [
        *(p for p in places if not _opens_a_word(ctx, p, end)),
        *ctx.organizations(sentence),
        *ctx.dates(sentence),
    ]
    # "with Turkish Airlines", "with Uzbekistan Airways": a foreign nation opening a name the
    # text does not know is where the counterpart is from, not a party of its own
    # "with Tashkent's Akfa Medline": a foreign city owning the name is where it is from too
    # "with Shanghai Blue Sky Travel": a foreign city before two or more words of a name too
    origin = next(
        (
            p
            for p in places
            if p.start == start
            and p.end < end
            and (_of_a_nation(p) or _owns_a_name(ctx, p) or _city_opening_a_name(ctx, p, end))
        ),
        None,
    )
    if origin is not None:
        known = [k for k in known if k is not origin]
        described = described or [origin]
    if (leading is not None and leading.start == start) or overlaps(start, end, known):
        return []
    if _unit_of_a_body(ctx, sentence, end):
        return []  # "with the Faculty of Medicine, Tashkent Medical Academy": the academy is the party
    if not described:
        # "러시아 보스톡 클리닉과": a foreign country or city right before the name is where it stands
        described = [
            p
            for p in places
            if not p.place.is_korean and p.end < start and not ctx.text[p.end : start].strip()
        ]
    country = described[0].place.country if described else None
    name = match["name"].strip("'‘’\"“”").rstrip(".")  # "with Turkish Airlines." ends the sentence
    if name in ctx.lexicon.section("partnerships")["generic_nouns"]:
        return []  # "동남아 도시와 맺은 첫 협약": a kind of body or place names no one
    listed_after = _listed_after(ctx, sentence, match.end("name"), stretch_end)
    return [*_listed_before(ctx, sentence, match.start(), start), (name, country), *listed_after]


def _unknown_closing_a_list(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int
) -> list[tuple[str, str | None]]:
    """The names the text does not know after two known bodies listed with a comma between them:
    the list goes on past the bodies the text knows."""
    bodies = [o for o in ctx.organizations(sentence) if start <= o.start and o.end <= end]
    if len(bodies) < 2 or not _LIST_JOINT.fullmatch(ctx.text, bodies[-2].end, bodies[-1].start):
        return []
    return _listed_after(ctx, sentence, bodies[-1].end, end, after_a_list=True)


def _listed_after(
    ctx: DocumentContext, sentence: Sentence, position: int, end: int, after_a_list: bool = False
) -> list[tuple[str, str | None]]:
    """ "signed an MOU with Brightwell, Osgood and KLMA to open …": the names listed after a first
    name the text does not know, parted by commas and closed by "and", are parties beside it. A
    list never closed by "and" gives none: a comma alone may open a description of the first."""
    pattern = ctx.language.patterns.partnerships.unknown_name
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    bodies = ctx.organizations(sentence)
    known = [*ctx.places(sentence), *ctx.dates(sentence), *bodies]
    items: list[tuple[str, str | None]] = []
    while True:
        comma = _LIST_JOINT.match(ctx.text, position, end)
        start = comma.end() if comma is not None else position
        joint = conjunctions.search(ctx.text, start, end)
        closing = joint is not None and not ctx.text[start : joint.start].strip()
        if (not closing and comma is None) or (
            closing and comma is not None and not items and not after_a_list
        ):
            return []  # ", and Director Yoon called it …": a clause after the first name, no list
        start = _skip_spaces(ctx, joint.end) if closing and joint is not None else start
        match = pattern.match(ctx.text, start, end)
        if match is not None and match["descriptor"]:
            # "Cordish and IUDC": what reads as a description is the item and the joint after it
            match = pattern.match(ctx.text, start, start + len(match["descriptor"].split()[0]))
        if match is None or overlaps(*match.span("name"), known):
            # a known body closing the list is read as a counterpart of its own
            return items if closing and any(b.start == start for b in bodies) else []
        items.append((match["name"].strip("'‘’\"“”").rstrip("."), None))
        position = match.end("name")
        if closing:
            return items


UNIT_OF_CHARS = 60  # "of Dentistry/School of Dentistry, ": what may part a unit's name from its body's


MIN_TOLD_NAME_CHARS = 3  # "누리홀딩스사", not a two-letter word of any sort


def _told_before_with_its_country(
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


def _unknown_home_side(
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
    if len(unknown) != 1 or unknown[0][1] is not None or _korean_named_in(ctx, sentence):
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


def _unit_of_a_body(ctx: DocumentContext, sentence: Sentence, end: int) -> bool:
    """Whether the name ending at ``end`` goes on with what it is of and, after a comma, a known
    organisation: a unit of that body ("the College of Dentistry, Wonkwang University", "the
    Graduate School of Dentistry, Osaka University"), which is the party, not the unit."""
    belonging = ctx.lexicon.section("grammar")["belonging_prepositions"]
    words = ctx.text[end : end + UNIT_OF_CHARS].split(maxsplit=1)
    if not words or words[0] not in belonging:
        return False
    comma = ctx.text.find(",", end, min(sentence.end, end + UNIT_OF_CHARS))
    if comma < 0 or re.search(r"[;:()]", ctx.text[end:comma]):
        return False
    after = _skip_spaces(ctx, comma + 1)
    articles = ctx.lexicon.section("grammar")["articles"]
    return any(
        o.start == after or (o.start > after and ctx.text[after : o.start].strip().lower() in articles)
        for o in ctx.organizations(sentence)
    )


MIN_NAME_REST_CHARS = 2  # "여수트래블": what a firm's name adds after a place it opens with


def _opens_a_word(ctx: DocumentContext, place: Place, end: int) -> bool:
    """Whether a home city or province opens a longer word, glued to at least two more letters
    before ``end`` ("여수트래블", not "청도군" nor "Cheongdo on")."""
    rest = re.match(r"\w*", ctx.text[place.end : end]).group(0)
    return place.place.kind in _KOREAN_PLACE_KINDS and len(rest) >= MIN_NAME_REST_CHARS


def _owns_a_name(ctx: DocumentContext, place: Place) -> bool:
    """Whether a foreign place owns the words after it ("Tashkent's Akfa Medline")."""
    owns = ctx.language.patterns.targets.possessive_joint.match(ctx.text, place.end)
    return not place.place.is_korean and owns is not None and owns.end() > place.end


MIN_NAME_REST_WORDS = 2  # "Shanghai Blue Sky Travel", not "Almaty Mayor" nor "Tashkent on"


def _city_opening_a_name(ctx: DocumentContext, place: Place, end: int) -> bool:
    """Whether a foreign city opens a name of words it does not end ("Shanghai Blue Sky
    Travel"): two words or more after it, up to ``end``, are the body's own name, so the city is
    where the body stands, not a party of its own."""
    rest = ctx.text[place.end : end].split()
    return (
        place.place.kind == PlaceKind.CITY
        and not place.place.is_korean
        and len(rest) >= MIN_NAME_REST_WORDS
        and ctx.text[place.end : place.end + 1].isspace()
    )


def _of_a_nation(place: Place) -> bool:
    """A foreign nation or nationality ("Turkish", "Uzbekistan"), not a city or a Korean place."""
    return place.place.kind in {PlaceKind.DEMONYM, PlaceKind.COUNTRY} and not place.place.is_korean


def _listed_before(
    ctx: DocumentContext, sentence: Sentence, start: int, name: int
) -> list[tuple[str, str | None]]:
    """ "몽골 국립암센터·울란메디투어와": the bodies listed right before a name, each parted from
    the next by a dot or a comma alone, are parties beside it ("미국 보험사 시그나": a
    description, not an item)."""
    listed: list[tuple[str, str | None]] = []
    following = name
    for org in reversed([o for o in ctx.organizations(sentence) if start <= o.start and o.end <= name]):
        if not _LIST_JOINT.fullmatch(ctx.text, org.end, following):
            break
        # "경상대병원․남해트래블과": a Korean body (or one of no stated country) listed so is a
        # partner at home
        listed.insert(0, (ctx.fuller_name(org, sentence.start).name, org.country or KOREA))
        following = org.start
    return listed


def _unknown_name_beside(
    ctx: DocumentContext, sentence: Sentence, korean_side: str | None, before: int
) -> list[tuple[str, str | None]]:
    """The unknown name joined by "and" to the Korean side named before the agreement."""
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    ends = [org.end for org in ctx.organizations(sentence) if org.name == korean_side and org.end < before]
    if (opening := _unknown_subject(ctx, sentence, before)) is not None and opening[0] == korean_side:
        ends.append(opening[1])  # "KUMC and Mongol Daatgal, a Mongolian insurer, signed ..."
    for end in ends:
        joint = conjunctions.search(ctx.text, end, before)
        if joint is not None and not ctx.text[end : joint.start].strip():
            return _unknown_name(ctx, sentence, joint.end, sentence.end)
    for org in ctx.organizations(sentence):
        if org.name != korean_side or org.start >= before:
            continue
        # "Mongolia's Intermed and Hanbit Hospital signed": the name opening the sentence before it
        joint = next((j for j in conjunctions.finditer(ctx.text, sentence.start, org.start)), None)
        if joint is not None and not ctx.text[joint.end : org.start].strip():
            named = _unknown_name(ctx, sentence, sentence.start, joint.start)
            if named and ctx.text[sentence.start : joint.start].rstrip().endswith(named[-1][0]):
                return named
    return []


def _kind_before(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, position: int) -> str:
    """ "partnerships with three hospitals, and direct billing contracts with 15 insurers": a
    counted group is bound by the agreement noun named last before it."""
    kinds = ctx.lexicon.matcher("partnerships", "kinds")
    before = list(kinds.finditer(ctx.text, noun.start, position))
    return before[-1].label if before else noun.label


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


def _after_a_title(ctx: DocumentContext, sentence: Sentence, marker: PhraseMatch) -> bool:
    """Whether the marker follows a person's title (a bracket after it passed): "원장과",
    "도지사(왼쪽)와"."""
    before = re.sub(r"\([^)]*\)$", "", ctx.text[sentence.start : marker.start].rstrip())
    titles = ctx.lexicon.matcher("partnerships", "person_titles")
    return any(t.end == len(before) for t in titles.finditer(before))


def _marked_as_parties(
    ctx: DocumentContext, sentence: Sentence, before: int, subject: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """The names of ``subject`` that the language marks as parties, before ``before``
    (``party_mark`` right after the name, its acronym or a bracket passed)."""
    mark = ctx.language.patterns.partnerships.party_mark

    def marked(span: Span) -> bool:
        bracket = _BRACKET_AFTER.match(ctx.text, span.end, before)  # "보건청(청장 …)이"
        after = bracket.end() if bracket is not None else ctx.past_acronym(span.end)
        return span.end <= before and mark.match(ctx.text, after, before) is not None

    told = [o.name for o in ctx.organizations(sentence) if marked(o)]
    told += [name for p in ctx.places(sentence) if marked(p) for name in (p.text, p.place.name)]
    return [c for c in subject if any(name in c[0] or c[0] in name for name in told)]


def _with_pronoun(ctx: DocumentContext, start: int, end: int) -> bool:
    pronoun = ctx.lexicon.matcher("text", "object_pronouns").search(ctx.text, start, end)
    return pronoun is not None and not ctx.text[start : pronoun.start].strip()


def _draft(ctx: DocumentContext, sentences: list[Sentence], rule: str, fields: dict[str, Any]) -> RecordDraft:
    """A partnership read from ``sentences``: its own, and the one that named its parties."""
    return RecordDraft(RecordKind.PARTNERSHIP, rule, ctx.evidence(*sentences), ConfidenceLevel.CUED, fields)


def _korean_named_in(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence names a Korean organisation or place anywhere, or the article's
    main actor."""
    return any(o.is_korean or o.name == ctx.main_actor for o in ctx.organizations(sentence)) or any(
        p.place.is_korean for p in ctx.places(sentence)
    )


def _korean_side(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The Korean party: a Korean organisation before the agreement; else the subject whose
    country the text leaves open ("Keimyung University Dongsan Medical Center (KUDMC) signed an
    MOU with ..." in news about Korea); else a Korean organisation after it ("The Qatar health
    ministry signed a pact with Severance Hospital"); else
    a Korean place before it (Korea itself: "Korea and the UAE signed an agreement"), else the
    article's main actor."""
    orgs = ctx.organizations(sentence)
    korean = [o for o in orgs if o.is_korean and o.start < before]
    if (home := _home_place_opening(ctx, sentence, before)) is not None:
        # "울산시·울산대병원·울산관광재단은 …", "제주도는 제주대병원, …과": a home city or
        # province opening the sentence as a subject is the Korean side, its bodies partners
        return home
    if korean:
        return korean[0].name
    # "The hospital, which signed ...", "the Korean hospital and UMC signed ...", "병원은 …": an
    # anaphor standing for the Korean organisation named before
    for anaphor in _anaphors_before(ctx, sentence, before):
        if (name := ctx.antecedent(anaphor.label, anaphor.start)) is not None:
            return name
    for candidates in (
        [o for o in orgs if o.country is None and o.start < before],
        [o for o in orgs if o.is_korean],
    ):
        if candidates:
            return candidates[0].name
    if (opening := _unknown_subject(ctx, sentence, before)) is not None and opening[2] is None:
        return opening[0]
    if (named := _named_subject(ctx, sentence, before)) is not None:
        return named
    places = [
        p
        for p in ctx.places(sentence)
        if p.start < before
        and (
            p.place.kind in _KOREAN_PLACE_KINDS
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


def _anaphors_before(ctx: DocumentContext, sentence: Sentence, before: int) -> list[PhraseMatch]:
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


def _named_subject(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The subject opening the sentence that the language writes as a body though the text does
    not know it ("KHIDI는", "㈜누리메디투어는"), before the agreement."""
    pattern = ctx.language.patterns.partnerships.named_subject
    for start in dict.fromkeys((sentence.start, _past_opening_date(ctx, sentence))):
        if (match := pattern.match(ctx.text, start, before)) is not None:
            return match["name"]
    return None


def _home_subject_after(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """A Korean city or district after the agreement, marked as the subject ("…와 협약을 맺은
    부산 해운대구는 …"): a clause told before its subject names the side it concluded for."""
    for place in ctx.places(sentence):
        if place.start < before or place.place.kind not in _KOREAN_PLACE_KINDS:
            continue
        name, end = _with_its_district(ctx, sentence, place)
        if ctx.language.patterns.partnerships.home_subject.match(ctx.text, end, sentence.end):
            return name
    return None


def _unknown_subject(
    ctx: DocumentContext, sentence: Sentence, before: int
) -> tuple[str, int, str | None] | None:
    """ "KUMC signed an MOU with Almaty City Hospital", "Medipia and Halyk, a Kazakh insurer,
    signed ...": a name the text does not know that opens the sentence right before a verb of
    concluding or the joint to a second subject is a subject; where no Korean body is named, a
    body of no stated country on a page about Korea is the Korean side. Its name, its end, and
    the country of a foreign place owning it ("Bishkek's Kamelia Med signed ...")."""
    match = ctx.language.patterns.partnerships.unknown_subject.match(
        ctx.text, _past_opening_date(ctx, sentence), before
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
    if owner is not None and _owns_a_name(ctx, owner) and not overlaps(owner.end, end, known):
        return ctx.text[start:end], end, owner.place.country
    return None if overlaps(start, end, known) else (ctx.text[start:end], end, None)


OPENING_WORDS = 4  # "On June 2,", "In early May,": the words of a phrase of time opening a sentence


def _past_opening_date(ctx: DocumentContext, sentence: Sentence) -> int:
    """Where the subject starts after a phrase opening the sentence: a date, a word before it
    and a comma after it passed ("On June 2 KUMC signed"), or a few words up to a comma that a
    word never starting a name opens ("In May, Vitacare and ..."); else the sentence's start."""
    dates = ctx.dates(sentence)
    if dates and len(ctx.text[sentence.start : dates[0].start].split()) <= 1:
        return _skip_spaces(ctx, dates[0].end + (ctx.text[dates[0].end : dates[0].end + 1] == ","))
    comma = ctx.text.find(",", sentence.start, sentence.end)
    opening = ctx.text[sentence.start : max(comma, sentence.start)].split()
    leading = ctx.lexicon.matcher("text", "not_name_starts")
    if 1 < len(opening) <= OPENING_WORDS and leading.match(opening[0]) is not None:
        return _skip_spaces(ctx, comma + 1)
    return sentence.start


@cache
def _function_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.section("text")["function_words"])


def _place_joined_before(ctx: DocumentContext, sentence: Sentence, body: str) -> str | None:
    """The Korean city or province that opens the sentence joined by a conjunction alone to the
    home body after it ("광주시와 광주관광공사는"): the two are the subjects."""
    place = next((p for p in ctx.places(sentence) if p.place.kind in _KOREAN_PLACE_KINDS), None)
    if place is None or ctx.text[sentence.start : place.start].strip():
        return None
    org = next((o for o in ctx.organizations(sentence) if o.name == body and o.start > place.end), None)
    if org is None or ctx.text[place.end : org.start] not in ctx.lexicon.section("grammar")["subject_joints"]:
        return None
    return ctx.text[place.start : place.end]


def _home_place_opening(ctx: DocumentContext, sentence: Sentence, before: int) -> str | None:
    """The Korean city or province that opens the sentence as a subject, a date opening it
    passed ("지난 14일 대구시는 …"), before ``before`` and before any organisation, where the
    language marks it so (its particle, a list joint)."""
    opening = next(
        (p for p in ctx.places(sentence) if p.place.kind in _KOREAN_PLACE_KINDS and p.start < before), None
    )
    if opening is None or ctx.text[_past_opening_date(ctx, sentence) : opening.start].strip():
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
            and p.place.kind in _KOREAN_PLACE_KINDS
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


def _counted_groups(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[Group]:
    """ "24 global insurance companies and 11 overseas government agencies" -> two groups, each
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
        *((m.start(), m.end()) for m in _LIST_JOINT.finditer(ctx.text, before.end, start)),
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


def _named_counterparts(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, agreement: PhraseMatch | None = None
) -> list[tuple[str, str | None]]:
    """The organisations and foreign places named between ``start`` and ``end`` as parties; a place
    the language marks as where the ``agreement`` was signed ("비슈케크 현지에서") is none."""
    found: list[tuple[str, str | None]] = []
    countries_found: list[tuple[str, str | None]] = []
    covered: list[Span] = []
    places = ctx.places(sentence)
    # "몽골대사관에서": a body where the agreement was signed, and the places in its name, are no party
    venues = [o for o in ctx.organizations(sentence) if _is_venue(ctx, sentence, o.start, o.end)]
    for named in ctx.organizations(sentence):
        if (
            start <= named.start < end
            and not named.is_korean
            and named not in venues
            and not _names_the_agreement(ctx, sentence, named.end)
            and not _names_an_event(ctx, sentence, named.start)
        ):
            org = ctx.fuller_name(named, sentence.start)
            seat = _seat(ctx, ctx.past_acronym(named.end), places)  # "(NCMCH) of Mongolia"
            name = org.name + _state_past_acronym(ctx, named, seat)
            found.append((name, org.country or (seat.place.country if seat else None)))
            covered.append(Span(named.start, seat.end if seat else named.end, named.name))
    for place in places:
        inside = overlaps(place.start, place.start + 1, [*covered, *venues])
        if inside or not start <= place.start < end or place.place.is_korean:
            continue
        if (owner := _described_as_of(ctx, sentence, place, found, covered)) is not None:
            # "with Emirates Health Services (EHS), the federal provider of the UAE": the
            # country of the counterpart described, not a party of its own
            found[owner] = (found[owner][0], place.place.country)
            continue
        if _where_signed(ctx, sentence, place, bool(found)) or (
            agreement is not None and ctx.language.signed_at(ctx, sentence, agreement, place)
        ):
            continue
        if (described := _describes_next_body(ctx, place, covered)) is not None:
            # "the Almaty insurer Kazmed Assurance": where the body named next stands, its country
            # where its name gave none
            name, country = found[described]
            found[described] = (name, country or place.place.country)
            continue
        if place.place.kind == PlaceKind.COUNTRY:
            countries_found.append((place.place.name, place.place.country))
        elif place.place.kind == PlaceKind.CITY:
            # "헨티 주": the unit written apart is part of its name as a party
            unit = ctx.language.patterns.partnerships.place_unit.match(ctx.text, place.end, end)
            name = ctx.text[place.start : unit.end()] if unit else place.place.name
            if all(told != name for told, _ in found):  # "우문고비 주(…, 이하 우문고비 주)": one party
                found.append((name, place.place.country))
    # "visited Uzbekistan and signed an MOU with Uzbekistan's Second National Hospital": a country
    # whose organisation is a party is where it stands, not a party of its own
    org_countries = {country for _, country in found}
    # "the United Arab Emirates (UAE)": a country named twice is one party
    countries = {c[1]: c for c in reversed(countries_found) if c[1] not in org_countries}
    return found + [c for c in countries_found if countries.get(c[1]) is c]


def _state_past_acronym(ctx: DocumentContext, body: Organization, seat: Place | None) -> str:
    """ "the Ministry of Health (MOH) of Kazakhstan": the country a state's body belongs to,
    parted from its name only by the name's acronym, ends the name (" (MOH) of Kazakhstan"), as
    it would without the brackets: a ministry's name without its state names no one. Another
    body's name is whole without it ("the Scientific Center of Pediatrics (SCP) of Kazakhstan");
    else nothing."""
    end = body.end
    after = ctx.past_acronym(end)
    if seat is None or after == end or seat.place.kind != PlaceKind.COUNTRY:
        return ""
    if not ctx.lexicon.matcher("organizations", "state_heads").contains(body.head):
        return ""
    joint = ctx.text[after : seat.start].split()
    if len(joint) != 1 or joint[0] not in ctx.lexicon.section("grammar")["belonging_prepositions"]:
        return ""
    return " " + " ".join(ctx.text[end : seat.end].split())


def _described_as_of(
    ctx: DocumentContext,
    sentence: Sentence,
    place: Place,
    found: list[tuple[str, str | None]],
    covered: list[Span],
) -> int | None:
    """The index in ``found`` of the counterpart of unknown country that ``place`` describes: a
    country named in an apposition right after it (a comma, an article, no other name or
    conjunction between)."""
    if place.place.kind != PlaceKind.COUNTRY:
        return None
    before = [i for i, span in enumerate(covered) if span.end <= place.start]
    if not before or found[before[-1]][1] is not None:
        return None
    between = ctx.text[ctx.past_acronym(covered[before[-1]].end) : place.start]
    words = between.split()
    articles = ctx.lexicon.section("grammar")["articles"]
    conjunctions = ctx.lexicon.matcher("grammar", "conjunctions")
    if not (between.lstrip().startswith(",") and len(words) > 1 and words[1].lower() in articles):
        return None
    if conjunctions.search(between) is not None or "," in between.lstrip()[1:]:
        return None
    return before[-1]


# what parts a place from a body told in brackets right after it: the place's own suffix at most
# ("알마티시(", "Almaty (")
_GLOSS_OPENING = re.compile(r"\w{0,2}\s?\(")


def _describes_next_body(ctx: DocumentContext, place: Place, covered: list[Span]) -> int | None:
    """The index in ``covered`` of the body that ``place`` describes: the body named right after
    it where a noun of a kind of body parts them ("the Almaty insurer Kazmed Assurance", "the
    Vladivostok clinic chain Primmed"), a body told in brackets right after it
    ("알마티시(공중보건국)"), or one the language joins to it as its seat ("하노이의 탄롱병원"): the
    place is where that body stands, no party of its own."""
    index = next((i for i, span in enumerate(covered) if span.start >= place.end), None)
    if index is None:
        return None
    between = ctx.text[place.end : covered[index].start].strip()
    if _GLOSS_OPENING.fullmatch(between):
        return index  # "알마티시(공중보건국)와": the place's own body, told in brackets after it
    if between in ctx.lexicon.section("partnerships")["seat_links"]:
        return index  # "하노이의 탄롱병원과": the place owns the body named right after it
    heads = ctx.lexicon.matcher("organizations", "descriptor_heads")
    described = bool(between) and between.islower() and heads.spans(between, 0, len(between))
    return index if described else None


def _where_signed(ctx: DocumentContext, sentence: Sentence, place: Place, orgs_named: bool) -> bool:
    """ "The agreement between Hanyang University Hospital and Khabarovsk Regional Hospital was
    signed in Vladivostok": beside named organisations, a place after "in" or "at" is where."""
    return orgs_named and _is_venue(ctx, sentence, place.start, place.end)


def _names_the_agreement(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """ "지정병원 협약" (a designated-hospital agreement): an organisation noun right before the
    agreement noun says what kind of agreement it is, not who signed it."""
    noun = ctx.lexicon.matcher("partnerships", "kinds").search(ctx.text, position, sentence.end)
    if noun is None or noun.start <= position or ctx.text[position : noun.start].strip():
        return False
    # "the Center agreed to cooperate": an agreement told by its verb has the name for subject
    return not ctx.lexicon.matcher("partnerships", "concluded").contains(noun.text)


def _names_an_event(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """ "signed at the 5th Forum of the Korea-Uzbekistan Medical Cooperation Council": a body
    named after the capitalised noun of an event and "of" is part of the event's name, where
    the agreement was signed, not a party."""
    grammar = ctx.lexicon.section("grammar")
    links = {w.lower() for w in grammar["belonging_prepositions"]}
    articles = {w.lower() for w in grammar["articles"]}
    for noun in ctx.lexicon.matcher("events", "types").finditer(
        ctx.text, max(sentence.start, position - EVENT_NAME_LINK_CHARS), position
    ):
        words = ctx.text[noun.end : position].lower().split()
        if (
            noun.text[:1].isupper()
            and words
            and words[0] in links
            and all(word in articles for word in words[1:])
        ):
            return True
    return False


def _is_venue(ctx: DocumentContext, sentence: Sentence, position: int, end: int | None = None) -> bool:
    """ "signed the MOU in the Provincial Office", "at the Rixos Hotel", "명지병원(고양시
    소재)에서 협약을 체결했다": where, not who; a language tells it by a preposition before the
    name, or by a postposition after it (``end``; a bracket after the name may stand between)."""
    if ctx.follows("partnerships", "venue_prepositions", sentence, position):
        return True
    if end is None:
        return False
    after = _BRACKET_AFTER.match(ctx.text, end, sentence.end)
    locative = ctx.lexicon.matcher("partnerships", "venue_postpositions").match(
        ctx.text, after.end() if after else end, sentence.end
    )
    return locative is not None and not ctx.text[locative.end : locative.end + 1].isalnum()


_BRACKET_AFTER = re.compile(r"\s?\([^)]*\)")  # "명지병원(고양시 소재)": what the text says of the name


def _seat(ctx: DocumentContext, position: int, places: list[Place]) -> Place | None:
    """ "Thang Long General Hospital in Hanoi": the city right after an organisation is where it
    stands (its country), not a party of its own."""
    seat = ctx.language.patterns.partnerships.seat.match(ctx.text, position)
    if seat is None:
        return None
    return next((p for p in places if p.start == seat.end() and not p.place.is_korean), None)
