"""Events: conferences, awards, presentations, roadshows, visits, consultations, trainings.

Each sentence that names an event type and either dates it or says it happened is a mention.
Mentions then merge into occurrences: mentions on the same date are one event; undated mentions
join the dated event of their type (or, when the article reports a single dated event, that one:
the activities of one trip are one event). An undated event stands alone when it is named or
says where it happened or who ran it; its dates stay NULL.
"""

import itertools
import re
from dataclasses import replace
from datetime import date
from typing import Any

from extractors.context import DocumentContext
from extractors.mentions.places import KOREA, PlaceKind
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.events.details import attendance, organizers, relocate
from extractors.records.events.mentions import (
    acronym_mention,
    anaphoric_mention,
    dated_by_its_party,
    find_mention,
    opens_on_its_party,
    opens_on_the_same_party,
    per_place,
    signing_mention,
)
from extractors.records.events.shared import Mention
from extractors.records.other_countries import about_other_countries
from extractors.text.sentences import Sentence
from models import EventType, RecordKind

_EDITION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "Medical Korea 2023": an edition's year
EXTENSION_DAYS = 7  # a later day told of an occurrence ends it when it is within a week of its start


def extract_events(ctx: DocumentContext) -> list[RecordDraft]:
    if _off_the_domain(ctx):
        return []
    mentions: list[Mention] = []
    for sentence in ctx.body_sentences:
        mention = (
            find_mention(ctx, sentence)
            or anaphoric_mention(ctx, sentence, mentions)
            or acronym_mention(ctx, sentence, mentions)
            or signing_mention(ctx, sentence)
        )
        later = _told_in_later_clauses(ctx, sentence, mention)
        if mention is not None:
            mention.activity = _activity_of_the_last(ctx, mention, mentions) or _during_the_trip(
                ctx, mention, mentions
            )
            if mention.activity:
                mention.points_back = True
                _extend(mentions[-1], mention.first)
            mentions.extend(per_place(ctx, mention))
            mentions.extend(_listed_after(ctx, mention))
            earlier = _earlier_told(ctx, sentence, mention)
            mentions.extend(earlier)
            # "지난 4월 알마티에서 열린 ‘…박람회’와 사할린에서 열린 ‘…상품전’": the fairs listed
            # after the earlier occasion are earlier occasions too
            mentions.extend(listed for one in earlier[:1] for listed in _listed_after(ctx, one))
        elif mentions and mentions[-1].sentence.index == sentence.index - 1:
            _attendance_after(ctx, sentence, mentions[-1])
            _told_of_it_after(ctx, sentence, mentions[-1])
            dated_by_its_party(ctx, sentence, mentions[-1])
        mentions.extend(later)
    groups = _told(ctx, _merge(ctx, mentions))
    if not groups and any(m.caption for m in mentions):
        # "▲ 서울대병원은 국제진료센터 개소식을 가졌다" on a page that tells it nowhere else: a
        # caption (or a bulleted line) is then the only account of the occurrence it shows
        for mention in mentions:
            mention.caption = False
        groups = _told(ctx, _merge(ctx, mentions))
    if not groups:
        groups = _told_in_the_headline(ctx)
    groups = [g for g in groups if not _home_opening_off_topic(ctx, g) and not _care_for_locals(ctx, g)]
    groups = [g for g in groups if not _signing_within_an_occasion(ctx, g, groups)]
    _share_hosts(ctx, groups)
    records = [record for group in groups for record in _records(ctx, group)]
    if ctx.language.events_need_anchor:
        records = [r for r in records if _anchored(r.fields)]
    if records and about_other_countries(ctx):
        return []  # "Okinawa's council held a briefing in Naha": no Korean side
    return records


def _signing_within_an_occasion(
    ctx: DocumentContext, group: list[Mention], groups: list[list[Mention]]
) -> bool:
    """Whether the occurrence is a signing told only by its verb (no ceremony word names it), or
    a ceremony told as attended as well, on a page that tells an occasion of another kind near its
    days: "the fair opens on the 6th; 25 bodies will hold business talks and sign agreements
    there" (annotation.md, a signing within a trip, a conference or a visit stays part of that
    event, whatever words tell it). Only the page's other occurrences and the ceremony's own
    sentence are read."""
    if _group_type(ctx, group) != EventType.SIGNING:
        return False
    if not all(_unnamed(m) or _attended_too(ctx, m) for m in group):
        return False
    days = [m.first for m in group if m.first is not None]
    return any(
        _group_type(ctx, other) != EventType.SIGNING and _near_in_days(days, other)
        for other in groups
        if other is not group
    )


def _unnamed(mention: Mention) -> bool:
    """Whether the mention names nothing, not even its kind ("협약을 맺는다", "행사에는"): a
    signing so told is told by its verb alone, no ceremony word naming it."""
    return mention.name is None and mention.kind_name is None


def _attended_too(ctx: DocumentContext, mention: Mention) -> bool:
    """ "이튿날 … 병원 간 협약식에도 참석했다": a ceremony its sentence says someone attended as well
    (the language's ``attended_too``, right after the ceremony's name) is one more stop of the
    occasion they were on."""
    sentence = mention.sentence
    if mention.name is None:
        return False
    at = ctx.text.find(mention.name, sentence.start, sentence.end)
    if at < 0:
        return False
    too = ctx.lexicon.matcher("events", "attended_too")
    return too.match(ctx.text, at + len(mention.name), sentence.end) is not None


def _near_in_days(days: list[date], group: list[Mention]) -> bool:
    """Whether the occurrence told by ``group`` falls within a week of one of ``days`` (or either
    side tells no day, so nothing sets them apart)."""
    theirs = [m.first for m in group if m.first is not None]
    if not days or not theirs:
        return True
    return any(abs((a - b).days) <= EXTENSION_DAYS for a in days for b in theirs)


def _told_in_the_headline(ctx: DocumentContext) -> list[list[Mention]]:
    """The occurrence the headline tells ("…와 의료홍보회 개최") on a page whose body reads none:
    the body may tell it in words the readers miss (a garbled line, a verb cut off), and the
    headline is then its only account. Where the body reads any event, the headline's is that
    one told again in other words, and reading it would make a second record of it."""
    headline = ctx.headline
    told = find_mention(ctx, headline) if headline is not None else None
    return _told(ctx, _merge(ctx, [told])) if told is not None else []


