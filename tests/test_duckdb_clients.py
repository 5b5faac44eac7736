"""The warehouse opens in the DuckDB clients users already have: the duckdb CLI of the package index (1.x).

The CLI is a dev dependency (``duckdb-cli``, a binary beside the Python package ``duckdb``, with
which it shares nothing); these tests use the one installed beside this Python.
"""

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DEMO_CORPUS
from warehouse.file_format import STORAGE_VERSION, file_storage_version
from warehouse.schema import ALL_TABLES
from warehouse.views import VIEWS

DUCKDB_CLI = Path(sys.executable).with_name("duckdb")
MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]


def cli(warehouse: Path, sql: str) -> subprocess.CompletedProcess[str]:
    """``duckdb -readonly WAREHOUSE -c SQL``, as the README shows it."""
    if not DUCKDB_CLI.exists():
        pytest.fail(f"no duckdb CLI at {DUCKDB_CLI}: install the dev extras (pip install -e '.[dev]')")
    return subprocess.run(
        [str(DUCKDB_CLI), "-readonly", str(warehouse), "-c", sql],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def csv_by_cli(warehouse: Path, relation: str, out: Path) -> str:
    result = cli(warehouse, f"COPY (SELECT * FROM {relation}) TO '{out}' (HEADER)")
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


def csv_by_this_duckdb(warehouse: Path, relation: str, out: Path) -> str:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute(f"COPY (SELECT * FROM {relation}) TO '{out}' (HEADER)")
    finally:
        con.close()
    return out.read_text(encoding="utf-8")


def medtour_ingest(warehouse: Path, prefect_api: str) -> str:
    """``medtour ingest`` of the demo corpus into ``warehouse``; its summary line."""
    result = subprocess.run(
        [*MEDTOUR, "ingest", str(DEMO_CORPUS), "-w", str(warehouse)],
        env={**os.environ, "PREFECT_API_URL": prefect_api},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # 2: the run completed, and a document failed; that is the extractors' business, not the file's
    # (on a loaded machine the first document can outrun its time budget)
    assert result.returncode in (0, 2), result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory, prefect_api: str) -> Path:
    warehouse = tmp_path_factory.mktemp("clients") / "demo.duckdb"
    medtour_ingest(warehouse, prefect_api)
    return warehouse


def test_the_cli_is_a_duckdb_1_x() -> None:
    result = subprocess.run([str(DUCKDB_CLI), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("v1."), result.stdout
    assert not duckdb.__version__.startswith("1."), "this DuckDB is not newer: the test would prove nothing"


def test_the_cli_reads_every_table_and_view_as_this_duckdb_does(demo_warehouse: Path, tmp_path: Path) -> None:
    relations = [*(table.name for table in ALL_TABLES), *VIEWS]
    for relation in relations:
        by_cli = csv_by_cli(demo_warehouse, relation, tmp_path / f"{relation}.cli.csv")
        expected = csv_by_this_duckdb(demo_warehouse, relation, tmp_path / f"{relation}.csv")
        assert by_cli == expected, relation


def test_an_ingest_brings_a_warehouse_of_a_newer_format_to_one_the_cli_reads(
    demo_warehouse: Path, tmp_path: Path, prefect_api: str
) -> None:
    """A warehouse that an earlier medtour wrote in DuckDB's newest format is rewritten once, whole."""
    newer = tmp_path / "newer.duckdb"
    con = duckdb.connect(str(newer), config={"storage_compatibility_version": "latest"})
    con.execute(f"ATTACH '{demo_warehouse}' AS demo (READ_ONLY)")
    con.execute("COPY FROM DATABASE demo TO newer")
    con.close()
    refused = cli(newer, "SELECT count(*) FROM documents")
    assert refused.returncode != 0 and "version number" in refused.stderr, refused
    before = csv_by_this_duckdb(
        newer, "ingest_runs ORDER BY started_at", tmp_path / "runs-before.csv"
    ).splitlines()

    medtour_ingest(newer, prefect_api)

    con = duckdb.connect(str(newer), read_only=True)
    try:
        assert file_storage_version(con) == f"{STORAGE_VERSION}+"
    finally:
        con.close()
    runs = csv_by_cli(newer, "ingest_runs ORDER BY started_at", tmp_path / "runs.csv").splitlines()
    assert runs[: len(before)] == before and len(runs) == len(before) + 1  # the history came along
    for relation in ("documents", "patient_stats", "facts_patient_stats"):
        by_cli = csv_by_cli(newer, relation, tmp_path / f"{relation}.cli.csv")
        assert by_cli == csv_by_this_duckdb(newer, relation, tmp_path / f"{relation}.csv"), relation
        assert len(by_cli.splitlines()) > 1, relation
    assert [path.name for path in newer.parent.iterdir() if path.name.endswith(".tmp")] == []
