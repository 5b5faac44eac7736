"""Figures listed against names outside prose: lines of name-figure pairs and grids under a year row.

Pages print breakdowns in shapes that are neither sentences nor tables with a header cell per
column naming what is counted: lines of pairs ("JAPAN  8,100  CHINA  7,900", "Japan = 8,100",
"- Japan: 8,100", a year for a name: "2021: 8,100"), and grids, a row of years over rows of a
name and one figure a year, written with single spaces ("Group 2021 2022" / "Japan 610 730")
or as a table of cells (``extractors.text.tables``). This module finds them with character
offsets, each figure with its row's name, its row and the cell that dates it (a grid's column
head); what the names and figures mean is the record builders' question. Nothing here knows a
language: a name is a run of words holding a letter, a figure a token led by a digit.
"""

import re
from dataclasses import dataclass

from extractors.text.tables import Cell, Table, caption_above, find_tables

_LINE = re.compile(r"^[^\n]*", re.MULTILINE)
_TOKEN = re.compile(r"\S+")
# a figure, with a unit or counter glued to it ("8,100", "1,234명", "1만2345명", "31%"), and a
# bracketed aside glued after it ("(12%)")
_FIGURE = re.compile(r"\d[\d,.]*(?:[^\W\d_]{1,2}\d[\d,.]*)*[^\W\d_]{0,2}%?(?:\([^()\s]*\))?")
_ASIDE = re.compile(r"\([^()\s]*\)")  # a bracketed share after a figure, as its own token: "(12%)"
_YEAR_HEAD = re.compile(r"(?:1[89]|20)\d\d[^\W\d_]?")  # a column head naming a year: "2023", "2023년"
_WORD = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[=:–—-]")  # between a name and its figure: "Japan = 8,100"
_BULLET = re.compile(r"[^\w\s]{1,2}")  # a list mark before the first name: "-", "•", "▲"
MAX_NAME_WORDS = 4  # a row's name: a country, a city, "United Arab Emirates"
MIN_FIGURES = 2  # one figure beside a name is a line of furniture ("Comments 0"), not a list
MIN_YEARS = 2  # a grid's head row names two years or more
GAP_LINES = 1  # blank lines that may stand between two rows of one list
MAX_ROW_CHARS = 200  # two pairs of long names, or a name and a dozen years' figures, fit


@dataclass(frozen=True)
class Entry:
    """One figure of a list, with the name of its row."""

    name: Cell  # "JAPAN", "Japan", or a year that leads its row ("2021년")
    figure: Cell  # "8,100"
    row: Cell  # the whole line, the figure's evidence
    # the cell that names the figure's year by the list's layout: the head of its column in a
    # grid ("2022"), or the row's own name where a year leads the row ("2021년 1,200명")
    dated_by: Cell | None = None

    @property
    def year_led(self) -> bool:
        return self.dated_by == self.name


@dataclass(frozen=True)
class FigureList:
    caption: Cell | None  # the line above the list ("Patients by country in 2023:")
    entries: tuple[Entry, ...]


def find_figure_lists(text: str, start: int = 0, tables: list[Table] | None = None) -> list[FigureList]:
    """Every list of at least ``MIN_FIGURES`` figures after ``start``: a run of pair lines, or a
    grid's year row with the rows under it (at most ``GAP_LINES`` blank lines between rows),
    written with single spaces or as a table of pipes or spaced columns. ``tables`` are the
    text's tables after ``start`` where the caller has found them already (the reader of a
    table's counts reads them too), else they are found here."""
    tables = find_tables(text, start) if tables is None else tables
    grids = [(table, grid) for table in tables if (grid := _table_grid(text, table))]
    found = [grid for _, grid in grids]
    tabled = [(table.header[0].start, table.rows[-1][-1].end) for table, _ in grids]
    lines = [m for m in _LINE.finditer(text, start) if m.start() < len(text)]
    number = 0
    while number < len(lines):
        line = lines[number]
        if not _may_be_a_row(line) or any(first <= line.start() < last for first, last in tabled):
            number += 1
            continue
        # the line is split once: it is read as a grid's head row, else as the first of a run of pairs
        tokens = _tokens(text, line)
        head = _year_head(tokens)
        if head is not None:
            entries, after = _grid(text, lines, number + 1, head)
        else:
            entries, after = _pair_run(text, lines, number, tokens)
        if len(entries) >= MIN_FIGURES:
            found.append(FigureList(caption_above(text, lines, number), tuple(entries)))
        number = max(after, number + 1)
    return found


def _may_be_a_row(line: re.Match[str]) -> bool:
    """Whether a line can head a grid or a run of pairs: both hold a figure or a year, and fit
    in a row; most lines of a page are prose or furniture, and are not split into tokens."""
    return line.end() - line.start() <= MAX_ROW_CHARS and _DIGIT.search(line.group(0)) is not None


def _table_grid(text: str, table: Table) -> FigureList | None:
    """A table of cells (pipes or spaced columns) read as a grid: a year heads each column but
    the first and a row's first cell names it ("구분 | 2022년 | 2023년" / "중국 | 610명 | 730명"),
    or the other way round, a name heading each column and a year leading each row ("Year |
    Japan | China" / "2022 | 610 | 730")."""
    heads = table.header[1:]
    if len(heads) < MIN_YEARS:
        return None
    by_year_columns = all(_YEAR_HEAD.fullmatch(cell.text) for cell in heads)
    by_year_rows = all(_YEAR_HEAD.fullmatch(row[0].text) for row in table.rows) and all(
        _WORD.search(cell.text) and not cell.text[0].isdigit() for cell in heads
    )
    if not by_year_columns and not by_year_rows:
        return None
    entries = [
        Entry(row[0], figure, _span(text, row), head)
        if by_year_columns
        else Entry(head, figure, _span(text, row), row[0])
        for row in table.rows
        if by_year_rows or (_WORD.search(row[0].text) and not row[0].text[0].isdigit())
        for figure, head in zip(row[1:], heads, strict=True)
        if _FIGURE.fullmatch(figure.text)
    ]
    return FigureList(table.caption, tuple(entries)) if len(entries) >= MIN_FIGURES else None


