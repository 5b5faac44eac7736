"""Prove that a refactoring left extraction output unchanged: extract every bundled corpus, compare.

    python bench/compare_output.py --save /tmp/baseline.jsonl     # before the change
    python bench/compare_output.py --check /tmp/baseline.jsonl    # after it: prints every difference
    python bench/compare_output.py --speed 3 [--speed-corpus DIR]  # also: one-core docs/s, best of 3

Extracts the documents of demo/corpus, demo/followup, tests/data/heldout*/corpus and the shared
seed articles in-process (no Prefect, no warehouse) and writes one JSON line per document
description, per record and per rejected candidate, sorted, each keyed by its corpus path and kind.
Record ids, rule names and scope levels are left out: ids hash the extractor version (bumped
whenever output changes meaning), rule names are new and a scope level restates the institution
or actor, which is compared; every other field is compared as stored.
"""

import argparse
import difflib
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402  (after the path is set)
from flows.discovery import MEDIA_TYPES  # noqa: E402
from models import SourceDocument  # noqa: E402

SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"  # the shared development seeds, beside the checkout
# ids hash the extractor version; rule names (0.7.0) are new; scope levels (0.7.0) restate the
# institution or actor, which is compared
UNCOMPARED = {"record_id", "rule", "scope_level"}


def corpus_files() -> list[Path]:
    """Every document of the bundled corpora and the seeds, in a stable order."""
    roots = [
        ROOT / "demo/corpus",
        ROOT / "demo/followup",
        *sorted(ROOT.glob("tests/data/heldout*/corpus")),
        SEEDS,
    ]
    return [
        path
        for root in roots
        if root.is_dir()
        for path in sorted(root.rglob("*"))
        if path.suffix.lower() in MEDIA_TYPES
    ]


def label(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else f"{path.parent.name}/{path.name}"


def source(path: Path) -> SourceDocument:
    content = path.read_bytes()
    return SourceDocument(
        doc_id=hashlib.sha256(label(path).encode()).hexdigest()[:20],
        source_uri=label(path),
        content=content,
        content_sha256=hashlib.sha256(content).hexdigest(),
        media_type=MEDIA_TYPES[path.suffix.lower()],
    )


def output_lines(sources: list[SourceDocument]) -> list[str]:
    """One sorted JSON line per document, record and rejected candidate."""
    lines = []
    for document_source in sources:
        extraction = extract(document_source, time_budget=None)
        uri = document_source.source_uri
        document = extraction.document.model_dump(mode="json", exclude={"extractor_version", "text"})
        document["text_sha256"] = hashlib.sha256(extraction.document.text.encode()).hexdigest()
        lines.append(json.dumps({"file": uri, "line": "document", **document}, sort_keys=True))
        for record in extraction.records:
            fields = record.model_dump(mode="json", exclude=UNCOMPARED)
            lines.append(json.dumps({"file": uri, "line": record.table, **fields}, sort_keys=True))
        for rejected in extraction.rejected:
            payload = {
                key: value for key, value in json.loads(rejected.payload).items() if key not in UNCOMPARED
            }
            fields = {"kind": rejected.record_kind, "reason": rejected.reason, "payload": payload}
            lines.append(json.dumps({"file": uri, "line": "rejected", **fields}, sort_keys=True))
    return sorted(lines)


def best_docs_per_second(sources: list[SourceDocument], repeats: int, clock=time.perf_counter) -> float:
    """Documents per second of ``extract`` on this one core, the best of ``repeats`` passes.
    ``time.process_time`` as the clock counts only this process's CPU: on a shared machine the
    wall clock also counts the other processes' turns."""
    extract(sources[0])
    best = 0.0
    for _ in range(repeats):
        started = clock()
        for document_source in sources:
            extract(document_source)
        best = max(best, len(sources) / (clock() - started))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--save", type=Path, help="write the output lines here")
    parser.add_argument("--check", type=Path, help="compare the output with these saved lines")
    parser.add_argument("--speed", type=int, default=0, metavar="N", help="time N passes, print the best")
    parser.add_argument("--speed-corpus", type=Path, help="time these documents (e.g. bench/generate.py's)")
    parser.add_argument(
        "--cpu", action="store_true", help="time CPU seconds of this process, not the wall clock"
    )
    arguments = parser.parse_args()
    sources = [source(path) for path in corpus_files()]
    lines = output_lines(sources)
    print(f"{len(sources)} documents, {len(lines) - len(sources)} records and rejected candidates")
    status = 0
    if arguments.save:
        arguments.save.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"saved {arguments.save}")
    if arguments.check:
        saved = arguments.check.read_text(encoding="utf-8").splitlines()
        difference = list(difflib.unified_diff(saved, lines, "saved", "now", n=0, lineterm=""))
        print("\n".join(difference) if difference else "identical to the saved output")
        status = 1 if difference else 0
    if arguments.speed:
        timed = sources
        if arguments.speed_corpus:
            files = sorted(p for p in arguments.speed_corpus.rglob("*") if p.suffix.lower() in MEDIA_TYPES)
            timed = [source(path) for path in files]
        clock = time.process_time if arguments.cpu else time.perf_counter
        speed = best_docs_per_second(timed, arguments.speed, clock)
        unit = "docs per CPU-second" if arguments.cpu else "docs/s"
        print(f"extraction, one core, {len(timed)} documents: {speed:.1f} {unit} (best of {arguments.speed})")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
