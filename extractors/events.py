"""Events: conferences, awards, presentations, roadshows, visits, consultations, trainings.

Each sentence that names an event type and either dates it or says it happened is a mention.
Mentions then merge into occurrences: mentions on the same date are one event; undated mentions
join the dated event of their type (or, when the article reports a single dated event, that one:
the activities of one trip are one event). An undated event stands alone only when it is named.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from extractors.context import DocumentContext
from extractors.dates import DateMention
from extractors.lexicon import Lexicon, PhraseMatch, PhraseMatcher
from extractors.numbers import Quantity, qualifier_phrase
from extractors.places import KOREA, Place, PlaceKind
from extractors.sentences import Sentence
from models import EventType, RecordKind

_QUOTED = re.compile(r"[“\"‘']([^”\"’']{4,120})[”\"’']")
_EDITION = re.compile(r"(?P<words>(?:[A-Z][\w&'’-]*\s+){1,6})(?P<year>(?:19|20)\d\d)\b")
_YEAR_FIRST = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?P<words>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,6})")
MAX_WORDS_BEFORE_NOUN = 2  # adjectives between a number and the people it counts ("120 foreign guests")
CUE_WINDOW_CHARS = 40  # a cue word stands within a few words of what it introduces
ATTENDEE_NOUN_WORDS = 10  # "About 200 local travel agents, hospital managers and insurers attended"


@dataclass
class Mention:
    sentence: Sentence
    event_type: EventType
    first: date | None = None
    last: date | None = None
    name: str | None = None
    venue: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    organizers: list[str] = field(default_factory=list)
    attendance: int | None = None
    members: int | None = None  # the size of a visiting party, when no audience is given
    caption: bool = False  # a photo caption: it shows an event, it never is one of its own
    future: bool = False  # "will host ... next month": a later occurrence


@dataclass(frozen=True)
class _Patterns:
    definite_head: re.Pattern[str]  # "The signing ceremony": an event named with "the" first
    reported_date: re.Pattern[str]  # between "announced" and its date: "on", "in the"
    list_filler: re.Pattern[str]  # between the items of a list: spaces, commas, "and", "the"
    venue: re.Pattern[str]  # "at the Lotte Hotel Tashkent": the building an event was held in
    duration: re.Pattern[str]  # "for three days" (group n), "a two-day forum" (group m)


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    def words(section: str, role: str) -> str:
        return lexicon.alternation(section, role, ignore_case=False)

    article = words("grammar", "articles")
    return _Patterns(
        definite_head=re.compile(rf"{article}\s+(?:[\w-]+\s+)?", re.IGNORECASE),
        reported_date=re.compile(rf"\s*{words('events', 'reporting_prepositions')}?\s*(?:{article}\s+)?"),
        venue=re.compile(
            rf"\b{words('events', 'venue_prepositions')}\s+(?:{article}\s+)?"
            r"(?P<venue>[A-Z][\w'’&-]*(?:[\s,]+[A-Z][\w'’&-]*){0,5})"
        ),
        duration=re.compile(
            rf"\b(?:{words('events', 'duration_prepositions')}\s+(?P<n>\w+)\s+{words('events', 'duration_units')}"
            rf"|(?P<m>\w+){words('events', 'duration_suffixes')})\b",
            re.IGNORECASE,
        ),
        list_filler=re.compile(rf"(?:\s|,|\b{words('grammar', 'list_conjunctions')}\b|\b{article}\b)*"),
    )


def extract_events(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    mentions: list[Mention] = []
    for sentence in ctx.body_sentences:
        mention = _mention(ctx, sentence) or _anaphoric_mention(ctx, sentence, mentions)
        if mention is not None:
            mentions.append(mention)
    return [(RecordKind.EVENT, _record(ctx, group)) for group in _merge(ctx, mentions)]


def _anaphoric_mention(ctx: DocumentContext, sentence: Sentence, before: list[Mention]) -> Mention | None:
    """ "The second was held in Ulaanbaatar on Sept. 6 and 7.": a dated sentence whose subject
    stands for an event of the kind told just before is an occurrence of that kind."""
    events = ctx.lexicon.matcher("events", "anaphoric_subjects")
    subject = events.search(ctx.text, sentence.start, sentence.end)
    if not before or subject is None or subject.start != sentence.start:
        return None
    if not ctx.lexicon.matcher("events", "taking_place").contains(sentence.text):
        return None
    dated = _event_date(ctx, sentence, PhraseMatch(subject.start, subject.end, subject.text, None))
    if dated is None:
        return None
    mention = Mention(sentence, before[-1].event_type, dated.first, dated.last)
    _locate(ctx, sentence, PhraseMatch(subject.start, subject.end, subject.text, None), mention)
    mention.attendance, mention.members = _attendance(ctx, sentence)
    return mention


def _mention(ctx: DocumentContext, sentence: Sentence) -> Mention | None:
    types = [
        t
        for t in ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end)
        if not _in_venue_name(ctx, t)
        and not _is_announcement(ctx, t)
        and not _names_a_party(ctx, sentence, t)
    ]
    if not types:
        return None
    dated = _event_date(ctx, sentence, types[0]) or _definite_after_dated(ctx, sentence, types[0])
    happened = ctx.lexicon.matcher("events", "occurrence_verbs").contains(sentence.text)
    if dated is None and not happened:
        return None
    mention = Mention(sentence, _main_type(ctx, sentence, types))
    captions = ctx.lexicon.matcher("events", "caption_marks")
    mention.caption = any(
        c.start == sentence.start for c in captions.finditer(ctx.text, sentence.start, sentence.start + 20)
    )
    mention.future = dated is None and ctx.lexicon.matcher("events", "future_markers").contains(sentence.text)
    if dated is not None:
        mention.first, mention.last = dated.first, dated.last or _days_later(ctx, sentence, dated.first)
    mention.name = _name(ctx, sentence)
    _locate(ctx, sentence, types[0], mention)
    mention.organizers = _organizers(ctx, sentence)
    mention.attendance, mention.members = _attendance(ctx, sentence)
    return mention


def _definite_after_dated(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """ "The signing ceremony took place at the ministry in Tashkent." right after "On 15
    November, the ministry and Asan Medical Center signed a contract": an event named with
    "the" at the head of its sentence happened on the date of the sentence before."""
    if not _patterns(ctx.lexicon).definite_head.fullmatch(ctx.text, sentence.start, noun.start):
        return None
    body = ctx.body_sentences
    position = body.index(sentence)
    if position == 0:
        return None
    dates = _happening_dates(ctx, body[position - 1])
    return dates[0] if dates else None


def _main_type(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> EventType:
    """The type that names the mention; a ceremony where an agreement is signed is a signing."""
    priority = ctx.lexicon.section("events")["type_priority"]
    main = EventType(min((t.label for t in types), key=priority.index))
    signed = ctx.lexicon.matcher("events", "signing_verbs").contains(sentence.text)
    if (
        main == EventType.OTHER
        and signed
        and ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text)
    ):
        return EventType.SIGNING
    return main


def _in_venue_name(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "Primorye Congress Hall", "Lotus Convention Center": the event word names a building."""
    after = re.match(r"\s+([A-Z]\w*)", ctx.text[noun.end : noun.end + 20])
    return (
        noun.text[:1].isupper()
        and after is not None
        and after.group(1) in ctx.lexicon.section("events")["venue_heads"]
    )


