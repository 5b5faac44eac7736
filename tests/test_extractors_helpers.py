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


PROVENANCE = {"record_id", "doc_id", "evidence", "span_start", "span_end"}


def yields(body: str, dateline: str = "Posted on 10 March 2019") -> list[dict[str, Any]]:
    """Every record of every kind the article yields, in order, each as its table and the fields
    whose value differs from the model's default (provenance aside): comparing this whole list
    makes a missing record, a spurious extra one and a wrong field alike fail."""
    text = f"Medical tourism news from the region today\n{dateline}\n{body}\n"
    content = text.encode()
    source = SourceDocument(
        doc_id="test",
        source_uri="test.txt",
        content=content,
        content_sha256=hashlib.sha256(content).hexdigest(),
    )
    found = []
    for record in extract(source).records:
        defaults = {
            name: field.get_default(call_default_factory=True)
            for name, field in type(record).model_fields.items()
        }
        values = record.model_dump()
        found.append(
            {"table": record.table}
            | {
                name: value
                for name, value in values.items()
                if name not in PROVENANCE and value != defaults[name]
            }
        )
    return found


def test_the_helper_reads_a_plain_article() -> None:
    records = extract_text("The clinic treated 1,200 foreign patients in 2018.")
    assert [r["count"] for r in records["PatientStat"]] == [1200]
