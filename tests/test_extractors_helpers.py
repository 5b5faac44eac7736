"""Shared helper for the extractor tests: run the whole extraction over a short article."""

import hashlib
from typing import Any

from extractors import extract
from models import SourceDocument


def extract_text(body: str, dateline: str = "Posted on 10 March 2019") -> dict[str, list[dict[str, Any]]]:
    """Extract an article made of a headline, a dateline and ``body``: records by model name."""
    text = f"Medical tourism news from the region today\n{dateline}\n{body}\n"
    content = text.encode()
    source = SourceDocument(
        doc_id="test",
        source_uri="test.txt",
        content=content,
        content_sha256=hashlib.sha256(content).hexdigest(),
    )
    records: dict[str, list[dict[str, Any]]] = {}
    for record in extract(source).records:
        records.setdefault(type(record).__name__, []).append(record.model_dump())
    return records


def test_the_helper_reads_a_plain_article() -> None:
    records = extract_text("The clinic treated 1,200 foreign patients in 2018.")
    assert [r["count"] for r in records["PatientStat"]] == [1200]
