"""Time small cold ingests: `medtour ingest CORPUS` into a new warehouse, in a fresh process each time.

    python bench/startup.py /work/shared/corpus/seeds --runs 7
    python bench/startup.py CORPUS --runs 7 --checkout /tmp/before --checkout .   # compare two trees
    python bench/startup.py CORPUS --api-url http://127.0.0.1:4200/api            # with a running server

For a handful of documents the run is almost all start-up (Python and Prefect imports, Prefect's
server, the extractors' one-off loads), so this is the figure that issue #5 sets a goal for.
``PREFECT_API_URL`` is removed from the runs' environment unless ``--api-url`` gives one: a cold
run starts Prefect's temporary server. With several ``--checkout`` trees, each round runs every
tree once in turn, so that a machine shared with other jobs slows them alike; each tree runs its
own ``flows/`` (its folder comes first on ``sys.path``). Prints every wall time, then the
minimum and median per tree, and the load average before and after.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMAND = "from flows.cli import main; main()"


def cold_ingest(checkout: Path, corpus: Path, env: dict[str, str]) -> float:
    """Wall seconds of one `medtour ingest` of ``corpus`` into a new warehouse, run from ``checkout``."""
    with tempfile.TemporaryDirectory(prefix="medtour-startup-") as scratch:
        warehouse = Path(scratch) / "w.duckdb"
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", COMMAND, "ingest", str(corpus), "--warehouse", str(warehouse)],
            cwd=checkout,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        elapsed = time.perf_counter() - started
    if result.returncode not in (0, 2):  # 2: the run completed, some documents failed
        raise SystemExit(
            f"medtour ingest failed in {checkout} ({result.returncode}): {result.stderr[-2000:]}"
        )
    return elapsed


def load_average() -> str:
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, help="a folder of a few documents")
    parser.add_argument("--runs", type=int, default=7, help="runs per checkout (default 7)")
    parser.add_argument(
        "--checkout", type=Path, action="append", help="a source tree to run (repeatable; default .)"
    )
    parser.add_argument("--api-url", help="a running Prefect server's API, instead of a temporary one")
    args = parser.parse_args()

    checkouts = [path.resolve() for path in args.checkout or [Path()]]
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    if args.api_url:
        env["PREFECT_API_URL"] = args.api_url
    times: dict[Path, list[float]] = {checkout: [] for checkout in checkouts}
    print(f"load average before: {load_average()}")
    for run in range(1, args.runs + 1):
        for checkout in checkouts:
            times[checkout].append(cold_ingest(checkout, args.corpus.resolve(), env))
            print(f"run {run} {checkout}: {times[checkout][-1]:.2f} s", flush=True)
    for checkout, walls in times.items():
        print(
            f"{checkout}: min {min(walls):.2f} s, median {statistics.median(walls):.2f} s "
            f"over {len(walls)} runs ({', '.join(f'{wall:.2f}' for wall in walls)})"
        )
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
