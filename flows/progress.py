"""What `medtour ingest` shows while it runs and when it is done.

In a terminal: a live progress bar, then a summary table. Anywhere else (a log file, a pipe,
CI): plain lines that read well in a log and are easy to grep, without control codes.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

if TYPE_CHECKING:  # the real import would import Prefect, which only the ingest itself needs
    from flows.ingest import IngestSummary


@contextmanager
def ingest_progress(console: Console) -> Iterator[Callable[["IngestSummary"], None]]:
    """A callback for the ingest flow's ``progress`` that shows the run's progress on ``console``."""
    if console.is_terminal:
        with _progress_bar(console) as update:
            yield update
    else:
        yield _line_printer(console)


@contextmanager
def _progress_bar(console: Console) -> Iterator[Callable[["IngestSummary"], None]]:
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as bar:
        task = bar.add_task("discovering", total=None)

        def update(summary: "IngestSummary") -> None:
            bar.update(
                task, description="ingesting", completed=summary.documents_done, total=summary.docs_seen
            )

        yield update


def _line_printer(console: Console) -> Callable[["IngestSummary"], None]:
    """One line per change in the number of documents done."""
    printed: set[int] = set()

    def print_line(summary: "IngestSummary") -> None:
        done = summary.documents_done
        if done not in printed:
            printed.add(done)
            console.print(f"ingest: {done}/{summary.docs_seen} documents", highlight=False, soft_wrap=True)

    return print_line


def print_summary(console: Console, summary: "IngestSummary") -> None:
    """The run's counters: a table in a terminal, one line elsewhere."""
    counters = {
        "documents seen": summary.docs_seen,
        "new": summary.docs_new,
        "changed": summary.docs_changed,
        "unchanged": summary.docs_unchanged,
        "failed": summary.docs_failed,
        "deleted": summary.docs_deleted,
        "records loaded": summary.records_loaded,
        "records rejected": summary.records_rejected,
    }
    title = f"ingest run {summary.run_id[:12]} → {summary.warehouse}"
    if not console.is_terminal:
        line = ", ".join(f"{value} {name}" for name, value in counters.items())
        console.print(f"{title}: {line}", highlight=False, soft_wrap=True)
        return
    console.print(title, highlight=False, soft_wrap=True)
    table = Table(show_header=False)
    table.add_column("counter")
    table.add_column("value", justify="right")
    for name, value in counters.items():
        style = "yellow" if name in ("failed", "records rejected") and value else None
        table.add_row(name, str(value), style=style)
    console.print(table)
