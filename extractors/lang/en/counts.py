"""English count grammar: which patient noun a number counts, read in English word order.

The noun follows its number ("17,918 new Mongolian patients"), or precedes it as the subject of
a linking verb ("the number of foreign patients ... reached 300-thousand", "jumped 31.3 percent
to", "accounted for the largest portion with").
"""

import re
from collections.abc import Callable
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.base import NounFinder
from extractors.lang.en.numbers import bare_followers
from extractors.lang.lexicon import Lexicon, PhraseMatch, PhraseMatcher, phrase_alternation
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.spans import overlaps
from extractors.text.sentences import Sentence

# between a year and the figure it dates: "(’19) 7,263", "from 2021 (146,000)"
_LEADING_YEAR_JOINT = re.compile(r"[)\]]?\s*[(\[]?")
_SHARE_OF_END = re.compile(r"\bof(?: the| all| all the| total)?\s*$", re.IGNORECASE)  # "percent of the"
_JOINED_WORD = re.compile(r"(?: |-)(\w)")  # the word right after a noun, joined by a space or a hyphen
COMPARED_YEAR_CHARS = 80
COMPARED_CUE_CHARS = 40  # "up 22.5 per cent from ": how far back the cue of a compared year is read
# a share or a change written right before a base: "22.5% ", "12 percent rise ", "8 per cent "
_SHARE_END = re.compile(r"\d(?:\s*%|\s+per\s?cent)(?:\s+[a-z]+)?\s*$", re.IGNORECASE)
# between a figure and the year stamped on it: "4,100 in ", "4,100 patients in "
_STAMP_JOINT = re.compile(r"(?:\s+[a-z]+)?\s+(?P<word>[a-z]+)\s+", re.IGNORECASE)
BASELINE_CUE_CHARS = 20  # the longest cue of comparison ("compared with the")

MAX_LINK_CHARS = 120  # "the count of overseas patients treated in Busan ... came to 41-thousand"

MAX_WORDS_BEFORE_HEAD = 4  # "17,918 new Mongolian patients": adjectives between number and noun
MAX_WORDS_BEFORE_DEMONYM = 1  # "6,000 young Mongolians": a nationality as noun follows its number closely
MAX_WORDS_BEFORE_CARE_ACT = 3  # "10,000 cancer surgeries", "3,500 highly complex cardiac surgeries"
CARE_ACT_WINDOW_CHARS = 40


def counted_noun(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    nouns: NounFinder,
    is_generic: Callable[[PhraseMatch], bool],
) -> PhraseMatch | None:
    """The patient noun of a count. A generic noun after the number yields to a patient noun
    linked before it: in "Mongolian patients ... was 1,204 persons" the patients are counted.
    Acts of care right after the number are what it counts ("performed 520 surgeries on foreign
    patients" counts operations)."""
    act = _care_act_after(ctx, sentence, quantity)
    if act is not None:
        return act
    after = _head_after(ctx, sentence, quantity, nouns)
    if after is not None and not is_generic(after):
        return after
    before = _head_before(ctx, sentence, quantity, nouns)
    if before is not None and after is None and _own_noun_is_other(ctx, sentence, quantity):
        return None  # "patients ... the region has a total of 14 partner clinics"
    return before or after


# "its 50,000th", "the 30,000th", "Mirae's 412th": who owns the series an ordinal ranks in
_MILESTONE_OWNER = re.compile(r"(?:\b(?:its|their|the)|['’]s)\s+$", re.IGNORECASE)
# "the last patient, its 12,340th": the noun told in apposition before the ordinal
_MILESTONE_APPOSITION = re.compile(r",\s+(?:its|their|the)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([\w-]+)")
_KIND_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "kidney", "living-donor"; never "800" nor a name
_ORDINAL_ENDING = re.compile(r"[A-Za-z]*")  # "th" of "50,000th", left out of the number's span
MILESTONE_OWNER_CHARS = 8  # "its ", "their "


