"""What every part of the patient-count builder asks of a count's sentence: where the words about
it begin, whether its noun is generic, whether it is a consultation. Where the next count begins
is the document context's (``DocumentCache.next_count_start``): a language's grammar asks it too.
"""

import re
from collections.abc import Iterator

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.records.aims import expected_clauses
from extractors.text.sentences import Sentence

BRACKET_OPENS = ("(", "[")
BRACKET_CLOSES = (")", "]")
CONSULTATION_WINDOW_CHARS = 40
SERIAL_ITEM_CHARS = 40  # ", Hong Kong" before ", and": a list item is a name or two
CHANGE_FOLLOWER_CHARS = 12  # "1,200 more", "350 fewer"
SAMPLE_AFTER_CHARS = 40  # "1,200 foreign patients surveyed", "800 patients responded"
SCHEDULED_PHRASE_WORDS = 5  # "perform free heart surgery on": a verb, its care noun and a preposition
FORESEEN_CHANGE_WORDS = 3  # "must almost double", "should more than triple": a modal, then a verb of change
TRIP_VERB_WORDS = 2  # "will visit", "will soon travel": the modal, an adverb, then the verb of the trip
TRIP_PURPOSE_CHARS = 120  # "will arrive at the airport in Incheon, west of Seoul, to receive checkups"
FORECAST_WINDOW_CHARS = 60  # "are expected to reach 600,000", "5,000 Russian patients might go elsewhere"


def bracket_after_year(ctx: DocumentContext, year: YearMention, quantity: Quantity) -> bool:
    """Whether the count stands alone in brackets right after a year: "a 60 percent rise from
    2021 (132,000)", "pre-pandemic levels in 2019 (451,000)", "1.4 times the previous year
    (6,010)" give that year's figure."""
    return (
        year.end <= quantity.start
        and ctx.text[year.end : quantity.start].strip() in BRACKET_OPENS
        and ctx.text[quantity.end : quantity.end + 1] in BRACKET_CLOSES
    )


