"""The ``medtour`` command: a thin skin over the ingest flow and the warehouse.

``query`` and ``stats`` never import Prefect, so they answer at once. Nothing here imports the
warehouse (DuckDB, Arrow) at module level either: the worker processes of an ingest re-run the
command's main module when they start, and each would hold them for nothing (about 70 MB).
"""

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from flows.progress import ingest_progress, print_summary
from flows.settings import resolve_warehouse
from flows.terminal import FORMAT_DEFAULT, OutputFormat, print_rows, resolve_format

if TYPE_CHECKING:  # imported where used: see the module's docstring
    from warehouse import Warehouse
    from warehouse.evaluation import Evaluation

app = typer.Typer(
    help="Extract medical-tourism facts from news into a DuckDB warehouse.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Click's plain help: a flag is shown as a flag (the rich help gives each a "<bool>" value),
    # and brackets in help text are text, not markup
    rich_markup_mode=None,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

WarehouseOption = Annotated[
    Path | None,
    typer.Option(
        "--warehouse", "-w", help="Warehouse file", show_default="$MEDTOUR_WAREHOUSE, else ./medtour.duckdb"
    ),
]

EXIT_OK, EXIT_RUN_FAILED, EXIT_DOCUMENTS_FAILED = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


class Runner(StrEnum):
    """Where extraction runs (flows.runners.RunnerKind; repeated so that --help never imports Prefect)."""

    LOCAL = "local"
    DASK = "dask"


class ExportFormat(StrEnum):
    """warehouse.export.ExportFormat, repeated so that importing this module never loads DuckDB."""

    PARQUET = "parquet"
    CSV = "csv"


@app.command()
def ingest(
    path: Annotated[
        Path, typer.Argument(help="A document file or a folder searched recursively (.txt, .md, .html)")
    ],
    warehouse: WarehouseOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per extraction task")] = 200,
    runner: Annotated[
        Runner, typer.Option(help="local: a process per core; dask: the workers of a Dask cluster")
    ] = Runner.LOCAL,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local extraction processes", show_default="one per core")
    ] = None,
    dask_address: Annotated[
        str | None, typer.Option(help="The Dask scheduler for --runner dask: tcp://HOST:8786")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show Prefect's log, and a failed run's traceback")
    ] = False,
) -> None:
    """Extract new and changed documents under PATH and load them into the warehouse.

    Exit status: 0 all documents ingested, 2 the run completed but some documents failed
    (see the ingest_errors table), 1 the run itself failed, 130 interrupted (Ctrl-C).
    """
    if not path.exists():
        _fail(f"no such file or directory: {path}")
    if runner == Runner.DASK and not dask_address:
        _fail("--runner dask needs --dask-address tcp://HOST:8786 (a running Dask scheduler)")
    _check_writable(resolve_warehouse(warehouse))
    _quiet_prefect()
    if verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    else:  # Prefect's console log: its failures repeat ours, with a traceback of its own engine
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
    from flows.interruption import ctrl_c_pressed, remembering_ctrl_c
    from flows.prefect_server import ServerError, prefect_api
    from flows.writer_lock import AnotherRunIsWriting
    from warehouse import WarehouseError

    try:
        with remembering_ctrl_c(), prefect_api() as api:
            # Prefect is imported only for ingesting, and only now, while a temporary server starts
            from flows.ingest import ingest as ingest_flow
            from flows.reporting import reporting
            from flows.runners import warm_up

            if api.starting is not None and runner == Runner.LOCAL:
                # A run of one batch (a few new files) extracts in this process: pay the extractors'
                # one-off loads (about 2 s) now, while the server starts on another core and this
                # process would only wait.
                warm_up()
            with api.ready(), ingest_progress(err) as progress, reporting(progress, _say_once()):
                summary = ingest_flow(
                    str(path),
                    str(resolve_warehouse(warehouse)),
                    batch_size,
                    runner=runner.value,
                    workers=workers,
                    dask_address=dask_address,
                )
    except KeyboardInterrupt:
        _interrupted()
    except (WarehouseError, AnotherRunIsWriting, ServerError) as error:
        if ctrl_c_pressed():
            _interrupted()
        _fail(str(error))
    except Exception as error:  # the run failed: one clear line, the details are in ingest_runs
        if ctrl_c_pressed():  # an error that Ctrl-C caused (see flows.interruption)
            _interrupted()
        hint = "" if verbose else "\n(`medtour ingest --verbose` shows Prefect's log and the traceback)"
        _fail(f"ingest failed: {type(error).__name__}: {error}{hint}")
    print_summary(out, summary)
    for error in summary.errors:
        err.print(
            f"[yellow]failed[/yellow] {error.source_uri} ({error.stage}): {error.error}", highlight=False
        )
    raise typer.Exit(EXIT_DOCUMENTS_FAILED if summary.docs_failed else EXIT_OK)