def milestone_noun(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "The team marked its 50,000th patient", "performed its 412th kidney transplant": an
    ordinal after an owner ranks one patient (or act of care) in the series of those its owner
    has cared for, a word or two of kind between; "the last patient, its 12,340th," names the
    noun before. Nouns are read in the singular: a patient noun of the lexicon, or an act of
    care whose plural is one. "The 9th anniversary", "the 31st of May" rank no one."""
    owner_from = max(sentence.start, quantity.start - MILESTONE_OWNER_CHARS)
    if _MILESTONE_OWNER.search(ctx.text, owner_from, quantity.start) is None or overlaps(
        quantity.start, quantity.end, ctx.dates(sentence)
    ):
        return None  # "announced on the 22nd that 800 tourists ...": a day
    heads = ctx.lexicon.matcher("patients", "heads")
    if _MILESTONE_APPOSITION.search(ctx.text, owner_from, quantity.start):
        comma = ctx.text.rfind(",", sentence.start, quantity.start)
        told = [h for h in heads.finditer(ctx.text, sentence.start, comma) if h.end == comma]
        return told[-1] if told else None
    acts = ctx.lexicon.section("patients")["care_acts"]
    position = _ORDINAL_ENDING.match(ctx.text, quantity.end).end()
    for _ in range(MAX_WORDS_BEFORE_CARE_ACT + 1):
        word = _WORD_AFTER.match(ctx.text, position, sentence.end)
        if word is None or _KIND_WORD.fullmatch(word.group(1)) is None:
            return None  # words of kind only: "its 412th kidney transplant"
        head = heads.match(ctx.text, word.start(1))
        if head is not None and head.end == word.end(1):
            return head if _ends_its_phrase(ctx, head.end) else None
        plural = word.group(1).lower() + "s"
        if plural in acts:
            act = PhraseMatch(word.start(1), word.end(1), word.group(1), acts[plural])
            return act if _ends_its_phrase(ctx, act.end) else None
        position = word.end()
    return None


def _ends_its_phrase(ctx: DocumentContext, end: int) -> bool:
    """Whether a noun ranked by an ordinal heads its phrase: a stop or a word that ends a counted
    phrase follows it ("its 5,000th patient last week", "patient, a woman"), where "its 3rd
    patient safety forum" ranks the forum."""
    word = _WORD_AFTER.match(ctx.text, end)
    return word is None or word.group(1).lower() in bare_followers(ctx.lexicon)


def _care_act_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "conducted 406 surgical procedures", "1,200 liver transplants each year": acts of care
    named right after the number, a word or two of kind between (kinds may be joined by a slash:
    "37 renal/liver ultrasounds"); never the acts one person had
    ("the child had undergone two surgeries"), nor a number that counts another noun first ("two
    sides discussed medical check-ups")."""
    act = ctx.lexicon.matcher("patients", "care_acts").search(
        ctx.text, quantity.end, min(sentence.end, quantity.end + CARE_ACT_WINDOW_CHARS)
    )
    if act is None:
        return None
    between = ctx.text[quantity.end : act.start]
    words_between = between.split()
    if re.search(r"[^\w\s/-]|\d", between) or len(words_between) > MAX_WORDS_BEFORE_CARE_ACT:
        return None
    if ctx.lexicon.matcher("patients", "other_nouns").contains(between):
        return None
    if ctx.lexicon.matcher("patients", "heads").contains(between):
        return None  # "12,000 visitors sought cosmetic procedures": the number counts its own noun
    if any(
        ctx.lexicon.matcher("patients", key).contains(between)
        for key in ("receiving_verbs", "undergoing_verbs")
    ):
        return None  # "5,100 Thais received skin treatments": the people who received them are counted
    if words_between and ctx.lexicon.matcher("grammar", "conjunctions").contains(words_between[0]):
        return None  # "with 2,300 and dental treatments": the acts are another item's
    if ctx.follows("patients", "undergoing_verbs", sentence, quantity.start):
        return None
    if ctx.lexicon.matcher("patients", "care_told_acts").contains(act.text) and not _acts_told_as_care(
        ctx, sentence, quantity, act
    ):
        return None  # "2,400 new cancer cases": cases of a disease, no care given
    aim = ctx.lexicon.matcher("goals", "cues").search(
        ctx.text, max(sentence.start, quantity.start - CARE_ACT_WINDOW_CHARS), quantity.start
    )
    if aim is not None:
        return None  # "expects to perform some 900 surgeries a year": an aim, not a count
    return act


def _acts_told_as_care(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, act: PhraseMatch
) -> bool:
    """Whether care is told with acts that need it ("treated 3,200 emergency cases", "410
    telemedicine cases"): a word of care among the words of kind between the number and the
    acts, or as the last word before the number, a qualifier aside."""
    care = ctx.lexicon.matcher("patients", "care_words")
    if care.contains(ctx.text[quantity.end : act.start]):
        return True
    end = quantity.start - len(ctx.language.qualifier_before(ctx.text, sentence.start, quantity.start))
    before = ctx.text[sentence.start : end].split()
    return bool(before) and care.contains(before[-1])


def _own_noun_is_other(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the words right after a number name something other than patients: "11 Korean
    medical institutions" counts institutions, "5,000 at hospitals" names no noun of its own."""
    if ctx.language.is_bare(ctx.text, quantity, sentence.end):
        return False
    following = re.match(r"[^,;:.()]*", ctx.text[quantity.end : sentence.end]).group(0)
    words = " ".join(following.split()[:MAX_WORDS_BEFORE_HEAD])
    return ctx.lexicon.matcher("patients", "other_nouns").contains(words)


def _head_after(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """The patient noun right after the number, with at most a few adjectives between."""
    window_end = min(sentence.end, quantity.end + 80)
    head = next(iter(nouns(quantity.end, window_end)), None)
    if head is None:
        return None
    between = ctx.text[quantity.end : head.start]
    if re.search(r"[,;:()\d]", between) or len(between.split()) > MAX_WORDS_BEFORE_HEAD:
        return None
    if len(between.split()) > MAX_WORDS_BEFORE_DEMONYM and head.text not in _lexicon_heads(ctx, head):
        return None  # "three most popular destinations for Kazakhs": the number counts another noun
    if ctx.lexicon.matcher("patients", "other_nouns").contains(between):
        return None  # "1,148 facilitators registered to attract foreign patients"
    if ctx.lexicon.matcher("patients", "partitives").contains(between):
        return None  # "9,870 of them having dental care" counts the people named before
    if _modifies_other_noun(ctx, head, sentence):
        return None  # "7,000 patient beds", "a 4,000 patient-bed hospital" count beds
    return head


def _modifies_other_noun(ctx: DocumentContext, head: PhraseMatch, sentence: Sentence) -> bool:
    """Whether the patient noun only describes a noun of something else joined to it by a space
    or a hyphen ("patient beds", "patient-bed"): the number counts that noun."""
    joined = _JOINED_WORD.match(ctx.text, head.end, sentence.end)
    return (
        joined is not None
        and ctx.lexicon.matcher("patients", "other_nouns").match(ctx.text, joined.start(1)) is not None
    )


def _head_before(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, nouns: NounFinder
) -> PhraseMatch | None:
    """A patient noun linked to a following number: "patients ... reached 300-thousand"."""
    window_start = max(sentence.start, quantity.start - MAX_LINK_CHARS)
    heads = nouns(window_start, quantity.start)
    if not heads:
        return None
    if not _linked(ctx, sentence, heads[-1].end, quantity) and not _share_of(
        ctx, sentence, heads[-1], quantity
    ):
        return None
    return heads[-1]


def _share_of(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, quantity: Quantity) -> bool:
    """ "Vietnam made up 22.4 percent of the arrivals with 41,230": the noun a share is of,
    then the "with" of the count, a qualifier at most between; the share's verb before the noun
    in the same clause."""
    between = _without_filler(ctx, ctx.text[head.end : quantity.start].strip(" ,"))
    words = ctx.lexicon.matcher("patients", "share_count_words").match(between)
    if words is None or (
        between[words.end :].strip() and not _is_qualifier(ctx, between[words.end :].strip())
    ):
        return False
    before = ctx.text[max(sentence.start, head.start - MAX_LINK_CHARS) : head.start]
    return _SHARE_OF_END.search(before) is not None and _share_verb_pattern(ctx).search(before) is not None


@cache
def _share_verb_pattern_of(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of share with no clause break after it: "accounted for 35.1 percent of the"."""
    return re.compile(rf"\b(?:{phrase_alternation(verbs)})\b[^,;]*$", re.IGNORECASE)


def _share_verb_pattern(ctx: DocumentContext) -> re.Pattern[str]:
    return _share_verb_pattern_of(tuple(ctx.lexicon.section("patients")["share_verbs"]))


def _linked(ctx: DocumentContext, sentence: Sentence, subject_end: int, quantity: Quantity) -> bool:
    """Whether a linking verb joins a subject ending at ``subject_end`` to the number, with at
    most a qualifier or a filler ("a record", "just") between the verb and the number."""
    between = _without_years(ctx, sentence, subject_end, quantity.start)
    if re.search(r"\d", between):
        return False
    # The verb may be glued to the word before it ("treatmentreached"), so it is sought as a
    # suffix of the text between noun and number, not as a whole word.
    links = (_linking_verb(ctx), _change_to(ctx), _share_with(ctx))
    found = [m for m in (link.search(between) for link in links) if m]
    if not found:
        return False
    verb = max(found, key=lambda m: m.end())
    remainder = _without_filler(ctx, between[verb.end() :].strip(" ,"))
    # the verb may open the qualifier itself: "topped the 5,000 mark" is "more than 5,000"
    return (
        not remainder
        or _is_qualifier(ctx, remainder)
        or _is_qualifier(ctx, " ".join(between[verb.start() :].split()))
    )


def restates_figure(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "In 2009, the figure stood at just sixty thousand": a bare number that "the figure" or
    "the number" is linked to restates the count of the patients spoken of before."""
    window_start = max(sentence.start, quantity.start - MAX_LINK_CHARS)
    anaphors = list(
        ctx.lexicon.matcher("patients", "figure_anaphors").finditer(ctx.text, window_start, quantity.start)
    )
    return bool(anaphors) and _linked(ctx, sentence, anaphors[-1].end, quantity)


def _without_filler(ctx: DocumentContext, phrase: str) -> str:
    """The words before a count with a filler such as "a record" or "just" taken off its end:
    "hit a record 605,768" links the noun to the count as "hit 605,768" does."""
    for filler in sorted(ctx.lexicon.section("patients")["count_fillers"], key=len, reverse=True):
        if phrase.lower() == filler or phrase.lower().endswith(" " + filler):
            return phrase[: len(phrase) - len(filler)].strip(" ,")
    return phrase


@cache
def _phrase_then_pattern(phrases: tuple[str, ...], words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``phrases``, then words without a clause break, then the last of ``words`` in the text."""
    alternation, word = phrase_alternation(phrases), f"(?:{phrase_alternation(words)})"
    return re.compile(rf"\b(?:{alternation})\b[^,;]*?\b{word}\b(?!.*\b{word}\b)", re.IGNORECASE | re.DOTALL)


def _change_to(ctx: DocumentContext) -> re.Pattern[str]:
    """ "jumped 31.3 percent on-year to": a verb of change and the "to" of its new level."""
    patients = ctx.lexicon.section("patients")
    return _phrase_then_pattern(tuple(patients["change_verbs"]), tuple(patients["change_level_words"]))


def _share_with(ctx: DocumentContext) -> re.Pattern[str]:
    """ "accounted for the largest portion with", "ranked first with": a share of a breakdown
    and the "with" of its count."""
    patients = ctx.lexicon.section("patients")
    return _phrase_then_pattern(tuple(patients["share_verbs"]), tuple(patients["share_count_words"]))


def _without_years(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> str:
    """The text between two positions with calendar years and measures blanked: "the total
    since 2009 has passed" and "jumped 31.3 percent to" still link a noun to its number,
    another count between does not."""
    text = ctx.text[start:end]
    spans = [(y.start, y.end) for y in ctx.years(sentence) if not y.relative]
    spans += [(q.start, q.end) for q in ctx.quantities(sentence) if q.is_measure]
    for span_start, span_end in spans:
        if start <= span_start and span_end <= end:
            offset = span_start - start
            text = text[:offset] + " " * (span_end - span_start) + text[offset + span_end - span_start :]
    return text


@cache
def _linking_verb_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alternation = phrase_alternation(verbs)
    return re.compile(rf"(?:{alternation})\b(?!.*\b(?:{alternation})\b)", re.IGNORECASE | re.DOTALL)


def _linking_verb(ctx: DocumentContext) -> re.Pattern[str]:
    return _linking_verb_pattern(tuple(ctx.lexicon.section("patients")["linking_verbs"]))


def _is_qualifier(ctx: DocumentContext, phrase: str) -> bool:
    qualifiers = ctx.lexicon.section("qualifiers")
    return phrase.lower() in {p.lower() for phrases in qualifiers.values() for p in phrases}


def _lexicon_heads(ctx: DocumentContext, head: PhraseMatch) -> set[str]:
    """The head as the lexicon's noun matcher reads it (empty for a nationality used as a noun)."""
    match = ctx.lexicon.matcher("patients", "heads").search(ctx.text, head.start, head.end)
    return {match.text} if match is not None and match.start == head.start else set()


def count_year(
    ctx: DocumentContext, sentence: Sentence, years: list[YearMention], quantity: Quantity, next_count: int
) -> int | None:
    """The year a count refers to: one written right after it ("364,000 in 2018") unless a
    comma or another count stands between (then it belongs to what follows: "378,967, up from
    321,574 a year earlier"); else the latest year before it ("last year ... reached 1,960");
    else the nearest."""
    if ctx.published is None and _unresolved_year_after(ctx, years, quantity):
        # "248,000 last year" on a page without a date: the count is of the relative year, not
        # of a year told after it, which the series the text tells may fix
        return _year_after_compared(ctx, years, quantity)
    if not years:
        return None
    led = [
        y
        for y in years
        if y.end <= quantity.start and _LEADING_YEAR_JOINT.fullmatch(ctx.text, y.end, quantity.start)
    ]
    if led:
        return led[-1].year  # "(’19) 7,263 (’20) 1,379": a row of figures, each after its year
    # "9,400 chose Korean medicine, up 22.5% from 2016": the year a count is compared with
    # after it is not the count's; with no other year the count takes the year in force. A year
    # compared with before the count may be its own: "a surge compared with 2009, when 6,000 came"
    years = [
        y for y in years if y.relative or y.start < quantity.end or not is_compared_year_at(ctx, y.start)
    ]
    # "grew from 4,100 in 2015 to 6,300": the year of the figure a change starts from is that
    # figure's; the new level takes a year of its own or the one in force
    years = [y for y in years if not _dates_change_start(ctx, sentence, y, quantity)]
    years = [y for y in years if not _base_before_level(ctx, y, quantity)]
    if not years:
        return None
    after = [
        y
        for y in years
        if y.start >= quantity.end
        and y.start - quantity.end < 60
        and y.start < next_count
        and "," not in ctx.text[quantity.end : y.start]
    ]
    if after:
        return after[0].year
    before = [y for y in years if y.end <= quantity.start]
    if before:
        return before[-1].year
    return min(years, key=lambda y: abs(y.start - quantity.start)).year


def _base_before_level(ctx: DocumentContext, year: YearMention, quantity: Quantity) -> bool:
    """Whether the year is the base a change is compared with, and only a linking verb stands
    between it and the count ("grew threefold compared with the year before, reaching 41,000"):
    the count is the new level, of the year the change is told for, not of its base."""
    if year.end > quantity.start:
        return False
    between = " ".join(ctx.text[year.end : quantity.start].lower().split()).strip(" ,")
    if between not in {verb.lower() for verb in ctx.lexicon.section("patients")["linking_verbs"]}:
        return False
    # "doubled from the year before, reaching 88,000": with the level after it, a bare "from"
    # marks the base as well as a cue of comparison does
    window = ctx.text[max(0, year.start - COMPARED_CUE_CHARS) : year.start].rstrip()
    bases = ctx.lexicon.matcher("years", "share_bases").finditer(window)
    return is_compared_year_at(ctx, year.start) or any(m.end == len(window) for m in bases)


def _dates_change_start(
    ctx: DocumentContext, sentence: Sentence, year: YearMention, quantity: Quantity
) -> bool:
    """Whether the year is stamped on the count right before it ("4,100 in 2015"; not a share:
    "rose 8 percent in 2015 to 6,300" dates the new level) and only the "to" of a change's new
    level stands between it and the count ("... in 2015 to 6,300")."""
    if year.relative or year.end > quantity.start:
        return False
    between = " ".join(ctx.text[year.end : quantity.start].lower().split()).strip(" ,")
    levels = ctx.lexicon.lowered_words("patients", "change_level_words")
    if between not in levels and not any(
        between.startswith(level + " ") and _is_qualifier(ctx, between[len(level) + 1 :]) for level in levels
    ):
        return False
    stamps = ctx.lexicon.lowered_words("patients", "year_stamps")
    return any(
        (joint := _STAMP_JOINT.fullmatch(ctx.text, figure.end, year.start)) is not None
        and joint["word"].lower() in stamps
        for figure in ctx.quantities(sentence)
        if not figure.is_year and not figure.is_measure and figure.end <= year.start
    )


def is_compared_year_at(ctx: DocumentContext, start: int) -> bool:
    """Whether a cue of comparison ends right before the year starting at ``start`` ("compared
    with 2015", "double that in 2015"), or a base after a share or a change ("up 22.5% from
    2016", "a 12 percent rise over 2018")."""
    window = ctx.text[max(0, start - COMPARED_CUE_CHARS) : start].rstrip()
    lexicon = ctx.lexicon
    if any(m.end == len(window) for m in lexicon.matcher("years", "compared_year_cues").finditer(window)):
        return True
    base = next(
        (m for m in lexicon.matcher("years", "share_bases").finditer(window) if m.end == len(window)), None
    )
    return base is not None and _SHARE_END.search(window, 0, base.start) is not None


# the words a count of years may be spelled in, and their values
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# a number of years, in digits or in words: "5", "12", "five"
_YEARS_COUNT = rf"[2-9]|1[0-9]|{'|'.join(_NUMBER_WORDS)}"
# the years a change took: "in five years", "in just three years", "within four years", "six years later"
_YEARS_TAKEN = re.compile(
    rf"\b(?:(?:in|within)\s+(?:just\s+|only\s+)?(?P<n>{_YEARS_COUNT})"
    rf"\s+years\b|(?P<m>{_YEARS_COUNT})\s+years\s+later\b)",
    re.IGNORECASE,
)
# the end of a stretch of years told by its last year alone: "over the three years to 2016",
# "in the decade through 2020"
_STRETCH_END = re.compile(r"\b(?:years?|decade)\s+(?:through|thru|to|until|till|up\s+to)\s+$", re.IGNORECASE)


def is_new_level(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the count is the level a change reached: the word of the new level ("to") right
    before it, a verb of change before that in the sentence ("climbed sixfold to 7,900", "up 30
    percent over the three years to 2016, rising to", "has grown to"): the list of change words
    that also tells a change of people over the years."""
    return (
        ctx.follows("patients", "change_level_words", sentence, quantity.start)
        and ctx.lexicon.matcher("patients", "change_words").search(ctx.text, sentence.start, quantity.start)
        is not None
    )


def years_a_change_took(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """ "in five years", "three years later": how many years the sentence says a change took."""
    taken = _YEARS_TAKEN.search(ctx.text, sentence.start, sentence.end)
    if taken is None:
        return None
    number = (taken["n"] or taken["m"]).lower()
    return _NUMBER_WORDS.get(number) or int(number)


def change_end_year(ctx: DocumentContext, years: list[YearMention]) -> int | None:
    """ "over the three years to 2016": the last year of a stretch told by it alone."""
    for year in years:
        if not year.relative and _STRETCH_END.search(ctx.text, max(0, year.start - 30), year.start):
            return year.year
    return None


def _unresolved_year_after(ctx: DocumentContext, years: list[YearMention], quantity: Quantity) -> bool:
    """Whether a relative year that nothing told resolves ("last year" on a page without a date;
    not "a year earlier" after a year named) is written right after the count."""
    start = ctx.next_word_start(quantity.end)
    return _relative_years(ctx).match(ctx.text, start) is not None and not any(
        y.relative and y.start == start for y in years
    )


def _relative_years(ctx: DocumentContext) -> PhraseMatcher:
    return ctx.lexicon.matcher("years", "relative")


def _year_after_compared(ctx: DocumentContext, years: list[YearMention], quantity: Quantity) -> int | None:
    """ "reaching 248,000 last year – a 70 percent surge from 2021": with no publication date,
    the year a count is compared with ("up from 2021") fixes the count's, the year after it."""
    baselines = ctx.lexicon.matcher("goals", "baseline_prepositions")
    for year in years:
        if year.relative or not quantity.end < year.start <= quantity.end + COMPARED_YEAR_CHARS:
            continue
        window = ctx.text[quantity.end : year.start].rstrip()
        cue = baselines.search(window, max(0, len(window) - BASELINE_CUE_CHARS))
        if cue is not None and cue.end == len(window):
            return year.year + 1
    return None


def country_before_noun(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> list[str]:
    """ "The number of inbound Kuwait patients grew from 410 in 2016 to 980", "Almaty patients":
    besides its demonyms, English writes a foreign country or city by its name right before the
    patient noun as the adjective of their origin."""
    return [
        p.place.country
        for p in ctx.places(sentence)
        if p.place.country
        and not p.place.is_korean
        and p.place.kind != PlaceKind.DEMONYM
        and p.end <= head.start
        and not ctx.text[p.end : head.start].strip()
    ]


MAX_PERFECT_FILLERS = 2  # "has also successfully performed": words between the auxiliary and its participle


def told_by_a_perfect(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, clause: tuple[int, int]
) -> bool:
    """Whether a count's clause tells a total run up to now by the perfect as a construction,
    for the verbs ``[periods] perfect_totals`` leaves out: whatever its verb and adverbs, as the
    verb the count is the object of ("has also given free care to 93,000", "having treated some
    35,000") or right after the count as its subject. Not in a clause that names a year, even
    on a page without a date ("In 2007, 8,000 have visited" counts 2007); a perfect of change or
    of reporting ("has increased to", "has announced that") says nothing of how the count was
    counted."""
    start, end = clause
    if any(start <= year.start < end for year in ctx.years(sentence)):
        return False
    if ctx.lexicon.matcher("years", "relative").search(ctx.text, start, end) is not None:
        return False  # "this year" on an undated page: a year, which one unknown
    neither = _perfect_stops(ctx.lexicon)
    return any(
        perfect["participle"].lower() not in neither
        and (perfect.end() <= quantity.start or _subject_of(ctx, quantity, perfect.start()))
        for perfect in _perfect_pattern(ctx.lexicon).finditer(ctx.text, start, end)
    )


def _subject_of(ctx: DocumentContext, quantity: Quantity, verb_start: int) -> bool:
    """Whether a verb right after a count's noun has the count as its subject ("3,100 Kazakh
    patients have now been examined"): a few words between, none of a list or a clause."""
    between = ctx.text[quantity.end : verb_start]
    return (
        len(between.split()) <= MAX_WORDS_BEFORE_HEAD
        and not re.search(r"[,;:()\u2013\u2014-]", between)
        and not ctx.lexicon.matcher("grammar", "conjunctions").contains(between)
    )


@cache
def _perfect_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """An auxiliary of the perfect, a few fillers or adverbs in -ly, and a past participle
    (a regular one in -ed, or an irregular one the grammar lists)."""
    periods, grammar = lexicon.section("periods"), lexicon.section("grammar")
    irregular = [form for forms in grammar["irregular_past"].values() for form in forms]
    filler = rf"(?:{phrase_alternation(periods['perfect_fillers'])}|[a-z]+ly)"
    participle = rf"(?:[a-z]+ed|{phrase_alternation(irregular)})"
    return re.compile(
        rf"\b(?:{phrase_alternation(periods['perfect_auxiliaries'])})\s+(?:{filler}\s+){{0,{MAX_PERFECT_FILLERS}}}"
        rf"(?P<participle>{participle})\b",
        re.IGNORECASE,
    )


@cache
def _perfect_stops(lexicon: Lexicon) -> frozenset[str]:
    """Participles whose perfect tells no running total: of change and of reporting."""
    return lexicon.lowered_words("patients", "change_words") | lexicon.lowered_words(
        "events", "reporting_verbs"
    )
