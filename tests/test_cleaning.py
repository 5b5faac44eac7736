"""Cleaning: invisible characters, markup and scripts never reach the records."""

import hashlib

import pytest

from extractors import UnreadableDocument, extract
from extractors.text.cleaning import MAX_HTML_NESTING, clean_text
from models import MediaType, SourceDocument


def extract_text(content: str, media_type: MediaType = MediaType.TEXT):
    raw = content.encode()
    suffix = {MediaType.HTML: "html", MediaType.MARKDOWN: "md"}.get(media_type, "txt")
    return extract(
        SourceDocument(
            doc_id="d",
            source_uri=f"doc.{suffix}",
            content=raw,
            content_sha256=hashlib.sha256(raw).hexdigest(),
            media_type=media_type,
        )
    )


def test_zero_width_and_bidi_controls_do_not_hide_facts() -> None:
    text = (
        "Clinic news\nDate 2019-05-02\n"
        "Daegu hos\u200bpitals tre\u200dated 2,\u200e300 foreign patients from Kaz\u202aakhstan\u202c in 2018."
    )
    extraction = extract_text(text)
    (stat,) = [r for r in extraction.records if r.record_kind == "patient_stat"]
    assert (stat.count, stat.year, stat.origin_countries) == (2300, 2018, ["KZ"])
    assert "\u200b" not in extraction.document.text
    assert extraction.document.text[stat.span_start : stat.span_end] == stat.evidence


def test_html_scripts_styles_and_navigation_are_dropped() -> None:
    html = """<html><head><title>Busan roadshow | City News</title>
    <style>p { color: red } /* 9,999 patients */</style>
    <script>var patients = "8,888 foreign patients in 2017";</script></head>
    <body><nav><ul><li>Home</li><li>News</li></ul></nav>
    <h1>Busan holds a roadshow in Vladivostok</h1>
    <p>Busan hospitals treated 5,100 Russian patients in 2017, the city said.</p></body></html>"""
    extraction = extract_text(html, MediaType.HTML)
    text = extraction.document.text
    assert "8,888" not in text and "9,999" not in text and "Home" not in text
    assert extraction.document.title == "Busan holds a roadshow in Vladivostok"
    assert [(r.count, r.origin_countries) for r in extraction.records if r.record_kind == "patient_stat"] == [
        (5100, ["RU"])
    ]


def test_deeply_nested_and_broken_markup_is_still_read() -> None:
    nested = "<div>" * 10_000 + "<p>Incheon treated 700 foreign patients in 2016." + "</div>" * 10_000
    assert "700 foreign patients" in clean_text(nested, MediaType.HTML).text
    broken = "<html><body><p>Jeju welcomed 1,200 Chinese patients in 2015<p>Unclosed <b>bold <i>text"
    assert "1,200 Chinese patients" in clean_text(broken, MediaType.HTML).text


def test_nested_blocks_are_read_through_their_innermost_blocks_once_each() -> None:
    html = (
        "<div><section><div><p>Busan treated 11,236 Russian patients in 2018.</p>"
        "<p>Daegu treated 2,300 patients.</p></div><ul><li>Jeju welcomed 1,200 patients.</li></ul>"
        "</section><blockquote>Incheon treated 700 patients.</blockquote></div>"
    )
    cleaned = clean_text(html, MediaType.HTML)
    # the whole page, a line a block, is kept for the metadata reader beside the main text
    assert (cleaned.page.page_text or cleaned.text) == (
        "Busan treated 11,236 Russian patients in 2018.\n\nDaegu treated 2,300 patients.\n\n"
        "Jeju welcomed 1,200 patients.\n\nIncheon treated 700 patients."
    )


def test_nesting_deeper_than_the_parser_can_take_is_refused_with_a_clear_error() -> None:
    depth = MAX_HTML_NESTING + 1
    for opening, closing in (("<div>", "</div>"), ("<ul><li>", "</li></ul>"), ("<BlockQuote >", "")):
        nested = opening * depth + "<p>Incheon treated 700 foreign patients in 2016." + closing * depth
        with pytest.raises(UnreadableDocument, match="HTML nested more than 10,000 container elements deep"):
            extract_text(nested, MediaType.HTML)
    siblings = "<div><p>Jeju welcomed 1,200 Chinese patients in 2015.</p></div>" * depth
    assert clean_text(siblings, MediaType.HTML).text.count("1,200 Chinese patients") == depth
    unclosed_items = "<ul>" + "<li>Seoul treated 40 patients." * depth + "</ul>"
    assert clean_text(unclosed_items, MediaType.HTML).text.count("40 patients") == depth


def test_markdown_markup_is_flattened() -> None:
    text = clean_text(
        "# Title\n\n**Seoul** treated [many](http://x) patients.\n- item", MediaType.MARKDOWN
    ).text
    assert text == "Title\n\nSeoul treated many patients.\nitem"