@app.command()
def serve(
    path: Annotated[Path, typer.Argument(help="The folder (or file) to keep ingesting")],
    warehouse: WarehouseOption = None,
    every: Annotated[str | None, typer.Option(help="Run at this interval: 30s, 10m, 2h, 1d")] = None,
    cron: Annotated[str | None, typer.Option(help='Run on this cron schedule, in UTC: "0 * * * *"')] = None,
    watch: Annotated[
        bool,
        typer.Option("--watch", help="Also run within seconds of a document being added, changed or deleted"),
    ] = False,
    name: Annotated[
        str, typer.Option(help="Deployment name, as in `prefect deployment run ingest/NAME`")
    ] = "medtour",
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per extraction task")] = 200,
) -> None:
    """Keep the warehouse up to date: run the ingest flow on a schedule and, with --watch, as files arrive.

    Uses the Prefect server at PREFECT_API_URL, or else starts one of its own and stops it on exit.
    Runs start at once, then by the schedule; the warehouse is free to query between runs.
    """
    from flows.schedule import parse_every

    if not path.exists():
        _fail(f"no such file or directory: {path}")
    if every and cron:
        _fail("give --every or --cron, not both")
    _check_writable(resolve_warehouse(warehouse))
    try:
        interval = parse_every(every) if every else None
    except ValueError as error:
        _fail(str(error))
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")  # each run's progress, as `flow.serve` shows it
    _quiet_prefect()
    from flows.prefect_server import ServerError
    from flows.serve import ServeRequest  # Prefect is imported only for serving
    from flows.serve import serve as serve_flow

    request = ServeRequest(
        path=path.resolve(),
        warehouse=resolve_warehouse(warehouse).resolve(),
        batch_size=batch_size,
        every=interval,
        cron=cron,
        watch=watch,
        name=name,
    )
    try:
        serve_flow(request, say=lambda line: out.print(line, highlight=False, soft_wrap=True))
    except (ServerError, ValueError) as error:
        _fail(str(error))


FormatOption = Annotated[
    OutputFormat | None, typer.Option("--format", "-f", help="Output format", show_default=FORMAT_DEFAULT)
]


@contextmanager
def _reading(warehouse: Path | None) -> Iterator["Warehouse"]:
    """The warehouse opened read-only, touching no other file; a failure to open or query it is an
    error message (DuckDB's, whole) and exit 1."""
    from warehouse import Warehouse, WarehouseError

    try:
        with Warehouse.open(resolve_warehouse(warehouse), read_only=True, sandboxed=True) as store:
            yield store
    except WarehouseError as error:
        message = str(error)
        if "disabled by configuration" in message:  # DuckDB's words for a file the sandbox refused
            message += "\nmedtour query reads the warehouse only; `medtour export` writes its tables to files"
        _fail(message)


@app.command()
def query(
    sql: Annotated[
        str, typer.Argument(help="One SQL statement, run read-only on the warehouse and no other file")
    ],
    warehouse: WarehouseOption = None,
    output: FormatOption = None,
) -> None:
    """Run SQL against the warehouse and print the result.

    The connection is read-only and reads or writes no other file: COPY ... TO, read_csv('...'),
    ATTACH are refused (`medtour export` writes the tables to files).
    """
    with _reading(warehouse) as store:
        result = store.query(sql)
    print_rows(out, result.columns, result.rows, output)


