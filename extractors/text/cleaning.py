"""Turn decoded text (plain, Markdown or HTML) into the cleaned text that offsets refer to."""

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractors.text.decoding import UnreadableDocument
from extractors.text.webpage import read_web_page
from models import MediaType

# Zero-width and bidirectional control characters: invisible, but they break words apart.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_HTML_DROPPED = "script, style, noscript, template, iframe, svg, nav, header > nav, form, button"
_HTML_BLOCKS = "title, h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd, figcaption, time, div"
_MARKDOWN_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)|\*\*|__|`", re.MULTILINE)
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s*::\s*")
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "date",
)
_MARKDOWN_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)  # the page's one level-1 heading
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Single-mark emphasis (_byline_, *caption*): the marks glue to the words and hide their ends.
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])([_*])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
# Containers whose start tag makes an HTML parser search its stack of open elements (to close
# an open <p>), so the parse takes time quadratic in how deeply they nest: in lexbor 20,000
# nested <ul><li> take 3 s and 40,000 <div> 6 s, while 10,000 <div> take 0.06 s. Only elements
# with a required end tag count, so a long list of unclosed <li> or <p> is not taken as deep.
_NESTING_TAG = re.compile(
    r"<(/?)(?:address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset|figure"
    r"|footer|header|main|menu|nav|ol|section|ul)(?=[\s/>])",
    re.IGNORECASE,
)
MAX_HTML_NESTING = 10_000


@dataclass(frozen=True)
class PageMetadata:
    """What an HTML page states about itself in its markup (meta tags, <h1>, <title>)."""

    title: str | None = None
    published: date | None = None
    site_name: str | None = None
    # The <title> bar's longest part: often the headline, sometimes only "City Hall - News",
    # so it is used only when no line of the page reads as a headline.
    fallback_title: str | None = None
    # The whole page as text, a line per block (menus, byline and headline included), where the
    # main text leaves those out: the metadata reader looks for the dateline and site name here.
    page_text: str | None = None


@dataclass(frozen=True)
class CleanedText:
    text: str
    page: PageMetadata


def clean_text(raw: str, media_type: MediaType) -> CleanedText:
    """Normalise line ends, Unicode form and invisible characters; flatten markup to lines."""
    page = PageMetadata()
    if media_type == MediaType.HTML:
        raw, page = html_to_text(raw)
    elif media_type == MediaType.MARKDOWN:
        heading = _MARKDOWN_HEADING.search(raw)
        page = PageMetadata(
            title=_MARKDOWN_EMPHASIS.sub(r"\2", heading.group(1)).strip() if heading else None
        )
        raw = _MARKDOWN_LINK.sub(r"\1", raw)
        raw = _MARKDOWN_MARKUP.sub("", raw)
        raw = _MARKDOWN_EMPHASIS.sub(r"\2", raw)
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ").replace("\t", " ")
    return CleanedText(re.sub(r"\n{3,}", "\n\n", text).strip(), page)


def html_to_text(html: str) -> tuple[str, PageMetadata]:
    """The page's main text and its own metadata.

    The main text and the publication date are trafilatura's and htmldate's (``webpage``); the
    headline and site name are read from the markup here, and the whole page, a line per block,
    is kept for the metadata reader. Where the library finds no main text, that is the text.
    """
    _check_nesting(html)
    tree = LexborHTMLParser(html)
    page = _page_metadata(tree)
    blocks = _block_text(tree)
    web_page = read_web_page(html)
    page = replace(page, published=web_page.published or page.published)
    if web_page.text is None:
        return blocks, page
    return web_page.text, replace(page, page_text=blocks)


def _block_text(tree: LexborHTMLParser) -> str:
    """One line per block element, scripts, styles and navigation removed (changes ``tree``)."""
    for node in tree.css(_HTML_DROPPED):
        node.decompose()
    if tree.css_first("h1") is not None and (title := tree.css_first("title")) is not None:
        title.decompose()  # the <title> repeats the <h1> headline with the site name beside it
    lines = [" ".join(n.text(deep=True, separator=" ").split()) for n in _innermost_blocks(tree)]
    if not lines and tree.body is not None:
        lines = [tree.body.text(separator="\n")]
    return "\n\n".join(line for line in lines if line)


def _check_nesting(html: str) -> None:
    """Refuse markup nested too deeply to parse in bounded time, before the parser (which no
    time budget can interrupt) sees it; the depth is counted in one pass over the tags."""
    depth = 0
    for tag in _NESTING_TAG.finditer(html):
        depth = max(depth - 1, 0) if tag.group(1) else depth + 1
        if depth > MAX_HTML_NESTING:
            raise UnreadableDocument(
                f"HTML nested more than {MAX_HTML_NESTING:,} container elements deep: not parsed"
            )


def _innermost_blocks(tree: LexborHTMLParser) -> list[LexborNode]:
    """The block elements that hold no other block, in document order.

    A block holding other blocks is read through them. Asking each block for its own blocks
    (``node.css``) walks its whole subtree, which made cleaning quadratic in nesting depth
    (10,000 nested <div>s: about 15 s); instead each block marks its ancestors, stopping at one
    already marked (whose own ancestors are marked too), so every node is marked at most once.
    """
    blocks = tree.css(_HTML_BLOCKS)
    holders: set[int] = set()
    for block in blocks:
        ancestor = block.parent
        while ancestor is not None and ancestor.mem_id not in holders:
            holders.add(ancestor.mem_id)
            ancestor = ancestor.parent
    return [block for block in blocks if block.mem_id not in holders]


def _page_metadata(tree: LexborHTMLParser) -> PageMetadata:
    """Headline, publication date and site name as the page's markup states them.

    Open Graph and article meta tags are written for machines and are exact; the <h1> is the
    headline as shown; <title> usually joins the headline and the site name ("A | B"), so its
    longest part is taken.
    """
    meta = {
        (
            node.attributes.get("property")
            or node.attributes.get("name")
            or node.attributes.get("itemprop")
            or ""
        ).lower(): (node.attributes.get("content") or "").strip()
        for node in tree.css("meta")
    }
    title = meta.get("og:title") or _text_of(tree.css_first("h1"))
    title_bar = _text_of(tree.css_first("title"))
    fallback = max(_TITLE_SEPARATORS.split(title_bar), key=len).strip() if title_bar else None
    stamp = next((meta[k] for k in _PUBLISHED_META if meta.get(k)), None)
    if stamp is None and (time_node := tree.css_first("time[datetime]")) is not None:
        stamp = time_node.attributes.get("datetime")
    return PageMetadata(
        title=title or None,
        published=_iso_date(stamp),
        site_name=meta.get("og:site_name") or None,
        fallback_title=fallback or None,
    )


def _text_of(node: object) -> str | None:
    if node is None:
        return None
    return " ".join(node.text(deep=True, separator=" ").split()) or None  # type: ignore[attr-defined]


def _iso_date(stamp: str | None) -> date | None:
    """The date part of an ISO 8601 timestamp ("2017-06-29T14:21:00+09:00")."""
    if not stamp:
        return None
    try:
        return date.fromisoformat(stamp.strip()[:10])
    except ValueError:
        return None
