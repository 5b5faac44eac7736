"""Who is party to an agreement read from its sentence, one draft per agreement: the entry points
weigh the readers of the Korean side, subjects, counterparts known and unknown, counted groups,
states, signatories and the sentences around, in the order a sentence is read; ties, pairs and
the operator of a hospital abroad are drafted here too. What each reader answers lives in the
modules beside this one.
"""

from datetime import date
from typing import Any

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import KOREA, PlaceKind
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.partnerships.bodies import founded_body_named, members_after
from extractors.records.partnerships.bounds import (
    names_within,
    names_within_name,
    past_opening_date,
    skip_spaces,
)
from extractors.records.partnerships.counted_groups import counted_groups, group_record
from extractors.records.partnerships.details import agreement_details
from extractors.records.partnerships.korean_side import (
    _korean_side,
    anaphors_before,
    home_place_opening,
    home_side_before,
    home_subjects_abroad,
    home_subjects_listed,
    korean_after_with,
    korean_bodies_named,
    korean_named_in,
    korean_places_named,
    unknown_home_side,
)
from extractors.records.partnerships.named_counterparts import implied_country, named_counterparts
from extractors.records.partnerships.other_sentences import (
    at_occasion_unnamed,
    bodies_told_before,
    counterpart_pointed_back,
    definite_party,
    foreign_subject_told_before,
    parties_told_before,
    partners_told_after,
    told_before_with_its_country,
)
from extractors.records.partnerships.separate_agreements import (
    each_marked,
    item_counterparts,
    one_sort,
    per_country,
)
from extractors.records.partnerships.signatories import after_a_title, signatories, titled_body_before
from extractors.records.partnerships.states import (
    counterpart_joined,
    counterpart_of_a_country,
    joined_states,
    korea_as_side,
    korea_named,
    state_name,
)
from extractors.records.partnerships.subjects import (
    foreign_subject,
    foreign_subject_only,
    marked_as_parties,
    subject_left_out,
    unknown_name_beside,
    unknown_subject,
)
from extractors.records.partnerships.unknown_names import (
    bodies_beside,
    unknown_agent_after,
    unknown_closing_a_list,
    unknown_name,
)
from extractors.text.sentences import Sentence
from models import RecordKind

COUNTERPART_CHARS = 200  # how far after "with" the counterparts of an agreement are named

JOINT_SIDES_CHARS = 8  # "3자 업무": how far before an agreement's noun its sides are counted


