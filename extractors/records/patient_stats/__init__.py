"""Patient counts: "more than 10,000 foreign patients a year", "300-thousand ... last year".

A count is a number tied to a patient head noun, either directly ("17,918 Mongolian patients")
or through a linking verb ("the number of foreign patients ... reached 300-thousand"). People
in general ("200 people") count only when the clause speaks of care, never when it speaks of
attendance. Figures that a goal aims at belong to targets, not here.

News also gives counts without repeating the noun, leaning on one named just before: a series
("412,000 ..., up from 364,000 in 2018"), a list ("followed by Americans (51,200)"), a part
("including 1,420 from Kazakhstan") or an ellipsis ("about 2,900 were treated"). Such a count
takes the population and origins of that noun, unless it names its own origin. A goal's
baseline ("1 million by 2027, up from 571,000 last year") is such a count too.
"""

import re
from bisect import bisect_right
from itertools import pairwise
from typing import Any

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.records.aims import is_goal_sentence
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.patient_stats.clauses import (
    after_previous_count,
    has_count,
    is_consultation,
    is_generic_head,
)
from extractors.records.patient_stats.counts import Link, count_links, visited_a_place_of_care
from extractors.records.patient_stats.figure_lists import listed_stats
from extractors.records.patient_stats.locals import foreign_place_before, told_as_locals
from extractors.records.patient_stats.origins import (
    MAX_ADJECTIVE_CHARS,
    _n_countries,
    leading_origin,
    noun_origins,
    origins_of,
    places_before_noun,
    scope_end,
)
from extractors.records.patient_stats.parts import is_told_as_a_part, part_of_them
from extractors.records.patient_stats.periods import (
    LeadYear,
    count_period,
    date_by_span,
    each_year_of_a_span,
    next_context_year,
    next_lead,
    years_spanned,
)
from extractors.records.patient_stats.receivers import (
    bare_destination_antecedent,
    named_receiver,
    national_source,
    pronoun_antecedent,
    receiving_institution,
)
from extractors.records.patient_stats.tables import table_stats
from extractors.text.sentences import Sentence
from models import NATIONAL_INSTITUTION, PeriodKind, Population, Qualifier, RecordKind, ScopeLevel

CARE_BEFORE_PLACE_CHARS = 30  # "being treated in Kazakhstan", "medical institutions in Astana"
PROVIDER_HEAD_WORDS = (
    2  # "Korean dental clinic in": words between a Korean mention and the place's preposition
)
RECEIVER_VERB_CHARS = 40  # "received about 1.2 million": a verb of receiving and a qualifier before a count
RECEIVER_SUFFIX_CHARS = 1  # "전북" and "전북도" name one receiver
ROUNDING = 0.01  # "about 1,400" restates 1,407; "about 1,300" does not
MILESTONE_MIN = (
    10_000  # "passed 10,000", "topped 1 million": a mark of a total; "over 200" at a clinic is no mark
)
MILESTONE_REACH = 1.5  # "surpassed 1 million" with 1.08 million told; not with 1.6 million
SMALL_MARK_MIN = 1_000  # "4천명을 넘어섰다": a smaller mark, of a city's or a hospital's total
SMALL_MARK_REACH = 1.1  # "passed 4,000" with 4,048 told; not "over 2,000" with 2,972 told
MILESTONE_DIGITS = 2  # "topped 150,000": the significant digits of a round mark
RECEIVER_LOOKBACK = 2  # "전남도는 … 유치에 힘을 쏟았다. 해마다 …을 늘렸다. 그 결과 … 640명": who drew them
ROUND_FIGURE = 1_000  # "1.08 million", "108만" are 1,084,392 rounded; 1,084,392 is no rounding
SENT_ABROAD_CHARS = 20  # "해외로 송출한 UAE 국비환자": a phrase of sending abroad right before the noun
HOST_CARRY = 2  # "A team flew to Khovd. ... It examined 640 residents": sentences a host holds
PART_CARRY = 2  # "… 9,000 foreign patients. … Outpatients made up 7,100": sentences a total holds


