"""One writer at a time, and retries only for what passes: a busy warehouse, a file still being written."""

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import duckdb
import pytest

import flows.discovery
import flows.ingest
from flows.discovery import SourceFile, StillBeingWritten, discover, read_settled
from flows.ingest import ingest
from flows.writer_lock import AnotherRunIsWriting, lock_path
from tests.conftest import IngestedDemo
from warehouse import Warehouse


@contextmanager
def held_elsewhere(code: str, seconds: float) -> Iterator[None]:
    """Run ``code`` (which must print a line once it holds its resource) in another process, which
    keeps holding it for ``seconds``."""
    holder = subprocess.Popen(
        [sys.executable, "-c", f"{code}\nimport time\nprint('held', flush=True)\ntime.sleep({seconds})"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.kill()
        holder.wait()


def writer_lock_held(warehouse: Path, seconds: float) -> AbstractContextManager[None]:
    code = f"from filelock import FileLock\nlock = FileLock({str(lock_path(warehouse))!r})\nlock.acquire()"
    return held_elsewhere(code, seconds)


def test_a_second_run_gives_up_after_its_wait_with_a_clear_message(
    demo_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = tmp_path / "w.duckdb"
    monkeypatch.setattr(flows.ingest, "WRITER_WAIT_SECONDS", 0.5)
    with (
        # held until the test ends (the holder is killed on the way out), however long a loaded
        # machine takes to start the run
        writer_lock_held(warehouse, 3600),
        pytest.raises(AnotherRunIsWriting, match="another ingest run is writing"),
    ):
        ingest(str(demo_corpus), str(warehouse))
    assert not warehouse.exists(), "a run that did not get the lock must not touch the warehouse"


def test_a_second_run_waits_for_the_first_to_finish(demo_corpus: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    started = time.monotonic()
    with writer_lock_held(warehouse, 1.0):
        summary = ingest(str(demo_corpus), str(warehouse))
    assert time.monotonic() - started >= 1.0
    assert summary.docs_new == summary.docs_seen


def test_a_warehouse_open_in_a_query_is_retried_with_backoff(ingested_demo: IngestedDemo) -> None:
    """DuckDB keeps a writer out while any reader has the file open: the run waits for it to close."""
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    (demo_corpus / "extra.txt").write_text("Seoul, 2 May 2024 - A hospital opened a new wing.\n")
    reader = f"import duckdb\ncon = duckdb.connect({str(warehouse)!r}, read_only=True)"
    started = time.monotonic()
    with held_elsewhere(reader, 0.8):
        summary = ingest(str(demo_corpus), str(warehouse))
    assert summary.docs_new == 1
    assert time.monotonic() - started >= 0.8
    con = duckdb.connect(str(warehouse), read_only=True)
    statuses = con.execute("SELECT status FROM ingest_runs ORDER BY started_at").fetchall()
    con.close()
    assert statuses == [("completed",), ("completed",)]


def test_a_file_that_changed_since_discovery_is_read_as_it_is_now(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text("first words")
    (discovered,) = discover(tmp_path)
    file.write_text("the final, longer words")
    settled, source = read_settled(discovered, delays=(0,))
    assert source.content == b"the final, longer words"
    assert settled.size_bytes == len(source.content)


def test_a_file_that_never_holds_still_is_an_error_for_this_run_only(
    demo_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    growing = demo_corpus / "growing.txt"
    growing.write_text("Seoul, 2 May 2024 - A hospital opened a new wing.\n")
    real_stat = flows.discovery._source_file
    ticks = iter(range(1, 1_000_000))

    def restless(path: Path) -> SourceFile:
        stat = real_stat(path)
        if path != growing:
            return stat
        return SourceFile(path, stat.size_bytes, stat.mtime_ns + next(ticks))  # as if still written

    monkeypatch.setattr(flows.discovery, "_source_file", restless)
    monkeypatch.setattr(flows.discovery, "SETTLE_DELAYS", (0.01, 0.01))
    with pytest.raises(StillBeingWritten):
        read_settled(SourceFile(growing, 0, 0), delays=(0.01,))
    warehouse = tmp_path / "w.duckdb"
    summary = ingest(str(demo_corpus), str(warehouse))
    assert [(e.stage, Path(e.source_uri).name) for e in summary.errors] == [("read", "growing.txt")]
    assert "still being written" in summary.errors[0].error
    monkeypatch.undo()
    later = ingest(str(demo_corpus), str(warehouse))
    assert (later.docs_new, later.docs_failed) == (1, 0)


def test_the_writer_memory_cap_grows_with_the_rows(tmp_path: Path) -> None:
    """A fixed cap fails to commit once the primary-key indexes outgrow it (seen at 3 million rows)."""
    path = tmp_path / "w.duckdb"
    with Warehouse.open(path) as store:
        empty = store.memory_limit()
        store.query(f"CREATE TABLE filler AS SELECT range AS n FROM range({2**21})")
    with Warehouse.open(path) as store:
        grown = store.memory_limit()
    assert empty == "160.0 MiB"
    assert grown == "288.0 MiB"  # 160 MiB and 64 bytes for each of 2 Mi rows
