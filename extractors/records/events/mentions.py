"""Event mentions: a sentence that names an event type and dates it or says it happened, with the
event's date and name.
"""

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.lexicon import Lexicon, PhraseMatch, holds_any, lowered_range, needles
from extractors.mentions.dates import DateMention
from extractors.mentions.places import KOREA, Place, PlaceKind
from extractors.records.events.details import (
    attendance,
    came_to,
    delegates_bodies,
    locate,
    organizers,
    relocate,
)
from extractors.records.events.shared import Mention
from extractors.spans import Span
from extractors.text.sentences import Sentence
from models import EventType

# a word glued by a hyphen makes a verb form part of a compound ("state-run"); so does a number
# right before make it a unit ("400,000 won")
_HYPHENATED = re.compile(r"(\w+)-$")
_CLAUSE_BREAK = re.compile(r"[,;:]")
_NOT_A_WORD = re.compile(r"[^\w\s-]")  # punctuation between a verb and its object


SIGNING_INTENTION_CHARS = 30  # an intention a few words before the signing verb governs it
PRESENCE_WINDOW_CHARS = 90  # a presence cue, an article and a name of up to a dozen words


def anaphoric_mention(ctx: DocumentContext, sentence: Sentence, before: list[Mention]) -> Mention | None:
    """ "The second was held in Ulaanbaatar on Sept. 6 and 7.": a dated sentence whose subject
    stands for an event of the kind told just before is an occurrence of that kind."""
    events = ctx.lexicon.matcher("events", "anaphoric_subjects")
    pronoun = ctx.lexicon.matcher("events", "anaphoric_pronouns").match(
        ctx.text, sentence.start, sentence.end
    )
    subject = events.match(ctx.text, sentence.start, sentence.end) or pronoun
    if not before or subject is None:
        return None
    if subject is pronoun and before[-1].sentence.index != sentence.index - 1:
        return None  # "It opened in 2019." far from any event stands for something else
    if not ctx.lexicon.matcher("events", "taking_place").contains(sentence.text):
        return None
    dated = _event_date(ctx, sentence, PhraseMatch(subject.start, subject.end, subject.text, None))
    if dated is None:
        return None
    # "The first roadshow took place on May 24. The hospitals held 410 business meetings. The
    # second ...": the subject counts occurrences, and an occurrence is what was told with its day
    told = next((m for m in reversed(before) if m.first is not None), before[-1])
    mention = Mention(sentence, told.event_type, dated.first, dated.last)
    locate(ctx, sentence, PhraseMatch(subject.start, subject.end, subject.text, None), mention)
    mention.attendance, mention.members = attendance(ctx, sentence)
    return mention


# an acronym in brackets right after a name: "the Busan ... Convention (BIMTC)"
_BRACKETED = re.compile(r"\s*\(([^()\s]{2,10})\)")  # then only capitals: str.isupper


def acronym_mention(ctx: DocumentContext, sentence: Sentence, before: list[Mention]) -> Mention | None:
    """ "The Busan International Medical Tourism Convention (BIMTC) drew 1,300 participants.
    BIMTC 2023 took place at BEXCO on May 4.": a dated sentence that tells of an event named
    before by the acronym given with its name is a mention of that event, of its kind and name."""
    if not ctx.lexicon.matcher("events", "taking_place").contains(sentence.text):
        return None  # the cheap test first: most sentences tell nothing taking place
    for earlier in reversed(before):
        acronym = _acronym_of(earlier)
        at = sentence.text.find(acronym) if acronym else -1
        if at < 0 or not _whole_word(sentence.text, at, len(acronym or "")):
            continue
        subject = PhraseMatch(
            sentence.start + at, sentence.start + at + len(acronym or ""), acronym or "", None
        )
        dated = _event_date(ctx, sentence, subject)
        if dated is None:
            return None
        mention = Mention(
            sentence, earlier.event_type, dated.first, dated.last, name=earlier.name, occurred=True
        )
        locate(ctx, sentence, subject, mention)
        mention.organizers = organizers(ctx, sentence)
        mention.attendance, mention.members = attendance(ctx, sentence)
        return mention
    return None


def _acronym_of(mention: Mention) -> str | None:
    """The acronym written in brackets right after the mention's name in its sentence."""
    if not mention.name:
        return None
    text = mention.sentence.text
    at = text.find(mention.name)
    found = _BRACKETED.match(text, at + len(mention.name)) if at >= 0 else None
    return found[1] if found and found[1].isupper() else None


def _whole_word(text: str, at: int, length: int) -> bool:
    """Whether the text at ``at`` is a word of its own, not a part of a longer one."""
    before = text[at - 1 : at] if at else ""
    after = text[at + length : at + length + 1]
    return not before.isalnum() and not after.isalnum()


def find_mention(ctx: DocumentContext, sentence: Sentence) -> Mention | None:
    types = [
        t
        for t in ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end)
        if not ctx.language.names_a_building(ctx, t)
        and ctx.language.heads_its_compound(ctx, sentence, t)
        and not _is_announcement(ctx, t)
        and not _names_a_party(ctx, sentence, t)
        and not _counted_visitors(ctx, sentence, t)
        and not _care_at_home(ctx, sentence, t)
        and not _covered_by_agreement(ctx, sentence, t)
        and not _no_prize(ctx, t)
        and not _aid_as_goods(ctx, sentence, t)
        and not _purpose_infinitive(ctx, t)
        and not _writers_visit(ctx, t)
    ]
    types = [_ceremony_of_a_signing(ctx, sentence, t) for t in types]
    titled = [
        title
        for title in ctx.language.titled_events(ctx, sentence)
        if not any(t.start < title.end and title.start < t.end for t in types)
    ]
    types = sorted(
        types
        + _free_care(ctx, sentence, types)
        + _purposed_care(ctx, sentence, types)
        + _sent_carers(ctx, sentence, types)
        + titled,
        key=lambda t: t.start,
    )
    invited = False  # a party's verb of inviting or of coming stands for the visit
    if not types:
        types = _invited_party(ctx, sentence) or _arriving_party(ctx, sentence)
        invited = bool(types)
    if not types or _a_call(ctx, sentence):
        return None
    dated = (
        _event_date(ctx, sentence, types[0])
        or _definite_after_dated(ctx, sentence, types[0])
        or _opening_stated_before(ctx, sentence, types[0])
        or _dated_by_its_year(ctx, sentence, types[0])
    )
    # a photo's caption shows the occasion it names taking place ("양측 관계자들이 협약서를
    # 펼쳐 보이고 있다. [사진=…]"); such a mention stands only where the page tells no other
    photo = ctx.language.photo_caption(ctx, sentence)
    occasion = _trip_as_occasion(ctx, sentence, types) if dated is None else None
    happened = (
        invited
        or photo
        or occasion is not None
        or _happened(ctx, sentence, types)
        or _signed_at_its_ceremony(ctx, sentence, types)
    )
    counted: tuple[int | None, int | None] | None = None
    if not happened and _attended(ctx, sentence):  # the cheap cue first: most sentences have none
        counted = attendance(ctx, sentence)
        happened = counted[0] is not None
    present = [t for t in types if _present_at(ctx, sentence, t) or _ceremony_as_setting(ctx, t)]
    name = ctx.language.event_name(ctx, sentence) if dated or happened or present else None
    if name is None and titled and (dated or happened):
        name = titled[0].text  # "attended MITT 2019": the title names it where no event noun does
    at_named = [t for t in present if _in_name(sentence, t, name)]
    # "during a two-day medical outreach in Kisumu": someone placed at an event whose length is
    # told took part in one that happened, named or not
    at_named += [t for t in types if t not in at_named and _lasted(ctx, sentence, t)]
    # "At the signing ceremony, the two directors exchanged gifts": people placed at a signing
    # ceremony, or at an opening told as an occasion ("At the launch ceremony, ..."), tell it
    # as an occasion that took place, named or not
    # (not one told with a word of the future: "At the signing ceremony planned for May, ...")
    if present and not ctx.lexicon.matcher("events", "future_markers").contains(sentence.text):
        at_named += [
            t
            for t in present
            if t not in at_named and (t.label == EventType.SIGNING or _is_an_opening(ctx, t))
        ]
    # "four days of free check-ups from May 3 to 6" on a page without a date
    # (in a sentence about an agreement the day is the signing's: "will work together in
    # training ... following a memorandum signed in Hanoi on July 17")
    days_told = (
        dated is None
        and not happened
        and not at_named
        and _days_without_year(ctx, sentence)
        and not (
            ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text)
            and ctx.lexicon.matcher("events", "signing_verbs").contains(sentence.text)
            # "signed on the occasion of the minister's visit of 4-7 May": the visit's days
            and not ctx.lexicon.matcher("events", "occasion_marks").contains(sentence.text)
        )
    )
    if dated is None and not happened and not at_named and not days_told:
        return None
    if (
        dated is None
        and not photo  # the progressive of a caption is the photo's moment, not a habit
        and ctx.lexicon.matcher("events", "generic_markers").contains(sentence.text)
        and not _held_on_days(ctx, sentence)
    ):
        return None  # "Every year, many doctors travel to Korea to take part in training"
    if dated is None and ctx.language.patterns.events.counted_occurrences.search(sentence.text):
        return None  # "has held many fam tours": a record of activity, no one occasion
    if dated is None and _background(ctx, sentence):
        return None
    if days_told and name is None:
        name = ctx.language.event_name(ctx, sentence)
    mention = Mention(sentence, _main_type(ctx, sentence, types))
    months = (
        () if dated is not None else tuple(ctx.language.months_named(ctx.text, sentence.start, sentence.end))
    )
    # "accompanied the president on his visit to Hanoi"; a month told with it ("after the
    # premier's state visit in March") sets it before the news, as its background
    mention.leader_trip = occasion is not None or (
        not months and any(_visit_as_noun(ctx, sentence, t) for t in types)
    )
    mention.occurred = (happened or bool(at_named) or days_told) and (
        _named_by_noun(ctx, types)
        or (bool(months) and _visit_abroad(ctx, sentence, types))
        or mention.leader_trip
    )
    mention.at_told = any(not _in_name(sentence, t, name) for t in present)
    mention.back_reference = name is None and _definite(ctx, sentence, types[0])
    captions = ctx.lexicon.matcher("events", "caption_marks")
    mention.caption = photo or any(
        c.start == sentence.start for c in captions.finditer(ctx.text, sentence.start, sentence.start + 20)
    )
    # a plan is an event to come only with its days or its month told, placed or not (a page
    # without a date): "will hold a roadshow in Jakarta in October" is announced with its date
    mention.future = (
        dated is None
        and occasion is None  # what was done on the trip tells it took place, whatever is planned after
        and not months
        and not ctx.language.find_ordinal_days(ctx.text, sentence.start, sentence.end)
        and _future_told(ctx, sentence, present)
        and not days_told
        and not _days_without_year(ctx, sentence)  # read only where a plan is told
        # "will hold a briefing next month": its month told by its distance from the page's
        and not ctx.lexicon.matcher("events", "plan_months").contains(sentence.text)
    )
    if dated is not None:
        mention.first, mention.last = _stretch(ctx, sentence, dated)
    else:
        # months told by their distance from the page's as well: they tell this occurrence from
        # another (the guests of last month from this month's tour), not whether it took place
        mention.months = months + _months_by_distance(ctx, sentence)
        if mention.event_type == EventType.AWARD:
            mention.years = tuple(ctx.language.listed_years(ctx, sentence))
    mention.name = name
    mention.kind_name = None if name else ctx.language.kind_name(ctx, sentence)
    mention.event_type = _named_type(ctx, sentence, types, name) or mention.event_type
    mention.points_back = (
        any(ctx.language.points_back(ctx, sentence, t) for t in types)
        or _a_part(ctx, types, name)
        or (dated is not None and _they_stay_until(ctx, sentence, dated))
    )
    locate(ctx, sentence, types[0], mention)
    if mention.country == KOREA and _care_taken(ctx, sentence, types):
        return None
    visit = mention.event_type == EventType.DELEGATION_VISIT
    mention.organizers = (
        organizers(ctx, sentence, visit)
        or _signers_before(ctx, sentence, mention)
        or _senders_before(ctx, sentence, mention)
        or (_trip_maker(ctx, sentence, occasion) if occasion else [])
    )
    mention.attendance, mention.members = counted or attendance(ctx, sentence)
    return mention


