"""The ``medtour`` command: a thin skin over the ingest flow and the warehouse.

``query`` and ``stats`` never import Prefect, so they answer at once.
"""

import csv
import json
import os
import sys
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from flows.settings import resolve_warehouse
from warehouse import QueryResult, Warehouse, WarehouseError

app = typer.Typer(
    help="Extract medical-tourism facts from news into a DuckDB warehouse.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

WarehouseOption = Annotated[
    Path | None,
    typer.Option(
        "--warehouse", "-w", help="Warehouse file [default: $MEDTOUR_WAREHOUSE or ./medtour.duckdb]"
    ),
]

EXIT_OK, EXIT_RUN_FAILED, EXIT_DOCUMENTS_FAILED = 0, 1, 2


class OutputFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


@app.command()
def ingest(
    path: Annotated[
        Path, typer.Argument(help="A document file or a folder searched recursively (.txt, .md, .html)")
    ],
    warehouse: WarehouseOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per extraction task")] = 200,
) -> None:
    """Extract new and changed documents under PATH and load them into the warehouse.

    Exit status: 0 all documents ingested, 2 the run completed but some documents failed
    (see the ingest_errors table), 1 the run itself failed.
    """
    if not path.exists():
        _fail(f"no such file or directory: {path}")
    _quiet_prefect()
    from flows.ingest import ingest as ingest_flow  # Prefect is imported only for ingesting

    try:
        summary = ingest_flow(str(path), str(resolve_warehouse(warehouse)), batch_size)
    except WarehouseError as error:
        _fail(str(error))
    except Exception as error:  # the run failed: one clear line, the details are in ingest_runs
        _fail(f"ingest failed: {type(error).__name__}: {error}")
    table = Table(title=f"ingest run {summary.run_id[:12]} → {summary.warehouse}")
    table.add_column("documents seen", justify="right")
    for name in ("new", "changed", "unchanged", "failed", "deleted"):
        table.add_column(name, justify="right")
    table.add_column("records loaded", justify="right")
    table.add_column("rejected", justify="right")
    table.add_row(
        *map(
            str,
            (
                summary.docs_seen,
                summary.docs_new,
                summary.docs_changed,
                summary.docs_unchanged,
                summary.docs_failed,
                summary.docs_deleted,
                summary.records_loaded,
                summary.records_rejected,
            ),
        )
    )
    out.print(table)
    for error in summary.errors:
        err.print(
            f"[yellow]failed[/yellow] {error.source_uri} ({error.stage}): {error.error}", highlight=False
        )
    raise typer.Exit(EXIT_DOCUMENTS_FAILED if summary.docs_failed else EXIT_OK)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One SQL statement, run on a read-only connection")],
    warehouse: WarehouseOption = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format")
    ] = OutputFormat.TABLE,
) -> None:
    """Run SQL against the warehouse (read-only) and print the result."""
    try:
        with Warehouse.open(resolve_warehouse(warehouse), read_only=True) as store:
            result = store.query(sql)
    except WarehouseError as error:
        _fail(str(error))
    _print_result(result, output)


@app.command()
def stats(warehouse: WarehouseOption = None) -> None:
    """Row counts of every warehouse table and the latest run."""
    try:
        with Warehouse.open(resolve_warehouse(warehouse), read_only=True) as store:
            counts = store.table_counts()
            last_run = store.runs(limit=1)
    except WarehouseError as error:
        _fail(str(error))
    table = Table(title=str(resolve_warehouse(warehouse)))
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    out.print(table)
    if last_run.rows:
        run = dict(zip(last_run.columns, last_run.rows[0], strict=True))
        out.print(
            f"last run {run['run_id'][:12]} at {run['started_at']:%Y-%m-%d %H:%M:%S}: {run['status']}, "
            f"{run['docs_seen']} documents seen, {run['records_loaded']} records loaded"
        )


@app.command()
def runs(
    warehouse: WarehouseOption = None,
    limit: Annotated[int, typer.Option(min=1, help="How many runs to show")] = 20,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format")
    ] = OutputFormat.TABLE,
) -> None:
    """The history of ingest runs, newest first."""
    try:
        with Warehouse.open(resolve_warehouse(warehouse), read_only=True) as store:
            result = store.runs(limit)
    except WarehouseError as error:
        _fail(str(error))
    _print_result(result, output)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file: one JSON object a line (see RECORDS.md)")],
    warehouse: WarehouseOption = None,
    show_misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List every miss")] = True,
) -> None:
    """Score the warehouse against a gold file: precision, recall and F1 per record kind."""
    from warehouse.evaluation import evaluate as evaluate_warehouse
    from warehouse.evaluation import read_gold

    if not gold.is_file():
        _fail(f"no gold file at {gold}")
    try:
        with Warehouse.open(resolve_warehouse(warehouse), read_only=True) as store:
            result = evaluate_warehouse(store, read_gold(gold))
    except (WarehouseError, ValueError, KeyError) as error:
        _fail(f"cannot evaluate: {error}")
    n = max(result.documents, 1)
    out.print(
        f"documents: {result.documents}, title accuracy {result.titles_right / n:.2f}, "
        f"published_date accuracy {result.dates_right / n:.2f}"
    )
    table = Table("kind", "precision", "recall", "F1", "attributes", "gold", "predicted", "matched")
    for kind, score in result.kinds.items():
        accuracy = "-" if score.attr_accuracy is None else f"{score.attr_accuracy:.2f}"
        table.add_row(
            kind,
            f"{score.precision:.2f}",
            f"{score.recall:.2f}",
            f"{score.f1:.2f}",
            accuracy,
            str(score.gold),
            str(score.predicted),
            str(score.matched),
        )
    out.print(table)
    out.print(f"overall micro F1 {result.micro_f1:.3f}")
    if show_misses:
        for line in result.misses + [m for s in result.kinds.values() for m in s.misses]:
            out.print(f"  {line}", highlight=False, soft_wrap=True)


def _quiet_prefect() -> None:
    """Prefect's own chatter (server start, telemetry on a closed network) is not the user's concern."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _print_result(result: QueryResult, output: OutputFormat) -> None:
    if output == OutputFormat.CSV:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows([[_plain(v) for v in row] for row in result.rows])
    elif output == OutputFormat.JSON:
        rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        print(json.dumps(rows, default=_plain, ensure_ascii=False, indent=1))
    else:
        table = Table(*result.columns)
        for row in result.rows:
            table.add_row(*(str(_plain(v)) if v is not None else "" for v in row))
        out.print(table)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, default=str, ensure_ascii=False)
    return value


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(EXIT_RUN_FAILED)


def main() -> None:
    app()
