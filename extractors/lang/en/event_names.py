"""English event names: what an event is called (a quoted title, an edition with its year,
"Medical Korea 2024", a run of capitalised words ending in an event noun, what an opening
ceremony opens, an award listed by its title, or the common noun phrase of an occasion with no
name, "a regional health and wellness fair"), and the events named by a title alone ("took
part in Arab Health 2024").

Apart because naming is the largest of the event questions, and it reads only a sentence's
capitals, quotation marks and event nouns.
"""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.en.event_nouns import lower_event_noun_after, named_as_a_body, past_spaces, verb_only
from extractors.lang.lexicon import Lexicon, PhraseMatch
from extractors.text.sentences import Sentence
from models import EventType


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
            and not verb_only(ctx, noun.text)
            and not named_as_a_body(ctx, noun._replace(start=sentence.start + match.start() + noun.start))
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
        or verb_only(ctx, occasion.text)
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
        title = quoted.match(ctx.text, past_spaces(ctx.text, cue.end), sentence.end)
        if title is not None and title[1][:1].isupper():
            found.append(PhraseMatch(title.start(1), title.end(1), title[1], cue.label))
    return found


def _past_article(ctx: DocumentContext, position: int, end: int) -> int:
    """Past the spaces and the article after ``position`` ("in the Arab Health 2024")."""
    position = past_spaces(ctx.text, position)
    word = ctx.text[position:end].split(maxsplit=1)
    if word and word[0].lower() in ctx.lexicon.section("grammar")["articles"]:
        return past_spaces(ctx.text, position + len(word[0]))
    return position