def _they_stay_until(ctx: DocumentContext, sentence: Sentence, dated: DateMention) -> bool:
    """ "이들은 8일까지 머물며 지역 병원들을 방문한다" after a party's arrival: a sentence whose
    subject is the pronoun of those told of before, dated only by the day something lasts until,
    tells more of their stay, not an occurrence starting that day."""
    return (
        dated.last is None
        and _last_of_a_stretch(ctx, dated)
        and ctx.lexicon.matcher("organizations", "subject_pronouns").match(
            ctx.text, sentence.start, sentence.end
        )
        is not None
    )


SIGNERS_REACH_SENTENCES = 3  # the agreement is told a few sentences before its ceremony at most


def _signers_before(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> list[str]:
    """ "A and B signed an MOU. At the signing ceremony, ...": a signing ceremony with no host
    of its own, told a few sentences after its agreement, is held by the bodies that signed it;
    told with none before, by the home bodies whose people its own sentence tells attending
    ("이날 협약식에는 A 사무처장과 B 병원장이 참석했다": those who came to sign it; a body abroad
    named among the guests may be a guest, as a foreign subject alone holds nothing)."""
    if mention.event_type != EventType.SIGNING:
        return []
    signed = _signing_told_before(ctx, sentence)
    if signed is not None:
        return _signers(ctx, signed)  # the ceremony's venue, told apart, may be a party's own hall
    if ctx.lexicon.matcher("events", "attendance_verbs").contains(sentence.text):
        return _signers(ctx, sentence, mention.venue, home_only=True)
    return []


def _signers(
    ctx: DocumentContext, signed: Sentence, venue: str | None = None, home_only: bool = False
) -> list[str]:
    """The bodies named in the sentence that tells an agreement signed: those who signed it hold
    its ceremony (annotation.md, Organisers), whichever side each stands on (the home side only,
    ``home_only``); a body that only names the building it was signed in ("광주시청 소회의실에서")
    is its venue, not a party."""
    return list(
        dict.fromkeys(
            o.name
            for o in ctx.organizations(signed)
            if not (venue and o.name in venue)
            and not (home_only and o.country is not None and not o.is_korean)
        )
    )


def _signing_told_before(ctx: DocumentContext, sentence: Sentence) -> Sentence | None:
    """The sentence, a few before ``sentence`` at most, that tells an agreement signed (none
    before a sentence outside the body: a headline, a caption read on its own)."""
    body = ctx.body_sentences
    position = ctx.body_position(sentence)
    if position is None:
        return None
    for previous in reversed(body[max(0, position - SIGNERS_REACH_SENTENCES) : position]):
        if _tells_a_signing(ctx, previous):
            return previous
    return None


def _tells_a_signing(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence tells an agreement signed: a verb of signing and an agreement's noun."""
    lexicon = ctx.lexicon
    return lexicon.matcher("events", "signing_verbs").contains(sentence.text) and lexicon.matcher(
        "partnerships", "kinds"
    ).contains(sentence.text)


def _signed_at_its_ceremony(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> bool:
    """ "The MOU was signed at a ceremony in Lima": the verb of signing tells that the bare
    ceremony of its own sentence, a signing's (_ceremony_of_a_signing), took place (not one
    intended, "will be signed at a ceremony", nor one called off); the agreement may be told by a
    short name its noun list lacks ("the MOC was signed")."""
    lexicon = ctx.lexicon
    bare = lexicon.lowered_words("events", "bare_ceremonies")
    return (
        any(t.label == EventType.SIGNING and t.text.lower() in bare for t in types)
        and lexicon.matcher("events", "signing_verbs").contains(sentence.text)
        and not lexicon.matcher("partnerships", "intentions").contains(sentence.text)
        and not lexicon.matcher("partnerships", "called_off").contains(sentence.text)
        and not lexicon.matcher("events", "future_markers").contains(sentence.text)
    )


def _ceremony_of_a_signing(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch:
    """ "The MOC was signed at a ceremony in Accra", "A signed an agreement with B. Both heads
    graced the ceremony.": a ceremony named by no kind of its own (the language's
    ``bare_ceremonies``), told with an agreement signed in its sentence or a few before, is that
    signing's ceremony, an occasion of its own (annotation.md, Signings); else it keeps its kind.
    Where the bare word is any occasion's (Korean 행사), its sentence must tell the signing as an
    occasion as well ("이날 행사엔 … 참석했다"): "설명회 행사에 참여해 … 협약을 체결했다" and "건강
    행사에도 부스를 차렸다" are other occasions (the language's ``signing_told_as_occasion``)."""
    if noun.label != EventType.OTHER or noun.text.lower() not in ctx.lexicon.lowered_words(
        "events", "bare_ceremonies"
    ):
        return noun
    if _after_an_agreement_noun(ctx, noun) or (
        (_tells_a_signing(ctx, sentence) or _signing_told_before(ctx, sentence))
        and ctx.language.signing_told_as_occasion(ctx, sentence)
    ):
        return noun._replace(label=EventType.SIGNING.value)
    return noun


AGREEMENT_LEAD_CHARS = 40  # "the memorandum of understanding ceremony": the agreement's noun right before


def _after_an_agreement_noun(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "during the MOU ceremony": a ceremony named after an agreement is its signing's."""
    kinds = ctx.lexicon.matcher("partnerships", "kinds")
    lead = kinds.finditer(ctx.text, max(0, noun.start - AGREEMENT_LEAD_CHARS), noun.start)
    return any(not ctx.text[k.end : noun.start].strip() for k in lead)


def _senders_before(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> list[str]:
    """ "광주시 의료관광 홍보단이 다음 달 러시아를 찾는다. 홍보단은 6월 3일부터 …": a visit told
    by its party's noun alone, right after a sentence that named the party with the body sending
    it, is run by that body."""
    if mention.event_type != EventType.DELEGATION_VISIT or not mention.name:
        return []
    if not ctx.lexicon.matcher("events", "delegate_nouns").contains(mention.name):
        return []
    previous = ctx.body_sentence_before(sentence)  # none before a clause read on its own
    if previous is None or mention.name not in previous.text:
        return []
    return delegates_bodies(ctx, previous)


def _named_type(
    ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch], name: str | None
) -> EventType | None:
    """ "중환자 간호 연수를 시작했으며 포럼 참가자도 함께했다": the event noun that ends the
    mention's name says its kind, not a noun of higher rank elsewhere in the sentence."""
    if not name:
        return None
    at = sentence.text.find(name)
    if at < 0:
        return None
    end = sentence.start + at + len(name)
    head = next((t for t in types if t.end == end), None)
    if head is None or head.label == EventType.OTHER:
        return None
    # "설명회와 무료 진료상담을 열었다": a name read after another event noun leaves the kind to
    # the nouns' ranks; only the name of the occasion told first says it (a noun inside a body's
    # name, an institute called a forum's office, tells no occasion, nor a verb of visiting:
    # "하노이를 방문, 설명회와 세일즈콜을 진행했다" tells how the party got there)
    bodies = ctx.organizations(sentence)
    if any(
        t.end <= sentence.start + at
        and not _is_visit_verb(ctx, t)
        and not any(o.start <= t.start and t.end <= o.end for o in bodies)
        for t in types
    ):
        return None
    return EventType(head.label)


def _care_taken(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> bool:
    """ "The boy flew to Korea on May 3 and underwent surgery", "tourists will arrive to receive
    checkups": a sentence told only by care and visits, where someone takes care, tells a
    patient's stay; placed in Korea it is no occasion of the Korean side (one placed abroad is
    the mission that gave the care: "villagers received free surgery in Hue")."""
    return all(t.label == EventType.MEDICAL_CONSULTATION or _is_visit_verb(ctx, t) for t in types) and bool(
        ctx.language.patterns.events.care_received.search(sentence.text)
    )


BACKGROUND_YEARS = 3  # a happening told by a year this long before the page's own is its history


def _background(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "In 2009, doctors of the hospital first travelled to Bishkek" in a 2016 article: an
    undated happening whose only years lie years before the page's is the history behind the
    news, not an occurrence it reports. A page without a date is as late as the latest year it
    tells of what is or was (_page_years): a history page tells its early years among later ones."""
    if _history(ctx, sentence):
        return True
    years = [y.year for y in ctx.years(sentence) if not y.relative]
    if not years:
        return False
    if ctx.published is not None:
        return max(years) <= ctx.published.year - BACKGROUND_YEARS
    told = ctx.per_document("page_years", lambda: _page_years(ctx))
    return bool(told) and max(years) <= max(told) - BACKGROUND_YEARS


PART_NAME_EXTRA_WORDS = 1  # "1:1 비즈니스 미팅", "온라인 비즈니스 상담": a word before the part's noun


def _a_part(ctx: DocumentContext, types: list[PhraseMatch], name: str | None) -> bool:
    """ "80여명의 바이어가 1:1 비즈니스 미팅을 갖는다" after the fair it is held at: a business
    meeting is an activity within an occasion, and told after one it is a part of that one; so
    is a mention the business meeting names, whatever generic noun it has besides (행사에서 …
    비즈니스 미팅을 전개하며)."""
    parts = ctx.lexicon.matcher("events", "part_nouns")
    if all(parts.contains(t.text) for t in types):
        return True
    if not name:
        return False
    last = list(parts.finditer(name, 0, len(name)))
    return (
        bool(last)
        and last[-1].end == len(name)
        and len(name[: last[-1].start].split()) <= PART_NAME_EXTRA_WORDS
    )


def _future_told(ctx: DocumentContext, sentence: Sentence, present: list[PhraseMatch]) -> bool:
    """Whether a word of the future governs the event: not one after an event someone is placed
    at ("At the second Global Forum on ..., held in Busan, Korea unveiled plans to ...":
    the plan is what was announced there)."""
    markers = ctx.lexicon.matcher("events", "future_markers")
    if not markers.contains(sentence.text):
        return False
    if not present:
        return True
    return markers.search(ctx.text, sentence.start, present[0].start) is not None


def _free_care(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> list[PhraseMatch]:
    """ "a free cataract surgery", "free eye check-ups for 300 villagers": care given free, its
    specialty told between, is a medical consultation like "free surgery" itself; not the care
    an agreement covers ("signed a free surgery agreement")."""
    if not ctx.lexicon.matcher("events", "free_words").contains(sentence.text):
        return []
    found = [
        PhraseMatch(m.start(), m.end(), m.group(0), EventType.MEDICAL_CONSULTATION.value)
        for m in ctx.language.patterns.events.free_care.finditer(ctx.text, sentence.start, sentence.end)
        if not any(t.start < m.end() and m.start() < t.end for t in types)
    ]
    return [care for care in found if not _covered_by_agreement(ctx, sentence, care)]


def _purposed_care(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> list[PhraseMatch]:
    """ "visited a hospital in Erdenet to perform pediatric heart surgery": surgery a team goes to
    give is a medical consultation, the care naming the trip as "to treat" does, whatever its
    kind told between the verb and the noun; only as the purpose of a trip told before it (a
    skill "learned to perform robotic surgery" is no occasion), and only where an event word
    tells the occasion already: the care says its kind, not that there was one."""
    if not types or not ctx.lexicon.matcher("events", "care_giving_purposes").contains(sentence.text):
        return []
    trips = ctx.lexicon.matcher("events", "care_trip_verbs")
    return [
        PhraseMatch(m.start(), m.end(), m.group(0), EventType.MEDICAL_CONSULTATION.value)
        for m in ctx.language.patterns.events.purposed_care.finditer(ctx.text, sentence.start, sentence.end)
        if not any(t.start < m.end() and m.start() < t.end for t in types)
        and trips.search(ctx.text, sentence.start, m.start()) is not None
    ]


def _sent_carers(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> list[PhraseMatch]:
    """ "sent a team of eight doctors and twelve nurses to Conakry", "a group of Korean medics
    completed its work in Dhaka": carers a Korean side sends abroad as a team are a medical
    mission, as "a medical team" is, though no event noun names it; carers sent to Korea come
    to learn or to work, and carers told in no group are staff placed or lent. Not in a
    sentence about an agreement ("a partnership signed on April 2 lets the hospital send its
    surgeons to Mongolia"): its day is the signing's, the team a term of it."""
    if not ctx.lexicon.matcher("events", "carer_nouns").contains(sentence.text):
        return []
    if ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text):
        return []
    found = [
        PhraseMatch(m.start(), m.end(), m.group(0), EventType.MEDICAL_CONSULTATION.value)
        for m in ctx.language.patterns.events.sent_carers.finditer(ctx.text, sentence.start, sentence.end)
        if not any(t.start < m.end() and m.start() < t.end for t in types)
    ]
    return [team for team in found if _given_abroad_by_korea(ctx, sentence, team)]


def _invited_party(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """ "관계자 10명을 초청해 병원을 둘러보게 했다": people of the trade or of care a body invited,
    in a sentence that names no event, came on a visit of their own; its verb of inviting stands
    for the visit, and tells it as happening. Only one told with its time (지난달, 다음 달, 11월,
    its days): guests told with no time of their own are those of an occasion told around them."""
    if not ctx.lexicon.matcher("events", "invitation_cues").contains(sentence.text):
        return []
    found = ctx.language.patterns.events.invited_party.search(ctx.text, sentence.start, sentence.end)
    if found is None or not _time_told(ctx, sentence):
        return []
    return _visit_told_by_its_verb(ctx, sentence, found)


def _arriving_party(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """ "병원 관계자 6명이 충북을 찾는다", "원장들이 직접 병원을 찾아 …": people of the trade or of
    care told coming to a place or a body, in a sentence that names no event, make a visit of
    their own; the verb of coming stands for it and tells it as happening. Only people coming to
    Korea: a team going to a place abroad (의료진은 후에를 찾아 주민을 진료했다) tells its
    mission by what it does there, not by its coming. Not in a sentence about an agreement
    (협약에 따라 의료진이 남구를 찾는다): its day is the signing's, its visit a term of it."""
    if not ctx.lexicon.matcher("events", "arrival_cues").contains(sentence.text):
        return []
    if ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text):
        return []
    found = ctx.language.patterns.events.arriving_party.search(ctx.text, sentence.start, sentence.end)
    if found is None or any(
        p.start < found.start("verb") and found.start() < p.end and not p.place.is_korean
        for p in ctx.places(sentence)
    ):
        return []
    return _visit_told_by_its_verb(ctx, sentence, found)


def _visit_told_by_its_verb(
    ctx: DocumentContext, sentence: Sentence, found: re.Match[str]
) -> list[PhraseMatch]:
    """The visit a party's verb (group "verb") tells, unless its sentence names an event: a
    sentence with an event noun is that event's (초청해 팸투어를 열었다). A clause read on its own
    (an earlier occasion told inside a sentence) is asked of its whole sentence: 이번 팸투어는
    [지난 5월 … 설명회의 후속으로] 대표 7명을 초청하여 마련했다; but not of the clauses that
    open on a time of their own beside it (설명회를 열고 [11월 … 관계자를 초청해 …]): those
    tell occasions of their own."""
    whole = next(
        (s for s in ctx.body_sentences if s.start <= sentence.start and sentence.end <= s.end), sentence
    )
    start = max(
        b for b in [whole.start, *ctx.language.clauses_of_their_own_time(ctx, whole)] if b <= sentence.start
    )
    if _names_an_event(
        ctx, Sentence(start, whole.end, ctx.text[start : whole.end], whole.index, whole.paragraph)
    ):
        return []
    return [
        PhraseMatch(found.start("verb"), found.end("verb"), found["verb"], EventType.DELEGATION_VISIT.value)
    ]


def _names_an_event(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether an event noun heads its compound in the sentence, even one ruled out as an
    occurrence of its own by what else the sentence tells (이번 팸투어는 …: the occasion told
    before); not a noun glued inside a word that names none (여행사 holds 행사), nor one that is
    only a purpose or a topic (연수 등의 협력 방안을 짚었다)."""
    return any(
        ctx.language.heads_its_compound(ctx, sentence, t)
        for t in ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end)
    )


def _time_told(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence tells a time: its days, a month, or a month by its distance from the
    page's (지난달, 다음 달)."""
    return bool(
        ctx.lexicon.matcher("events", "told_months").contains(sentence.text)
        or ctx.language.months_named(ctx.text, sentence.start, sentence.end)
        or ctx.dates(sentence)
    )


def _may_hold(ctx: DocumentContext, sentence: Sentence, section: str, key: str) -> bool:
    """Whether the sentence may hold a phrase of the list ``[section] key``: asked of every
    sentence, a short list is ruled out for most of them by testing the lowered sentence for a
    word of each phrase, at a fraction of the cost of scanning it (``holds_any``). A list
    without such words (Korean's) rules nothing out, and the sentence is not lowered for it."""
    words = _needles(ctx.lexicon, section, key)
    return not words or holds_any(lowered_range(ctx.text, sentence.start, sentence.end), words)


@cache  # a few tuples a language
def _needles(lexicon: Lexicon, section: str, key: str) -> tuple[str, ...]:
    return needles(lexicon.words[section][key])


YEAR_LEAD_REACH_CHARS = 3  # a space, then the first letter of the word after a year
ANY_BASE = date(2000, 7, 1)  # a base that resolves any day and month: only whether one is written


def _days_without_year(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "will conduct free operations from March 25-29" on a page without a date: the days are
    told, only their year cannot be resolved."""
    return ctx.published is None and bool(_days_of_a_month(ctx, sentence))


def _held_on_days(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "8∼11일 ‘…검진 투어’를 이어가고 있다" on a page without a date: the days of the happening
    are told (not the day the news was reported), so the sentence tells one occurrence as a
    dated page's would, however habitual its verb reads; only their year cannot be resolved."""
    return ctx.published is None and any(
        not ctx.reported(sentence, d) for d in _days_of_a_month(ctx, sentence)
    )


def _days_of_a_month(ctx: DocumentContext, sentence: Sentence) -> list[DateMention]:
    """The dates a sentence tells that hold a day of a month, not a weekday ("on Wednesday"):
    those holding a digit. A sentence without a digit is not read."""
    if not any(ch.isdigit() for ch in sentence.text):
        return []
    return [
        d
        for d in ctx.language.find_dates(ctx.text, sentence.start, sentence.end, ANY_BASE)
        if any(ch.isdigit() for ch in d.text)
    ]


def _present_at(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the sentence places someone at the event ``noun`` ("At the opening ceremony, ...",
    "at the 2018 World Medical Tourism Congress", "Busan's hosting of the ... Convention"): a
    presence cue before it, with only an article and the words of its name between."""
    cues = ctx.lexicon.matcher("events", "presence_cues")
    window = max(sentence.start, noun.start - PRESENCE_WINDOW_CHARS)
    return any(
        ctx.language.patterns.events.name_lead.fullmatch(ctx.text, c.end, noun.start) is not None
        for c in cues.finditer(ctx.text, window, noun.start)
    )


def _ceremony_as_setting(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether a ceremony (a signing's, an opening's) is the setting of its sentence by the words
    right after its noun ("협약식에서 … 밝혔다", "조인식에서 … 합의했다", "협정식에 참여한 …"):
    where a language places someone at an event after its noun, the ceremony took place as
    surely as one a presence cue stands before."""
    if noun.label != EventType.SIGNING and not _is_an_opening(ctx, noun):
        return False
    after = ctx.lexicon.section("events")["presence_after"]
    return any(ctx.text.startswith(particle, noun.end) for particle in after)


DURATION_REACH_CHARS = 40  # "a three-day medical tourism": the length stands a few words before the noun
LENGTH_CUE_REACH_CHARS = 30  # "at the opening of a": a cue of a few words, then an article
DURATION_LEAD_WORDS = (
    3  # "a two-day joint medical tourism expo": words of kind between the length and the noun
)


def _lasted(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether a presence cue places someone at the event and its length is told right before
    its noun, a few words of its kind between ("in a four-day medical outreach", "at the opening
    of a two-day health tourism fair")."""
    start = max(sentence.start, noun.start - DURATION_REACH_CHARS)
    length = ctx.language.patterns.events.duration.search(ctx.text, start, noun.start)
    if length is None or len(ctx.text[length.end() : noun.start].split()) > DURATION_LEAD_WORDS:
        return False
    cues = ctx.lexicon.matcher("events", "presence_cues")
    return any(
        len(ctx.text[c.end : length.start()].split()) <= 1
        for c in cues.finditer(
            ctx.text, max(sentence.start, length.start() - LENGTH_CUE_REACH_CHARS), length.start()
        )
    )


def _definite(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the event noun is named as one already told ("the visit", "the forum")."""
    head = ctx.language.patterns.events.definite_head
    return any(
        m.end() == noun.start
        for m in head.finditer(ctx.text, max(sentence.start, noun.start - 30), noun.start)
    )


def _in_name(sentence: Sentence, noun: PhraseMatch, name: str | None) -> bool:
    """Whether the event noun ends the event's proper name: "2018 World Medical Tourism Congress"
    is an event of its own, "the opening ceremony" one told before."""
    if not name:
        return False
    start = sentence.text.find(name)
    return (
        start >= 0 and sentence.start + start <= noun.start and noun.end <= sentence.start + start + len(name)
    )


def signing_mention(ctx: DocumentContext, sentence: Sentence) -> Mention | None:
    """An agreement signed at a stated place is a signing ceremony, dated or not, where the
    language tells such a signing as an occasion of its own (``signing_stands_alone``; English
    news does not: "signed an MOU ... in Seoul on March 6" is the partnership only); else it waits
    for its ceremony to be told (Mention.pending); one only intended ("agreed to sign") is none,
    one announced for a stated day ("6일 … 협약을 체결한다", "체결할 예정이다") is a ceremony to come."""
    lexicon = ctx.lexicon
    if not _may_hold(ctx, sentence, "events", "signing_verbs"):
        return None  # most sentences: no word of signing, told without scanning for its verbs
    verb = lexicon.matcher("events", "signing_verbs").search(ctx.text, sentence.start, sentence.end)
    if verb is None:
        return None
    noun = lexicon.matcher("partnerships", "kinds").search(ctx.text, sentence.start, sentence.end)
    if noun is None:
        return None
    if lexicon.matcher("partnerships", "called_off").contains(sentence.text):
        return None
    # "29일 계약을 체결한다": announced for a stated day, not one already past (5일에는 A시,
    # 6일에는 B시와 … 체결할 예정이다 on the 10th tells the days of a trip, not a signing to
    # come); on a page without a date, the day alone is told (6일 … 협약을 체결한다)
    days = ctx.happening_dates(sentence)
    announced = lexicon.matcher("events", "announced_signings").search(
        ctx.text, verb.start, sentence.end
    ) is not None and (
        (bool(days) and (ctx.published is None or days[-1].first >= ctx.published))
        or (
            ctx.published is None
            and bool(ctx.language.find_ordinal_days(ctx.text, sentence.start, sentence.end))
        )
    )
    # "will be signed", "plans to have the MOU signed": the intention governs the verb itself
    intentions = lexicon.matcher("partnerships", "intentions")
    if not announced and intentions.search(
        ctx.text, max(sentence.start, verb.start - SIGNING_INTENTION_CHARS), verb.start
    ):
        return None
    anchor = PhraseMatch(min(verb.start, noun.start), max(verb.end, noun.end), verb.text, None)
    where = next((p for p in ctx.places(sentence) if ctx.language.signed_at(ctx, sentence, anchor, p)), None)
    # "40 officials watched as the two signed": people present make the signing an occasion
    witnessed = lexicon.matcher("events", "signing_witnesses").contains(sentence.text)
    # a signing announced for its day is an event to come, wherever it is to be held
    if (
        where is None
        and not announced
        and not witnessed
        and not ctx.language.signed_in_building(ctx, sentence, anchor)
    ):
        return None
    if (
        where is not None
        and not announced
        and not witnessed
        and not ctx.language.signing_stands_alone(ctx, sentence, where)
    ):
        return None  # "…현지에서 양해각서를 체결했다": a step of a trip, no occasion of its own
    # "양해각서를 체결하기로 했다": where the language puts the intention after the verb (read
    # last: most signings are no occasion by the tests above, whatever is intended)
    if not announced:
        scope_start, scope_end = ctx.language.intention_scope(ctx, sentence, noun)
        if intentions.search(ctx.text, scope_start, scope_end):
            return None
    dates = days
    if announced:
        # "복지부는 28일 '… 29일 계약을 체결한다'고 밝혔다": the day the signing is announced
        # for is the one told last before its verb, not the day of the report
        dates = [d for d in dates if d.end <= verb.start][-1:] or dates
    mention = Mention(sentence, EventType.SIGNING, occurred=True, by_agreement=True)
    mention.pending = (
        not announced and not witnessed and not ctx.language.signing_told_as_occasion(ctx, sentence)
    )
    if witnessed:
        mention.attendance, mention.members = attendance(ctx, sentence)
    if dates:
        mention.first, mention.last = dates[0].first, dates[0].last
    locate(ctx, sentence, anchor, mention)
    if where is None:
        # signed in a building with no place named ("시청에서", "본관 대회의실에서"): a foreign
        # place told is a party's; the building is the Korean side's, where its place says
        korean = [p for p in ctx.places(sentence) if p.place.is_korean]
        inside = [p for p in korean if mention.venue and p.text in mention.venue]  # 부산시청 …실
        relocate(ctx, mention, inside + [p for p in korean if p not in inside])
    elif where.place.kind in {PlaceKind.CITY, PlaceKind.KOREAN_CITY}:
        # "met in Seoul on March 7 and signed": the place of signing before the other places
        mention.city, mention.country = where.place.name, where.place.country
        if where.place.kind == PlaceKind.CITY:
            mention.region = None  # a Korean province named beside a foreign city is a party's
    # "광주시와 전남도, 관광재단은 9일 … 협약을 체결한다": a ceremony told by its agreement is
    # held by those who sign it, the verb's subjects first (a city signs by its name alone)
    mention.organizers = organizers(ctx, sentence) or list(
        dict.fromkeys(
            ctx.language.organizers_of(ctx, sentence, verb.start) + _signers(ctx, sentence, mention.venue)
        )
    )
    return mention


def _definite_after_dated(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """ "The signing ceremony took place at the ministry in Tashkent." or "At the signing
    ceremony, ..." right after "On 15 November, the ministry and Asan Medical Center signed a
    contract": an event named with "the" at the head of its sentence (after a presence cue, at
    most) happened on the date of the sentence before."""
    head = ctx.language.patterns.events.definite_head
    # "The signing took place in Astana": the article may open the event's noun itself
    # "At the signing ceremony, ...": a presence cue may open the sentence before the article
    cue = ctx.lexicon.matcher("events", "presence_cues").match(ctx.text, sentence.start, noun.start)
    lead = ctx.next_word_start(cue.end) if cue is not None else sentence.start
    opens = noun.start == lead and head.match(ctx.text, noun.start, noun.end) is not None
    if not opens and not head.fullmatch(ctx.text, lead, noun.start):
        return None
    body = ctx.body_sentences
    position = body.index(sentence)
    if position == 0:
        return None
    dates = ctx.happening_dates(body[position - 1])
    return dates[0] if dates else None


def _opening_stated_before(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """ "Daejin Group broke ground for a hospital in Cebu on Monday. ... Some 200 guests attended
    the groundbreaking ceremony": an opening ceremony told with "the", anywhere in its sentence,
    is the opening an earlier sentence stated by its verb (the language's ``opening_statements``),
    and took place on that sentence's day. The statement alone is no occasion (annotation.md: an
    opening merely stated gives no record); the ceremony told after it makes it one, and the
    statement dates it. Only the nearest statement before is read: "the" points back to it, however
    many sentences of what is built stand between."""
    if not _is_an_opening(ctx, noun):
        return None
    before = ctx.text[sentence.start : noun.start].split()
    if not before or before[-1].lower() not in ctx.lexicon.lowered_words("grammar", "articles"):
        return None  # "a groundbreaking ceremony" is no opening told before
    position = ctx.body_position(sentence)
    if position is None:
        return None
    statements = ctx.lexicon.matcher("events", "opening_statements")
    body = ctx.body_sentences
    for previous in reversed(body[:position]):
        if statements.contains(previous.text):
            dates = ctx.happening_dates(previous)
            return dates[0] if dates else None
    return None


def _dated_by_its_year(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """ "The 2024 Korea Tourism Festival takes place on May 10-11" on a page without a date: the
    one year the sentence tells (most often in the event's name) is the year of its days. A
    sentence that tells no year takes the page's, when the page names one year only ("the 2023
    roadshow season ... The roadshow in Hanoi ran from May 2 to 4")."""
    if not ctx.language.sentence_year_dates_days or not _days_without_year(ctx, sentence):
        return None
    years = {y.year for y in ctx.years(sentence) if not y.relative}
    if not years:
        years = ctx.per_document("page_years", lambda: _page_years(ctx))
    elif not any(_leads_a_name(ctx.text, y.end) for y in ctx.years(sentence)):
        return None  # "reached a new high in 2024": the year of a fact, not of the occasion's name
    if len(years) != 1:
        return None  # "from 2019 to 2021 ... on May 3": no one year to give the day
    dates = [
        d
        for d in ctx.language.find_dates(ctx.text, sentence.start, sentence.end, date(min(years), 12, 31))
        if not d.has_year and any(ch.isdigit() for ch in d.text)  # a day, not a weekday
    ]
    after = [d for d in dates if d.start >= noun.start]
    return after[0] if after else (dates[-1] if dates else None)


def _history(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "It was at a missionary conference in 1900 that ...", "In the 1950s, doctors trained in
    ...": a happening told only by a year older than any the dates read, or by a decade, is
    history, on a dated page or not (a year of the news beside it makes it no history)."""
    old = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in ctx.language.patterns.events.history_years.finditer(sentence.text)
    ]
    return bool(old) and all(
        any(start <= y.start and y.end <= end for start, end in old) for y in ctx.years(sentence)
    )


def _page_years(ctx: DocumentContext) -> set[int]:
    """The years the page writes out, told as years (not "last year"), in sentences of what is
    or was: a year told of a plan or an aim ("ahead of its centenary in 2030", "aims at 30,000
    patients by 2030") is no year of the news, nor are the ends of a span of years ("its plan for
    2016-2025", "© 1998-2024")."""
    future = ctx.lexicon.matcher("events", "future_markers")
    aims = ctx.lexicon.matcher("goals", "cues")
    joint = ctx.language.patterns.counts.year_range_joint
    found = set()
    for s in ctx.body_sentences:
        if future.contains(s.text) or aims.contains(s.text):
            continue
        years = [y for y in ctx.years(s) if not y.relative]
        spans = [
            i
            for i in range(1, len(years))
            if joint.match(ctx.text[years[i - 1].end : years[i].start]) is not None
        ]
        ends = set(spans) | {i - 1 for i in spans}
        found.update(y.year for i, y in enumerate(years) if i not in ends)
    return found


def _leads_a_name(text: str, position: int) -> bool:
    """ "the 2024 Korea Tourism Festival": a capitalised word right after the year."""
    following = text[position : position + YEAR_LEAD_REACH_CHARS].split(maxsplit=1)
    return bool(following) and text[position : position + 1].isspace() and following[0][:1].isupper()


def _main_type(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> EventType:
    """The type that names the mention; a ceremony where an agreement is signed is a signing."""
    priority = ctx.lexicon.section("events")["type_priority"]
    # "surgeons went to Iloilo and performed 9 free operations": a noun of the kind
    # names the occurrence; a verb of visiting only tells how the team got there
    nouns = [t for t in types if t.label != EventType.OTHER and not _is_visit_verb(ctx, t)]
    main = EventType(min((t.label for t in nouns or types), key=priority.index))
    signed = ctx.lexicon.matcher("events", "signing_verbs").contains(sentence.text)
    if (
        main == EventType.OTHER
        and signed
        and ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text)
    ):
        return EventType.SIGNING
    # "‘…’ 간담회를 열었다": a meeting of the trade held on its own, no other occasion's noun
    # beside it, is a conference; beside a trip's or a fair's nouns it is one of their activities
    meetings = ctx.lexicon.matcher("events", "meeting_nouns")
    if main == EventType.OTHER and any(meetings.contains(t.text) for t in types):
        return EventType.CONFERENCE
    return main


def _names_a_party(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "Korea University Anam Hospital and Tashkent Medical Academy signed an MOU": in a sentence
    about an agreement, an event word that ends an organisation's name names the organisation."""
    if not ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text):
        return False
    return any(org.start < noun.start and org.end == noun.end for org in ctx.organizations(sentence))


def _counted_visitors(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "the number of foreigners visiting Korea for care rose", "16 million tourists visited",
    "only 2,310 of them visited": a visit whose subject is a counted population is a statistic,
    not a delegation's visit."""
    return _is_visit_verb(ctx, noun) and ctx.language.population_subject(ctx, sentence, noun.start)


# a visit, a ceremony or an award is where an agreement is signed, never what it covers
_NEVER_COVERED = frozenset({EventType.DELEGATION_VISIT, EventType.SIGNING, EventType.AWARD, EventType.OTHER})


def _covered_by_agreement(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "signed an MOU on nurse training with the Kyrgyz ministry on May 3", "a contract covering
    the training of 40 nurses": an activity named after the agreement signed is what it covers,
    not an event that took place, unless someone is placed at it ("signed an MOU at the forum")."""
    if noun.label in _NEVER_COVERED:
        return False
    lexicon = ctx.lexicon
    if not lexicon.matcher("events", "signing_verbs").contains(sentence.text):
        return False
    if _modifies_an_agreement(ctx, noun):
        return True
    agreements = list(lexicon.matcher("partnerships", "kinds").finditer(ctx.text, sentence.start, noun.start))
    # "signed an MOU, and held a briefing on May 3": an agreement of another clause covers nothing
    # here; of those in the noun's clause, any may name what it covers ("signed an MOU ... to
    # exchange training programmes": "exchange" is an agreement word too, the MOU's the one)
    clause = [a for a in agreements if _in_its_clause(ctx, a, noun)]
    coverage = lexicon.matcher("events", "coverage_words")
    relatives = lexicon.matcher("events", "coverage_relatives")
    if not any(
        coverage.search(ctx.text, a.end, noun.start) or relatives.search(ctx.text, a.end, noun.start)
        for a in clause
    ):
        return False
    return not _present_at(ctx, sentence, noun) and not _lasted(ctx, sentence, noun)


def _in_its_clause(ctx: DocumentContext, agreement: PhraseMatch, noun: PhraseMatch) -> bool:
    """Whether an activity stands in the agreement's clause: no break between them, or the last
    one opens a relative of what the agreement covers ("signed an MOU on 4 May, under which
    nurses will be trained": the training is the MOU's content, told in its clause)."""
    breaks = list(_CLAUSE_BREAK.finditer(ctx.text, agreement.end, noun.start))
    if not breaks:
        return True
    opening = ctx.next_word_start(breaks[-1].end())
    return (
        ctx.lexicon.matcher("events", "coverage_relatives").match(ctx.text, opening, noun.start) is not None
    )


def _modifies_an_agreement(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "signed a free surgery agreement": an activity written as the word before an agreement
    noun, a space between, names what the agreement covers."""
    start = ctx.next_word_start(noun.end)
    kind = ctx.lexicon.matcher("partnerships", "kinds").match(ctx.text, start)
    return start > noun.end and kind is not None and kind.start == start


def _no_prize(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "has been awarded two national grants", "was awarded accreditation": an award word whose
    object is funding or a standing conferred tells no award given at an occasion."""
    return (
        noun.label == EventType.AWARD
        and ctx.language.patterns.events.non_prize.match(ctx.text, ctx.next_word_start(noun.end)) is not None
    )


AID_GOODS_WORDS = 3  # the words read on each side of the aid: "shipped medical aid", "medical aid supplies"


def _aid_as_goods(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "shipped medical aid to Laos", "medical aid supplies worth $2 million": aid (the
    language's ``aid_nouns``) that is goods sent, by a verb of sending goods before it or a word
    of goods right after it (``aid_goods``), is no care given there; "gave medical aid in Osh"
    is."""
    if not ctx.lexicon.matcher("events", "aid_nouns").spans(noun.text, 0, len(noun.text)):
        return False  # "a medical relief team" is a team sent, whatever is said of it
    goods = ctx.lexicon.matcher("events", "aid_goods")
    after = " ".join(ctx.text[noun.end : sentence.end].split()[:AID_GOODS_WORDS])
    before = " ".join(ctx.text[sentence.start : noun.start].split()[-AID_GOODS_WORDS:])
    return goods.contains(after) or ctx.lexicon.matcher("events", "goods_sending_verbs").contains(before)


PURPOSE_REACH_CHARS = 4  # "to " before the event word


def _purpose_infinitive(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "held talks with a clinic to showcase the city's spas", "a guide to showcase its
    resorts": an event word that is also a verb, in an infinitive, tells what an act is for, not
    an occasion."""
    infinitives = ctx.lexicon.matcher("events", "purpose_infinitives")
    return any(
        m.end == noun.end and m.start < noun.start
        for m in infinitives.finditer(ctx.text, max(0, noun.start - PURPOSE_REACH_CHARS), noun.end)
    )


def _care_at_home(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "Korean doctors operated on 25 children in Bishkek" is a medical mission; "the hospital
    treated 5,000 foreign patients" and "Hue Central Clinic treated 80,000 patients in
    Hue" are not: a verb of care tells an event only where the care is given in a foreign place
    and a Korean side is named."""
    purpose = ctx.lexicon.matcher("events", "care_purposes").contains(noun.text)
    if not purpose and not ctx.lexicon.matcher("events", "care_abroad").contains(noun.text):
        return False
    return not _given_abroad_by_korea(ctx, sentence, noun)


def _given_abroad_by_korea(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether care told by ``noun`` is given in a foreign place the sentence names and by a
    Korean side it names."""
    places = ctx.places(sentence)
    abroad = any(
        not p.place.is_korean
        and p.place.kind != PlaceKind.DEMONYM
        and (ctx.language.held_at(ctx, sentence, noun, p) or came_to(ctx, sentence, noun, p))
        for p in places
    )
    # a Korean place or nationality, or a body of no foreign country acting before the care
    # ("Doctors from Yeungnam University Medical Center", "the city government"): the page's
    # Korean side, not "Hanoi Heart Hospital"
    korean = (
        any(p.place.is_korean for p in places)
        or any(o.country is None or o.is_korean for o in ctx.organizations(sentence))
        or ctx.actor(sentence, noun.start) is not None
    )
    return abroad and korean


def _visit_abroad(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> bool:
    """ "In May, Korean nurses visited Tajikistan": a visit told by its verb alone,
    to a foreign place, by a Korean side (a Korean place or nationality, or a body of no foreign
    country), which a month told dates well enough to stand on its own; a visit to Korea told
    so is mostly of patients or tourists ("352,800 Chinese visited Korea in May")."""
    places = ctx.places(sentence)
    # the place is the verb's object ("visited Turkmenistan"), not one named after "the state
    # visit of the President to Kazakhstan", a visit told in passing
    abroad = any(
        _is_visit_verb(ctx, t)
        and any(
            not p.place.is_korean
            and p.place.kind != PlaceKind.DEMONYM
            and not ctx.text[t.end : p.start].strip()
            for p in places
        )
        for t in types
    )
    return abroad and (
        any(p.place.is_korean for p in places)
        or any(o.country is None or o.is_korean for o in ctx.organizations(sentence))
    )


WRITER_CHARS = 8  # "I have visited", "I visited"


def _writers_visit(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "Last spring I visited the clinic and saw ...": a verb of visiting right
    after the writer's first-person pronoun (a word or two apart at most) tells how the page
    learnt what it reports, not an occasion of the bodies it reports on."""
    if not _is_visit_verb(ctx, noun):
        return False
    pronouns = ctx.lexicon.matcher("events", "writer_pronouns")
    floor = max(0, noun.start - WRITER_CHARS)
    return any(
        ctx.text[m.start : m.end] in ctx.lexicon.section("events")["writer_pronouns"]
        and len(ctx.text[m.end : noun.start].split()) <= 1
        for m in pronouns.finditer(ctx.text, floor, noun.start)
    )


def _is_visit_verb(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    return ctx.lexicon.matcher("events", "visit_verbs").contains(noun.text)


def _happened(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> bool:
    """Whether a verb of occurrence tells that something happened: not one glued into a
    compound or a unit after a number (a year before it is fine: "Forum 2019 was held"), nor one whose subject is a counted population ("overseas patients came
    to Gangnam for check-ups", "people from around the world came" are statistics), unless
    what they came to is the event itself ("3,000 people visited Medical Korea"). A verb of
    giving care in the active tells a mission held as well: the care noun was kept only where
    it is given abroad by a Korean side, and the passive tells care received instead. A verb of
    sending or of care in its base form tells one only as announced (_announced)."""
    staffing = [
        verb
        for key in ("staffing_verbs", "carrying_verbs")
        for verb in ctx.lexicon.matcher("events", key).finditer(ctx.text, sentence.start, sentence.end)
    ]
    if any(
        _object_of(ctx, v.end, t.start) and not ctx.text[t.start].isupper() for v in staffing for t in types
    ):
        # "set up a promotion booth", "took its roadshow to Hanoi": the stand it sets up, the event
        # it takes, is the occurrence ("set up Medical Korea as its brand" sets up a name)
        return True
    # told of a team of carers only: "the Hanbit Medical Center of Tashkent treated 900
    # patients" is a hospital's count, wherever it stands
    teams = ctx.lexicon.matcher("events", "team_nouns").contains(sentence.text)
    care = [
        *ctx.lexicon.matcher("events", "care_verbs").finditer(ctx.text, sentence.start, sentence.end),
        *_announced(ctx, sentence, "announced_care_verbs"),
    ]
    verbs = [
        *ctx.lexicon.matcher("events", "occurrence_verbs").finditer(ctx.text, sentence.start, sentence.end),
        *_announced(ctx, sentence, "announced_verbs"),
        # "a team from Sarang Hospital treated villagers in Siem Reap": care given, in the active
        *(v for v in care if teams and not ctx.follows("events", "not_subject_markers", sentence, v.start)),
    ]
    return any(
        not _in_compound(ctx, sentence, v.start)
        and not any(
            not q.is_year and q.end <= v.start and not ctx.text[q.end : v.start].strip()
            for q in ctx.quantities(sentence)
        )
        and (
            not ctx.language.population_subject(ctx, sentence, v.start)
            or any(_directly_before(ctx, v.end, t.start) for t in types)
            # the event noun stands between them ("의료관광객 유치를 위해 팸투어를 진행했다"):
            # the event is what the verb tells of, the people are only its aim
            or any(
                t.end <= v.start and ctx.language.population_subject(ctx, sentence, t.start) for t in types
            )
        )
        for v in verbs
    )


def _announced(ctx: DocumentContext, sentence: Sentence, key: str) -> list[PhraseMatch]:
    """The verbs of ``key`` that a word of the future before them governs ("will send a team",
    "plans to dispatch surgeons"): an occasion announced. The base form alone tells none ("hope
    to send a delegation", "doctors trained to treat foreign patients")."""
    verbs = ctx.lexicon.matcher("events", key)
    if not verbs.contains(sentence.text):
        return []  # the cheap test first: most sentences have none
    future = ctx.lexicon.matcher("events", "future_markers")
    return [
        v
        for v in verbs.finditer(ctx.text, sentence.start, sentence.end)
        if future.search(ctx.text, sentence.start, v.start) is not None
    ]


def _attended(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "The ... Convention drew 800 participants", "was attended by some 1,500": an event that
    people are said to have attended took place; "2,300 people travelled to the festival" only
    counts people near an event noun."""
    lexicon = ctx.lexicon
    return any(
        lexicon.matcher("events", key).search(ctx.text, sentence.start, sentence.end) is not None
        for key in ("attendance_cues", "attendance_verbs", "amount_verbs")
    )


def _in_compound(ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
    """ "a state-run institute": a verb form glued by a hyphen to a word that is no verb prefix
    ("co-hosted" is still a verb) is part of a compound adjective."""
    if "-" not in ctx.text[max(sentence.start, verb - 2) : verb]:
        return False  # the hyphen ends the range ("-", or "-" and a line's end): no need to search it
    glued = _HYPHENATED.search(ctx.text, sentence.start, verb)
    return glued is not None and glued[1].lower() not in ctx.lexicon.section("events")["verb_prefixes"]


OBJECT_LEAD_WORDS = 3  # "set up a joint promotion booth": an article and words of kind


def _object_of(ctx: DocumentContext, verb_end: int, noun_start: int) -> bool:
    """Whether the noun is the verb's object: only a few words, no punctuation, between them."""
    if verb_end > noun_start:
        return False
    between = ctx.text[verb_end:noun_start]
    return len(between.split()) <= OBJECT_LEAD_WORDS and not _NOT_A_WORD.search(between)


def _directly_before(ctx: DocumentContext, end: int, start: int) -> bool:
    """Whether nothing, or only an article and a word, stands between two positions."""
    between = ctx.text[end:start].lstrip()
    return end <= start and (
        not between or ctx.language.patterns.events.definite_head.fullmatch(between) is not None
    )


def _months_by_distance(ctx: DocumentContext, sentence: Sentence) -> tuple[int, ...]:
    """The months a sentence tells by their distance from the page's month, on a page with a
    date ("지난달 관계자를 초청해": the month before its own)."""
    if ctx.published is None:
        return ()
    distances = ctx.language.months_by_distance(ctx.text, sentence.start, sentence.end)
    return tuple((ctx.published.month - 1 + d) % 12 + 1 for d in distances)


def _named_by_noun(ctx: DocumentContext, types: list[PhraseMatch]) -> bool:
    """Whether an event is named by a noun of its kind ("a delegation", "a medical mission"),
    not by "visited" alone nor a bare "event": only such an occurrence stands without a date.
    Of the kind `other`, an opening told as an occasion ("cut the ribbon at a new clinic in
    Tashkent", the language's ``opening_occasions``) names one, as a bare "ceremony"
    or "meeting" does not."""
    return any(
        (t.label != EventType.OTHER or _is_an_opening(ctx, t)) and not _is_visit_verb(ctx, t) for t in types
    )


def _is_an_opening(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """Whether the event noun tells an opening as an occasion ("the opening ceremony", "a
    ribbon-cutting"): of the kind `other`, it names an occasion that took place, as a bare
    "ceremony" does not."""
    return ctx.lexicon.matcher("events", "opening_occasions").contains(noun.text)


VISIT_LEAD_CHARS = 12  # "Moon Jae-in's visit", "on his state visit": the word right before the noun


def _visit_as_noun(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "accompanied the president on his visit to Hanoi", "during the premier's state visit":
    "visit" after a possessive or a word of state, in a sentence about a holder of office, is a
    noun that names a leader's trip, the occasion the news was made at, where "visited" alone
    may tell any call (and "his visit to Korea for her surgery" a patient's stay)."""
    before = ctx.text[max(0, noun.start - VISIT_LEAD_CHARS) : noun.start].rstrip().casefold()
    return any(
        before.endswith(lead) and (lead[0] in "'’" or not before[: -len(lead)][-1:].isalnum())
        for lead in ctx.lexicon.section("events")["visit_noun_leads"]
    ) and ctx.lexicon.matcher("events", "visit_leaders").contains(sentence.text)


def _trip_as_occasion(
    ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]
) -> PhraseMatch | None:
    """ "이번 총리의 방한으로 체결된 협정은 …", "장관 방문에 맞추어 … 등재했다": a trip told by its
    noun as the occasion of what was done on it took place (the language's ``trip_as_occasion``),
    and, as a leader's trip, says who made it though no place of it is read; told with a month or a
    year ("올해 4월 대통령의 방문을 계기로 …"), it is the background the news follows, not news.
    The trip's noun, or None."""
    if ctx.years(sentence) or next(
        iter(ctx.language.months_named(ctx.text, sentence.start, sentence.end)), None
    ):
        return None
    return next(
        (
            t
            for t in types
            if t.label == EventType.DELEGATION_VISIT and ctx.language.trip_as_occasion(ctx, sentence, t)
        ),
        None,
    )


TRIP_MAKER_WORDS = 1  # "카타르 국왕의 방한", "복지부장관 방문": the maker's title between
_MAKER_BREAK = re.compile(r"[,.;()]")  # a list or an aside between: the body is not the maker


def _trip_maker(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> list[str]:
    """ "오만 총리의 방한으로 체결된 …", "복지부장관 방문에 맞추어 …": a trip told as an occasion
    is made for the body, or the foreign state, named right before its noun with its maker's
    title at most between (annotation.md, Organisers: a head visits for the body)."""

    def right_before(end: int) -> bool:
        between = ctx.text[end : noun.start]
        return (
            end <= noun.start
            and len(between.split()) <= TRIP_MAKER_WORDS
            and not _MAKER_BREAK.search(between)
        )

    bodies = [body.name for body in ctx.organizations(sentence) if right_before(body.end)]
    return (
        bodies
        or [
            p.place.name
            for p in ctx.places(sentence)
            if p.place.kind == PlaceKind.COUNTRY and not p.place.is_korean and right_before(p.end)
        ][:1]
    )


def _is_announcement(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "at a press briefing", "told a news conference": where news is announced, not an event."""
    return any(
        a.start <= noun.start and noun.end <= a.end
        for a in ctx.lexicon.matcher("events", "announcements").finditer(
            ctx.text, max(0, noun.start - 20), noun.end + 20
        )
    )


def _event_date(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """The date of the event: the first one after its noun, else the last one before it; a
    deadline's date is none of its days (_deadline)."""
    dates = ctx.happening_dates(sentence)
    if dates and ctx.lexicon.matcher("events", "deadline_words").contains(sentence.text):
        dates = [d for d in dates if not _deadline(ctx, sentence, d)]
    after = [d for d in dates if d.start >= noun.start]
    if after:
        return after[0]
    return dates[-1] if dates else None


def _a_call(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "The deadline for entries to the Jeonju nursing prize is 4 March": a sentence whose only
    dates are deadlines tells a call to apply or to nominate, not an occasion (a sentence that
    also tells the occasion's days is read for them)."""
    if not ctx.lexicon.matcher("events", "deadline_words").contains(sentence.text):
        return False  # the cheap test first: most sentences name no deadline
    dates = ctx.happening_dates(sentence)
    return bool(dates) and all(_deadline(ctx, sentence, d) for d in dates)


DEADLINE_REACH_CHARS = 60  # "the deadline for entries to the two nursing fellowships is 4 March"
_DEADLINE_BREAK = re.compile(r"[,;()]")  # a clause or an aside ends between the word and the date


def _deadline(ctx: DocumentContext, sentence: Sentence, dated: DateMention) -> bool:
    """ "the deadline for entries is 4 March", "trainees must apply by 12 June": a date that a
    word of a deadline governs (the language's ``deadline_words``,
    before it in its clause) is the last day to apply or register, not a day of the occasion the
    call is for."""
    floor = max(sentence.start, dated.start - DEADLINE_REACH_CHARS)
    return any(
        not _DEADLINE_BREAK.search(ctx.text, word.end, dated.start)
        for word in ctx.lexicon.matcher("events", "deadline_words").finditer(ctx.text, floor, dated.start)
    )


UNTIL_REACH_CHARS = 20  # "wrapped up on ": the longest mark before a day that ends a stretch


def _last_of_a_stretch(ctx: DocumentContext, dated: DateMention) -> bool:
    """Whether a day is told as the last of a stretch: by a mark after it ("28일까지") or before
    it ("until 25 May", "ended on 13 November"), as the language writes it."""
    events = ctx.language.patterns.events
    return (
        events.until.match(ctx.text, dated.end) is not None
        or events.until_before.search(ctx.text, max(0, dated.start - UNTIL_REACH_CHARS), dated.start)
        is not None
    )


def _stretch(ctx: DocumentContext, sentence: Sentence, dated: DateMention) -> tuple[date, date | None]:
    """The event's first and last days. A day told as the end of a stretch ("지난 24일 … 입국해
    28일까지 4박 5일의 여정", "이날부터 오는 31일까지 4일간") is its last: an earlier day the
    sentence tells before it is its first, else its length counted back from it."""
    if dated.last is not None:
        return dated.first, dated.last
    if not _last_of_a_stretch(ctx, dated):
        # "began on 9 November and ended on 13 November": a later day told as the last is its end
        later = [
            d
            for d in ctx.happening_dates(sentence)
            if d.start >= dated.end
            and d.last is None
            and 0 < (d.first - dated.first).days <= MAX_STRETCH_DAYS
            and _last_of_a_stretch(ctx, d)
        ]
        return dated.first, later[0].first if later else _days_later(ctx, sentence, dated.first)
    earlier = [
        d
        for d in ctx.happening_dates(sentence)
        if d.end <= dated.start and d.last is None and 0 < (dated.first - d.first).days <= MAX_STRETCH_DAYS
    ]
    if earlier:
        return earlier[-1].first, dated.first
    last_day_counted = _days_later(ctx, sentence, dated.first)
    if last_day_counted is None:
        # "6일까지 팸투어를 진행했다": its first day is not told, unless the next sentence opens on it
        first = _first_day_told_next(ctx, sentence, dated.first)
        return (first, dated.first) if first is not None else (dated.first, None)
    return date.fromordinal(2 * dated.first.toordinal() - last_day_counted.toordinal()), dated.first


MAX_STRETCH_DAYS = 31  # an earlier day more than a month before the end tells something else


def _first_day_told_next(ctx: DocumentContext, sentence: Sentence, last: date) -> date | None:
    """ "오는 28일까지 … 설명회를 연다. 먼저 26일에는 …": a stretch told only by its last day, whose
    next sentence opens on what came first, starts on the day that sentence tells."""
    after = ctx.body_sentence_after(sentence)
    if after is None:
        return None
    if ctx.lexicon.matcher("events", "first_day_openers").match(ctx.text, after.start, after.end) is None:
        return None
    days = ctx.happening_dates(after)
    if not days or days[0].last is not None:
        return None
    first = days[0].first
    return first if 0 < (last - first).days <= MAX_STRETCH_DAYS else None


def _days_later(ctx: DocumentContext, sentence: Sentence, first: date) -> date | None:
    """ "for five days from June 2", "a two-day visit" on 11 September -> the range's last day."""
    match = ctx.language.patterns.events.duration.search(sentence.text)
    if match is None:
        return None
    word = match.groupdict().get("w")
    if word:
        days = int(ctx.lexicon.section("events")["day_words"][word])
    else:
        group = "n" if match["n"] else "m"
        quantities = [q for q in ctx.quantities(sentence) if q.start - sentence.start == match.start(group)]
        days = (
            int(quantities[0].value) if quantities else (int(match[group]) if match[group].isdigit() else 0)
        )
    return date.fromordinal(first.toordinal() + days - 1) if days > 1 else None


_PLACES_OF_OCCURRENCE = {PlaceKind.CITY, PlaceKind.COUNTRY, PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}


def per_place(ctx: DocumentContext, mention: Mention) -> list[Mention]:
    """ "부산시는 3~5일 알마티에서, 8~10일 타슈켄트에서 설명회를 열었다", "in Almaty on 3-5 April and
    in Tashkent on 8-10 April": a sentence that gives each of its places its own days tells one
    occurrence per place. Each stretch between two dates must hold a place where it was held
    (after its date, as Korean writes it, or before it, as English does), and no two the same."""
    sentence = mention.sentence
    # on a page without a date, its days without their month ("31일부터 4일까지") still part it,
    # but not the day the news was told ("… 갖는다고 3일 밝혔다")
    dates: Sequence[Span] = (
        ctx.happening_dates(sentence)
        if mention.first is not None
        else [
            d
            for d in ctx.language.find_ordinal_days(ctx.text, sentence.start, sentence.end)
            if not ctx.reported(sentence, d)
        ]
    )
    days: Sequence[Span] = [
        one for d in dates for one in (ctx.language.listed_days(d) if isinstance(d, DateMention) else [d])
    ]
    if not days and mention.first is None:
        # "지난 4월과 10월에는 라오스와 키르기스스탄을 방문해": months listed, each a stop's
        days = ctx.language.listed_months(ctx.text, sentence.start, sentence.end)
    if len(days) < 2:
        return [mention]
    noun = ctx.lexicon.matcher("events", "types").search(ctx.text, sentence.start, sentence.end)
    if noun is None:
        return [mention]
    held = [
        p
        for p in ctx.places(sentence)
        if p.place.kind in _PLACES_OF_OCCURRENCE and ctx.language.held_at(ctx, sentence, noun, p)
    ]
    listed = _places_listed_after_the_days(ctx, sentence, days, held)
    if listed:
        return [_at(ctx, mention, day, group) for day, group in zip(days, listed, strict=True)]
    if len(dates) < 2 or len(held) < len(dates):
        return [mention]
    ends = [d.start for d in dates[1:]] + [sentence.end]
    starts = [sentence.start] + [d.end for d in dates[:-1]]
    for stretches in (
        [(d.end, end) for d, end in zip(dates, ends, strict=True)],  # 3~5일 알마티에서
        [(start, d.start) for d, start in zip(dates, starts, strict=True)],  # in Almaty on 3-5 April
    ):
        placed = [[p for p in held if start <= p.start and p.end <= end] for start, end in stretches]
        names = [frozenset(p.place.name for p in group) for group in placed]
        if (
            all(placed)
            and len(set(names)) == len(names)
            and not any(a & b for a in names for b in names if a is not b)
        ):
            return [_at(ctx, mention, date, group) for date, group in zip(dates, placed, strict=True)]
    return [mention]


def _places_listed_after_the_days(
    ctx: DocumentContext, sentence: Sentence, days: Sequence[Span], held: list[Place]
) -> list[list[Place]]:
    """ "8일과 11일 각각 하노이와 알마티에서": the days listed first and the places after them, in
    the same order; the n-th day is the n-th place's. The list ends on a place where the event
    was held (the locative marks its last item only) and runs back over the places joined to it.
    A place is the run of names written side by side ("베트남 하노이"); there must be as many as
    days, none named twice. Empty when the sentence is not of that shape."""
    if not held or days[-1].end > held[-1].start:
        return []
    if not all(ctx.language.joins_a_list(ctx.text[a.end : b.start]) for a, b in itertools.pairwise(days)):
        return []  # "28일부터 11월 3일까지": a range, not days listed
    before = [
        p
        for p in ctx.places(sentence)
        if p.place.kind in _PLACES_OF_OCCURRENCE and days[-1].end <= p.start and p.end <= held[-1].end
    ]
    runs: list[list[Place]] = [[before[-1]]]
    for place in reversed(before[:-1]):
        between = ctx.text[place.end : runs[0][0].start]
        if not between.strip():
            runs[0].insert(0, place)
        elif ctx.language.joins_a_list(between):
            runs.insert(0, [place])
        else:
            break  # "카자흐스탄 남부의 중심도시인 쉼켄트": the list starts after
    names = [frozenset(p.place.name for p in run) for run in runs]
    if len(runs) != len(days) or any(a & b for i, a in enumerate(names) for b in names[i + 1 :]):
        return []
    return runs


def _at(ctx: DocumentContext, mention: Mention, day: Span, places: list[Place]) -> Mention:
    """A copy of the mention on the day (where it has one) and at the places of one of its occurrences."""
    one = replace(mention, venue=None)
    if isinstance(day, DateMention):
        one.first, one.last = day.first, day.last
    relocate(ctx, one, places)
    return one


def dated_by_its_party(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> None:
    """ "강동미래병원이 알마티에서 의료 설명회를 열었다. 병원은 지난 6일 …": the sentence right
    after an undated occurrence, telling no event of its own, whose subject is that occurrence's
    party (those told of, 이들은, or its host named again, whole or by the last word of its name:
    병원은, 시는) tells when it took place; its first happening date is the occurrence's."""
    if mention.first is not None or mention.months or mention.caption or mention.pending:
        return
    dates = ctx.happening_dates(sentence)
    if not dates or not opens_on_its_party(ctx, sentence, mention):
        return
    mention.first, mention.last = _stretch(ctx, sentence, dates[0])


def opens_on_its_party(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> bool:
    """Whether the sentence's subject is the occasion's party: those told of (이들은), its host
    named again, whole or by the last word of its name (병원은, 시는), or the party's own noun."""
    if ctx.lexicon.matcher("organizations", "subject_pronouns").match(ctx.text, sentence.start, sentence.end):
        return True
    text = sentence.text.lstrip()
    if any(text.startswith(host) for host in mention.organizers):
        return True
    words = text.split(maxsplit=1)
    subject = _without_topic_particle(ctx, words[0]) if words else None
    # "경남도 대표단은 …. 대표단은 이튿날 …": the party named by the last word of the occasion's name
    named = (mention.name or "").split()[-1:]
    return (
        bool(subject)
        and (any(host.endswith(subject or "") for host in mention.organizers) or named == [subject])
    ) or _head_named_again(ctx, text, mention)


def opens_on_the_same_party(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> bool:
    """ "성애병원은 … 행사에 참여했다. 성애병원은 … 진료상담 활동을 벌였다": the sentence opens
    on the topic the occasion's sentence opened on, the party told taking part in it."""
    words = sentence.text.split(maxsplit=1)
    subject = _without_topic_particle(ctx, words[0]) if words else None
    return subject is not None and mention.sentence.text.lstrip().startswith(words[0])


def _head_named_again(ctx: DocumentContext, text: str, mention: Mention) -> bool:
    """ "진흥원 최서진 원장이 … 방문했다. 최 원장은 지난 20일 …": the sentence opens on
    the head of the occasion's party named again by the first syllable of the name and the
    title (최 원장은), the name written whole with that title in the occasion's sentence."""
    words = text.split(maxsplit=2)
    if len(words) < 2 or len(words[0]) > 1:
        return False  # the cheap test first: a surname of one syllable, then the title
    title = _without_topic_particle(ctx, words[1])
    if title is None or title not in ctx.lexicon.section("partnerships")["person_titles"]:
        return False
    told = mention.sentence.text
    at = told.find(f" {title}")
    while at >= 0:
        name = told[:at].rsplit(maxsplit=1)[-1:]
        if name and name[0].startswith(words[0]) and len(name[0]) > 1:
            return True
        at = told.find(f" {title}", at + 1)
    return False


def _without_topic_particle(ctx: DocumentContext, word: str) -> str | None:
    """The word a topic particle closes ("병원은" -> "병원"), or None when none closes it."""
    particles = ctx.lexicon.section("organizations").get("topic_particles", [])
    return next((word[: -len(p)] for p in particles if word.endswith(p) and len(word) > len(p)), None)
