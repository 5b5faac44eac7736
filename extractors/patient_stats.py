"""Patient counts: "more than 10,000 foreign patients a year", "300-thousand ... last year".

A count is a number tied to a patient head noun, either directly ("17,918 Mongolian patients")
or through a linking verb ("the number of foreign patients ... reached 300-thousand"). People
in general ("200 people") count only when the clause speaks of care, never when it speaks of
attendance. Figures that a goal aims at belong to targets, not here.

News also gives counts without repeating the noun, leaning on one named just before: a series
("412,000 ..., up from 364,000 in 2018"), a list ("followed by Americans (51,200)"), a part
("including 1,420 from Kazakhstan") or an ellipsis ("about 2,900 were treated"). Such a count
takes the population and origins of that noun, unless it names its own origin. A goal's
baseline ("1 million by 2027, up from 606,000 last year") is such a count too.
"""

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any

from extractors.context import DocumentContext
from extractors.dates import YearMention, find_years
from extractors.lexicon import CaselessPattern, Lexicon, PhraseMatch, PhraseMatcher, phrase_alternation
from extractors.numbers import Quantity, find_quantities, is_bare, qualifier_phrase
from extractors.places import Place, PlaceKind, find_places
from extractors.sentences import Sentence
from extractors.tables import Cell, Table, find_tables
from extractors.targets import facts_before_aim, is_goal_sentence
from models import PeriodKind, Population, RecordKind

MAX_WORDS_BEFORE_HEAD = 4  # "17,918 new Mongolian patients": adjectives between number and noun
MAX_WORDS_BEFORE_DEMONYM = 1  # "6,000 young Mongolians": a nationality as noun follows its number closely
MAX_LINK_CHARS = 120  # "the number of foreign patients who visited Korea ... reached 300-thousand"
MAX_ADJECTIVE_CHARS = 25  # "Uzbek patients", "Chinese medical tourists": a demonym right before the noun
PERIOD_WINDOW_CHARS = 40  # how far from its number "a year" or "annually" still qualifies it
CARE_AFTER_HEAD_CHARS = 100  # "1,236 residents, most of them elderly ..., were examined"
CONSULTATION_WINDOW_CHARS = 40  # "gave free consultations to about 380 visitors"


@dataclass(frozen=True)
class Link:
    """A count and the patient noun it counts; ``relative`` when that noun was named for another count."""

    quantity: Quantity
    head: PhraseMatch
    relative: bool
    own_origin: tuple[str, ...] = ()  # "Americans (51,200)", "1,420 from Kazakhstan"


@dataclass(frozen=True)
class _Patterns:
    list_joint: re.Pattern[str]  # a comma, or the "and" before a list's last item
    belonging: re.Pattern[str]  # "citizens of (the) ..."
    n_countries: re.Pattern[str]  # "from over 30 different countries": the number in group 1
    after_article: re.Pattern[str]  # nothing, or an article, between a cue and what it cues


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    def words(role: str) -> str:
        return lexicon.alternation("grammar", role, ignore_case=False)

    return _Patterns(
        list_joint=re.compile(rf"[,;]|\b{words('list_conjunctions')}\b"),
        belonging=re.compile(rf"\s+{words('belonging_prepositions')}\s+(?:{words('articles')}\s+)?"),
        n_countries=re.compile(
            rf"\b{lexicon.alternation('grammar', 'origin_prepositions')}"
            rf"\s+(?:{lexicon.alternation('patients', 'country_count_qualifiers')}\s+)?(\d+)"
            rf"\s+(?:{lexicon.alternation('patients', 'country_count_adjectives')}\s+)?"
            rf"{lexicon.alternation('patients', 'country_count_nouns')}",
            re.IGNORECASE,
        ),
        after_article=re.compile(rf"\s*(?:{words('articles')}\s+)?"),
    )


