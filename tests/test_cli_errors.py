"""`medtour ingest` when things go wrong: one clear line, Prefect's noise only with --verbose, Ctrl-C
recorded as an interruption, and a wait for a lock said once."""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
from filelock import FileLock

from flows.cli import EXIT_DOCUMENTS_FAILED, EXIT_OK
from tests.conftest import DEMO_CORPUS
from warehouse import Warehouse

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]
PREFECT_NOISE = ("Traceback", "Error logging to API", "EventsWorker", "| ERROR")


def environment(api_url: str | None) -> dict[str, str]:
    """This environment, with the tests' shared Prefect server or (None) none, as a user has."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_LOGGING")}
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def ingest(*args: str, api_url: str | None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, *MEDTOUR, "ingest", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment(api_url),
    )


def runs(warehouse: Path) -> list[dict[str, object]]:
    listed = subprocess.run(
        [*MEDTOUR, "runs", "-w", str(warehouse), "-f", "json"], capture_output=True, text=True
    )
    return json.loads(listed.stdout)


def test_an_unwritable_warehouse_directory_is_one_line(tmp_path: Path, prefect_api: str) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    # root writes anywhere: without the capability to override file permissions, it cannot
    as_a_user = ("setpriv", "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()
    for warehouse, directory in (
        (locked / "w.duckdb", locked),
        (locked / "new" / "w.duckdb", locked / "new"),
    ):
        refused = ingest(str(DEMO_CORPUS), "-w", str(warehouse), api_url=prefect_api, prefix=as_a_user)
        assert refused.returncode == 1
        assert refused.stderr.startswith(f"error: directory not writable: {directory} (")
        assert len(refused.stderr.splitlines()) == 1
    assert list(locked.iterdir()) == []


def test_a_failed_run_says_one_line_and_prefects_log_only_with_verbose(
    tmp_path: Path, prefect_api: str
) -> None:
    not_a_database = tmp_path / "notes.duckdb"
    not_a_database.write_text("not a DuckDB file\n")
    # without PREFECT_API_URL, as a new user runs it: through a temporary server of its own
    failed = ingest(str(DEMO_CORPUS), "-w", str(not_a_database), api_url=None)
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"error: cannot open warehouse {not_a_database}: IO Error: ")
    assert "not a valid DuckDB database file" in failed.stderr.splitlines()[0]
    assert not [noise for noise in PREFECT_NOISE if noise in failed.stderr], failed.stderr
    verbose = ingest(str(DEMO_CORPUS), "-w", str(not_a_database), "--verbose", api_url=prefect_api)
    assert verbose.returncode == 1
    assert "Traceback" in verbose.stderr and "Flow run" in verbose.stderr
    assert verbose.stderr.splitlines()[-1].startswith("error: cannot open warehouse")


def test_ctrl_c_stops_the_run_at_once_and_records_it_as_interrupted(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(45):  # 1,215 documents: the run is still going after its first load (1,000)
        for document in DEMO_CORPUS.iterdir():
            shutil.copyfile(document, corpus / f"{copy:02d}_{document.name}")
    warehouse = tmp_path / "w.duckdb"
    # without PREFECT_API_URL, as a new user runs it, in a process group of its own as a terminal's
    # foreground job is (with its temporary Prefect server and its worker processes)
    with ingest_watched(corpus, warehouse, None, marker="ingest: 1000/", own_group=True) as watched:
        command, loaded, lines = watched
        try:
            assert loaded.wait(timeout=400), "".join(lines)  # the workers are extracting by now
            os.killpg(command.pid, signal.SIGINT)  # what Ctrl-C in the terminal does
            interrupted_at = time.monotonic()
            command.wait(timeout=60)
            stopped_in = time.monotonic() - interrupted_at
        finally:
            with_leftovers = _group_alive(command.pid)
            if command.poll() is None or with_leftovers:
                os.killpg(command.pid, signal.SIGKILL)
    stderr = "".join(lines)
    assert command.returncode == 130, stderr
    assert (
        stderr.strip().splitlines()[-1]
        == "interrupted: a run that had started is recorded as interrupted (`medtour runs`)"
    )
    assert not [noise for noise in (*PREFECT_NOISE, "KeyboardInterrupt") if noise in stderr], stderr
    assert stopped_in < 15, f"took {stopped_in:.1f} s to stop"
    assert not with_leftovers  # neither the Prefect server nor a worker outlives the command
    [run] = runs(warehouse)
    assert (run["status"], run["error"]) == ("interrupted", "stopped by SIGINT (Ctrl-C)")
    assert 1000 <= run["docs_new"] < run["docs_seen"] and run["finished_at"] is not None


def _group_alive(group: int) -> bool:
    """Whether a process of the group remains, 5 s after its leader ended (it may still be stopping)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.1)
    return True


@contextmanager
def ingest_watched(
    corpus: Path, warehouse: Path, api_url: str | None, *, marker: str = "waiting:", own_group: bool = False
) -> Iterator[tuple[subprocess.Popen[str], threading.Event, list[str]]]:
    """An ingest whose stderr is read as it comes; the event is set at the first line starting with ``marker``."""
    command = subprocess.Popen(
        [*MEDTOUR, "ingest", str(corpus), "-w", str(warehouse)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(api_url),
        start_new_session=own_group,
    )
    waiting, lines = threading.Event(), []

    def read() -> None:
        assert command.stderr is not None
        for line in command.stderr:
            lines.append(line)
            if line.startswith(marker):
                waiting.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield command, waiting, lines
    finally:
        command.wait(timeout=240)
        reader.join(timeout=10)


def test_a_wait_for_a_reader_is_said_once(tmp_path: Path, prefect_api: str) -> None:
    warehouse = tmp_path / "w.duckdb"
    with Warehouse.open(warehouse):  # an empty warehouse
        pass
    reader = duckdb.connect(str(warehouse), read_only=True)  # an analyst's open connection
    with ingest_watched(DEMO_CORPUS, warehouse, prefect_api) as (command, waiting, lines):
        said = waiting.wait(timeout=180)
        time.sleep(2.5)  # a retry or two while the reader stays
        reader.close()
    # the run went on and completed (a document may fail on a loaded machine: its time budget)
    assert said and command.returncode in (EXIT_OK, EXIT_DOCUMENTS_FAILED), "".join(lines)
    [notice] = [line for line in lines if line.startswith("waiting:")]
    assert notice == (
        f"waiting: warehouse {warehouse} is open in another process (a query, the duckdb CLI or a BI "
        "tool); it can be written only once they close it; trying again for up to 31 s\n"
    )


def test_a_wait_for_another_run_is_said_once(tmp_path: Path, prefect_api: str) -> None:
    warehouse = tmp_path / "w.duckdb"
    other_run = FileLock(tmp_path / "w.duckdb.lock")
    other_run.acquire()
    with ingest_watched(DEMO_CORPUS, warehouse, prefect_api) as (command, waiting, lines):
        said = waiting.wait(timeout=180)
        time.sleep(1)
        other_run.release()
    # the run went on and completed (a document may fail on a loaded machine: its time budget)
    assert said and command.returncode in (EXIT_OK, EXIT_DOCUMENTS_FAILED), "".join(lines)
    [notice] = [line for line in lines if line.startswith("waiting:")]
    assert notice == (
        f"waiting: another ingest run is writing warehouse {warehouse}; this run starts when it ends "
        "(waiting up to 60 s)\n"
    )
