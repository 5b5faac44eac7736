"""The warehouse schema, derived from the record models so that columns never drift from them.

Each table is a list of ``Column``s; the same list yields the DuckDB DDL and the Arrow schema
used to bulk-load rows, so a field added to a model appears in both at once.
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
    primary_key: bool = False

    @property
    def arrow_type(self) -> pa.DataType:
        return ARROW_TYPES[self.sql_type]


@dataclass(frozen=True)
class Table:
    name: str
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


def _model_columns(model: type[BaseModel], primary_key: str | None) -> tuple[Column, ...]:
    return tuple(
        Column(name, _sql_type(name, field.annotation), primary_key=name == primary_key)
        for name, field in model.model_fields.items()
    )


DOCUMENTS = Table(
    "documents",
    (
        *_model_columns(Document, primary_key="doc_id"),
        Column("size_bytes", "BIGINT"),
        Column("mtime_ns", "BIGINT"),
        Column("ingested_at", "TIMESTAMP"),
        Column("deleted_at", "TIMESTAMP"),
    ),
)

RECORD_TABLES: dict[str, Table] = {
    model.table: Table(model.table, _model_columns(model, primary_key="record_id"))
    for model in RECORD_TYPES.values()
}

REJECTED_RECORDS = Table(
    "rejected_records",
    (*_model_columns(RejectedRecord, primary_key=None), Column("run_id", "VARCHAR")),
)

INGEST_RUNS = Table(
    "ingest_runs",
    (
        Column("run_id", "VARCHAR", primary_key=True),
        Column("started_at", "TIMESTAMP"),
        Column("finished_at", "TIMESTAMP"),
        Column("status", "VARCHAR"),
        Column("error", "VARCHAR"),
        Column("source_path", "VARCHAR"),
        Column("docs_seen", "INTEGER"),
        Column("docs_new", "INTEGER"),
        Column("docs_changed", "INTEGER"),
        Column("docs_unchanged", "INTEGER"),
        Column("docs_failed", "INTEGER"),
        Column("docs_deleted", "INTEGER"),
        Column("records_loaded", "INTEGER"),
        Column("records_rejected", "INTEGER"),
        Column("extractor_version", "VARCHAR"),
    ),
)

INGEST_ERRORS = Table(
    "ingest_errors",
    (
        Column("run_id", "VARCHAR"),
        Column("source_uri", "VARCHAR"),
        Column("stage", "VARCHAR"),
        Column("error", "VARCHAR"),
        Column("at", "TIMESTAMP"),
    ),
)

ALL_TABLES: tuple[Table, ...] = (
    DOCUMENTS,
    *RECORD_TABLES.values(),
    REJECTED_RECORDS,
    INGEST_RUNS,
    INGEST_ERRORS,
)
