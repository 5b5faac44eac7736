"""Write every table and view of the warehouse to files, one each, for tools that do not speak DuckDB.

Parquet keeps the column types (lists stay lists, dates stay dates). CSV cannot hold a list, so
list columns are written as JSON arrays (``["KR", "KZ"]``), which any CSV consumer can parse
unambiguously, the same way ``medtour query --format csv`` prints them.
"""

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from warehouse.schema import ALL_TABLES
from warehouse.store import Warehouse
from warehouse.views import VIEWS

EXPORTED: tuple[str, ...] = (*(table.name for table in ALL_TABLES), *VIEWS)


class ExportFormat(StrEnum):
    PARQUET = "parquet"
    CSV = "csv"


@dataclass(frozen=True)
class ExportedFile:
    name: str
    path: Path
    rows: int


def export_warehouse(store: Warehouse, directory: Path, file_format: ExportFormat) -> list[ExportedFile]:
    """Write ``directory/<name>.<format>`` for every table and view; existing files are replaced."""
    directory.mkdir(parents=True, exist_ok=True)
    return [_export(store, name, directory / f"{name}.{file_format}", file_format) for name in EXPORTED]


def _export(store: Warehouse, name: str, path: Path, file_format: ExportFormat) -> ExportedFile:
    if file_format == ExportFormat.CSV:
        select = f"SELECT {_csv_columns(store, name)} FROM {name}"
        options = "FORMAT csv, HEADER"
    else:
        select = f"SELECT * FROM {name}"
        options = "FORMAT parquet, COMPRESSION zstd"
    target = str(path).replace("'", "''")
    result = store.query(f"COPY ({select}) TO '{target}' ({options})")
    return ExportedFile(name, path, int(result.rows[0][0]))


def _csv_columns(store: Warehouse, name: str) -> str:
    """The select list of ``name`` with every list column turned into a JSON array."""
    described = store.query(f"DESCRIBE SELECT * FROM {name}")
    columns = []
    for column_name, column_type, *_ in described.rows:
        quoted = '"' + column_name.replace('"', '""') + '"'
        columns.append(f"to_json({quoted})::VARCHAR AS {quoted}" if column_type.endswith("[]") else quoted)
    return ", ".join(columns)