def _names_a_party(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "Korea University Anam Hospital and Tashkent Medical Academy signed an MOU": in a sentence
    about an agreement, an event word that ends an organisation's name names the organisation."""
    if not ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text):
        return False
    return any(org.start < noun.start and org.end == noun.end for org in ctx.organizations(sentence))


def _is_announcement(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "at a press briefing", "told a news conference": where news is announced, not an event."""
    return any(
        a.start <= noun.start and noun.end <= a.end
        for a in ctx.lexicon.matcher("events", "announcements").finditer(
            ctx.text, max(0, noun.start - 20), noun.end + 20
        )
    )


def _event_date(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """The date of the event: the first one after its noun, else the last one before it."""
    dates = _happening_dates(ctx, sentence)
    after = [d for d in dates if d.start >= noun.start]
    if after:
        return after[0]
    return dates[-1] if dates else None


def _happening_dates(ctx: DocumentContext, sentence: Sentence) -> list[DateMention]:
    """The dates of a sentence that say when something happened: a date right after a verb of
    reporting ("announced on April 17", "the hospital said Tuesday") dates the news."""
    reporting = ctx.lexicon.matcher("events", "reporting_verbs")
    return [
        d
        for d in ctx.dates(sentence)
        if not any(
            _patterns(ctx.lexicon).reported_date.fullmatch(ctx.text, r.end, d.start)
            for r in reporting.finditer(ctx.text, max(sentence.start, d.start - 30), d.start)
        )
    ]


def _days_later(ctx: DocumentContext, sentence: Sentence, first: date) -> date | None:
    """ "for five days from June 2", "a two-day visit" on 11 September -> the range's last day."""
    match = _patterns(ctx.lexicon).duration.search(sentence.text)
    if match is None:
        return None
    group = "n" if match["n"] else "m"
    quantities = [q for q in ctx.quantities(sentence) if q.start - sentence.start == match.start(group)]
    days = int(quantities[0].value) if quantities else (int(match[group]) if match[group].isdigit() else 0)
    return date.fromordinal(first.toordinal() + days - 1) if days > 1 else None


def _name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    types = ctx.lexicon.matcher("events", "types")
    for quoted in _QUOTED.finditer(sentence.text):
        text = quoted.group(1).strip(" ,")
        if (types.contains(text) or re.search(r"\b20\d\d\b", text)) and _title_like(text):
            return text
    # "the 2015 Korea Medical Tourism Awards": a year, then capitalised words ending in an event noun
    for edition in _YEAR_FIRST.finditer(sentence.text):
        noun = types.search(edition.group("words"))
        if noun is not None and noun.end == len(edition.group("words")):
            return edition.group(0)
    # "Medical Korea 2024, the 14th Global Healthcare ... Conference": the edition's own name
    leading = ctx.lexicon.matcher("text", "not_name_starts")
    months = ctx.lexicon.matcher("dates", "months")
    for edition in _EDITION.finditer(sentence.text):
        words = edition.group("words").split()
        while words and leading.contains(words[0]):
            words.pop(0)
        if len(words) >= 2 and not any(months.contains(w) for w in words):
            return " ".join([*words, edition.group("year")])
    run = re.compile(r"(?:[A-Z][\w&'’-]*\s+){1,6}(?:[A-Z][\w'’-]*)")
    for match in run.finditer(sentence.text):
        noun = types.search(match.group(0))
        if noun is not None and noun.end == len(match.group(0)) and match.group(0)[0].isupper():
            words = match.group(0).split()
            while words and leading.contains(words[0]):
                words.pop(0)
            if len(words) >= 2:
                return " ".join(words)
    return None


def _title_like(text: str) -> bool:
    """A name is written in title case ("Busan Medical Tourism Briefing Session"); a quoted
    remark ("through this MOU, we will ...") is not a name."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return bool(words) and sum(w[0].isupper() for w in words) * 2 >= len(words)


def _locate(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, mention: Mention) -> None:
    """Venue, city, region and country: places named in the sentence, not the ones people come from."""
    mention.venue = _venue(ctx, sentence)
    # a place in the event's quoted name ("the 'Gwangju ... Session'") is where its organisers
    # come from, not where it is held
    named = [(q.start(1), q.end(1)) for q in _QUOTED.finditer(ctx.text, sentence.start, sentence.end)]
    places = [
        p
        for p in ctx.places(sentence)
        if p.place.kind != PlaceKind.DEMONYM
        and not _is_origin(ctx, sentence, p)
        and not any(s <= p.start < e for s, e in named)
    ]
    # where it was held: places after the event's noun, those after "in" first
    after = [p for p in places if p.start > noun.start]
    cues = ctx.lexicon.matcher("events", "location_cues")
    held_in = [p for p in after if _right_after(ctx, cues, sentence, p.start)]
    headed = _line_head_places(ctx, sentence, places)
    ordered = (
        headed + held_in + [p for p in after if p not in held_in] + [p for p in places if p not in after]
    )
    city_states = set(ctx.lexicon.places.get("city_states", {}).get("names", []))
    for place in ordered:
        kind = place.place.kind
        if kind in {PlaceKind.CITY, PlaceKind.KOREAN_CITY} or place.place.name in city_states:
            mention.city = mention.city or place.place.name
        elif kind == PlaceKind.KOREAN_PROVINCE:
            mention.region = mention.region or place.place.name
        mention.country = mention.country or place.place.country
    if mention.venue and mention.city and mention.venue.endswith(mention.city):
        mention.venue = mention.venue[: -len(mention.city)].rstrip(" ,") or None


def _line_head_places(ctx: DocumentContext, sentence: Sentence, places: list[Place]) -> list[Place]:
    """ "July 6-8, Busan: familiarization tour ...", "May 24, Almaty (Kazakhstan): ...": in a
    line of a calendar, the places between its date and the colon are where it happened."""
    colon = ctx.text.find(":", sentence.start, sentence.end)
    dates = [d for d in ctx.dates(sentence) if d.end <= colon]
    if colon < 0 or not dates or dates[0].start - sentence.start > 2:
        return []
    head = [p for p in places if dates[0].end <= p.start and p.end <= colon]
    rest = ctx.text[dates[0].end : colon]
    for place in head:
        rest = rest.replace(place.text, " ")
    return head if re.fullmatch(r"[\s,()]*", rest) else []


def _is_origin(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """Where people come from, not where the event is: "agents from Kazakhstan and Uzbekistan"
    (the whole list after "from", up to the place)."""
    origins = list(
        ctx.lexicon.matcher("grammar", "origin_prepositions").finditer(ctx.text, sentence.start, place.start)
    )
    if not origins:
        return False
    last = origins[-1]
    between = ctx.text[last.end : place.start]
    for other in ctx.places(sentence):
        if last.start < other.start and other.end <= place.start:
            between = between.replace(other.text, " ")
    return _patterns(ctx.lexicon).list_filler.fullmatch(between) is not None


def _right_after(ctx: DocumentContext, cues: PhraseMatcher, sentence: Sentence, position: int) -> bool:
    """Whether one of the cue words stands right before ``position`` ("visited Almaty")."""
    window_start = max(sentence.start, position - CUE_WINDOW_CHARS)
    return any(
        not ctx.text[c.end : position].strip() for c in cues.finditer(ctx.text, window_start, position)
    )


def _venue(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "at the Plaza Hotel", "at COEX": a capitalised place after "at" that is not the event
    itself ("at the Korea Medical Tourism Awards"); one ending in a building word first."""
    events = ctx.lexicon.matcher("events", "types")
    heads = tuple(ctx.lexicon.section("events")["venue_heads"])
    candidates = [
        m["venue"].strip(" ,")
        for m in _patterns(ctx.lexicon).venue.finditer(sentence.text)
        if not re.match(r"\d", m["venue"])
    ]
    buildings = [c for c in candidates if any(re.search(rf"\b{h}\b", c) for h in heads)]
    known = [m.text for m in _venue_names(ctx.lexicon).finditer(sentence.text)]
    return (buildings or known or [c for c in candidates if not events.contains(c)] or [None])[0]


@cache
def _venue_names(lexicon: Lexicon) -> PhraseMatcher:
    """Convention centres named without "at" or a building word ("BEXCO", "COEX")."""
    return PhraseMatcher(dict.fromkeys(lexicon.section("events")["venue_names"], True), case_sensitive=True)


def _organizers(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    """Those after "hosted by", "organised by" or "at the invitation of" (up to the next
    preposition), and the subject of an active "held" or "staged"."""
    lexicon = ctx.lexicon
    organizers = []
    for cue in lexicon.matcher("events", "organizer_cues").finditer(ctx.text, sentence.start, sentence.end):
        stop = lexicon.matcher("events", "organizer_stops").search(ctx.text, cue.end, sentence.end)
        punctuation = re.compile(r"[,;:]").search(ctx.text, cue.end, sentence.end)
        end = min(stop.start if stop else sentence.end, punctuation.start() if punctuation else sentence.end)
        organizers += [name for start, name in _agents(ctx, sentence) if cue.end <= start < end]
    for verb in lexicon.matcher("events", "organizing_verbs").finditer(
        ctx.text, sentence.start, sentence.end
    ):
        before = ctx.text[sentence.start : verb.start].split()
        # "was held", "that ran", ", held on": a passive, relative or participle has no subject here
        if (
            before
            and not before[-1].endswith(",")
            and before[-1].lower() not in lexicon.section("events")["not_subject_markers"]
        ):
            subject = ctx.actor(sentence, verb.start)
            if subject is not None:
                organizers.append(subject)
            break
    return list(dict.fromkeys(organizers))


def _agents(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, str]]:
    """Organisations, Korean places and resolved anaphors ("the city") in the sentence."""
    found = [(o.start, o.name) for o in ctx.organizations(sentence)]
    covered = [(o.start, o.end) for o in ctx.organizations(sentence)]
    found += [
        (p.start, p.place.name)
        for p in ctx.places(sentence)
        if p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
        and not any(s <= p.start < e for s, e in covered)
    ]
    for match in ctx.lexicon.matcher("organizations", "anaphors").finditer(
        ctx.text, sentence.start, sentence.end
    ):
        if (name := ctx.antecedent(match.label, match.start)) is not None:
            found.append((match.start, name))
    return sorted(found)


def _attendance(ctx: DocumentContext, sentence: Sentence) -> tuple[int | None, int | None]:
    """People present, and members of a visiting party: "drew some 350 travel agents",
    "attended by about 150", "About 200 agents ... attended", "120 guests" are an audience;
    "a 14-member delegation", "twenty doctors" are members, the size of the party itself."""
    lexicon = ctx.lexicon
    verbs = lexicon.matcher("events", "attendance_verbs")
    cues = lexicon.matcher("events", "attendance_cues")
    audience: int | None = None
    members: int | None = None
    for quantity in ctx.quantities(sentence):
        if quantity.is_year or quantity.is_measure:
            continue
        clause = re.match(r"[^;.\d]*", ctx.text[quantity.end : sentence.end]).group(0)
        verb = verbs.search(clause)
        attended = verb is not None and len(clause[: verb.start].split()) <= ATTENDEE_NOUN_WORDS
        cued = _right_after(
            ctx,
            cues,
            sentence,
            quantity.start - len(qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)),
        )
        if cued or attended or _headed(ctx, sentence, quantity, "attendance_heads"):
            audience = audience or round(quantity.value)
        elif _headed(ctx, sentence, quantity, "member_heads"):
            members = members or round(quantity.value)
    return audience, members