def after_previous_count(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> int:
    """Where the words about a count begin when another count precedes it in the sentence:
    after the punctuation or "and" that closes the earlier count's phrase ("for 180 guests, ")."""
    earlier = [
        q.end
        for q in ctx.quantities(sentence)
        if q.end <= quantity.start and not q.is_year and not q.is_measure
    ]
    if not earlier:
        return sentence.start
    joint = ctx.language.patterns.counts.list_joint.search(ctx.text, earlier[-1], quantity.start)
    return joint.end() if joint else earlier[-1]


def is_generic_head(ctx: DocumentContext, head: PhraseMatch) -> bool:
    """``_is_generic_head``, read once a noun: asked some six times of each (7,729 asks of 1,353
    nouns on 300 generated documents), each time reading the noun's places again."""
    return ctx.per_phrase("generic_head", head, lambda: _is_generic_head(ctx, head))


def _is_generic_head(ctx: DocumentContext, head: PhraseMatch) -> bool:
    if any(
        p.start == head.start and p.place.kind == PlaceKind.DEMONYM
        for p in ctx.language.find_places(ctx.text, head.start, head.end)
    ):
        return True  # "12,302 Mongolians"
    return head.text.lower() in ctx.lexicon.lowered_words("patients", "generic_heads")


def has_count(ctx: DocumentContext, sentence: Sentence) -> bool:
    return any(not q.is_year and not q.is_measure for q in ctx.quantities(sentence))


def is_consultation(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "consulted 160 patients", "free consultations to about 380 visitors": the count is of
    people seen in consultations, wherever they came from."""
    start = max(
        sentence.start,
        quantity.start - CONSULTATION_WINDOW_CHARS,
        after_previous_count(ctx, sentence, quantity),
    )
    return ctx.lexicon.matcher("patients", "consultation_words").contains(ctx.text[start : quantity.start])


def clause_joints(ctx: DocumentContext, start: int, end: int) -> Iterator[re.Match[str]]:
    """The joints of clauses (", and", "; ") between two positions, in order; the serial comma
    of a list ("from Japan, Hong Kong, and Thailand") joins items, not clauses."""
    pattern, scanned = ctx.language.patterns.counts.clause_joint.scan(ctx.text)
    serial = ctx.language.patterns.counts.serial_item
    for joint in pattern.finditer(scanned, start, end):
        if serial.search(ctx.text, max(0, joint.start() - SERIAL_ITEM_CHARS), joint.start()) is None:
            yield joint


def first_clause_joint(ctx: DocumentContext, start: int, end: int) -> re.Match[str] | None:
    return next(clause_joints(ctx, start, end), None)


def count_clause(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[int, int]:
    """The clause of a count, between the joints (", and", "; ") around it. The sentence's
    joints are found once: each count of it, and each reader of a count, asks."""
    start, end = sentence.start, sentence.end
    joints = ctx.per_sentence(
        "clause_joints", sentence, lambda: list(clause_joints(ctx, sentence.start, sentence.end))
    )
    for joint in joints:
        if joint.end() <= quantity.start:
            start = joint.end()
        elif joint.start() >= quantity.end:
            end = min(end, joint.start())
    return start, end


def is_change(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "increased by 1,200", "an increase of 1,200", "1,200 more than in 2017": the size of a
    change is no count of patients, though patients are named beside it."""
    if ctx.follows("patients", "change_amounts", sentence, quantity.start):
        return True
    follower = ctx.lexicon.matcher("patients", "change_amount_followers").search(
        ctx.text, quantity.end, min(sentence.end, quantity.end + CHANGE_FOLLOWER_CHARS)
    )
    return follower is not None and not ctx.text[quantity.end : follower.start].strip()


def is_sample(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "a survey of 1,500 foreign patients", "polled 800 patients", "among 1,500 foreign
    patients" of a survey, "1,200 patients surveyed": the people a survey asked are its sample,
    no count of patients treated."""
    lexicon = ctx.lexicon
    if ctx.follows("patients", "sample_cues", sentence, quantity.start):
        return True
    if ctx.follows("patients", "sample_partitives", sentence, quantity.start) and lexicon.matcher(
        "patients", "survey_words"
    ).contains(sentence.text):
        return True
    after = re.match(
        r"[^,;:()]*", ctx.text[quantity.end : min(sentence.end, quantity.end + SAMPLE_AFTER_CHARS)]
    )
    return lexicon.matcher("patients", "sampled_words").contains(after.group(0))


def is_forecast(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "is expected to reach 600,000", "could see 3,000 next year", "would mean": a figure in a
    clause that forecasts or supposes tells what may happen, not what was counted; a sentence
    opened by a supposition ("In the case each agency sends 20, that adds up to 600") supposes
    all its figures. The figure a forecast told before is compared with ("50,000 this year, up
    from 27,000 in 2008") was counted: it is no forecast; one that opens a forecast change ("will
    grow from 19 million to 40 million") is part of the forecast."""
    if ctx.lexicon.matcher("patients", "conditional_openers").match(ctx.text, sentence.start) is not None:
        return True
    if ctx.language.is_compared_figure(ctx, sentence, quantity) and any(
        not q.is_year and q.end <= quantity.start for q in ctx.quantities(sentence)
    ):
        return False
    if any(start <= quantity.start < end for start, end in expected_clauses(ctx, sentence)):
        return True  # "the agency expects foreign patient numbers to hit 50,000"
    start, end = count_clause(ctx, sentence, quantity)
    start, end = (
        max(start, quantity.start - FORECAST_WINDOW_CHARS),
        min(end, quantity.end + FORECAST_WINDOW_CHARS),
    )
    for word in ctx.lexicon.matcher("patients", "forecast_words").finditer(ctx.text, start, end):
        if word.end <= quantity.start and _schedules_care(ctx, sentence, word, quantity):
            continue  # "will examine about 100 residents": care scheduled, counted
        if schedules_trip_for_care(ctx, sentence, word):
            continue  # "about 90 tourists will arrive on Monday to receive checkups": scheduled
        if word.start >= quantity.end and _opens_coordinate(ctx, quantity.end, word.start):
            continue  # "to examine 25 children ... and will choose eight": the modal's own predicate
        if word.start >= quantity.end and _foresees_change(ctx, sentence, quantity, word):
            continue  # "41,000 patients must almost double": the figure the change starts from
        between = (
            ctx.text[word.end : quantity.start]
            if word.end <= quantity.start
            else ctx.text[quantity.end : word.start]
        )
        if not re.search(r"[,;:]", between):
            return True
    return False


def _foresees_change(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, word: PhraseMatch) -> bool:
    """Whether the count's own predicate, before a forecast word after it or in a few words
    after a modal, is a verb of change ("41,000 patients must almost double if ...", "2,300
    patients will more than triple"): what is foreseen or supposed is the change of a figure
    already counted. A supposition's own clause ("if visas increase") is not the count's."""
    changes = ctx.lexicon.matcher("patients", "foreseen_changes")
    told = ctx.text[quantity.end : word.start].split()
    if not ctx.lexicon.matcher("patients", "conditional_openers").contains(word.text):
        told += ctx.text[word.end : sentence.end].split()[:FORESEEN_CHANGE_WORDS]
    return any(changes.contains(w.strip(",;:.").lower()) for w in told)


def _opens_coordinate(ctx: DocumentContext, start: int, position: int) -> bool:
    """Whether a conjunction is the last word before ``position`` since ``start``: a modal
    after it ("to examine 25 children for heart defects and will choose eight") opens a predicate
    of its own, which forecasts nothing of the count before it."""
    words = ctx.text[start:position].split()
    if not words:
        return False
    found = ctx.lexicon.matcher("grammar", "conjunctions").match(words[-1])
    return found is not None and found.end - found.start == len(words[-1])


def _schedules_care(ctx: DocumentContext, sentence: Sentence, word: PhraseMatch, quantity: Quantity) -> bool:
    """Whether a modal of the future is followed right away by a verb of care ("will examine
    about 100 residents"), or by a short verb phrase whose care noun takes the count as its
    object ("will perform free heart surgery on 18 children", "will provide check-ups to 450")."""
    if not ctx.lexicon.matcher("patients", "scheduling_modals").contains(word.text):
        return False
    start = (
        word.end + len(ctx.text[word.end : word.end + 3]) - len(ctx.text[word.end : word.end + 3].lstrip())
    )
    care = ctx.lexicon.matcher("patients", "care_words").match(ctx.text, start)
    return (care is not None and care.start == start) or _care_object(ctx, sentence, start, quantity)


def schedules_trip_for_care(ctx: DocumentContext, sentence: Sentence, word: PhraseMatch) -> bool:
    """Whether a modal of the future opens a trip or a choice of people whose purpose is care
    ("90 tourists will arrive in May to receive checkups", "will select 12 children for free
    surgery", "will visit Korea for medical care"): the people of an announced programme,
    counted as scheduled care. A trip with no care told after it ("will visit Korea in 2025"),
    and one a forecast tells ("predicted that 9,000 would come for treatment"), stays a forecast."""
    if not ctx.lexicon.matcher("patients", "trip_modals").contains(word.text):
        return False
    if ctx.lexicon.matcher("goals", "forecast_leads").search(ctx.text, sentence.start, word.start):
        return False
    return _trip_for_care_after(ctx, sentence, word.end)


def scheduled_by_plan(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "plans to offer check-ups to about 12,000 villagers a year", "plan to invite 18
    children to Korea for heart surgery": a plan whose verb gives care to the people
    counted, or brings them for care, schedules that care: the people a programme is to treat
    are counted (annotation.md, "Scheduled care"), though the plan's verb is a cue of aims. A
    plan with a year it is due by ("plans to treat 9,000 patients by 2030") and one to draw
    people ("plans to attract") stay goals."""
    plans = ctx.lexicon.matcher("patients", "scheduling_plans")
    if not plans.contains(sentence.text) or ctx.years(sentence):
        return False
    before = list(plans.finditer(ctx.text, sentence.start, quantity.start))
    if not before:
        return False
    plan = before[-1]  # the plan whose verb is the count's
    start = ctx.next_word_start(plan.end)
    return _care_object(ctx, sentence, start, quantity) or _trip_for_care_after(ctx, sentence, plan.end)


def _trip_for_care_after(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether a verb of a trip or a choice of people stands in the first words after
    ``position`` (an adverb may stand between) with care told after it as its purpose."""
    trips = ctx.lexicon.matcher("patients", "trips_for_care")
    words = list(re.finditer(r"\S+", ctx.text[position : sentence.end]))[:TRIP_VERB_WORDS]
    trip = next(
        (
            found
            for w in words
            if (found := trips.match(ctx.text, position + w.start())) is not None
            and found.start == position + w.start()
        ),
        None,
    )
    if trip is None:
        return False
    end = min(sentence.end, trip.end + TRIP_PURPOSE_CHARS)
    if ";" in ctx.text[trip.end : end]:
        end = ctx.text.index(";", trip.end, end)
    heads = ctx.lexicon.matcher("patients", "heads")
    return any(
        heads.match(ctx.text, care.start) is None
        for care in ctx.lexicon.matcher("patients", "care_words").finditer(ctx.text, trip.end, end)
    )


def _care_object(ctx: DocumentContext, sentence: Sentence, start: int, quantity: Quantity) -> bool:
    """Whether the words from ``start`` to the count are a verb, a care noun and a preposition
    of its object, a qualifier aside: "perform free surgery on (about) 62"."""
    end = quantity.start - len(ctx.language.qualifier_before(ctx.text, sentence.start, quantity.start))
    words = ctx.text[start:end].split()
    prepositions = ctx.lexicon.lowered_words("patients", "scheduled_care_prepositions")
    if not words or words[-1].lower() not in prepositions or len(words) > SCHEDULED_PHRASE_WORDS:
        return False
    if re.search(r"[,;:()]", ctx.text[start:end]):
        return False
    preposition = ctx.text.rfind(words[-1], start, end)
    care = ctx.lexicon.matcher("patients", "care_words").finditer(ctx.text, start, preposition)
    return any(m.start > start and not ctx.text[m.end : preposition].strip() for m in care)