def _told_in_later_clauses(ctx: DocumentContext, sentence: Sentence, told: Mention | None) -> list[Mention]:
    """ "서구는 지난해 4월 우즈베키스탄에서 설명회를 열고 6월 현지 여행사를 초청해 …", "지난 9월에는 …
    설명회를 개최하였고, 10월에도 … 설명회를 개최했다": a clause that opens on a month of its own
    (the language's ``clauses_of_their_own_time``), none of the months of the clauses before it,
    tells an occasion of its own, read from there on; each occasion keeps its own clause's
    months. The whole sentence's occasion is read as before."""
    starts = ctx.language.clauses_of_their_own_time(ctx, sentence)
    if not starts:
        return []
    if (
        told is not None
        and ctx.lexicon.matcher("events", "types").search(ctx.text, sentence.start, starts[0]) is None
    ):
        return []  # "3월에 MOU를 체결했으며, 10월에 대표단이 …을 방문해": the occasion read is the later clause's
    bounds = [sentence.start, *starts, sentence.end]
    own = [tuple(ctx.language.months_named(ctx.text, a, b)) for a, b in itertools.pairwise(bounds)]
    times = [set(own[0])] if told is not None and own[0] else []
    found: list[Mention] = []
    for start, months in zip(starts, own[1:], strict=True):
        clause = Sentence(
            start, sentence.end, ctx.text[start : sentence.end], sentence.index, sentence.paragraph
        )
        mention = find_mention(ctx, clause) if months and not any(set(months) & t for t in times) else None
        if mention is None or mention.points_back or mention.first is not None:
            continue
        if told is not None and not found:
            told.months = own[0]  # its own clause's months, not those of the clauses after it
        mention.months = months
        times.append(set(months))
        found.extend(per_place(ctx, mention))
    return found


def _off_the_domain(ctx: DocumentContext) -> bool:
    """Whether the page names no word of care, health or its providers anywhere (the language's
    ``domain_words``): a tourism promotion of food and fashion, a pop-up store of travel ads, is
    near-topic and holds no occasion of the domain. One test of the whole text; a language
    without the list reads every page."""
    words = ctx.lexicon.section("events")["domain_words"]
    return bool(words) and not ctx.lexicon.matcher("events", "domain_words").contains(ctx.text)


def _home_opening_off_topic(ctx: DocumentContext, group: list[Mention]) -> bool:
    """Whether the occurrence is the opening of something at home on a page that tells nothing of
    patients or places abroad: "the hospital opened its new dementia ward with a ribbon-cutting"
    is near-topic (annotation.md, opening ceremonies), while the opening of an international
    clinic, or of anything on a page about foreign patients, is an event. Only an occurrence of
    no other kind, every account of it an opening, placed nowhere abroad."""
    openings = ctx.lexicon.matcher("events", "opening_occasions")
    if not all(m.event_type == EventType.OTHER and openings.contains(m.sentence.text) for m in group):
        return False
    if any(m.country not in (None, KOREA) for m in group):
        return False
    # the body only: a headline frames the page by its section ("medical tourism news") as often
    # as it tells what happened
    topics = ctx.lexicon.matcher("events", "abroad_topics")
    body = ctx.body_sentences
    if any(topics.contains(s.text) for s in body):
        return False
    return not any(p.place.country and not p.place.is_korean for s in body for p in ctx.places(s))


def _care_for_locals(ctx: DocumentContext, group: list[Mention]) -> bool:
    """Whether the occurrence is care given at home with no foreign side in any sentence telling
    it: "병원은 대구 시민 300명에게 무료 검진을 했다" is a hospital's service to its neighbours,
    near-topic as the opening of a ward at home is, while free check-ups abroad, or at home for
    foreign workers or invited foreign patients, are the domain's missions. Only an occurrence
    of no other kind, placed in Korea by its text, whose sentences name neither a word of the
    language's ``abroad_topics`` nor a place abroad."""
    if not all(m.event_type == EventType.MEDICAL_CONSULTATION and m.country == KOREA for m in group):
        return False
    topics = ctx.lexicon.matcher("events", "abroad_topics")
    sentences = [m.sentence for m in group]
    if any(topics.contains(s.text) for s in sentences):
        return False
    return not any(p.place.country and not p.place.is_korean for s in sentences for p in ctx.places(s))


def _activity_of_the_last(ctx: DocumentContext, mention: Mention, before: list[Mention]) -> bool:
    """ "창원시가 블라디보스토크에서 의료관광 로드쇼를 펼쳤다. 시는 지난 9일부터 사흘간 현지
    호텔에서 … 상담회를 운영했다": an activity named by its noun alone, placed nowhere of its own,
    in the sentence right after an undated occurrence and told by that occurrence's party, is
    one of its activities and tells its days."""
    last = before[-1] if before else None
    return (
        last is not None
        and last.first is None
        and mention.first is not None
        and last.sentence.index == mention.sentence.index - 1
        and mention.city is None
        and mention.country is None
        and _bare(ctx, mention)
        and opens_on_its_party(ctx, mention.sentence, last)
    )


def _during_the_trip(ctx: DocumentContext, mention: Mention, before: list[Mention]) -> bool:
    """ "경남도 대표단은 지난 2일 블라디보스토크를 방문했다. 대표단은 이튿날 연해주 보건부와
    협약식을 가졌다": what the party of a visit told in the sentence before does within a week of
    its first day, in no other country, is part of the trip (its ceremony, its meetings)."""
    last = before[-1] if before else None
    return (
        last is not None
        and last.event_type == EventType.DELEGATION_VISIT
        and last.first is not None
        and mention.first is not None
        and last.sentence.index == mention.sentence.index - 1
        and 0 < (mention.first - last.first).days <= EXTENSION_DAYS
        and mention.country in (None, last.country)
        and opens_on_its_party(ctx, mention.sentence, last)
    )


def _listed_after(ctx: DocumentContext, mention: Mention) -> list[Mention]:
    """ "한방 의료관광 박람회와 한빛 여행박람회에 참가했다": the named fairs listed after the one the
    mention names took place as it did, each an occurrence of its own, by its own name."""
    if not mention.name or mention.points_back or mention.activity:
        return []
    listed: list[Mention] = []
    items = ctx.language.listed_events(ctx, mention.sentence, mention.name)
    places = ctx.places(mention.sentence)
    for item in items:
        one = replace(mention, name=item.text, event_type=EventType(item.label), venue=None, listed=True)
        relocate(ctx, one, [p for p in places if item.start <= p.start and p.end <= item.end])
        listed.append(one)
    # "알마티 박람회와 타슈켄트에서 개최된 …엑스포": a place told within a listed item is that
    # one's; the first is then placed by its own name only
    inside = [p for p in places if any(i.start <= p.start and p.end <= i.end for i in items)]
    if any(p.place.name in (mention.city, mention.region) for p in inside):
        at = ctx.text.find(mention.name, mention.sentence.start, mention.sentence.end)
        relocate(ctx, mention, [p for p in places if at <= p.start and p.end <= at + len(mention.name)])
    return listed


