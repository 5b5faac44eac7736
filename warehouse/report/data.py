"""What the report shows, read from the warehouse: the rows behind each chart and table, and every
live document with its records and the facts they belong to.

The report's SQL lives here so that the rendering modules work on plain Python values.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from models import RECORD_TYPES
from warehouse.store import Warehouse

Row = dict[str, Any]

# The record tables in the order the report lists kinds, with the kind each one holds.
KIND_TABLES: dict[str, str] = {str(kind): model.table for kind, model in RECORD_TYPES.items()}
FACT_VIEWS: dict[str, str] = {kind: f"facts_{table}" for kind, table in KIND_TABLES.items()}

# Columns every record has; the report shows them apart from the record's own fields.
COMMON_COLUMNS = ("record_id", "doc_id", "evidence", "span_start", "span_end", "confidence", "rule")


@dataclass(frozen=True)
class FactMembership:
    """The consolidated fact a record belongs to: how many documents report it, and whether they disagree."""

    fact_id: str
    n_sources: int
    conflict: bool


@dataclass(frozen=True)
class RecordRow:
    record_id: str
    kind: str
    span_start: int
    span_end: int
    confidence: float
    fields: Row
    fact: FactMembership | None


@dataclass(frozen=True)
class DocumentRow:
    doc_id: str
    title: str | None
    publisher: str | None
    published_date: date | None
    source_uri: str
    text: str
    records: list[RecordRow]


@dataclass(frozen=True)
class ReportData:
    record_counts: dict[str, int]
    fact_counts: dict[str, int]
    national_totals: list[Row]
    by_origin: list[Row]  # every year's; the chart shows one year of them
    partnerships_by_country: list[Row]
    events: list[Row]
    undated_events: list[Row]
    goals: list[Row]
    conflicts: list[Row]
    documents: list[DocumentRow]
    ingested_folders: list[str]  # what the runs ingested: document paths are shown relative to them


# Korea-wide (or receiver-less) yearly counts per origin country, the most reported figure where a
# year has several.
BY_ORIGIN = """
    SELECT origin_country, year, count, n_sources, conflict, other_counts
    FROM patient_volume_by_origin
    WHERE breakdown = 'by_origin' AND population = 'foreign_patients'
    QUALIFY row_number() OVER (PARTITION BY origin_country, year ORDER BY n_sources DESC, count DESC) = 1
    ORDER BY year, count DESC, origin_country
"""

PARTNERSHIPS_PER_COUNTRY_AND_KIND = """
    SELECT country, kind, sum(partnerships) AS partnerships, list(DISTINCT year ORDER BY year) AS years
    FROM partnerships_by_country
    GROUP BY country, kind
    ORDER BY country NULLS LAST, kind
"""


def read_report_data(store: Warehouse) -> ReportData:
    """Everything the report needs, read on one connection so that it is consistent."""
    return ReportData(
        record_counts={
            kind: _scalar(store, f"SELECT count(*) FROM ({_live_records(table)})")
            for kind, table in KIND_TABLES.items()
        },
        fact_counts={
            kind: _scalar(store, f"SELECT count(*) FROM {view}") for kind, view in FACT_VIEWS.items()
        },
        national_totals=_rows(store, "SELECT * FROM national_patient_totals WHERE preferred"),
        by_origin=_rows(store, BY_ORIGIN),
        partnerships_by_country=_rows(store, PARTNERSHIPS_PER_COUNTRY_AND_KIND),
        events=_rows(store, "SELECT * FROM events_calendar WHERE start_date IS NOT NULL"),
        undated_events=_rows(store, "SELECT * FROM events_calendar WHERE start_date IS NULL"),
        goals=_rows(store, "SELECT * FROM goals_progress"),
        conflicts=_rows(store, "SELECT * FROM fact_conflicts"),
        documents=_documents(store),
        ingested_folders=[
            row["source_path"]
            for row in _rows(
                store, "SELECT DISTINCT source_path FROM ingest_runs WHERE source_path IS NOT NULL"
            )
        ],
    )


def _documents(store: Warehouse) -> list[DocumentRow]:
    """Live documents, oldest first, each with its records in text order."""
    memberships = {
        row["record_id"]: FactMembership(row["fact_id"], row["n_sources"], row["conflict"])
        for view in FACT_VIEWS.values()
        for row in _rows(
            store, f"SELECT unnest(record_ids) AS record_id, fact_id, n_sources, conflict FROM {view}"
        )
    }
    records: dict[str, list[RecordRow]] = {}
    for kind, table in KIND_TABLES.items():
        for row in _rows(store, _live_records(table)):
            records.setdefault(row["doc_id"], []).append(
                RecordRow(
                    record_id=row["record_id"],
                    kind=kind,
                    span_start=row["span_start"],
                    span_end=row["span_end"],
                    confidence=row["confidence"],
                    fields={k: v for k, v in row.items() if k not in COMMON_COLUMNS},
                    fact=memberships.get(row["record_id"]),
                )
            )
    documents = _rows(
        store,
        "SELECT doc_id, title, publisher, published_date, source_uri, text FROM documents "
        "WHERE deleted_at IS NULL ORDER BY published_date NULLS LAST, source_uri",
    )
    return [
        DocumentRow(**row, records=sorted(records.get(row["doc_id"], []), key=lambda r: r.span_start))
        for row in documents
    ]


def _live_records(table: str) -> str:
    return (
        f"SELECT r.* FROM {table} r JOIN documents d ON d.doc_id = r.doc_id "
        "WHERE d.deleted_at IS NULL ORDER BY r.doc_id, r.span_start"
    )


def _rows(store: Warehouse, sql: str) -> list[Row]:
    result = store.query(sql)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _scalar(store: Warehouse, sql: str) -> int:
    return int(store.query(sql).rows[0][0])
