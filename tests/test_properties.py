"""Property-based tests: whatever the text, extraction never crashes and its output is consistent."""

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import UnreadableDocument, extract
from models import Extraction, SourceDocument
from tests.conftest import DEMO_CORPUS

DEMO_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DEMO_CORPUS.glob("*.txt"))]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(text: str, name: str = "doc.txt") -> Extraction | None:
    raw = text.encode("utf-8", errors="surrogatepass")
    source = SourceDocument(
        doc_id=name, source_uri=name, content=raw, content_sha256=hashlib.sha256(raw).hexdigest()
    )
    try:
        return extract(source)
    except UnreadableDocument:
        return None


def assert_consistent(extraction: Extraction | None) -> None:
    if extraction is None:
        return
    text = extraction.document.text
    for record in extraction.records:
        assert 0 <= record.span_start < record.span_end <= len(text)
        assert text[record.span_start : record.span_end] == record.evidence
        assert record.doc_id == extraction.document.doc_id
    assert len({r.record_id for r in extraction.records}) == len(extraction.records)


@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_unicode_never_breaks_extraction(text: str) -> None:
    assert_consistent(run(text))


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    """A demo article with slices deleted, duplicated or replaced by arbitrary text."""
    text = draw(st.sampled_from(DEMO_TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 200)))
        action = draw(st.sampled_from(["delete", "duplicate", "replace"]))
        if action == "delete":
            text = text[:start] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + draw(st.text(max_size=40)) + text[end:]
    return text


@SETTINGS
@given(mutated_article())
def test_mutated_articles_yield_consistent_records(text: str) -> None:
    assert_consistent(run(text))


@settings(max_examples=10, deadline=None)
@given(st.permutations(DEMO_TEXTS[:4]))
def test_extraction_does_not_depend_on_processing_order(texts: list[str]) -> None:
    by_name = {f"doc{DEMO_TEXTS.index(t)}.txt": t for t in texts}
    first = {name: run(text, name) for name, text in by_name.items()}
    again = {name: run(by_name[name], name) for name in sorted(by_name, reverse=True)}
    assert first == again