@app.command()
def stats(warehouse: WarehouseOption = None, output: FormatOption = None) -> None:
    """Row counts of every warehouse table (the live documents), and in a table the latest run."""
    with _reading(warehouse) as store:
        counts = store.table_counts()
        last_run = store.runs(limit=1)
    table_format = resolve_format(out, output) == OutputFormat.TABLE
    title = str(resolve_warehouse(warehouse)) if table_format else None
    print_rows(out, ["table", "rows"], list(counts.items()), output, title=title)
    if table_format and last_run.rows:
        run = dict(zip(last_run.columns, last_run.rows[0], strict=True))
        out.print(
            f"last run {run['run_id'][:12]} at {run['started_at']:%Y-%m-%d %H:%M:%S}: {run['status']}, "
            f"{run['docs_seen']} documents seen, {run['records_loaded']} records loaded",
            highlight=False,
        )


# What `runs` shows in a table without --all: enough to tell when, how and how much.
RUNS_AT_A_GLANCE = ("run", "started", "status", "docs", "records", "error")


@app.command()
def runs(
    warehouse: WarehouseOption = None,
    limit: Annotated[int, typer.Option(min=1, help="How many runs to show")] = 20,
    output: FormatOption = None,
    all_columns: Annotated[
        bool, typer.Option("--all", help="Every column of ingest_runs in the table (CSV and JSON have all)")
    ] = False,
) -> None:
    """The history of ingest runs, newest first."""
    with _reading(warehouse) as store:
        result = store.runs(limit)
    if all_columns or resolve_format(out, output) != OutputFormat.TABLE:
        print_rows(out, result.columns, result.rows, output)
        return
    glance = []
    for values in result.rows:
        run = dict(zip(result.columns, values, strict=True))
        started = run["started_at"].strftime("%Y-%m-%d %H:%M")
        glance.append(
            (
                run["run_id"][:12],
                started,
                run["status"],
                run["docs_seen"],
                run["records_loaded"],
                run["error"],
            )
        )
    print_rows(out, RUNS_AT_A_GLANCE, glance, OutputFormat.TABLE)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file: one JSON object a line (see RECORDS.md)")],
    warehouse: WarehouseOption = None,
    show_misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List every miss")] = True,
    interval: Annotated[
        bool,
        typer.Option(
            "--interval/--no-interval",
            help="Add each F1's 95 % interval over the documents drawn again 1,000 times (bootstrap)",
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            help="Another warehouse of the same documents, scored against the same gold: add each "
            "F1's change from it and the change's 95 % interval (paired bootstrap)"
        ),
    ] = None,
) -> None:
    """Score the warehouse against a gold file: precision, recall and F1 per record kind."""
    from warehouse.intervals import bootstrap, bootstrap_change

    if not gold.is_file():
        _fail(f"no gold file at {gold}")
    result = _evaluated(resolve_warehouse(warehouse), gold)
    before = None if baseline is None else _evaluated(baseline, gold)
    n = max(result.documents, 1)
    out.print(
        f"documents: {result.documents}, title accuracy {result.titles_right / n:.2f}, "
        f"published_date accuracy {result.dates_right / n:.2f}",
        highlight=False,
    )
    spread = bootstrap(result) if interval and result.documents else None
    change = bootstrap_change(before, result) if before is not None and result.documents else None
    columns = ["kind", "precision", "recall", "F1"]
    columns += [] if spread is None else ["F1 95 %"]
    columns += [] if before is None else ["baseline F1", "change", "change 95 %"]
    scores = []
    for kind, score in result.kinds.items():
        row: list[object] = [
            kind,
            _two_places(score.precision),
            _two_places(score.recall),
            _two_places(score.f1),
        ]
        if spread is not None:
            row.append(_interval(spread.kinds[kind].low, spread.kinds[kind].high, 2))
        if before is not None:
            row += [_two_places(before.kinds[kind].f1), f"{score.f1 - before.kinds[kind].f1:+.2f}"]
            row.append(
                None
                if change is None
                else _interval(change.kinds[kind].low, change.kinds[kind].high, 2, signed=True)
            )
        attributes = None if score.attr_accuracy is None else _two_places(score.attr_accuracy)
        scores.append((*row, attributes, score.gold, score.predicted, score.matched))
    print_rows(out, [*columns, "attributes", "gold", "predicted", "matched"], scores)
    overall = f"overall micro F1 {result.micro_f1:.3f}"
    if spread is not None:
        overall += f" (95 % interval {_interval(spread.micro_f1.low, spread.micro_f1.high, 3)})"
    if before is not None:
        overall += f"; baseline {before.micro_f1:.3f}, change {result.micro_f1 - before.micro_f1:+.3f}"
        if change is not None:
            overall += (
                f" (95 % interval {_interval(change.micro_f1.low, change.micro_f1.high, 3, signed=True)})"
            )
    if (drawn := spread or change) is not None:
        overall += f"; intervals over the {drawn.documents} documents drawn again {drawn.resamples:,} times"
    out.print(overall, highlight=False, soft_wrap=True)
    if show_misses:
        for line in result.misses + [m for s in result.kinds.values() for m in s.misses]:
            out.print(f"  {line}", highlight=False, soft_wrap=True)


