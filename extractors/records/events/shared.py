"""An event mention, and the language's patterns the event builder reads with (compiled once per lexicon)."""

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from extractors.lexicon import Lexicon
from extractors.text.sentences import Sentence
from models import EventType

QUOTED = re.compile(r"[“\"‘']([^”\"’']{4,120})[”\"’']")


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
def event_patterns(lexicon: Lexicon) -> _Patterns:
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
