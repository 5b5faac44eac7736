"""Korean articles made up for the tests (never real page text), extracted whole."""

import hashlib
from typing import Any

from extractors import extract
from models import Extraction, SourceDocument

HEADLINE = "지역 의료관광 소식 모음"


def extract_page(text: str) -> Extraction:
    """A whole page as written, its headline and date lines included."""
    content = text.encode()
    source = SourceDocument(
        doc_id="ko-test",
        source_uri="ko-test.txt",
        content=content,
        content_sha256=hashlib.sha256(content).hexdigest(),
    )
    return extract(source)


def extract_korean(body: str, dateline: str = "입력 2019.03.10 09:00") -> Extraction:
    return extract_page(f"{HEADLINE}\n{dateline}\n{body}\n")


def records_of(
    body: str, kind: str, fields: tuple[str, ...], dateline: str = "입력 2019.03.10 09:00"
) -> set[tuple[Any, ...]]:
    """The WHOLE set of records of one model (``kind``) the body yields, as tuples of ``fields``."""
    found = set()
    for record in extract_korean(body, dateline).records:
        if type(record).__name__ == kind:
            dumped = record.model_dump()
            found.add(tuple(tuple(v) if isinstance(v, list) else v for v in (dumped[f] for f in fields)))
    return found
