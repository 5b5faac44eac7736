"""One writer at a time: a lock file beside the warehouse, held for the whole of an ingest run.

DuckDB already keeps a second process from writing the file at the same moment, but a run
opens the warehouse several times (to read what it knows, once per batch, to close the run),
so that analysts can query it in between. The lock spans the run, so that two runs, scheduled,
triggered by a new file or started by hand, never interleave their batches. The OS releases it
when the process ends, however it ends, so a crashed run leaves no stale lock behind.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout


class AnotherRunIsWriting(Exception):
    """The writer lock stayed taken for as long as the run was willing to wait."""


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


@contextmanager
def writer_lock(
    warehouse: Path, *, wait_seconds: float, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the warehouse's writer lock, waiting at most ``wait_seconds`` for another run to end
    (and telling ``on_wait``, once, that it waits)."""
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path)
    if not _acquired(lock, timeout=0):
        if on_wait is not None:
            on_wait(
                f"another ingest run is writing warehouse {warehouse}; "
                f"this run starts when it ends (waiting up to {wait_seconds:g} s)"
            )
        if not _acquired(lock, timeout=wait_seconds):
            raise AnotherRunIsWriting(
                f"another ingest run is writing warehouse {warehouse} (it holds {path}); "
                f"waited {wait_seconds:g} s — try again when it has finished"
            )
    try:
        yield
    finally:
        lock.release()


def _acquired(lock: FileLock, *, timeout: float) -> bool:
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        return False
    return True
