"""`medtour ingest` shows its progress: a bar and a table in a terminal, plain lines elsewhere."""

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from flows.ingest import IngestSummary
from flows.progress import ingest_progress, print_summary
from tests.conftest import ROOT

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]
FOLLOWUP = ROOT / "demo" / "followup"


def summary(**counters: int) -> IngestSummary:
    return IngestSummary(run_id="0123456789abcdef", warehouse="w.duckdb", **counters)


def console(*, terminal: bool) -> Console:
    return Console(file=io.StringIO(), force_terminal=terminal, width=100, color_system=None)


def output(console: Console) -> str:
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


def test_plain_lines_when_not_a_terminal() -> None:
    plain = console(terminal=False)
    with ingest_progress(plain) as progress:
        progress(summary(docs_seen=3, docs_unchanged=1))
        progress(summary(docs_seen=3, docs_unchanged=1))  # no new line when nothing moved
        progress(summary(docs_seen=3, docs_unchanged=1, docs_new=1, docs_failed=1))
    print_summary(plain, summary(docs_seen=3, docs_unchanged=1, docs_new=1, docs_failed=1, records_loaded=7))
    lines = output(plain).splitlines()
    assert lines[:2] == ["ingest: 1/3 documents", "ingest: 3/3 documents"]
    assert lines[2] == (
        "ingest run 0123456789ab → w.duckdb: 3 documents seen, 1 new, 0 changed, 1 unchanged, 1 failed, "
        "0 deleted, 7 records loaded, 0 records rejected"
    )
    assert len(lines) == 3


def test_a_bar_and_a_table_in_a_terminal() -> None:
    terminal = console(terminal=True)
    with ingest_progress(terminal) as progress:
        progress(summary(docs_seen=4, docs_new=4))
    print_summary(terminal, summary(docs_seen=4, docs_new=4, records_loaded=12))
    shown = output(terminal)
    assert "ingesting" in shown and "4/4 documents" in shown and "━" in shown
    assert "│ records loaded   │ 12 │" in shown


def test_the_command_prints_plain_lines_into_a_pipe(tmp_path: Path, prefect_api: str) -> None:
    result = subprocess.run(
        [*MEDTOUR, "ingest", str(FOLLOWUP), "--warehouse", str(tmp_path / "w.duckdb")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PREFECT_API_URL": prefect_api},
    )
    assert result.returncode == 0, result.stderr
    assert "ingest: 2/2 documents" in result.stderr.splitlines()
    assert "2 documents seen, 2 new" in result.stdout
    assert "\x1b[" not in result.stdout + result.stderr


def test_the_command_draws_a_bar_and_a_table_in_a_terminal(tmp_path: Path, prefect_api: str) -> None:
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [*MEDTOUR, "ingest", str(FOLLOWUP), "--warehouse", str(tmp_path / "w.duckdb")],
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=terminal,
        env={**os.environ, "PREFECT_API_URL": prefect_api, "TERM": "xterm", "COLUMNS": "100"},
    )
    os.close(terminal)
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", _read_all(controller))
    assert process.wait(timeout=120) == 0, shown
    assert "2/2 documents" in shown and "━" in shown, shown
    assert re.search(r"│ records loaded +│ +\d+ │", shown), shown


def _read_all(fd: int) -> str:
    """Everything written to a pseudo-terminal until its last writer closes it."""
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", errors="replace")
