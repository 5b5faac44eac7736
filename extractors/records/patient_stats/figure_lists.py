"""Counts listed against countries outside prose: lines of pairs and grids under a year row.

"CHINA  9,100  JAPAN  4,300" under "Patients by country in 2021:", "Japan = 4,300" lines after
a sentence about patients, "Group 2021 2022" over "Japan 3,100 4,300" under a caption naming
medical tourists: each figure counts the patients of the country its row names, in the year
of its column or of the caption. What is counted comes from the caption, or from the sentence
before it when the caption only says how the figures are broken down ("by source country"),
read with the language's patient nouns; a list under no such words (attendees, doctors,
tourists, sums of money) gives nothing, and neither does a figure that is no count (a share,
a sum, a year, a rank).
"""

import re
from dataclasses import dataclass

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.numbers import Quantity
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.patient_stats.clauses import is_generic_head
from extractors.records.patient_stats.receivers import named_receiver
from extractors.records.patient_stats.tables import body_tables
from extractors.spans import overlaps
from extractors.text.figure_lists import Entry, FigureList, find_figure_lists
from extractors.text.sentences import Sentence
from extractors.text.tables import Cell
from models import PeriodKind, Population, RecordKind

# "14.798" among counts: a point before three digits groups thousands, as a comma does (a
# fraction of a patient is no count)
_THOUSANDS_POINTS = re.compile(r"\d{1,3}(?:\.\d{3})+")


@dataclass(frozen=True)
class Lead:
    """What a list's caption tells of its figures."""

    line: Cell  # the caption's line
    caption: Sentence  # its last sentence ("Patients by country in 2021:")
    naming: Sentence  # the sentence that names the patients: the caption, or the one before it
    head: PhraseMatch  # its patient noun


@dataclass(frozen=True)
class Told:
    """What a lead tells of every figure of its list."""

    population: Population
    year: int | None  # the caption's, for figures their layout does not date
    receiver: str | None  # "medical tourists visiting Korea"
    origins: list[str]  # the one foreign country the lead names, for rows led by a year


def listed_stats(ctx: DocumentContext) -> list[RecordDraft]:
    """The counts of every list whose lead names patients, one a figure of a foreign country
    or of a year; a list whose figures run 1, 2, 3 ranks its rows and counts nothing."""
    found = []
    for listing in find_figure_lists(ctx.text, ctx.body_start, body_tables(ctx)):
        lead = _lead(ctx, listing)
        if lead is None or ctx.lexicon.matcher("patients", "unit_words").contains(lead.caption.text):
            continue  # no patients named, or the figures are sums or shares ("in millions of won")
        population = Population(lead.head.label)
        if ctx.lexicon.matcher("patients", "foreign_words").contains(lead.naming.text):
            population = Population.FOREIGN_PATIENTS
        countries = {
            p.place.country
            for p in ctx.language.find_places(ctx.text, lead.naming.start, lead.naming.end)
            if p.place.country is not None and not p.place.is_korean
        }
        told = Told(
            population,
            _lead_year(ctx, lead),
            named_receiver(ctx, lead.naming),
            sorted(countries) if len(countries) == 1 else [],
        )
        drafts = [draft for entry in listing.entries if (draft := _entry_stat(ctx, entry, told)) is not None]
        if [draft.fields["count"] for draft in drafts] != list(range(1, len(drafts) + 1)):
            found += drafts
    return found


