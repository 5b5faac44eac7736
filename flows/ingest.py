"""The Prefect flow ``ingest``: discover → skip unchanged → extract in batches → load → record the run.

A run holds the writer lock (``flows.writer_lock``) from start to end, but opens the warehouse
only to write: to read what it knows and open the run, to load every 1,000 extracted documents,
and to close the run. While documents are extracted, and between runs, the file is free for analysts to query.
Each of those steps is a Prefect task that retries, with backoff, only while another process
holds the file; a bad document becomes an error row and is never retried.
"""

import contextlib
import os
import signal
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import Task, flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.context import FlowRunContext
from prefect.exceptions import TerminationSignal
from prefect.futures import PrefectFuture
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from extractors import EXTRACTOR_VERSION
from flows import reporting
from flows.discovery import SourceFile, discover
from flows.extraction import BatchResult, extract_batch, now
from flows.interruption import ctrl_c_pressed
from flows.reporting import ProgressCallback
from flows.runners import RunnerKind, default_workers, task_runner
from flows.settings import resolve_warehouse
from flows.writer_lock import writer_lock
from models import FileState, IngestError

if TYPE_CHECKING:  # the warehouse is imported where it is used: see ``open_warehouse``
    from contextlib import AbstractContextManager

    from warehouse import PendingLoad, Warehouse

DEFAULT_BATCH_SIZE = 200
# Documents gathered from extracted batches before they are loaded in one transaction: each load
# pays a fixed cost that grows with the warehouse (see ``warehouse.loading``), and 1,000
# documents wait in about 15 MB of Arrow.
LOAD_DOCUMENTS = 1000
# Batches extracted or waiting to be loaded, per worker: enough to keep every worker busy while
# the flow loads, few enough that memory does not grow with the corpus.
IN_FLIGHT_PER_WORKER = 2
# How long a run waits for another run to finish with the warehouse before it gives up.
WRITER_WAIT_SECONDS = 60.0
# A warehouse held open by a reader is tried again after about 1, 2, 4, 8 and 16 s.
BUSY_RETRIES = 5
BUSY_BACKOFF_SECONDS = 1.0
BUSY_WAIT_SECONDS = BUSY_BACKOFF_SECONDS * (2**BUSY_RETRIES - 1)  # 31 s, give or take the jitter


@dataclass
class IngestSummary:
    """What one run did; the same counters are stored in ``ingest_runs``."""

    run_id: str
    warehouse: str
    docs_seen: int = 0
    docs_new: int = 0
    docs_changed: int = 0
    docs_unchanged: int = 0
    docs_failed: int = 0
    docs_deleted: int = 0
    records_loaded: int = 0
    records_rejected: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def documents_done(self) -> int:
        """Documents the run has finished with: loaded, found unchanged or failed."""
        return self.docs_new + self.docs_changed + self.docs_unchanged + self.docs_failed

    def counters(self) -> dict[str, int]:
        """The counters, named as the ``ingest_runs`` columns they fill."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if f.name.startswith(("docs_", "records_"))
        }


@dataclass(frozen=True)
class ExtractionPlan:
    """Where and in what portions documents are extracted."""

    runner: RunnerKind
    workers: int
    dask_address: str | None
    batch_size: int

    @property
    def max_in_flight(self) -> int:
        return max(2, IN_FLIGHT_PER_WORKER * self.workers)


def open_warehouse(warehouse: Path) -> "AbstractContextManager[Warehouse]":
    """The warehouse, opened for writing.

    The warehouse package (DuckDB, Arrow: about 70 MB) is imported here rather than at the top:
    Prefect sends the pool's workers the flow by reference, so each of them imports this module,
    and they only extract.
    """
    from warehouse import Warehouse

    return Warehouse.open(warehouse)


def retry_while_busy(task: Task[..., Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry a warehouse step only while another process holds the file; other failures are final."""
    from warehouse.store import WarehouseBusy

    try:
        state.result()
    except WarehouseBusy as busy:
        reporting.announce(f"{busy}; trying again for up to {BUSY_WAIT_SECONDS:g} s")
        return True
    except Exception:
        return False
    return False


WAREHOUSE_STEP: dict[str, Any] = {
    "retries": BUSY_RETRIES,
    "retry_delay_seconds": exponential_backoff(BUSY_BACKOFF_SECONDS),
    "retry_jitter_factor": 0.2,
    "retry_condition_fn": retry_while_busy,
    "cache_policy": NO_CACHE,  # a write must happen each time it is asked for
}