def agreement_drafts(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> list[RecordDraft]:
    with_match = ctx.language.partner_marker(ctx, sentence, noun)
    if with_match is not None:
        scope_start, scope_end = ctx.language.counterpart_stretch(ctx, sentence, with_match)
    else:
        scope_start, scope_end = noun.end, sentence.end
    scope_end = min(scope_end, scope_start + COUNTERPART_CHARS)
    pointed_back = (
        with_match is not None
        and with_match.label == "with"
        and counterpart_pointed_back(ctx, scope_start, scope_end)
        # "우즈베키스탄 보건부 방문단 일행과": the body is named, only its people point back
        and not names_within(ctx, sentence, scope_start, scope_end)
    )
    if pointed_back:
        # "한옥병원은 이날 대표단과": the counterpart is the one told before, so no name in its
        # stretch is a counterpart (the subject named there is the Korean side)
        scope_start = scope_end
    if (
        with_match is not None
        and with_match.label == "with"
        and ctx.language.counterpart_in_general(ctx, sentence, scope_start)
    ):
        return []  # "각국의 보건부·병원 등과 협력관계를 맺었다": kinds of body in general, no one named
    # the Korean side is named before the agreement and before its counterparts, or among the
    # members of a body it founded with them ("서구는 16개 기관이 참여하는 추진단을 구성했다")
    members = with_match is not None and with_match.label == "members"
    korean_side = _korean_side(ctx, sentence, noun.start if members else min(noun.start, scope_start))
    if korean_side is None and with_match is not None and with_match.label == "with":
        # "An MOU was signed with the Almaty Oncology Center by Medipia": the agent after it
        korean_side = unknown_agent_after(ctx, sentence, scope_start)
    groups = counted_groups(ctx, sentence, scope_start, scope_end)
    base = agreement_details(ctx, sentence, noun)
    evidence = [sentence]
    if not groups and members:
        # "… 협의체가 출범했다. 도내 20개 기관이 참여했다": a founded body's members counted
        # in the sentence after its founding
        joined = members_after(ctx, sentence)
        if joined is not None and (groups := counted_groups(ctx, joined, joined.start, joined.end)):
            sentence, evidence = joined, [sentence, joined]
    if with_match is not None and with_match.label == "after":
        # "자매도시 X", "결연관계인 X병원": a tie names its partner right after it, and no one else
        partners = _tie_partners(ctx, sentence, scope_start, scope_end, noun)
        korean_side = _owner_before(ctx, sentence, noun.start) or korean_side or korea_as_side(ctx, sentence)
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
    named_before = named_counterparts(ctx, sentence, sentence.start, noun.start, noun)
    if (opening := unknown_subject(ctx, sentence, noun.start)) is not None and opening[2] is not None:
        # "Bishkek's Kamelia Med signed a contract with Hanbit Hospital": the name its place owns
        named_before = [(opening[0], opening[2]), *(c for c in named_before if c[0] not in opening[0])]
    subject = [c for c in named_before if c[0] != korean_side]
    if (states := joined_states(ctx, sentence, noun.start)) is not None:
        # "the Korean and Kazakh governments signed", "the governments of Korea and Kuwait"
        home, other = states
        return [
            _draft(
                ctx,
                [sentence],
                "partnerships.named_counterpart",
                {
                    **base,
                    "parties": [state_name(home), state_name(other)],
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
                {**base, **group_record(ctx, sentence, noun, group, korean_side, named_before)},
            )
            for group in groups
        ]
    if with_match is None and len(signers := signatories(ctx, sentence, noun.start)) > 1:
        # "X, CEO of Aldara, and Y, President of Z Hospital, signed the MoU": the bodies the
        # signers head are the parties
        # the Korean one: of Korea by its name, else the article's actor, else the Korean side
        # the sentence gives
        home = next(
            (
                b
                for side in (KOREA, ctx.main_actor, korean_side)
                for b in signers
                if b[1] == side or (side and b[1] is None and names_within_name(b[0], side))
            ),
            None,
        )
        if home is not None:
            implied = implied_country(ctx, sentence)
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
    unknown = unknown_name(ctx, sentence, scope_start, scope_end) if with_match else []
    named_after = [
        c for c in named_counterparts(ctx, sentence, scope_start, scope_end, noun) if c[0] != korean_side
    ]
    counterparts = unknown or named_after
    if not unknown and named_after and with_match is not None:
        # "with Nordvik Clinic, Tarsel Holdings and Brenmoor Capital": known bodies listed, then
        # a name the text does not know closing the list
        counterparts = named_after = [
            *named_after,
            *unknown_closing_a_list(ctx, sentence, scope_start, scope_end),
        ]
    if unknown and (beside := bodies_beside(ctx, sentence, scope_start, scope_end, unknown)):
        counterparts = unknown = [*beside, *unknown]
    if not counterparts and with_match is not None:
        # "누리홀딩스사와 MOU를 맺었다" after "카타르 누리홀딩스사와 손잡고": a name told before
        # with its country
        unknown = counterparts = told_before_with_its_country(ctx, sentence, scope_start, scope_end)
    if not counterparts and with_match is not None:
        # "… 보건부 장관이 … 찾았다. 장관은 …과 양해각서에 서명했다": the body of the title
        counterparts = titled_body_before(ctx, sentence)
    # up to the counterparts' end or the agreement, whichever comes later (the noun comes after
    # its counterparts where the language names them first)
    reach = max(scope_end, noun.start)
    korean_after = korean_after_with(ctx, sentence, scope_start, reach) if with_match else None
    joined_home = False  # whether a home city and a home body are the subjects together
    if (
        with_match is not None
        and with_match.label == "with"
        and korean_side is not None
        # a home body named beside the counterpart is read by the readings below
        and all(country != KOREA for _, country in counterparts)
        and len(listed := home_subjects_listed(ctx, sentence, korean_side, noun.start)) > 1
    ):
        # "광주시와 광주관광공사는 몽골 보건국과 …", "부산시, 부산관광공사, 동아대병원은 …": the home
        # bodies and places listed as the subjects sign beside each other, the first named leading
        korean_side, counterparts = _listed_home_first(listed, counterparts)
        joined_home = True
    elif (
        korean_after is not None
        and korean_side is not None
        and (
            korean_side == home_place_opening(ctx, sentence, scope_start)
            # "시는 경북대병원과 …": the city told before, by its anaphor
            or any(
                a.start == past_opening_date(ctx, sentence)
                for a in anaphors_before(ctx, sentence, scope_start)
            )
        )
    ):
        # "울산시는 울산대병원, 우즈베키스탄 보건부와 3자 협약을": the home city opening the sentence
        # is the side; the home bodies listed with the counterpart are partners beside it
        home = korean_bodies_named(ctx, sentence, scope_start, scope_end, korean_side)
        counterparts = [*home, *(c for c in counterparts if c not in home)]
    elif korean_after is not None:
        # "The Qatar health ministry signed a pact with Severance
        # Hospital", "Bach Mai Hospital, which signed an MOU with Samsung Medical
        # Center": the Korean side follows "with", the subject is the other party
        others = [c for c in named_before if c[0] != korean_after] or foreign_subject_told_before(
            ctx, sentence, noun.start, evidence
        )
        if others:
            korean_side, counterparts = korean_after, others
    elif unknown and korean_side in (None, ctx.main_actor):
        # "Almaty City Hospital No. 4 signed an MOU with Medipia", "an MOU between KUMC and the
        # Almaty clinic": the counterpart is a known foreign body, the name the text does not
        # know beside it, of no stated country, the Korean side
        known = named_before + [c for c in named_after if c not in named_before]
        if (home := unknown_home_side(ctx, sentence, unknown, known, scope_start)) is not None:
            korean_side, counterparts = home, known
    if not counterparts and _with_pronoun(ctx, scope_start, scope_end):
        # "called on the Tomsk governor and reached an agreement with him"
        whole = named_counterparts(ctx, sentence, sentence.start, sentence.end, noun)
        counterparts = [c for c in whole if c[0] != korean_side]
    if (
        with_match is not None
        and with_match.label == "with"
        and not names_within(ctx, sentence, scope_start, scope_end)
        # "A병원 김 원장과 B항공 박 상무가": the heads marked, their bodies the subjects
        and not after_a_title(ctx, sentence, with_match)
    ):
        # "러시아를 대상 국가로 정하고, 지역 의료기관과 협의체를 꾸려": the marker points to a
        # counterpart it does not name; a name before the agreement is a party only where the
        # language marks it as one
        subject = marked_as_parties(ctx, sentence, noun.start, subject)
    joint_subjects = joined_home  # whether home bodies signed beside the subjects, all in one agreement
    if (
        subject
        and not unknown
        and not pointed_back
        and (
            with_match is None
            or not names_within(ctx, sentence, scope_start, scope_end)
            # "몽골 국립암센터는 새봄병원과 협약을 맺었다": "with" marks the Korean side itself, the
            # foreign subject is the counterpart (where the sentence places no one elsewhere)
            or (not counterparts and foreign_subject_only(ctx, sentence, subject))
        )
    ):
        # "Gyeonggi Province and the Bayanzurkh Telemedicine Center agreed on cooperation", "...
        # signed a memorandum on the treatment of children with cancer": without a "with" that
        # names a party, the parties are the subject; places after the noun say where or what about
        counterparts = subject
        if korean_side is not None and korean_side == home_place_opening(ctx, sentence, noun.start):
            # "대구시·계명대동산병원·대구관광재단은": the home bodies among the subjects too
            home = korean_bodies_named(ctx, sentence, sentence.start, noun.start, korean_side)
            told = {name for name, _ in counterparts}
            counterparts = counterparts + [h for h in home if h[0] not in told]
            joint_subjects = True
        elif (
            korean_side is not None
            and len(listed := home_subjects_listed(ctx, sentence, korean_side, noun.start)) > 1
        ):
            # "진흥원, 인천시, 몽골 보건부는 3자 협약을": the home bodies and places listed
            # before the foreign subject sign beside it, the first named leading
            korean_side, counterparts = _listed_home_first(listed, counterparts)
            joint_subjects = True
        if home_subjects_abroad(
            ctx, sentence, [korean_side, *(name for name, _ in counterparts)], noun.start
        ):
            # "A병원과 B도청은 베트남 다낭시를 방문해 … 협약을 맺었다": home bodies that went
            # abroad together signed there with someone the sentence leaves unnamed, not with
            # each other (as one home body that went alone signs with no one it names)
            return []
    if with_match is None and (beside := unknown_name_beside(ctx, sentence, korean_side, noun.start)):
        # "SNUBH and Rimac, a Peruvian insurer, signed a contract (in Lima)": a name the text does
        # not know beside the Korean side is the other subject; places say where
        counterparts = beside

    if with_match is not None and subject and (told_bodies := bodies_told_before(ctx, sentence, scope_start)):
        # "Johor's health department signed memoranda with the two hospitals": the bodies named
        # in the sentence before, one agreement with each, the subject the other side
        told_in, bodies = told_bodies
        implied = implied_country(ctx, sentence)
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
        counterparts = counterpart_of_a_country(ctx, sentence, scope_start, scope_end)
    if not counterparts and with_match is None:
        # "Korea's health ministry and its Emirati counterpart signed an agreement"
        counterparts = counterpart_joined(ctx, sentence, noun.start)
    definite = with_match is not None and definite_party(ctx, scope_start, scope_end)
    # a counterpart pointed back to ("대표단과") is, as the party of an occasion told before, the
    # first one named there
    occasion = pointed_back or at_occasion_unnamed(ctx, sentence)
    if not counterparts and (told := parties_told_before(ctx, sentence, korean_side, definite, occasion)):
        # "After the meeting, both sides signed a memorandum": named in the sentences before
        korean_side, counterparts, told_in = told
        evidence.insert(0, told_in)
    if not counterparts and with_match is not None and korean_side is not None:
        # "The Mongolian health ministry ... It signed an agreement with Kyungpook National
        # University Hospital": the Korean side after "with", the subject told before the other
        counterparts = foreign_subject_told_before(ctx, sentence, noun.start, evidence, pointed=True)
    if not counterparts and with_match is not None:
        # "MOUs signed between Ulsan and the three counties of Hadong, Goseong and Namhae":
        # an agreement at home, with Korean places for partners
        counterparts = korean_places_named(ctx, sentence, with_match.end, scope_end, korean_side)
    if not counterparts and with_match is not None and with_match.label in ("with", "subjects", "members"):
        # "부산시는 부산관광공사와 업무협약을 체결했다", "고려대의료원과 KMI한국의학연구소는 업무협약을
        # 체결했다": Korean bodies marked as the counterpart or joined as the subjects, an
        # agreement at home (where the language labels its markers so)
        start, end = (scope_start, scope_end) if with_match.label == "with" else (sentence.start, noun.start)
        if with_match.label == "with":
            # the Korean side is named before its counterpart, not taken from among them
            korean_side = home_side_before(ctx, sentence, start)
        counterparts = korean_bodies_named(ctx, sentence, start, end, korean_side) if korean_side else []
        if not counterparts and korean_side and with_match.label == "subjects":
            # "대구시와 대구 새봄병원은 외국인 환자 유치 협약을": a home city or province joined
            # to the home body as the other subject
            counterparts = korean_places_named(ctx, sentence, start, end, korean_side, joined=True)
    if not counterparts and members and not ctx.language.founded_bodies_need_members:
        # "의료관광협의회를 발족했다", "출범한 한빛국제의료협의회는": a body founded where no founder
        # is named or counted is told by its name, which stands for them
        counterparts = founded_body_named(ctx, sentence, noun)
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
    if not counterparts and korean_side is not None and (after := partners_told_after(ctx, sentence)):
        # "X signed a referral agreement on April 10. Its partner is the Astana clinic."
        told_after, counterparts = after
        evidence.append(told_after)
    if not counterparts:
        return []
    if ctx.lexicon.matcher("partnerships", "national_parties").contains(sentence.text):
        # "a patient referral pact was signed between the two nations", "a bilateral
        # agreement to send patients from the UAE to Korea": Korea itself is the Korean side
        korean_side = korea_named(ctx, sentence) or korean_side
    if korean_side is not None and any(names_within_name(korean_side, name) for name, _ in counterparts):
        # "... has partnered with US-based Mayo Clinic" in an article mostly about Mayo Clinic:
        # no body is party to an agreement with itself, so the article's actor is no side here
        korean_side = None
    if (
        korean_side == ctx.main_actor
        and all(c in subject for c in counterparts)
        and not korean_named_in(ctx, sentence)
        and _foreign_only(None, counterparts)
        and not subject_left_out(ctx, sentence, noun.start)
    ):
        # "Iran and Kyrgyzstan signed three memoranda" in an article about a Korean body: the
        # article's actor is no side where the subjects are all of other countries and the
        # sentence names nothing Korean
        return []
    implied = implied_country(ctx, sentence)
    counted_after = counterparts is named_after or (bool(unknown) and counterparts is unknown)
    counterparts = [(name, country or implied) for name, country in counterparts]
    if _foreign_only(korean_side, counterparts) or _foreign_only(
        korean_side, [*foreign_subject(ctx, sentence, noun, counterparts), *counterparts]
    ):
        return []
    if korean_side is None:
        # "The agreement was signed ... during the state visit of Korean President Moon to
        # Kazakhstan", "when the intergovernmental agreement took effect": no Korean body named,
        # Korea itself is the Korean side where the sentence names it or says states are the parties
        korean_side = korea_as_side(ctx, sentence)
    if korean_side is not None and _only_a_destination(ctx, sentence, noun, korean_side):
        return []
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
        and one_sort(ctx, sentence, scope_start, scope_end, counterparts)
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
        else per_country(ctx, counterparts)
    )
    if with_match is not None and len(each := each_marked(ctx, sentence, with_match, implied)) > 1:
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
        dated = [(item_counterparts(ctx, sentence, s, e, noun, korean_side, implied), d) for s, e, d in items]
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
        country = run and (run.country or implied_country(ctx, sentence))
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


def _listed_home_first(
    listed: list[str], counterparts: list[tuple[str, str | None]]
) -> tuple[str, list[tuple[str, str | None]]]:
    """The first of the home subjects listed leads as the Korean side; the others sign beside it,
    home partners before the counterparts (once each)."""
    told = {name for name, _ in counterparts}
    return listed[0], [*((name, KOREA) for name in listed[1:] if name not in told), *counterparts]


def _foreign_only(korean_side: str | None, counterparts: list[tuple[str, str | None]]) -> bool:
    """ "Kazakhstan and Uzbekistan signed an MOU": both sides named, both foreign, is no Korean
    partnership. A single foreign counterpart with the Korean side unnamed ("The hospital signed
    an MOU with Bishkek City Clinic") still is one."""
    return (
        korean_side is None
        and len(counterparts) >= 2
        and all(country and country != KOREA for _, country in counterparts)
    )


def _with_pronoun(ctx: DocumentContext, start: int, end: int) -> bool:
    pronoun = ctx.lexicon.matcher("text", "object_pronouns").search(ctx.text, start, end)
    return pronoun is not None and not ctx.text[start : pronoun.start].strip()


def _tie_partners(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, noun: PhraseMatch
) -> list[tuple[str, str | None]]:
    """The partner a tie names after it: a name the text does not know, or the known ones; a
    country before a city only says where the city is ("러시아 노보시비르스크", "중국 B시")."""
    named = unknown_name(ctx, sentence, start, end) or named_counterparts(ctx, sentence, start, end, noun)
    if len(named) > 1 or not named:
        return [n for n in named if not _only_places(ctx, n[0], {PlaceKind.COUNTRY})] or named
    country = next((p for p in ctx.places(sentence) if start <= p.start and p.end < end), None)
    if named[0][1] and country is not None and country.place.kind == PlaceKind.COUNTRY:
        # "러시아 노보시비르스크": the city the gazetteer lacks, after its country
        after = unknown_name(ctx, sentence, skip_spaces(ctx, country.end), end)
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
                unknown_name(ctx, sentence, side_start, side_end)
                or named_counterparts(ctx, sentence, side_start, side_end, noun)
                or _side_from_its_place(ctx, sentence, side_start, side_end)
            )
            # a name of no stated country is a home body, on pages written at home and abroad alike
            foreign = [(name, country) for name, country in named if country not in (None, KOREA)]
            others += foreign
            home += [
                name
                for name, _ in korean_bodies_named(ctx, sentence, side_start, side_end, None)
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


def _draft(ctx: DocumentContext, sentences: list[Sentence], rule: str, fields: dict[str, Any]) -> RecordDraft:
    """A partnership read from ``sentences``: its own, and the one that named its parties."""
    return RecordDraft(RecordKind.PARTNERSHIP, rule, ctx.evidence(*sentences), ConfidenceLevel.CUED, fields)


def _only_a_destination(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, side: str) -> bool:
    """Whether the Korean side is a home place the sentence names only within what the agreement
    covers ("Two hospitals in Hanoi signed an agreement to send Vietnamese patients to Korea"):
    where the foreign parties send patients, not a party; the place told after a word of
    destination (``destination_prepositions``), not a venue ("signed in the presidential office in
    Seoul"). Where the sentence says states are the parties ("a bilateral agreement to send
    patients to Korea") Korea is one."""
    destinations = ctx.lexicon.section("partnerships")["destination_prepositions"]
    scope = ctx.language.agreement_scope(ctx, sentence, noun)
    if (
        not destinations
        or scope is None
        or ctx.lexicon.matcher("partnerships", "national_parties").contains(sentence.text)
        or any(side in o.name for o in ctx.organizations(sentence))
    ):
        return False
    start, end = scope
    mentions = [p for p in ctx.places(sentence) if p.place.is_korean and p.text == side]
    return bool(mentions) and all(
        start <= p.start and p.end <= end and _word_before(ctx, start, p.start) in destinations
        for p in mentions
    )


def _word_before(ctx: DocumentContext, start: int, position: int) -> str:
    """The last word between ``start`` and ``position``, lower-cased ("" where there is none)."""
    words = ctx.text[start:position].split()
    return words[-1].lower() if words else ""
