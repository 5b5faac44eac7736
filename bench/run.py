"""Benchmark medtour end to end and against a naive use of its libraries; print one table.

    python bench/run.py --docs 10000 --seed 1 [--workdir DIR] [--baseline-docs 40]

Measures, on a corpus written by bench/generate.py: cold ingest (wall seconds, docs/s, CPU
seconds of the flow's process, the extraction workers and Prefect's server), re-ingest of the
unchanged corpus, re-ingest after one file changed, the peak resident memory of the whole
ingest process tree (and what each role held at that moment), records loaded, extraction-only docs/s on one core, and the
naive baseline (dateparser's search_dates and quantulum3's parse over each whole document)
on a sample, with medtour's one-core extraction speed as a multiple of it.
"""

import argparse
import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

MEDTOUR = Path(sys.executable).with_name("medtour")
MEDIA_SUFFIXES = {".txt", ".html", ".md"}


@dataclass
class IngestMeasure:
    """One `medtour ingest`: wall time, and memory and CPU of its process tree by role."""

    wall_seconds: float = 0.0
    peak_rss: int = 0  # bytes, whole tree
    rss_at_peak: dict[str, int] = field(default_factory=dict)  # bytes by role, at the tree's peak
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # user + system, by role


def role(process: psutil.Process, flow: psutil.Process) -> str:
    """flow (the command's process), server (Prefect's temporary API), worker (an extraction process)."""
    if process.pid == flow.pid:
        return "flow"
    command = " ".join(process.cmdline())
    return "server" if "uvicorn" in command else "worker" if "multiprocessing" in command else "other"


def timed_ingest(corpus: Path, warehouse: Path) -> IngestMeasure:
    """Run `medtour ingest`, sampling its process tree every 50 ms."""
    measure = IngestMeasure()
    started = time.perf_counter()
    process = psutil.Popen(
        [str(MEDTOUR), "ingest", str(corpus), "--warehouse", str(warehouse)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    cpu_by_pid: dict[int, tuple[str, float]] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss: dict[str, int] = {}
            try:
                for member in [process, *process.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        name = role(member, process)
                        times = member.cpu_times()
                        cpu_by_pid[member.pid] = (name, times.user + times.system)
                        rss[name] = rss.get(name, 0) + member.memory_info().rss
            except psutil.Error:
                pass
            if sum(rss.values()) > measure.peak_rss:
                measure.peak_rss, measure.rss_at_peak = sum(rss.values()), rss
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    done.set()
    sampler.join()
    if process.returncode not in (0, 2):
        raise SystemExit(f"medtour ingest failed ({process.returncode}): {stderr.decode()[-2000:]}")
    measure.wall_seconds = time.perf_counter() - started
    for name, seconds in cpu_by_pid.values():
        measure.cpu_seconds[name] = measure.cpu_seconds.get(name, 0.0) + seconds
    return measure


def by_role(values: dict[str, float], unit: float, digits: int) -> str:
    return " / ".join(f"{values.get(name, 0) / unit:,.{digits}f}" for name in ("flow", "worker", "server"))


def documents(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in MEDIA_SUFFIXES)


def extraction_speed(files: list[Path]) -> float:
    """Documents per second of `extractors.extract` on one core (libraries warmed up first)."""
    from extractors import extract
    from flows.discovery import MEDIA_TYPES
    from models import SourceDocument

    sources = []
    for path in files:
        content = path.read_bytes()
        sources.append(
            SourceDocument(
                doc_id=path.stem,
                source_uri=str(path),
                content=content,
                content_sha256=hashlib.sha256(content).hexdigest(),
                media_type=MEDIA_TYPES[path.suffix],
            )
        )
    extract(sources[0])
    started = time.perf_counter()
    for source in sources:
        extract(source)
    return len(sources) / (time.perf_counter() - started)


def naive_speed(files: list[Path]) -> float:
    """What a first attempt does: both libraries over each whole document."""
    from dateparser.search import search_dates
    from quantulum3 import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("warm up 3 patients")
        started = time.perf_counter()
        for path in files:
            text = path.read_text(encoding="utf-8")
            search_dates(text, languages=["en"])
            parser.parse(text)
    return len(files) / (time.perf_counter() - started)


def records_loaded(warehouse: Path) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = ("patient_stats", "targets", "partnerships", "events")
        return sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=None, help="kept afterwards when given")
    parser.add_argument("--baseline-docs", type=int, default=40)
    parser.add_argument("--extraction-docs", type=int, default=1000)
    args = parser.parse_args()

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="medtour-bench-"))
    corpus, warehouse = workdir / "corpus", workdir / "bench.duckdb"
    shutil.rmtree(corpus, ignore_errors=True)
    warehouse.unlink(missing_ok=True)
    generate(corpus, args.docs, args.seed)
    files = documents(corpus)

    cold = timed_ingest(corpus, warehouse)
    unchanged = timed_ingest(corpus, warehouse)
    with files[len(files) // 2].open("a", encoding="utf-8") as changed:
        changed.write("\nBusan hospitals treated 1,234 Mongolian patients in 2015.\n")
    one_changed = timed_ingest(corpus, warehouse)
    records = records_loaded(warehouse)
    extraction = extraction_speed(files[: args.extraction_docs])
    naive = naive_speed(files[: args.baseline_docs])

    rows = [
        ("documents", f"{len(files):,}"),
        ("cold ingest, wall s", f"{cold.wall_seconds:.1f}"),
        ("cold ingest, docs/s", f"{len(files) / cold.wall_seconds:,.0f}"),
        ("cold ingest, CPU s: flow / workers / server", by_role(cold.cpu_seconds, 1, 1)),
        (
            "cold ingest, CPU ms a document, all processes",
            f"{sum(cold.cpu_seconds.values()) * 1000 / len(files):.1f}",
        ),
        ("re-ingest unchanged, wall s", f"{unchanged.wall_seconds:.1f}"),
        ("re-ingest one changed, wall s", f"{one_changed.wall_seconds:.1f}"),
        ("peak RSS of the ingest process tree, MB", f"{cold.peak_rss / 2**20:,.0f}"),
        ("  of which flow / workers / server, MB", by_role(cold.rss_at_peak, 2**20, 0)),
        ("records loaded", f"{records:,}"),
        ("extraction only, one core, docs/s", f"{extraction:,.0f}"),
        (
            f"naive baseline (search_dates + quantulum3 on whole docs, {len(files[: args.baseline_docs])} docs), docs/s",
            f"{naive:.1f}",
        ),
        ("extraction speed / naive baseline", f"{extraction / naive:,.0f}x"),
    ]
    width = max(len(name) for name, _ in rows)
    print(
        f"medtour benchmark, {datetime.now():%Y-%m-%d %H:%M}: python bench/run.py {' '.join(sys.argv[1:])}; "
        f"{psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
        f"PREFECT_API_URL {'set' if os.environ.get('PREFECT_API_URL') else 'unset (temporary server)'}"
    )
    for name, value in rows:
        print(f"{name:<{width}}  {value:>10}")
    if args.workdir is None:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
