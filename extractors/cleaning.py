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


def clean_text(raw: str, media_type: MediaType) -> str:
    """Normalise line ends, Unicode form and invisible characters; flatten markup to lines."""
    if media_type == MediaType.HTML:
        raw = html_to_text(raw)
    elif media_type == MediaType.MARKDOWN:
        raw = _MARKDOWN_LINK.sub(r"\1", raw)
        raw = _MARKDOWN_MARKUP.sub("", raw)
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(html: str) -> str:
    """One line per block element (title first), scripts, styles and navigation removed."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_HTML_DROPPED):
        node.decompose()
    blocks = tree.css(_HTML_BLOCKS)
    leaves = [n for n in blocks if not n.css_first(_HTML_BLOCKS)]
    lines = [" ".join(n.text(deep=True, separator=" ").split()) for n in leaves]
    if not lines and tree.body is not None:
        lines = [tree.body.text(separator="\n")]
    return "\n\n".join(line for line in lines if line)