def _headed(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, key: str) -> bool:
    """Whether a noun of the list follows the number, with at most ``MAX_WORDS_BEFORE_NOUN``
    words between ("20 medical tourism facilitators")."""
    head = ctx.lexicon.matcher("events", key).search(
        ctx.text, quantity.end, min(sentence.end, quantity.end + 40)
    )
    return head is not None and len(ctx.text[quantity.end : head.start].split()) <= MAX_WORDS_BEFORE_NOUN


def _merge(ctx: DocumentContext, mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    dated = [m for m in mentions if m.first is not None]
    for mention in sorted(dated, key=lambda m: m.caption):
        # the same day, or a day within an earlier occurrence ("On June 7" of a June 4-8 trip)
        same = next(
            (
                g
                for g in groups
                if g[0].first == mention.first or _within(g[0], mention.first) or _within(mention, g[0].first)
            ),
            None,
        )
        if same is not None:
            same.append(mention)
        elif not mention.caption:
            groups.append([mention])
    undated = [m for m in mentions if m.first is None and not m.caption and not m.future]
    named_alone: list[list[Mention]] = []
    for mention in undated:
        target = _dated_home(ctx, groups, mention)
        if target is not None:
            target.append(mention)
        elif mention.name:
            named_alone.append([mention])
        elif named_alone and named_alone[-1][0].event_type == mention.event_type:
            named_alone[-1].append(mention)
    return groups + named_alone


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
    on Sept. 6. Along with a presentation for 180 guests, ...")."""
    if len(groups) == 1:
        return groups[0]
    same_type = [
        g
        for g in groups
        if _group_type(ctx, g) == mention.event_type and g[0].sentence.index < mention.sentence.index
    ]
    if same_type:
        return same_type[-1]
    previous = [g for g in groups if any(m.sentence.index == mention.sentence.index - 1 for m in g)]
    return previous[-1] if previous else None


def _group_type(ctx: DocumentContext, group: list[Mention]) -> EventType:
    priority = ctx.lexicon.section("events")["type_priority"]
    return EventType(min((m.event_type for m in group), key=priority.index))


def _record(ctx: DocumentContext, group: list[Mention]) -> dict[str, Any]:
    dated = [m for m in group if m.first is not None]
    # the mention with the whole span of dates ("from September 12 to 14") stands for the event
    anchor = next((m for m in dated if m.last is not None), dated[0]) if dated else group[0]
    evidence = ctx.evidence(anchor.sentence)

    def first(attribute: str) -> Any:
        return next((getattr(m, attribute) for m in [anchor, *group] if getattr(m, attribute)), None)

    country = first("country")
    if country is None and (first("region") or first("city")) and not first("country"):
        country = KOREA if first("region") else None
    return {
        "evidence": evidence.text,
        "span_start": evidence.start,
        "span_end": evidence.end,
        "confidence": 0.75 if dated else 0.55,
        "event_type": _group_type(ctx, group),
        "name": first("name"),
        "start_date": anchor.first,
        "end_date": anchor.last,
        "venue": first("venue"),
        "city": first("city"),
        "region": first("region"),
        "country": country,
        "organizers": list(dict.fromkeys(o for m in group for o in m.organizers)),
        "attendance": first("attendance") or first("members"),
    }