def _span(text: str, row: tuple[Cell, ...]) -> Cell:
    return Cell(row[0].start, row[-1].end, text[row[0].start : row[-1].end])


def _pair_run(
    text: str, lines: list[re.Match[str]], first: int, first_tokens: list[Cell]
) -> tuple[list[Entry], int]:
    """The entries of the pair lines from ``first`` on (whose tokens the caller has split), and
    the number of the line after them."""
    entries: list[Entry] = []
    number, gap = first, 0
    while number < len(lines):
        pairs = _pairs(text, first_tokens if number == first else _tokens(text, lines[number]))
        if pairs is None:
            if lines[number].group(0).strip() or gap >= GAP_LINES or not entries:
                break
            gap += 1
        else:
            row = _row(text, lines[number])
            entries += [
                Entry(name, figure, row, name if _YEAR_HEAD.fullmatch(name.text) else None)
                for name, figure in pairs
            ]
            gap = 0
        number += 1
    return entries, number


def _grid(
    text: str, lines: list[re.Match[str]], first: int, head: tuple[Cell, ...]
) -> tuple[list[Entry], int]:
    """The entries of the rows under a year row: a name and one figure under each year."""
    entries: list[Entry] = []
    number, gap = first, 0
    while number < len(lines):
        line = lines[number]
        if not line.group(0).strip():
            if gap >= GAP_LINES:
                break
            gap += 1
            number += 1
            continue
        tokens = _tokens(text, line)
        words = _name_length(tokens)
        figures = tokens[words:]
        if not 0 < words <= MAX_NAME_WORDS or len(figures) != len(head):
            break
        if not all(_FIGURE.fullmatch(cell.text) for cell in figures):
            break
        name = _joined(text, tokens[:words])
        row = _row(text, line)
        entries += [Entry(name, figure, row, year) for figure, year in zip(figures, head, strict=True)]
        gap = 0
        number += 1
    return entries, number


def _year_head(tokens: list[Cell]) -> tuple[Cell, ...] | None:
    """The year cells of a grid's head row (a line's ``_tokens``): a label of a few words
    ("Group", "구분") or none, then ``MIN_YEARS`` or more years and nothing else."""
    words = _name_length(tokens)
    years = tokens[words:]
    if words > MAX_NAME_WORDS or len(years) < MIN_YEARS:
        return None
    return tuple(years) if all(_YEAR_HEAD.fullmatch(cell.text) for cell in years) else None


def _pairs(text: str, tokens: list[Cell]) -> list[tuple[Cell, Cell]] | None:
    """A line (its ``_tokens``) of name-figure pairs and nothing else ("JAPAN  8,100  CHINA
    7,900", "- Japan: 8,100 (12%)", "2021년 1,200명"); None for any other line."""
    if tokens and _BULLET.fullmatch(tokens[0].text):
        tokens = tokens[1:]
    pairs: list[tuple[Cell, Cell]] = []
    position = 0
    while position < len(tokens):
        words = 1 if _YEAR_HEAD.fullmatch(tokens[position].text) else _name_length(tokens[position:])
        if not 0 < words <= MAX_NAME_WORDS:
            return None
        name = _joined(text, tokens[position : position + words])
        position += words
        if position < len(tokens) and _SEPARATOR.fullmatch(tokens[position].text):
            position += 1
        if position == len(tokens) or not _FIGURE.fullmatch(tokens[position].text):
            return None
        pairs.append((name, tokens[position]))
        position += 1
        if position < len(tokens) and _ASIDE.fullmatch(tokens[position].text):
            position += 1
    return pairs or None


def _name_length(tokens: list[Cell]) -> int:
    """How many tokens from the first make a name: words holding a letter, not led by a digit."""
    length = 0
    for token in tokens:
        if token.text[0].isdigit() or not _WORD.search(token.text):
            break
        length += 1
    return length


def _tokens(text: str, line: re.Match[str]) -> list[Cell]:
    """The line's words, a name's closing colon ("Japan:") set apart from it; none for a line
    too long to be a row (a paragraph of prose is not split for nothing)."""
    if line.end() - line.start() > MAX_ROW_CHARS:
        return []
    cells = []
    for m in _TOKEN.finditer(text, line.start(), line.end()):
        value = m.group(0)
        if len(value) > 1 and value.endswith(":"):
            cells.append(Cell(m.start(), m.end() - 1, value[:-1]))
            cells.append(Cell(m.end() - 1, m.end(), ":"))
        else:
            cells.append(Cell(m.start(), m.end(), value))
    return cells


def _joined(text: str, tokens: list[Cell]) -> Cell:
    return Cell(tokens[0].start, tokens[-1].end, text[tokens[0].start : tokens[-1].end])


def _row(text: str, line: re.Match[str]) -> Cell:
    value = line.group(0).strip()
    offset = line.start() + line.group(0).index(value)
    return Cell(offset, offset + len(value), value)
