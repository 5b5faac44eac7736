"""Compare the HTML cleaner and metadata reader with trafilatura and htmldate on annotated web pages.

    python bench/html_cleaning.py PATH [--limit N] [--english]

PATH is a folder with an ``evaldata.json`` that maps each page's URL to its file (found under
PATH/cache or PATH/eval), to snippets its main text must contain (``with``) and must not
(``without``), and to its ``title`` and publication ``date`` (YYYY-MM-DD, empty when it has
none) — the layout of the evaluation set in trafilatura's repository (its ``tests`` folder).
Nothing is downloaded; the pages are read from PATH only.

Every page is decoded once, as the pipeline does, and each method gets the same text:

- main text: a ``with`` snippet found (whitespace-normalised) in the output is a true positive,
  a ``without`` snippet found a false positive; precision, recall and F1 over all snippets;
- title: the share of pages with a gold title whose title matches it exactly (whitespace and
  case aside);
- date: the share of pages with a gold date given that date, and of pages without one given
  a date anyway;
- ms a page: mean and median CPU time of the method alone (process time, so that other jobs on
  the machine do not count), the decoding excepted.

``--english`` keeps the pages whose ``<html lang>`` starts with "en": the language the pipeline's
text rules are written for.
"""

import argparse
import hashlib
import json
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import htmldate
import trafilatura

from extractors.lang.registry import language_for
from extractors.text.cleaning import clean_text
from extractors.text.decoding import UnreadableDocument, decode
from extractors.text.metadata import extract_metadata
from models import MediaType, SourceDocument

_LANG = re.compile(rb"<html[^>]*\blang=[\"']?en", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """What a method read from a page (its ``Method.parts`` only)."""

    text: str = ""
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Method:
    read: Callable[[str], Reading]
    parts: frozenset[str]  # of "text", "title", "date": what it is scored on


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    dates_where_none: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    failures: int = 0


def ours(html: str) -> Reading:
    """The pipeline's path: the cleaner, then the metadata reader over the cleaned text."""
    cleaned = clean_text(html, MediaType.HTML)
    metadata = extract_metadata(cleaned.text, language_for("en"), cleaned.page)
    return Reading(cleaned.text, metadata.title, metadata.published_date)


def trafilatura_text(html: str) -> Reading:
    return Reading(text=trafilatura.extract(html) or "")


def trafilatura_metadata(html: str) -> Reading:
    metadata = trafilatura.extract_metadata(html)
    if metadata is None:
        return Reading()
    return Reading(title=metadata.title, published=_iso(metadata.date))


def htmldate_original(html: str) -> Reading:
    """The publication date (not the last update), htmldate's default search."""
    return Reading(published=_iso(htmldate.find_date(html, original_date=True)))


METHODS: dict[str, Method] = {
    "medtour cleaner + metadata": Method(ours, frozenset({"text", "title", "date"})),
    "trafilatura.extract": Method(trafilatura_text, frozenset({"text"})),
    "trafilatura.extract_metadata": Method(trafilatura_metadata, frozenset({"title", "date"})),
    "htmldate.find_date": Method(htmldate_original, frozenset({"date"})),
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path, help="folder with evaldata.json and the pages")
    parser.add_argument("--limit", type=int, help="score only the first N pages (by URL)")
    parser.add_argument("--english", action="store_true", help='only pages with <html lang="en...">')
    args = parser.parse_args()
    pages = _pages(args.path, args.english)[: args.limit]
    scores = {name: Score() for name in METHODS}
    for item, html in pages:
        for name, method in METHODS.items():
            started = time.process_time()
            try:
                reading = method.read(html)
            except Exception:  # a crash is a miss, as it would be in a run
                scores[name].failures += 1
                reading = Reading()
            scores[name].seconds.append(time.process_time() - started)
            _score(scores[name], method.parts, item, reading)
    _print(scores, len(pages), args)


def _pages(path: Path, english: bool) -> list[tuple[dict[str, Any], str]]:
    evaldata = json.loads((path / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(evaldata):
        item = evaldata[url]
        file = next(
            (p for p in (path / "cache" / item["file"], path / "eval" / item["file"]) if p.is_file()), None
        )
        if file is None:
            continue
        content = file.read_bytes()
        if english and not _LANG.search(content[:4096]):
            continue
        source = SourceDocument(
            doc_id=url,
            source_uri=url,
            content=content,
            content_sha256=hashlib.sha256(content).hexdigest(),
            media_type=MediaType.HTML,
        )
        try:
            html, _ = decode(source)
        except UnreadableDocument:
            continue
        pages.append((item, html))
    return pages


def _score(score: Score, parts: frozenset[str], item: dict[str, Any], reading: Reading) -> None:
    if "text" in parts:
        text = _norm(reading.text)
        found = sum(_norm(snippet) in text for snippet in item["with"])
        score.tp += found
        score.fn += len(item["with"]) - found
        score.fp += sum(_norm(snippet) in text for snippet in item["without"])
    if "title" in parts and item.get("title"):
        score.titles.append(_norm(reading.title or "").casefold() == _norm(item["title"]).casefold())
    if "date" in parts and "date" in item:
        if not item["date"]:
            score.dates_where_none.append(reading.published is not None)
        elif (gold := _iso(item["date"])) is not None:  # four gold dates are malformed ("2022-29-11")
            score.dates.append(reading.published == gold)


def _print(scores: dict[str, Score], n_pages: int, args: argparse.Namespace) -> None:
    print(f"{n_pages} pages from {args.path}{' (lang=en only)' if args.english else ''}")
    print(
        f"{'method':30} {'text P':>7} {'text R':>7} {'text F1':>7} {'title':>12} {'date':>12} "
        f"{'date if none':>12} {'ms mean':>8} {'ms median':>9} {'fails':>5}"
    )
    for name, s in scores.items():
        text = ("-", "-", "-")
        if s.tp + s.fp + s.fn:
            precision = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
            recall = s.tp / (s.tp + s.fn)
            f1 = 2 * s.tp / (2 * s.tp + s.fp + s.fn)
            text = (f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}")
        ms = [1000 * t for t in s.seconds]
        print(
            f"{name:30} {text[0]:>7} {text[1]:>7} {text[2]:>7} {_share(s.titles):>12} {_share(s.dates):>12} "
            f"{_share(s.dates_where_none):>12} {statistics.fmean(ms):8.1f} {statistics.median(ms):9.1f} "
            f"{s.failures:5}"
        )


def _share(hits: list[bool]) -> str:
    return f"{sum(hits)}/{len(hits)} {sum(hits) / len(hits):.0%}" if hits else "-"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _iso(value: str | None) -> date | None:
    """The date of an ISO 8601 date or timestamp; None for none or a malformed one."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


if __name__ == "__main__":
    main()
