"""Events: conferences, awards, presentations, roadshows, visits, consultations, trainings.

Each sentence that names an event type and either dates it or says it happened is a mention.
Mentions then merge into occurrences: mentions on the same date are one event; undated mentions
join the dated event of their type (or, when the article reports a single dated event, that one:
the activities of one trip are one event). An undated event stands alone only when it is named.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from extractors.context import DocumentContext
from extractors.dates import DateMention
from extractors.lexicon import PhraseMatch
from extractors.places import KOREA, PlaceKind
from extractors.sentences import Sentence
from models import EventType, RecordKind

_QUOTED = re.compile(r"[“\"‘']([^”\"’']{4,120})[”\"’']")
_FOR_DAYS = re.compile(r"\bfor\s+(?P<n>\w+)\s+days\b", re.IGNORECASE)


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


def extract_events(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    mentions = [m for s in ctx.body_sentences if (m := _mention(ctx, s)) is not None]
    return [(RecordKind.EVENT, _record(ctx, group)) for group in _merge(ctx, mentions)]


def _mention(ctx: DocumentContext, sentence: Sentence) -> Mention | None:
    types = list(ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end))
    if not types:
        return None
    dated = _event_date(ctx, sentence, types[0])
    happened = ctx.lexicon.matcher("events", "occurrence_verbs").contains(sentence.text)
    if dated is None and not happened:
        return None
    mention = Mention(sentence, _main_type(ctx, types))
    if dated is not None:
        mention.first, mention.last = dated.first, dated.last or _days_later(ctx, sentence, dated.first)
    mention.name = _name(ctx, sentence)
    _locate(ctx, sentence, types[0], mention)
    mention.organizers = _organizers(ctx, sentence)
    mention.attendance = _attendance(ctx, sentence)
    return mention


def _main_type(ctx: DocumentContext, types: list[PhraseMatch]) -> EventType:
    priority = ctx.lexicon.section("events")["type_priority"]
    return EventType(min((t.label for t in types), key=priority.index))


def _event_date(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """The date of the event: the first one after its noun, else the last one before it."""
    dates = ctx.dates(sentence)
    after = [d for d in dates if d.start >= noun.start]
    if after:
        return after[0]
    return dates[-1] if dates else None


def _days_later(ctx: DocumentContext, sentence: Sentence, first: date) -> date | None:
    """ "for five days from June 2" -> the range's last day."""
    match = _FOR_DAYS.search(sentence.text)
    if match is None:
        return None
    quantities = [q for q in ctx.quantities(sentence) if q.start - sentence.start == match.start("n")]
    days = int(quantities[0].value) if quantities else (int(match["n"]) if match["n"].isdigit() else 0)
    return date.fromordinal(first.toordinal() + days - 1) if days > 1 else None


def _name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    types = ctx.lexicon.matcher("events", "types")
    for quoted in _QUOTED.finditer(sentence.text):
        text = quoted.group(1).strip(" ,")
        if types.contains(text) or re.search(r"\b20\d\d\b", text):
            return text
    run = re.compile(r"(?:[A-Z][\w&'’-]*\s+){1,6}(?:[A-Z][\w'’-]*)")
    for match in run.finditer(sentence.text):
        noun = types.search(match.group(0))
        if noun is not None and noun.end == len(match.group(0)) and match.group(0)[0].isupper():
            words = match.group(0).split()
            while words and words[0].lower() in {"the", "a", "an", "at", "in", "on"}:
                words.pop(0)
            if len(words) >= 2:
                return " ".join(words)
    return None


def _locate(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, mention: Mention) -> None:
    """Venue, city, region and country: places named in the sentence, not the ones people come from."""
    venue = re.compile(r"\bat\s+(?:the\s+)?(?P<venue>[A-Z][\w'’&-]*(?:[\s,]+[A-Z][\w'’&-]*){0,5})").search(
        sentence.text
    )
    if venue and not re.match(r"\d", venue["venue"]):
        mention.venue = venue["venue"].strip(" ,")
    places = [
        p
        for p in ctx.places(sentence)
        if p.place.kind != PlaceKind.DEMONYM
        and not ctx.text[max(sentence.start, p.start - 6) : p.start].strip().lower().endswith("from")
    ]
    # where it was held: places after the event's noun, those after "in" first
    after = [p for p in places if p.start > noun.start]
    held_in = [p for p in after if ctx.text[max(sentence.start, p.start - 4) : p.start].strip().lower() == "in"]
    for place in held_in + [p for p in after if p not in held_in] + [p for p in places if p not in after]:
        kind = place.place.kind
        if kind == PlaceKind.CITY or kind == PlaceKind.KOREAN_CITY:
            mention.city = mention.city or place.place.name
        elif kind == PlaceKind.KOREAN_PROVINCE:
            mention.region = mention.region or place.place.name
        mention.country = mention.country or place.place.country
    if mention.venue and mention.city and mention.venue.endswith(mention.city):
        mention.venue = mention.venue[: -len(mention.city)].rstrip(" ,") or None


def _organizers(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    cues = ctx.lexicon.matcher("events", "organizer_cues")
    organizers = []
    for cue in cues.finditer(ctx.text, sentence.start, sentence.end):
        for org in ctx.organizations(sentence):
            if cue.end <= org.start <= cue.end + 6:
                organizers.append(org.name)
    return organizers


def _attendance(ctx: DocumentContext, sentence: Sentence) -> int | None:
    heads = ctx.lexicon.matcher("events", "attendance_heads")
    for quantity in ctx.quantities(sentence):
        if quantity.is_year or quantity.is_measure:
            continue
        head = heads.search(ctx.text, quantity.end, min(sentence.end, quantity.end + 40))
        if head is not None and len(ctx.text[quantity.end : head.start].split()) <= 2:
            return round(quantity.value)
    return None


def _merge(ctx: DocumentContext, mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for mention in (m for m in mentions if m.first is not None):
        same = next((g for g in groups if g[0].first == mention.first), None)
        if same is not None:
            same.append(mention)
        else:
            groups.append([mention])
    undated = [m for m in mentions if m.first is None]
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


def _dated_home(ctx: DocumentContext, groups: list[list[Mention]], mention: Mention) -> list[Mention] | None:
    if len(groups) == 1:
        return groups[0]
    same_type = [
        g
        for g in groups
        if _group_type(ctx, g) == mention.event_type and g[0].sentence.index < mention.sentence.index
    ]
    return same_type[-1] if same_type else None


def _group_type(ctx: DocumentContext, group: list[Mention]) -> EventType:
    priority = ctx.lexicon.section("events")["type_priority"]
    return EventType(min((m.event_type for m in group), key=priority.index))


def _record(ctx: DocumentContext, group: list[Mention]) -> dict[str, Any]:
    dated = [m for m in group if m.first is not None]
    anchor = dated[0] if dated else group[0]
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
        "attendance": first("attendance"),
    }
