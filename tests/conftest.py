"""Shared fixtures: the bundled demo corpus and its gold file, and a quiet Prefect."""

import os
from pathlib import Path

import pytest

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
