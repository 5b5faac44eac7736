"""A process that medtour starts ends when the process that started it ends, however that one ends.

An ingest stops its Prefect server and its extraction workers when it finishes, fails or is
interrupted; killed (kill -9, the OOM killer), it has no chance to, and they would live on,
unowned, a server and its port for every crash. So each of them watches its parent: a daemon
thread asks the kernel every ``POLL_SECONDS`` who its parent is (an orphan is handed to another
process at once) and ends its own process when the parent is no longer the one that started it.

Polling rather than Linux's ``PR_SET_PDEATHSIG``: the kernel sends that signal when the *thread*
that started the child ends, and a process pool starts its workers from whichever thread submits
work (one of Prefect's), which may end long before the run; ``os.getppid`` is portable and the
poll costs nothing measurable.
"""

import os
import threading
import time

POLL_SECONDS = 0.5
PARENT_PID_VARIABLE = "MEDTOUR_PARENT_PID"  # how a child learns, through its environment, whom to watch
ORPHANED_EXIT_STATUS = 75  # EX_TEMPFAIL: nobody is left to read it, but a process tracer sees why


def environment_for_child() -> dict[str, str]:
    """The environment variable that tells a child started now to watch this process."""
    return {PARENT_PID_VARIABLE: str(os.getpid())}


def watch_parent_from_environment() -> None:
    """In a child started with ``environment_for_child``: end with the parent (nothing if not so started)."""
    parent = os.environ.pop(PARENT_PID_VARIABLE, None)  # not passed on to this process's own children
    if parent is not None:
        watch_parent(int(parent))


def watch_parent(parent_pid: int) -> None:
    """End this process as soon as ``parent_pid`` is no longer its parent (at once if it already is not)."""
    if os.getppid() != parent_pid:
        os._exit(ORPHANED_EXIT_STATUS)
    threading.Thread(
        target=_exit_when_orphaned, args=(parent_pid,), name="medtour-lifeline", daemon=True
    ).start()


def _exit_when_orphaned(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL_SECONDS)
    # No cleanup: the process's work was for the parent, which is gone; and whatever state is
    # shared (the server's SQLite database) survives a sudden end as it survives a kill.
    os._exit(ORPHANED_EXIT_STATUS)
