"""Where the gold records a warehouse misses stand on their pages: the shape of each one's line.

    python corpora/miss_shapes.py LANG SCORE_OUTPUT GOLD.jsonl PAGES_DIR [--lines]

SCORE_OUTPUT is what the shared scorer printed for the warehouse (its "missed" lines name each
gold record no prediction matched). For every missed record this finds the page lines that hold
its fact, read with the language's own finders (a count or a goal's value as the language writes
figures, 1만2500명 or 12,500; a market's countries through its place names; a name, a region or a
party as written; an event's start day) and names the shape of the line: prose, a headline, a
short heading or fragment, a line cut by a wrap, a bullet or numbered item, a caption, a
key-value line, a table row, a Q&A line. A fact found in prose anywhere on its page counts as
prose (the sentence rules had their chance), and a prose line giving three counts or more, or
set with list marks, as "prose: inline list". It prints the misses a shape and the sites they
come from (a site is a page name's part before its last hyphen), by kind; with --lines, each
miss and the start of its line, to read the shapes by eye. Sentence rules move prose; readers of
shapes move the rest, and a shape worth a reader recurs across sites.
"""

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.lang.base import Language  # noqa: E402  (after the path is set)
from extractors.lang.registry import language_for  # noqa: E402

NUMBER_FIELDS = ("count", "value", "partner_count", "attendance")
NAME_FIELDS = ("name", "market_region", "parties")
HEADLINE_CHARS = 140  # a first line longer than this is the lede, not the headline
FRAGMENT_CHARS = 100  # a line shorter than this that ends in no stop is a heading or a fragment
WRAP_CHARS = 30  # a longer line ending in no stop, with text on the next one, was cut by a wrap
CAPTION_CHARS = 250
LIST_COUNTS = 3  # counts in one prose line that make it a list written as a sentence

_MISSED = re.compile(r"^\s+missed\s+(\S+)\s+(\{.*\})\s*$")
_STOP = re.compile(r"[.!?다\"”’)\]]\s*$")
_BULLET = re.compile(r"^\s*(?:[▲△▶▷►■□◆◇○●•·※☞→*\-–—]|[①-⑳]|\d{1,2}[.)]\s|\(\d{1,2}\)|[a-z가-하][.)]\s)")
_KEY_VALUE = re.compile(r"^\s*[^\s:：]{1,14}(?:\s[^\s:：]{1,10})?\s*[:：]\s*\S")
_CAPTION = re.compile(r"사진|Photo|PHOTO|photo:|Courtesy|제공\s*[)\]]")
_QA = re.compile(r"^\s*(?:Q\d?[.:)]|A\d?[.:)]|질문|답변|문[.:]|답[.:])")
_LIST_MARKS = ("△", "▲")
_COUNT_UNIT = re.compile(r"\d[\d,.만천]*\s?(?:명|건|patients|people|cases|visitors)")


def missed(score_output: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(page, match) of every gold record the scorer printed as missed."""
    for line in score_output.read_text(encoding="utf-8").splitlines():
        found = _MISSED.match(line)
        if found:
            yield found.group(1), json.loads(found.group(2))


def gold_kinds(gold: Path) -> dict[tuple[str, str], str]:
    """The kind of every gold record, by page and match."""
    kinds = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        if record.get("match") is not None:
            kinds[(record["doc"], json.dumps(record["match"], sort_keys=True))] = record["type"]
    return kinds


def fact_lines(language: Language, lines: list[str], match: dict[str, Any]) -> list[int]:
    """The numbers of the lines that hold the record's fact."""
    return [number for number, line in enumerate(lines) if line.strip() and _holds(language, line, match)]


def _holds(language: Language, line: str, match: dict[str, Any]) -> bool:
    for field in NUMBER_FIELDS:
        if isinstance(match.get(field), (int, float)):
            wanted = float(match[field])
            return any(
                abs(q.value - wanted) <= 0.005 * abs(wanted)
                for q in language.find_quantities(line, 0, len(line))
            )
    names = [name for field in NAME_FIELDS for name in _flat(match.get(field))]
    if names:
        return any(name.lower() in line.lower() for name in names)
    if match.get("market_countries"):
        named = {code for place in language.find_places(line, 0, len(line)) for code in place.place.countries}
        return bool(named & set(match["market_countries"]))
    if match.get("start_date"):
        day = date.fromisoformat(match["start_date"])
        return any(
            (mention.first.month, mention.first.day) == (day.month, day.day)
            for mention in language.find_dates(line, 0, len(line), day)
        )
    return False


def _flat(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _flat(item)]
    return [value] if isinstance(value, str) and value else []


def shape(lines: list[str], number: int) -> str:
    """The shape of a line, by its place on the page, its marks and its ending."""
    line = lines[number].strip()
    follows = number + 1 < len(lines) and lines[number + 1].strip() != ""
    if number == 0 and len(line) <= HEADLINE_CHARS and not re.search(r"[.!?]\s*$", line):
        return "headline"
    if follows and not _STOP.search(line) and len(line) >= WRAP_CHARS:
        return "wrapped line"
    if _CAPTION.search(line) and len(line) < CAPTION_CHARS:
        return "caption"
    if line.startswith("[") and line.endswith("]"):
        return "bracketed lede"
    if _QA.match(line):
        return "Q&A"
    if "\t" in line or line.count("|") >= 2:
        return "table row"
    if _BULLET.match(line):
        return "bullet or numbered item"
    if _KEY_VALUE.match(line):
        return "key-value"
    if not _STOP.search(line) and len(line) < FRAGMENT_CHARS:
        return "heading or fragment"
    if len(_COUNT_UNIT.findall(line)) >= LIST_COUNTS or any(mark in line[1:] for mark in _LIST_MARKS):
        return "prose: inline list"
    return "prose"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("score_output", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("pages", type=Path)
    parser.add_argument("--lines", action="store_true", help="print each miss with the start of its line")
    args = parser.parse_args()
    language = language_for(args.language)
    kinds = gold_kinds(args.gold)
    misses: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    sites: dict[str, set[str]] = defaultdict(set)
    for page, match in missed(args.score_output):
        path = args.pages / f"{page}.txt"
        lines = path.read_text(encoding="utf-8").split("\n") if path.is_file() else []
        numbers = fact_lines(language, lines, match)
        shapes = [shape(lines, number) for number in numbers]
        prose = [s for s in shapes if s.startswith("prose")]
        found = (prose or shapes or ["not found"])[0]
        misses[found] += 1
        by_kind[found][kinds.get((page, json.dumps(match, sort_keys=True)), "?")] += 1
        sites[found].add(page.rsplit("-", 1)[0])
        if args.lines:
            where = lines[numbers[shapes.index(found)]].strip()[:100] if numbers else ""
            print(f"{found:24} {page} {json.dumps(match, ensure_ascii=False)[:80]} | {where}")
    print(f"{'shape':24} {'misses':>6} {'sites':>5}  by kind")
    for found, count in misses.most_common():
        kinds_told = ", ".join(f"{kind} {n}" for kind, n in by_kind[found].most_common())
        print(f"{found:24} {count:6} {len(sites[found]):5}  {kinds_told}")


if __name__ == "__main__":
    main()
