"""`medtour export`: one Parquet or CSV file per table and view, with every row."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import cli
from tests.warehouse_factory import build_sample, rows
from warehouse import Warehouse
from warehouse.export import EXPORTED, ExportFormat, export_warehouse
from warehouse.schema import ALL_TABLES
from warehouse.views import VIEWS

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample(tmp_path_factory.mktemp("export") / "w.duckdb")


def test_every_table_and_view_is_exported() -> None:
    assert set(EXPORTED) == {t.name for t in ALL_TABLES} | set(VIEWS)


def test_the_command_offers_every_export_format() -> None:
    assert [f.value for f in cli.ExportFormat] == [f.value for f in ExportFormat]


def test_parquet_files_hold_every_row_with_its_types(warehouse: Path, tmp_path: Path) -> None:
    with Warehouse.open(warehouse, read_only=True) as store:
        files = export_warehouse(store, tmp_path / "out", ExportFormat.PARQUET)
    assert [f.name for f in files] == list(EXPORTED)
    con = duckdb.connect()
    for file in files:
        (expected,) = rows(warehouse, f"SELECT count(*) AS n FROM {file.name}")[0].values()
        assert con.execute(f"SELECT count(*) FROM '{file.path}'").fetchone()[0] == expected == file.rows
    (fact,) = con.execute(f"SELECT doc_ids FROM '{tmp_path / 'out' / 'facts_events.parquet'}'").fetchall()
    assert isinstance(fact[0], list)


def test_the_command_writes_csv_with_lists_as_json(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = subprocess.run(
        [*MEDTOUR, "export", str(out), "--format", "csv", "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in EXPORTED)
    with (out / "facts_partnerships.csv").open(encoding="utf-8") as handle:
        (partnership,) = list(csv.DictReader(handle))
    assert json.loads(partnership["kinds"]) == ["agreement", "mou"]
    assert json.loads(partnership["signed_dates"]) == ["2018-06-07", "2018-06-08"]


def test_a_missing_warehouse_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = subprocess.run(
        [*MEDTOUR, "export", str(tmp_path / "out"), "--warehouse", str(tmp_path / "none.duckdb")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "run `medtour ingest` first" in result.stderr and "Traceback" not in result.stderr
