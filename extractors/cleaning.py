"""Turn decoded text (plain, Markdown or HTML) into the cleaned text that offsets refer to."""

import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser

from models import MediaType

# Zero-width and bidirectional control characters: invisible, but they break words apart.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_HTML_DROPPED = "script, style, noscript, template, iframe, svg, nav, header > nav, form, button"
_HTML_BLOCKS = "title, h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd, figcaption, time"
_MARKDOWN_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)|\*\*|__|`", re.MULTILINE)
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Single-mark emphasis (_byline_, *caption*): the marks glue to the words and hide their ends.
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])([_*])(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def clean_text(raw: str, media_type: MediaType) -> str:
    """Normalise line ends, Unicode form and invisible characters; flatten markup to lines."""
    if media_type == MediaType.HTML:
        raw = html_to_text(raw)
    elif media_type == MediaType.MARKDOWN:
        raw = _MARKDOWN_LINK.sub(r"\1", raw)
        raw = _MARKDOWN_MARKUP.sub("", raw)
        raw = _MARKDOWN_EMPHASIS.sub(r"\2", raw)
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(html: str) -> str:
    """One line per block element (title first), scripts, styles and navigation removed."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_HTML_DROPPED):
        node.decompose()
    if tree.css_first("h1") is not None and (title := tree.css_first("title")) is not None:
        title.decompose()  # the <title> repeats the <h1> headline with the site name beside it
    blocks = tree.css(_HTML_BLOCKS)
    # a block holding other blocks is read through them (lexbor's css() includes the node itself)
    leaves = [n for n in blocks if len(n.css(_HTML_BLOCKS)) == 1]
    lines = [" ".join(n.text(deep=True, separator=" ").split()) for n in leaves]
    if not lines and tree.body is not None:
        lines = [tree.body.text(separator="\n")]
    return "\n\n".join(line for line in lines if line)
