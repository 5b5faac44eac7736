"""Where extraction tasks run: the flow's own process, a pool of local processes, or a Dask cluster.

Extraction is pure Python and CPU-bound, so threads share one core (the GIL); only processes
use them all. A process pool costs each worker a Python, Prefect and extractor start-up (about
3 s here, plus quantulum3's first-call load of about 1.3 s, paid once per worker by
``start_worker``), so work that fits in one batch is extracted in the flow's own process instead.
The warehouse is always written by the flow's process alone (DuckDB allows one writer).
"""

import contextlib
import os
import signal
from enum import StrEnum
from functools import partial

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from extractors import extract
from flows.lifeline import watch_parent
from models import MediaType, SourceDocument

# Touches every lazily loaded table (dateparser's locale data, quantulum3's units) once.
_WARM_UP_TEXT = b"Seoul, March 3, 2020 - Seven hospitals treated about 1,200 foreign patients last year."


class RunnerKind(StrEnum):
    LOCAL = "local"  # a process pool of this machine's cores (in-process for a single batch)
    DASK = "dask"  # the workers of an existing Dask cluster


def default_workers() -> int:
    """The cores this process may use (the affinity mask, which containers and taskset narrow)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def warm_up() -> None:
    """Pay the extractors' one-off loads when a worker starts, not inside its first batch.

    Only a head start, so it never fails: an exception in a pool's initializer breaks the whole
    pool (BrokenProcessPool). An extractor that fails here fails again on the document that
    meets it, which records the error.
    """
    with contextlib.suppress(Exception):
        extract(
            SourceDocument(
                doc_id="warm-up",
                source_uri="warm-up",
                content=_WARM_UP_TEXT,
                content_sha256="0" * 64,
                media_type=MediaType.TEXT,
            )
        )


def start_worker(parent_pid: int) -> None:
    """A pool worker's start: it ends with the flow's process (``flows.lifeline``); Ctrl-C, which
    the terminal sends to the whole process group, ends it at once and quietly (the command,
    interrupted too, records the run as interrupted); then the warm-up."""
    watch_parent(parent_pid)
    signal.signal(signal.SIGINT, lambda signum, frame: os._exit(128 + signum))
    warm_up()


def task_runner(kind: RunnerKind, *, workers: int, dask_address: str | None, batches: int) -> TaskRunner:
    """The task runner for ``batches`` extraction batches (a lower bound: discovery streams on).

    ``LOCAL`` with a single batch, or a single worker, stays in the flow's process: spawning
    workers would cost more than it saves.
    """
    if kind is RunnerKind.DASK:
        if not dask_address:
            raise ValueError("--runner dask needs --dask-address tcp://HOST:8786 (a running scheduler)")
        from prefect_dask import DaskTaskRunner  # imported only for a cluster: distributed is heavy

        return DaskTaskRunner(address=dask_address)
    if workers <= 1 or batches <= 1:
        return ThreadPoolTaskRunner(max_workers=1)
    # A partial, not ``initargs``: Prefect copies a task runner for each flow run, initializer
    # included but not its arguments.
    return ProcessPoolTaskRunner(max_workers=workers, initializer=partial(start_worker, os.getpid()))
