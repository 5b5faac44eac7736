"""Shared fixtures: the bundled demo corpus and its gold file, and a quiet Prefect."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.prefect_server import managed_server

ROOT = Path(__file__).resolve().parent.parent
DEMO_CORPUS = ROOT / "demo" / "corpus"
DEMO_GOLD = ROOT / "demo" / "gold.jsonl"

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture
def demo_corpus(tmp_path: Path) -> Path:
    """A private copy of the demo corpus that a test may change."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for file in DEMO_CORPUS.iterdir():
        (corpus / file.name).write_bytes(file.read_bytes())
    return corpus


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Prefect server shared by the tests that start many ingest subprocesses.

    Each subprocess would otherwise start a temporary server of its own (about 5 s); with
    ``PREFECT_API_URL`` pointing here a flow run starts in about a second.
    """
    with managed_server(tmp_path_factory.mktemp("prefect-home")) as server:
        yield server.api_url
