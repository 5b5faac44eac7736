"""Pathological documents: bounded time, a clear error, never a stalled run."""

import hashlib
import random
import time

import pytest

from extractors import ExtractionTimeout, extract
from models import SourceDocument


def source(text: str) -> SourceDocument:
    raw = text.encode()
    return SourceDocument(
        doc_id="d", source_uri="x.txt", content=raw, content_sha256=hashlib.sha256(raw).hexdigest()
    )


def test_a_document_over_its_time_budget_raises_a_clear_error() -> None:
    rng = random.Random(7)
    text = " ".join(f"on March {rng.randint(1, 28)}, {rng.randint(1990, 2030)}" for _ in range(20_000))
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match="time budget"):
        extract(source(text), time_budget=0.5)
    assert time.monotonic() - started < 5


def test_a_huge_word_and_a_long_unpunctuated_line_are_read_quickly() -> None:
    rng = random.Random(3)
    words = ["patients", "Busan", "hospital", "the", "of", "foreign", "visited"]
    for text in ("a" * 1_000_000, " ".join(rng.choice(words) for _ in range(150_000))):
        extraction = extract(source(text))
        assert extraction.records == []
