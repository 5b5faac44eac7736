"""One writer at a time: a lock file beside the warehouse, held for the whole of an ingest run.

DuckDB already keeps a second process from writing the file at the same moment, but a run
opens the warehouse several times (to read what it knows, once per batch, to close the run),
so that analysts can query it in between. The lock spans the run, so that two runs, scheduled,
triggered by a new file or started by hand, never interleave their batches. The OS releases it
when the process ends, however it ends, so a crashed run leaves no stale lock behind.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout


class AnotherRunIsWriting(Exception):
    """The writer lock stayed taken for as long as the run was willing to wait."""


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


@contextmanager
def writer_lock(warehouse: Path, *, wait_seconds: float) -> Iterator[None]:
    """Hold the warehouse's writer lock, waiting at most ``wait_seconds`` for another run to end."""
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path)
    try:
        lock.acquire(timeout=wait_seconds)
    except Timeout:
        raise AnotherRunIsWriting(
            f"another ingest run is writing warehouse {warehouse} (it holds {path}); "
            f"waited {wait_seconds:g} s — try again when it has finished"
        ) from None
    try:
        yield
    finally:
        lock.release()
