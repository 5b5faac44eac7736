"""Partnerships: contracts, MOUs, agreements and cooperation concluded with named parties.

A sentence yields a partnership when it names an agreement, says it was concluded (or is in
force: "in cooperation with"), is not merely an intention ("will pursue cooperation"), and names
the counterpart: an organisation or place, or a counted group ("18 foreign travel agencies"),
each counted group being a record of its own.
"""

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from extractors.context import DocumentContext
from extractors.lang.lexicon import Lexicon, PhraseMatch, holds_any, lowered_range, needles
from extractors.mentions.places import KOREA, PlaceKind
from extractors.records.drafts import RecordDraft
from extractors.records.other_countries import about_other_countries
from extractors.records.partnerships.bodies import founded_body
from extractors.records.partnerships.details import signing_date
from extractors.records.partnerships.korean_side import own_subject
from extractors.records.partnerships.other_sentences import next_sentence
from extractors.records.partnerships.parties import agreement_drafts, operator_drafts
from extractors.records.partnerships.signatories import signers_as_bodies
from extractors.text.sentences import Sentence
from models import ScopeLevel


@dataclass
class Candidate:
    """A partnership read from one sentence; ``exact_date`` when its date is a single day
    rather than the first day of a trip during which it was signed; ``aftermath`` when the
    sentence tells the agreement only as the time of what followed it, ``by_people`` when the
    counterpart it marks is a person by a title ("주지사와", "센터장(왼쪽)과")."""

    draft: RecordDraft
    exact_date: bool
    aftermath: bool = False
    by_people: bool = False

    @property
    def fields(self) -> dict[str, Any]:
        return self.draft.fields


def extract_partnerships(ctx: DocumentContext) -> list[RecordDraft]:
    found: list[Candidate] = []
    told_just_before = False  # whether the sentence before told a concluded agreement
    told_from = 0  # where the candidates of the sentence before start in ``found``
    unnamed_day: date | None = None  # the day of agreements the sentence before told unnamed
    for sentence in ctx.body_sentences:
        if told_just_before:
            _dated_by_its_ceremony(ctx, sentence, found[told_from:])
        before_from, told_from = told_from, len(found)
        told = False
        day, unnamed_day = unnamed_day, None
        nouns_end = sentence.start  # where the agreement told before in the sentence ends
        for noun in _agreement_nouns(ctx, sentence):
            if (told_again := _restates_one_told(ctx, sentence, noun, found)) is not None:
                # "… signed an MOU with X. It was signed by its director Dr Kim on …"
                _dated_again(ctx, sentence, noun, told_again)
                continue
            if found and _tells_its_contents(ctx, noun):
                continue  # "… 협정 내용은 ▲…", "업무협약 주요 내용은 아래와 같다": terms of one told
            signed_in = None  # the sentence after, where it tells this agreement's signing
            if (
                not _concluded(ctx, sentence, noun)
                and (signed_in := _signed_after(ctx, sentence, noun)) is None
            ):
                continue
            if _outside_domain(ctx, sentence, noun):
                continue
            if _stands_in(ctx, noun) and _formalised_later(ctx, sentence):
                continue  # "협력을 강화하기로 뜻을 모았다. 두 병원은 연내 협약을 맺는 방안을 검토하고 있다"
            if told_just_before and _states_terms(ctx, noun) and _points_back(ctx, sentence):
                continue  # "… MOU를 체결했다. 이 자리에서 양측은 …에 협력하기로 합의했다": its terms
            if found and _likened(ctx, noun):
                # "signed an MOU with A. It signed the same agreement with B": of the same kind
                noun = PhraseMatch(noun.start, noun.end, noun.text, found[-1].fields["kind"])
            exact = signing_date(ctx, sentence, noun)[1]
            drafts = [signers_as_bodies(ctx, sentence, d) for d in agreement_drafts(ctx, sentence, noun)]
            if signed_in is not None:
                exact = True
                drafts = [_signed_later(ctx, draft, sentence, signed_in, noun) for draft in drafts]
            drafts = [d for d in drafts if not _home_only_off_topic(ctx, sentence, d)]
            if len(found) > told_from:
                home = own_subject(ctx, sentence, nouns_end, noun.start)
                drafts = [_home_of_the_listed(draft, found[told_from:], home) for draft in drafts]
            nouns_end = noun.end
            after = ctx.language.patterns.partnerships.aftermath.match(ctx.text, noun.end) is not None
            people = after and _marks_people(ctx, sentence, noun)
            found.extend(Candidate(draft, exact, after, people) for draft in drafts)
            told = told or bool(drafts)
            if not drafts and exact:
                unnamed_day = signing_date(ctx, sentence, noun)[0]  # "지난 8일 두 건의 협약을 맺었다"
        if told:
            _named_after_general(found, before_from, told_from, day)
        if not told and before_from < told_from:
            _countries_of_the_parts(ctx, sentence, found[before_from:told_from])
        told_just_before = told
        if not told:
            found.extend(Candidate(draft, exact_date=False) for draft in operator_drafts(ctx, sentence))
    if found and about_other_countries(ctx):
        return []
    return [_with_acronyms(ctx, c.draft) for c in _merged(ctx, _told_elsewhere(found))]


def _restates_one_told(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, found: list[Candidate]
) -> Candidate | None:
    """The agreement told before that the sentence tells again: it opens on an agreement of that
    kind named by the definite article alone ("The MoU was signed by Dr Kim, director of …, and
    Mr Lee, …", "The contract, signed in Almaty on May 2, …") and marks no counterpart of its own
    by "with", so the names after its verb are the people who signed it, not other parties. The
    latest one of the kind is it. A language without articles never opens so."""
    told = next((c for c in reversed(found) if c.fields["kind"] == noun.label), None)
    if told is None:
        return None
    opening = ctx.text[sentence.start : noun.start].split()
    articles = {a.lower() for a in ctx.lexicon.section("grammar")["articles"]}
    if len(opening) != 1 or opening[0].lower() not in articles:
        return None
    marker = ctx.language.partner_marker(ctx, sentence, noun)
    return told if marker is None or marker.label != "with" else None