def extract_patient_stats(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    found = []
    body = ctx.body_sentences
    context_year: int | None = None
    lead_year: int | None = None  # the year of the article's first dated count
    institution: str | None = None
    for position, sentence in enumerate(body):
        previous = body[position - 1] if position else None
        following = body[position + 1] if position + 1 < len(body) else None
        sentence_year: int | None = None
        kinds: set[PeriodKind] = set()
        links = _links(ctx, sentence, previous, is_goal_sentence(ctx, sentence))
        for link in links:
            stat = _stat(ctx, sentence, link, following, (context_year, lead_year), institution)
            institution = stat["institution"] or institution
            kinds.add(stat["period_kind"])
            if stat["period_kind"] != PeriodKind.UNSPECIFIED:
                sentence_year = sentence_year or stat["year"]
            if stat["period_kind"] == PeriodKind.YEAR:
                lead_year = lead_year or stat["year"]
            found.append((RecordKind.PATIENT_STAT, stat))
        if kinds != {PeriodKind.CUMULATIVE}:
            # a running total ("a cumulative 5.05 million since 2009") leaves the year in force
            context_year = _next_context_year(ctx, sentence, bool(links), sentence_year, context_year)
    return _once_each(found + _table_stats(ctx))


def _table_stats(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    """Rows of a breakdown printed as a table ("China   187,441   30.9%" under "Country
    Patients  Share"): the cell in the column headed by a patient noun counts the patients of
    the country named first in the row, in the year and population its caption names."""
    found = []
    heads = ctx.lexicon.matcher("patients", "heads")
    for table in find_tables(ctx.text, ctx.body_start):
        column = next((i for i, cell in enumerate(table.header) if heads.search(cell.text)), None)
        if column is None or column == 0:
            continue
        head = heads.search(table.header[column].text)
        labels = " ".join(c.text for c in (table.caption, table.header[column]) if c is not None)
        population = Population(head.label)
        if ctx.lexicon.matcher("patients", "foreign_words").contains(labels):
            population = Population.FOREIGN_PATIENTS
        year = _caption_year(ctx, table)
        for row in table.rows:
            stat = _row_stat(ctx, row, column, population, year)
            if stat is not None:
                found.append((RecordKind.PATIENT_STAT, stat))
    return found


def _caption_year(ctx: DocumentContext, table: Table) -> int | None:
    """The year a table's caption names ("Foreign patients by country, 2023")."""
    if table.caption is None:
        return None
    years = find_years(ctx.text, table.caption.start, table.caption.end, ctx.published, ctx.lexicon)
    return years[0].year if years else None


def _row_stat(
    ctx: DocumentContext, row: tuple[Cell, ...], column: int, population: Population, year: int | None
) -> dict[str, Any] | None:
    """One row's count, with the country its first cell names; None when the cell holds no count."""
    cell = row[column]
    counts = [q for q in find_quantities(ctx.text, cell.start, cell.end, ctx.lexicon) if not q.is_measure]
    if len(counts) != 1 or counts[0].is_year:
        return None
    places = find_places(ctx.text, row[0].start, row[0].end, ctx.lexicon)
    origins = [p.place.country for p in places if p.place.country and not p.place.is_korean]
    return {
        "evidence": ctx.text[row[0].start : row[-1].end],
        "span_start": row[0].start,
        "span_end": row[-1].end,
        "confidence": 0.7,
        "count": round(counts[0].value),
        "qualifier": counts[0].qualifier,
        "year": year,
        "period_kind": PeriodKind.YEAR if year is not None else PeriodKind.UNSPECIFIED,
        "period_start": None,
        "period_end": None,
        "population": population,
        "origin_countries": origins[:1],
        "n_countries": None,
        "institution": None,
    }


def _once_each(found: list[tuple[RecordKind, dict[str, Any]]]) -> list[tuple[RecordKind, dict[str, Any]]]:
    """A figure told in the lead and again in the body is one count: of the mentions of the same
    number for the same year, the one that says most (origins, receiver, period) is kept."""
    best: dict[tuple[int, int | None], tuple[RecordKind, dict[str, Any]]] = {}
    for record in found:
        key = (record[1]["count"], record[1]["year"])
        if key not in best or _detail(record[1]) > _detail(best[key][1]):
            best[key] = record
    kept = {id(record) for record in best.values()}
    return [record for record in found if id(record) in kept]


def _detail(stat: dict[str, Any]) -> int:
    return sum(1 for value in stat.values() if value not in (None, [], PeriodKind.UNSPECIFIED))


def _next_context_year(
    ctx: DocumentContext, sentence: Sentence, has_counts: bool, sentence_year: int | None, current: int | None
) -> int | None:
    """The year later counts without one of their own refer to: that of the last sentence with
    counts; a sentence without counts or years ("The patients came from 190 countries.") keeps
    it, and so does one whose years only point back to it ("up a third from the previous
    year"); one naming another year ends it."""
    if has_counts:
        return sentence_year
    anaphoric = _anaphoric_years(ctx.lexicon)
    own_years = [y for y in ctx.years(sentence) if " ".join(y.text.lower().split()) not in anaphoric]
    return None if own_years else current


@cache
def _anaphoric_years(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(" ".join(p.lower().split()) for p in lexicon.section("years")["anaphoric"])


def _links(ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, goal: bool) -> list[Link]:
    """Counts tied to their noun: directly first, then those that lean on a noun named before.
    In a goal sentence only the baseline and the facts told before the aim are counts: the
    other figures are aims."""
    numbers = [q for q in ctx.quantities(sentence) if not q.is_measure and not q.is_year and q.value >= 1]
    if not numbers:
        return []
    dates = ctx.dates(sentence)
    candidates = [
        q for q in numbers if not any(d.start <= q.start < d.end for d in dates)
    ]  # "April 14 to 16"
    links: list[Link] = []
    facts = facts_before_aim(ctx, sentence) if goal else []
    for quantity in candidates:
        if not goal or quantity in facts:
            head = _head(ctx, sentence, quantity)
            if head is not None and _counts_patients(ctx, sentence, quantity, head):
                links.append(Link(quantity, head, relative=False))
    linked = {link.quantity for link in links}
    for quantity in candidates:
        if (
            quantity in linked
            or not _is_bare(ctx, sentence, quantity)
            or _counts_others(ctx, sentence, quantity)
        ):
            continue
        listed = _listed_origin(ctx, sentence, quantity)
        own_origin = listed or tuple(
            _origins_after(ctx, sentence, quantity.end, _next_count(ctx, sentence, quantity), adjacent=True)
        )
        cued = _after_cue(ctx, sentence, quantity, goal)
        if goal and not cued:
            continue
        restated = not goal and _figure_anaphor(ctx, sentence, quantity)
        if not (own_origin or cued or restated or _elliptical(ctx, sentence, quantity)):
            continue
        # an ellipsis ("About 2,900 were treated."), "the figure" of a count told before or a
        # list by nationality that goes on in a sentence of its own ("Russians (24,026) and
        # Thais (9,100) followed.") leans on the sentence before
        leans_back = bool(listed) or restated or not (cued or own_origin)
        anchor = _anchor(ctx, sentence, previous if leans_back else None, quantity)
        if anchor is not None:
            links.append(Link(quantity, anchor, relative=True, own_origin=own_origin))
    return sorted(links, key=lambda link: link.quantity.start)


def _head(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """The patient noun of a count. A generic noun after the number yields to a patient noun
    linked before it: in "Mongolian patients ... was 1,204 persons" the patients are counted."""
    after = _head_after(ctx, sentence, quantity)
    if after is not None and not _generic(ctx, after):
        return after
    return _head_before(ctx, sentence, quantity) or after


def _head_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """The patient noun right after the number, with at most a few adjectives between."""
    window_end = min(sentence.end, quantity.end + 80)
    head = next(iter(_find_heads(ctx, sentence, quantity.end, window_end)), None)
    if head is None:
        return None
    between = ctx.text[quantity.end : head.start]
    if re.search(r"[,;:()\d]", between) or len(between.split()) > MAX_WORDS_BEFORE_HEAD:
        return None
    if len(between.split()) > MAX_WORDS_BEFORE_DEMONYM and head.text not in _lexicon_heads(ctx, head):
        return None  # "three most popular destinations for Kazakhs": the number counts another noun
    if ctx.lexicon.matcher("patients", "other_nouns").contains(between):
        return None  # "1,148 facilitators registered to attract foreign patients"
    return head


def _head_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """A patient noun linked to a following number: "patients ... reached 300-thousand"."""
    window_start = max(sentence.start, quantity.start - MAX_LINK_CHARS)
    heads = _find_heads(ctx, sentence, window_start, quantity.start)
    if not heads or not _linked(ctx, sentence, heads[-1].end, quantity):
        return None
    return heads[-1]


def _linked(ctx: DocumentContext, sentence: Sentence, subject_end: int, quantity: Quantity) -> bool:
    """Whether a linking verb joins a subject ending at ``subject_end`` to the number, with at
    most a qualifier or a filler ("a record", "just") between the verb and the number."""
    between = _without_years(ctx, sentence, subject_end, quantity.start)
    if re.search(r"\d", between):
        return False
    # The verb may be glued to the word before it ("treatmentreached"), so it is sought as a
    # suffix of the text between noun and number, not as a whole word.
    links = (_linking_verb(ctx), _change_to(ctx), _share_with(ctx))
    ends = [m.end() for m in (link.search(between) for link in links) if m]
    if not ends:
        return False
    remainder = _without_filler(ctx, between[max(ends) :].strip(" ,"))
    return not remainder or _is_qualifier(ctx, remainder)


def _figure_anaphor(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
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


def _is_bare(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """A number with no noun of its own ("364,000 in 2018", "(51,200)"): "12 hospitals" is not bare."""
    return is_bare(ctx.text, quantity, sentence.end, ctx.lexicon)


def _counts_others(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "1,102 of those institutions": a bare number whose next words name what it counts."""
    following = re.match(r"[^,;:.()]*", ctx.text[quantity.end : sentence.end]).group(0)
    words = " ".join(following.split()[:3])
    return ctx.lexicon.matcher("patients", "other_nouns").contains(words)


def _after_cue(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, goal: bool) -> bool:
    """ "up from 364,000", "including 1,420", "at 98,400"; in a goal sentence only a baseline."""
    baseline = ctx.follows("goals", "baseline_prepositions", sentence, quantity.start)
    return baseline or (not goal and ctx.follows("patients", "series_cues", sentence, quantity.start))


def _elliptical(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "about 2,900 were treated": the verb of care stands right after the number."""
    verb = ctx.lexicon.matcher("patients", "elliptical_verbs").search(ctx.text, quantity.end, sentence.end)
    return verb is not None and not ctx.text[quantity.end : verb.start].strip()


def _listed_origin(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[str, ...]:
    """ "Americans (51,200)", "Kazakhstan with 4,500": a country or demonym right before the
    count, joined to it by a bracket or a linking word of a list."""
    links = phrase_alternation(ctx.lexicon.section("patients")["list_links"])
    joint = re.compile(rf"\s*(?:\(|:|(?:{links})\b)\s*$", re.IGNORECASE)
    qualifier_start = quantity.start - len(
        qualifier_phrase(ctx.text, sentence.start, quantity.start, ctx.lexicon)
    )
    places = [
        p
        for p in ctx.places(sentence)
        if p.end <= qualifier_start and joint.fullmatch(ctx.text, p.end, qualifier_start)
    ]
    return tuple(c for p in places if (c := p.place.country) and not p.place.is_korean)


def _anchor(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, quantity: Quantity
) -> PhraseMatch | None:
    """The patient noun a bare count leans on: the last one before it in the sentence, else in
    the sentence before."""
    before = _find_heads(ctx, sentence, sentence.start, quantity.start)
    if not before and previous is not None:
        before = _find_heads(ctx, previous, previous.start, previous.end)
    return before[-1] if before else None


def _lexicon_heads(ctx: DocumentContext, head: PhraseMatch) -> set[str]:
    """The head as the lexicon's noun matcher reads it (empty for a nationality used as a noun)."""
    match = ctx.lexicon.matcher("patients", "heads").search(ctx.text, head.start, head.end)
    return {match.text} if match is not None and match.start == head.start else set()


def _find_heads(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[PhraseMatch]:
    """Patient nouns between two positions, in order: those of the lexicon and nationalities
    used as plural nouns ("12,302 Mongolians", "some 90 Muscovites"), which count people as
    "people" does, only where the clause speaks of care."""
    heads = list(ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, start, end))
    endings = tuple(ctx.lexicon.section("patients")["demonym_noun_endings"])
    for place in ctx.places(sentence):
        if (
            start <= place.start
            and place.end <= end
            and place.place.kind == PlaceKind.DEMONYM
            and place.text.endswith(endings)
            and not any(h.start < place.end and place.start < h.end for h in heads)
        ):
            heads.append(PhraseMatch(place.start, place.end, place.text, Population.PATIENTS.value))
    return sorted(heads, key=lambda h: h.start)


def _counts_patients(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch) -> bool:
    """Generic heads ("people") count only in a clause about care, never about attendance."""
    if not _generic(ctx, head):
        return True
    if ctx.follows("patients", "member_cues", sentence, quantity.start):
        return False  # "a medical team of 25 persons treated ..."
    # the attendance of another count ("a briefing for 180 guests, and consultations for 520
    # residents") does not reach past that count
    clause_start = max(sentence.start, quantity.start - 120, _after_previous_count(ctx, sentence, quantity))
    clause = ctx.text[clause_start : min(sentence.end, head.end + CARE_AFTER_HEAD_CHARS)]
    attendance = ctx.lexicon.matcher("patients", "attendance_words")
    if attendance.contains(ctx.text[clause_start : quantity.start]) and not _consulted(
        ctx, sentence, quantity
    ):
        return False  # "consultations to 214 residents" by "doctors of the delegation" are care
    return ctx.lexicon.matcher("patients", "care_words").contains(clause)


def _stat(
    ctx: DocumentContext,
    sentence: Sentence,
    link: Link,
    following: Sentence | None,
    years_in_force: tuple[int | None, int | None],
    previous_institution: str | None,
) -> dict[str, Any]:
    """One count with its attributes; ``years_in_force`` are the year of the counts told just
    before and the year of the article's first dated count."""
    lexicon = ctx.lexicon
    quantity, head = link.quantity, link.head
    if link.relative:
        phrase_start, phrase_end = head.start, head.end
    else:
        phrase_start, phrase_end = min(quantity.start, head.start), max(quantity.end, head.end)
    noun_phrase = ctx.text[max(sentence.start, phrase_start - MAX_ADJECTIVE_CHARS) : phrase_end]
    population = Population(head.label)
    foreign = lexicon.matcher("patients", "foreign_words").contains(noun_phrase)
    if foreign:
        population = Population.FOREIGN_PATIENTS
    elif _consulted(ctx, sentence, quantity):
        population = Population.CONSULTATIONS
    evidence_sentences = [sentence]
    origins = (
        list(link.own_origin)
        or _noun_origins(ctx, sentence, phrase_start, phrase_end)
        or _places_before_noun(ctx, sentence, quantity, head)
        or _origins_of(ctx, sentence, phrase_end)
    )
    if not origins and sentence.start <= head.start and head.end <= quantity.start:
        # "Patients from Uzbekistan jumped 29.3 percent to 6,012", "..., while those from
        # Kazakhstan grew to 5,671": the origin told in the count's own clause
        clause_start = max(head.end, _after_previous_count(ctx, sentence, quantity))
        origins = _origins_after(
            ctx, sentence, clause_start, quantity.start, adjacent=clause_start == head.end
        )
    if not link.relative:
        origins = origins or _leading_origin(ctx, sentence, quantity)
        origins += _origins_after(ctx, sentence, phrase_end, _scope_end(ctx, sentence, quantity, phrase_end))
        if not origins and following is not None and not _has_count(ctx, following):
            from_following = _origins_after(ctx, following, following.start)
            if from_following and lexicon.matcher("patients", "heads").contains(following.text):
                origins = from_following
                evidence_sentences.append(following)
    # "1,100 Mongolian residents" examined abroad are people cared for, not medical tourists
    if origins and population == Population.PATIENTS and "KR" not in origins and not _generic(ctx, head):
        population = Population.FOREIGN_PATIENTS
    period_kind, year, period = _period(ctx, sentence, quantity, *years_in_force)
    evidence = ctx.evidence(*evidence_sentences)
    return {
        "evidence": evidence.text,
        "span_start": evidence.start,
        "span_end": evidence.end,
        "confidence": 0.6 if link.relative or _generic(ctx, head) else 0.8,
        "count": round(quantity.value),
        "qualifier": quantity.qualifier,
        "year": year,
        "period_kind": period_kind,
        "period_start": period[0],
        "period_end": period[1],
        "population": population,
        "origin_countries": list(dict.fromkeys(c for c in origins if c and c != "KR")),
        "n_countries": _n_countries(ctx, sentence, phrase_end),
        "institution": _institution(ctx, sentence, quantity, previous_institution),
    }


def _after_previous_count(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> int:
    """Where the words about a count begin when another count precedes it in the sentence:
    after the punctuation or "and" that closes the earlier count's phrase ("for 180 guests, ")."""
    earlier = [
        q.end
        for q in ctx.quantities(sentence)
        if q.end <= quantity.start and not q.is_year and not q.is_measure
    ]
    if not earlier:
        return sentence.start
    joint = _patterns(ctx.lexicon).list_joint.search(ctx.text, earlier[-1], quantity.start)
    return joint.end() if joint else earlier[-1]


def _generic(ctx: DocumentContext, head: PhraseMatch) -> bool:
    if any(
        p.start == head.start and p.place.kind == PlaceKind.DEMONYM
        for p in find_places(ctx.text, head.start, head.end, ctx.lexicon)
    ):
        return True  # "12,302 Mongolians"
    return head.text.lower() in {g.lower() for g in ctx.lexicon.section("patients")["generic_heads"]}


def _has_count(ctx: DocumentContext, sentence: Sentence) -> bool:
    return any(not q.is_year and not q.is_measure for q in ctx.quantities(sentence))


def _consulted(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "consulted 160 patients", "free consultations to about 380 visitors": the count is of
    people seen in consultations, wherever they came from."""
    start = max(
        sentence.start,
        quantity.start - CONSULTATION_WINDOW_CHARS,
        _after_previous_count(ctx, sentence, quantity),
    )
    return ctx.lexicon.matcher("patients", "consultation_words").contains(ctx.text[start : quantity.start])


def _origins_of(ctx: DocumentContext, sentence: Sentence, head_end: int) -> list[str]:
    """ "3,100 citizens of Uzbekistan", "residents of Primorye": the place right after "of"."""
    joint = _patterns(ctx.lexicon).belonging.match(ctx.text, head_end, sentence.end)
    if joint is None:
        return []
    return [
        p.place.country
        for p in ctx.places(sentence)
        if p.start == joint.end() and p.place.country and not p.place.is_korean
    ]


def _places_before_noun(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch
) -> list[str]:
    """ "9,000 Primorye residents", "2,700 UAE nationals": a foreign place standing between the
    number and its noun is where the counted people come from."""
    return [
        p.place.country
        for p in ctx.places(sentence)
        if quantity.end <= p.start
        and p.end <= head.start
        and p.place.country
        and not p.place.is_korean
        and not re.search(r"[,;:()]", ctx.text[quantity.end : head.start])
    ]


def _noun_origins(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[str]:
    """Demonyms inside the counted phrase, or right before its noun ("Uzbek patients")."""
    origins = []
    for place in ctx.places(sentence):
        if place.place.kind != PlaceKind.DEMONYM or place.start >= end:
            continue
        adjacent = place.end <= start and not re.search(r"[,;:()]", ctx.text[place.end : start])
        if start <= place.start or (adjacent and start - place.end <= MAX_ADJECTIVE_CHARS):
            origins.append(place.place.country)
    return origins


def _scope_end(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, phrase_end: int) -> int:
    """Where what follows a counted phrase stops being about it: at the next count, the next
    patient noun ("21,370 last year, and patients from Kazakhstan ...": not the 21,370's origin)
    a comparison with another group ("170,000, followed by those from the US") or a joint of
    clauses ("rose to 1,450, while those from Cambodia ...")."""
    head = ctx.lexicon.matcher("patients", "heads").search(ctx.text, phrase_end, sentence.end)
    other = ctx.lexicon.matcher("patients", "comparison_stops").search(ctx.text, phrase_end, sentence.end)
    pattern, scanned = _clause_joint(tuple(ctx.lexicon.section("periods")["clause_joints"])).scan(ctx.text)
    joint = pattern.search(scanned, phrase_end, sentence.end)
    return min(
        _next_count(ctx, sentence, quantity),
        head.start if head else sentence.end,
        other.start if other else sentence.end,
        joint.start() if joint else sentence.end,
    )


def _leading_origin(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> list[str]:
    """ "China accounted for the largest share with 118,310 patients": in a breakdown by
    nationality, the one country leading the clause of a count is where its patients come from."""
    earlier = [q.end for q in ctx.quantities(sentence) if q.end <= quantity.start and not q.is_year]
    clause_start = max([sentence.start, *earlier])
    places = [p for p in ctx.places(sentence) if clause_start <= p.start and p.end <= quantity.start]
    if len(places) != 1 or places[0].place.country is None or places[0].place.is_korean:
        return []
    share = ctx.lexicon.matcher("patients", "share_phrases")
    return [places[0].place.country] if share.search(ctx.text, places[0].end, quantity.start) else []


def _next_count(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> int:
    """Where the next count of the sentence begins: what follows it is that count's business."""
    later = [q.start for q in ctx.quantities(sentence) if q.start > quantity.end and not q.is_year]
    return min([sentence.end, *later])


def _origins_after(
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


def _n_countries(ctx: DocumentContext, sentence: Sentence, position: int) -> int | None:
    match = _patterns(ctx.lexicon).n_countries.search(ctx.text, position, sentence.end)
    return int(match.group(1)) if match else None


def _period(
    ctx: DocumentContext,
    sentence: Sentence,
    quantity: Quantity,
    context_year: int | None,
    lead_year: int | None,
) -> tuple[PeriodKind, int | None, tuple[date | None, date | None]]:
    """The kind of period, the year and the period's bounds the count refers to."""
    lexicon = ctx.lexicon
    years = [y for y in ctx.years(sentence) if not (quantity.start <= y.start < quantity.end)]
    span = _year_range(ctx, years)
    if span is not None:
        return PeriodKind.RANGE, None, (date(span[0], 1, 1), date(span[1], 12, 31))
    year = _nearest_year(ctx, sentence, years, quantity)
    if _per_year(ctx, sentence, quantity, years):
        return PeriodKind.PER_YEAR, year, (None, None)
    clause_start, clause_end = _clause(ctx, sentence, quantity)
    if _cumulative(ctx, clause_start, clause_end):
        first = _cumulative_start(ctx, years, clause_start, clause_end, quantity)
        return PeriodKind.CUMULATIVE, None, (date(first, 1, 1) if first is not None else None, None)
    if year is not None:
        return PeriodKind.YEAR, year, (None, None)
    if lexicon.matcher("periods", "totals").search(ctx.text, clause_start, clause_end):
        return PeriodKind.CUMULATIVE, None, (None, None)
    if context_year is not None:
        # "Chinese patients formed the largest group at 98,400" after a sentence about 2019
        return PeriodKind.YEAR, context_year, (None, None)
    # A count without a year of its own in an article of figures ("Chinese patients accounted
    # for the largest portion with 34,279" after a sentence about 2017) belongs to the year of
    # the article's lead figure; a one-off count in a dated article to the article's year.
    if lead_year is not None:
        return PeriodKind.UNSPECIFIED, lead_year, (None, None)
    return PeriodKind.UNSPECIFIED, ctx.published.year if ctx.published else None, (None, None)


def _per_year(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, years: list[YearMention]) -> bool:
    """ "10,000 a year" is a rate; the "a year" of "a year earlier" names a year, not a rate."""
    start, end = _around(ctx, sentence, quantity)
    clause_start, clause_end = _clause(ctx, sentence, quantity)  # "every year since 2012, and 6,000 so far"
    start, end = max(start, clause_start), min(end, clause_end)
    return any(
        not any(y.start < m.end and m.start < y.end for y in years)
        for m in ctx.lexicon.matcher("periods", "per_year").finditer(ctx.text, start, end)
    )


def _clause(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[int, int]:
    """The clause of a count, between the joints (", and", "; ") around it."""
    pattern, scanned = _clause_joint(tuple(ctx.lexicon.section("periods")["clause_joints"])).scan(ctx.text)
    start, end = sentence.start, sentence.end
    for joint in pattern.finditer(scanned, sentence.start, sentence.end):
        if joint.end() <= quantity.start:
            start = joint.end()
        elif joint.start() >= quantity.end:
            end = min(end, joint.start())
    return start, end


@cache
def _clause_joint(joints: tuple[str, ...]) -> CaselessPattern:
    # joints begin with punctuation glued to the word before, so no word boundary before them
    alternation = phrase_alternation(joints)
    return CaselessPattern.compile(rf"(?:{alternation})(?!\w)")


def _cumulative(ctx: DocumentContext, start: int, end: int) -> bool:
    """A cue of accumulation in the clause ("since 2011", "so far"), unless the "since" only
    compares ("for the first time since the data began")."""
    comparisons = list(ctx.lexicon.matcher("periods", "not_cumulative").finditer(ctx.text, start, end))
    return any(
        not any(c.start <= m.start < c.end for c in comparisons)
        for m in ctx.lexicon.matcher("periods", "cumulative").finditer(ctx.text, start, end)
    )


def _cumulative_start(
    ctx: DocumentContext, years: list[YearMention], start: int, end: int, quantity: Quantity
) -> int | None:
    """The year a running total starts: the one right after its cue ("have visited Korea since
    2009"), else the first year told before the count ("Since 2009, 3.3 million ...")."""
    explicit = [y for y in years if not y.relative]
    for cue in ctx.lexicon.matcher("periods", "cumulative").finditer(ctx.text, start, end):
        after = [y for y in explicit if y.start >= cue.end and not ctx.text[cue.end : y.start].strip()]
        if after:
            return after[0].year
    before = [y for y in explicit if y.start < quantity.start]
    return before[0].year if before else None


def _around(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[int, int]:
    """The span of text about one number, up to its neighbours: "a year" there qualifies it alone."""
    others = [q for q in ctx.quantities(sentence) if q.start != quantity.start and not q.is_year]
    start = max(
        [
            sentence.start,
            quantity.start - PERIOD_WINDOW_CHARS,
            *(q.end for q in others if q.end <= quantity.start),
        ]
    )
    end = min(
        [
            sentence.end,
            quantity.end + PERIOD_WINDOW_CHARS,
            *(q.start for q in others if q.start >= quantity.end),
        ]
    )
    return start, end


@cache
def _range_joiner(joiners: tuple[str, ...]) -> re.Pattern[str]:
    alternation = phrase_alternation(joiners)
    return re.compile(rf"^\s*(?:{alternation})\s*$", re.IGNORECASE)


def _year_range(ctx: DocumentContext, years: list[YearMention]) -> tuple[int, int] | None:
    """ "from 2014 to 2016", "between 2014 and 2016", "2014-2016": a span of whole years."""
    joiner = _range_joiner(tuple(ctx.lexicon.section("dates")["range_joiners"]))
    for first, last in pairwise(years):
        if first.relative or last.relative or first.year >= last.year:
            continue
        if joiner.match(ctx.text[first.end : last.start]):
            return first.year, last.year
    return None


def _nearest_year(
    ctx: DocumentContext, sentence: Sentence, years: list[YearMention], quantity: Quantity
) -> int | None:
    """The year a count refers to: one written right after it ("364,000 in 2018") unless a
    comma or another count stands between (then it belongs to what follows: "378,967, up from
    321,574 a year earlier"); else the latest year before it ("last year ... reached 1,960");
    else the nearest."""
    if not years:
        return None
    next_count = _next_count(ctx, sentence, quantity)
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


def _institution(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, previous: str | None
) -> str | None:
    """Who received the patients: the Korean place or organisation they came to ("visited
    Korea", "treated in Busan"), else the subject before the count ("the hospital treated"),
    which may be an anaphor or a pronoun standing for one named before."""
    clause_end = _next_count(ctx, sentence, quantity)
    receivers = _receivers(ctx, sentence)
    destination_words = ctx.lexicon.matcher("patients", "destination_words")
    for start, name in receivers:
        if quantity.end <= start < clause_end:
            word = destination_words.search(ctx.text, max(sentence.start, start - 12), start)
            if word is not None and not ctx.text[word.end : start].strip():
                return name
    before = [(start, name) for start, name in receivers if start < quantity.start]
    if before:
        return max(before)[1]
    if ctx.lexicon.matcher("organizations", "subject_pronouns").search(sentence.text[:4]) and previous:
        return previous
    return receivers[0][1] if receivers else None


def _receivers(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, str]]:
    """Korean organisations and places in the sentence, and anaphors resolved ("the hospital");
    the source of a figure ("according to the Korean Embassy") received no one."""
    return ctx.per_sentence("receivers", sentence, lambda: _find_receivers(ctx, sentence))


def _find_receivers(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, str]]:
    sources = ctx.lexicon.matcher("patients", "source_cues")
    found = [
        (o.start, o.name)
        for o in ctx.organizations(sentence)
        if (o.country is None or o.is_korean) and not _right_after_cue(ctx, sources, sentence, o.start)
    ]
    covered = [(o.start, o.end) for o in ctx.organizations(sentence)]
    found += [
        (p.start, p.place.name)
        for p in ctx.places(sentence)
        if _is_korean_place(p) and not any(s <= p.start < e for s, e in covered)
    ]
    anaphors = ctx.lexicon.matcher("organizations", "anaphors")
    for match in anaphors.finditer(ctx.text, sentence.start, sentence.end):
        if any(s <= match.start < e for s, e in covered):
            continue
        name = ctx.antecedent(match.label, match.start)
        if name is not None:
            found.append((match.start, name))
    return sorted(found)


def _right_after_cue(ctx: DocumentContext, cues: PhraseMatcher, sentence: Sentence, position: int) -> bool:
    """Whether a cue of the list ends right before ``position`` (an article may stand between)."""
    window = ctx.text[max(sentence.start, position - 30) : position]
    after_article = _patterns(ctx.lexicon).after_article
    return any(after_article.fullmatch(window, m.end) for m in cues.finditer(window))


def _is_korean_place(place: Place) -> bool:
    return place.place.is_korean and place.place.kind != PlaceKind.DEMONYM
