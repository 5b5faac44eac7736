"""Ctrl-C remembered during an ingest, so that an error it causes reads as an interruption.

The whole command is interrupted in tests/test_cli_errors.py; which error reaches the run first
there is a race, so the rule is pinned here without one.
"""

import os
import signal
import threading
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from flows.ingest import _stopping_signal
from flows.interruption import ctrl_c_pressed, remembering_ctrl_c


def _press_ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)  # the handler runs at the next bytecode; the sleep is cut short by it


def test_ctrl_c_inside_the_block_still_interrupts_and_is_remembered() -> None:
    handler_before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt), remembering_ctrl_c():
        _press_ctrl_c()
    assert ctrl_c_pressed()
    assert signal.getsignal(signal.SIGINT) is handler_before


def test_an_error_after_ctrl_c_stops_the_run_as_interrupted_and_one_without_it_fails_it() -> None:
    broken = BrokenProcessPool("A process in the process pool was terminated abruptly")
    with remembering_ctrl_c():
        assert _stopping_signal(broken) is None
        assert _stopping_signal(KeyboardInterrupt()) == "SIGINT (Ctrl-C)"
    with pytest.raises(KeyboardInterrupt), remembering_ctrl_c():
        _press_ctrl_c()
    assert _stopping_signal(broken) == "SIGINT (Ctrl-C)"
    with remembering_ctrl_c():  # a new run forgets the last one's Ctrl-C
        assert _stopping_signal(broken) is None


def test_outside_the_main_thread_nothing_is_remembered_and_no_handler_is_set() -> None:
    handler_before = signal.getsignal(signal.SIGINT)
    seen: list[object] = []

    def run() -> None:
        with remembering_ctrl_c():
            seen.append(signal.getsignal(signal.SIGINT))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [handler_before] and not ctrl_c_pressed()
