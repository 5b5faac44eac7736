"""The pattern sets a language hands the record builders: what each pattern must find, not how.

A record builder reads a sentence through these patterns (and the language's phrase lists), so
it never spells a word or assumes a word order; each language compiles its own set, once, from
its lexicon. A language that cannot say something yet compiles a pattern that never matches
(``NEVER``), and the builder then finds nothing of that kind.
"""

import re
from dataclasses import dataclass

from extractors.lang.lexicon import CaselessPattern

NEVER = re.compile(r"(?!)")  # matches nothing: for what a language does not read yet


@dataclass(frozen=True)
class CountPatterns:
    """Patterns of patient counts."""

    list_joint: re.Pattern[str]  # what closes a list item: a comma, or the "and" before the last item
    belonging: re.Pattern[str]  # from a noun to the place its people belong to: "citizens of (the) ..."
    n_countries: re.Pattern[
        str
    ]  # a count of origin countries, the number in group 1: "from over 30 countries"
    after_article: re.Pattern[str]  # nothing, or an article, between a cue and what it cues
    clause_joint: CaselessPattern  # a joint of clauses: ", and", "; "
    year_range_joint: re.Pattern[
        str
    ]  # all that stands between the two years of a range ("from 2014 to 2016")
    listed_origin_joint: re.Pattern[str]  # between a country and its count in a list: "Americans (51,200)"
    serial_item: re.Pattern[
        str
    ]  # matched up to a clause joint: the item a serial comma closes (", Hong Kong")


@dataclass(frozen=True)
class TargetPatterns:
    """Patterns of goals and target markets."""

    copula_role: re.Pattern[str]  # "X is one of KTO's key target markets"
    designation: CaselessPattern  # "as a key target market", "its core overseas market"
    possessive_joint: re.Pattern[str]  # between an owner and what it owns: "last year's 2,500"
    # matched at a year's end: the marker that makes it a due year ("2027년까지"), where the
    # language writes it after the year (English writes "by" before it: never)
    due_after_year: re.Pattern[str]
    named_market: re.Pattern[str]  # matched at a place's end: "(the Vietnamese) market"
    market_before: re.Pattern[str]  # matched up to a place: "the (Vietnamese market)"
    # the whole gap from a preposition of reaching to its place, each part optional: an article,
    # a word that qualifies the places ("to major (Asian) markets"), a generic noun of the countries
    # reached with its link ("to countries in (the Middle East)")
    reach_lead: re.Pattern[str]
    market_members: (
        CaselessPattern  # a market noun, then the word listing its members: "market ... that includes"
    )
    market_reach: (
        CaselessPattern  # a verb of reaching a market up to its preposition: "promote Korean care to"
    )
    # a verb of setting up or running a place of care up to the preposition before its place,
    # the place's noun in group "noun": "opened a second branch in", or in group "head" where
    # it comes before the verb: "a branch opened in"
    market_opening: CaselessPattern
    # between that preposition and the place (the whole gap): an article, a count ("in five
    # Kazakh towns"), a district before its city ("in Dostyk, Almaty")
    place_of_care_lead: re.Pattern[str]
    # matched at a city's end: the unit it is written with, part of its name as written ("알마티주를")
    written_unit: re.Pattern[str]
    # matched at an organisation's end: it is what the sentence sets up or counts ("지원센터를
    # 개소", "홍보센터 25개소"), an object, never the subject that aims
    set_up_after_name: re.Pattern[str] = NEVER


@dataclass(frozen=True)
class PartnershipPatterns:
    """Patterns of agreements and their parties."""

    unknown_name: re.Pattern[str]  # a name the text does not know, group "name", optional "descriptor"
    located_in: re.Pattern[str]  # from a counted group to its places: "groups in Mongolia"
    seat: re.Pattern[str]  # from an organisation to its city: "Thang Long General Hospital, in Hanoi"
    scope: re.Pattern[str]  # what an agreement covers, group "scope": "on medical tourism cooperation"
    name_word: re.Pattern[str]  # a word of a party's name that tells parties apart
    # right after a home city or province that opens its sentence, what makes it a party among
    # the subjects: its topic or subject particle, or the joint of a list of subjects
    home_subject: re.Pattern[str]
    # right after a foreign city or province named as a party, its unit of government written
    # apart, which its name as a party keeps: "헨티 주", "어믄고비 아이막도"
    place_unit: re.Pattern[str]
    # right after an agreement noun, what makes the agreement the time of what follows it
    # ("협약 체결 이후 …", "협약식 후 기념사진을"): the agreement told elsewhere in the article
    aftermath: re.Pattern[str]
    # a person who signed named by a title of the body signing, the body in group "body":
    # ", CEO of Aldara", ", the Director General of the Authority"
    signatory: re.Pattern[str]
    # right after a name before the agreement (its acronym or a bracket passed), what makes it a
    # party where the marker of the counterpart names no one: the subject's particle
    # ("카자흐스탄 보건부는 국내 병원과 협약을"), a particle of its own; a name without one ("러시아를
    # 지정하고", "베트남 현지") is none. A language whose word order tells the parties matches at once
    party_mark: re.Pattern[str]
    # a body made the operator of a hospital, which is a contract to run it: groups "operator" and
    # "operated" ("appointed A as the official operator of B", "B will be operated and managed by A")
    operator: re.Pattern[str]
    # at a sentence's start, a name the text may not know as its subject, group "name", up to where
    # its verb or the joint to a second subject begins ("KUMC signed", "Medipia and the clinic")
    unknown_subject: re.Pattern[str] = NEVER
    # at a sentence's start, a subject the text does not know as a body but writes as one, group
    # "name": a Latin acronym or a name behind a firm's or an association's legal prefix
    # ("KHIDI는", "㈜누리메디투어는"); where no Korean body is named, the Korean side
    named_subject: re.Pattern[str] = NEVER
    # right after a place abroad, the mark that the subjects went there before they signed, with
    # what the language glues between the place and the mark ("다낭시를 방문해": the unit 시):
    # ``[partnerships] visit_marks`` where the language writes them
    visit_mark: re.Pattern[str] = NEVER


