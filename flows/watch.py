"""``medtour serve --watch``: file-system notifications, debounced into one call per burst.

watchfiles delivers the operating system's notifications (inotify, FSEvents, …); the
``Debouncer`` decides when a burst of them has ended, so that copying 100 articles into the
folder asks for one run, not 100. It is pure (the caller passes the time), so its behaviour
is tested without sleeping.
"""

import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from watchfiles import Change, awatch

from flows.discovery import MEDIA_TYPES

# How often the watch loop wakes when nothing changes, so that a burst ends on time.
TICK_MS = 200


@dataclass
class Debouncer:
    """A burst of changes ends after ``quiet`` seconds without one, or ``max_delay`` seconds
    after its first change, whichever comes first: a sync that never pauses still gets runs."""

    quiet: float
    max_delay: float
    _first: float | None = field(default=None, init=False)
    _last: float = field(default=0.0, init=False)

    def change(self, at: float) -> None:
        if self._first is None:
            self._first = at
        self._last = at

    def due(self, now: float) -> bool:
        """True once per burst: when the burst has ended by ``now``."""
        if self._first is None:
            return False
        if now - self._last < self.quiet and now - self._first < self.max_delay:
            return False
        self._first = None
        return True


@dataclass(frozen=True)
class ChangeFilter:
    """Which changes may add, alter or remove a document, and so deserve a run.

    Document files count; so do directories (a folder of articles moved in arrives as a single
    event for the folder) and anything deleted (a deleted folder can no longer be told from a
    file). The warehouse's own files never count, or each run would trigger the next one.
    """

    root: Path
    warehouse: Path

    def __call__(self, change: Change, path: str) -> bool:
        if not (path == str(self.root) or path.startswith(f"{self.root}{os.sep}")):
            return False  # PATH is a file: its directory is watched, and its neighbours don't count
        if path == str(self.warehouse) or path.startswith(f"{self.warehouse}."):
            return False  # the warehouse, its .wal, .lock and .tmp
        return change == Change.deleted or Path(path).suffix.lower() in MEDIA_TYPES or Path(path).is_dir()


async def watch(
    root: Path,
    on_burst: Callable[[int], Awaitable[None]],
    *,
    relevant: ChangeFilter,
    debouncer: Debouncer,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Call ``on_burst(number of changes)`` each time a burst of relevant changes under ``root`` ends;
    until cancelled (the file watcher's thread stops with it)."""
    pending = 0
    async for changes in awatch(
        root if root.is_dir() else root.parent,
        watch_filter=None,  # filtered here, so that ignored changes still wake the loop on time
        debounce=TICK_MS,
        step=50,
        rust_timeout=TICK_MS,
        yield_on_timeout=True,
    ):
        hits = sum(relevant(change, path) for change, path in changes)
        if hits:
            debouncer.change(clock())
            pending += hits
        if debouncer.due(clock()):
            await on_burst(pending)
            pending = 0
