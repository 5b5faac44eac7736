"""``medtour serve --watch``: when a burst of changes ends, which changes count, and the real watcher."""

from functools import partial
from pathlib import Path

import anyio
import pytest
from watchfiles import Change

from flows.schedule import format_every, parse_every
from flows.watch import ChangeFilter, Debouncer, watch


def fire_times(changes: list[float], until: float, tick: float = 0.05) -> list[float]:
    """When a Debouncer(0.5, 2.0) fires for changes at the given times, checked every ``tick``."""
    debouncer, fired, pending = Debouncer(quiet=0.5, max_delay=2.0), [], sorted(changes)
    for step in range(int(until / tick) + 1):
        now = step * tick
        while pending and pending[0] <= now:
            debouncer.change(pending.pop(0))
        if debouncer.due(now):
            fired.append(round(now, 2))
    return fired


def test_one_change_fires_once_after_the_quiet_time() -> None:
    assert fire_times([1.0], until=10) == [1.5]


def test_a_burst_of_100_changes_fires_once() -> None:
    assert fire_times([1.0 + i * 0.01 for i in range(100)], until=10) == [2.5]  # last change 1.99, +0.5


def test_changes_that_never_pause_fire_every_max_delay() -> None:
    """A long sync is not starved: no change waits longer than max_delay (and a tick) for a firing."""
    changes = [round(i * 0.1, 2) for i in range(100)]  # a change every 0.1 s for 10 s
    fired = fire_times(changes, until=15)
    assert fired == [2.0, 4.1, 6.2, 8.3, 10.4]
    assert all(any(c <= f <= c + 2.0 + 0.05 for f in fired) for c in changes)


def test_no_change_never_fires() -> None:
    assert fire_times([], until=10) == []


def test_which_changes_count(tmp_path: Path) -> None:
    relevant = ChangeFilter(root=tmp_path, warehouse=tmp_path / "w.duckdb")
    (tmp_path / "folder").mkdir()
    assert relevant(Change.added, str(tmp_path / "a.txt"))
    assert relevant(Change.modified, str(tmp_path / "sub" / "b.HTML"))
    assert relevant(Change.added, str(tmp_path / "folder")), "a folder of articles moved in"
    assert relevant(Change.deleted, str(tmp_path / "gone")), "a deleted folder"
    assert not relevant(Change.added, str(tmp_path / "notes.docx"))
    assert not relevant(Change.modified, str(tmp_path / ".a.txt.swp"))
    for own in ("w.duckdb", "w.duckdb.wal", "w.duckdb.lock", "w.duckdb.tmp/x.txt"):
        assert not relevant(Change.modified, str(tmp_path / own)), own
        assert not relevant(Change.deleted, str(tmp_path / own)), own
    assert not relevant(Change.added, str(tmp_path.parent / "neighbour.txt"))


def test_a_real_burst_of_files_is_one_or_two_calls(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    calls: list[int] = []

    async def on_burst(changes: int) -> None:
        calls.append(changes)

    async def main() -> None:
        relevant = ChangeFilter(root, tmp_path / "w.duckdb")
        # max_delay leaves a loaded machine time to write the 100 files before a forced call
        debouncer = Debouncer(quiet=0.5, max_delay=5.0)
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(partial(watch, root, on_burst, relevant=relevant, debouncer=debouncer))
            await anyio.sleep(0.5)  # the watcher is set up
            (tmp_path / "w.duckdb").write_bytes(b"not a document")
            for i in range(100):
                (root / f"article-{i}.txt").write_text(f"article {i}")
            with anyio.fail_after(10):
                while not calls:
                    await anyio.sleep(0.05)
            await anyio.sleep(2.5)  # room for a second call, which would be one too many
            tasks.cancel_scope.cancel()

    anyio.run(main)
    assert 1 <= len(calls) <= 2, calls
    assert sum(calls) >= 100


def test_every_reads_numbers_with_units() -> None:
    assert parse_every("10m").total_seconds() == 600
    assert parse_every(" 2H ").total_seconds() == 7200
    assert [format_every(parse_every(text)) for text in ("30s", "90s", "10m", "2h", "1d")] == [
        "30s",
        "90s",
        "10m",
        "2h",
        "1d",
    ]
    for bad in ("10", "0m", "ten minutes", "-5s", "1w"):
        with pytest.raises(ValueError, match="--every"):
            parse_every(bad)
