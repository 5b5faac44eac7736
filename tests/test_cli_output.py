"""What the `medtour` commands print: readable at 80 and 120 columns, CSV in a pipe, DuckDB's whole
error messages, `--help` without noise, and a `query` that touches no file but the warehouse."""

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_CORPUS, DEMO_GOLD

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
COMMANDS = ("ingest", "serve", "query", "stats", "runs", "evaluate", "export", "report")


def medtour(
    *args: str, columns: int | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the command; with ``columns``, as in a terminal that wide (else as in a pipe)."""
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "TTY_COMPATIBLE")}
    if columns:
        env.update(COLUMNS=str(columns), TTY_COMPATIBLE="1", NO_COLOR="1")
    result = subprocess.run([*MEDTOUR, *args], capture_output=True, text=True, timeout=300, env=env, cwd=cwd)
    return subprocess.CompletedProcess(
        result.args, result.returncode, ANSI.sub("", result.stdout), result.stderr
    )


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory, prefect_api: str) -> str:
    """The demo corpus, ingested once (through the tests' shared Prefect server)."""
    path = tmp_path_factory.mktemp("output") / "demo.duckdb"
    env = {**os.environ, "PREFECT_API_URL": prefect_api}
    ingested = subprocess.run(
        [*MEDTOUR, "ingest", str(DEMO_CORPUS), "--warehouse", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert ingested.returncode == 0, ingested.stderr
    return str(path)


def assert_fits(output: str, columns: int) -> None:
    """Every line within the width, and no value cut short with an ellipsis."""
    assert output.strip()
    assert max(len(line) for line in output.splitlines()) <= columns
    assert "…" not in output


EVENT_DATES = (
    "SELECT event_type, city, country, start_date, end_date, venue, attendance FROM events ORDER BY record_id"
)


def test_a_row_too_wide_for_80_columns_is_shown_down_the_screen_with_its_dates_whole(warehouse: str) -> None:
    answer = medtour("query", EVENT_DATES, "-w", warehouse, "-f", "json")
    events = json.loads(answer.stdout)
    narrow = medtour("query", EVENT_DATES, "-w", warehouse, columns=80)
    wide = medtour("query", EVENT_DATES, "-w", warehouse, columns=120)
    assert narrow.returncode == wide.returncode == 0
    assert_fits(narrow.stdout, 80)
    assert_fits(wide.stdout, 120)
    # at 80 columns each row is a block of "column  value" lines; at 120 a table, one line a row
    assert narrow.stdout.count("row ") == len(events)
    assert sum(line.split()[:1] == ["start_date"] for line in narrow.stdout.splitlines()) == len(events)
    header = wide.stdout.splitlines()[0].split()
    assert header == ["event_type", "city", "country", "start_date", "end_date", "venue", "attendance"]
    for event in events:
        for day in (event["start_date"], event["end_date"]):
            if day:
                assert day in narrow.stdout and day in wide.stdout  # never "201…"


def test_a_narrow_result_is_a_table_at_80_columns(warehouse: str) -> None:
    sql = "SELECT year, population, count, n_sources FROM national_patient_totals ORDER BY year"
    shown = medtour("query", sql, "-w", warehouse, columns=80)
    assert_fits(shown.stdout, 80)
    lines = shown.stdout.splitlines()
    assert lines[0].split() == ["year", "population", "count", "n_sources"]
    totals = json.loads(medtour("query", sql, "-w", warehouse, "-f", "json").stdout)
    assert [line.split()[0] for line in lines[2:]] == [str(row["year"]) for row in totals]


@pytest.mark.parametrize("columns", [80, 120])
def test_runs_shows_a_glance_and_every_column_with_all(warehouse: str, columns: int) -> None:
    glance = medtour("runs", "-w", warehouse, columns=columns)
    assert_fits(glance.stdout, columns)
    assert glance.stdout.splitlines()[0].split() == ["run", "started", "status", "docs", "records", "error"]
    assert re.search(r"^[0-9a-f]{12}  \d{4}-\d\d-\d\d \d\d:\d\d  completed +27 +\d+", glance.stdout, re.M)
    everything = medtour("runs", "--all", "-w", warehouse, columns=columns)
    assert_fits(everything.stdout, columns)
    for column in ("run_id", "finished_at", "docs_unchanged", "records_rejected", "extractor_version"):
        assert re.search(rf"^{column}\b", everything.stdout, re.M)


@pytest.mark.parametrize("columns", [80, 120])
def test_stats_and_evaluate_fit_the_terminal(warehouse: str, columns: int) -> None:
    stats = medtour("stats", "-w", warehouse, columns=columns)
    assert_fits(stats.stdout, columns)
    assert re.search(r"^documents +27 *$", stats.stdout, re.M)
    scores = medtour("evaluate", str(DEMO_GOLD), "-w", warehouse, "--no-misses", columns=columns)
    assert scores.returncode == 0, scores.stderr
    assert_fits(scores.stdout, columns)
    header = ["kind", "precision", "recall", "F1", "attributes", "gold", "predicted", "matched"]
    assert header in [line.split() for line in scores.stdout.splitlines()]


def test_in_a_pipe_results_are_csv(warehouse: str) -> None:
    runs = list(csv.DictReader(io.StringIO(medtour("runs", "-w", warehouse).stdout)))
    assert len(runs) == 1 and runs[0]["status"] == "completed" and len(runs[0]) == 14
    assert runs[0]["docs_seen"] == "27"
    stats = list(csv.reader(io.StringIO(medtour("stats", "-w", warehouse).stdout)))
    assert stats[0] == ["table", "rows"] and ["documents", "27"] in stats
    as_json = json.loads(medtour("stats", "-w", warehouse, "--format", "json").stdout)
    assert {"table": "documents", "rows": 27} in as_json


@pytest.mark.parametrize("command", COMMANDS)
def test_help_shows_flags_as_flags_and_the_defaults(command: str) -> None:
    shown = medtour(command, "--help", columns=80)
    assert shown.returncode == 0
    assert "<bool>" not in shown.stdout
    assert "$MEDTOUR_WAREHOUSE, else ./medtour.duckdb" in " ".join(shown.stdout.split())
    if command == "ingest":
        assert "[default: (one per core); x>=1]" in " ".join(shown.stdout.split())


@pytest.mark.parametrize(
    ("sql", "hint"),
    [
        ("selec * FROM documents", "LINE 1: selec * FROM documents\n        ^^^^^"),
        ("SELECT * FROM document", 'Did you mean "documents"?'),
        ("SELECT titl FROM documents", 'Candidate bindings: "title"'),
    ],
)
def test_query_errors_keep_duckdbs_hints(warehouse: str, sql: str, hint: str) -> None:
    failed = medtour("query", sql, "-w", warehouse)
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr.startswith("error: ") and "Error: " in failed.stderr.splitlines()[0]
    assert hint in failed.stderr and "Traceback" not in failed.stderr


@pytest.mark.parametrize("sql", ["", "  ", "/* only a comment */"])
def test_query_without_a_statement_is_one_line(warehouse: str, sql: str) -> None:
    failed = medtour("query", sql, "-w", warehouse)
    assert failed.returncode == 1
    assert failed.stderr == "error: no SQL statement given (the text is empty or only comments)\n"


def test_query_writes_no_file(warehouse: str, tmp_path: Path) -> None:
    target = tmp_path / "documents.csv"
    for sql in (f"COPY documents TO '{target}'", f"EXPORT DATABASE '{tmp_path / 'copy'}'"):
        refused = medtour("query", sql, "-w", warehouse)
        assert refused.returncode == 1, refused.stdout
        assert "file system operations are disabled" in refused.stderr
        assert "`medtour export` writes its tables to files" in refused.stderr
    assert sorted(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "ATTACH '/tmp/other.duckdb' AS other",
        "SET enable_external_access = true",
    ],
)
def test_query_reads_no_other_file(warehouse: str, sql: str) -> None:
    refused = medtour("query", sql, "-w", warehouse)
    assert refused.returncode == 1, refused.stdout
    assert "root:" not in refused.stdout + refused.stderr


def test_the_views_work_on_the_sandboxed_connection(warehouse: str) -> None:
    answer = medtour(
        "query",
        "SELECT (SELECT count(*) FROM national_patient_totals) AS totals, "
        "(SELECT count(*) FROM patient_volume_by_origin) AS by_origin",
        "-w",
        warehouse,
        "-f",
        "json",
    )
    assert answer.returncode == 0, answer.stderr
    [counts] = json.loads(answer.stdout)
    assert counts["totals"] > 0 and counts["by_origin"] > 0
