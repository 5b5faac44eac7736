"""A document's time budget, in CPU time.

The budget guards a run against pathological text (numbers or date-like tokens by the
thousand). CPU time, not wall time: a busy machine (other runs, a loaded CI, a laptop on
battery) stretches wall time without the document being any harder, and on wall time it would
fail ordinary documents. The thread's CPU time takes a system call to read (a few µs, ten times
the wall clock) and the budget is asked thousands of times a document, so the wall clock is read
first: a thread never gets more CPU time than the wall time that passes, so until the wall clock
has run the budget's length, the CPU time cannot have either.
"""

import time


class TimeBudget:
    """``seconds`` of the calling thread's CPU time, counted from now."""

    def __init__(self, seconds: float) -> None:
        self._cpu_limit = time.thread_time() + seconds
        self._next_look = time.monotonic() + seconds  # no CPU time is read before this

    def grant(self, seconds: float) -> None:
        """Add ``seconds``: time the document does not answer for (its language's one-off loads)."""
        self._cpu_limit += seconds
        self._next_look += seconds

    def spent(self) -> bool:
        if time.monotonic() < self._next_look:
            return False
        left = self._cpu_limit - time.thread_time()
        if left <= 0:
            return True
        self._next_look = time.monotonic() + left
        return False