@task(name="begin-run", **WAREHOUSE_STEP)
def begin_run(warehouse: Path, run_id: str, source_path: str) -> dict[str, FileState]:
    """Record the run as started and return the stored state of every live document."""
    with open_warehouse(warehouse) as store:
        store.start_run(run_id, source_path=source_path, extractor_version=EXTRACTOR_VERSION, at=now())
        return store.known_files()


@task(name="load-batch", **WAREHOUSE_STEP)
def load_batch(warehouse: Path, pending: "PendingLoad") -> None:
    """Replace the pending documents and their records atomically; record the errors."""
    with open_warehouse(warehouse) as store:
        store.load(pending)


@task(name="close-run", **WAREHOUSE_STEP)
def close_run(warehouse: Path, summary: IngestSummary, vanished: list[str]) -> None:
    """Mark vanished documents deleted (their records leave the record tables); close the run's row."""
    status = "completed_with_errors" if summary.docs_failed else "completed"
    with open_warehouse(warehouse) as store:
        store.mark_deleted(vanished, at=now())
        store.finish_run(summary.run_id, at=now(), status=status, counts=summary.counters())


def _needs_reading(file: SourceFile, known: FileState | None) -> bool:
    """Size, mtime and extractor version unchanged: the file is skipped without being read."""
    return not (
        known is not None
        and known.size_bytes == file.size_bytes
        and known.mtime_ns == file.mtime_ns
        and known.extractor_version == EXTRACTOR_VERSION
    )


@flow(name="ingest", log_prints=False)
def ingest(
    path: str,
    warehouse: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    runner: RunnerKind = RunnerKind.LOCAL,
    workers: int | None = None,
    dask_address: str | None = None,
) -> IngestSummary:
    """Bring the warehouse up to date with the documents under ``path``.

    Batches are extracted by ``workers`` local processes (default: one per core) or, with
    ``runner="dask"``, on the Dask cluster whose scheduler is at ``dask_address``.
    """
    root = Path(path).resolve()
    warehouse_path = resolve_warehouse(warehouse)
    summary = IngestSummary(run_id=uuid.uuid4().hex, warehouse=str(warehouse_path))
    plan = ExtractionPlan(RunnerKind(runner), workers or default_workers(), dask_address, batch_size)
    with writer_lock(warehouse_path, wait_seconds=WRITER_WAIT_SECONDS, on_wait=reporting.announce):
        known = begin_run(warehouse_path, summary.run_id, str(root))
        try:
            vanished = _run(root, warehouse_path, known, summary, plan, reporting.current())
        except BaseException as error:
            _close_failed_run(warehouse_path, summary, error)
            raise
        summary.docs_deleted = len(vanished)
        close_run(warehouse_path, summary, vanished)
    get_run_logger().info(
        "%s documents seen: %s new, %s changed, %s unchanged, %s failed, %s deleted; %s records loaded",
        summary.docs_seen,
        summary.docs_new,
        summary.docs_changed,
        summary.docs_unchanged,
        summary.docs_failed,
        summary.docs_deleted,
        summary.records_loaded,
    )
    return summary


def _run(
    root: Path,
    warehouse: Path,
    known: dict[str, FileState],
    summary: IngestSummary,
    plan: ExtractionPlan,
    progress: ProgressCallback | None,
) -> list[str]:
    """Extract and load what changed under ``root``; return the ids of documents that vanished.

    Discovery streams: batches are submitted as files are found, and once ``max_in_flight``
    are out, the oldest is handed to the loader before another is submitted, so memory stays
    bounded whatever the corpus size. The warehouse is written here, by the flow.
    """
    seen: set[str] = set()
    batches = batched(_changed_files(root, known, seen, summary), plan.batch_size)
    first = list(islice(batches, 2))  # enough to tell one batch of work from several
    in_flight: deque[PrefectFuture[BatchResult]] = deque()
    loader = _Loader(warehouse, summary, progress)
    runner = task_runner(
        plan.runner, workers=plan.workers, dask_address=plan.dask_address, batches=len(first)
    )
    with _workers_report_to_this_api(), runner:
        for batch in chain(first, batches):
            batch_known = {f.source_uri: known[f.source_uri] for f in batch if f.source_uri in known}
            # A batch's inputs are a few hundred small objects, cheap for Prefect to visit; quoting
            # them would hand Dask a wrapper it unpacks into tuples.
            parameters = {"files": batch, "known": batch_known}
            in_flight.append(runner.submit(extract_batch, parameters))
            if len(in_flight) >= plan.max_in_flight:
                loader.receive(in_flight.popleft().result())
        if progress:
            progress(summary)
        while in_flight:
            loader.receive(in_flight.popleft().result())
        loader.flush()
    return [state.doc_id for uri, state in known.items() if uri not in seen and _under(uri, root)]


