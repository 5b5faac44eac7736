"""How a caller follows an ingest run's progress without passing a callback as a flow parameter.

Flow parameters travel with the run's context to every worker process, and a callback that draws
on the terminal can neither be pickled nor draw from there. A context variable stays in the
caller's process; it lives in this module, apart from the flow, because the flow's function is
itself pickled for the workers, and a context variable cannot be.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

ProgressCallback = Callable[[Any], None]  # called with the run's IngestSummary
NoticeCallback = Callable[[str], None]  # called with a sentence for the user

_progress: ContextVar[ProgressCallback | None] = ContextVar("medtour_ingest_progress", default=None)
_notice: ContextVar[NoticeCallback | None] = ContextVar("medtour_ingest_notice", default=None)


@contextmanager
def reporting(progress: ProgressCallback, notice: NoticeCallback | None = None) -> Iterator[None]:
    """Within this block, ``ingest`` calls ``progress`` with the counters so far: once every file
    is discovered and after each load commits (the command line draws its progress bar with it);
    and ``notice`` with what it is waiting for, when it must wait (``announce``)."""
    progress_token = _progress.set(progress)
    notice_token = _notice.set(notice)
    try:
        yield
    finally:
        _notice.reset(notice_token)
        _progress.reset(progress_token)


def current() -> ProgressCallback | None:
    """The callback of the innermost ``reporting`` block, if any."""
    return _progress.get()


def announce(message: str) -> None:
    """Tell the caller, if one listens, why the run is not moving (it waits for a lock)."""
    notice = _notice.get()
    if notice is not None:
        notice(message)
