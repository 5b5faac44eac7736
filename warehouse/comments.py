"""Table and column comments in the warehouse file, from the schema's descriptions.

DuckDB keeps them in its catalog (``duckdb_tables()``, ``duckdb_columns()``,
``information_schema.columns.COLUMN_COMMENT``), where SQL users and BI tools find what a column
means without this repository. They are the same sentences as docs/records.md, both made from
the models' ``Field(description=...)``.
"""

# Annotations stay strings: a DuckDB type held in the annotations of a function that outlives
# the interpreter's teardown is reported by DuckDB's bindings (nanobind) as a leak, at every exit.
from __future__ import annotations

import duckdb

from warehouse.schema import ALL_TABLES


def install_comments(con: duckdb.DuckDBPyConnection) -> None:
    """Set every table's and column's comment that differs from the schema's.

    A writer opens the file once per load, so a current file costs one catalog query each and no
    change to the catalog (which DuckDB would otherwise write at every checkpoint).
    """
    stored_tables = dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    stored_columns = {
        (table, column): comment
        for table, column, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns()"
        ).fetchall()
    }
    for table in ALL_TABLES:
        if stored_tables.get(table.name) != table.description:
            con.execute(f"COMMENT ON TABLE {table.name} IS {_literal(table.description)}")
        for column in table.columns:
            if stored_columns.get((table.name, column.name)) != column.comment:
                con.execute(f'COMMENT ON COLUMN {table.name}."{column.name}" IS {_literal(column.comment)}')


def _literal(text: str) -> str:
    """``text`` as an SQL string literal (COMMENT ON takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"