def _earlier_told(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> list[Mention]:
    """ "이번 팸투어는 지난 3월 시가 현지에서 설명회를 연 뒤 마련됐다": a sentence that adds to
    the occasion told before may tell, in a clause of an earlier time, an occasion of its own
    (the roadshow the fam tour followed); that clause is read as a sentence of its own."""
    if not mention.points_back:
        return []
    start = ctx.language.earlier_occasion(ctx, sentence)
    if start is None:
        return []
    clause = Sentence(start, sentence.end, ctx.text[start : sentence.end], sentence.index, sentence.paragraph)
    earlier = find_mention(ctx, clause)
    if earlier is None or earlier.points_back or earlier.future:
        return []
    # "이번 설명회는 지난 5월 2일 시청에서 열린 포럼 이후 마련됐다": the day and the
    # venue of that clause are the earlier occasion's, not the one the sentence points back to
    if mention.first is not None and mention.first == earlier.first:
        mention.first = mention.last = None
    if mention.venue is not None and mention.venue == earlier.venue:
        mention.venue = None
    earlier.earlier = True
    return per_place(ctx, earlier)


# what ties an occurrence down (Language.events_need_anchor); a country alone does not: on Korean
# pages an occurrence told with nothing but "한국" or "우리나라" beside it is a visit or a signing
# read into a sentence about something else (a forecast of arrivals, a bill tabled)
ANCHORS = ("name", "start_date", "organizers", "city", "region", "venue")


def _anchored(fields: dict[str, Any]) -> bool:
    """Whether the event has a name, a date, a host or a place finer than a country."""
    return any(fields.get(key) for key in ANCHORS)


CEREMONY_REACH_SENTENCES = 3  # the ceremony of a signing is told in the sentences right after it


def _told(ctx: DocumentContext, groups: list[list[Mention]]) -> list[list[Mention]]:
    """The occurrences told as such: a signing told only by its verb is the partnership only,
    unless a sentence right after it tells its ceremony or its guests ("이번 협약식은 …",
    "이 자리에는 양 기관 관계자들이 참석했다")."""
    return [g for g in groups if not all(m.pending for m in g) or _ceremony_told_after(ctx, g)]


def _ceremony_told_after(ctx: DocumentContext, group: list[Mention]) -> bool:
    last = max(m.sentence.index for m in group)
    return any(
        last < s.index <= last + CEREMONY_REACH_SENTENCES and ctx.language.signing_told_as_occasion(ctx, s)
        for s in ctx.body_sentences
    )


def _share_hosts(ctx: DocumentContext, groups: list[list[Mention]]) -> None:
    """ "울산시는 … 설명회를 연다. 첫 설명회는 14일 알마티에서, 두 번째 설명회는 17일
    타슈켄트에서 열린다": occurrences of one kind told in one sentence (the stops of a series)
    have one host; one told with none takes the host of another told there."""
    for group in groups:
        if any(m.organizers for m in group):
            continue
        told = {m.sentence.index for m in group}
        kind = _group_type(ctx, group)
        donor = next(
            (
                g
                for g in groups
                if any(m.organizers for m in g)
                and told & {m.sentence.index for m in g}
                and _group_type(ctx, g) == kind
            ),
            None,
        )
        if donor is not None:
            group[0].organizers = list(dict.fromkeys(o for m in donor for o in m.organizers))


def _records(ctx: DocumentContext, group: list[Mention]) -> list[RecordDraft]:
    """The occurrence's record; an award given in several years ("won the award in both 2015
    and 2016") is one award a year, each its own occurrence."""
    record = _record(ctx, group)
    if _group_type(ctx, group) != EventType.AWARD:
        return [record]
    years = max((len(m.years) for m in group), default=0)
    return [record] + [replace(record, fields=dict(record.fields)) for _ in range(years - 1)]


def _attendance_after(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> None:
    """ "Busan staged a roadshow in Vladivostok on April 12. Some 250 people attended.": the
    sentence right after an event that tells of no event of its own may still count its people."""
    if mention.attendance is not None:
        return
    audience, members = attendance(ctx, sentence)
    mention.attendance = audience
    mention.members = mention.members or members


def _told_of_it_after(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> None:
    """ "A briefing for agents took place in Osh on June 5. It was organised by Busan.", "Doctors
    from Hanbit Hospital flew to Hue for a free clinic. The team saw patients from 3 to 7 May.":
    the sentence right after an event that tells of no event of its own, but whose subject
    stands for it ("it", "the team"), gives the hosts or the days the event lacked."""
    if not _opens_on_it(ctx, sentence):
        return
    if not mention.organizers:
        mention.organizers = organizers(ctx, sentence)
    if mention.first is None and (dates := ctx.happening_dates(sentence)):
        mention.first, mention.last = dates[0].first, dates[0].last
    if mention.city is None and mention.region is None:
        # "sent a mission to rural Mongolia. The mission saw patients in Darkhan ...": the town
        _place_finer(ctx, sentence, mention)


def _place_finer(ctx: DocumentContext, sentence: Sentence, mention: Mention) -> None:
    """The first city or province the sentence names, in the event's country where it has one."""
    places = [
        p
        for p in ctx.places(sentence)
        if p.place.kind != PlaceKind.DEMONYM and mention.country in (None, p.place.country)
    ]
    if any(p.place.kind != PlaceKind.COUNTRY for p in places):
        relocate(ctx, mention, places)


def _opens_on_it(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence's subject stands for the event told before it ("It", "The team")."""
    return any(
        ctx.lexicon.matcher("events", key).match(ctx.text, sentence.start, sentence.end) is not None
        for key in ("anaphoric_pronouns", "anaphoric_subjects")
    )


def _merge(ctx: DocumentContext, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions into occurrences; one that points back ("이번 행사는 15일까지") joins the
    occurrence told last before it, whatever day it names."""
    listed = [[m] for m in mentions if m.listed]
    mentions = [m for m in mentions if not m.listed]
    told_after = [m for m in mentions if m.points_back and m.sentence.index > mentions[0].sentence.index]
    occurrences = _merge_by_date(ctx, [m for m in mentions if m not in told_after], told_after)
    for mention in told_after:
        before = [g for g in occurrences if any(m.sentence.index < mention.sentence.index for m in g)]
        # "21~25일엔 모스크바에서 설명회를 연다" after one in Jakarta: in another foreign city, the
        # next stop of a series, not more of the one told last (unless its day falls within it:
        # "26일에는 코르사코프시, 27일에는 돌린스크시" on a trip of the 23rd to the 28th)
        # (one with no day of its own is more of the one told last, wherever its places are:
        # "이번 알마티 의료관광대전을 계기로 … 아스타나항공과 협약을 체결한다")
        near = [
            g
            for g in before
            if not _elsewhere(g[0], mention)
            or _within(g[0], mention.first)
            or _dayless(ctx, mention)
            or _stop_told(g[0], mention)
        ]
        # "이번 설명회에는 …" after a sentence that told, in a clause, the forum it followed: the
        # fam tour, not the earlier occasion (Mention.earlier)
        near = [g for g in near if not all(m.earlier for m in g)] or near
        if near:
            home = max(near, key=lambda g: max(m.sentence.index for m in g))
            home.append(mention)
            _extend(home[0], mention.first)
        elif not mention.caption and (mention.first is not None or (before and _placed(mention))):
            occurrences.append([mention])
    return (_fold_within(occurrences) if told_after else occurrences) + listed


def _stop_told(anchor: Mention, mention: Mention) -> bool:
    """ "대표단을 하노이와 다낭에 보낸다", then "12일 세미나에서는 다낭 …": a city the
    occurrence told before was said to cover is one of its stops, not the next occurrence of a
    series, whatever day it names (a day its page may not resolve)."""
    return mention.city is not None and mention.city in anchor.sentence.text


def _dayless(ctx: DocumentContext, mention: Mention) -> bool:
    """Whether the mention tells no day at all, not even one its page cannot place."""
    sentence = mention.sentence
    return mention.first is None and not ctx.language.find_ordinal_days(
        ctx.text, sentence.start, sentence.end
    )


def _extend(anchor: Mention, day: date | None) -> None:
    """ "이번 방문 일정은 오는 5일까지 이어진다" after a visit that began on the 2nd: a later day
    within a week, told of the same occurrence, is where it ends."""
    if (
        day is not None
        and anchor.first is not None
        and anchor.last is None
        and 0 < (day - anchor.first).days <= EXTENSION_DAYS
    ):
        anchor.last = day


def _fold_within(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Occurrences whose day falls within another's range, once that range is known, are part of it."""
    folded: list[list[Mention]] = []
    for group in groups:
        home = next((f for f in folded if f[0] is not group[0] and _within(f[0], group[0].first)), None)
        if home is not None:
            home.extend(group)
        else:
            folded.append(group)
    return folded


def _merge_by_date(
    ctx: DocumentContext, mentions: list[Mention], told_after: list[Mention] | None = None
) -> list[list[Mention]]:
    """Mentions into occurrences by their days; ``told_after`` are those that point back to the
    occurrence told last before them, joined to it later, which still tell how near it is."""
    groups: list[list[Mention]] = []
    dated = [m for m in mentions if m.first is not None]
    for mention in sorted(dated, key=lambda m: m.caption):
        # the same day, or a day within an earlier occurrence ("On June 7" of a June 4-8 trip)
        same = next(
            (
                g
                for g in groups
                if (
                    g[0].first == mention.first
                    or _within(g[0], mention.first)
                    or _within(mention, g[0].first)
                )
                and not _other_country(ctx, g[0], mention)
            ),
            None,
        )
        same = same or _told_before(ctx, groups, mention) or _runs_on(ctx, groups, mention)
        if same is not None:
            same.append(mention)
        elif not mention.caption:
            groups.append([mention])
    undated = [
        m
        for m in mentions
        if m.first is None and not m.caption and (not m.future or _plan_told_clearly(ctx, m))
    ]
    named_alone: list[list[Mention]] = []
    for mention in undated:
        target = _dated_home(ctx, groups, mention)
        if target is not None:
            target.append(mention)
        elif named_alone and _told_by_them(ctx, named_alone[-1], mention):
            named_alone[-1].append(mention)
        elif (home := _bare_home(ctx, groups + named_alone, mention)) is not None:
            home.append(mention)
        elif (home := _activity_of_it(ctx, groups + named_alone, told_after or [], mention)) is not None:
            # its host took part in the occurrence and its places are what it spoke of: it
            # leaves the occurrence what it was (as what is done during a trip does)
            home.append(
                replace(
                    mention,
                    activity=True,
                    points_back=True,
                    organizers=[],
                    city=None,
                    region=None,
                    country=None,
                )
            )
        elif mention.name:
            same_name = next(
                (
                    g
                    for g in named_alone
                    if not _months_apart(g[0], mention)
                    and (
                        (_same_name(g[0], mention) and not _elsewhere(g[0], mention, by_country=True))
                        or _same_trip(g[0], mention)
                        or _told_with_the_trip(ctx, g[0], mention)
                        or _names_it(g, mention)
                        or _same_kind_same_place(ctx, g, mention)
                    )
                ),
                None,
            )
            if same_name is not None:
                same_name.append(mention)
            else:
                named_alone.append([mention])
        elif (
            named_alone
            and not _months_apart(named_alone[-1][0], mention)
            and (
                (
                    named_alone[-1][0].event_type == mention.event_type
                    and not _abroad_after_home(named_alone[-1][0], mention)
                )
                or _goes_on(named_alone[-1], mention)
            )
        ):
            named_alone[-1].append(mention)
        elif (
            same_city := next((g for g in named_alone if _same_city_abroad(g[0], mention)), None)
        ) is not None:
            same_city.append(mention)
        elif (trip := _trip_abroad(named_alone, mention)) is not None:
            # what is done during the trip leaves it what it was (a lecture on a medical mission),
            # and a Korean place it names is what it spoke of, not where the trip went
            trip.append(replace(mention, points_back=True, city=None, region=None, country=None))
        elif (mention.occurred or mention.future or _days_told(ctx, mention)) and (
            _placed(mention) or _ceremony(mention)
        ):
            # an undated plan kept here was told clearly (_plan_told_clearly): it stands as one
            # held does ("a team of its doctors will visit Laos", as "a team ... visited Laos")
            named_alone.append([mention])
    return groups + named_alone


def _plan_told_clearly(ctx: DocumentContext, mention: Mention) -> bool:
    """An announced occasion recorded though no day is told (annotation.md, future and undated
    events): one told by a quoted title of its own, in any language; where the language reads
    such plans (Language.plans_stand_undated), also one told by a title of its own, or care a
    team is to give abroad, or a visit a team is to make there. One told by its kind alone ("will
    hold a briefing") is a plan too vague to tell which occasion it is."""
    return _plan_titled(ctx, mention) or (
        ctx.language.plans_stand_undated and (_plan_named(ctx, mention) or _team_sent_abroad(ctx, mention))
    )


def _plan_titled(ctx: DocumentContext, mention: Mention) -> bool:
    """ "내년에는 '한빛 메디 페스타'를 처음 개최할 계획이다": a plan whose name is a quoted title
    of its own says which occasion it is in any language, though no day is told (Korean names
    its vague plans by their kind, unquoted); a quoted kind alone ("'설명회'") says none."""
    if not _plan_named(ctx, mention):
        return False
    sentence = mention.sentence
    return any(
        quoted[1].strip() == mention.name
        for quoted in ctx.language.patterns.events.quoted.finditer(ctx.text, sentence.start, sentence.end)
    )


def _plan_named(ctx: DocumentContext, mention: Mention) -> bool:
    """ "Three Busan clinics will join the Almaty Health Expo": the title says which occasion
    it is."""
    return mention.name is not None and not _bare(ctx, mention)


def _team_sent_abroad(ctx: DocumentContext, mention: Mention) -> bool:
    """ "A team of its surgeons is to operate on children in Hue", "a group of its nurses will be
    visiting Laos": care that a team (the language's ``team_nouns``) is to give in a foreign
    country is scheduled care (annotation.md, patient_stats), and a visit a group of people
    (``carer_groups``: "a team of", "a group of") is to make there is a trip told by who goes and
    where: occasions to come told clearly enough to stand without their days. A clinic to be set
    up there, with no team told, is a place, not a mission; a visit told by no group ("officials
    may visit Almaty") says no more than a plan."""
    if mention.country in (None, KOREA):
        return False
    text = mention.sentence.text
    if mention.event_type == EventType.DELEGATION_VISIT:
        return ctx.lexicon.matcher("events", "carer_groups").contains(text)
    return mention.event_type == EventType.MEDICAL_CONSULTATION and ctx.lexicon.matcher(
        "events", "team_nouns"
    ).contains(text)


def _other_country(ctx: DocumentContext, earlier: Mention, mention: Mention) -> bool:
    """ "시는 12일 방콕에서 설명회를 연다. 라오스 대표단은 12일 원주를 방문한다": two
    occurrences on one day, each placed in its own country, are two (a presentation abroad, a
    visit at home), not one told twice; one told as the occasion before, by its noun alone or
    as where people were ("설명회는 남구 의료특구를 알리려고 마련됐다", "At the fair, Daegu
    hospitals gave ...": placed by where its people come from), is that one."""
    if mention.back_reference or mention.at_told or _bare(ctx, mention):
        return False
    return bool(earlier.country and mention.country and earlier.country != mention.country)


def _bare(ctx: DocumentContext, mention: Mention) -> bool:
    """Whether the mention's name is only an event noun ("포럼", "the seminar"): it names no
    occurrence of its own, only its kind."""
    return bool(mention.name) and _bare_name(ctx, mention.name or "")


def _bare_name(ctx: DocumentContext, name: str) -> bool:
    return ctx.lexicon.matcher("events", "types").spans(name, 0, len(name))


def _bare_home(ctx: DocumentContext, groups: list[list[Mention]], mention: Mention) -> list[Mention] | None:
    """ "세미나에는 현지 의사들이 함께했다", "the exhibition filled two halls" after a fair told by
    its name: an undated event named by its noun alone, told after an occurrence, is that
    occurrence (the one whose name holds the same noun, else the one told last) or a part of it:
    its seminar, its exhibition, its opening. Not when it is placed in another country, or abroad
    after one at home (the next stop of a series), or has a host of its own (a hospital's own
    symposium told after a city's roadshow); a signing ceremony is an occasion of its own
    (_ceremony)."""
    if not _bare(ctx, mention) or mention.organizers or mention.event_type == EventType.SIGNING:
        return None
    before = [g for g in groups if any(m.sentence.index < mention.sentence.index for m in g)]
    noun = (mention.name or "").casefold()
    named = [g for g in before if any(noun in (m.name or "").casefold() for m in g)]
    if not (named or before):
        return None
    home = max(
        named or before,
        key=lambda g: max(m.sentence.index for m in g if m.sentence.index < mention.sentence.index),
    )
    if _elsewhere(home[0], mention, by_country=True) or _abroad_after_home(home[0], mention):
        return None
    return home


ACTIVITY_REACH_SENTENCES = 3  # what went on within an occasion is told in the sentences right after it


def _activity_of_it(
    ctx: DocumentContext, groups: list[list[Mention]], pointing: list[Mention], mention: Mention
) -> list[Mention] | None:
    """ "부산시는 알마티에서 설명회를 열었다. 이들은 현지 의사들이 참석한 의료 세미나를 진행했다",
    "관광공사는 자카르타에서 관광대전을 연다. 뮬리아호텔에서 열린 설명회에서 실장은 …": an undated
    occasion told within a few sentences after an occurrence, by its party (those told of, its
    host, the body told taking part) or as where something went on, and placed nowhere else (no
    other city or country; a Korean place beside one abroad, with no host, is what it spoke of),
    is one of its activities (its seminar, its sessions, its consultations), not an occurrence
    of its own. Not a fair or an award (occasions of their own wherever they are), nor one with
    a host the occurrence's sentences do not name, nor one told with a day, a month or a year's
    edition of its own. A sentence pointing back to the occurrence ("이번 행사에는 …") between
    them tells of it too (``pointing``)."""
    if not _may_be_an_activity(ctx, mention):
        return None
    before = [g for g in groups if any(m.sentence.index < mention.sentence.index for m in g)]
    if not before:
        return None
    home = max(
        before, key=lambda g: max(m.sentence.index for m in g if m.sentence.index < mention.sentence.index)
    )
    told = [m for m in home if m.sentence.index < mention.sentence.index]
    last = max(m.sentence.index for m in told)
    told += [m for m in pointing if last < m.sentence.index < mention.sentence.index]
    if (
        mention.sentence.index - max(m.sentence.index for m in told) > ACTIVITY_REACH_SENTENCES
        or _other_edition(home, mention)
        or any(not any(host in m.sentence.text for m in told) for host in mention.organizers)
        or not _placed_within(told, mention)
    ):
        return None
    return home if _told_as_its_part(ctx, told, mention) else None


def _may_be_an_activity(ctx: DocumentContext, mention: Mention) -> bool:
    """Whether the mention tells no time of its own and is of a kind held within another."""
    return (
        mention.first is None
        and not mention.future
        and not mention.months
        and mention.event_type not in (EventType.PROMOTION, EventType.AWARD)
        and _dayless(ctx, mention)
    )


def _told_as_its_part(ctx: DocumentContext, told: list[Mention], mention: Mention) -> bool:
    """Whether the mention's sentence opens on the occurrence's party or tells its occasion as
    where something went on (Language.told_at_the_occasion)."""
    sentence = mention.sentence
    if mention.name and ctx.language.told_at_the_occasion(ctx, sentence, mention.name):
        return True
    return any(
        opens_on_its_party(ctx, sentence, m) or opens_on_the_same_party(ctx, sentence, m) for m in told
    )


def _placed_within(told: list[Mention], mention: Mention) -> bool:
    """Whether the mention names no city or country other than the occurrence's."""
    cities = {m.city for m in told if m.city}
    countries = {m.country for m in told if m.country}
    if mention.country == KOREA and countries and KOREA not in countries:
        return not mention.organizers and mention.venue is None
    return (mention.city is None or not cities or mention.city in cities) and (
        mention.country is None or not countries or mention.country in countries
    )


def _same_name(earlier: Mention, mention: Mention) -> bool:
    """ "Medical Korea" and "Medical Korea 2019", or "Bio Korea 2018 and Medical Korea 2018
    kicked off" then "Bio and Medical Korea 2018 ...": one name holds the other, or the earlier
    sentence names this one, so both mentions tell the same occurrence."""
    name = (mention.name or "").casefold()
    other = (earlier.name or "").casefold()
    return bool(name and other) and (
        name in other or other in name or name in earlier.sentence.text.casefold()
    )


def _elsewhere(earlier: Mention, mention: Mention, by_country: bool = False) -> bool:
    """ "인천의료관광 설명회" in Ho Chi Minh City, then in Jakarta: one name held in two foreign
    cities is two occurrences, a series of roadshows, not one told twice (a Korean city may be
    only where its host is from)."""
    abroad = KOREA not in (earlier.country, mention.country)
    return abroad and (
        bool(earlier.city and mention.city and earlier.city != mention.city)
        # one name told again ("카자흐스탄 아스타나에서 설명회를 연다", then "중국 산둥성에서도
        # 의료 홍보 설명회를 갖는다"): two foreign countries are two occurrences, whether a city
        # or a province is named (by_country; a sentence pointing back to the occasion told
        # before may name the country its guests come from)
        or (by_country and bool(earlier.country and mention.country and earlier.country != mention.country))
    )


def _abroad_after_home(earlier: Mention, mention: Mention) -> bool:
    """ "a briefing for the city's partners in Seoul", then "briefings in Hanoi in June": an
    unnamed mention of the same kind placed abroad after an occurrence at home is another
    occurrence (the next one, abroad), not more of it. Two places abroad may be the stops of
    one trip, so only home then abroad parts them."""
    return earlier.country == KOREA and mention.country not in (None, KOREA)


def _same_trip(earlier: Mention, mention: Mention) -> bool:
    """Two undated mentions of one kind abroad in the same country ("부산경제진흥원이 카자흐스탄을
    방문해 …", then "부산 방문단과 함께 카자흐스탄 현지 …"): the activities of one trip. Not two
    that one sentence gives each its own day and place (per_place): those are two occurrences."""
    return (
        earlier.sentence.index != mention.sentence.index
        and earlier.event_type == mention.event_type
        and earlier.country is not None
        and earlier.country == mention.country
        and earlier.country != KOREA
    )


def _told_with_the_trip(ctx: DocumentContext, earlier: Mention, mention: Mention) -> bool:
    """ "울산시는 호찌민을 찾아 설명회와 교류회를 가졌다", then "울산 의료 교류회는 호찌민 현지
    병원에서 열렸다": a named mention abroad, in the
    country of an undated trip told before whose sentence already names its noun (교류회) among
    what the trip held, is that activity told again, not an occurrence of its own."""
    if (
        earlier.sentence.index == mention.sentence.index
        or earlier.first is not None
        or mention.months
        or mention.country in (None, KOREA)
        or earlier.country != mention.country
    ):
        return False
    name = mention.name or ""
    nouns = list(ctx.lexicon.matcher("events", "types").finditer(name, 0, len(name)))
    return bool(nouns) and nouns[-1].end == len(name) and nouns[-1].text in earlier.sentence.text


def _same_kind_same_place(ctx: DocumentContext, group: list[Mention], mention: Mention) -> bool:
    """ "중환자 간호 연수를 시작했다", then "대전 본관에서 열린 라오스 의료진 연수는 …": on a page
    without a date, where no day can part them, two named mentions of one kind told with no
    different country or city and no different month are one occurrence named twice, as mentions
    on one date are on a dated page (a month told of one alone, 오는 11월에는, is another time).
    Not awards: two prizes named are two, even when given at one ceremony."""
    earlier = group[0]
    return (
        ctx.published is None
        and earlier.event_type == mention.event_type != EventType.AWARD
        and earlier.months == mention.months
        and (earlier.country is None or mention.country is None or earlier.country == mention.country)
        and (earlier.city is None or mention.city is None or earlier.city == mention.city)
    )


def _same_city_abroad(earlier: Mention, mention: Mention) -> bool:
    """ "held a briefing session in Yakutsk", then "provided medical consultations ... in
    Yakutsk": two unnamed, undated mentions in one foreign city are the activities of one trip,
    whatever their kinds."""
    return (
        mention.name is None
        and earlier.first is None
        and mention.city is not None
        and mention.city == earlier.city
        and mention.country not in (None, KOREA)
    )


def _trip_abroad(groups: list[list[Mention]], mention: Mention) -> list[Mention] | None:
    """ "A hospital team ran a free clinic in Hue", then "its surgeons also gave a lecture to
    local doctors": an unnamed, undated mention told after an undated occurrence abroad is an
    activity of that trip, whatever its kind, when it names no place of its own, or names only a
    Korean one and no one who ran it (a session "about care in Gwangju": what it spoke
    of). A mention at home with organizers of its own ("a course for nurses in Iksan run by
    its nursing school") is an occurrence of its own."""
    if mention.name is not None or mention.country not in (None, KOREA):
        return None
    if (mention.city or mention.region or mention.country) and mention.organizers:
        return None
    abroad = [g for g in groups if g[0].country not in (None, KOREA) and not _months_apart(g[0], mention)]
    return abroad[-1] if abroad else None


def _months_apart(earlier: Mention, mention: Mention) -> bool:
    """ "지난 9월에는 울란바토르에서 설명회를 개최하였고, 10월에도 … 설명회를 개최했다", "9월
    몽골에서 설명회를 열고 11월 관계자를 초청해": a mention told with a month of its own, none of
    the months the occurrence told before was told with (or fell in), is another occurrence."""
    theirs = set(earlier.months) or ({earlier.first.month} if earlier.first else set())
    return bool(theirs) and bool(mention.months) and theirs.isdisjoint(mention.months)


def _names_it(group: list[Mention], mention: Mention) -> bool:
    """ "…에서 업무협약을 체결했다", then "협약식은 … 참석한 가운데 이뤄졌다": a named mention of
    the kind told without a name in the sentence right before (a signing's ceremony, within the
    sentences its ceremony is looked for), in no other city, names it."""
    # a signing told only by its verb waits for its ceremony a few sentences on (Mention.pending)
    reach = CEREMONY_REACH_SENTENCES if all(m.pending for m in group) else 1
    return (
        all(m.name is None for m in group)
        and group[-1].event_type == mention.event_type
        and 0 < mention.sentence.index - group[-1].sentence.index <= reach
        and mention.city in (None, group[0].city)
    )


def _goes_on(group: list[Mention], mention: Mention) -> bool:
    """ "13명이 13∼16일 대구를 방문해 …", then "이들은 대구의 병·의원에서 건강검진상담을 받았고
    …": an unnamed mention right after an undated occurrence, in no other city, tells more of it."""
    return (
        mention.name is None
        and group[-1].sentence.index == mention.sentence.index - 1
        and mention.city in (None, group[0].city)
    )


def _told_by_them(ctx: DocumentContext, group: list[Mention], mention: Mention) -> bool:
    """ "이들은 … 건강검진상담을 받았고" right after a party's visit: a sentence whose subject is
    the pronoun of those told of just before (이들은, they), or that opens on the occasion told
    just before ("이날 부평힘찬병원은 … 무료 진료를 하고", "at the meeting"), tells more of it."""
    if group[-1].sentence.index != mention.sentence.index - 1:
        return False
    sentence = mention.sentence
    return any(
        ctx.lexicon.matcher(section, key).match(ctx.text, sentence.start, sentence.end) is not None
        for section, key in (("organizations", "subject_pronouns"), ("dates", "occasion_phrases"))
    )


def _days_told(ctx: DocumentContext, mention: Mention) -> bool:
    """ "지난 4~7일 장관의 LA 방문", "the visit on the 4th": on a page without a date, days told
    without their month still say that it happened, though its dates stay NULL."""
    sentence = mention.sentence
    return ctx.published is None and bool(
        ctx.language.find_ordinal_days(ctx.text, sentence.start, sentence.end)
    )


def _ceremony(mention: Mention) -> bool:
    """ "이날 협약식에는 양 기관 관계자들이 참석했다": a signing ceremony told as held is an
    occasion wherever it was, unlike a signing told only by its verb (Mention.pending)."""
    return mention.event_type == EventType.SIGNING and not mention.by_agreement


def _placed(mention: Mention) -> bool:
    """Whether an undated occurrence says where it happened or who ran it ("a delegation
    visited Bishkek", on a page without a readable date, or a leader's trip): then it stands,
    with NULL dates."""
    return bool(
        mention.city
        or mention.region
        or mention.country
        or mention.venue
        or mention.organizers
        or mention.leader_trip
    )


def _within(anchor: Mention, day: date | None) -> bool:
    """Whether the day falls inside the anchor's date range: a signing during a trip is the trip."""
    return (
        day is not None
        and anchor.first is not None
        and anchor.last is not None
        and anchor.first <= day <= anchor.last
    )


def _dated_home(ctx: DocumentContext, groups: list[list[Mention]], mention: Mention) -> list[Mention] | None:
    """The dated occurrence an undated mention belongs to: the only one, else the latest of its
    type told before it, else the one told in the sentence right before it ("The second was held
    on Sept. 6. Along with a presentation for 180 guests, ..."); never one whose name gives
    another edition's year ("Medical Korea 2023" told in a report of Medical Korea 2024), nor an
    earlier occasion told in a clause only (Mention.earlier)."""
    groups = [g for g in groups if not all(m.earlier for m in g)]
    if len(groups) == 1:
        only = groups[0]
        return (
            None
            if _other_edition(only, mention)
            or _own_occurrence(ctx, only, mention)
            or _other_month(only, mention)
            else only
        )
    groups = [g for g in groups if not _other_edition(g, mention)]
    same_type = [
        g
        for g in groups
        if _group_type(ctx, g) == mention.event_type and g[0].sentence.index < mention.sentence.index
    ]
    if same_type:
        return same_type[-1]
    previous = [g for g in groups if any(m.sentence.index == mention.sentence.index - 1 for m in g)]
    if previous:
        return previous[-1]
    # "경북도는 로드쇼를 연다. 오는 11일 모스크바에서, 14일 카잔에서 로드쇼를 진행한다": one announced
    # by its noun, then told with its day in the very next sentence, is that one
    following = [
        g
        for g in groups
        if _group_type(ctx, g) == mention.event_type
        and any(m.sentence.index == mention.sentence.index + 1 for m in g)
    ]
    return following[0] if following else None


def _other_edition(group: list[Mention], mention: Mention) -> bool:
    """Whether the mention's name and the occurrence's name carry different years."""
    years = set(_EDITION_YEAR.findall(mention.name or ""))
    named = {year for m in group for year in _EDITION_YEAR.findall(m.name or "")}
    return bool(years and named and not years & named)


def _runs_on(ctx: DocumentContext, groups: list[list[Mention]], mention: Mention) -> list[Mention] | None:
    """ "'2024 부산국제의료관광컨벤션'이 7일 개막했다", then "부산국제의료관광컨벤션은 8일까지
    이어진다": the occurrence named again (its edition year left out), told to run until a later
    day within a week, is the one opened before, and that day is its end. Only with a word of
    running on (``running_until``): a day named alone may be the next edition or the next stop."""
    if not ctx.lexicon.matcher("events", "running_until").contains(mention.sentence.text):
        return None
    runs_on = [
        g
        for g in groups
        if g[0].last is None
        and g[0].sentence.index < mention.sentence.index
        and any(_same_name(m, mention) or _same_name(mention, m) for m in g)
        and not _other_edition(g, mention)
        and not _elsewhere(g[0], mention)
    ]
    for group in reversed(runs_on):
        _extend(group[0], mention.first)
        if group[0].last is not None:
            return group
    return None


def _told_before(ctx: DocumentContext, groups: list[list[Mention]], mention: Mention) -> list[Mention] | None:
    """ "Closer exchange is the main aim of the visit, the mayor told reporters
    on Tuesday": an unnamed event of a kind told before, named as that one ("the visit") and placed
    in no city, region or building of its own, is that occurrence, whatever day the sentence names."""
    if not mention.back_reference or mention.city or mention.region or mention.venue:
        return None
    same_type = [g for g in groups if _group_type(ctx, g) == mention.event_type]
    return same_type[-1] if same_type else None


def _other_month(group: list[Mention], mention: Mention) -> bool:
    """ "signed during the minister's visit to the Middle East in March" on a page about a June
    visit: a month named alone that is not the occurrence's tells another one."""
    anchor = group[0].first
    return bool(mention.months) and anchor is not None and anchor.month not in mention.months


def _own_occurrence(ctx: DocumentContext, group: list[Mention], mention: Mention) -> bool:
    """ "Korea was also given the Harbour Award" on a page about one dated symposium: a mention
    with a name of its own and a type other than the occurrence's tells another occurrence; a
    mention that names the occurrence again ("The 2019 ... Forum also honoured three hospitals")
    or has no name of its own (its noun alone is none: _bare) is part of it."""
    return (
        mention.name is not None
        and not _bare(ctx, mention)
        and not mention.at_told
        and mention.event_type != _group_type(ctx, group)
        and not any(_same_name(m, mention) or _same_name(mention, m) for m in group)
    )


# the occurrences a signing ceremony may be held within, one of their activities
_TRIPS_AND_FAIRS = frozenset(
    {EventType.DELEGATION_VISIT, EventType.PROMOTION, EventType.BUSINESS_PRESENTATION}
)


def _group_type(ctx: DocumentContext, group: list[Mention]) -> EventType:
    """The type of the occurrence; an agreement signed during a visit or a fair leaves the
    occurrence what it was ("The agreement was signed during a visit to Dubai"), and so does a
    signing ceremony held on one of its days or attended by its party: told with a visit, a fair
    or a presentation, the ceremony is one of its activities (alone, or beside a conference or a
    course, it keeps its own kind)."""
    priority = ctx.lexicon.section("events")["type_priority"]
    told = [m for m in group if not m.by_agreement] or group
    if any(m.event_type in _TRIPS_AND_FAIRS for m in told):
        told = [m for m in told if m.event_type != EventType.SIGNING]
    # "팸투어 기간 동안 … 세미나에 참석해": what is done during an occurrence told before
    # leaves it what it was
    told = [m for m in told if not m.points_back] or told
    return EventType(min((m.event_type for m in told), key=priority.index))


def _hosts(ctx: DocumentContext, group: list[Mention]) -> list[str]:
    """Those who held the occurrence; an agreement signed within a trip, a fair or a conference
    is one of its activities, and those who signed it there (a body abroad among them) did not
    hold the occurrence."""
    signing = _group_type(ctx, group) == EventType.SIGNING
    hosting = [m for m in group if signing or not m.by_agreement]
    return list(dict.fromkeys(o for m in hosting for o in m.organizers))


def _name(ctx: DocumentContext, mentions: list[Mention]) -> str | None:
    """The occurrence's name: the first one told (or, where none is, the kind it is told by), unless it is only its noun and another
    mention gives a longer name ending in that noun. A caption's "the symposium", then the
    body's "the Busan-Hanoi Health Symposium", name one occurrence, and the second tells it
    apart; "the delegation" and a forum on its trip name two things (the forum is a part)."""
    named = [m.name for m in mentions if m.name]
    if not named:  # "a medical tourism fair": told only by its kind, named by that
        return next((m.kind_name for m in mentions if m.kind_name), None)
    if not _bare_name(ctx, named[0]):
        return named[0]
    noun = named[0].casefold()
    return next((n for n in named if n.casefold().endswith(noun) and len(n) > len(noun)), named[0])


def _country_of_city(anchor: Mention, group: list[Mention]) -> str | None:
    """The country read with the record's first place finer than a country, from the mention
    that names it: "the Korean medicine roadshow" (a country of the name's) then "held in
    Ulaanbaatar" is a roadshow in Mongolia, and guests from Tashkent shown round Cheongju
    hospitals were in Korea. A place and a country taken from two mentions may belong to two
    places; the anchor's own province keeps its country."""
    placed = next((m for m in [anchor, *group] if m.city or m.region), None)
    return placed.country if placed is not None else None


def _by_place(mentions: list[Mention]) -> list[Mention]:
    """The mentions in the order their places are read: "대구 의료관광 설명회가 청두에서 열렸다",
    then "대구시와 대구관광재단이 공동 주최한 이번 설명회는 … 진행됐다": a mention that points back
    to the occurrence told before, placed only by its own host's name (a city that runs it, or
    the city a host is named after: "화순○○병원 주관으로 열린 이번 설명회"), says who held it, so
    another mention's place comes first."""
    return sorted(mentions, key=_host_told_again)


def _host_told_again(mention: Mention) -> bool:
    return mention.points_back and any(
        host.startswith(place)
        for place in (mention.city, mention.region)
        if place
        for host in mention.organizers
    )


def _record(ctx: DocumentContext, group: list[Mention]) -> RecordDraft:
    dated = [m for m in group if m.first is not None]
    # the mention with the whole span of dates ("from September 12 to 14") stands for the event
    anchor = next((m for m in dated if m.last is not None), dated[0]) if dated else group[0]

    told = [anchor, *group]
    placing = _by_place(told)

    def first(attribute: str, among: list[Mention] | None = None) -> Any:
        return next((getattr(m, attribute) for m in among or told if getattr(m, attribute)), None)

    country = _country_of_city(placing[0], placing) or first("country", placing)
    if country is None and (first("region") or first("city")) and not first("country"):
        country = KOREA if first("region") else None
    fields = {
        "event_type": _group_type(ctx, group),
        # an activity of the occurrence names a part of it ("상담회" of a roadshow): its name comes last
        "name": _name(ctx, sorted(told, key=lambda m: m.activity)),
        "start_date": anchor.first,
        "end_date": anchor.last,
        "venue": first("venue"),
        "city": first("city", placing),
        "region": first("region", placing),
        "country": country,
        "organizers": _hosts(ctx, group),
        "attendance": first("attendance") or first("members"),
    }
    return RecordDraft(
        kind=RecordKind.EVENT,
        rule="events.dated_mentions" if dated else "events.undated_mention",
        evidence=ctx.evidence(anchor.sentence),
        confidence=ConfidenceLevel.DATED if dated else ConfidenceLevel.UNDATED,
        fields=fields,
    )
