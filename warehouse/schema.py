"""The warehouse schema, derived from the record models so that columns never drift from them.

Each table is a list of ``Column``s; the same list yields the DuckDB DDL, the Arrow schema used
to bulk-load rows, the column comments stored in the warehouse and the column tables of
docs/records.md, so a field added to a model appears in all of them at once, described by its
``Field(description=...)``.
"""

import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

import pyarrow as pa
from pydantic import BaseModel

from models import RECORD_TYPES, Document, RejectedRecord

ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}

# Columns whose values can exceed 32 bits (RECORDS.md types `count` as BIGINT).
WIDE_INTEGERS = {"count", "size_bytes", "mtime_ns"}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    description: str
    primary_key: bool = False
    values: tuple[str, ...] = ()  # a closed vocabulary (the field's enum), in the model's order

    @property
    def arrow_type(self) -> pa.DataType:
        return ARROW_TYPES[self.sql_type]

    @property
    def comment(self) -> str:
        """What the column holds, in one line: its description and, for a label, every value it takes."""
        if not self.values:
            return self.description
        return f"{self.description}; one of: {', '.join(self.values)}"


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def quoted_columns(self) -> str:
        """The column list for SQL, quoted because some names (``at``) are keywords."""
        return ", ".join(f'"{c.name}"' for c in self.columns)

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([(c.name, c.arrow_type) for c in self.columns])

    def ddl(self) -> str:
        columns = ",\n  ".join(
            f'"{c.name}" {c.sql_type}' + (" PRIMARY KEY" if c.primary_key else "") for c in self.columns
        )
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n  {columns}\n)"


def _sql_type(name: str, annotation: object) -> str:
    """Map a model field's annotation to a DuckDB type."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        (inner,) = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sql_type(name, inner)
    if typing.get_origin(annotation) is typing.Annotated:
        return _sql_type(name, typing.get_args(annotation)[0])
    if typing.get_origin(annotation) is list:
        return _sql_type(name, typing.get_args(annotation)[0]) + "[]"
    if annotation is bool:
        return "BOOLEAN"
    if annotation is int:
        return "BIGINT" if name in WIDE_INTEGERS else "INTEGER"
    if annotation is float:
        return "DOUBLE"
    if annotation is datetime:
        return "TIMESTAMP"
    if annotation is date:
        return "DATE"
    if annotation is str or (isinstance(annotation, type) and issubclass(annotation, Enum)):
        return "VARCHAR"
    raise TypeError(f"no warehouse type for field {name!r}: {annotation!r}")


def _labels(annotation: object) -> tuple[str, ...]:
    """The values of the enum a field's annotation holds (through ``| None``, ``Annotated``, ``list``)."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return tuple(str(member.value) for member in annotation)
    for inner in typing.get_args(annotation):
        if values := _labels(inner):
            return values
    return ()


def _model_columns(model: type[BaseModel], primary_key: str | None) -> tuple[Column, ...]:
    return tuple(
        Column(
            name,
            _sql_type(name, field.annotation),
            field.description or "",
            primary_key=name == primary_key,
            values=_labels(field.annotation),
        )
        for name, field in model.model_fields.items()
    )


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0] if doc else ""


DOCUMENTS = Table(
    "documents",
    "One row per document, at its latest version: its metadata and the cleaned text records point into.",
    (
        *_model_columns(Document, primary_key="doc_id"),
        Column("size_bytes", "BIGINT", "size of the source file when it was read, in bytes"),
        Column(
            "mtime_ns",
            "BIGINT",
            "modification time of the source file when it was read (ns since the epoch); "
            "a file of the same size and mtime is not read again",
        ),
        Column("ingested_at", "TIMESTAMP", "when this version was loaded (UTC)"),
        Column(
            "deleted_at",
            "TIMESTAMP",
            "when the source file was found gone (UTC); its records have left the record tables. "
            "NULL for a live document",
        ),
    ),
)

RECORD_TABLES: dict[str, Table] = {
    model.table: Table(
        model.table, _first_line(model.__doc__), _model_columns(model, primary_key="record_id")
    )
    for model in RECORD_TYPES.values()
}

REJECTED_RECORDS = Table(
    "rejected_records",
    _first_line(RejectedRecord.__doc__),
    (
        *_model_columns(RejectedRecord, primary_key=None),
        Column("run_id", "VARCHAR", "the run that read the candidate (ingest_runs.run_id)"),
    ),
)

INGEST_RUNS = Table(
    "ingest_runs",
    "One row per ingest run: what it found, what it loaded and how it ended.",
    (
        Column("run_id", "VARCHAR", "id of the run (a random UUID, hex)", primary_key=True),
        Column("started_at", "TIMESTAMP", "when the run began (UTC)"),
        Column(
            "finished_at", "TIMESTAMP", "when the run ended (UTC); NULL while it runs or if it was killed"
        ),
        Column(
            "status",
            "VARCHAR",
            "how the run ended; interrupted: the process stopped before the run finished",
            values=("running", "completed", "completed_with_errors", "failed", "interrupted"),
        ),
        Column("error", "VARCHAR", "why the run failed or was interrupted; NULL otherwise"),
        Column("source_path", "VARCHAR", "the file or folder the run ingested"),
        Column("docs_seen", "INTEGER", "source files found under source_path"),
        Column("docs_new", "INTEGER", "documents ingested for the first time"),
        Column(
            "docs_changed", "INTEGER", "documents whose content or extractor version changed, extracted again"
        ),
        Column("docs_unchanged", "INTEGER", "documents skipped as unchanged"),
        Column("docs_failed", "INTEGER", "documents that could not be ingested (see ingest_errors)"),
        Column("docs_deleted", "INTEGER", "documents whose source file was gone (marked deleted_at)"),
        Column("records_loaded", "INTEGER", "records loaded into the record tables"),
        Column("records_rejected", "INTEGER", "candidate records that failed validation (rejected_records)"),
        Column("extractor_version", "VARCHAR", "the extractor version the run used"),
    ),
)

INGEST_ERRORS = Table(
    "ingest_errors",
    "One row per source file a run could not ingest, with the reason.",
    (
        Column("run_id", "VARCHAR", "the run (ingest_runs.run_id)"),
        Column("source_uri", "VARCHAR", "the file's path"),
        Column(
            "stage",
            "VARCHAR",
            "where it failed: reading the file, decoding its bytes to text, or extracting records",
            values=("read", "decode", "extract"),
        ),
        Column("error", "VARCHAR", "the reason, in one line"),
        Column("at", "TIMESTAMP", "when it failed (UTC)"),
    ),
)

ALL_TABLES: tuple[Table, ...] = (
    DOCUMENTS,
    *RECORD_TABLES.values(),
    REJECTED_RECORDS,
    INGEST_RUNS,
    INGEST_ERRORS,
)
