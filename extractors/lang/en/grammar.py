"""English grammar the record builders ask through the language interface: where a count's
origins are named, which word introduces an agreement's partner, what an event is called,
whether a year is an aim's due year, and how high in the state a named body stands."""

import re
from functools import cache
from itertools import pairwise

from extractors.context import DocumentContext
from extractors.lang.lexicon import CaselessPattern, Lexicon, PhraseMatch, PhraseMatcher, phrase_alternation
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import KOREA, Place, PlaceKind
from extractors.text.sentences import Sentence
from models import EventType, ScopeLevel

# The scope of a receiver or actor, read from its name (the names are English). A national body
# or Korea itself, or a minister by the title of a ministry ("Minister of Health and Welfare"),
# who speaks and signs for it; a hospital, clinic, medical centre or university; any other named
# body or place.
_NATIONAL_NAME = re.compile(
    r"^(the )?((south )?korea|republic of korea|korean government|government)$"
    r"|ministry|^minister of|khidi|korea health industry development institute|korea tourism organi[sz]ation"
)
MARKET_SCOPE_CHARS = 160  # how far after a market cue its places may stand
DRAWN_PEOPLE_WORDS = 8  # "to offer eye surgery and dental treatments to patients from"
PEOPLE_KIND_WORDS = 2  # "Vietnamese cancer patients": words of the people's kind before their noun
DUE_PHRASE_CHARS = 24  # room before a year for its due phrase: "through the end of 2026"
_HOSPITAL_WORD = re.compile(r"hospital|medical cent(er|re)|clinic|infirmary|university|health system")


def origins_after(
    ctx: DocumentContext, sentence: Sentence, position: int, end: int | None = None, adjacent: bool = False
) -> list[str]:
    """Countries after "from": "from Mongolia, Russia, Kazakhstan and Arab regions"; with
    ``adjacent``, only where "from" follows the number directly ("1,420 from Kazakhstan"), or
    a nationality told by a copula right after it ("4,000 were Chinese")."""
    if adjacent and (told := _nationality_told(ctx, sentence, position, end or sentence.end)):
        return told
    match = ctx.lexicon.matcher("grammar", "origin_prepositions").search(
        ctx.text, position, end or sentence.end
    )
    if match is None:
        return []
    between = ctx.text[position : match.start].strip()
    # "Most foreign patients, 2,600, came from China": a count in apposition, its verb after a comma
    if adjacent and between and not _joins_origin(ctx, between.lstrip(", ")):
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


def _joins_origin(ctx: DocumentContext, between: str) -> bool:
    """Whether the one word between a count or its noun and "from" still lets "from" tell the
    origin: a verb of arrival ("1,200 came from Russia") or a noun compounding the patient noun
    ("patient arrivals from the UAE")."""
    return any(
        (found := ctx.lexicon.matcher("patients", key).search(between)) is not None and found.text == between
        for key in ("arrival_verbs", "head_compounds")
    )


def _nationality_told(ctx: DocumentContext, sentence: Sentence, position: int, end: int) -> list[str]:
    """ "Of them, 4,000 were Chinese and 3,000 Russian": a copula right after a count and a
    nationality right after it name the counted people's country."""
    start = position + len(ctx.text[position:end]) - len(ctx.text[position:end].lstrip())
    copula = ctx.lexicon.matcher("grammar", "origin_copulas").match(ctx.text, start, end)
    if copula is None:
        return []
    return [
        p.place.country
        for p in ctx.places(sentence)
        if p.start >= copula.end
        and not ctx.text[copula.end : p.start].strip()
        and p.place.country
        and not p.place.is_korean
    ]