@dataclass(frozen=True)
class EventPatterns:
    """Patterns of events and their details."""

    definite_head: re.Pattern[str]  # an event named as one already told: "The signing ceremony"
    reported_date: re.Pattern[str]  # between a reporting word and its date: "on", "in the"
    date_reported: re.Pattern[str]  # between a date and the reporting word after it: "16일 밝혔다"
    list_filler: re.Pattern[str]  # between the items of a list: spaces, commas, "and", "the"
    seat_filler: re.Pattern[str]  # between a party and the place it belongs to: " of the ", " in "
    # the building an event was held in, group "venue": "at the Lotte Hotel"; a language with
    # ``[events] building_cues`` also gives the preposition, group "prep"
    venue: re.Pattern[str]
    # "for three days" (group n), "a two-day forum" (group m), a word of its own for a number of
    # days (group w: ``day_words``)
    duration: re.Pattern[str]
    edition: re.Pattern[str]  # a named edition, groups "words" then "year": "Medical Korea 2024"
    year_first: re.Pattern[str]  # a year then a name, groups "year" then "words": "the 2015 Korea ... Awards"
    name_run: re.Pattern[str]  # a run of words that may be a name: "Global Healthcare Conference"
    noun_of: re.Pattern[str]  # an event noun, "of" and a name, group "noun": "Forum of the ... Format"
    name_after: re.Pattern[str]  # the name word right after an event noun, group 1: "Congress Hall"
    quoted: re.Pattern[str]  # a quoted title, group 1
    name_lead: re.Pattern[str]  # between a presence cue and its event noun: "the 2018 World Medical Tourism "
    possessive: re.Pattern[str]  # right after a name, the mark that it owns what follows: "'s "
    dateline: re.Pattern[str]  # what follows a wire dateline's date: " /PRNewswire/ --", " (Yonhap) --"
    until: re.Pattern[str]  # right after a day, the mark that it is the last of a stretch: "28일까지"
    # right before a day, the mark that it is the last of a stretch: "until ", "ended on "; searched
    # in the text that ends where the day begins
    until_before: re.Pattern[str]
    within: re.Pattern[str]  # between a place and the wider one it lies in: ", " ("Jung-gu, Seoul")
    # between a city and a district of it named after it: " " ("서울 중구", "부산 해운대구"); the
    # district's own ending is looked ahead to
    district_after: re.Pattern[str]
    # care given free with its specialty between ("free cataract surgery", "free eye check-ups")
    free_care: re.Pattern[str]
    # care a team goes to give, its kind told between ("to perform pediatric heart surgery")
    purposed_care: re.Pattern[str]
    # carers told as a team, with no event noun ("sent a team of eight doctors")
    sent_carers: re.Pattern[str]
    # care a patient takes, its kind told between ("underwent heart surgery", "for treatment")
    care_received: re.Pattern[str]
    # from an award word, what is awarded when it is no prize ("awarded two national grants")
    non_prize: re.Pattern[str]
    # occurrences counted, not told one by one ("many fam tours", "a great number of events")
    counted_occurrences: re.Pattern[str]
    # guests a body invited, no event noun told, group "verb": "관계자 10명을 초청해"
    invited_party: re.Pattern[str]
    # such people told coming to a place, group "verb": "관계자 6명이 충북을 찾는다"
    arriving_party: re.Pattern[str]
    # a year or decade older than the years read as years: history ("in 1893", "in the 1950s")
    history_years: re.Pattern[str]
    # a passive of holding with the event's place or day told before its agent, up to the agent's
    # mark: "was held in Almaty on 3 June by " (the organisers follow it)
    late_agent: re.Pattern[str]
    # a link that joins a co-host to those who hold an event, and the names after it in its aside,
    # ending right before the organising verb: ", together with KHIDI and Hana Tour, "; the
    # subject ends where it starts
    co_host_aside: re.Pattern[str]


@dataclass(frozen=True)
class Patterns:
    """Everything a language compiles for the record builders, one set per record kind."""

    counts: CountPatterns
    targets: TargetPatterns
    partnerships: PartnershipPatterns
    events: EventPatterns
