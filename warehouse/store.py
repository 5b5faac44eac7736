"""The DuckDB warehouse: idempotent, transactional loading of extractions and run bookkeeping.

All SQL of the project lives in this package. Rows travel to DuckDB as Arrow tables, which
load hundreds of times faster than row-by-row inserts.
"""

# Annotations stay strings: a DuckDB type held in the annotations of a function that outlives
# the interpreter's teardown is reported by DuckDB's bindings (nanobind) as a leak, at every exit.
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from models import FileState
from warehouse import file_format
from warehouse.comments import install_comments
from warehouse.loading import PendingLoad
from warehouse.schema import (
    ALL_TABLES,
    DOCUMENTS,
    INGEST_RUNS,
    RECORD_TABLES,
    REJECTED_RECORDS,
    Table,
)
from warehouse.views import install_views


class WarehouseError(Exception):
    """A warehouse that cannot be opened or queried, said in one line."""


class WarehouseBusy(WarehouseError):
    """Another process holds the warehouse file: a transient state, worth retrying shortly.

    DuckDB lets one process write a database file and no other process open it meanwhile; a
    writer is also kept out while any reader (``medtour query``, the duckdb CLI, a BI tool) has it open.
    """


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


# A writer's memory cap: without one DuckDB keeps up to 80 % of RAM of a growing file cached, and
# an ingest's memory would grow with the corpus. The cap grows with the rows, because changing a
# table loads its whole primary-key index: with 3.2 million rows (20-digit record ids) a load of
# 1,000 documents failed to commit under 160 MB ("could not allocate block") and passed under
# 200 MB. The cap there is 353 MB, with room for what a checkpoint takes on top of the index.
WRITER_MEMORY_BASE_BYTES = 160 * 2**20
WRITER_MEMORY_BYTES_PER_ROW = 64

# DuckDB's settings for a connection that touches no file but the warehouse (see ``Warehouse.open``).
SANDBOX = {"enable_external_access": False, "lock_configuration": True}