def _evaluated(warehouse: Path, gold: Path) -> "Evaluation":
    """The warehouse scored against the gold file; a clear error where either cannot be read."""
    from warehouse import Warehouse, WarehouseError
    from warehouse.evaluation import evaluate as evaluate_warehouse
    from warehouse.evaluation import read_gold

    try:
        with Warehouse.open(warehouse, read_only=True) as store:
            return evaluate_warehouse(store, read_gold(gold))
    except (WarehouseError, ValueError, KeyError) as error:
        _fail(f"cannot evaluate {warehouse}: {error}")


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(help="Folder for the files (created if missing)")],
    warehouse: WarehouseOption = None,
    file_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="File format")
    ] = ExportFormat.PARQUET,
) -> None:
    """Write every table and view of the warehouse to DIRECTORY, one file each."""
    from warehouse import Warehouse, WarehouseError
    from warehouse import export as exporting

    try:
        with Warehouse.open(resolve_warehouse(warehouse), read_only=True) as store:
            files = exporting.export_warehouse(store, directory, exporting.ExportFormat(file_format))
    except (WarehouseError, OSError) as error:
        _fail(f"cannot export: {error}")
    exported = [(file.name, file.rows, file.path.name) for file in files]
    print_rows(out, ["table or view", "rows", "file"], exported, title=f"exported to {directory}")


@app.command()
def report(
    warehouse: WarehouseOption = None,
    out_file: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write")] = Path("report.html"),
) -> None:
    """Write a self-contained HTML report: charts of the main views and the evidence of every record."""
    from warehouse import Warehouse, WarehouseError
    from warehouse.report import write_report

    path = resolve_warehouse(warehouse)
    try:
        with Warehouse.open(path, read_only=True) as store:
            size = write_report(store, out_file, warehouse_name=path.name)
    except (WarehouseError, OSError) as error:
        _fail(f"cannot write the report: {error}")
    out.print(f"report written to {out_file} ({size / 1024:.0f} KiB)", highlight=False)


def _check_writable(warehouse: Path) -> None:
    """Refuse, before any run starts, a warehouse whose directory (or file) this user cannot write."""
    directory = warehouse.absolute().parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _fail(f"directory not writable: {error.filename or directory} ({error.strerror})")
    if not os.access(directory, os.W_OK | os.X_OK):
        _fail(f"directory not writable: {directory} (the warehouse and its lock file are written there)")
    if warehouse.exists() and not os.access(warehouse, os.W_OK):
        _fail(f"warehouse not writable: {warehouse.absolute()}")


def _say_once() -> Callable[[str], None]:
    """What the run announces while it waits (for another run, for a reader's lock), each said once."""
    said: set[str] = set()

    def say(message: str) -> None:
        if message not in said:
            said.add(message)
            err.print(f"[yellow]waiting:[/yellow] {escape(message)}", highlight=False)

    return say


def _quiet_prefect() -> None:
    """Prefect's own chatter (server start, telemetry on a closed network) is not the user's concern."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _two_places(score: float) -> Decimal:
    """A score as it is printed, 0.94, still a number (right-aligned in a table)."""
    return Decimal(f"{score:.2f}")


def _interval(low: float, high: float, places: int, signed: bool = False) -> str:
    """An interval as it is printed: "0.62 to 0.76", a change's "-0.07 to +0.05"."""
    sign = "+" if signed else ""
    return f"{low:{sign}.{places}f} to {high:{sign}.{places}f}"


def _interrupted() -> NoReturn:
    err.print(
        "interrupted: a run that had started is recorded as interrupted (`medtour runs`)", highlight=False
    )
    raise typer.Exit(EXIT_INTERRUPTED) from None


def _fail(message: str) -> NoReturn:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    raise typer.Exit(EXIT_RUN_FAILED)


def main() -> None:
    app()