class _Loader:
    """Gathers extracted batches and loads them into the warehouse ``LOAD_DOCUMENTS`` at a time.

    The run's counters, and its progress, move when a load commits: they never count a document
    that the warehouse does not hold yet.
    """

    def __init__(self, warehouse: Path, summary: IngestSummary, progress: ProgressCallback | None) -> None:
        self._warehouse = warehouse
        self._summary = summary
        self._progress = progress
        self._start_gathering()

    def _start_gathering(self) -> None:
        from warehouse import PendingLoad  # imported here for the reason given in ``open_warehouse``

        self._pending = PendingLoad(self._summary.run_id)
        self._received = IngestSummary(run_id=self._summary.run_id, warehouse=self._summary.warehouse)

    def receive(self, result: BatchResult) -> None:
        """Take an extracted batch; load what has gathered once it reaches ``LOAD_DOCUMENTS``."""
        extracted = [d for d in result.documents if d.extraction is not None]
        self._pending.add([(d.extraction, d.state) for d in extracted], result.errors, at=now())
        received = self._received
        received.docs_unchanged += len(result.documents) - len(extracted)
        received.docs_new += sum(d.is_new for d in extracted)
        received.docs_changed += sum(not d.is_new for d in extracted)
        received.docs_failed += len(result.errors)
        received.errors.extend(result.errors)
        if received.documents_done >= LOAD_DOCUMENTS:
            self.flush()

    def flush(self) -> None:
        """Load what has gathered, in one transaction, and count it in the run's summary."""
        pending, received = self._pending, self._received
        if pending.documents or pending.errors:
            # quote(): Prefect would otherwise walk the Arrow tables looking for futures to track.
            load_batch(self._warehouse, quote(pending))
        received.records_loaded = pending.records
        received.records_rejected = pending.rejected
        for name, value in received.counters().items():
            setattr(self._summary, name, getattr(self._summary, name) + value)
        self._summary.errors.extend(received.errors)
        self._start_gathering()
        if self._progress:
            self._progress(self._summary)


@contextlib.contextmanager
def _workers_report_to_this_api() -> Iterator[None]:
    """Point worker processes at the flow's Prefect API while they start.

    Without ``PREFECT_API_URL`` the flow talks to a temporary server of its own, which workers
    cannot see: each would start another (about 5 s and 200 MB apiece).
    """
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    context = FlowRunContext.get()
    api_url = str(context.client.api_url) if context else ""
    os.environ["PREFECT_API_URL"] = api_url
    try:
        yield
    finally:
        del os.environ["PREFECT_API_URL"]


def _changed_files(
    root: Path, known: dict[str, FileState], seen: set[str], summary: IngestSummary
) -> Iterator[SourceFile]:
    for file in discover(root):
        seen.add(file.source_uri)
        summary.docs_seen += 1
        if _needs_reading(file, known.get(file.source_uri)):
            yield file
        else:
            summary.docs_unchanged += 1


def _close_failed_run(warehouse: Path, summary: IngestSummary, error: BaseException) -> None:
    """Record the failure in the run's row: one attempt, no retries, since the run is failing already.

    A run stopped by Ctrl-C (KeyboardInterrupt, or any error after it: ``flows.interruption``) or
    a termination signal (Prefect's TerminationSignal, for SIGTERM) did not fail: it is
    ``interrupted``, and says by what.
    """
    from warehouse import WarehouseError

    stopped_by = _stopping_signal(error)
    with contextlib.suppress(WarehouseError), open_warehouse(warehouse) as store:
        store.finish_run(
            summary.run_id,
            at=now(),
            status="failed" if stopped_by is None else "interrupted",
            counts=summary.counters(),
            error=f"{type(error).__name__}: {error}" if stopped_by is None else f"stopped by {stopped_by}",
        )


def _stopping_signal(error: BaseException) -> str | None:
    """The signal that stopped the run ("SIGINT (Ctrl-C)", "SIGTERM"), or None if it failed."""
    if isinstance(error, KeyboardInterrupt):
        return "SIGINT (Ctrl-C)"
    if isinstance(error, TerminationSignal):
        return signal.Signals(error.signal).name
    if ctrl_c_pressed():  # an error that Ctrl-C caused, such as the pool its workers left broken
        return "SIGINT (Ctrl-C)"
    return None


def batched(items: Iterator[SourceFile], size: int) -> Iterator[list[SourceFile]]:
    """Consecutive lists of ``size`` items (itertools.batched arrived only in Python 3.12)."""
    while batch := list(islice(items, size)):
        yield batch


def _under(uri: str, root: Path) -> bool:
    root = root.resolve()
    return uri == str(root) or uri.startswith(str(root) + os.sep)
