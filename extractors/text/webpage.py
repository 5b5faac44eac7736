"""A web page's main text and publication date, read by trafilatura and htmldate.

Measured against the hand-written cleaner on 990 annotated pages (docs/html-cleaning.md), the
libraries leave far less boilerplate in the main text (precision 0.90 against 0.56 at the same
recall) and find the right publication date more often (87% against 64%); titles they read no
better, so ``cleaning`` keeps its own. Both calls are pure computation on the page's string: the
page is parsed here, once, and the tree is handed to both, so that nothing is ever fetched
(htmldate would download a string that looks like a URL).

The libraries are imported on the first web page: a corpus of plain text never pays their
0.1–0.2 s of imports.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class WebPage:
    text: str | None  # None where the library finds no main text: the caller's own cleaner reads it
    published: date | None


def read_web_page(html: str) -> WebPage:
    """The main text (paragraphs a line each; tables as ``| a | b |`` rows) and the publication date."""
    import htmldate
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return WebPage(None, None)
    # the date first: both copy the tree they are given, but the original publication date, not
    # the last update, is what relative dates in the text ("last year") are counted from
    found = htmldate.find_date(tree, original_date=True)
    # menus are never the article; on a short page trafilatura's fallbacks would keep them ("Home")
    text = trafilatura.extract(
        tree, include_comments=False, include_tables=True, deduplicate=False, prune_xpath=["//nav"]
    )
    return WebPage(text or None, date.fromisoformat(found) if found else None)
