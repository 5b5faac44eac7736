"""Pathological documents: bounded time, a clear error, never a stalled run."""

import hashlib
import random
import time

import pytest

from extractors import ExtractionTimeout, extract, pipeline
from extractors.lang.registry import language_for
from extractors.text.cleaning import CleanedText, clean_text
from models import MediaType, SourceDocument


def source(text: str) -> SourceDocument:
    raw = text.encode()
    return SourceDocument(
        doc_id="d", source_uri="x.txt", content=raw, content_sha256=hashlib.sha256(raw).hexdigest()
    )


def test_a_document_over_its_time_budget_raises_a_clear_error() -> None:
    rng = random.Random(7)
    # some three times the budget's work: 20,000 dates took 0.6 s of CPU, near enough to 0.5 s
    # that caches warmed by earlier tests let it finish in time
    text = " ".join(f"on March {rng.randint(1, 28)}, {rng.randint(1990, 2030)}" for _ in range(60_000))
    language_for("en").prepare()  # the process's one-off loads are not the document's budget
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout, match="time budget"):
        extract(source(text), time_budget=0.5)
    assert time.monotonic() - started < 5


def _compute_for(seconds: float) -> None:
    """Work the CPU for ``seconds`` of this thread's time (what a slow step spends)."""
    until = time.thread_time() + seconds
    while time.thread_time() < until:
        pass


def test_cleaning_counts_against_the_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleaning a page is part of the document's budget: a page whose cleaning alone outruns it
    is given up, not extracted on a fresh budget."""
    slow_cleaning_seconds = 0.3

    def slow_clean_text(raw: str, media_type: MediaType) -> CleanedText:
        _compute_for(slow_cleaning_seconds)
        return clean_text(raw, media_type)

    monkeypatch.setattr(pipeline, "clean_text", slow_clean_text)
    article = "Busan hospitals treated 5,100 Russian patients in 2017, the city said."
    assert len(extract(source(article), time_budget=10 * slow_cleaning_seconds).records) == 1
    with pytest.raises(ExtractionTimeout, match="time budget"):
        extract(source(article), time_budget=slow_cleaning_seconds / 2)


def test_a_huge_word_and_a_long_unpunctuated_line_are_read_quickly() -> None:
    """A scan that backtracks or compares every position with every other would take hours on
    a quarter of a million characters and so outrun the default budget on any machine; a linear
    one reads them in well under a second of CPU, which leaves room for a loaded machine."""
    rng = random.Random(3)
    words = ["patients", "Busan", "hospital", "the", "of", "foreign", "visited"]
    for text in ("a" * 300_000, " ".join(rng.choice(words) for _ in range(40_000))):
        extraction = extract(source(text))
        assert extraction.records == []


def test_a_languages_one_off_loads_do_not_count_against_a_documents_time_budget(monkeypatch) -> None:
    """The first document of a process pays its language's loads (quantulum3's tables took 7-40 s
    on a loaded machine); the budget is the document's own."""
    english = type(language_for("en"))
    monkeypatch.setattr(english, "prepare", lambda self: _compute_for(1.0))
    extraction = extract(source("Busan treated 1,200 foreign patients in 2018."), time_budget=0.5)
    assert [(r.count, r.year) for r in extraction.records] == [(1200, 2018)]


def test_a_busy_machine_does_not_spend_a_documents_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """The budget is CPU time: wall time that passes while the machine serves other work (here,
    a step that waits) is not the document's, so a loaded machine fails no ordinary document."""

    def waiting_clean_text(raw: str, media_type: MediaType) -> CleanedText:
        time.sleep(0.6)
        return clean_text(raw, media_type)

    monkeypatch.setattr(pipeline, "clean_text", waiting_clean_text)
    extraction = extract(source("Busan treated 1,200 foreign patients in 2018."), time_budget=0.3)
    assert [(r.count, r.year) for r in extraction.records] == [(1200, 2018)]