class Warehouse:
    """A connection to one warehouse file, with the operations the pipeline needs."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self._con = connection

    @classmethod
    @contextmanager
    def open(cls, path: str | Path, *, read_only: bool = False, sandboxed: bool = False) -> Iterator[Self]:
        """Open (and for writing, create or migrate) the warehouse at ``path``.

        ``sandboxed``: the connection reads and writes no file but the warehouse (no ``COPY ... TO``,
        ``read_csv``, ``ATTACH`` or extension install), for SQL that a user types; the setting is
        locked, so that SQL cannot turn it back on. The analysis views read only tables.
        """
        path = Path(path)
        if read_only and not path.exists():
            raise WarehouseError(f"no warehouse at {path}: run `medtour ingest` first")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        config = SANDBOX if sandboxed else {}
        try:
            con = file_format.connect(path, read_only=read_only, config=config)
            if not read_only:
                con.execute(f"SET memory_limit = '{writer_memory_limit(con)}B'")
        except duckdb.IOException as error:
            if "lock" in str(error).lower():
                raise WarehouseBusy(_busy_message(path, read_only=read_only)) from error
            raise WarehouseError(f"cannot open warehouse {path}: {_first_line(error)}") from error
        except duckdb.Error as error:
            raise WarehouseError(f"cannot open warehouse {path}: {_first_line(error)}") from error
        try:
            warehouse = cls(con)
            if read_only:
                warehouse._define_views(temporary=True)
            else:
                warehouse.ensure_schema()
            yield warehouse
        finally:
            con.close()

    def memory_limit(self) -> str:
        """DuckDB's memory cap for this connection, as DuckDB prints it ("160.0 MiB")."""
        return str(self._con.execute("SELECT current_setting('memory_limit')").fetchone()[0])

    def ensure_schema(self) -> None:
        """Create missing tables, add the columns a newer model has (``rule``, ``scope_level``:
        empty for records extracted before them, which a newer extractor version re-extracts),
        and (re)create the analysis views; existing data is kept."""
        with self._transaction():
            for table in ALL_TABLES:
                self._con.execute(table.ddl())
            existing = set(
                self._con.execute("SELECT table_name, column_name FROM duckdb_columns()").fetchall()
            )
            for table in ALL_TABLES:
                for column in table.columns:
                    if (table.name, column.name) not in existing:
                        self._con.execute(
                            f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {column.sql_type}'
                        )
            install_comments(self._con)
            self._define_views()

    def _define_views(self, *, temporary: bool = False) -> None:
        """(Re)create the analysis views (temporary ones on a read-only connection: see ``install_views``)."""
        try:
            install_views(self._con, temporary=temporary)
        except duckdb.Error as error:
            raise WarehouseError(f"cannot define the analysis views: {_first_line(error)}") from error

    # -- incremental state -------------------------------------------------------------------

    def known_files(self) -> dict[str, FileState]:
        """The stored state of every live document, by source URI."""
        rows = self._con.execute(
            "SELECT source_uri, doc_id, size_bytes, mtime_ns, content_sha256, extractor_version "
            "FROM documents WHERE deleted_at IS NULL"
        ).fetchall()
        return {
            row[0]: FileState(
                source_uri=row[0],
                doc_id=row[1],
                size_bytes=row[2] or 0,
                mtime_ns=row[3] or 0,
                content_sha256=row[4],
                extractor_version=row[5],
            )
            for row in rows
        }

    # -- loading -----------------------------------------------------------------------------

    def load(self, pending: PendingLoad) -> None:
        """Replace the documents of ``pending`` and all their records, and record its errors, in one
        transaction: either every document is at its new version afterwards, or (on any error)
        every one is still at its previous version.
        """
        doc_ids = pa.table({"doc_id": pa.array(pending.doc_ids, pa.string())})
        with self._transaction():
            if pending.doc_ids:
                self._con.register("batch_doc_ids", doc_ids)
                try:
                    for table in (*RECORD_TABLES.values(), REJECTED_RECORDS):
                        self._con.execute(
                            f"DELETE FROM {table.name} WHERE doc_id IN (SELECT doc_id FROM batch_doc_ids)"
                        )
                finally:
                    self._con.unregister("batch_doc_ids")
            for table, rows in pending.tables():
                self._insert(table, rows, replace=table is DOCUMENTS)

    def mark_deleted(self, doc_ids: Sequence[str], *, at: datetime) -> None:
        """Flag vanished documents and remove their records, in one transaction."""
        if not doc_ids:
            return
        ids = pa.table({"doc_id": pa.array(list(doc_ids), pa.string())})
        with self._transaction():
            self._con.register("deleted_doc_ids", ids)
            try:
                for table in (*RECORD_TABLES.values(), REJECTED_RECORDS):
                    self._con.execute(
                        f"DELETE FROM {table.name} WHERE doc_id IN (SELECT doc_id FROM deleted_doc_ids)"
                    )
                self._con.execute(
                    "UPDATE documents SET deleted_at = ? "
                    "WHERE doc_id IN (SELECT doc_id FROM deleted_doc_ids)",
                    [at],
                )
            finally:
                self._con.unregister("deleted_doc_ids")

    # -- runs --------------------------------------------------------------------------------

    def start_run(self, run_id: str, *, source_path: str, extractor_version: str, at: datetime) -> None:
        """Record a new run; runs still 'running' were killed (one writer at a time) and say so."""
        with self._transaction():
            self._con.execute(
                "UPDATE ingest_runs SET status = 'interrupted', "
                "error = 'the process stopped before the run finished' WHERE status = 'running'"
            )
            self._con.execute(
                "INSERT INTO ingest_runs (run_id, started_at, status, source_path, extractor_version) "
                "VALUES (?, ?, 'running', ?, ?)",
                [run_id, at, source_path, extractor_version],
            )

    def finish_run(
        self, run_id: str, *, at: datetime, status: str, counts: dict[str, int], error: str | None = None
    ) -> None:
        """Close the run's row with its final status and counters."""
        allowed = set(INGEST_RUNS.column_names)
        unknown = set(counts) - allowed
        if unknown:
            raise ValueError(f"unknown ingest_runs counters: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in counts)
        self._con.execute(
            f"UPDATE ingest_runs SET finished_at = ?, status = ?, error = ?, {assignments} WHERE run_id = ?",
            [at, status, error, *counts.values(), run_id],
        )

    # -- reading -----------------------------------------------------------------------------

    def query(self, sql: str) -> QueryResult:
        """Run one SQL statement and return its columns and rows.

        DuckDB's whole message is kept: below its first line come the caret under the faulty part
        of the statement, "Did you mean ...?" and the candidate columns.
        """
        try:
            cursor = self._con.execute(sql)
        except duckdb.Error as error:
            raise WarehouseError(str(error).strip() or type(error).__name__) from error
        if cursor is None:  # DuckDB found no statement in the text
            raise WarehouseError("no SQL statement given (the text is empty or only comments)")
        if cursor.description is None:
            return QueryResult([], [])
        return QueryResult([d[0] for d in cursor.description], cursor.fetchall())

    def runs(self, limit: int = 20) -> QueryResult:
        """The latest runs, newest first."""
        return self.query(
            "SELECT run_id, started_at, finished_at, status, docs_seen, docs_new, docs_changed, "
            "docs_unchanged, docs_failed, docs_deleted, records_loaded, records_rejected, "
            f"extractor_version, error FROM ingest_runs ORDER BY started_at DESC LIMIT {int(limit)}"
        )

    def table_counts(self) -> dict[str, int]:
        """Rows per table; for documents, the live ones."""
        counts = {}
        for table in ALL_TABLES:
            where = " WHERE deleted_at IS NULL" if table is DOCUMENTS else ""
            (counts[table.name],) = self._con.execute(f"SELECT count(*) FROM {table.name}{where}").fetchone()
        return counts

    # -- helpers -----------------------------------------------------------------------------

    def _insert(self, table: Table, arrow_rows: pa.Table, *, replace: bool = False) -> None:
        columns = table.quoted_columns
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        self._con.register("batch_rows", arrow_rows)
        try:
            self._con.execute(f"{verb} INTO {table.name} ({columns}) SELECT {columns} FROM batch_rows")
        finally:
            self._con.unregister("batch_rows")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _busy_message(path: Path, *, read_only: bool) -> str:
    if read_only:
        return f"warehouse {path} is in use by another process (an ingest is writing); try again shortly"
    return (
        f"warehouse {path} is open in another process (a query, the duckdb CLI or a BI tool); "
        "it can be written only once they close it"
    )


def writer_memory_limit(con: duckdb.DuckDBPyConnection) -> int:
    """The writer's memory cap in bytes: a base for the batch being loaded, and room for the indexes."""
    rows = con.execute("SELECT coalesce(sum(estimated_size), 0) FROM duckdb_tables()").fetchone()[0]
    return WRITER_MEMORY_BASE_BYTES + WRITER_MEMORY_BYTES_PER_ROW * int(rows)
