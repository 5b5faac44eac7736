"""English grammar the record builders ask through the language interface: where a count's
origins are named, which word introduces an agreement's partner, what an event is called,
whether a year is an aim's due year, and how high in the state a named body stands."""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.lexicon import CaselessPattern, Lexicon, PhraseMatch
from extractors.mentions.places import Place
from extractors.text.sentences import Sentence
from models import ScopeLevel

# The scope of a receiver or actor, read from its name (the names are English). A national body
# or Korea itself; a hospital, clinic, medical centre or university; any other named body or place.
_NATIONAL_NAME = re.compile(
    r"^(the )?((south )?korea|republic of korea|korean government|government)$"
    r"|ministry|khidi|korea health industry development institute|korea tourism organi[sz]ation"
)
MARKET_SCOPE_CHARS = 160  # how far after a market cue its places may stand
DUE_PHRASE_CHARS = 24  # room before a year for its due phrase: "through the end of 2026"
_HOSPITAL_WORD = re.compile(r"hospital|medical cent(er|re)|clinic|infirmary|university|health system")


def origins_after(
    ctx: DocumentContext, sentence: Sentence, position: int, end: int | None = None, adjacent: bool = False
) -> list[str]:
    """Countries after "from": "from Mongolia, Russia, Kazakhstan and Arab regions"; with
    ``adjacent``, only where "from" follows the number directly ("1,420 from Kazakhstan")."""
    match = ctx.lexicon.matcher("grammar", "origin_prepositions").search(
        ctx.text, position, end or sentence.end
    )
    if match is None:
        return []
    arrival = ctx.lexicon.matcher("patients", "arrival_verbs")
    between = ctx.text[position : match.start].strip()
    if adjacent and between and not (arrival.search(between) and arrival.search(between).text == between):
        return []
    limit = end or sentence.end
    words = ctx.lexicon.matcher("patients", "origin_stops").search(ctx.text, match.end, limit)
    punctuation = re.compile(r"[;.]").search(ctx.text, match.end, limit)
    end = min(limit, words.start if words else limit, punctuation.start() if punctuation else limit)
    return [
        p.place.country
        for p in ctx.places(sentence)
        if match.end <= p.start < end and p.place.country and not p.place.is_korean
    ]


def partner_marker(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch | None:
    """The "with" or "between" of the agreement, in its own clause: the one after a comma
    belongs to another ("signed an agreement on June 6, paving the way ... with Korean support")."""
    clause = re.compile(r"[,;]").search(ctx.text, noun.end, sentence.end)
    return ctx.lexicon.matcher("grammar", "counterpart_prepositions").search(
        ctx.text, noun.start, clause.start() if clause else sentence.end
    )


MAX_YEARS_AHEAD = 30  # "within five years"; "in 100 years" is no plan's due date


@cache
def _years_ahead_pattern(lexicon: Lexicon) -> CaselessPattern:
    """ "within five years", "in three years' time", "two years from now"."""
    before, after = (lexicon.alternation("goals", key) for key in ("ahead_prepositions", "ahead_suffixes"))
    return CaselessPattern.compile(
        rf"\b(?:{before})\s+(?P<n>[\w-]+)\s+years?\b(?:['’]\s*time\b)?"
        rf"|\b(?P<m>[\w-]+)\s+years?\s+(?:{after})\b"
    )


def years_ahead(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """The number of years an aim is due after publication, where the text counts them."""
    pattern, scanned = _years_ahead_pattern(ctx.lexicon).scan(ctx.text)
    for m in pattern.finditer(scanned, sentence.start, sentence.end):
        group = "n" if m.group("n") else "m"
        counted = [
            q
            for q in ctx.quantities(sentence)
            if q.start <= m.start(group) and m.end(group) <= q.end and not q.is_year
        ]
        if counted and 0 < counted[0].value <= MAX_YEARS_AHEAD:
            return int(counted[0].value)
    return None


def due_phrase(lexicon: Lexicon) -> re.Pattern[str]:
    """A preposition of due at the end of lowered text before a year: "by ", "by the end of "."""
    due, period_end = (lexicon.alternation("goals", key) for key in ("due_prepositions", "due_period_ends"))
    return re.compile(rf"\b{due}\s+(?:{period_end}\s+)?$")


def event_name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """A quoted title, "the 2015 Korea Medical Tourism Awards" (a year, then capitalised words
    ending in an event noun), an edition's own name ("Medical Korea 2024"), or a run of
    capitalised words ending in an event noun."""
    patterns = ctx.language.patterns.events
    types = ctx.lexicon.matcher("events", "types")
    for quoted in patterns.quoted.finditer(sentence.text):
        text = quoted.group(1).strip(" ,")
        if (types.contains(text) or re.search(r"\b20\d\d\b", text)) and _title_like(text):
            return text
    for edition in patterns.year_first.finditer(sentence.text):
        noun = types.search(edition.group("words"))
        if noun is not None and noun.end == len(edition.group("words")):
            return edition.group(0)
    leading = ctx.lexicon.matcher("text", "not_name_starts")
    months = ctx.lexicon.matcher("dates", "months")
    for edition in patterns.edition.finditer(sentence.text):
        words = edition.group("words").split()
        while words and leading.contains(words[0]):
            words.pop(0)
        if len(words) >= 2 and not any(months.contains(w) for w in words):
            return " ".join([*words, edition.group("year")])
    for match in patterns.name_run.finditer(sentence.text):
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


def names_a_building(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "Primorye Congress Hall", "Lotus Convention Center": the event word names a building."""
    after = ctx.language.patterns.events.name_after.match(ctx.text[noun.end : noun.end + 20])
    return (
        noun.text[:1].isupper()
        and after is not None
        and after.group(1) in ctx.lexicon.section("events")["venue_heads"]
    )


@cache  # the same few names (the article's actor, "Korea") are asked for every record
def scope_level(name: str | None) -> ScopeLevel:
    """National for Korea and national bodies, hospital for hospitals, clinics and medical
    centres, local for any other named body or place, unspecified where none is named."""
    if name is None:
        return ScopeLevel.UNSPECIFIED
    lowered = name.lower()
    if _NATIONAL_NAME.search(lowered):
        return ScopeLevel.NATIONAL
    if _HOSPITAL_WORD.search(lowered):
        return ScopeLevel.HOSPITAL
    return ScopeLevel.LOCAL


def market_scope(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """After the cue, up to the means that follow ("targeting Sakhalin with more direct flights")."""
    stop = ctx.lexicon.matcher("markets", "scope_stops").search(ctx.text, cue.end, sentence.end)
    return cue.end, min(sentence.end, cue.end + MARKET_SCOPE_CHARS, stop.start if stop else sentence.end)


INTENTION_CHARS = 80  # how far before an agreement an intention ("will seek to sign") governs it


def intention_scope(sentence: Sentence, noun: PhraseMatch) -> tuple[int, int]:
    """An intention stands before the agreement it aims at ("will pursue cooperation"); what
    follows the noun is its scope ("to discuss ways to...")."""
    return max(sentence.start, noun.start - INTENTION_CHARS), noun.start


LOCATION_CUE_CHARS = 40  # a cue word ("in", "visited") stands within a few words of its place


def held_at(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place) -> bool:
    """A place after the event's noun with a cue right before it: "in Hanoi", "visited Almaty"."""
    if place.start <= noun.start:
        return False
    cues = ctx.lexicon.matcher("events", "location_cues")
    window_start = max(sentence.start, place.start - LOCATION_CUE_CHARS)
    return any(
        not ctx.text[c.end : place.start].strip() for c in cues.finditer(ctx.text, window_start, place.start)
    )