def _tells_its_contents(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether the agreement opens the topic of what it holds ("협정 내용은 ▲…", "업무협약 주요
    내용은 아래와 같다"): the sentence lists the terms of an agreement, and after one told on the
    page it is that one, not another whose parties the terms would name."""
    position = noun.end + 1 if ctx.text[noun.end : noun.end + 1] == " " else noun.end
    return ctx.lexicon.matcher("partnerships", "contents_topics").match(ctx.text, position) is not None


def _dated_again(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, told: Candidate) -> None:
    """The day the sentence telling an agreement again gives for its signing dates the agreement
    where its own sentence gave none, or gave only the first day of a trip."""
    day, exact = signing_date(ctx, sentence, noun)
    if day is not None and (told.fields["signed_date"] is None or (exact and not told.exact_date)):
        told.fields["signed_date"] = day
        told.exact_date = told.exact_date or exact


def _dated_by_its_ceremony(ctx: DocumentContext, sentence: Sentence, told: list[Candidate]) -> None:
    """ "…와 협약을 맺었다. 협약식은 지난 7일 …에서 열렸다": a sentence that opens on the
    ceremony of the agreements told just before (``told``) dates those its own sentence did not;
    one that opens on the agreement itself and says when it was concluded ("…맺었다고 15일
    밝혔다. 협약은 지난 12일 …에서 체결됐다") dates them, whatever day their own sentence gave
    (the day the news was told); so does one that restates the agreement as signed ("Under the
    memorandum, signed on …")."""
    lexicon = ctx.lexicon
    ceremony = lexicon.matcher("partnerships", "ceremony_topics").match(
        ctx.text, sentence.start, sentence.end
    )
    agreement = lexicon.matcher("partnerships", "agreement_topics").match(
        ctx.text, sentence.start, sentence.end
    )
    if ceremony is None and agreement is None and not _restated_as_signed(ctx, sentence):
        return
    day = next((d for d in ctx.dates(sentence) if d.last is None), None)
    if day is None:
        return
    # "협약은 지난 12일 … 체결됐다": the day it says the agreement was concluded
    signed = agreement is not None and lexicon.matcher("partnerships", "concluded").contains(sentence.text)
    for candidate in told:
        if candidate.fields["signed_date"] is None or signed:
            candidate.fields["signed_date"] = day.first


RESTATED_NOUN_CHARS = 40  # "Under the memorandum,": how far in a noun that points back opens it
_BEFORE_PARTICIPLE = re.compile(r"\s*,?\s*")


def _restated_as_signed(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "… signed an MOU with X. Under the memorandum, signed on March 4, the two …": a sentence
    that opens by pointing back to an agreement and says at once when it was signed dates the
    one told just before (its own verb may be an intention about what the agreement brings)."""
    noun = _agreement_noun(ctx, sentence, sentence.start)
    if noun is None or noun.start - sentence.start > RESTATED_NOUN_CHARS:
        return False
    if not _refers_back(ctx, sentence, noun):
        return False
    position = _BEFORE_PARTICIPLE.match(ctx.text, noun.end).end()
    relative = ctx.lexicon.matcher("partnerships", "participle_relatives").match(
        ctx.text, position, sentence.end
    )
    if relative is not None:
        position = _BEFORE_PARTICIPLE.match(ctx.text, relative.end).end()
    return (
        ctx.lexicon.matcher("partnerships", "participles").match(ctx.text, position, sentence.end) is not None
    )


def _countries_of_the_parts(ctx: DocumentContext, sentence: Sentence, told: list[Candidate]) -> None:
    """ "해외 기관 5곳과 협약을 맺었다. 이 가운데 3곳은 러시아, 2곳은 몽골 기관이다": a sentence
    that opens on the parts of what the sentence before told (``partitive_openings``) gives the
    countries of its counted groups, where their own sentence named none abroad."""
    groups = [c for c in told if c.fields.get("partner_count") and set(c.fields["countries"]) <= {KOREA}]
    openings = ctx.lexicon.matcher("partnerships", "partitive_openings")
    if not groups or openings.match(ctx.text, sentence.start) is None:
        return
    countries = [p.place.country for p in ctx.places(sentence) if p.place.country and not p.place.is_korean]
    for group in groups:
        group.fields["countries"] = list(dict.fromkeys([*group.fields["countries"], *countries]))


def _home_only_off_topic(ctx: DocumentContext, sentence: Sentence, draft: RecordDraft) -> bool:
    """Whether an agreement between home bodies only, each named and known as Korean (whatever
    countries its purpose names: "teamed up to train surgeons in Ghana"), says nothing of
    patients from abroad or of travel (no word of ``home_only_topics`` in its
    sentence or the sentences beside it): "서울시는 서울대병원과 감염병 대응 협약을 맺었다" on a page about medical tourism
    is not about it; "대구시는 지역 병원 10곳과 외국인 환자 유치 협약을 맺었다" is. A language
    without the list keeps them all."""
    if not ctx.lexicon.section("partnerships")["home_only_topics"]:
        return False
    parties = draft.fields["parties"]
    if draft.fields.get("partner_count") or len(parties) < 2:
        return False
    organizations = ctx.organizations(sentence)
    korean = {o.name for o in organizations if o.is_korean}
    korean |= {p.text for p in ctx.places(sentence) if p.place.is_korean}
    # a body of another country, or of none known, read into a home name ("Songdo Hospital of
    # Ulaanbaatar" holds the home place "Songdo"): the party is that body, not a home one
    other = {o.name for o in organizations if not o.is_korean}
    if not all(_named_within(party, korean) and not _named_within(party, other) for party in parties):
        return False
    topics = ctx.lexicon.matcher("partnerships", "home_only_topics")
    # its paragraph: the sentence and those right before and after it ("대구시가 외국인 환자
    # 유치에 힘을 모은다. 시는 경북대병원과 업무협약을 맺었다")
    index = sentence.index
    around = ctx.sentences[max(0, index - 1) : index + 2]
    return not any(topics.contains(s.text) for s in around)


def _named_within(party: str, names: set[str]) -> bool:
    """Whether the party is one of the names, told in full or in part."""
    return any(party in name or name in party for name in names)


def _home_of_the_listed(draft: RecordDraft, before: list[Candidate], own: str | None) -> RecordDraft:
    """An agreement listed after others of its sentence under one verb: its clause's own subject
    (``own``: "대구시는 A와 협약을, 진흥원은 B와 계약을 맺었다") is its side; without one, where its
    side was read as a counterpart of those before ("A와는 …계약을, B와는 …협약을 체결했다"), their
    side is, for no counterpart of one is the side of the next."""
    parties = draft.fields["parties"]
    counterparts = {p for c in before for p in c.fields["parties"][1:]}
    if not parties or (own is None and parties[0] not in counterparts):
        return draft
    home = own or before[-1].fields["parties"][0]
    fields = {**draft.fields, "parties": [home, *(p for p in parties[1:] if p != home)]}
    return replace(draft, fields=fields)


def _named_after_general(found: list[Candidate], before_from: int, told_from: int, day: date | None) -> None:
    """The agreements the sentence just told (``found[told_from:]``) after a sentence that told
    them in general: unnamed on a day ("지난 8일 두 건의 협약을 맺었다. A와는 …을, B와는 …을
    체결했다": ``day``), which dates those of no date of their own, or as a counted group whose
    count they are ("해외 의료기관 두 곳과 협약을 맺었다. 지난 4일에는 A와, 8일에는 B와 …"), which
    they name, and which is then no record of its own."""
    told = found[told_from:]
    if day is not None:
        for candidate in told:
            if candidate.fields["signed_date"] is None:
                candidate.fields["signed_date"] = day
    general = found[before_from:told_from]
    if len(general) != 1 or any(c.fields.get("partner_count") for c in told):
        return
    count = general[0].fields.get("partner_count")
    if count is not None and count == len(told) > 1:
        del found[before_from]


def _stands_in(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether the agreement is told only by a verb standing for one ("손잡았다", "뜻을 모았다")."""
    return ctx.lexicon.matcher("partnerships", "stand_in_kinds").spans(ctx.text, noun.start, noun.end)


def _formalised_later(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence after says the parties told before (양측은, 두 병원은) are yet to
    conclude an agreement ("연내 협약을 맺는 방안을 검토하고 있다"): the verb that stood for one
    told a will to work together, not an agreement."""
    following = next_sentence(ctx, sentence)
    lexicon = ctx.lexicon
    if following is None or not lexicon.matcher("partnerships", "party_anaphors").contains(following.text):
        return False
    noun = lexicon.matcher("partnerships", "kinds").search(ctx.text, following.start, following.end)
    return noun is not None and not _stands_in(ctx, noun) and _intended(ctx, following, noun)


def _signed_after(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> Sentence | None:
    """The sentence right after an agreement told without a verb of concluding ("drew up a
    contract with X") that tells it signed, pointing back to it ("Both sides put their
    signatures to it on March 6"), where neither sentence only intends it or calls it off."""
    lexicon = ctx.lexicon
    following = next_sentence(ctx, sentence)
    if following is None or not lexicon.matcher("partnerships", "signed_it").contains(following.text):
        return None  # nearly every sentence: one substring test of the next
    called_off = lexicon.matcher("partnerships", "called_off")
    if _intended(ctx, sentence, noun) or called_off.contains(sentence.text):
        return None
    if lexicon.matcher("partnerships", "intentions").contains(following.text) or called_off.contains(
        following.text
    ):
        return None
    return following


def _signed_later(
    ctx: DocumentContext, draft: RecordDraft, sentence: Sentence, signed_in: Sentence, noun: PhraseMatch
) -> RecordDraft:
    """The agreement told in ``sentence`` as signed in the sentence after: dated by that one,
    and read from both."""
    day = signing_date(ctx, signed_in, noun)[0]
    fields = {**draft.fields, "signed_date": day or draft.fields.get("signed_date")}
    return replace(draft, evidence=ctx.evidence(sentence, signed_in), fields=fields)


def _told_elsewhere(found: list[Candidate]) -> list[Candidate]:
    """Without the agreements told only as the time of what followed them ("협약체결 이후
    건강검진을 받았다", a photo caption's "협약식 이후 기념사진을 촬영하고 있다") that another
    sentence tells with counterparts of the same countries: that sentence names the parties.
    The later one is the same agreement where it names one of that sentence's parties, or
    names people (주지사와 관계자들은), not parties. One with a counterpart of its own ("지난해
    X와 협약을 맺은 이후 …") is an agreement of its own and stays."""
    told = [c for c in found if not c.aftermath]
    return [c for c in found if not c.aftermath or not any(_same_told(c, other) for other in told)]


def _same_told(after: Candidate, other: Candidate) -> bool:
    """Whether an agreement told as the time of what followed is ``other``: the same countries,
    and people for its counterpart or a counterpart named in ``other`` (one name within the
    other: "헨티 주" and "헨티")."""
    if not set(after.fields["countries"]) <= set(other.fields["countries"]):
        return False
    named = [p for p in other.fields["parties"] if p]
    return after.by_people or any(a in b or b in a for a in after.fields["parties"][1:] if a for b in named)


def _marks_people(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the particle marking the counterpart follows a person's title, a bracket after
    it included ("국제진료센터장(왼쪽)과", "주지사와"): people who signed or attended."""
    marker = ctx.language.partner_marker(ctx, sentence, noun)
    if marker is None or marker.label != "with":
        return False
    before = re.sub(r"\([^)]*\)$", "", ctx.text[sentence.start : marker.start].rstrip())
    titles = ctx.lexicon.matcher("partnerships", "person_titles")
    return any(t.end == len(before) for t in titles.finditer(before))


def _with_acronyms(ctx: DocumentContext, draft: RecordDraft) -> RecordDraft:
    """Each party under its name and the acronym the article gave it, read as one name: an
    analyst searching "KOICA" finds "Korea International Cooperation Agency (KOICA)"."""
    parties = [ctx.named_with_acronym(party) for party in draft.fields["parties"]]
    return replace(draft, fields={**draft.fields, "parties": parties})


def _spelt_out(ctx: DocumentContext, parties: list[str], told: list[str]) -> list[str]:
    """``parties`` with each acronym that another mention of the agreement ``told`` spelt out
    ("OU" told before as "Osaka University") under that name."""
    names = {body.name: acronym for acronym, body in ctx.acronyms.items() if body.name in told}
    spelt = {acronym: name for name, acronym in names.items()}
    return [spelt.get(party, party) for party in parties]


def _likened(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether a word right before the agreement likens it to one told before ("the same
    agreement"), or a pronoun stands for it ("added one with"): another agreement of that
    one's kind, whatever noun names it."""
    if ctx.lexicon.matcher("partnerships", "pro_forms").spans(ctx.text, noun.start, noun.end):
        return True
    likeness = ctx.lexicon.matcher("partnerships", "likeness_words")
    before = ctx.text[max(0, noun.start - LIKENESS_CHARS) : noun.start]
    return any(not before[m.end :].strip() for m in likeness.finditer(before))


LIKENESS_CHARS = 12  # "the same ", "that same "


def _states_terms(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether the agreement is told by a verb of agreeing on what to do ("협력하기로 합의했다"),
    which after an agreement told before says what was settled in it."""
    return ctx.lexicon.matcher("partnerships", "terms_verbs").spans(ctx.text, noun.start, noun.end)


def _points_back(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence sets itself at the occasion told before ("이 자리에서", "이날") or
    names the parties told before ("양측은")."""
    return ctx.lexicon.matcher("dates", "occasion_phrases").contains(sentence.text) or ctx.lexicon.matcher(
        "partnerships", "party_anaphors"
    ).contains(sentence.text)


def _agreement_nouns(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """The agreements a sentence tells of: its first agreement noun that does not point back to
    one told before ("해당 협약은 … 칭다오시와 업무협약을 맺었다": the second) and that no intention
    governs, and after it each one
    listed after the one before, with its own counterpart marked ("A와 …협약을, B와 …협약을
    각각 체결했다")."""
    nouns: list[PhraseMatch] = []
    if not _may_name_an_agreement(ctx, sentence):
        return nouns
    position = sentence.start
    pointed_back = False
    intended = False  # whether an intended noun was passed over
    while (noun := _agreement_noun(ctx, sentence, position)) is not None:
        position = noun.end
        if _refers_back(ctx, sentence, noun):
            pointed_back = True
            continue
        if not nouns and (
            _intended(ctx, sentence, noun)
            or (
                intended
                and not _concluded_near(ctx, sentence, noun)
                and not _named_in_force(ctx, sentence, noun)
            )
            # "협약을 맺기로 뜻을 모았다": the verb standing for an agreement is the decision
            or (
                intended
                and ctx.lexicon.matcher("partnerships", "stand_in_kinds").spans(
                    ctx.text, noun.start, noun.end
                )
            )
        ):
            # "proposed to widen exchange programmes under the MOU the ministries signed last
            # year": an intended first noun tells no agreement, and leaves the sentence to one
            # after it that a verb of concluding right beside tells (its own intention stretch
            # still judges it)
            intended = True
            continue
        if pointed_back and _states_terms(ctx, noun):
            continue  # "이번 협약은 … 협력하기로 합의했다": what the agreement told before settled
        if pointed_back and noun.label in _LOOSE_KINDS and not _is_tie(ctx, noun):
            # "이번 협약을 위해 A병원은 B·C병원과 컨소시엄을 구성했다", "through this MOU the two
            # will build a partnership": the working together the agreement told before
            # sets up or belongs to, not another agreement
            continue
        if nouns and not (_is_tie(ctx, nouns[-1]) or _listed_after(ctx, sentence, nouns[-1], noun)):
            # "자매도시 X에서 Y와 계약을 맺었다": an agreement after a tie has a counterpart of its own
            if _follows_up(ctx, sentence, nouns[-1], noun):
                nouns[-1] = PhraseMatch(nouns[-1].start, nouns[-1].end, nouns[-1].text, noun.label)
            break
        nouns.append(noun)
    return nouns


def _named_in_force(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "discussed ties between the two countries, and the agreement between A and B": an
    agreement named by its own parties exists whatever was intended about the noun before it
    (its own intention stretch still judges it)."""
    return ctx.language.named_in_force(ctx, sentence, noun)


# a memorandum, then the contract it led to: the kinds a later agreement with the same counterpart
# makes binding
_FOLLOWED_UP = {("mou", "contract")}


def _follows_up(ctx: DocumentContext, sentence: Sentence, before: PhraseMatch, noun: PhraseMatch) -> bool:
    """Whether ``noun`` is the contract that the memorandum ``before`` led to, concluded with the
    same counterpart ("A와 양해각서를 체결하고 이후 정식으로 계약했다"): it names no counterpart of
    its own, and the agreement is then of the more binding kind."""
    if (before.label, noun.label) not in _FOLLOWED_UP or not _concluded_near(ctx, sentence, noun):
        return False
    marker = ctx.language.partner_marker(ctx, sentence, noun)
    first = ctx.language.partner_marker(ctx, sentence, before)
    # the counterpart the memorandum's marker names, or none of its own
    return marker is None or marker.label == "subjects" or (first is not None and marker.start == first.start)


# the phrase lists one of which names an agreement (``_agreement_noun``)
_AGREEMENT_LISTS = ("kinds", "founded_bodies", "tie_nouns")


def _may_name_an_agreement(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence may hold an agreement noun, a founded body or a tie: three in four
    generated English sentences hold none of their words, which a substring test each tells at
    less cost than the scans of the three lists."""
    lists = _agreement_words(ctx.lexicon)
    if lists is None:
        return True
    lowered = lowered_range(ctx.text, sentence.start, sentence.end)
    return any(holds_any(lowered, words) for words in lists)


@cache
def _agreement_words(lexicon: Lexicon) -> tuple[tuple[str, ...], ...] | None:
    """For each list that names agreements, a word each of its phrases holds (``needles``); a
    list a language leaves empty finds nothing, and is left out. None where a list's words rule
    nothing out (another script): then no sentence is passed over."""
    section = lexicon.section("partnerships")
    lists = tuple(needles(section[key]) for key in _AGREEMENT_LISTS if section[key])
    return None if not all(lists) else lists


def _is_tie(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether the agreement is a tie named by its relation ("sister city", "결연관계")."""
    return ctx.lexicon.matcher("partnerships", "tie_nouns").spans(ctx.text, noun.start, noun.end)


def _listed_after(ctx: DocumentContext, sentence: Sentence, before: PhraseMatch, noun: PhraseMatch) -> bool:
    """Whether ``noun`` is another agreement after ``before``, with a counterpart of its own
    marked after the comma that parts them: listed under one verb ("A와 …협약을, B와 …협약을
    각각 체결했다"), or in a clause of its own after the verb that concluded the first ("A와 MOU를
    체결했으며, B와도 협약을 맺었다", "A와 협약을 맺은 데 이어 B와도 …")."""
    verb = ctx.lexicon.matcher("partnerships", "concluded").search(ctx.text, before.end, noun.start)
    parting = ctx.text.find(",", verb.end if verb is not None else before.end, noun.start)
    if parting < 0 and verb is not None:
        # "A와 협약을 맺은 데 이어 B와도 협약을 체결했다": a word of sequence parts them as a comma does
        joint = ctx.lexicon.matcher("partnerships", "sequence_joints").search(ctx.text, verb.end, noun.start)
        parting = joint.end if joint is not None else -1
    if parting < 0 and verb is None and (joint := _joint_before(ctx, before, noun)) is not None:
        parting = joint  # "signed an MOU with A and a referral contract with B"
    if parting < 0:
        return False  # "…를 체결하는 등 A와 B 간의 협약도": no clause of its own
    marker = ctx.language.partner_marker(ctx, sentence, noun)
    return marker is not None and marker.label == "with" and marker.start > parting


JOINT_MODIFIERS = 2  # "and a patient referral contract": words of the noun after the article


def _joint_before(ctx: DocumentContext, before: PhraseMatch, noun: PhraseMatch) -> int | None:
    """Where the "and" right before ``noun`` starts, where only an article and a modifier or two
    in small letters stand between: the noun opens another agreement of the verb that concluded
    ``before`` ("signed an MOU with A and a contract with B"; never in a script without case)."""
    joints = list(ctx.lexicon.matcher("grammar", "conjunctions").finditer(ctx.text, before.end, noun.start))
    if not joints:
        return None
    joint = joints[-1]
    grammar = ctx.lexicon.section("grammar")
    articles = {*grammar["articles"], *grammar["indefinite_articles"]}
    words = ctx.text[joint.end : noun.start].split()
    if words and words[0].lower() in articles:
        words = words[1:]
    fits = len(words) <= JOINT_MODIFIERS and all(w.isalpha() and w.islower() for w in words)
    return joint.start if fits else None


def _agreement_noun(ctx: DocumentContext, sentence: Sentence, start: int) -> PhraseMatch | None:
    """The first agreement noun of the sentence from ``start``, read to its head: in "cooperation
    agreement" the agreement, in "business agreement (MOU)" the MOU that the brackets say it is;
    or a body founded by the parties together, where it comes first."""
    kinds = ctx.lexicon.matcher("partnerships", "kinds")
    noun = kinds.search(ctx.text, start, sentence.end)
    body = founded_body(ctx, sentence, start)
    if body is not None and (noun is None or body.start <= noun.start):
        return body
    tie = ctx.lexicon.matcher("partnerships", "tie_nouns").search(ctx.text, start, sentence.end)
    if tie is not None and (noun is None or tie.start <= noun.start):
        return tie  # "its sister city X", "결연관계인 X병원": a tie in force, named by its relation
    not_kinds = ctx.lexicon.matcher("partnerships", "not_kinds")
    names = ctx.organizations(sentence)
    while noun is not None and (
        # "a great deal of experience", "exchange and cooperation activities": a phrase that
        # holds the noun but names no agreement
        any(
            m.start <= noun.start and noun.end <= m.end
            for m in not_kinds.finditer(
                ctx.text, sentence.start, min(sentence.end, noun.end + NOT_KIND_REACH)
            )
        )
        # "the Organisation for Economic Co-operation and Development": a word of a name
        or any(o.start <= noun.start and noun.end <= o.end for o in names)
        or _word_of_a_title(ctx, sentence, noun)
    ):
        noun = kinds.search(ctx.text, noun.end, sentence.end)  # "a great deal of experience"
    while noun is not None:
        following = kinds.search(ctx.text, noun.end, sentence.end)
        if following is None or not re.fullmatch(r"\s*\(?\s*", ctx.text[noun.end : following.start]):
            break
        noun = PhraseMatch(noun.start, following.end, ctx.text[noun.start : following.end], following.label)
    return _named_after_stand_in(ctx, sentence, noun)


def _named_after_stand_in(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch | None
) -> PhraseMatch | None:
    """The agreement a verb standing for one concluded names after it ("X와 손잡고 … MOU를
    맺었다": the MOU, not a cooperation): the verb tells that it was concluded, the noun what."""
    stand_ins = ctx.lexicon.matcher("partnerships", "stand_in_kinds")
    if noun is None or not stand_ins.spans(ctx.text, noun.start, noun.end):
        return noun
    named = ctx.lexicon.matcher("partnerships", "kinds").search(ctx.text, noun.end, sentence.end)
    return named if named is not None and not stand_ins.spans(ctx.text, named.start, named.end) else noun


NOT_KIND_REACH = 40  # how far past an agreement noun a phrase that names none may go on


def _word_of_a_title(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "the Korea-Uzbekistan Health Cooperation Forum": an agreement noun written with a capital
    and followed by another capitalised word, neither an agreement noun ("Cooperation
    Agreement"), a function word (a headline's "Agreement With") nor a date, is a word of a
    name, not an agreement (in a script without capitals, never)."""
    if not noun.text[:1].isupper() or noun.text.isupper():
        return False
    after = re.compile(r"\s+(\S+)").match(ctx.text, noun.end, sentence.end)
    if after is None or not after[1][:1].isupper() or after[1].isupper():
        return False
    function_words = ctx.lexicon.lowered_words("text", "function_words")
    if after[1].lower() in function_words or ctx.lexicon.matcher("partnerships", "kinds").match(
        ctx.text, after.start(1)
    ):
        return False
    return not any(d.start == after.start(1) for d in ctx.dates(sentence))


def _refers_back(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "through this MOU, we will ...": a demonstrative points to an agreement told before. A
    verb of concluding before it that names its counterpart ("몽골외과의사협회와 지난해 체결한
    업무협약을 계기로") tells an agreement in force, told here if not before: a record (the same
    one told twice merges)."""
    demonstratives = ctx.lexicon.matcher("partnerships", "demonstratives")
    before = ctx.text[max(0, noun.start - 12) : noun.start]
    pointing = [m for m in demonstratives.finditer(before) if not before[m.end :].strip()]
    if not pointing or ctx.language.named_in_force(ctx, sentence, noun):
        # "under the health agreement between Korea and Peru": it names its own parties
        return False
    if _likened(ctx, noun):
        # "also signed the same agreement with a clinic in Hue": another agreement like the one
        # told before, with a counterpart of its own
        marker = ctx.language.partner_marker(ctx, sentence, noun)
        return marker is None or marker.label != "with"
    concluded = ctx.lexicon.matcher("partnerships", "concluded")
    if all(concluded.contains(m.text) for m in pointing):
        marker = ctx.language.partner_marker(ctx, sentence, noun)
        return marker is None or marker.label != "with"
    return True


def _merged(ctx: DocumentContext, found: list[Candidate]) -> list[Candidate]:
    """One record per agreement: the same MOU told in the lead and again in the body, or told
    once in general ("signed agreements in Kazakhstan") and then with its counterpart named,
    is one partnership. The mention that says most stands for it; a single-day date beats
    the first day of a trip."""
    kept: list[Candidate] = []
    named = [
        c
        for c in found
        if c.fields.get("partner_count")
        or not (_only_places(ctx, c.fields) or _described_only(ctx, c.fields))
        or _between_states(ctx, c.fields)
        # "자매도시 하바롭스크": a tie's partner city is the partner, no place it was signed in
        or c.draft.rule == "partnerships.tie"
    ]
    for candidate in found:
        # "an MOU with Darkhan in 2021 and with the Health Development Center in 2023": a place
        # its own sentence parts from a body as another counterpart is no general mention of it
        cities = _foreign_cities(ctx, candidate.fields)
        detailed = [
            n
            for n in named
            if set(candidate.fields["countries"]) <= set(n.fields["countries"])
            and n.draft.evidence != candidate.draft.evidence
            # "헨티 주와는 … 협약" after an agreement with 우문고비: another province, another one
            and not (cities and (other := _foreign_cities(ctx, n.fields)) and not cities & other)
        ]
        if candidate not in named and detailed:
            # "signed agreements in Kazakhstan", "the document was signed on 11 September in
            # Astana": told in detail elsewhere; its own day dates the detailed one
            if candidate.exact_date and detailed[0].fields["signed_date"] is None:
                detailed[0].fields["signed_date"] = candidate.fields["signed_date"]
                detailed[0].exact_date = True
            continue
        same = next((k for k in kept if _same_agreement(ctx, k.fields, candidate.fields)), None)
        if same is None:
            kept.append(candidate)
            continue
        richer, poorer = (candidate, same) if _detail(candidate) > _detail(same) else (same, candidate)
        dated = max((same, candidate), key=lambda c: (c.fields["signed_date"] is not None, c.exact_date))
        merged = {k: v if v not in (None, []) else poorer.fields[k] for k, v in richer.fields.items()}
        merged["signed_date"] = dated.fields["signed_date"]
        if merged.get("kind") in _LOOSE_KINDS and poorer.fields.get("kind") not in (None, *_LOOSE_KINDS):
            merged["kind"] = poorer.fields["kind"]  # "the partnership", told again as the MOU signed
        merged["parties"] = _named_home(
            ctx, _spelt_out(ctx, merged["parties"], poorer.fields["parties"]), poorer
        )
        kept[kept.index(same)] = Candidate(replace(richer.draft, fields=merged), dated.exact_date)
    return kept


# Kinds that name working together but no instrument: the same agreement told elsewhere as a
# contract, an MOU or an agreement is of that kind
_LOOSE_KINDS = ("cooperation", "exchange")


def _named_home(ctx: DocumentContext, parties: list[str], other: Candidate) -> list[str]:
    """``parties`` with the Korean side the other mention names where theirs only describes it
    ("South Korea organizations" in a headline, "Korea University Anam Hospital" in the body)."""
    home = other.fields["parties"][0] if other.fields["parties"] else None
    if not parties or not home or not _described_only(ctx, {"parties": [None, parties[0]]}):
        return parties
    if _described_only(ctx, {"parties": [None, home]}) or _only_places(ctx, {"parties": [None, home]}):
        return parties
    return [home, *(p for p in parties[1:] if p != home)]


def _detail(candidate: Candidate) -> int:
    return sum(1 for value in candidate.fields.values() if value not in (None, []))


def _same_agreement(ctx: DocumentContext, one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Counted groups are the same when their counts are; an agreement between states is not
    one of a body with the same counterpart; named counterparts are the same when the words of
    one's are all among the other's ("Ministry of Health of Mongolia" and "Mongolia Ministry of
    Health")."""
    if one.get("partner_count") or other.get("partner_count"):
        return one.get("partner_count") == other.get("partner_count")
    if _same_sides(ctx, one, other):
        return True  # "A와 B는 협약을 체결했다", then "B 원장과 A 대표는 … 협약을 맺었다": told the other way round
    if _other_home_sides(ctx, one, other):
        return False
    cities = [_foreign_cities(ctx, r) for r in (one, other)]
    if all(cities) and not cities[0] & cities[1]:
        return False  # "우문고비 주와 협약", "헨티 주와는 지난 9월 협약": two provinces, two agreements
    if _between_states(ctx, one) != _between_states(ctx, other):
        # "한국과 우즈벡은 … MOU", "힘찬병원은 … 우즈벡 정부와 협약": a state's and a hospital's are
        # two; the state's ministry signing it ("한국이 베트남과 MOU", "보건복지부 장관 … 서명") is one
        body = other if _between_states(ctx, one) else one
        if ctx.language.scope_level(body["parties"][0]) != ScopeLevel.NATIONAL:
            return False
    words = [_counterpart_words(ctx, r) for r in (one, other)]
    held = _names_held(ctx, one, other) or _names_held(ctx, other, one)  # "주한몽골대사관", "몽골대사관"
    if not held and not (words[0] and words[1] and (words[0] <= words[1] or words[1] <= words[0])):
        # the same names, a country written two ways ("우즈벡 보건부", "우즈베키스탄 보건부")
        coded = [
            (_counterpart_words(ctx, r, places_as_countries=True), _counterpart_countries(ctx, r))
            for r in (one, other)
        ]
        # "Viet Nam", "Vietnam": a country alone, written two ways, is the same counterpart
        return bool(coded[0][1]) and coded[0] == coded[1]
    # "an agreement with the ministry", then "a three-party agreement between a hospital, the
    # ministry and us": an organisation named besides makes it another agreement; one whose name
    # holds or is held by a known one's ("주한몽골대사관", "몽골대사관") is no other
    fewer, more = sorted((one, other), key=lambda r: len(r["parties"]))
    known = _counterpart_words(ctx, fewer)
    return not any(
        not _only_places(ctx, {"parties": [None, party]})
        and not known & _counterpart_words(ctx, {"parties": [None, party]})
        and not _names_held(ctx, {"parties": [None, party]}, fewer)
        and not _names_held(ctx, fewer, {"parties": [None, party]})
        for party in more["parties"][1:]
    )


def _same_sides(ctx: DocumentContext, one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two records name the same parties, whichever side each names first: an agreement
    told again with its parties in the other order is the same one."""
    sides = [{_unspaced(ctx, p) for p in r["parties"] if p} for r in (one, other)]
    return len(sides[0]) > 1 and sides[0] == sides[1]


def _unspaced(ctx: DocumentContext, name: str) -> str:
    """A name written as one word: one body's name is written with or without spaces ("두바이
    보건청", "두바이보건청"), or with the link that joins a place to the body it seats ("아부다비의
    보건청")."""
    links = ctx.lexicon.section("partnerships")["seat_links"]
    *inner, last = name.split() or [""]
    return "".join([*(_without_link(word, links) for word in inner), last])


def _without_link(word: str, links: list[str]) -> str:
    """The word without the link that ends it ("아부다비의" → "아부다비"), if one does."""
    return next((word[: -len(k)] for k in links if word.endswith(k) and len(word) > len(k)), word)


def _names_held(ctx: DocumentContext, one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether every counterpart name of ``one`` stands inside one of ``other``'s: a name written
    as one word, shorter ("몽골대사관" in "주한몽골대사관")."""
    names = [_unspaced(ctx, n) for n in one["parties"][1:] if n]
    held = [_unspaced(ctx, h) for h in other["parties"][1:] if h]
    return bool(names) and all(any(name in h for h in held) for name in names)


def _other_home_sides(ctx: DocumentContext, one: dict[str, Any], other: dict[str, Any]) -> bool:
    """ "signed memoranda with the two hospitals": the same counterpart's agreements with two
    Korean organisations named apart are two; a side named once in full and once in part
    ("Busan Bumin Hospital", "Bumin Hospital"), once as a place ("Korea", "Busan"), or once
    only described ("South Korea organizations"), may be one."""
    homes = [{"parties": [None, r["parties"][0]]} for r in (one, other) if r["parties"] and r["parties"][0]]
    if len(homes) < 2 or any(_only_places(ctx, home) or _described_only(ctx, home) for home in homes):
        # "South Korea organizations" in a headline: a side only described is any of its bodies
        return False
    short, full = sorted((home["parties"][1] for home in homes), key=len)
    if short in full:  # "보건복지부" and "복지부": a short form inside the full name
        return False
    if _one_operator(ctx, short, full):  # "한빛병원" and "한빛의료재단": the hospital and who runs it
        return False
    sides = [_counterpart_words(ctx, home) for home in homes]
    return all(sides) and not (sides[0] <= sides[1] or sides[1] <= sides[0])


def _one_operator(ctx: DocumentContext, one: str, other: str) -> bool:
    """Whether two home names are one stem under two heads of the language's ``operator_heads``
    ("한빛병원", "한빛의료재단"): a hospital and the foundation that runs it sign as one side, so
    the lead that names the hospital and the body that names the foundation tell one agreement."""
    heads = sorted(ctx.lexicon.section("partnerships")["operator_heads"], key=len, reverse=True)
    stems = [
        next((name[: -len(head)].replace(" ", "") for head in heads if name.endswith(head)), None)
        for name in (one, other)
    ]
    return stems[0] is not None and len(stems[0]) >= OPERATOR_STEM_CHARS and stems[0] == stems[1]


OPERATOR_STEM_CHARS = 2  # "한빛": a stem shorter than a word names no body of its own


WORD_STEM_CHARS = 6  # "minister" and "ministry", "hospital" and "hospitals" agree


def _counterpart_words(
    ctx: DocumentContext, record: dict[str, Any], places_as_countries: bool = False
) -> set[str]:
    """The words of the counterparts' names, each cut to its first letters so that a word and
    its derivative agree ("Minister of Health of Saudi Arabia" and "Ministry of Health of Saudi
    Arabia"); with ``places_as_countries`` without the countries they name, which are compared
    by their codes ("우즈벡 보건부" and "우즈베키스탄 보건부")."""
    function_words = ctx.lexicon.lowered_words("text", "function_words")
    name_word = ctx.language.patterns.partnerships.name_word
    return {
        w.lower()[:WORD_STEM_CHARS]
        for party in record["parties"][1:]
        # "OU" for "Osaka University (OU)": an acronym too short for a word stands for its name
        for named in [ctx.acronyms[party].name if party in ctx.acronyms else party]
        for word in name_word.findall(_places_as_countries(ctx, named) if places_as_countries else named)
        # "KRG Minister of Health" and "Kurdistan Regional Government (KRG)": an acronym the
        # article gave a name stands for the words of that name
        for w in (name_word.findall(ctx.acronyms[word].name) if word in ctx.acronyms else [word])
        if w.lower() not in function_words
    }


def _places_as_countries(ctx: DocumentContext, name: str) -> str:
    """The name without the countries it names, by name or by nationality (they are compared as
    codes: "Uzbek health ministry", "Ministry of Health of Uzbekistan")."""
    for place in reversed(ctx.places_in(name)):
        if place.place.kind in _COUNTRY_KINDS and place.place.country:
            name = f"{name[: place.start]} {name[place.end :]}"
    return name


def _counterpart_countries(ctx: DocumentContext, record: dict[str, Any]) -> set[str]:
    return {
        place.place.country
        for party in record["parties"][1:]
        for place in ctx.places_in(party)
        if place.place.kind in _COUNTRY_KINDS and place.place.country
    }


_COUNTRY_KINDS = {PlaceKind.COUNTRY, PlaceKind.DEMONYM}


def _only_places(ctx: DocumentContext, record: dict[str, Any]) -> bool:
    """Whether every counterpart is a bare place name ("Kazakhstan"), no organisation."""
    return all(
        any(p.start == 0 and p.end == len(party) for p in ctx.places_in(party))
        for party in record["parties"][1:]
    )


def _described_only(ctx: DocumentContext, record: dict[str, Any]) -> bool:
    """Whether every counterpart is only described, not named: its words past the places that
    open it are words that describe a body and nouns of a kind of body ("키르기스스탄 최대
    민간병원"). Another mention of the agreement with the counterpart named tells it in detail."""
    section = ctx.lexicon.section("partnerships")
    describing = {*section["describing_words"], *section["generic_nouns"]}
    if not section["generic_nouns"]:
        return False
    for party in record["parties"][1:]:
        places = ctx.places_in(party)
        start = max((p.end for p in places if not party[: p.start].strip()), default=0)
        words = party[start:].split()
        if not words or not all(word.lower() in describing for word in words):
            return False
    return len(record["parties"]) > 1


def _foreign_cities(ctx: DocumentContext, record: dict[str, Any]) -> set[str]:
    """The counterparts that are a foreign city or province alone, its unit included ("헨티 주",
    "Sakhalin")."""
    unit = ctx.language.patterns.partnerships.place_unit
    return {
        party
        for party in record["parties"][1:]
        if party
        and any(
            p.start == 0
            and (p.end == len(party) or unit.fullmatch(party, p.end))
            and p.place.kind == PlaceKind.CITY
            for p in ctx.places_in(party)
        )
    }


def _between_states(ctx: DocumentContext, record: dict[str, Any]) -> bool:
    """ "Korea" and "UAE": an agreement between states is one of its own, not a general mention
    of agreements signed somewhere."""
    first = record["parties"][0]
    return any(
        p.start == 0 and p.end == len(first) and p.place.kind == PlaceKind.COUNTRY
        for p in ctx.places_in(first)
    )


OUTSIDE_MODIFIER_CHARS = 25  # "a social security agreement": the subject word right before the noun


def _outside_domain(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the agreement concerns something outside care and travel: its sentence names a
    subject such as trade, energy or a water supply and no word of care or travel ("an MOU on
    trade and investment", "a loan deal for a sewer project"), or the agreement's own modifier
    names one ("signed a trade agreement and discussed medical cooperation": the care word
    belongs to another clause). An agreement on such a subject is no partnership even on a page
    about medical tourism; one that names health beside it is."""
    lexicon = ctx.lexicon
    subjects = lexicon.matcher("partnerships", "outside_subjects")
    if not subjects.contains(sentence.text):
        return False
    floor = max(sentence.start, noun.start - OUTSIDE_MODIFIER_CHARS)
    if any(not ctx.text[m.end : noun.start].strip() for m in subjects.finditer(ctx.text, floor, noun.start)):
        return True
    return not lexicon.matcher("markets", "care_context").contains(sentence.text)


def _concluded(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Concluded, and not only intended: an intention in the stretch the language lets govern
    the agreement ("will pursue cooperation", "업무협약을 체결할 예정") makes it no record."""
    lexicon = ctx.lexicon
    if _intended(ctx, sentence, noun):
        return False
    if lexicon.matcher("partnerships", "called_off").contains(sentence.text):
        return False  # "An MOU signing had been planned, but the trip was cancelled"
    if _is_tie(ctx, noun):
        return True  # "the city's sister city X": the relation named is one in force
    if lexicon.matcher("partnerships", "founded_bodies").match(ctx.text, noun.start, noun.end) and (
        ctx.language.founding_verb(ctx, sentence, noun) is not None
    ):
        return True  # "set up the Busan Care Council": the verb that founded the body concluded it
    if ctx.language.named_in_force(ctx, sentence, noun):
        return True  # "the partnership between A and B will let ...": named as one that exists
    return lexicon.matcher("partnerships", "concluded").contains(sentence.text)


def _intended(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether an intention governs the agreement: one in the stretch the language lets govern
    it ("will pursue cooperation", "업무협약을 체결할 예정"). A tie named by its relation is in
    force whatever the sentence goes on to plan ("결연관계인 A병원과 … 협의했다")."""
    if _is_tie(ctx, noun):
        return False
    start, end = ctx.language.intention_scope(ctx, sentence, noun)
    intentions = ctx.lexicon.matcher("partnerships", "intentions").finditer(ctx.text, start, end)
    return any(not _in_a_name(ctx, sentence, intention) for intention in intentions)


def _in_a_name(ctx: DocumentContext, sentence: Sentence, phrase: PhraseMatch) -> bool:
    """Whether a phrase is a word of an organisation's name: "Hope" in "Suwon Hope Hospital" or
    "Future" in "Busan Future Hospital" names a party, and intends nothing."""
    return any(org.start <= phrase.start and phrase.end <= org.end for org in ctx.organizations(sentence))


CONCLUDED_BEFORE_CHARS = 40  # "following the signing of an MOU", "newly signed a health MOU"
CONCLUDED_AFTER_CHARS = 60  # "an MOU on health cooperation revised and signed in May"


def _concluded_near(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether a verb of concluding stands right beside the agreement, a few words before or
    after it: it tells this agreement, not one intended earlier in the sentence."""
    start = max(sentence.start, noun.start - CONCLUDED_BEFORE_CHARS)
    end = min(sentence.end, noun.end + CONCLUDED_AFTER_CHARS)
    return ctx.lexicon.matcher("partnerships", "concluded").search(ctx.text, start, end) is not None