def _lead(ctx: DocumentContext, listing: FigureList) -> Lead | None:
    """What a list's caption says it counts: patients, where they are the noun its last
    sentence counts, or, where it only says how the figures are broken down ("A breakdown by
    source country:"), those the sentence before names. None where no patients are named, or
    the caption counts other people or things ("Doctors trained, by country")."""
    line = listing.caption
    told = [s for s in ctx.sentences if line is not None and s.start < line.end and line.start < s.end]
    if line is None or not told:
        return None
    caption = told[-1]
    heads = _patient_heads(ctx, caption)
    breakdown = list(
        ctx.lexicon.matcher("patients", "breakdown_words").finditer(ctx.text, caption.start, caption.end)
    )
    others = [
        m
        for words in ("attendance_words", "other_nouns")
        for m in ctx.lexicon.matcher("patients", words).finditer(ctx.text, caption.start, caption.end)
        if not overlaps(m.start, m.end, [*breakdown, *heads])
    ]
    if heads:
        nouns = sorted([*heads, *others], key=lambda m: m.start)
        counted = nouns[-1] if ctx.language.counted_noun_last else nouns[0]
        return Lead(line, caption, caption, counted) if counted in heads else None
    if not breakdown or others or not caption.index:
        return None
    before = ctx.sentences[caption.index - 1]
    heads = _patient_heads(ctx, before)
    return Lead(line, caption, before, heads[0]) if heads else None


def _patient_heads(ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
    """The patient nouns of a lead; people in general ("visitors", "tourists") only where the
    sentence speaks of care."""
    care = ctx.lexicon.matcher("patients", "care_words").contains(sentence.text)
    return [
        head
        for head in ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, sentence.start, sentence.end)
        if care or not is_generic_head(ctx, head)
    ]


def _lead_year(ctx: DocumentContext, lead: Lead) -> int | None:
    """The year of a list's figures, where no column names one: the year the caption's last
    sentence names ("Patients by country in 2021:"), else the last year told in the caption's
    line or the sentence that named the patients ("In 2009 it was 60,201. Most came from the US:")."""
    years = ctx.language.find_years(ctx.text, lead.caption.start, lead.caption.end, ctx.published)
    if years:
        return years[0].year
    start = min(lead.naming.start, lead.line.start)
    years = ctx.language.find_years(ctx.text, start, lead.caption.end, ctx.published)
    return years[-1].year if years else None


def _entry_stat(ctx: DocumentContext, entry: Entry, told: Told) -> RecordDraft | None:
    """One figure's count, of the foreign country its row names (or of the lead's country, in
    a row led by its year); None for a row of no foreign country (a total, a Korean city, a
    department) or a figure that is no count."""
    if entry.year_led:
        origins = list(told.origins)
    else:
        place = ctx.language.row_place(ctx.text, entry.name.start, entry.name.end)
        if place is None or place.country is None or place.is_korean:
            return None
        origins = [place.country]
    counted = _count(ctx, entry)
    if counted is None:
        return None
    count, quantity = counted
    year = told.year
    if entry.dated_by is not None:
        years = ctx.language.find_years(ctx.text, entry.dated_by.start, entry.dated_by.end, ctx.published)
        if not years:
            return None
        year = years[0].year
    population = told.population
    if origins and population == Population.PATIENTS:
        population = Population.FOREIGN_PATIENTS  # the patients of a foreign country
    fields = {
        "count": count,
        "qualifier": quantity.qualifier,
        "year": year,
        "period_kind": PeriodKind.YEAR if year is not None else PeriodKind.UNSPECIFIED,
        "period_start": None,
        "period_end": None,
        "population": population,
        "origin_countries": origins,
        "n_countries": None,
        "institution": told.receiver,
        "scope_level": ctx.language.scope_level(told.receiver),
    }
    return RecordDraft(
        RecordKind.PATIENT_STAT, "patient_stats.listed_figure", entry.row, ConfidenceLevel.CUED, fields
    )


def _count(ctx: DocumentContext, entry: Entry) -> tuple[int, Quantity] | None:
    """The figure's one count, whole, and the quantity read: not a share, a sum or a year, and
    no fraction unless its points group thousands ("14.798")."""
    counts = [
        q
        for q in ctx.language.find_quantities(ctx.text, entry.figure.start, entry.figure.end)
        if not q.is_measure
    ]
    if len(counts) != 1 or counts[0].is_year or counts[0].value <= 0:
        return None
    quantity = counts[0]
    if quantity.value == int(quantity.value):
        return int(quantity.value), quantity
    grouped = _THOUSANDS_POINTS.fullmatch(entry.figure.text)
    return (int(grouped.group(0).replace(".", "")), quantity) if grouped else None