def extract_patient_stats(ctx: DocumentContext) -> list[RecordDraft]:
    found = []
    body = ctx.body_sentences
    context_year: int | None = None
    lead: LeadYear | None = None  # the article's first count of one year
    institution: str | None = None
    carried: Population | None = None  # the population of the count told last
    # the population of the last count of people (cases of care aside) and its sentence: the
    # total a part told after it belongs to ("외래환자 12만명(80%), 건강검진 1만5천건, 입원환자 …")
    whole: tuple[Population, int] | None = None
    korean_before = False  # whether the sentence before had a Korean side
    care_abroad = False  # whether the care told last was placed in another country
    hosts_abroad = False  # whether a foreign country's own hospitals were told drawing patients
    host: tuple[str, int] | None = None  # the one foreign country named last, and where
    national: str | None = None  # the country that received the count told last, if it was one
    span: tuple[int, int] | None = None  # the first and last year of the change told last
    for position, sentence in enumerate(body):
        previous = body[position - 1] if position else None
        following = body[position + 1] if position + 1 < len(body) else None
        sentence_year: int | None = None
        kinds: set[PeriodKind] = set()
        # whether the sentence has a Korean side is dear to tell (every body and anaphor it
        # names): asked last, only where care abroad or a count needs it
        named_korean = _names_korean_body(ctx, sentence)
        placed_abroad = (
            not named_korean and _care_placed_abroad(ctx, sentence) and not _has_korean_side(ctx, sentence)
        )
        if named_korean:
            care_abroad = False
        elif placed_abroad or (_foreign_host(ctx, sentence) and not _has_korean_side(ctx, sentence)):
            care_abroad = True
        hosts_abroad = _hospitals_abroad_draw(ctx, sentence, named_korean, hosts_abroad)
        host = _host_in_force(ctx, sentence, position, host)
        links = count_links(ctx, sentence, previous, is_goal_sentence(ctx, sentence))
        if links and (
            _care_with_no_korean_side(ctx, sentence, links)
            or (_world_scope(ctx, sentence) and not _has_korean_side(ctx, sentence))
        ):
            links = []
        # "Some 950 foreigners were treated in Kazakhstan", and the counts of foreign patients
        # told after it until Korea or a Korean body is named again: another country's medical
        # tourists (the people a mission abroad treats are not foreign there). A body of no known
        # country ("the ministry", "the state clinics") does not bring Korea back; a Korean
        # side in the sentence before does, unless this sentence places its care abroad itself
        tourism_abroad = care_abroad and not named_korean and (placed_abroad or not korean_before)
        korean_before = named_korean
        drafts: list[tuple[Link, RecordDraft]] = []
        told: dict[int, Population] = {}  # the population each noun of the sentence was read as
        receiver = _breakdown_receiver(ctx, sentence, institution) if links else None
        abroad: set[int] = set()  # the nouns of counts received in another country
        # whether a whole of the sentence was another country's medical tourists: the items
        # after it ("5,120 were treated in Tashkent, of whom 30% (1,536) ...") were treated there
        whole_abroad = False
        for link in links:
            if (
                _received_abroad(ctx, sentence, link)
                or _sent_abroad(ctx, sentence, link)
                or _korean_people_abroad(ctx, sentence, link)
                or (_foreign_care_giver(ctx, sentence, link) and not _has_korean_side(ctx, sentence))
                # "방콕의 한 사립병원은": the body of no known country is the foreign place's own
                or (ctx.language.hospital_abroad(ctx, sentence) and not _names_korean_body(ctx, sentence))
            ):
                abroad.add(link.head.start)
                continue
            if _whole_of_visitors(ctx, sentence, link, links) or (
                link.relative and (link.head.start in abroad or whole_abroad)
            ):
                # "Turkey treated 21,400 foreign patients from Iraq, 8,150 from Iran":
                # the items leaning on a count received abroad were received there
                continue
            draft = _stat(
                ctx, sentence, link, (previous, following), (context_year, lead), institution, carried
            )
            if tourism_abroad and draft.fields["population"] == Population.FOREIGN_PATIENTS:
                whole_abroad = True
                continue
            if hosts_abroad:
                continue  # "베트남의 병원들은 … 유치했다. 쩌라이 병원은 1,200명을 진료했다": theirs, whoever
            if _of_a_year_to_come(ctx, sentence, draft) and not ctx.language.is_baseline(
                ctx, sentence, link.quantity
            ):
                continue  # a goal's baseline is told as a fact ("2024년 2만명이던 …을 2028년까지")
            if (
                draft.fields["population"] == Population.PATIENTS
                and whole is not None
                and whole[0] == Population.FOREIGN_PATIENTS
                and position - whole[1] <= PART_CARRY
                and not draft.fields["origin_countries"]
                and not is_generic_head(ctx, link.head)
                and is_told_as_a_part(ctx, sentence, link)
            ):
                # "Foreign patients numbered 9,000. Outpatients made up 7,100 (79%)": a part of a
                # foreign total, told by the care it got, counts foreign patients too
                draft.fields["population"] = Population.FOREIGN_PATIENTS
            if (
                link.relative
                and told.get(link.head.start) == Population.FOREIGN_PATIENTS
                and draft.fields["population"] == Population.PATIENTS
            ):
                # "dental patients from overseas grew from 820 ... to 1,410": one noun, one population
                draft.fields["population"] = Population.FOREIGN_PATIENTS
            _host_as_origin(ctx, sentence, draft, host, position)
            if host is None or position - host[1] > HOST_CARRY:
                _foreigners_after_korea(ctx, sentence, previous, draft)
            if told_as_locals(ctx, sentence, link) and (place := foreign_place_before(ctx, body, position)):
                _locals_of(ctx, sentence, draft, place)
            told.setdefault(link.head.start, draft.fields["population"])
            carried = draft.fields["population"]
            if carried != Population.CONSULTATIONS:
                whole = carried, position
            stat = draft.fields
            if stat["institution"] is None and receiver is not None:
                # "충북도가 유치한 환자는 4048명. 국가별로는 중국 1563명, 몽골 264명": the items of a
                # breakdown went where the whole went, or where the sentence's first item went
                stat["institution"] = receiver
                stat["scope_level"] = ctx.language.scope_level(receiver)
            national = _national_in_force(ctx, sentence, stat, national)
            receiver = receiver or stat["institution"]
            institution = stat["institution"] or institution
            kinds.add(stat["period_kind"])
            compared_figure = ctx.language.is_compared_figure(ctx, sentence, link.quantity)
            if (
                stat["period_kind"] != PeriodKind.UNSPECIFIED
                and not _dated_aside(ctx, sentence, link)
                and not compared_figure
            ):
                # "… 11만8310명으로 … 이전('16년, 12만7648명) 수준": a figure of another year
                # told aside in brackets does not date the counts of the sentences after it, nor
                # the figure a count is compared with ("지난해 … 2016년 6만3400명보다 증가")
                sentence_year = sentence_year or stat["year"]
            if stat["period_kind"] == PeriodKind.YEAR and not compared_figure:
                # the base of a change ("more than double the 2,100 of 2015") is of a year
                # before the one the article reports on: never its lead year
                lead = next_lead(lead, stat["year"])
            found.append(draft)
            drafts.append((link, draft))
        _previous_year_figures(ctx, sentence, drafts, context_year)
        date_by_span(ctx, sentence, [(link.quantity, draft) for link, draft in drafts], span)
        span = years_spanned([draft for _, draft in drafts]) or span
        _respectively(ctx, sentence, drafts)
        compared = all(ctx.language.is_compared_figure(ctx, sentence, link.quantity) for link in links)
        if kinds != {PeriodKind.CUMULATIVE} and not (links and compared):
            # a running total ("a cumulative 5.05 million since 2009") leaves the year in force,
            # and so does the earlier figure a count is compared with ("up 44 percent from
            # 248,000 in 2022")
            context_year = next_context_year(ctx, sentence, bool(links), sentence_year, context_year)
    _countries_told_apart(ctx, found)
    return _once_each(found + table_stats(ctx) + listed_stats(ctx))


def _hospitals_abroad_draw(
    ctx: DocumentContext, sentence: Sentence, named_korean: bool, in_force: bool
) -> bool:
    """ "태국 병원들은 해외 환자를 꾸준히 늘려 왔다. 한 방콕 병원은 지난해 3천명을 진료했고, 그중
    1천명은 일본과 한국 환자였다": the hospitals of another
    country told drawing patients, no Korean body named, make the counts after them (of any
    people: foreigners there, or their own nationals) that country's, until a Korean place or body
    is named other than as one country of a list of origins. Returns whether that is in force."""
    if named_korean and not _korea_only_listed(ctx, sentence):
        return False
    if named_korean:
        return in_force
    return in_force or (
        ctx.language.hospital_abroad(ctx, sentence)
        and ctx.lexicon.matcher("patients", "host_cues").search(ctx.text, sentence.start, sentence.end)
        is not None
    )


