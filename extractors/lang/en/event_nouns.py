"""English event nouns: whether an event word names an occasion at all, not a building
("Lotus Convention Center"), a body ("the nonprofit organization Good Health Forum"), a word
that only qualifies a later event noun ("the Medical Korea Academy") or a verb ("visited");
and whether a lower-case event noun follows a name ("the Arab Health exhibition").

Apart because the event builder asks these through the language interface and the event names
ask them too: one answer for both.
"""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.lexicon import Lexicon, PhraseMatch
from extractors.text.sentences import Sentence

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
        position = past_spaces(ctx.text, position)
        noun = types.match(ctx.text, position, end)
        if noun is not None and noun.text.islower() and not verb_only(ctx, noun.text):
            # "the Busan City Hotel convention hall": a room of the building, no event
            after = _LOWER_WORD_AFTER.match(ctx.text, noun.end, end)
            return after is None or after[1] not in rooms
        word = _LOWER_WORD.match(ctx.text, position, end)
        if word is None or function_words.spans(word[0], 0, len(word[0])):
            return False  # "the RoK for training", "Yonsei University and met with": no kind of event
        position = word.end()
    return False


def verb_only(ctx: DocumentContext, word: str) -> bool:
    """ "the Minister visited", "Times Visited:": an event word that is only a verb tells that
    something happened; it ends no event's name."""
    return ctx.lexicon.matcher("events", "verb_only_types").spans(word, 0, len(word))


_ROOM_WORD = re.compile(r"[ \t]+(?:\([A-Z]{2,}\)[ \t]+)?(\w+)")  # its acronym may stand between
# the noun a list of nouns heads, past the list's later items and its acronym ("convention and
# exhibition (MICE) industries")
_LISTED_HEAD = re.compile(r"(?:\s*,\s*\w+|\s+(?:and|or)\s+\w+)*[ \t]+(?:\([A-Z]{2,}\)[ \t]+)?(\w+)")
_LEAD_WORD = re.compile(r"(\w+)[ \t]+[“\"‘']?$")  # the word before a name, its opening quote between
# the word before the capitalised words of a name that ends in the event word
_BODY_LEAD = re.compile(r"(\w+)[ \t]+(?:[A-Z][\w’'-]*[ \t]+){1,5}$")
BODY_LEAD_CHARS = 80  # a lead noun and a few words of a name


def past_spaces(text: str, position: int) -> int:
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
    if noun.text[:1].isupper() and named_as_a_body(ctx, noun):
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


def named_as_a_body(ctx: DocumentContext, noun: PhraseMatch) -> bool:
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
