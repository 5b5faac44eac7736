"""Tables written as text: blocks of lines whose cells stand apart by runs of spaces or pipes.

News sites print breakdowns ("Country  Patients  Share") as such blocks. They are no prose,
so the sentence-based extractors skip them; this module finds their header, rows and caption
with character offsets, and leaves the meaning of the columns to the record extractors.
"""

import re
from dataclasses import dataclass

from extractors.spans import Span

_LINE = re.compile(r"^[^\n]*", re.MULTILINE)
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces
_PIPED_CELL = re.compile(r"[^|]+")
_RULE = re.compile(r"^[\s|:+-]+$")  # a markdown separator row "|---|---|"
MIN_ROWS = 1  # a header and one row already make a table
MAX_CELL_CHARS = 40  # a cell holds a name or a figure; a longer stretch is prose
MAX_PIPED_CELL_CHARS = 160  # between pipes a cell is one, even a note of a few words
CAPTION_LINES_UP = 2  # a caption stands right above the header, a blank line may come between


@dataclass(frozen=True)
class Cell(Span):
    """One cell of a table row."""


@dataclass(frozen=True)
class Table:
    caption: Cell | None  # the line above the header ("Foreign patients by country, 2023")
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


def find_tables(text: str, start: int = 0) -> list[Table]:
    """Every block of at least a header and ``MIN_ROWS`` rows with the same number of cells (two
    or more) after ``start``; a line of one cell ends a block."""
    lines = [m for m in _LINE.finditer(text, start) if m.start() < len(text)]
    tables: list[Table] = []
    block: list[tuple[Cell, ...]] = []
    block_line = 0
    for number, line in enumerate([*lines, None]):
        cells = _cells(text, line.start(), line.end()) if line is not None else ()
        if line is not None and _RULE.match(line.group(0)) and "-" in line.group(0):
            continue
        if len(cells) >= 2 and (not block or _same_shape(text, cells, block[0])):
            block_line = block_line if block else number
            block.append(cells)
            continue
        if len(block) > MIN_ROWS:
            tables.append(Table(caption_above(text, lines, block_line), block[0], tuple(block[1:])))
        block, block_line = ([cells], number) if len(cells) >= 2 else ([], 0)
    return tables


def _same_shape(text: str, row: tuple[Cell, ...], header: tuple[Cell, ...]) -> bool:
    """A row of a table has as many cells as its header, split the same way (pipes or spaces)."""
    return len(row) == len(header) and _piped(text, row) == _piped(text, header)


def _piped(text: str, cells: tuple[Cell, ...]) -> bool:
    return "|" in text[cells[0].end : cells[1].start]


def _cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    """The cells of one line: between pipes when it has them, else between runs of two spaces;
    none when a stretch is too long for a cell (pipes allow a note: "Japan | 441,112 | Trust in
    Korean skin care")."""
    line = text[start:end]
    pattern = _PIPED_CELL if line.count("|") >= 2 else _SPACED_CELL
    found = []
    for m in pattern.finditer(line):
        value = m.group(0).strip()
        if value:
            offset = m.start() + m.group(0).index(value)
            found.append(Cell(start + offset, start + offset + len(value), value))
    longest = MAX_PIPED_CELL_CHARS if pattern is _PIPED_CELL else MAX_CELL_CHARS
    return tuple(found) if all(c.end - c.start <= longest for c in found) else ()


def caption_above(text: str, lines: list[re.Match[str]], header_line: int) -> Cell | None:
    """The nearest non-empty line above the header, at most ``CAPTION_LINES_UP`` lines up."""
    for line in reversed(lines[max(0, header_line - CAPTION_LINES_UP) : header_line]):
        if line.group(0).strip():
            value = line.group(0).strip()
            offset = line.start() + line.group(0).index(value)
            return Cell(offset, offset + len(value), value)
    return None
