"""Ctrl-C during an ingest, remembered for as long as the run lasts.

The terminal sends SIGINT to the whole process group: the command and its pool's workers at
once. The workers end at once (``flows.runners.start_worker``), so what reaches the run first may
be its pool found broken (BrokenProcessPool) rather than its own KeyboardInterrupt, which a
library waiting on the run's behalf may also turn into an error of its own. Remembering that the
signal came lets the command's exit status and the run's row tell an interrupted run from a
failed one, whichever error surfaces first.
"""

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_pressed = threading.Event()


@contextmanager
def remembering_ctrl_c() -> Iterator[None]:
    """Within this block, SIGINT still raises KeyboardInterrupt and is also remembered.

    Python lets only the main thread set signal handlers; elsewhere (a command called from a
    thread) the block remembers nothing and ``ctrl_c_pressed`` stays false.
    """
    _pressed.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        _pressed.set()
        signal.default_int_handler(signum, frame)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def ctrl_c_pressed() -> bool:
    """Whether SIGINT came inside the current (or last) ``remembering_ctrl_c`` block."""
    return _pressed.is_set()
