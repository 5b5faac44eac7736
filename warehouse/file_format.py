"""The warehouse's on-disk format: one that the DuckDB 1.x clients read, not only the DuckDB medtour runs.

DuckDB writes a new file in its own newest format by default: DuckDB 2.0's (file version 69),
which no DuckDB 1.x opens ("we can only read versions between 64 and 68"), so neither the
duckdb CLI of the package index nor the BI tools that embed a DuckDB 1.x could read the
warehouse. ``STORAGE_VERSION`` 'v1.2.0' is file version 65, read by DuckDB 1.2 and every later
release. An older target would gain no reader: DuckDB 1.0 cannot read even the tables of a file
that DuckDB 2.0 writes as 'v1.0.0', and 1.1 not its views (both fail "Failed to deserialize").

The format is chosen when a file is created and can never be lowered in place. A warehouse that
an earlier medtour wrote in a newer format is copied once, whole, into a file of this format,
which then replaces it (an atomic rename: a crash during the copy leaves the original intact).
"""

# Annotations stay strings: a DuckDB type held in the annotations of a function that outlives
# the interpreter's teardown is reported by DuckDB's bindings (nanobind) as a leak, at every exit.
from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

STORAGE_VERSION = "v1.2.0"
CONNECTION_CONFIG = {"storage_compatibility_version": STORAGE_VERSION}


def connect(
    path: Path, *, read_only: bool, config: dict[str, object] | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file (with ``config`` besides the storage version's own settings); a writer
    first brings one written in a newer format to ``STORAGE_VERSION``."""
    con = duckdb.connect(str(path), read_only=read_only, config={**CONNECTION_CONFIG, **(config or {})})
    if read_only or not _written_newer(con):
        return con
    _copy_into_storage_version(con, path)
    return duckdb.connect(str(path), config=CONNECTION_CONFIG)


def file_storage_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The format of the connection's file, as DuckDB tags it ('v1.2.0+'); None if DuckDB does not say."""
    row = con.execute(
        "SELECT tags FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    tags = row[0] if row else None
    return tags.get("storage_version") if isinstance(tags, dict) else None


def _written_newer(con: duckdb.DuckDBPyConnection) -> bool:
    tag = file_storage_version(con)
    return tag is not None and _release(tag) > _release(STORAGE_VERSION)


def _release(tag: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", tag)[:3])


def _copy_into_storage_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Copy every table and view into a new file of ``STORAGE_VERSION``, then put it in the file's place."""
    copy = path.with_name(f"{path.name}.{STORAGE_VERSION}.tmp")
    copy.unlink(missing_ok=True)  # left by a copy that a crash interrupted
    try:
        (source,) = con.execute("SELECT current_database()").fetchone()
        con.execute(f"ATTACH '{_sql_string(copy)}' AS storage_copy (STORAGE_VERSION '{STORAGE_VERSION}')")
        quoted_source = '"' + source.replace('"', '""') + '"'
        con.execute(f"COPY FROM DATABASE {quoted_source} TO storage_copy")
        con.execute("DETACH storage_copy")
        con.close()
        os.replace(copy, path)
    finally:
        con.close()
        copy.unlink(missing_ok=True)


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")