def partner_marker(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch | None:
    """The "with" or "between" of the agreement, in its own clause: the one after a comma
    belongs to another ("signed an agreement on June 6, paving the way ... with Korean support").
    A body the parties founded with none marked ("30 clinics formed the Busan Care Council") has
    its members for counterparts: a marker labelled "members" from its clause's start to the
    end of the body's name, so that the founders counted before the verb and the body itself
    are both within it, or to the sentence's end when a phrase of membership names them after."""
    clause = re.compile(r"[,;]").search(ctx.text, noun.end, sentence.end)
    marker = ctx.lexicon.matcher("grammar", "counterpart_prepositions").search(
        ctx.text, noun.start, clause.start() if clause else sentence.end
    )
    if marker is not None or not ctx.lexicon.matcher("partnerships", "founded_bodies").match(
        ctx.text, noun.start, noun.end
    ):
        return marker
    verb = founding_verb(ctx, sentence, noun)
    if verb is None:
        return None
    breaks = [m.end() for m in re.compile(r"[,;:]").finditer(ctx.text, sentence.start, verb.start)]
    start = max([sentence.start, *breaks])
    end = max([noun.end, *(o.end for o in ctx.organizations(sentence) if o.start <= noun.start < o.end)])
    if ctx.lexicon.matcher("partnerships", "member_phrases").search(ctx.text, end, sentence.end) is not None:
        end = sentence.end  # "… Committee, which consists of members from A, B and C": they too
    return PhraseMatch(start, end, ctx.text[start:end], "members")


MAX_YEARS_AHEAD = 30  # "within five years"; "in 100 years" is no plan's due date


@cache
def _years_ahead_pattern(lexicon: Lexicon) -> CaselessPattern:
    """ "within five years", "in three years' time", "two years from now", "within a decade"."""
    before, after, units = (
        lexicon.alternation("goals", key) for key in ("ahead_prepositions", "ahead_suffixes", "ahead_units")
    )
    return CaselessPattern.compile(
        rf"\b(?:{before})\s+(?:(?P<n>[\w-]+)\s+)?(?P<unit>{units})\b(?:['’]\s*time\b)?"
        rf"|\b(?P<m>[\w-]+)\s+(?P<unit2>{units})\s+(?:{after})\b"
    )


def years_ahead(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """The number of years an aim is due after publication, where the text counts them: a
    number of units ("five years", "two decades"), or one unit with an article or alone ("a
    decade", "over the next decade")."""
    pattern, scanned = _years_ahead_pattern(ctx.lexicon).scan(ctx.text)
    units = ctx.lexicon.section("goals")["ahead_units"]
    articles = ctx.lexicon.section("grammar")["indefinite_articles"]
    for m in pattern.finditer(scanned, sentence.start, sentence.end):
        unit = (m.group("unit") or m.group("unit2")).lower()
        if m.group("unit") and m.group("n") is None:
            # "over the next decade": one unit, told in the singular
            counted = [] if unit.endswith("s") else [1.0]
        else:
            group = "n" if m.group("unit") else "m"
            counted = [
                q.value
                for q in ctx.quantities(sentence)
                if q.start <= m.start(group) and m.end(group) <= q.end and not q.is_year
            ]
            if not counted and m.group(group).lower() in articles:
                counted = [1.0]
        years = units[unit]
        if counted and 0 < counted[0] * years <= MAX_YEARS_AHEAD:
            return int(counted[0] * years)
    return None


APPOSITIVE_NOUN_WORDS = 2  # "110,000 people, the government's goal": words of the figure's noun
APPOSITIVE_OWNER_WORDS = 3  # ", the city's own annual target": words between the comma and the goal noun


def appositive_figure(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> Quantity | None:
    """The figure a goal noun stands in apposition to: "well over 110,000, the government's
    goal", "short of 35,000 patients, its target for the year": the last figure before the cue,
    a noun of at most two words after it, a comma, then only a determiner or an owner and a
    word or two before the goal noun."""
    figures = [q for q in ctx.quantities(sentence) if q.end <= cue.start and not q.is_year]
    if not figures:
        return None
    figure = figures[-1]
    between = ctx.text[figure.end : cue.start]
    noun, comma, owner = between.partition(",")
    if not comma or "," in owner or len(noun.split()) > APPOSITIVE_NOUN_WORDS:
        return None
    words = owner.split()
    if not words or len(words) > APPOSITIVE_OWNER_WORDS or re.search(r"[;:()]", between):
        return None
    determiners = ctx.lexicon.lowered_words("text", "definite_determiners")
    owned = words[0].lower() in determiners or re.search(r"['’]s$", words[0]) is not None
    return figure if owned else None


ATTRIBUTIVE_NOUN_WORDS = 3  # "a 30,000 foreign patient goal": words between the figure and the goal noun


_POSSESSOR_BEFORE = re.compile(r"\b[\w-]+(?:['’]s|s['’])\s+$")


def possessor_start(ctx: DocumentContext, sentence: Sentence, position: int) -> int:
    """Where a possessor standing right before ``position`` begins ("the city's target": at
    "city's"), so a link before it reads as a link before the noun; ``position`` where none."""
    found = _POSSESSOR_BEFORE.search(ctx.text, sentence.start, position)
    return found.start() if found is not None else position


def attributive_figure(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> Quantity | None:
    """The figure that modifies a goal noun: "a 30,000-patient goal", "its 1 million foreign
    patient target": the last figure before the cue, opened by a determiner or an owner, with at
    most a few words of its noun and no break between it and the goal noun."""
    noun = ctx.lexicon.matcher("goals", "goal_nouns").match(cue.text)
    if noun is None or noun.end != len(cue.text):
        return None  # "the two hospitals hope to": a verb of aiming takes no attribute
    figures = [q for q in ctx.quantities(sentence) if q.end <= cue.start and not q.is_year]
    if not figures:
        return None
    figure = figures[-1]
    between = ctx.text[figure.end : cue.start]
    if re.search(r"[^\w\s-]", between) or len(between.replace("-", " ").split()) > ATTRIBUTIVE_NOUN_WORDS:
        return None
    before = ctx.text[sentence.start : figure.start].split()
    if not before:
        return None
    openers = {
        w.lower()
        for w in (
            *ctx.lexicon.section("text")["definite_determiners"],
            *ctx.lexicon.section("grammar")["indefinite_articles"],
        )
    }
    opener = before[-1].lower()
    return figure if opener in openers or re.search(r"['’]s$", opener) else None


def due_phrase(lexicon: Lexicon) -> re.Pattern[str]:
    """A preposition of due at the end of lowered text before a year: "by ", "by the end of "."""
    due, period_end = (lexicon.alternation("goals", key) for key in ("due_prepositions", "due_period_ends"))
    return re.compile(rf"\b{due}\s+(?:{period_end}\s+)?$")


def _dated_tail(ctx: DocumentContext, rest: str) -> bool:
    """ "the Ilsan Care Symposium on May 12", "the Summit on Monday": a month or a weekday after
    the link is when the event was, not more of its name ("Forum on Spa Medicine")."""
    words = rest.split()
    if len(words) < 2:
        return False
    word = words[1].strip(".,")
    return any(ctx.lexicon.matcher("dates", key).spans(word, 0, len(word)) for key in ("months", "weekdays"))


def event_name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """A quoted title, "the 2015 Korea Medical Tourism Awards" (a year, then capitalised words
    ending in an event noun), an edition's own name ("Medical Korea 2024"), or a run of
    capitalised words ending in an event noun."""
    opened = _opened_name(ctx, sentence)
    if opened is not None:
        return opened
    patterns = ctx.language.patterns.events
    types = ctx.lexicon.matcher("events", "types")
    for quoted in patterns.quoted.finditer(sentence.text):
        text = quoted.group(1).strip(" ,")
        if (
            types.contains(text)
            or re.search(r"\b20\d\d\b", text)
            or _names_noun_after(ctx, sentence, quoted)
            or _ends_in_name_head(ctx, text)
        ) and _title_like(text):
            return text
        if _title_like(text) and (run := _run_before(ctx, sentence, quoted)) is not None:
            return run
    # an edition's name holds its year: a sentence without one is not read for either form
    dated = _EDITION_YEAR.search(sentence.text) is not None
    for edition in patterns.year_first.finditer(sentence.text) if dated else ():
        noun = types.search(edition.group("words"))
        if noun is not None and noun.end == len(edition.group("words")):
            held_at = _occasion_given_at(ctx, sentence, noun, edition.end())
            return held_at or edition.group(0)
    leading = ctx.lexicon.matcher("text", "not_name_starts")
    months = ctx.lexicon.matcher("dates", "months")
    for edition in patterns.edition.finditer(sentence.text) if dated else ():
        words = edition.group("words").split()
        while words and leading.contains(words[0]):
            words.pop(0)
        if len(words) >= 2 and not any(months.contains(w) for w in words):
            return " ".join([*words, edition.group("year")])
    for match in patterns.name_run.finditer(sentence.text):
        # a name is headed by its last event noun ("Medical Korea Academy" is an academy)
        noun = next(reversed(list(types.finditer(match.group(0)))), None)
        if (
            noun is not None
            and noun.end == len(match.group(0))
            and match.group(0)[0].isupper()
            and not _verb_only(ctx, noun.text)
            and not _named_as_a_body(ctx, noun._replace(start=sentence.start + match.start() + noun.start))
        ):
            held_at = _occasion_given_at(ctx, sentence, noun, match.end())
            if held_at is not None:
                return held_at
            words = match.group(0).split()
            while words and leading.contains(words[0]):
                words.pop(0)
            if len(words) >= 2:
                # "International Forum on Spa Medicine": the name goes on past its noun
                tail = patterns.noun_of.match(sentence.text, match.start() + noun.start)
                rest = sentence.text[match.end() : tail.end()] if tail and tail.end() > match.end() else ""
                return " ".join(words) + ("" if _dated_tail(ctx, rest) else rest)
    for match in patterns.noun_of.finditer(sentence.text):
        noun = types.search(match["noun"])
        if (
            noun is not None
            and noun.start == 0
            and noun.end == len(match["noun"])
            and not _of_a_place(ctx, sentence, match)
        ):
            return match.group(0)
    return _award_listed(ctx, sentence) or _name_before_common_noun(ctx, sentence)


# "many accolades including the Care Destination of the Year": capitalised words, linked by a few
# small words, listed right after an award noun
_LISTED_AWARD = re.compile(
    r"\s*,?\s+(?:including|such\s+as)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+){0,2}[A-Z][\w'’-]*){1,8})"
)


def _award_listed(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "has won several awards including the Spa Resort of the Year": an award
    listed by its title after the award noun is named by that title, which need not end in an
    event noun."""
    if " including " not in sentence.text and " such as " not in sentence.text:
        return None  # the cheap test first: most sentences list nothing
    for noun in ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end):
        if noun.label != EventType.AWARD:
            continue
        listed = _LISTED_AWARD.match(ctx.text, noun.end, sentence.end)
        if listed is not None:
            return listed.group(1)
    return None


# "a regional health and wellness fair": an indefinite article and a few lower-case words
# right before the head noun (searched back from the head, so the run ends there)
_INDEFINITE_RUN = re.compile(r"\b[Aa]n?\s+((?:[a-z][\w-]*\s+){1,4})$")
LOWER_NAME_REACH = 80  # characters searched back from the head for its article
# "a medical fair organiser", "an expo hall": a noun after the head makes the head its modifier,
# not the occasion
_NOUN_AFTER_HEAD = re.compile(r"[ \t]*-?[ \t]*(?:organi[sz]ers?|venues?|halls?|booths?|grounds?)\b")


def kind_name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "ran a regional health and wellness fair", "ahead of a two-day medical
    tourism expo": an occasion with no name of its own, told by a common noun phrase of the
    domain, is named by it from its first word of the domain to its head ("health and
    wellness fair"), the short distinctive part annotation.md asks of an undated event. Only an
    indefinite phrase: "the fair" points back to one told before. It names the occasion only
    where no mention of it has a name of its own."""
    heads = ctx.lexicon.matcher("events", "lower_name_heads")
    if not heads.contains(sentence.text):
        return None  # the cheap test first: most sentences have no such noun
    topics = _lower_name_topics(ctx.lexicon)
    for head in heads.finditer(ctx.text, sentence.start, sentence.end):
        if not head.text.islower() or _NOUN_AFTER_HEAD.match(ctx.text, head.end, sentence.end):
            continue
        run = _INDEFINITE_RUN.search(ctx.text, max(sentence.start, head.start - LOWER_NAME_REACH), head.start)
        if run is None:
            continue
        words = run[1].split()
        first = next((i for i, word in enumerate(words) if word in topics), None)
        if first is not None:
            return " ".join([*words[first:], head.text])
    return None


@cache
def _lower_name_topics(lexicon: Lexicon) -> frozenset[str]:
    """The words of the domain that open a lower-case occasion's name."""
    return frozenset(lexicon.section("events")["lower_name_topics"])


_GIVEN_AT = re.compile(r"\s+at\s+(?:the\s+)?(?:(?:19|20)\d\d\s+|\d{1,2}(?:st|nd|rd|th)\s+)?")


def _occasion_given_at(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, name_end: int
) -> str | None:
    """ "won the Care Leadership Award at the 5th Global Wellness Congress": an award (``noun``,
    its name ending at offset ``name_end`` of the sentence's text) given at a named occasion of
    another kind belongs to that occasion (annotation.md, one trip or conference is one event),
    so the occasion's name names the event. None for a noun of another kind."""
    if noun.label != EventType.AWARD:
        return None
    at = _GIVEN_AT.match(sentence.text, name_end)
    if at is None:
        return None
    run = ctx.language.patterns.events.name_run.match(sentence.text, at.end())
    if run is None:
        return None
    occasion = ctx.lexicon.matcher("events", "types").search(run.group(0))
    if (
        occasion is None
        or occasion.end != len(run.group(0))
        or occasion.label == EventType.AWARD
        or _verb_only(ctx, occasion.text)
    ):
        return None
    return run.group(0)


# "the opening ceremony of the Hanbit Care Centre", "a launching ceremony for the “Clean Water
# Project”": what an opening occasion opens, a quoted title or capitalised words (linked by a few
# small words) right after "of" or "for"
_OPENED = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[“\"]([^”\"]{4,120})[”\"]"
    r"|([A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?[A-Z][\w'’&.-]*){0,7}))"
)


def _opened_name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "an opening ceremony for the Hanbit Rehabilitation Centre was held": an opening told as
    an occasion is named by what it opens (annotation.md, opening ceremonies), when that has a
    name of its own, not a place alone ("the opening ceremony of Almaty's office")."""
    openings = ctx.lexicon.matcher("events", "opening_occasions")
    if not openings.contains(sentence.text):
        return None  # the cheap test first: most sentences tell no opening
    places = ctx.places(sentence)
    for occasion in openings.finditer(ctx.text, sentence.start, sentence.end):
        opened = _OPENED.match(ctx.text, occasion.end, sentence.end)
        if opened is None:
            continue
        group = 1 if opened.group(1) else 2
        start, end = opened.span(group)
        if any(p.start <= start and end <= p.end for p in places) or _POSSESSIVE_END.search(opened[group]):
            continue
        return " ".join(opened[group].strip(" ,.").split())
    return None


_OF_PLACE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")


def _of_a_place(ctx: DocumentContext, sentence: Sentence, match: re.Match[str]) -> bool:
    """ "The Delegation of South Korea consisted of surgeons", "a Delegation of Bukhara": an
    event noun followed by nothing but a place says whose it is or where it comes from; it
    names no occurrence."""
    noun_end = sentence.start + match.end("noun")
    return any(
        p.end == sentence.start + match.end() and _OF_PLACE.fullmatch(ctx.text, noun_end, p.start) is not None
        for p in ctx.places(sentence)
    )


def _name_before_common_noun(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "at the Arab Health exhibition", "the MITT travel fair": capitalised words after "the"
    right before an event noun in lower case name that event, unless they are a place or a body
    ("the Almaty exhibition", "the KTO pavilion": where it is, who runs it) or whose it is
    ("the Minister's visit")."""
    places = ctx.places(sentence)
    bodies = [*ctx.organizations(sentence), *(o for a, o in ctx.acronyms.items() if a in sentence.text)]
    for match in _THE_NAME.finditer(ctx.text, sentence.start, sentence.end):
        start, end = match.span("name")
        if _POSSESSIVE_END.search(match["name"]) or not lower_event_noun_after(ctx, end, sentence.end):
            continue
        if any(p.start < end and start < p.end for p in places) or any(
            b.name in match["name"] or (b.start < end and start < b.end) for b in bodies
        ):
            continue
        return " ".join(match["name"].split())
    return None


# "the Arab Health", "the MITT": capitalised words after the article, none of them a sentence's start
_THE_NAME = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})")
_POSSESSIVE_END = re.compile(r"['’]s?$")


LOWER_WORDS_BEFORE_NOUN = 2  # "the MITT travel fair", "the Arab Health medical exhibition"


_LOWER_WORD = re.compile(r"[a-z][\w-]*")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)")


@cache
def _room_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of a room or a building after an event noun ("convention hall"), lowered."""
    events = lexicon.section("events")
    return frozenset(w.lower() for w in events["room_nouns"] + events["venue_heads"])


def lower_event_noun_after(ctx: DocumentContext, position: int, end: int) -> bool:
    """Whether an event noun in lower case follows ``position``, after at most two lower-case
    words of its kind ("exhibition", "travel fair", "medical tourism fair")."""
    types = ctx.lexicon.matcher("events", "types")
    function_words = ctx.lexicon.matcher("text", "function_words")
    rooms = _room_words(ctx.lexicon)
    for _ in range(LOWER_WORDS_BEFORE_NOUN + 1):
        position = _past_spaces(ctx.text, position)
        noun = types.match(ctx.text, position, end)
        if noun is not None and noun.text.islower() and not _verb_only(ctx, noun.text):
            # "the Busan City Hotel convention hall": a room of the building, no event
            after = _LOWER_WORD_AFTER.match(ctx.text, noun.end, end)
            return after is None or after[1] not in rooms
        word = _LOWER_WORD.match(ctx.text, position, end)
        if word is None or function_words.spans(word[0], 0, len(word[0])):
            return False  # "the RoK for training", "Yonsei University and met with": no kind of event
        position = word.end()
    return False


def _verb_only(ctx: DocumentContext, word: str) -> bool:
    """ "the Minister visited", "Times Visited:": an event word that is only a verb tells that
    something happened; it ends no event's name."""
    return ctx.lexicon.matcher("events", "verb_only_types").spans(word, 0, len(word))


QUOTED_NAME_LEAD_WORDS = 2  # "the 'Thank You Doctor' medical volunteer team": words before its noun


def _names_noun_after(ctx: DocumentContext, sentence: Sentence, quoted: re.Match[str]) -> bool:
    """Whether a quoted title stands right before an event noun ("'Thank You Doctor' medical
    volunteer team", "'K-Care' roadshow"): the quotation names that event."""
    start = sentence.start + quoted.end()
    noun = ctx.lexicon.matcher("events", "types").search(ctx.text, start, min(sentence.end, start + 40))
    return noun is not None and len(ctx.text[start : noun.start].split()) <= QUOTED_NAME_LEAD_WORDS


def _run_before(ctx: DocumentContext, sentence: Sentence, quoted: re.Match[str]) -> str | None:
    """The name of an event whose quoted title stands right after its noun ("the Far Eastern
    Forum 'Pacific Russia'", "the exhibition 'Health 2019'"): its capitalised words, the noun
    and the title, as written."""
    start = quoted.start()
    for match in ctx.language.patterns.events.name_run.finditer(sentence.text, 0, start):
        if sentence.text[match.end() : start].strip(" ,:"):
            continue
        noun = ctx.lexicon.matcher("events", "types").search(match.group(0))
        if noun is not None and noun.end == len(match.group(0)):
            return sentence.text[match.start() : quoted.end()]
    return None


def _ends_in_name_head(ctx: DocumentContext, text: str) -> bool:
    """ "'Vision Eye Care Mission'", "'Love Sharing Campaign'": a quoted title whose last word
    ends the name of an undertaking names the event the sentence tells of."""
    words = text.split()
    return bool(words) and words[-1] in ctx.lexicon.section("events")["name_heads"]


def _title_like(text: str) -> bool:
    """A name is written in title case ("Busan Medical Tourism Briefing Session"); a quoted
    remark ("through this MOU, we will ...") is not a name."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return bool(words) and sum(w[0].isupper() for w in words) * 2 >= len(words)


def listed_years(ctx: DocumentContext, sentence: Sentence) -> list[int]:
    """ "in both 2015 and 2016", "in 2017, 2018 and 2019": written years with only commas and a
    list conjunction between them are one series; "founded in 1998, it won in 2019" is none."""
    if not any(ch.isdigit() for ch in sentence.text):
        return []
    years = [
        y for y in ctx.language.find_years(ctx.text, sentence.start, sentence.end, None) if not y.relative
    ]
    conjunctions = ctx.lexicon.matcher("grammar", "list_conjunctions")
    for earlier, later in pairwise(years):
        between = ctx.text[earlier.end : later.start].strip(" ,")
        joint = conjunctions.match(between, 0, len(between)) if between else None
        if between and (joint is None or joint.end != len(between)):
            return []
    listed = list(dict.fromkeys(y.year for y in years))
    return listed if len(listed) > 1 else []


_ROOM_WORD = re.compile(r"[ \t]+(?:\([A-Z]{2,}\)[ \t]+)?(\w+)")  # its acronym may stand between
# the noun a list of nouns heads, past the list's later items and its acronym ("convention and
# exhibition (MICE) industries")
_LISTED_HEAD = re.compile(r"(?:\s*,\s*\w+|\s+(?:and|or)\s+\w+)*[ \t]+(?:\([A-Z]{2,}\)[ \t]+)?(\w+)")
_LEAD_WORD = re.compile(r"(\w+)[ \t]+[“\"‘']?$")  # the word before a name, its opening quote between
# the word before the capitalised words of a name that ends in the event word
_BODY_LEAD = re.compile(r"(\w+)[ \t]+(?:[A-Z][\w’'-]*[ \t]+){1,5}$")
BODY_LEAD_CHARS = 80  # a lead noun and a few words of a name
# the year of events.edition and events.year_first, looked for before reading either
_EDITION_YEAR = re.compile(r"(?:19|20)\d\d")


def titled_events(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """ "took part in Arab Health 2024", "exhibited at KIMES 2023": an edition named by its year
    right after a verb of taking part is an event, though no event noun names its kind; so is a
    quoted title right after a verb of holding ("hosted \"Medical Busan Week\"")."""
    found = _quoted_titles_held(ctx, sentence)
    if _EDITION_YEAR.search(ctx.text, sentence.start, sentence.end) is None:
        return found  # an edition is named by its year: most sentences tell none, read without a scan
    function_words = ctx.lexicon.matcher("text", "function_words")
    for cue in ctx.lexicon.matcher("events", "edition_cues").finditer(ctx.text, sentence.start, sentence.end):
        start = _past_article(ctx, cue.end, sentence.end)
        edition = ctx.language.patterns.events.edition.match(ctx.text, start, sentence.end)
        if edition is None:
            continue
        following = ctx.text[edition.end() : sentence.end].split(maxsplit=1)
        if following and following[0].isalpha() and not function_words.contains(following[0]):
            continue  # "Vision 2030 health reforms": the year is inside a longer noun, no edition
        found.append(PhraseMatch(edition.start(), edition.end(), edition.group(0), cue.label))
    return found


def _quoted_titles_held(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """ "The city hosted \"Medical Busan Week\" at BEXCO": a quoted title in capitals right
    after a verb of holding names the occasion held, of the kind the verb's entry gives."""
    text = sentence.text
    if not ('"' in text or "“" in text or "‘" in text or "'" in text):
        return []  # no mark a title opens with (``quoted``): 19 sentences in 20, not scanned
    cues = ctx.lexicon.matcher("events", "quoted_title_cues")
    if not cues.contains(text):
        return []
    quoted = ctx.language.patterns.events.quoted
    found = []
    for cue in cues.finditer(ctx.text, sentence.start, sentence.end):
        title = quoted.match(ctx.text, _past_spaces(ctx.text, cue.end), sentence.end)
        if title is not None and title[1][:1].isupper():
            found.append(PhraseMatch(title.start(1), title.end(1), title[1], cue.label))
    return found


def _past_article(ctx: DocumentContext, position: int, end: int) -> int:
    """Past the spaces and the article after ``position`` ("in the Arab Health 2024")."""
    position = _past_spaces(ctx.text, position)
    word = ctx.text[position:end].split(maxsplit=1)
    if word and word[0].lower() in ctx.lexicon.section("grammar")["articles"]:
        return _past_spaces(ctx.text, position + len(word[0]))
    return position


def _past_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def names_a_building(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "Primorye Congress Hall", "Lotus Convention Center": the event word names a building;
    "the Medical Korea Project" names a programme, not the conference."""
    after = ctx.language.patterns.events.name_after.match(ctx.text[noun.end : noun.end + 20])
    events = ctx.lexicon.section("events")
    room = _ROOM_WORD.match(ctx.text, noun.end, min(len(ctx.text), noun.end + 20))
    if room is not None and room.group(1).lower() in events["room_nouns"]:
        return True  # "the headquarters conference room", "a consultation centre": a place, not an event
    trade = _LISTED_HEAD.match(ctx.text, noun.end, min(len(ctx.text), noun.end + 60))
    if trade is not None and trade.group(1).lower() in events["field_nouns"]:
        return True  # "the convention and exhibition (MICE) industries": a trade, not an event
    lead = _LEAD_WORD.search(ctx.text, max(0, noun.start - 20), noun.start)
    if lead is not None and lead.group(1) in events["programme_leads"]:
        return True  # "launched the brand “Medical Korea”": the event's words name a brand
    if noun.text[:1].isupper() and _named_as_a_body(ctx, noun):
        return True  # "the nonprofit organization Good Health Forum": a body, not the forum
    return (
        noun.text[:1].isupper()
        and after is not None
        and (after.group(1) in events["venue_heads"] or after.group(1) in events["programme_heads"])
    )


# the next few words of the name after an event word: capitalised, or an edition's year (a longer
# run is more often a headline in title case than one name)
_NAME_RUN_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w’'-]*|(?:19|20)\d\d)){1,4}")


def heads_its_compound(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """Whether the event word gives the kind of the name it stands in: an English name is
    headed by its last noun, so a capitalised event word followed, in the same run of capitalised
    words, by another event word ("the Medical Korea Academy", "the Medical Korea Gyeonggi
    Training Program") only qualifies that one, which names the occasion (a training, not the
    Medical Korea conference)."""
    if not noun.text[:1].isupper():
        return True
    run = _NAME_RUN_AFTER.match(ctx.text, noun.end, sentence.end)
    if run is None:
        return True
    later = ctx.lexicon.matcher("events", "types").finditer(ctx.text, noun.end, run.end())
    return not any(t.text[:1].isupper() for t in later)


def _named_as_a_body(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "the nonprofit organization Good Health Forum", "the NGO Medical Aid Mission": a name
    ending in an event word that a noun of a body (Lexicon events.body_leads) introduces names
    that body, there and wherever the page names it again ("Good Health Forum sent ten nurses")."""
    window = max(0, noun.start - BODY_LEAD_CHARS)
    lead = _BODY_LEAD.search(ctx.text, window, noun.start)
    if lead is not None and _body_lead(ctx, lead.group(1)):
        return True
    bodies = ctx.per_document("bodies_named_by_event_words", lambda: _bodies_introduced(ctx))
    run = _RUN_BEFORE.search(ctx.text, window, noun.start) if bodies else None
    if run is None:
        return False
    words = run.group(0).split()
    return any(" ".join([*words[i:], noun.text]) in bodies for i in range(len(words)))


def _body_lead(ctx: DocumentContext, word: str) -> bool:
    """A noun of a body written as a common noun ("organization") or an initialism ("NGO"), not
    a capitalised word of a longer name ("... Association Medical Forum")."""
    common = not word[:1].isupper() or word.isupper()
    return common and word.lower() in ctx.lexicon.section("events")["body_leads"]


_RUN_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+){1,5}$")  # the capitalised words before the event word
_NAME_AFTER_LEAD = re.compile(r"[ \t]+((?:[A-Z][\w’'-]*[ \t]+){1,5})([A-Z]\w*)")


def _bodies_introduced(ctx: DocumentContext) -> frozenset[str]:
    """The names ending in an event word that the page introduces by a noun of a body ("the
    nonprofit organization Good Health Forum"), read once a document."""
    types = ctx.lexicon.matcher("events", "types")
    found = set()
    for lead in ctx.lexicon.matcher("events", "body_leads").finditer(ctx.text, 0, len(ctx.text)):
        run = _NAME_AFTER_LEAD.match(ctx.text, lead.end)
        head = types.match(run.group(2)) if run is not None else None
        if run is not None and head is not None and head.end == len(run.group(2)):
            found.add(f"{run.group(1).strip()} {run.group(2)}")
    return frozenset(found)


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


def _trade_before(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch, trades: PhraseMatcher) -> bool:
    """ "the cosmetics market in Qatar": a cue that is itself a market noun, after a trade."""
    if ctx.lexicon.matcher("markets", "market_nouns").match(ctx.text, cue.start, cue.end) is None:
        return False
    before = ctx.text[max(sentence.start, cue.start - 30) : cue.start].split()
    return bool(before) and trades.contains(before[-1])


# the counterpart's capitalised name (an article, "of", "and" or a bracket within it) then "to"
# and a verb: what the parties agreed to do
_COUNTERPART_THEN_DEED = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:\(?[A-Z][\w'’.&-]*\)?|of|and|the|for))*\s+to\s+(?!be\b)[a-z]"
)
_PASSIVE_AGENT = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
_GERUND = re.compile(r"\s+(?P<verb>[a-z]+ing)\b")
_TRADE_MARKET = re.compile(r"\s+(?:[\w'’]+\s+){0,2}?(?P<trade>[\w-]+)\s+markets?\b", re.IGNORECASE)


def market_scope(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
    """After the cue, up to the means that follow ("targeting Sakhalin with more direct flights");
    none where the cue's object is a market of another trade ("entering the pharmaceutical
    market in the UAE", "the car market in Brazil") or an action other than reaching people or
    markets ("aimed at improving the health of Vietnamese people")."""
    gerund = _GERUND.match(ctx.text, cue.end, sentence.end)
    if (
        gerund is not None
        and not ctx.lexicon.matcher("markets", "aim_gerunds").contains(gerund["verb"])
        # "targeting neighbouring countries such as Mongolia": an adjective, no action
        and gerund["verb"] not in ctx.lexicon.lowered_words("markets", "ing_adjectives")
    ):
        return cue.end, cue.end  # "aimed at improving health for Vietnamese people": a purpose, no market
    if _staff_object(ctx, sentence, cue):
        return cue.end, cue.end  # "draw on a supply of trained nurses": staff drawn on, no market
    trades = ctx.lexicon.matcher("markets", "other_trades")
    trade = _TRADE_MARKET.match(ctx.text, cue.end, sentence.end)
    if (trade is not None and trades.contains(trade["trade"])) or _trade_before(ctx, sentence, cue, trades):
        return cue.end, cue.end
    agent = _passive_agent(ctx, sentence, cue)
    if agent is not None:
        # "Central Asia, above all Kazakhstan, has been targeted by Daegu hospitals": the subject,
        # when a Korean body aims at it and it is no market of another trade
        subject_trade = _TRADE_MARKET.search(ctx.text, sentence.start, cue.start)
        if not agent or (subject_trade is not None and trades.contains(subject_trade["trade"])):
            return cue.end, cue.end
        return sentence.start, cue.start
    # "targeting not only Russia but also Kazakhstan", "into the Middle East, starting with the
    # UAE": a stop inside a phrase that goes on with the list ends nothing
    continued = [
        (c.start, c.end)
        for c in ctx.lexicon.matcher("markets", "scope_continuations").finditer(
            ctx.text, cue.end, sentence.end
        )
    ]
    stops = ctx.lexicon.matcher("markets", "scope_stops").finditer(ctx.text, cue.end, sentence.end)
    stop = next((s for s in stops if not any(a <= s.start and s.end <= b for a, b in continued)), None)
    return cue.end, min(sentence.end, cue.end + MARKET_SCOPE_CHARS, stop.start if stop else sentence.end)


STAFF_OBJECT_WORDS = 5  # "draw on a supply of trained nurses": words from the cue to the staff noun
STAFF_LIST_WORDS = (
    2  # "surgeons and patients": words after the staff noun a listed noun of patients stands in
)


def _staff_object(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool:
    """ "can draw on a large supply of trained nurses", "targeting experienced surgeons": a
    cue whose object is staff (the first noun of care givers a few words after it, with no place
    or patients named before it) draws on people who work, not a market of patients."""
    staff = ctx.lexicon.matcher("events", "team_nouns")
    found = staff.search(ctx.text, cue.end, sentence.end)
    if found is None:
        return False
    between = ctx.text[cue.end : found.start]
    if len(between.split()) > STAFF_OBJECT_WORDS or any(mark in between for mark in ",;:"):
        return False
    if any(cue.end <= p.start < found.start for p in ctx.places(sentence)):
        return False
    # "targeting surgeons and patients in Uzbekistan": patients listed beside the staff are aimed at
    after = ctx.text[found.end : sentence.end].split()[:STAFF_LIST_WORDS]
    reach = found.end + len(" ".join(after)) + 1
    heads = ctx.lexicon.matcher("patients", "heads")
    return (
        heads.search(ctx.text, cue.end, found.start) is None
        and heads.search(ctx.text, found.end, reach) is None
    )


def _passive_agent(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool | None:
    """For a cue that is a passive participle with its agent after it ("is targeted by Daegu
    hospitals"), whether the agent is Korean (a Korean place or body, not "Chinese hospitals");
    None for any other cue."""
    if not ctx.follows("markets", "passive_auxiliaries", sentence, cue.start):
        return None
    by = _PASSIVE_AGENT.match(ctx.text, cue.end, sentence.end)
    if by is None:
        return None
    start = by.end() - 1
    places = [p.place.is_korean for p in ctx.places(sentence) if p.start == start]
    bodies = [o.country in (None, KOREA) for o in ctx.organizations(sentence) if o.start == start]
    return any(bodies) if bodies else any(places)


def drawn_from(ctx: DocumentContext, sentence: Sentence, cue_end: int, scope_end: int) -> int | None:
    """Right after the "from" of "targeting patients from the Gulf states", or the "in" of
    "wooing patients in Kazakhstan" (people where they live, the "in" right after their noun,
    not "a presentation to attract patients that was held in Almaty"): a short phrase naming
    people between the cue and it, none of a list's commas; None when the cue names no such
    people."""
    lexicon = ctx.lexicon
    found = [
        m
        for key in ("origin_prepositions", "place_prepositions")
        if (m := lexicon.matcher("grammar", key).search(ctx.text, cue_end, scope_end)) is not None
    ]
    if not found:
        return None
    origin = min(found, key=lambda m: m.start)
    people = _without_focusing_tail(ctx, ctx.text[cue_end : origin.start])
    # a list's comma ends the people, a number's ("10,000 patients from Vietnam") does not
    if re.search(r"[;:]|,(?!\d)", people) or len(people.split()) > DRAWN_PEOPLE_WORDS:
        return None
    heads = [h for h in lexicon.matcher("patients", "heads").finditer(people)]
    if not heads:
        return None
    located = lexicon.matcher("grammar", "place_prepositions").contains(origin.text)
    return origin.end if not located or not people[heads[-1].end :].strip() else None


def _without_focusing_tail(ctx: DocumentContext, people: str) -> str:
    """ "more tourists, especially " before "from the Gulf": a comma and an adverb that narrows
    the people to those of the place after it close no list; the people are those before them."""
    head, comma, tail = people.rpartition(",")
    adverb = ctx.lexicon.matcher("markets", "focusing_adverbs").match(tail.strip()) if comma else None
    return head if adverb is not None and adverb.end == len(tail.strip()) else people


def drawn_people(ctx: DocumentContext, place: Place, cue_end: int, scope_end: int) -> bool:
    """ "to attract Vietnamese patients", "to draw more Mongolians", "to attract international
    travelers, especially Vietnamese": a nationality that names the people drawn, a few words
    after the verb of drawing (not one that qualifies another noun: "Chinese-speaking staff").
    A region qualifies the people drawn only right before their noun ("to attract more Middle
    Eastern patients", "Central Asian visitors"); a country's name does where it is used as a
    nationality is, before the noun or a word or two of the people's kind ("U.S. heart
    patients"), as a nationality may be ("Mongolian kidney patients")."""
    if (
        place.place.kind not in {PlaceKind.DEMONYM, PlaceKind.REGION, PlaceKind.COUNTRY}
        or place.place.is_korean
        or not cue_end <= place.start < scope_end
    ):
        return False
    if len(ctx.text[cue_end : place.start].split()) > DRAWN_PEOPLE_WORDS:
        return False
    if ctx.lexicon.matcher("markets", "home_people").search(ctx.text, cue_end, place.start) is not None:
        return False  # "to serve our own residents first, above all Thais": people at home
    head = ctx.lexicon.matcher("patients", "heads").search(ctx.text, place.end, scope_end)
    if place.place.kind == PlaceKind.REGION:
        return head is not None and not ctx.text[place.end : head.start].strip()
    if place.place.kind == PlaceKind.COUNTRY:
        return head is not None and _kind_of_people(ctx, ctx.text[place.end : head.start])
    rest = ctx.text[place.end : scope_end]
    plural = place.text.endswith(tuple(ctx.lexicon.section("patients")["demonym_noun_endings"]))
    return (
        (head is not None and _kind_of_people(ctx, ctx.text[place.end : head.start]))
        or (head is not None and _coordinated_names(ctx, ctx.text[place.end : head.start]))
        or not rest.strip()
        or rest[:1] in ",.;"
        or (plural and not rest[:1].isalnum())
    )


def _kind_of_people(ctx: DocumentContext, between: str) -> bool:
    """Whether ``between``, from a nationality to the people's noun, is nothing or a word or two
    of their kind ("prostate cancer", "cosmetic surgery"): lower-case words, none a list's
    conjunction or a preposition (a nationality of "Chinese investment and patients" or
    "Thai food for patients" names no people)."""
    words = between.split()
    if not words:
        return True
    stops = ctx.lexicon.lowered_words("markets", "object_stops") | ctx.lexicon.lowered_words(
        "grammar", "list_conjunctions"
    )
    return (
        len(words) <= PEOPLE_KIND_WORDS
        and between[:1].isspace()
        and all(word.isalpha() and word.islower() and word not in stops for word in words)
    )


def _coordinated_names(ctx: DocumentContext, between: str) -> bool:
    """Whether ``between`` is the rest of a list of capitalised names joined by commas and a
    conjunction: " and Japanese " in "to attract Chinese and Japanese medical tourists", where
    the first nationality qualifies the people's noun as much as the last."""
    return (
        _coordination(tuple(ctx.lexicon.section("grammar")["list_conjunctions"])).fullmatch(between)
        is not None
    )


@cache
def _coordination(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """ ", Japanese and", " or Thai", ", and Russian": joints of a list and the names after them."""
    conjunction = "|".join(map(re.escape, conjunctions))
    joint = rf"(?:\s*,\s*(?:(?:{conjunction})\s+)?|\s+(?:{conjunction})\s+)"
    return re.compile(rf"(?:{joint}[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+\s+")


FOUNDED_NAME_CHARS = 60  # "formed the “Busan Care Council”": how far before its noun the verb may stand


def founding_verb(ctx: DocumentContext, sentence: Sentence, body: PhraseMatch) -> PhraseMatch | None:
    """The verb of founding before the body's name, only the name between them (no clause
    break, no agreement noun): "set up the Gwangju Medical Tourism Council"."""
    founding = ctx.lexicon.matcher("partnerships", "founding_verbs")
    floor = max(sentence.start, body.start - FOUNDED_NAME_CHARS)
    verbs = list(founding.finditer(ctx.text, floor, body.start))
    if not verbs:
        return None
    between = ctx.text[verbs[-1].end : body.start]
    if re.search(r"[,;:]", between) or ctx.lexicon.matcher("partnerships", "kinds").contains(between):
        return None
    return verbs[-1]


def named_in_force(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "The partnership between Mayo Clinic and Asan lets ...", "under the health agreement
    between Korea and Peru", "Hanbit Hospital's pact with Orion Clinic", "its MOU with Peru": an
    agreement named by its parties, "between" and a name right after the noun, or an owner right
    before it and "with" and a name after, is one that exists. A word of working together alone
    ("cooperation between A and B", "our exchanges with") names an activity, not an agreement."""
    words = ctx.lexicon.section("partnerships")
    if noun.text.lower() in words["activity_kinds"]:
        return False
    marker = ctx.lexicon.matcher("grammar", "counterpart_prepositions").match(
        ctx.text, _past_space(ctx, noun.end)
    )
    if marker is None or not _names_after(ctx, sentence, marker.end):
        return False
    if marker.label == "between":
        # "between Peru and lending agencies": both sides named (a description may come before
        # the second name: "and software maker Lumio"), not one and a kind of bodies
        conjunction = ctx.lexicon.alternation("grammar", "conjunctions", ignore_case=False)
        joint = re.compile(rf"\s(?:{conjunction})((?:\s+[a-z][\w-]*){{0,{DESCRIPTION_WORDS}}})(?=\s)").search(
            ctx.text, marker.end, sentence.end
        )
        return joint is not None and _names_after(ctx, sentence, joint.end())
    return _owner(ctx, sentence, noun) is not None


def _owner(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, definite: bool = False) -> int | None:
    """Where the owner standing right before the agreement noun, a few modifiers apart, ends
    ("Hanbit Hospital's new pact", "its MOU"); with ``definite``, a definite article will do
    ("the health agreement")."""
    owners = ctx.lexicon.section("partnerships")["owner_words"]
    articles = ctx.lexicon.section("grammar")["articles"] if definite else []
    owner = phrase_alternation([*owners, *articles])
    floor = max(sentence.start, noun.start - OWNER_CHARS)
    found = re.compile(rf"(?:['’]s|\b(?i:{owner}))(?=(?:\s+[\w-]+){{0,{OWNER_MODIFIERS}}}\s+$)").search(
        ctx.text[: noun.start], floor
    )
    return found.end() if found is not None else None


DESCRIPTION_WORDS = 4  # "and healthcare software maker Lumio": lower-case words before a name
OWNER_CHARS = 40  # "Hanbit Hospital's new telemedicine pact": the owner and up to two modifiers
OWNER_MODIFIERS = 2


def _past_space(ctx: DocumentContext, position: int) -> int:
    return position + len(ctx.text[position:]) - len(ctx.text[position:].lstrip(" "))


def _names_after(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether a name follows ``position`` (an article passed): a capitalised word that is no
    function word."""
    after = re.compile(r"\s+(?:(?i:the)\s+)?([A-Z][\w'’.&-]*)").match(ctx.text, position, sentence.end)
    function_words = ctx.lexicon.lowered_words("text", "function_words")
    return after is not None and after[1].lower() not in function_words


INTENTION_CHARS = 80  # how far before an agreement an intention ("will seek to sign") governs it


def counterpart_stretch(ctx: DocumentContext, sentence: Sentence, marker: PhraseMatch) -> tuple[int, int]:
    """After "with" up to the clause that follows the counterparts: a relative clause or a
    purpose ("with the navy base in Busan to care for its sailors, who used to fly to
    Japan": Japan is none of them)."""
    if marker.label == "members":
        return marker.start, marker.end  # the founders and the body they founded
    stop = ctx.lexicon.matcher("partnerships", "counterpart_stops").search(ctx.text, marker.end, sentence.end)
    end = stop.start if stop is not None else sentence.end
    following = ctx.lexicon.matcher("partnerships", "kinds").search(ctx.text, marker.end, end)
    if following is not None and (joint := _joint_before(ctx, marker.end, following.start)) is not None:
        end = joint  # "an MOU with A and a contract with B": B is the second one's counterpart
    return marker.end, end


NOUN_MODIFIERS = 2  # "and a patient referral contract with": words before the second agreement's noun


def _joint_before(ctx: DocumentContext, start: int, noun: int) -> int | None:
    """Where an "and" (an article and a modifier or two after it) right before an agreement noun
    starts: the noun opens another agreement of the same verb ("signed an MOU with A and a
    referral contract with B")."""
    conjunction, article, indefinite = (
        ctx.lexicon.alternation("grammar", role)
        for role in ("conjunctions", "articles", "indefinite_articles")
    )
    joint = re.search(
        rf",?\s+(?:{conjunction})\s+(?:(?:{article}|{indefinite})\s+)?(?:[a-z][\w-]*\s+){{0,{NOUN_MODIFIERS}}}$",
        ctx.text[start:noun],
    )
    return start + joint.start() if joint is not None else None


@cache
def _participle_after(lexicon: Lexicon) -> CaselessPattern:
    """ "an MOU signed with", "the agreement, which was concluded on May 2 with": a participle
    of concluding right after the agreement noun (or after a relative pronoun and a passive),
    naming the counterpart within a few words."""
    words = lexicon.section("partnerships")
    participles = phrase_alternation(words["participles"])
    relatives = phrase_alternation(words["participle_relatives"])
    counterpart = lexicon.alternation("grammar", "counterpart_prepositions")
    return CaselessPattern.compile(
        rf"\s*,?\s*(?:(?:{relatives})\s+)?(?:{participles})(?:\s+[\w.'’-]+){{0,4}}?\s+{counterpart}\b"
    )


FUTURE_PASSIVE_WORDS = 6  # "The MOU on nurse training and telemedicine will be signed": its modifiers


@cache
def _future_passive(lexicon: Lexicon) -> CaselessPattern:
    """A future passive of concluding a few words after the agreement noun, in its clause."""
    words = lexicon.section("partnerships")
    participles = phrase_alternation(words["participles"])
    future = phrase_alternation(words["future_passives"])
    return CaselessPattern.compile(
        rf"(?:\s+[^\s,;]+){{0,{FUTURE_PASSIVE_WORDS}}}?\s+(?:{future})\s+(?:{participles})\b"
    )


def intention_scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int]:
    """An intention stands before the agreement it aims at ("will pursue cooperation"); what
    follows the noun is its scope ("to discuss ways to..."). An agreement a participle of
    concluding with its counterpart follows ("will treat patients under an MOU signed with X")
    was concluded, whatever is intended around it: no stretch."""
    pattern, scanned = _participle_after(ctx.lexicon).scan(ctx.text)
    if pattern.match(scanned, noun.end, sentence.end) is not None:
        return noun.start, noun.start
    pattern, scanned = _future_passive(ctx.lexicon).scan(ctx.text)
    if (future := pattern.match(scanned, noun.end, sentence.end)) is not None:
        # "The MOU will be signed by A and B next month": the agreement is the subject of a
        # signing still to come, the intention after it
        return noun.end, future.end()
    if (
        noun.text.lower() in ctx.lexicon.section("partnerships")["views_unless_followed_by_a_deed"]
        and _COUNTERPART_THEN_DEED.match(ctx.text, noun.end, sentence.end) is None
    ):
        # "agreed with Kazakh Railways to run mobile clinics" is a deal; "agreed with the ministry
        # that more flights are needed", "... on the need for ties" a shared view: the noun itself
        # is then the intention it names
        return noun.start, noun.end
    end = noun.start
    if noun.text.lower().endswith(" to"):
        # "agreed to sign an MOU": the verb after "agreed to" may itself be the intention
        following = re.match(r"\s*\S+", sentence.text[noun.end - sentence.start :])
        end = noun.end + (following.end() if following else 0)
    elif noun.text.lower().endswith((" on", " upon")):
        # "agreed on the need for cooperation": a shared view, not an agreement, is told by the
        # two words after "agreed on"
        following = re.match(r"(?:\s*\S+){1,2}", sentence.text[noun.end - sentence.start :])
        end = noun.end + (following.end() if following else 0)
    floor = max(sentence.start, noun.start - INTENTION_CHARS)
    if _told_as_a_means(ctx, sentence, noun):
        floor = sentence.start
    if ctx.lexicon.matcher("partnerships", "founded_bodies").match(ctx.text, noun.start, noun.end) and (
        verb := founding_verb(ctx, sentence, noun)
    ):
        # "To draw more patients, 30 clinics formed the Busan Care Council": a purpose told in a
        # clause before the founding is what the body is for, not an intention to found it
        floor = max(
            [floor, *(m.end() for m in re.finditer(r"[,;:]", ctx.text[: verb.start]) if m.end() > floor)]
        )
    concluding = ctx.lexicon.matcher("partnerships", "concluded")
    if (
        named_in_force(ctx, sentence, noun)
        and (owner := _owner(ctx, sentence, noun, definite=True)) is not None
        and concluding.search(ctx.text, floor, noun.start) is None
    ):
        # "will open a ward under the health agreement between Korea and Peru", "hope that their
        # government's pact with Korea will help": an agreement named as one that exists is
        # intended only through a verb of concluding ("hope to sign the agreement between ..."),
        # as one still to come ("will discuss an agreement between ...") or by a word among its
        # own modifiers ("Korea's potential agreements with Chile")
        return owner, noun.start
    return floor, end


MEANS_CHARS = 30  # "by signing a memorandum of": a means marker stands a word or two before the noun


def _told_as_a_means(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "suggested closer ties with the clinic and the city by signing an MOU": a signing told as
    the means of another act is intended or done as that act is, so the intention may stand
    anywhere before it in the sentence, not only in the usual few words."""
    start = max(sentence.start, noun.start - MEANS_CHARS)
    means = ctx.lexicon.matcher("partnerships", "means_of_concluding").search(ctx.text, start, noun.start)
    if means is None:
        return False
    grammar = ctx.lexicon.section("grammar")
    articles = {"", *grammar["articles"], *grammar["indefinite_articles"]}
    return ctx.text[means.end : noun.start].strip().lower() in articles


LOCATION_CUE_CHARS = 40  # a cue word ("in", "visited") stands within a few words of its place


def held_at(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place) -> bool:
    """A place after the event's noun with a cue right before it: "in Hanoi", "visited Almaty"."""
    if place.start <= noun.start:
        return False
    place_heads = ctx.lexicon.section("grammar")["place_heads"]
    if any(
        o.start <= place.start and place.end < o.end and o.head not in place_heads
        for o in ctx.organizations(sentence)
    ):
        return False  # "according to the Korea Tourism Organization": a body's name, not a place
    cues = ctx.lexicon.matcher("events", "location_cues")
    window_start = max(sentence.start, place.start - LOCATION_CUE_CHARS)
    articles = {"", *ctx.lexicon.section("grammar")["articles"]}  # "visited the Republic of Korea"
    return any(
        ctx.text[c.end : place.start].strip().lower() in articles
        for c in cues.finditer(ctx.text, window_start, place.start)
    ) or _listed_after_a_held_place(ctx, sentence, noun, place)


CONJUNCTION_CHARS = 8  # the word right before a place, read from a few characters only


def _listed_after_a_held_place(
    ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place
) -> bool:
    """ "roadshows in Jakarta on July 9 and Kuala Lumpur on July 12": a place right after "and"
    that follows a place where the event was held, only a day between them, is held at too
    (each then gets its occurrence, per_place)."""
    before = ctx.text[max(sentence.start, place.start - CONJUNCTION_CHARS) : place.start].split()
    if not before or before[-1].lower() not in ctx.lexicon.section("grammar")["list_conjunctions"]:
        return False  # the cheap test first: most places follow no "and"
    earlier = [p for p in ctx.places(sentence) if noun.start < p.start and p.end <= place.start]
    if not earlier:
        return False
    last = earlier[-1]
    days = [d for d in ctx.dates(sentence) if last.end <= d.start and d.end <= place.start]
    if not days:
        return False
    between = ctx.text[last.end : place.start]
    for day in days:
        between = between.replace(ctx.text[day.start : day.end], " ")
    joints = {*ctx.lexicon.section("dates")["ordinal_day_prepositions"], *before[-1:]}
    return all(w.lower() in joints for w in between.replace(",", " ").split()) and held_at(
        ctx, sentence, noun, last
    )


VISITOR_WINDOW_CHARS = 60  # a visit's subject stands a few words before it
VISITOR_GAP_WORDS = 6  # "Mongolians are said to visit", "patients from 198 countries visited"
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def population_subject(ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` has a counted population for subject (patients, tourists, a
    nationality in the plural, "them"): English names the subject a few words before its verb,
    in the same clause."""
    start = max(sentence.start, verb - VISITOR_WINDOW_CHARS)
    population = [
        *ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, start, verb),
        *ctx.lexicon.matcher("events", "visitor_pronouns").finditer(ctx.text, start, verb),
        *(p for p in ctx.places(sentence) if start <= p.start and p.end <= verb and _plural_demonym(ctx, p)),
    ]
    return any(
        len(between.split()) <= VISITOR_GAP_WORDS and not _CLAUSE_BREAK.search(between)
        for between in (ctx.text[p.end : verb] for p in population)
    )


def _plural_demonym(ctx: DocumentContext, place: Place) -> bool:
    """ "Mongolians", "Kazakhstanis": a nationality used as a plural noun counts people."""
    endings = tuple(ctx.lexicon.section("patients")["demonym_noun_endings"])
    return place.place.kind == PlaceKind.DEMONYM and place.text.endswith(endings)


SIGNING_PLACE_CHARS = 120  # how far after the agreement its place of signing may stand


def signed_at(ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch, place: Place) -> bool:
    """ "signed an MOU with the Almaty Oncology Center in Seoul", "Signed in Bukhara on March 5,
    the MOU ...", "In Ulaanbaatar on March 8, ... signed an MOU": a place of signing follows "in"
    or "at" after the agreement, or fronts the sentence; "with hospitals in Kazakhstan" (a
    plural party's seat) and a place inside a name are not where it was signed."""
    if place.place.kind == PlaceKind.DEMONYM or any(
        o.start <= place.start and place.end <= o.end for o in ctx.organizations(sentence)
    ):
        return False
    cue = re.search(
        rf"\b(?:{_signing_cues(ctx.lexicon)})\s+(?:the\s+)?$",
        ctx.text[max(sentence.start, place.start - 12) : place.start],
        re.IGNORECASE,
    )
    if cue is None:
        return False
    cue_start = place.start - len(cue.group(0))
    if place.place.kind == PlaceKind.COUNTRY and any(
        o.end <= cue_start and not ctx.text[o.end : cue_start].strip() for o in ctx.organizations(sentence)
    ):
        return False  # "with the Tashkent city health board in Uzbekistan": the country a party is of
    if ctx.text[sentence.start : cue_start].strip(" ,").lower() in {"", agreement.text.lower()}:
        return True  # "In Ulaanbaatar on March 8, ...", "Signed in Bukhara, ..."
    if place.end <= agreement.start and _met_there_and(ctx, sentence, cue_start, place.end, agreement.start):
        return True  # "KHIDI and the Tatarstan health ministry met in Seoul on March 7 and signed"
    between = ctx.text[agreement.end : cue_start]
    # what the agreement covers ("a memorandum on internships in Seoul", ", allowing treatment
    # in Korea") says nothing of where it was signed
    scope = set(ctx.lexicon.section("partnerships")["scope_prepositions"])
    if (
        not agreement.end <= cue_start <= agreement.end + SIGNING_PLACE_CHARS
        or _CLAUSE_BREAK.search(between)
        or any(w.lower() in scope for w in between.split())
    ):
        return False
    before = ctx.text[sentence.start : cue_start].split()
    party_heads = ctx.lexicon.section("partnerships")["plural_party_heads"]
    return not (before and before[-1].lower().strip(",") in party_heads)


def _met_there_and(
    ctx: DocumentContext, sentence: Sentence, cue_start: int, place_end: int, signed: int
) -> bool:
    """Whether a verb of meeting stands right before the place's cue and only its date and a
    conjunction come between the place and the signing: "met in Seoul on March 7 and signed"."""
    before = ctx.text[sentence.start : cue_start].split()
    if not before or before[-1].lower() not in ctx.lexicon.section("events")["meeting_verbs"]:
        return False
    between = ctx.text[place_end:signed]
    for day in ctx.dates(sentence):
        if place_end <= day.start and day.end <= signed:
            between = between.replace(day.text, " ")
    words = [w.lower() for w in between.replace(",", " ").split()]
    joints = {
        *ctx.lexicon.section("grammar")["conjunctions"],
        *ctx.lexicon.section("dates")["ordinal_day_prepositions"],
    }
    return (
        bool(words) and words[-1] in ctx.lexicon.section("grammar")["conjunctions"] and set(words) <= joints
    )


@cache
def _signing_cues(lexicon: Lexicon) -> str:
    return "|".join(re.escape(w) for w in lexicon.section("events")["signing_place_prepositions"])


_ASIDE = re.compile(r"\([^()]*\)")  # a bracketed aside: an acronym, a title and a name


def subject_bodies(ctx: DocumentContext, sentence: Sentence, verb: int) -> list[str]:
    """The subject of an organising verb: the nearest body or Korean place before it, with the
    bodies listed before it ("The city, KHIDI and Dong-A University Hospital held ...",
    "The ministry and KOFIH jointly held ..."): a list joined by "and" before its last item."""
    bodies = _bodies_before(ctx, sentence, verb)
    if _pronoun_subject(ctx, sentence, verb):
        # "X set up a clinic at Y Hospital, where they conducted ...": the pronoun stands for
        # the body that opens the sentence, not the one named last
        opening = bodies[0] if bodies and not ctx.text[sentence.start : bodies[0][0]].strip() else None
        if opening is None and len(ctx.text[sentence.start : verb].split()) == 1:
            return _subject_told_before(ctx, sentence)
        return [opening[2]] if opening else []
    actor = ctx.actor(sentence, verb)
    if actor is None:
        return []
    last = next((b for b in reversed(bodies) if b[2] == actor), None)
    if last is None:
        return [actor]
    listed = [actor]
    filler = ctx.language.patterns.events.list_filler
    conjunctions = ctx.lexicon.matcher("grammar", "list_conjunctions")
    for earlier in reversed([b for b in bodies if b[1] <= last[0]]):
        # "The Ministry of Health (Minister Kim) and KOFIH": an aside in brackets is no link
        between = _ASIDE.sub(" ", ctx.text[earlier[1] : last[0]])
        joined = between.strip() and filler.fullmatch(between) is not None
        # the link before the last item holds "and"; those before it may be commas alone
        if not joined or (len(listed) == 1 and not conjunctions.contains(between)):
            break
        listed.insert(0, earlier[2])
        last = earlier
    return listed


TEAM_LEAD_WORDS = 4  # "A surgical team from": words before the body a team comes from


def _subject_told_before(ctx: DocumentContext, sentence: Sentence) -> list[str]:
    """ "A team from Bora Hospital has come back from Osh. It held free clinics there": a pronoun
    that opens the sentence stands for the subject of the sentence right before, the body that
    opens it or whose team or doctors open it."""
    before = next((s for s in ctx.body_sentences if s.index == sentence.index - 1), None)
    if before is None:
        return []
    bodies = _bodies_before(ctx, before, before.end)
    if not bodies:
        return []
    lead = ctx.text[before.start : bodies[0][0]].split()
    teams = ctx.lexicon.section("events")["team_nouns"]
    of_a_team = (
        0 < len(lead) <= TEAM_LEAD_WORDS
        and lead[-1].casefold() == "from"
        and any(word.casefold() in teams for word in lead)
    )
    return [bodies[0][2]] if not lead or of_a_team else []


def _pronoun_subject(ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
    """Whether the word right before the verb is a subject pronoun ("where they conducted")."""
    words = ctx.text[sentence.start : verb].split()
    return bool(words) and words[-1].casefold() in ctx.lexicon.section("organizations")["subject_pronouns"]


def _bodies_before(ctx: DocumentContext, sentence: Sentence, position: int) -> list[tuple[int, int, str]]:
    """The organisations, and the Korean places no organisation holds, that end before the
    position, in order: where each starts and ends, and its name."""
    bodies = ctx.organizations(sentence)
    found = [(o.start, o.end, o.name) for o in bodies if o.end <= position]
    found += [
        (p.start, p.end, ctx.acting_place(p))
        for p in ctx.places(sentence)
        if p.end <= position
        and p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
        and not any(o.start <= p.start < o.end for o in bodies)
    ]
    return sorted(found)


DATELINE_REACH = 1500  # characters after the body's start a newswire dateline stands within

# A dateline: a line opening with a place in capitals, then a date or an agency, then a dash
# ("ALMATY, Nov. 21 --", "SEOUL (Yonhap) --").
_DATELINE = re.compile(
    r"^([A-Z]{3,}(?: [A-Z]{2,}){0,3})(?=(?:,|\s*\()[^\n]{0,40}?\s(?:--|—|–|-)\s)", re.MULTILINE
)


def dateline_here(ctx: DocumentContext, sentence: Sentence) -> list[Place]:
    """ "ALMATY, Nov. 21 -- A Korean fair opened here today": "here" is the city of the
    dateline in capitals that opens the copy, where the gazetteer knows it. Only for a sentence
    that says "here": a dateline tells where the copy was filed, which places nothing else."""
    if not ctx.lexicon.matcher("events", "here_words").contains(sentence.text):
        return []  # the cheap test first: almost no sentence says "here"
    line = _DATELINE.search(ctx.text, ctx.body_start, min(sentence.end, ctx.body_start + DATELINE_REACH))
    if line is None:
        return []
    place = ctx.language.place_names().get(line[1].title())
    return [] if place is None else [Place(line.start(1), line.end(1), line[1], place)]


# "there" that points to a place, not the "there" of "there were 300 guests"
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|must|could|should|seems?|remains?)\b)",
    re.IGNORECASE,
)


def there_before(ctx: DocumentContext, sentence: Sentence) -> list[Place]:
    """ "A team from Hanbit Hospital has returned from Hue. It held free clinics there in May":
    "there" is where the sentence right before went, its foreign places first (a Korean city in
    it is mostly where the party comes from). Only for a sentence that says "there" and tells
    its day: undated, "the free clinic there" describes what stands there, no occasion."""
    if "there" not in sentence.text.lower() or not _THERE.search(sentence.text):
        return []  # the cheap test first: few sentences say "there"
    if not ctx.happening_dates(sentence):
        return []
    before = next((s for s in ctx.body_sentences if s.index == sentence.index - 1), None)
    if before is None:
        return []
    places = [p for p in ctx.places(before) if p.place.kind != PlaceKind.DEMONYM]
    return sorted(places, key=lambda p: p.place.is_korean)
