"""Rows on the screen: a table that fits the terminal, one row at a time where it cannot, CSV in a pipe.

A table squeezed below its columns' widths cuts every value to a few characters ("201…"). So a
table is shown across only if every column gets its header and its values whole (a date, a
number, a status, an id) and a text column at least ``TEXT_MIN_WIDTH`` characters to wrap in; else
each row is shown down the screen, a "column  value" line per column, as psql's expanded mode
does. Outside a terminal (a pipe, a file) rows are CSV, which every tool reads.
"""

import csv
import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from rich import box
from rich.console import Console
from rich.rule import Rule
from rich.table import Column, Table

TEXT_MIN_WIDTH = 16  # below this, wrapped text reads a word a line
MAX_WORD_WIDTH = 32  # a longer word (a path, a URL) is folded rather than given its own width
COLUMN_GAP = 2  # between two columns: a space of padding and the (blank) column divider


class OutputFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


FORMAT_DEFAULT = "table in a terminal, csv in a pipe"


def resolve_format(console: Console, output: OutputFormat | None) -> OutputFormat:
    """The format asked for, else a table in a terminal and CSV elsewhere."""
    return output or (OutputFormat.TABLE if console.is_terminal else OutputFormat.CSV)


def print_rows(
    console: Console,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    output: OutputFormat | None = None,
    *,
    title: str | None = None,
) -> None:
    """Print ``rows`` in ``output`` format (by default as ``resolve_format`` says)."""
    output = resolve_format(console, output)
    if output == OutputFormat.CSV:
        writer = csv.writer(console.file, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_plain(v) for v in row] for row in rows])
    elif output == OutputFormat.JSON:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        console.file.write(json.dumps(records, default=_plain, ensure_ascii=False, indent=1) + "\n")
    else:
        _print_table(console, columns, rows, title)


def _print_table(
    console: Console, columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None
) -> None:
    if title:
        console.print(title, highlight=False, soft_wrap=True)
    cells = [[cell_text(v) for v in row] for row in rows]
    atomic = [all(_is_atomic(row[i]) for row in rows) for i in range(len(columns))]
    widths = [_min_width(name, [row[i] for row in cells], atomic=atomic[i]) for i, name in enumerate(columns)]
    if sum(widths) + COLUMN_GAP * (len(columns) - 1) > console.width:
        _print_stacked(console, columns, cells)
        return
    numeric = [all(_is_number(row[i]) for row in rows) for i in range(len(columns))]
    table = Table(
        *(
            Column(
                name, min_width=width, no_wrap=whole, overflow="fold", justify="right" if number else "left"
            )
            for name, width, whole, number in zip(columns, widths, atomic, numeric, strict=True)
        ),
        box=box.SIMPLE_HEAD,
        padding=(0, 1, 0, 0),
        show_edge=False,
    )
    for row in cells:
        table.add_row(*row)
    console.print(table)


def _print_stacked(console: Console, columns: Sequence[str], cells: list[list[str]]) -> None:
    """Each row down the screen: its columns' names on the left, their values wrapped on the right."""
    for number, row in enumerate(cells, start=1):
        console.print(Rule(f"row {number} of {len(cells)}", align="left", style="dim"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for name, value in zip(columns, row, strict=True):
            grid.add_row(name, value)
        console.print(grid)
    if not cells:
        console.print("(no rows)", style="dim")


def _min_width(header: str, values: list[str], *, atomic: bool) -> int:
    """The header whole; an atomic value whole; text its longest word (a status, an id) and room to wrap."""
    longest = max((len(v) for v in values), default=0)
    if atomic:
        return max(len(header), longest)
    longest_word = max((len(word) for v in values for word in v.split()), default=0)
    return max(len(header), min(longest_word, MAX_WORD_WIDTH), min(longest, TEXT_MIN_WIDTH))


def _is_atomic(value: Any) -> bool:
    """A value that is read whole or not at all: a number, a date, a flag (and an empty cell)."""
    return value is None or isinstance(value, int | float | Decimal | date | bool)


def _is_number(value: Any) -> bool:
    return value is None or (isinstance(value, int | float | Decimal) and not isinstance(value, bool))


def cell_text(value: Any) -> str:
    """A value as a table shows it: timestamps to the second, lists as JSON, NULL as nothing."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(_plain(value))


def _plain(value: Any) -> Any:
    """A value as CSV and JSON carry it: dates in ISO 8601, lists as JSON text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, default=str, ensure_ascii=False)
    return value
