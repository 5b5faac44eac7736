"""Shared fixtures: the bundled demo corpus, its gold file and its warehouse, and a quiet Prefect."""

import atexit
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from flows.prefect_server import managed_server

if TYPE_CHECKING:
    from flows.ingest import IngestSummary

ROOT = Path(__file__).resolve().parent.parent
DEMO_CORPUS = ROOT / "demo" / "corpus"
DEMO_GOLD = ROOT / "demo" / "gold.jsonl"

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# The session's own Prefect home (its SQLite database), removed at exit: with ~/.prefect, test
# sessions of other checkouts on the machine wait on the same database's lock, and under that
# load the temporary server Prefect starts for in-process flow runs missed its 20 s start-up limit.
if "PREFECT_HOME" not in os.environ:
    os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="medtour-tests-prefect-")
    atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture
def demo_corpus(tmp_path: Path) -> Path:
    """A private copy of the demo corpus that a test may change."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for file in DEMO_CORPUS.iterdir():
        (corpus / file.name).write_bytes(file.read_bytes())
    return corpus


@dataclass(frozen=True)
class DemoWarehouse:
    """A copy of the demo corpus (files and modification times), ingested once a session."""

    corpus: Path
    path: Path
    summary: "IngestSummary"


@pytest.fixture(scope="session")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory) -> DemoWarehouse:
    """The demo corpus ingested once for the whole session, for tests that only read the result.

    Open it read-only; a test that writes takes ``ingested_demo``. Documents are named by their
    paths, so another warehouse matches this one's ids only if it ingests this ``corpus``.
    """
    from flows.ingest import ingest  # Prefect is imported after the settings above
    from flows.runners import warm_up

    # As `medtour ingest` does before a run in its own process: the extractors' one-off loads
    # (seconds, more on a loaded machine) are paid before, not inside, the first document's budget.
    with contextlib.suppress(Exception):
        warm_up()
    root = tmp_path_factory.mktemp("demo-warehouse")
    corpus = root / "corpus"
    shutil.copytree(DEMO_CORPUS, corpus)  # copy2: the files keep their modification times
    path = root / "demo.duckdb"
    summary = ingest(str(corpus), str(path))
    # Every test that shares it would fail for this one reason (a machine so loaded that a
    # document ran past its time budget): say it once, here.
    assert not summary.errors, f"the demo corpus did not ingest cleanly: {summary.errors}"
    return DemoWarehouse(corpus, path, summary)


@dataclass(frozen=True)
class IngestedDemo:
    corpus: Path
    warehouse: Path


@pytest.fixture
def ingested_demo(demo_warehouse: DemoWarehouse, tmp_path: Path) -> Iterator[IngestedDemo]:
    """The demo corpus as the first run left it: a private copy of the session's warehouse, over the
    session's corpus, which the test may change (a run sees what changed since the first run).

    The corpus is put back afterwards, bytes and modification times, as the warehouse knows it.
    """
    warehouse = tmp_path / "w.duckdb"
    shutil.copyfile(demo_warehouse.path, warehouse)
    try:
        yield IngestedDemo(demo_warehouse.corpus, warehouse)
    finally:
        shutil.rmtree(demo_warehouse.corpus)
        shutil.copytree(DEMO_CORPUS, demo_warehouse.corpus)


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Prefect server shared by the tests that start many ingest subprocesses.

    Each subprocess would otherwise start a temporary server of its own (about 5 s); with
    ``PREFECT_API_URL`` pointing here a flow run starts in about a second.
    """
    with managed_server(tmp_path_factory.mktemp("prefect-home")) as server:
        yield server.api_url
