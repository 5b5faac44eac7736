"""docs/records.md and the warehouse's column comments say what the warehouse really holds."""

import re
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from warehouse import Warehouse, contract
from warehouse.contract import CONTRACT_COLUMNS, PROJECT_MARK, RECORDS_MD, StaleContract, render
from warehouse.schema import ALL_TABLES, DOCUMENTS, Column

SECTION = re.compile(r"<!-- columns: (\w+) -->\n(.*?)<!-- end columns -->", re.DOTALL)
# duckdb_columns() lists the views' columns too
BASE_TABLES = "table_name IN (SELECT table_name FROM duckdb_tables() WHERE NOT internal)"
ROW = re.compile(rf"^\| `(\w+)`(?: {PROJECT_MARK})? \| ([^|]+) \|", re.MULTILINE)


def documented_columns(text: str) -> dict[str, list[tuple[str, str]]]:
    """Every table the document describes, with its columns (name, type) in the order given."""
    return {
        table: [
            (name, sql_type.removesuffix(", primary key").strip()) for name, sql_type in ROW.findall(rows)
        ]
        for table, rows in SECTION.findall(text)
    }


def warehouse_columns(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Every base table of the DuckDB file, with its columns (name, type) in order."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        found = con.execute(
            "SELECT table_name, column_name, data_type FROM duckdb_columns() "
            f"WHERE {BASE_TABLES} ORDER BY table_name, column_index"
        ).fetchall()
    finally:
        con.close()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in found:
        tables.setdefault(table, []).append((column, data_type))
    return tables


@pytest.fixture
def new_warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    with Warehouse.open(path):
        pass
    return path


def test_records_md_describes_every_table_and_column_of_the_warehouse_and_no_other(
    new_warehouse: Path,
) -> None:
    assert documented_columns(RECORDS_MD.read_text(encoding="utf-8")) == warehouse_columns(new_warehouse)


def test_records_md_is_what_the_generator_writes() -> None:
    text = RECORDS_MD.read_text(encoding="utf-8")
    assert render(text) == text, "docs/records.md is out of date: run `python -m warehouse.contract`"


def test_every_column_of_the_shared_contract_is_in_the_warehouse(new_warehouse: Path) -> None:
    columns = warehouse_columns(new_warehouse)
    for table, names in CONTRACT_COLUMNS.items():
        assert set(names) <= {name for name, _ in columns[table]}, table


def test_the_warehouse_stores_every_description_as_a_comment(new_warehouse: Path) -> None:
    con = duckdb.connect(str(new_warehouse), read_only=True)
    try:
        columns = {
            (table, column): comment
            for table, column, comment in con.execute(
                f"SELECT table_name, column_name, comment FROM duckdb_columns() WHERE {BASE_TABLES}"
            ).fetchall()
        }
        tables = dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
        bi_view = con.execute(
            "SELECT COLUMN_COMMENT FROM information_schema.columns "
            "WHERE table_name = 'patient_stats' AND column_name = 'population'"
        ).fetchone()
    finally:
        con.close()
    assert columns == {(t.name, c.name): c.comment for t in ALL_TABLES for c in t.columns}
    assert all(comment.strip() for comment in columns.values())
    assert tables == {t.name: t.description for t in ALL_TABLES}
    assert all(comment.strip() for comment in tables.values())
    assert bi_view == ("who is counted; one of: foreign_patients, patients, consultations, medical_tourists",)


def test_a_warehouse_written_before_its_comments_changed_gets_the_current_ones(new_warehouse: Path) -> None:
    con = duckdb.connect(str(new_warehouse))
    con.execute("COMMENT ON COLUMN targets.actor IS 'an older sentence'")
    con.execute("COMMENT ON COLUMN documents.title IS NULL")
    con.close()
    with Warehouse.open(new_warehouse) as store:
        result = store.query(
            "SELECT table_name, column_name, comment FROM duckdb_columns() "
            "WHERE (table_name, column_name) IN (('targets', 'actor'), ('documents', 'title')) "
            "ORDER BY table_name"
        )
    assert result.rows == [
        ("documents", "title", "the article's headline (not the site name or navigation)"),
        ("targets", "actor", "who set the goal or targets the market (government, city, hospital, agency)"),
    ]


def test_a_new_column_needs_a_description_and_a_new_table_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    text = RECORDS_MD.read_text(encoding="utf-8")
    described = replace(DOCUMENTS, columns=(*DOCUMENTS.columns, Column("rule", "VARCHAR", "the rule")))
    monkeypatch.setattr(contract, "ALL_TABLES", (described, *ALL_TABLES[1:]))
    assert "| `rule` † | VARCHAR | the rule |" in render(text)

    undescribed = replace(DOCUMENTS, columns=(*DOCUMENTS.columns, Column("rule", "VARCHAR", "")))
    monkeypatch.setattr(contract, "ALL_TABLES", (undescribed, *ALL_TABLES[1:]))
    with pytest.raises(StaleContract, match=r"without a description .*: documents\.rule"):
        render(text)

    new_table = replace(DOCUMENTS, name="mentions")
    monkeypatch.setattr(contract, "ALL_TABLES", (*ALL_TABLES, new_table))
    with pytest.raises(StaleContract, match="no '<!-- columns: NAME -->' section for table\\(s\\): mentions"):
        render(text)
    monkeypatch.setattr(contract, "ALL_TABLES", ALL_TABLES[1:])
    with pytest.raises(StaleContract, match="not in the warehouse: documents"):
        render(text)