def _korea_only_listed(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether every Korean place of the sentence is one item of a list of foreign countries
    ("미국, 호주, 한국, 러시아 등"), a country patients come from, and no Korean body is named."""
    if any(o.is_korean for o in ctx.organizations(sentence)):
        return False
    places = ctx.places(sentence)
    foreign = [p for p in places if not p.place.is_korean and p.place.kind == PlaceKind.COUNTRY]
    return all(
        any(
            ctx.text[f.end : p.start].strip() in {",", "·"} or ctx.text[p.end : f.start].strip() in {",", "·"}
            for f in foreign
        )
        for p in places
        if p.place.is_korean
    )


def _national_in_force(
    ctx: DocumentContext, sentence: Sentence, stat: dict[str, Any], national: str | None
) -> str | None:
    """ "Korea drew 380,000 medical tourists in 2018. ... 95,000 Japanese patients came for
    dermatology": a count of foreign patients with no receiver of its own, told after a national
    total, was received by the same country, unless its sentence places it in another country
    ("foreign patients in Japan"). Returns the country a count told next may lean on."""
    if stat["institution"] is not None:
        return stat["institution"] if stat["scope_level"] == ScopeLevel.NATIONAL else None
    if national is None or stat["population"] != Population.FOREIGN_PATIENTS:
        return national
    if any(
        not p.place.is_korean
        and p.place.kind != PlaceKind.DEMONYM
        and ctx.follows("grammar", "place_prepositions", sentence, p.start)
        for p in ctx.places(sentence)
    ):
        return None
    stat["institution"] = national
    stat["scope_level"] = ScopeLevel.NATIONAL
    return national


def _foreigners_after_korea(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, draft: RecordDraft
) -> None:
    """ "Mongolians are the fourth-largest group of foreign patients in Korea. In 2018, 14,900
    Mongolians were treated here.": people of another country cared for, told right after a
    sentence that names Korea as a place, are foreign patients. Asked only where no foreign
    country is in force as the host of care ("Doctors of a Busan hospital flew to Mongolia.
    They examined 640 residents.")."""
    stat = draft.fields
    if (
        stat["population"] == Population.PATIENTS
        and stat["origin_countries"]
        and previous is not None
        and _names_korea(ctx, previous)
        and not _cared_for_abroad(ctx, sentence)
    ):
        stat["population"] = Population.FOREIGN_PATIENTS
        if stat["institution"] is None and (country := national_source(ctx, sentence)) is not None:
            stat["institution"] = country  # as _stat tells a count of foreign patients
            stat["scope_level"] = ScopeLevel.NATIONAL


def _host_in_force(
    ctx: DocumentContext, sentence: Sentence, position: int, host: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The one foreign country a sentence names as a place (not a nationality), or the one named
    before; Korea named as a place ends it, and so do two foreign countries at once (no one
    country is where care was given)."""
    countries = {
        p.place.country
        for p in ctx.places(sentence)
        if p.place.country and not p.place.is_korean and p.place.kind != PlaceKind.DEMONYM
    }
    if len(countries) == 1:
        return countries.pop(), position
    if countries or _names_korea(ctx, sentence):
        return None
    return host


def _host_as_origin(
    ctx: DocumentContext, sentence: Sentence, draft: RecordDraft, host: tuple[str, int] | None, position: int
) -> None:
    """ "Doctors of Hanbit Hospital returned to Laos, treating 820 patients", "A team flew to Khovd.
    During the trip it examined 640 residents": people cared for on a mission abroad, no origin
    of their own told, are of the country the care was given in, named in their sentence, or
    in one of the few before where no one is named as their receiver."""
    stat = draft.fields
    if (
        host is None
        or stat["population"] != Population.PATIENTS
        or stat["origin_countries"]
        or _names_korea(ctx, sentence)
    ):
        return
    country, told_at = host
    if told_at == position or (position - told_at <= HOST_CARRY and stat["institution"] is None):
        stat["origin_countries"] = [country]


def _locals_of(ctx: DocumentContext, sentence: Sentence, draft: RecordDraft, country: str) -> None:
    """ "The Saemaeul unit serves in Chad. ... It has treated 41,000 local residents": people told as
    locals, cared for with no origin of their own, are of the foreign country the text is about
    (locals.py), unless their sentence names Korea or a Korean body (Korea's own locals)."""
    stat = draft.fields
    if (
        stat["population"] == Population.PATIENTS
        and not stat["origin_countries"]
        and not _names_korea(ctx, sentence)
        and not _names_korean_body(ctx, sentence)
    ):
        stat["origin_countries"] = [country]


def _nationality_counted(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "Most patients at the clinic come from abroad (there were 2,150 Russians in 2020)":
    a nationality written right after the number names the people counted, whatever patient noun
    the count leans on."""
    start = ctx.next_word_start(quantity.end)
    return [
        p.place.country
        for p in ctx.places(sentence)
        if p.start == start and p.place.kind == PlaceKind.DEMONYM and p.place.country
    ]


def _of_a_year_to_come(ctx: DocumentContext, sentence: Sentence, draft: RecordDraft) -> bool:
    """ "시는 2025년 외국인 환자 9천명이 찾도록 돕는다" on a page of 2024: a figure of a year after
    the page's, in a sentence told as a plan or an outlook (the language's cues of what is to
    come), has not been counted yet; it is an aim or a forecast, no count."""
    year = draft.fields["year"]
    return (
        ctx.published is not None
        and year is not None
        and year > ctx.published.year
        and ctx.lexicon.matcher("patients", "future_cues").contains(sentence.text)
    )


def _dated_aside(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """Whether the count stands inside brackets opened before it with a year of their own
    ("('16년, 12만7648명)"), not a breakdown's item in brackets ("부산(1만3717명)")."""
    before = ctx.text[sentence.start : link.quantity.start]
    opening = before.rfind("(")
    if opening <= before.rfind(")"):
        return False
    return any(sentence.start + opening < y.start < link.quantity.start for y in ctx.years(sentence))


def _previous_year_figures(
    ctx: DocumentContext, sentence: Sentence, drafts: list[tuple[Link, RecordDraft]], in_force: int | None
) -> None:
    """ "베트남 환자는 전년 1만2040명 대비 31% 늘어난 1만5772명", "6210명으로 1년 전 5380명에 비해",
    "… 30만명으로 집계됐다. 전년(12만명) 대비 155% 증가": the figure right after a word for "the
    year before" that no year named earlier in the sentence anchors is of the year before the
    year of the sentence's other count, or of the year in force from the sentences before; not
    of the year before publication."""
    if not drafts or (len(drafts) < 2 and in_force is None):
        return
    words = list(ctx.lexicon.matcher("years", "previous").finditer(ctx.text, sentence.start, sentence.end))
    if words or ctx.lexicon.matcher("patients", "growth_rate_words").search(
        ctx.text, sentence.start, sentence.end
    ):
        _arrow_pairs(ctx, drafts)  # a growth rate compares with the year before too
    for word in words:
        if any(y.start <= word.start and word.end < y.end for y in ctx.years(sentence)):
            continue  # "the year before last": a longer phrase naming a year of its own
        read = any(y.start <= word.start < y.end for y in ctx.years(sentence))
        if read and any(not y.relative and y.end <= word.start for y in ctx.years(sentence)):
            continue  # "지난해 2만명으로 전년(1만8천명)보다": the reader counts from the year named
        figure = _figure_after(ctx, sentence, word, drafts) or _figure_before(ctx, word, drafts)
        if figure is None:
            continue
        others = [
            d.fields["year"]
            for _, d in drafts
            if d is not figure
            and d.fields["year"] is not None
            and d.fields["period_kind"] in {PeriodKind.YEAR, PeriodKind.UNSPECIFIED}
        ]  # the other count dated by the year in force counts too: "전년 2만명 대비 … 증가한 3만명"
        told = others[0] if others else (in_force if len(drafts) == 1 else None)
        if told is not None:
            figure.fields["year"] = told - 1
            figure.fields["period_kind"] = PeriodKind.YEAR


def _figure_after(
    ctx: DocumentContext, sentence: Sentence, word: PhraseMatch, drafts: list[tuple[Link, RecordDraft]]
) -> RecordDraft | None:
    """The count right after a word for "the year before" ("전년 2만명 대비"), unless a share
    stands between or the count is the new level of a change."""
    after = [(link, draft) for link, draft in drafts if link.quantity.start >= word.end]
    if not after or re.search(r"\d", ctx.text[word.end : after[0][0].quantity.start]):
        return None  # "전년 대비 18.5% 증가한 11만명": the figure after the share is the count itself
    if ctx.follows("patients", "change_level_words", sentence, after[0][0].quantity.start) or ctx.follows(
        "patients", "linking_verbs", sentence, after[0][0].quantity.start
    ):
        # "rose 20 percent from the previous year to 5,000", "… compared with the year before,
        # reaching 5,000": the new level
        return None
    return after[0][1]


def _figure_before(
    ctx: DocumentContext, word: PhraseMatch, drafts: list[tuple[Link, RecordDraft]]
) -> RecordDraft | None:
    """The count right before a word for "the year before" that the language writes after its
    figure ("rose to 3,400 from 2,900 the previous year", "from 2,900 in the previous year"):
    that figure is of the year before, even where no year is named before it in the sentence
    (the reader then counts from publication)."""
    if not ctx.lexicon.matcher("years", "previous_after").contains(word.text):
        return None
    links = ctx.lexicon.matcher("years", "previous_after_links")
    before = [
        draft
        for link, draft in drafts
        if link.quantity.end <= word.start
        and (
            not (between := ctx.text[link.quantity.end : word.start].strip())
            or (links.contains(between) and len(between.split()) == 1)
        )
    ]
    return before[0] if before else None


# what stands between the two counts of a change written with an arrow: "4,100명→4,940명"
_ARROW_BETWEEN = re.compile(r"\s?\S{0,3}\s?(?:→|->|⇒)\s?")


def _arrow_pairs(ctx: DocumentContext, drafts: list[tuple[Link, RecordDraft]]) -> None:
    """ "전년에 비해 20.5%(4,100명→4,940명) 증가": in a sentence compared with the year before,
    the count before an arrow is of the year before the count after it."""
    for (first, earlier), (second, later) in pairwise(drafts):
        if not _ARROW_BETWEEN.fullmatch(ctx.text, first.quantity.end, second.quantity.start):
            continue
        year = later.fields["year"]
        if year is not None and earlier.fields["year"] == year:
            earlier.fields["year"] = year - 1


def _respectively(ctx: DocumentContext, sentence: Sentence, linked: list[tuple[Link, RecordDraft]]) -> None:
    """ "Patients from China and Russia numbered 4,000 and 3,000, respectively", "41,000 and
    12,500 foreign patients were treated in Seoul and Busan, respectively", "중국과 베트남 환자는
    각각 5300명, 2100명": the places named before the first count, else after the last, pair with
    the counts in order, one each, where there are as many of them. The word stands after its
    counts in some languages and before them in others: where two counts or more follow it, it
    shares out those ("외국인 환자 1만명 가운데 중국과 베트남 환자는 각각 …": not the whole before)."""
    if len(linked) < 2:
        return
    word = ctx.lexicon.matcher("patients", "respective_words").search(ctx.text, sentence.start, sentence.end)
    if word is None:
        return
    after = [(link, draft) for link, draft in linked if link.quantity.start >= word.end]
    floor = word.end if len(after) >= 2 else sentence.start
    drafts = [draft for _, draft in (after if len(after) >= 2 else linked)]
    counts = [q for q in ctx.quantities(sentence) if q.start >= floor and not q.is_year and not q.is_measure]
    _respective_years(ctx, sentence, word.start, drafts)
    places = ctx.places(sentence)
    for named in (
        [p for p in places if p.end <= counts[0].start],
        [p for p in places if p.start >= counts[-1].end],
    ):
        origins = list(
            dict.fromkeys(p.place.country for p in named if p.place.country and not p.place.is_korean)
        )
        receivers = list(dict.fromkeys(p.text for p in named if p.place.kind in KOREAN_PLACE_KINDS))
        if len(origins) == len(drafts):
            for draft, origin in zip(drafts, origins, strict=True):
                draft.fields["origin_countries"] = [origin]
                if draft.fields["population"] == Population.PATIENTS:
                    draft.fields["population"] = (
                        Population.FOREIGN_PATIENTS
                    )  # as _stat tells a count of one origin
            return
        if len(receivers) == len(drafts):
            for draft, receiver in zip(drafts, receivers, strict=True):
                draft.fields["institution"] = receiver
                draft.fields["scope_level"] = ctx.language.scope_level(receiver)
            return


def _respective_years(ctx: DocumentContext, sentence: Sentence, word: int, drafts: list[RecordDraft]) -> None:
    """ "2018년과 2019년에는 각각 3만 명과 4만 명으로", "In 2018 and 2019 … 30,000 and 40,000,
    respectively": two calendar years or more named before the word of "respectively" date its
    counts (those after it, else those before it), one each, in order. A span of years
    ("2018~2019년에도 각각", "in 2017-2019 … respectively") shares out each year it covers, where
    there are as many counts; else its counts are totals over it ("from 2016 to 2019, 3,000
    and 4,000 respectively")."""
    told = [y for y in ctx.years(sentence) if y.end <= word and not y.relative]
    spanned = each_year_of_a_span(ctx, told) if len(told) == 2 else None
    years = spanned if spanned is not None else [y.year for y in told]
    if len(years) < 2 or len(drafts) < len(years) or (spanned is not None and len(drafts) != len(years)):
        return
    for draft, year in zip(drafts, years, strict=False):
        draft.fields["year"] = year
        draft.fields["period_kind"] = PeriodKind.YEAR
        draft.fields["period_start"] = draft.fields["period_end"] = None


def _breakdown_receiver(ctx: DocumentContext, sentence: Sentence, institution: str | None) -> str | None:
    """Who received the patients of a sentence that breaks down the count told before ("By
    country, ...", "국가별로는 …"): the receiver of that count."""
    if institution is not None and ctx.lexicon.matcher("patients", "breakdown_cues").contains(sentence.text):
        return institution
    return None


def _countries_told_apart(ctx: DocumentContext, found: list[RecordDraft]) -> None:
    """ "Foreign patients came from a total of 187 countries last year.": a sentence
    that says only how many countries the patients came from gives that number to the year's
    largest count of foreign patients told elsewhere in the article (not a running total), of
    the year it names or, naming none, of the last count told before it."""
    pattern = ctx.language.patterns.counts.n_countries
    for sentence in ctx.body_sentences:
        match = pattern.search(ctx.text, sentence.start, sentence.end)
        if (
            match is None
            or any(r.evidence.start <= match.start() < r.evidence.end for r in found)
            or not ctx.lexicon.matcher("patients", "heads").contains(sentence.text)
        ):
            continue
        years = {y.year for y in ctx.years(sentence)} or _year_told_last(found, sentence)
        same_year = [
            r
            for r in found
            if r.fields["year"] in years
            and r.fields["population"] == Population.FOREIGN_PATIENTS
            and r.fields["n_countries"] is None
            and r.fields["period_kind"] != PeriodKind.CUMULATIVE  # "누적 90만명": no year's patients
        ]
        if len(years) == 1 and same_year:
            # the largest and its restatements ("61만 명" in the headline, "60만 6천명" in the
            # body): whichever is kept as the year's count has the number of countries
            largest = max(r.fields["count"] for r in same_year)
            for record in same_year:
                if largest - record.fields["count"] <= ROUNDING * largest:
                    record.fields["n_countries"] = int(match.group(1))


def _year_told_last(found: list[RecordDraft], sentence: Sentence) -> set[int]:
    """The year of the last dated count told before a sentence that names none ("… 15만명이다.
    국적별로 보면 120개국."): the year it goes on speaking of."""
    before = [r for r in found if r.evidence.end <= sentence.start and r.fields["year"] is not None]
    return {max(before, key=lambda r: r.evidence.end).fields["year"]} if before else set()


def _told_foreign(
    ctx: DocumentContext, sentence: Sentence, link: Link, noun_phrase: str, previous: Sentence | None
) -> bool:
    """Whether the counted patients are foreign: a word of the noun phrase says so ("inbound",
    "non-Korean"), or the words after the noun ("patients who came to Busan from abroad"), or
    the purpose of a journey ("52,000 people came to Korea for medical purposes"), or "such
    patients" refers back to foreign ones named in the sentence before."""
    lexicon = ctx.lexicon
    foreign_words = lexicon.matcher("patients", "foreign_words")
    if foreign_words.contains(noun_phrase):
        return True
    head = link.head
    own = sentence if head.start >= sentence.start else previous
    if own is not None:
        # the words after the noun, in its own sentence: "Patients from abroad keep coming."
        phrase_end = head.end if link.relative else max(link.quantity.end, head.end)
        # "dental patients from overseas grew from 820": the words between noun and number too
        after_start = min(head.end, phrase_end)
        after = ctx.text[after_start : scope_end(ctx, own, link.quantity, phrase_end)]
        if lexicon.matcher("patients", "foreign_after_head").contains(after):
            return True
        if is_generic_head(ctx, head) and lexicon.matcher("patients", "travel_purposes").contains(after):
            return True
    if previous is None or not foreign_words.contains(previous.text):
        return False
    determiners = lexicon.matcher("patients", "back_references").finditer(
        ctx.text, max(sentence.start, head.start - MAX_ADJECTIVE_CHARS), head.start
    )
    return any(not ctx.text[d.end : head.start].strip() for d in determiners)


def _names_korea(
    ctx: DocumentContext, sentence: Sentence, skip: frozenset[tuple[int, int]] = frozenset()
) -> bool:
    """Whether the sentence names Korea or a Korean city or province, or Korean places of care
    ("went to Korean hospitals"), other than the spans of ``skip``; "Korean doctors" may work
    abroad."""
    care_places = ctx.lexicon.matcher("patients", "care_places")
    return any(
        (p.start, p.end) not in skip
        and p.place.is_korean
        and (
            p.place.kind != PlaceKind.DEMONYM
            or (ctx.text[p.end : p.end + 1] == " " and care_places.match(ctx.text, p.end + 1) is not None)
        )
        for p in ctx.places(sentence)
    )


def _whole_of_visitors(ctx: DocumentContext, sentence: Sentence, link: Link, links: list[Link]) -> bool:
    """ "The 31,000 Laotians who came to Korea in 2019 counted some 250 people travelling for
    medical services": generic people whose part is counted after a word of inclusion are
    visitors as a whole; only the part is a count of care."""
    if link.relative or not is_generic_head(ctx, link.head) or _care_given_to(ctx, sentence, link):
        return False
    lexicon = ctx.lexicon
    for other in links:
        if other.quantity.start <= link.quantity.end:
            continue
        part = lexicon.matcher("patients", "part_cues").search(
            ctx.text, link.quantity.end, other.quantity.start
        )
        # "3,000 Russians visited Busan hospitals, including 800 children": a whole told as cared
        # for is patients, its part too
        if part is not None and not any(
            lexicon.matcher("patients", key).search(ctx.text, link.quantity.end, part.start) is not None
            for key in ("care_places", "travel_purposes", "care_words")
        ):
            return True
    return False


def _care_given_to(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """ "gave free check-ups to 9,400 people, among them 12 children sent on for surgery": people
    a word of care is given to, only a preposition (and a qualifier) between, were all cared
    for; the part told after them is not what makes them a count of care."""
    qualifier = ctx.language.qualifier_before(ctx.text, sentence.start, link.quantity.start)
    end = link.quantity.start - len(qualifier)
    words = ctx.text[sentence.start : end].split()
    prepositions = ctx.lexicon.lowered_words("patients", "noun_prepositions")
    if not words or words[-1].lower() not in prepositions:
        return False
    preposition = ctx.text.rfind(words[-1], sentence.start, end)
    care = ctx.lexicon.matcher("patients", "care_words").finditer(
        ctx.text, max(sentence.start, preposition - CARE_BEFORE_PLACE_CHARS), preposition
    )
    return any(not ctx.text[m.end : preposition].strip() for m in care)


def _care_with_no_korean_side(ctx: DocumentContext, sentence: Sentence, links: list[Link]) -> bool:
    """Care sought in another country, with no Korean place or body in the sentence: "13,000
    Mongolians travel abroad for treatment every year", "터키를 방문한 의료관광객은 41만명",
    "인도네시아에서는 50만명이 싱가포르 등을 찾아 치료를 받는다" count no medical tourism to Korea.
    The language tells it by a phrase of leaving for care, or by a marker of going to a place
    right after a foreign place or body."""
    lexicon = ctx.lexicon
    destination = lexicon.matcher("patients", "destination_markers")
    ends = [p.end for p in ctx.places(sentence) if not p.place.is_korean]
    ends += [o.end for o in ctx.organizations(sentence) if o.country is not None and not o.is_korean]
    if not (
        lexicon.matcher("patients", "outbound_cues").search(ctx.text, sentence.start, sentence.end)
        is not None
        # "싱가포르와 태국 등을 찾아": the marker may follow a space
        or any(
            destination.match(ctx.text, end + ctx.text[end : end + 1].isspace()) is not None for end in ends
        )
        or _destination_abroad(ctx, sentence, links)
    ):
        return False
    # the Korean body that only reports it ("…을 받는다고 서초구는 밝혔다") or is its source ("진흥원에
    # 따르면 …": the figure is the body's, the care another country's) is no side of the care
    reporting = lexicon.matcher("events", "reporting_verbs")
    sources = lexicon.matcher("patients", "source_cues_after")
    particles = lexicon.section("organizations")["topic_particles"]
    korean = [(p.start, p.end) for p in ctx.places(sentence) if p.place.is_korean]
    korean += [(o.start, o.end) for o in ctx.organizations(sentence) if o.is_korean]
    reporters = frozenset(
        (start, end)
        for start, end in korean
        if (ctx.text[end : end + 1] in particles and reporting.match(ctx.text, end + 2) is not None)
        or sources.match(ctx.text, end) is not None
    )
    # "한국보건산업진흥원 자료에 따르면": the place in the reporting body's name is the body's
    named_in = frozenset(
        (p.start, p.end)
        for p in ctx.places(sentence)
        if any(start <= p.start and p.end <= end for start, end in reporters)
    )
    return not (
        _names_korea(ctx, sentence, skip=reporters | named_in)
        or any(o.is_korean and (o.start, o.end) not in reporters for o in ctx.organizations(sentence))
    )


def _destination_abroad(ctx: DocumentContext, sentence: Sentence, links: list[Link]) -> bool:
    """Whether a foreign country or city stands right after a word of going there, told after
    a count of patients ("2,400 patients travel to Malaysia for surgery", "4,000 people visited
    India for treatment"), where the language tells the destination before the place. A trip
    told before the count ("Doctors visited Osh, where 120 villagers had check-ups") or by
    Korean travellers ("Four Korean surgeons flew to Davao") is the carers'."""
    if not links:
        return False
    first = min(link.quantity.end for link in links)
    places = ctx.places(sentence)
    korean = [p.end for p in places if p.place.is_korean]
    return any(
        not p.place.is_korean
        and p.place.kind in {PlaceKind.COUNTRY, PlaceKind.CITY}
        and first <= p.start
        and not any(end <= p.start for end in korean)
        and ctx.follows("patients", "destination_markers_before", sentence, p.start)
        for p in places
    )


def _world_scope(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence counts people the world over ("some 9 million people worldwide cross
    borders for care"): asked only of sentences with no Korean side, whose count is then the
    world's medical tourism, not Korea's. The world as the origin of patients ("patients from
    around the world") is no such scope."""
    lexicon = ctx.lexicon
    origins = [
        (m.start, m.end)
        for m in lexicon.matcher("patients", "foreign_after_head").finditer(
            ctx.text, sentence.start, sentence.end
        )
    ]
    return any(
        not any(start <= m.start < end for start, end in origins)
        for m in lexicon.matcher("patients", "world_scope").finditer(ctx.text, sentence.start, sentence.end)
    )


def _national_receiver(institution: str | None, scope: ScopeLevel) -> str | None:
    """The country for a national receiver ("the Ministry of Health and Welfare", "the government",
    한국, 대한민국): a ministry reports a national total, the country received the patients, and a
    national total is the contract's one name in every language. A name that already holds it
    ("South Korea", "the Republic of Korea") is kept as written."""
    if institution is None or scope != ScopeLevel.NATIONAL:
        return institution
    return institution if NATIONAL_INSTITUTION.lower() in institution.lower() else NATIONAL_INSTITUTION


def _has_korean_side(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence names Korea, a Korean place or Korean people ("organised by the Korean
    community": Korean providers abroad are a Korean side), or a body that may have received
    the patients: a Korean one, one of no known country, or an anaphor resolved to one ("the
    hospital")."""
    return any(p.place.is_korean for p in ctx.places(sentence)) or bool(named_receiver(ctx, sentence))


def _foreign_care_giver(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """ "The Tashkent Eye Hospital examines 60,000 patients a year": a hospital or clinic of
    another country as the last body named before the count, in a sentence with no Korean side,
    gave the care itself; its patients are no count of care on Korea's side."""
    before = [o for o in ctx.organizations(sentence) if o.end <= link.quantity.start]
    if not before:
        return False
    giver = max(before, key=lambda o: o.end)
    return (
        giver.country is not None
        and not giver.is_korean
        and ctx.lexicon.matcher("patients", "care_places").search(ctx.text, giver.start, giver.end)
        is not None
    )


def _arrived_in_korea(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence tells an arrival that is one in Korea without naming it ("방한한",
    "입국한": came to Korea, entered the country): people of another country who came so for
    care are medical tourists, as if Korea were named."""
    return (
        ctx.lexicon.matcher("patients", "care_arrivals").search(ctx.text, sentence.start, sentence.end)
        is not None
    )


def _names_korean_body(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence names Korea, a Korean place or people, or a body known to be Korean:
    a body of no known country ("the ministry") may be the host country's own."""
    return any(p.place.is_korean for p in ctx.places(sentence)) or any(
        o.is_korean for o in ctx.organizations(sentence)
    )


def _korean_people_abroad(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """ "Some 20,000 Koreans travel to Japan each year for cancer treatment", "한국인 2만명이 암
    치료를 위해 일본으로 떠난다": the people of Korea, named right beside their count, in a sentence
    that names a foreign country or city and no Korean place or body, sought care abroad; the
    foreign place is where they went, no origin, and no medical tourism to Korea is counted."""
    quantity = link.quantity
    places = ctx.places(sentence)
    if not any(
        p.place.is_korean
        and p.place.kind == PlaceKind.DEMONYM
        and (0 <= p.start - quantity.end <= 1 or 0 <= quantity.start - p.end <= 1)
        for p in places
    ):
        return False
    return (
        any(not p.place.is_korean and p.place.kind in {PlaceKind.COUNTRY, PlaceKind.CITY} for p in places)
        and not _names_korea(ctx, sentence)
        and not any(o.is_korean for o in ctx.organizations(sentence))
    )


def _sent_abroad(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """ "이 나라가 올해 해외로 보낸 환자는 약 3천명이고, 그중 한국에서 진료받은 사람은 150명": a
    phrase of going or sending abroad for care right before the count's noun, no Korean place
    and no clause break between, tells people sent abroad to every destination; the Korean part
    told in another clause of the sentence is counted, they are not."""
    head = link.head
    if link.relative or head.start < sentence.start:
        return False
    window = max(sentence.start, head.start - SENT_ABROAD_CHARS)
    cues = list(ctx.lexicon.matcher("patients", "outbound_cues").finditer(ctx.text, window, head.start))
    if not cues:
        return False
    cue = cues[-1]
    if re.search(r"[,;:()]", ctx.text[cue.end : head.start]):
        return False
    return not any(
        p.place.is_korean and cue.end <= p.start and p.end <= head.end for p in ctx.places(sentence)
    )


def _received_abroad(ctx: DocumentContext, sentence: Sentence, link: Link) -> bool:
    """ "Malaysia received 1.2 million medical tourists", "Thailand drew 3 million": a foreign
    country or city as the subject of the verb of receiving right before the count is where the
    care was given, another country's medical tourism."""
    quantity = link.quantity
    if not ctx.follows("patients", "receiving_verbs", sentence, quantity.start):
        return False
    verbs = list(
        ctx.lexicon.matcher("patients", "receiving_verbs").finditer(
            ctx.text, max(sentence.start, quantity.start - RECEIVER_VERB_CHARS), quantity.start
        )
    )
    if not verbs:
        return False
    verb = verbs[-1]
    return any(
        not p.place.is_korean
        and p.place.kind in {PlaceKind.COUNTRY, PlaceKind.CITY}
        and p.end <= verb.start
        and not ctx.text[p.end : verb.start].strip()
        and not _korean_provider_seated(ctx, sentence, p)
        for p in ctx.places(sentence)
    ) or _foreign_country_pointed_back(ctx, sentence, verb.start)


def _foreign_country_pointed_back(ctx: DocumentContext, sentence: Sentence, verb_start: int) -> bool:
    """ "Malaysia is chasing the trade too. The country received 1.2 million medical tourists":
    the language's word for a country pointing back (its country_anaphors), right before the verb
    of receiving, stands for the foreign country that opens the sentence before, its subject."""
    pointer = ctx.lexicon.matcher("patients", "country_anaphors").match(ctx.text, sentence.start)
    if pointer is None or ctx.text[pointer.end : verb_start].strip():
        return False
    previous = ctx.body_sentence_before(sentence)
    if previous is None:
        return False
    opening = len(previous.text) - len(previous.text.lstrip()) + previous.start
    return any(
        p.start == opening and not p.place.is_korean and p.place.kind == PlaceKind.COUNTRY
        for p in ctx.places(previous)
    )


def _korean_provider_seated(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """ "The Korean clinic in Almaty saw 2,100 patients", "a Korean-run hospital in Ulaanbaatar":
    a place that only seats a Korean provider named before it is not the subject that received
    the patients; the care is a Korean provider's abroad."""
    words = ctx.text[sentence.start : place.start].split()
    if not words or words[-1].lower() not in ctx.lexicon.section("grammar")["place_prepositions"]:
        return False
    preposition = ctx.text.rfind(words[-1], sentence.start, place.start)
    korean = [p.end for p in ctx.places(sentence) if p.place.is_korean and p.end <= preposition]
    korean += [o.end for o in ctx.organizations(sentence) if o.is_korean and o.end <= preposition]
    # the provider's own noun phrase: a few words, no clause between ("Unlike Korean hospitals,
    # clinics in Bangkok ..." is another subject)
    return any(
        len(ctx.text[end:preposition].split()) <= PROVIDER_HEAD_WORDS
        and not re.search(r"[,;:()]", ctx.text[end:preposition])
        for end in korean
    )


def _care_placed_abroad(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence places care in another country ("patients are being treated in
    Kazakhstan", "Hospitals in Singapore treated 550,000"): a foreign country or city after a
    preposition of place, right after a word of care or a place of care."""
    lexicon = ctx.lexicon
    return any(
        not p.place.is_korean
        and p.place.kind in {PlaceKind.COUNTRY, PlaceKind.CITY}
        and ctx.follows("grammar", "place_prepositions", sentence, p.start)
        and any(
            lexicon.matcher("patients", key).search(
                ctx.text, max(sentence.start, p.start - CARE_BEFORE_PLACE_CHARS), p.start
            )
            is not None
            for key in ("care_words", "care_places")
        )
        for p in ctx.places(sentence)
    )


def _foreign_host(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether another country is the topic of the sentence's medical tourism: a foreign country
    or city right before a marker of the topic ("태국은", "싱가포르의 경우", "두바이는"; a headline's
    "우즈베키스탄, …" where it opens the sentence), a cue of
    hosting patients after it ("… 의료관광객을 유치했다"), no visit to Korea told ("방한
    의료관광객"). Only asked of sentences with no Korean side."""
    markers = ctx.lexicon.matcher("patients", "host_topic_markers")
    openings = ctx.lexicon.matcher("patients", "host_opening_markers")
    opening = len(sentence.text) - len(sentence.text.lstrip()) + sentence.start
    return any(
        not p.place.is_korean
        and p.place.kind in (PlaceKind.COUNTRY, PlaceKind.CITY)
        and (
            markers.match(ctx.text, p.end) is not None
            or (p.start == opening and openings.match(ctx.text, p.end) is not None)
        )
        and ctx.lexicon.matcher("patients", "host_cues").search(ctx.text, p.end, sentence.end) is not None
        for p in ctx.places(sentence)
    ) and not ctx.lexicon.matcher("patients", "visits_to_korea").search(
        ctx.text, sentence.start, sentence.end
    )


def _cared_for_abroad(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence names a foreign place where care could be given ("examined 1,100
    Mongolians in Ulaanbaatar", "a check-up programme in Mongolia")."""
    return any(
        not p.place.is_korean
        and (
            p.place.kind in {PlaceKind.CITY, PlaceKind.REGION}
            or ctx.follows("grammar", "place_prepositions", sentence, p.start)
        )
        for p in ctx.places(sentence)
    )


def _nationality_of_noun(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> list[str]:
    """ "카자흐스탄인은 2016년 900명 … 2020년 3,400명", "Kazakhs numbered 900 in 2016 and 3,400 in
    2020": a nationality that is itself the counted noun is the origin of every figure it
    counts, the later ones of its series too."""
    return [
        p.place.country
        for p in ctx.places(sentence)
        if p.start == head.start
        and p.end == head.end
        and p.place.kind == PlaceKind.DEMONYM
        and p.place.country
        and not p.place.is_korean
    ]


def _noun_receiver(ctx: DocumentContext, sentence: Sentence, noun: int) -> str | None:
    """Where the patients of a count leaning on a noun told before went: the receiver of the
    noun's own sentence, which may stand two sentences back or more ("제천시 내 외국인 환자는
    2018년 900명 … 2019년 700명, 2020년 300명으로 줄었다. 2022년에 650명으로 …")."""
    body = ctx.body_sentences
    index = bisect_right(body, noun, key=lambda s: s.start) - 1  # the last sentence opening before it
    told = body[index] if index >= 0 else None
    if told is None or not told.start <= noun < told.end or told.end > sentence.start:
        return None
    return named_receiver(ctx, told)


def _receiver_told_before(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "새봄병원을 찾는 외국인 환자가 해마다 늘고 있다. 2019년 2천여명이던 …", "전남도는 2015년부터
    의료관광객 유치에 힘을 쏟았다. … 그 결과 … 640명": a sentence with no count that tells of a Korean
    body or place drawing patients, one of the two right before a count whose sentence names no
    receiver (and no sentence with a count between), names who received them. Read only where
    the language lists such cues."""
    body = ctx.body_sentences
    position = ctx.body_position(sentence) or 0
    cues = ctx.lexicon.matcher("patients", "carried_receiver_cues")
    for told in body[max(0, position - RECEIVER_LOOKBACK) : position][::-1]:
        if has_count(ctx, told):
            return None
        if cues.contains(told.text):
            return named_receiver(ctx, told) if named_receiver(ctx, sentence) is None else None
    return None


def _once_each(found: list[RecordDraft]) -> list[RecordDraft]:
    """A figure told in the lead and again in the body is one count: of the mentions of the same
    number for the same year, the one that says most (origins, receiver, period) is kept; the
    number told again with no time of its own ("out of a total of 211,218") is the dated one's."""
    best: dict[tuple[int, int | None], RecordDraft] = {}
    for record in found:
        key = (record.fields["count"], record.fields["year"])
        if key not in best or _detail(record.fields) > _detail(best[key].fields):
            best[key] = record
    dated = {count for count, year in best if year is not None}
    kept = {id(record) for record in best.values() if not _restates_dated(record.fields, dated)}
    return [
        record
        for record in found
        if id(record) in kept and not _rounds(record, found) and not _milestone_of(record, found)
    ]


def _restates_dated(stat: dict[str, Any], dated: set[int]) -> bool:
    """Whether a count with no year nor period bounds repeats a number told with its year."""
    return (
        stat["year"] is None
        and stat["period_start"] is None
        and stat["period_end"] is None
        and stat["count"] in dated
    )


def _rounds(record: RecordDraft, found: list[RecordDraft]) -> bool:
    """ "about 1,400 foreign patients ... in 2021" beside "(’21) 1,407", a headline's "record
    1.08 mln in 2024" or "108만 명에 달한" beside the body's 1,084,392: an approximate or round
    figure within a rounding of an exact count of the same year (or of any year, where its own
    is only the page's or none: "nearly a million last year" on a page without a date beside
    "998,100 ... in 2023") and population (a round one, of the same origins too) restates it.
    The exact count need only be told more precisely: "43만여명" restates "43.2만명", a round
    figure itself. So does a mark said to be passed just below it: "43만명을 돌파하며" beside
    432,118."""
    stat = record.fields
    approximate = stat["qualifier"] == Qualifier.APPROX
    rounded = stat["qualifier"] == Qualifier.EXACT and stat["count"] % ROUND_FIGURE == 0
    passed = stat["qualifier"] == Qualifier.AT_LEAST and stat["count"] % ROUND_FIGURE == 0
    return (approximate or rounded or passed) and any(
        other.fields["qualifier"] == Qualifier.EXACT
        and _significant_digits(other.fields["count"]) > _significant_digits(stat["count"])
        and (not passed or other.fields["count"] > stat["count"])
        and (
            other.fields["year"] == stat["year"]
            or stat["year"] is None
            or stat["period_kind"] == PeriodKind.UNSPECIFIED
        )
        and _same_people(stat["population"], other.fields["population"], approximate)
        and (approximate or other.fields["origin_countries"] == stat["origin_countries"])
        and other.fields["count"] != stat["count"]
        and (
            abs(other.fields["count"] - stat["count"]) <= ROUNDING * other.fields["count"]
            or (approximate and _rounded_restatement(stat, other.fields))
        )
        for other in found
    )


def _rounded_restatement(approximate: dict[str, Any], exact: dict[str, Any]) -> bool:
    """ "Nearly 6,000 foreign patients visited Jeonju hospitals … The city counted 5,912":
    an approximate figure that is the exact count of the same receiver rounded to its own
    significant digits restates it, however far that rounding goes."""
    digits = _significant_digits(approximate["count"])
    scale = 10 ** max(0, len(str(exact["count"])) - digits)
    return (
        _same_receiver(approximate["institution"], exact["institution"])
        and round(exact["count"] / scale) * scale == approximate["count"]
    )


def _same_receiver(told: str | None, counted: str | None) -> bool:
    """Whether two counts name one receiver: "전북" and "전북도", its suffix written once and not
    the other time; not "Jeonbuk" and "Jeonbuk National University Hospital", nor a count whose
    receiver is not named."""
    if told is None or counted is None:
        return False
    shorter, longer = sorted((told, counted), key=len)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= RECEIVER_SUFFIX_CHARS


def _same_people(population: Population, exact: Population, approximate: bool) -> bool:
    """Whether a round figure's people are those of the exact count it would restate: the same
    population, or, told approximately, patients at large restating foreign patients ("571,204
    foreign patients ... The roughly 600,000 patients came from 190 countries")."""
    return population == exact or (
        approximate and population == Population.PATIENTS and exact == Population.FOREIGN_PATIENTS
    )


def _significant_digits(count: int) -> int:
    """How precisely a count is told: 571,000 to three digits, 1,084,392 to seven."""
    return len(str(count).rstrip("0"))


def _milestone_of(record: RecordDraft, found: list[RecordDraft]) -> bool:
    """ "The number of foreign patients passed 100,000 for the first time" beside the body's
    "126,400 foreign patients last year", "topped 150,000" beside "156,572": a round mark a
    count is said to be over (a figure of one or two significant digits) restates a count of the
    page of the same population, of the same year where both have one, that lies between the
    mark and half as much again. A mark told with no time of its own ("has passed 200,000", read
    in the publication's year) restates the count of whatever year the body gives it. A smaller
    mark ("4천명을 넘어섰다" beside "4천48명" of the same province) restates only a count of the
    same receiver just above it: "over 2,000" told of one programme beside a province's 2,972,
    or of one city beside another city's 5,921, is a count of its own."""
    stat = record.fields
    count = stat["count"]
    if stat["qualifier"] != Qualifier.AT_LEAST or count < SMALL_MARK_MIN:
        return False
    if _significant_digits(count) > MILESTONE_DIGITS:
        return False
    small = count < MILESTONE_MIN
    reach = SMALL_MARK_REACH if small else MILESTONE_REACH
    year = _own_year(stat)
    return any(
        count < other.fields["count"] <= reach * count
        and other.fields["population"] == stat["population"]
        and (year is None or _own_year(other.fields) in (None, year))
        and (not small or _same_receiver(stat["institution"], other.fields["institution"]))
        for other in found
    )


def _own_year(stat: dict[str, Any]) -> int | None:
    """The year a count is told of; none for one of no period, read in the publication's year
    ("모두 1천96명이다" on a page of 2022): it may be of any year the page tells."""
    return None if stat["period_kind"] == PeriodKind.UNSPECIFIED else stat["year"]


def _detail(stat: dict[str, Any]) -> int:
    """How much a count says: its fields told, the scope level aside (it restates the institution)."""
    return sum(
        1
        for key, value in stat.items()
        if key != "scope_level" and value not in (None, [], PeriodKind.UNSPECIFIED)
    )


def _stat(
    ctx: DocumentContext,
    sentence: Sentence,
    link: Link,
    neighbours: tuple[Sentence | None, Sentence | None],
    years_in_force: tuple[int | None, LeadYear | None],
    previous_institution: str | None,
    carried: Population | None = None,
) -> RecordDraft:
    """One count with its attributes; ``years_in_force`` are the year of the counts told just
    before and the article's lead count of one year; ``neighbours`` the sentences
    before and after it; ``carried`` the population of the count told last, which a count
    leaning on "such patients" in the sentence before keeps."""
    lexicon = ctx.lexicon
    previous, following = neighbours
    quantity, head = link.quantity, link.head
    if link.relative:
        phrase_start, phrase_end = head.start, head.end
    else:
        phrase_start, phrase_end = min(quantity.start, head.start), max(quantity.end, head.end)
    # a noun leaned on may stand in the sentence before ("Chinese patients made up the
    # largest group. Their number reached 3,250 in 2018."): its words are read there
    noun_sentence = sentence if head.start >= sentence.start or previous is None else previous
    noun_phrase = ctx.text[max(noun_sentence.start, phrase_start - MAX_ADJECTIVE_CHARS) : phrase_end]
    population = Population(head.label)
    # cases of care counted ("150건의 상담") stay cases, whoever was cared for
    if population != Population.CONSULTATIONS and (
        _told_foreign(ctx, sentence, link, noun_phrase, previous)
        or (
            noun_sentence is not sentence
            and population == Population.PATIENTS
            and carried == Population.FOREIGN_PATIENTS
        )
    ):
        population = Population.FOREIGN_PATIENTS
    elif is_consultation(ctx, sentence, quantity):
        population = Population.CONSULTATIONS
    evidence_sentences = [sentence] if noun_sentence is sentence else [noun_sentence, sentence]
    origins = (
        list(link.own_origin)
        or _nationality_counted(ctx, sentence, quantity)
        or _nationality_of_noun(ctx, noun_sentence, head)
        or noun_origins(ctx, noun_sentence, phrase_start, phrase_end)
        or ctx.language.origins_before_noun(ctx, sentence, head, quantity)
        or places_before_noun(ctx, sentence, quantity, head)
        or origins_of(ctx, noun_sentence, phrase_end)
    )
    if not origins and noun_sentence is not sentence and part_of_them(ctx, quantity):
        # "... for travellers from Kazakhstan. Around 1,900 of them came": a part of the people
        # named in the sentence before comes from where they do, told right after their noun
        origins = ctx.language.origins_after(ctx, noun_sentence, head.end, noun_sentence.end, adjacent=True)
    if not origins and sentence.start <= head.start and head.end <= quantity.start:
        # "Patients from Uzbekistan jumped 29.3 percent to 6,012", "..., while those from
        # Kazakhstan grew to 5,671": the origin told in the count's own clause
        clause_start = max(head.end, after_previous_count(ctx, sentence, quantity))
        origins = ctx.language.origins_after(
            ctx, sentence, clause_start, quantity.start, adjacent=clause_start == head.end
        )
        if not origins and link.relative and clause_start != head.end:
            # "Patients from Vietnam rose from 412 in 2012 to 4,180 in 2016": a later figure
            # of the series, no origin of its own in between, counts the noun's patients
            first_count = min(
                q.start for q in ctx.quantities(sentence) if q.start >= head.end and not q.is_year
            )
            origins = ctx.language.origins_after(ctx, sentence, head.end, first_count, adjacent=True)
    if not link.relative:
        origins = origins or leading_origin(ctx, sentence, quantity)
        origins += ctx.language.origins_after(
            ctx, sentence, phrase_end, scope_end(ctx, sentence, quantity, phrase_end)
        )
        if not origins and following is not None and not has_count(ctx, following):
            from_following = ctx.language.origins_after(ctx, following, following.start)
            if from_following and lexicon.matcher("patients", "heads").contains(following.text):
                origins = from_following
                evidence_sentences.append(following)
    # "1,100 Mongolian residents" examined abroad, the locals a mission treated ("현지 환자"),
    # are people cared for, not medical tourists
    mission = bool(origins) and ctx.language.treated_by_a_mission(ctx, sentence, head)
    if (
        origins
        and population == Population.PATIENTS
        and "KR" not in origins
        and not is_generic_head(ctx, head)
        and not mission
    ):
        population = Population.FOREIGN_PATIENTS
    period_kind, year, period = count_period(ctx, sentence, quantity, *years_in_force, previous)
    if link.own_year is not None:
        period_kind, year, period = PeriodKind.YEAR, link.own_year, (None, None)  # "2019: 7,263"
    if quantity.is_ordinal:
        period_kind, year, period = PeriodKind.CUMULATIVE, None, (None, None)  # "its 50,000th patient"
    fields = {
        "count": round(quantity.value),
        "qualifier": quantity.qualifier,
        "year": year,
        "period_kind": period_kind,
        "period_start": period[0],
        "period_end": period[1],
        "population": population,
        "origin_countries": list(dict.fromkeys(c for c in origins if c and c != "KR")),
        "n_countries": _n_countries(ctx, sentence, quantity, phrase_end),
        "institution": receiving_institution(ctx, sentence, quantity, previous_institution)
        or (_noun_receiver(ctx, sentence, head.start) if noun_sentence is not sentence else None)
        or pronoun_antecedent(ctx, sentence, previous)
        or _receiver_told_before(ctx, sentence)
        or bare_destination_antecedent(ctx, sentence, previous),
    }
    if (
        population == Population.PATIENTS
        and fields["origin_countries"]
        and not mission
        and not _cared_for_abroad(ctx, sentence)
        and (
            _names_korea(ctx, sentence)
            or _arrived_in_korea(ctx, sentence)
            or fields["institution"] is not None
            or carried == Population.FOREIGN_PATIENTS
            or visited_a_place_of_care(ctx, sentence, head)
        )
    ):
        # "About 2,000 Mongolians received surgery at Daegu hospitals", "3,400 UAE nationals
        # flew to Korea for care", "Mirae Hospital saw 870 Uzbeks": people of
        # another country cared for in Korea or by a Korean receiver at home;
        # "treated 2,600 foreign patients. Americans were the largest group at 900": a part
        # of the foreign patients counted just before
        fields["population"] = Population.FOREIGN_PATIENTS
    if fields["institution"] is None and fields["population"] == Population.FOREIGN_PATIENTS:
        fields["institution"] = national_source(ctx, sentence)
    fields["scope_level"] = ctx.language.scope_level(fields["institution"])
    fields["institution"] = _national_receiver(fields["institution"], fields["scope_level"])
    return RecordDraft(
        kind=RecordKind.PATIENT_STAT,
        rule="patient_stats.count_leaning_on_noun" if link.relative else "patient_stats.count_with_noun",
        evidence=ctx.evidence(*evidence_sentences),
        confidence=ConfidenceLevel.LEANING
        if link.relative or is_generic_head(ctx, head)
        else ConfidenceLevel.TIED,
        fields=fields,
    )
