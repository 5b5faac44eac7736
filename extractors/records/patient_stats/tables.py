"""Counts printed as a table: a row's cell under a column headed by a patient noun."""

from extractors.context import DocumentContext
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.patient_stats.clauses import is_generic_head
from extractors.spans import Span
from extractors.text.tables import Cell, Table, find_tables
from models import PeriodKind, Population, RecordKind


def body_tables(ctx: DocumentContext) -> list[Table]:
    """The tables of the article body, found once a document: the counts of a table's rows and
    the lists of figures (a grid of years is a table) both read them, and each line of the
    body is split into cells to find them."""
    return ctx.per_document("body_tables", lambda: find_tables(ctx.text, ctx.body_start))


def table_stats(ctx: DocumentContext) -> list[RecordDraft]:
    """Rows of a breakdown printed as a table ("China   187,441   30.9%" under "Country
    Patients  Share"): the cell in the column headed by a patient noun counts the patients of
    the country named first in the row, in the year and population its caption names."""
    found = []
    heads = ctx.lexicon.matcher("patients", "heads")
    for table in body_tables(ctx):
        column = next((i for i, cell in enumerate(table.header) if heads.search(cell.text)), None)
        if column is None or column == 0:
            continue
        head = heads.search(table.header[column].text)
        if is_generic_head(ctx, head) and (table.caption is None or not heads.search(table.caption.text)):
            continue  # "Number of visitors" counts patients only under a caption about patients
        labels = " ".join(c.text for c in (table.caption, table.header[column]) if c is not None)
        population = Population(head.label)
        if ctx.lexicon.matcher("patients", "foreign_words").contains(labels):
            population = Population.FOREIGN_PATIENTS
        year = _caption_year(ctx, table)
        for row in table.rows:
            draft = _row_stat(ctx, row, column, population, year)
            if draft is not None:
                found.append(draft)
    return found


def _caption_year(ctx: DocumentContext, table: Table) -> int | None:
    """The year a table's caption names ("Foreign patients by country, 2023")."""
    if table.caption is None:
        return None
    years = ctx.language.find_years(ctx.text, table.caption.start, table.caption.end, ctx.published)
    return years[0].year if years else None


def _row_stat(
    ctx: DocumentContext, row: tuple[Cell, ...], column: int, population: Population, year: int | None
) -> RecordDraft | None:
    """One row's count, with the country its first cell names; None when the cell holds no count."""
    cell = row[column]
    counts = [q for q in ctx.language.find_quantities(ctx.text, cell.start, cell.end) if not q.is_measure]
    if len(counts) != 1 or counts[0].is_year:
        return None
    places = ctx.language.find_places(ctx.text, row[0].start, row[0].end)
    origins = [p.place.country for p in places if p.place.country and not p.place.is_korean]
    fields = {
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
        "scope_level": ctx.language.scope_level(None),
    }
    row_span = Span(row[0].start, row[-1].end, ctx.text[row[0].start : row[-1].end])
    return RecordDraft(
        RecordKind.PATIENT_STAT, "patient_stats.table_row", row_span, ConfidenceLevel.CUED, fields
    )
