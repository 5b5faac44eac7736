"""The `medtour` command: exit codes, read-only queries, one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import IngestedDemo

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]


def run(*args: str, cwd: Path, prefect_api: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a new process; with ``prefect_api``, an ingest uses that server instead of
    starting its own (the first test below keeps the cold path)."""
    env = {**os.environ, "PREFECT_API_URL": prefect_api} if prefect_api else None
    return subprocess.run([*MEDTOUR, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_ingest_then_query_then_stats(demo_corpus: Path, tmp_path: Path) -> None:
    warehouse = str(tmp_path / "w.duckdb")
    ingested = run("ingest", str(demo_corpus), "--warehouse", warehouse, cwd=tmp_path)
    assert ingested.returncode == 0, ingested.stderr
    assert "leaked" not in ingested.stderr  # nothing reported at the interpreter's exit
    answer = run(
        "query",
        "SELECT count(*) AS n FROM documents",
        "--warehouse",
        warehouse,
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert answer.returncode == 0, answer.stderr
    assert json.loads(answer.stdout) == [{"n": len(list(demo_corpus.iterdir()))}]
    stats = run("stats", "--warehouse", warehouse, cwd=tmp_path)
    assert stats.returncode == 0 and "patient_stats" in stats.stdout


def test_query_is_read_only_and_errors_are_one_line(ingested_demo: IngestedDemo, tmp_path: Path) -> None:
    warehouse = str(ingested_demo.warehouse)
    dropped = run("query", "DROP TABLE events", "--warehouse", warehouse, cwd=tmp_path)
    assert dropped.returncode == 1
    assert "Traceback" not in dropped.stderr and "read-only" in dropped.stderr.lower()
    still_there = run(
        "query", "SELECT count(*) FROM events", "--warehouse", warehouse, "--format", "csv", cwd=tmp_path
    )
    assert still_there.returncode == 0


def test_query_without_a_warehouse_says_what_to_do(tmp_path: Path) -> None:
    missing = run("query", "SELECT 1", "--warehouse", str(tmp_path / "none.duckdb"), cwd=tmp_path)
    assert missing.returncode == 1
    assert "run `medtour ingest` first" in missing.stderr


def test_ingest_exits_2_when_some_documents_fail(demo_corpus: Path, tmp_path: Path, prefect_api: str) -> None:
    (demo_corpus / "blob.txt").write_bytes(b"\x00\x01\x02 binary")
    warehouse = str(tmp_path / "w.duckdb")
    result = run("ingest", str(demo_corpus), "--warehouse", warehouse, cwd=tmp_path, prefect_api=prefect_api)
    assert result.returncode == 2
    assert "blob.txt" in result.stderr


def test_query_does_not_import_prefect(tmp_path: Path) -> None:
    code = "import sys; from flows.cli import app; print('prefect' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip() == "False"


def test_extraction_workers_never_load_duckdb(tmp_path: Path) -> None:
    """A pool worker re-runs the command's module and imports the flow's and the task's: none loads the warehouse."""
    code = (
        "import sys; import flows.cli, flows.extraction, flows.ingest; "
        "print(sorted(m for m in ('duckdb', 'pyarrow', 'warehouse') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip() == "[]", result.stderr
