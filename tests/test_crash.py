"""A killed ingest never leaves the warehouse half-written, and the next run repairs everything.

A real ingest subprocess is killed with SIGKILL at random moments (seeded, so a failure can be
replayed) across discovery, extraction and loading; after each kill the warehouse must open and
every document must be entirely at one version; the final uninterrupted run must reach exactly
the content of a clean run.
"""

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.prefect_server import managed_server
from tests.conftest import DEMO_CORPUS

KILLS = 20  # the issue asks for at least 20 kills across the stages
SEED = 20261124
VOLATILE = {"ingested_at", "run_id"}
CONTENT_TABLES = ("documents", "patient_stats", "targets", "partnerships", "events", "rejected_records")


def make_corpus(folder: Path, copies: int) -> None:
    """Many distinct documents (each demo article with its own figures), so a run lasts a while."""
    folder.mkdir()
    for copy in range(copies):
        for article in sorted(DEMO_CORPUS.iterdir()):
            text = article.read_text(encoding="utf-8").replace("2019", str(2000 + copy % 20))
            (folder / f"{copy:03d}_{article.name}").write_text(text, encoding="utf-8")


def ingest_command(corpus: Path, warehouse: Path) -> list[str]:
    code = "import sys; from flows.ingest import ingest; ingest(sys.argv[1], sys.argv[2], batch_size=6)"
    return [sys.executable, "-c", code, str(corpus), str(warehouse)]


def content_checksum(warehouse: Path) -> dict[str, list[str]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        checksum = {}
        for table in CONTENT_TABLES:
            cursor = con.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            keep = [i for i, c in enumerate(columns) if c not in VOLATILE]
            checksum[table] = sorted(repr([row[i] for i in keep]) for row in cursor.fetchall())
        return checksum
    finally:
        con.close()


def documents_are_whole(warehouse: Path) -> bool:
    """Every record belongs to a live document of the same extraction (no orphans, no mixtures)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for table in CONTENT_TABLES[1:]:
            (orphans,) = con.execute(
                f"SELECT count(*) FROM {table} r LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL"
            ).fetchone()
            if orphans:
                return False
        return True
    finally:
        con.close()


@pytest.fixture(scope="module")
def private_prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of this test's own: runs killed here must not meet other tests' deployments."""
    with managed_server(tmp_path_factory.mktemp("crash-prefect")) as server:
        yield server.api_url


@pytest.mark.slow
def test_sigkill_at_random_moments_never_corrupts_the_warehouse(
    tmp_path: Path, private_prefect_api: str
) -> None:
    env = {**os.environ, "PREFECT_API_URL": private_prefect_api, "PREFECT_LOGGING_LEVEL": "ERROR"}
    corpus = tmp_path / "corpus"
    make_corpus(corpus, copies=4)
    clean = tmp_path / "clean.duckdb"
    started = time.monotonic()
    subprocess.run(ingest_command(corpus, clean), env=env, check=True, capture_output=True, timeout=300)
    duration = time.monotonic() - started

    crashed = tmp_path / "crashed.duckdb"
    rng = random.Random(SEED)
    for _ in range(KILLS):
        process = subprocess.Popen(
            ingest_command(corpus, crashed), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.2, duration))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if crashed.exists():
            assert documents_are_whole(crashed)
    subprocess.run(ingest_command(corpus, crashed), env=env, check=True, capture_output=True, timeout=300)

    assert content_checksum(crashed) == content_checksum(clean)
    con = duckdb.connect(str(crashed), read_only=True)
    statuses = [s for (s,) in con.execute("SELECT status FROM ingest_runs ORDER BY started_at").fetchall()]
    con.close()
    assert statuses[-1] == "completed"
    assert "running" not in statuses  # killed runs are marked interrupted by the next one
