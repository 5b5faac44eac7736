"""The warehouse opens in the DuckDB clients users already have: the duckdb CLI of the package index (1.x).

The CLI is a dev dependency (``duckdb-cli``, a binary beside the Python package ``duckdb``, with
which it shares nothing); these tests use the one installed beside this Python.
"""

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest
from tests.conftest import DEMO_CORPUS
from warehouse.file_format import STORAGE_VERSION, file_storage_version
from warehouse.schema import ALL_TABLES
from warehouse.views import VIEWS

DUCKDB_CLI = Path(sys.executable).with_name("duckdb")


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


@pytest.fixture(scope="module")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    warehouse = tmp_path_factory.mktemp("clients") / "demo.duckdb"
    ingest(str(DEMO_CORPUS), str(warehouse))
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
    demo_warehouse: Path, tmp_path: Path
) -> None:
    """A warehouse that an earlier medtour wrote in DuckDB's newest format is rewritten once, whole."""
    newer = tmp_path / "newer.duckdb"
    con = duckdb.connect(str(newer), config={"storage_compatibility_version": "latest"})
    con.execute(f"ATTACH '{demo_warehouse}' AS demo (READ_ONLY)")
    con.execute("COPY FROM DATABASE demo TO newer")
    con.close()
    refused = cli(newer, "SELECT count(*) FROM documents")
    assert refused.returncode != 0 and "version number" in refused.stderr, refused

    summary = ingest(str(DEMO_CORPUS), str(newer))

    assert summary.docs_unchanged == summary.docs_seen == 27  # the documents came along
    con = duckdb.connect(str(newer), read_only=True)
    try:
        assert file_storage_version(con) == f"{STORAGE_VERSION}+"
        assert con.execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 2  # and the run history
    finally:
        con.close()
    for relation in ("documents", "patient_stats", "facts_patient_stats"):
        assert csv_by_cli(newer, relation, tmp_path / "cli.csv") == csv_by_cli(
            demo_warehouse, relation, tmp_path / "demo.csv"
        ), relation
    assert [path.name for path in newer.parent.iterdir() if path.name.endswith(".tmp")] == []
