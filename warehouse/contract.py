"""docs/records.md's column tables, written from the schema (itself made from the models).

    python -m warehouse.contract           # rewrite the column tables of docs/records.md in place
    python -m warehouse.contract --check   # exit 1 if they are out of date (the tests check the same)

The prose of docs/records.md is written by hand; each table's columns stand between a
``<!-- columns: TABLE -->`` line and an ``<!-- end columns -->`` line and are regenerated from
``warehouse.schema``: a field added to a model (with its ``Field(description=...)``) appears
there by running this again. Columns that the shared record contract does not name are marked
as the project's own.
"""

import argparse
import re
import sys
from pathlib import Path

from warehouse.schema import ALL_TABLES, Column, Table

RECORDS_MD = Path(__file__).resolve().parent.parent / "docs" / "records.md"

# The columns the shared record contract names (every other column is the project's own).
_COMMON = ("record_id", "doc_id", "evidence", "span_start", "span_end", "confidence")
CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id",
        "source_uri",
        "content_sha256",
        "title",
        "publisher",
        "published_date",
        "language",
        "text",
    ),
    "patient_stats": (
        *_COMMON,
        "count",
        "qualifier",
        "year",
        "period_kind",
        "period_start",
        "period_end",
        "population",
        "origin_countries",
        "n_countries",
        "institution",
    ),
    "targets": (
        *_COMMON,
        "kind",
        "actor",
        "metric",
        "value",
        "qualifier",
        "target_year",
        "baseline_value",
        "baseline_year",
        "market_countries",
        "market_region",
    ),
    "partnerships": (*_COMMON, "kind", "parties", "partner_count", "countries", "scope", "signed_date"),
    "events": (
        *_COMMON,
        "event_type",
        "name",
        "start_date",
        "end_date",
        "venue",
        "city",
        "region",
        "country",
        "organizers",
        "attendance",
    ),
}
PROJECT_MARK = "†"

_SECTION = re.compile(r"(<!-- columns: (\w+) -->\n)(.*?)(<!-- end columns -->)", re.DOTALL)


class StaleContract(ValueError):
    """docs/records.md does not hold one column section per warehouse table."""


def column_table(table: Table) -> str:
    """The markdown table of ``table``'s columns, in warehouse order."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [_column_row(table.name, column) for column in table.columns]
    return "\n".join(lines) + "\n"


def _column_row(table: str, column: Column) -> str:
    name = f"`{column.name}`"
    if column.name not in CONTRACT_COLUMNS.get(table, ()):
        name += f" {PROJECT_MARK}"
    sql_type = column.sql_type + (", primary key" if column.primary_key else "")
    meaning = column.description.replace("|", "\\|")
    if column.values:
        meaning += "; one of " + ", ".join(f"`{value}`" for value in column.values)
    return f"| {name} | {sql_type} | {meaning} |"


def render(document: str) -> str:
    """``document`` with every column section rewritten from the schema.

    Raises ``StaleContract`` when a table has no section, a section names no table or a column
    has no description, since then the prose or the model needs a person, not this function.
    """
    tables = {table.name: table for table in ALL_TABLES}
    sections = [match.group(2) for match in _SECTION.finditer(document)]
    if missing := [name for name in tables if name not in sections]:
        raise StaleContract(f"no '<!-- columns: NAME -->' section for table(s): {', '.join(missing)}")
    if unknown := [name for name in sections if name not in tables]:
        raise StaleContract(f"section(s) for table(s) not in the warehouse: {', '.join(unknown)}")
    if duplicated := sorted({name for name in sections if sections.count(name) > 1}):
        raise StaleContract(f"more than one section for table(s): {', '.join(duplicated)}")
    if undescribed := [f"{t.name}.{c.name}" for t in ALL_TABLES for c in t.columns if not c.description]:
        raise StaleContract(
            f"column(s) without a description (Field(description=...)): {', '.join(undescribed)}"
        )
    return _SECTION.sub(lambda m: m.group(1) + column_table(tables[m.group(2)]) + m.group(4), document)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path, nargs="?", default=RECORDS_MD)
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args()
    current = args.path.read_text(encoding="utf-8")
    try:
        updated = render(current)
    except StaleContract as error:
        sys.exit(f"{args.path}: {error}")
    if args.check:
        if updated != current:
            sys.exit(f"{args.path} is out of date: run `python -m warehouse.contract`")
        print(f"{args.path} is up to date")
    elif updated != current:
        args.path.write_text(updated, encoding="utf-8")
        print(f"rewrote the column tables of {args.path}")
    else:
        print(f"{args.path} was already up to date")


if __name__ == "__main__":
    main()
