"""A killed ingest never leaves the warehouse half-written, and the next run repairs everything.

A real ingest subprocess is killed with SIGKILL at random moments (seeded, so a failure can be
replayed) across discovery, extraction and loading; after each kill the warehouse must open and
every document must be entirely at one version; the final uninterrupted run must reach exactly
the content of a clean run.
"""

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import psutil
import pytest

from flows.prefect_server import managed_server
from tests.conftest import DEMO_CORPUS

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]
WORKER_START_CPU_SECONDS = 2.0
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


def descendants_at_work(process: subprocess.Popen[bytes], until: float) -> dict[int, psutil.Process]:
    """Every process seen under ``process``, sampled until its server and two workers are at work.

    A worker is at work once it has used more CPU time than its start-up takes (importing Prefect
    and the extractors, then warming them up: 1.2 s here). One that is killed earlier, while it
    starts, notices only once its start-up is over (``flows.lifeline``).
    """
    seen: dict[int, psutil.Process] = {}
    root = psutil.Process(process.pid)
    commands: list[str] = []
    while time.monotonic() < until and process.poll() is None:
        with contextlib.suppress(psutil.Error):
            seen.update({child.pid: child for child in root.children(recursive=True)})
        with contextlib.suppress(psutil.Error):
            running = {child: " ".join(child.cmdline()) for child in seen.values() if child.is_running()}
            commands = list(running.values())
            servers = [c for c in commands if "uvicorn" in c and "ephemeral_app" in c]
            working = [
                p
                for p, c in running.items()
                if "spawn_main" in c and sum(p.cpu_times()[:2]) > WORKER_START_CPU_SECONDS
            ]
            if servers and len(working) >= 2:
                return seen
        time.sleep(0.1)
    pytest.fail(f"the ingest ended, or never had its server and two workers at work; seen: {commands}")


@pytest.mark.slow
def test_sigkill_of_ingest_leaves_none_of_its_processes_running(tmp_path: Path) -> None:
    """The Prefect server and the workers an ingest started notice within seconds that it is gone."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, copies=80)  # 2,160 documents: the workers are at work long before the end
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    command = [*MEDTOUR, "ingest", str(corpus), "-w", str(tmp_path / "w.duckdb"), "--workers", "2"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = descendants_at_work(process, until=time.monotonic() + 120)
    finally:
        process.kill()
        process.wait()
    time.sleep(5)
    alive = [
        child for child in started.values() if child.is_running() and child.status() != psutil.STATUS_ZOMBIE
    ]
    commands = [" ".join(child.cmdline()) for child in alive]
    for child in alive:  # so that a failure leaves nothing behind either
        child.kill()
    assert commands == []
