"""Extraction off the flow's process: a local process pool and a Dask cluster give the same warehouse."""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.ingest import DEFAULT_BATCH_SIZE, ingest
from tests.conftest import DemoWarehouse

RECORD_TABLES = ("patient_stats", "targets", "partnerships", "events", "rejected_records")


def records(warehouse: Path) -> dict[str, list[str]]:
    """Every record row (run ids aside), which do not depend on where they were extracted."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        contents = {}
        for table in RECORD_TABLES:
            columns = [c for (c,) in con.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall()]
            kept = ", ".join(f'"{c}"' for c in columns if c != "run_id")
            contents[table] = sorted(map(repr, con.execute(f"SELECT {kept} FROM {table}").fetchall()))
        contents["documents"] = sorted(
            map(repr, con.execute("SELECT doc_id, title, text, content_sha256 FROM documents").fetchall())
        )
        return contents
    finally:
        con.close()


@pytest.fixture
def shared_api(prefect_api: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Workers and flow report to one server (a worker would otherwise start its own)."""
    monkeypatch.setenv("PREFECT_API_URL", prefect_api)
    return prefect_api


@pytest.fixture
def in_one_process(demo_warehouse: DemoWarehouse) -> dict[str, list[str]]:
    """The demo corpus extracted in the flow's own process (it fits in one batch)."""
    assert demo_warehouse.summary.docs_seen <= DEFAULT_BATCH_SIZE
    return records(demo_warehouse.path)


def test_a_process_pool_loads_what_one_process_does(
    demo_warehouse: DemoWarehouse, tmp_path: Path, in_one_process: dict[str, list[str]], shared_api: str
) -> None:
    warehouse = tmp_path / "pool.duckdb"
    summary = ingest(str(demo_warehouse.corpus), str(warehouse), batch_size=3, workers=2)
    assert summary.docs_new == summary.docs_seen == len(list(demo_warehouse.corpus.iterdir()))
    assert records(warehouse) == in_one_process


@pytest.fixture
def dask_cluster() -> Iterator[str]:
    """Two single-threaded worker processes, as `dask scheduler` and two `dask worker`s would give."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_a_dask_cluster_extracts_and_the_flow_loads(
    demo_warehouse: DemoWarehouse,
    tmp_path: Path,
    in_one_process: dict[str, list[str]],
    shared_api: str,
    dask_cluster: str,
) -> None:
    warehouse = tmp_path / "dask.duckdb"
    corpus = str(demo_warehouse.corpus)
    summary = ingest(corpus, str(warehouse), batch_size=3, runner="dask", dask_address=dask_cluster)
    assert summary.docs_new == summary.docs_seen
    assert records(warehouse) == in_one_process


def test_dask_needs_an_address(demo_corpus: Path, tmp_path: Path, shared_api: str) -> None:
    with pytest.raises(ValueError, match="--dask-address"):
        ingest(str(demo_corpus), str(tmp_path / "w.duckdb"), runner="dask")
