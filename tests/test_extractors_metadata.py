"""Metadata read through the whole extraction: Markdown bylines and breadcrumb lines."""

import hashlib
from datetime import date

from extractors import extract
from models import MediaType, SourceDocument

PAGE = """[Home](/) › [News](/news) › [Health](/news/health)

# Jeonbuk hospitals welcome record numbers of Russian patients

_Gangwon Herald · 14 May 2021_

Jeonbuk hospitals treated more foreign patients than ever last year.
"""


def test_a_markdown_byline_gives_the_date_and_breadcrumbs_are_no_headline() -> None:
    content = PAGE.encode()
    document = extract(
        SourceDocument(
            doc_id="md",
            source_uri="md.md",
            content=content,
            content_sha256=hashlib.sha256(content).hexdigest(),
            media_type=MediaType.MARKDOWN,
        )
    ).document
    assert document.published_date == date(2021, 5, 14)
    assert document.title == "Jeonbuk hospitals welcome record numbers of Russian patients"
