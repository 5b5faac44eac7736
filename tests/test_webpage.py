"""Web pages: main text and publication date read by trafilatura and htmldate, the headline and the
dateline by the pipeline's own readers, nothing fetched."""

import hashlib
import socket
from datetime import date

import pytest

from extractors import extract
from extractors.text.cleaning import clean_text
from models import MediaType, SourceDocument

HEADLINE = "Daegu hospitals sign patient-referral deal with Almaty clinics"
PARAGRAPHS = (
    "Daegu Metropolitan City said on Monday that eight local hospitals signed a patient-referral "
    "agreement with the Almaty City Health Department during a visit to Kazakhstan last week.",
    "Daegu hospitals treated 1,420 Kazakh patients in 2017, up 30 percent from a year earlier, "
    "and the city expects the agreement to lift that figure further this year.",
    "Under the agreement, Almaty clinics will refer patients needing cancer and spine surgery to "
    "Daegu, and Daegu hospitals will train Kazakh doctors in their departments.",
)


def article(*, top: str = "", byline: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en"><head><title>{HEADLINE} | Daegu Today</title>{head}</head>
<body>{top}<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>{HEADLINE}</h1>{byline}{paragraphs}</article>
<aside><h4>Related stories</h4><ul><li><a href="/a">Busan welcomes 9,999 Russian patients in 2016</a></li>
<li><a href="/b">Incheon opens a medical tourism desk</a></li></ul></aside>
<section class="comments"><h4>Comments</h4><p>Great news for the city, 5,555 more patients please!</p></section>
<footer><p>Copyright 2018 Daegu Today. All rights reserved.</p></footer></body></html>"""


def extract_html(html: str):
    raw = html.encode()
    return extract(
        SourceDocument(
            doc_id="d",
            source_uri="page.html",
            content=raw,
            content_sha256=hashlib.sha256(raw).hexdigest(),
            media_type=MediaType.HTML,
        ),
        time_budget=None,  # the first document pays the lexicon's one-off loads: not timed here
    )


def test_the_main_text_leaves_menus_related_links_comments_and_footer_out() -> None:
    extraction = extract_html(article(byline="<p class='byline'>By Kim Min-ji | Posted on 11 June 2018</p>"))
    text = extraction.document.text
    assert all(paragraph in text for paragraph in PARAGRAPHS)
    for boilerplate in ("Home", "Related stories", "9,999", "Comments", "5,555", "Copyright"):
        assert boilerplate not in text
    assert (extraction.document.title, extraction.document.published_date) == (HEADLINE, date(2018, 6, 11))
    stats = [
        (r.count, r.year, r.origin_countries) for r in extraction.records if r.record_kind == "patient_stat"
    ]
    assert stats == [(1420, 2017, ["KZ"])], "only the article's own figure, not the related story's"


def test_a_current_date_bar_gives_way_to_the_byline_date() -> None:
    page = article(
        top="<div class='top-bar'>Monday, 24 November 2025</div>",
        byline="<div class='meta'>By Aidana N. in Nation on 12 October 2018</div>",
    )
    assert extract_html(page).document.published_date == date(2018, 10, 12)


def test_without_a_dateline_the_date_the_markup_states_is_taken() -> None:
    page = article(head='<meta property="article:published_time" content="2019-07-03T09:00:00+09:00">')
    assert extract_html(page).document.published_date == date(2019, 7, 3)


def test_a_page_the_library_finds_no_text_in_is_read_block_by_block() -> None:
    cleaned = clean_text(
        "<html><body><div>Jeju welcomed 1,200 Chinese patients.</div></body></html>", MediaType.HTML
    )
    assert "Jeju welcomed 1,200 Chinese patients." in cleaned.text


def test_a_page_is_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose text is a URL stays text: reading pages is pure computation."""

    def refuse(*args: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    for page in ("https://www.example.com/news/2019/busan", article()):
        clean_text(page, MediaType.HTML)
