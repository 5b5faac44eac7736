"""Time extracting HTML pages of growing nesting depth, to show cleaning's cost grows linearly.

    python bench/cleaning.py                       # depths 1,000 to 10,000, and a page nested too deeply
    PYTHONPATH=/tmp/before python bench/cleaning.py --depths 1000 2000 4000   # another source tree

Each page is ``depth`` nested <div>s around one sentence. The figure is the best of ``--runs`` runs of
``extract`` (decoding, cleaning, metadata and every record extractor) after a warm-up, so the
extractors' one-off loads are not counted. Linear cleaning makes the time per level flat; the
quadratic one grew it with depth. A page nested past the cleaner's limit is refused: its line
times the refusal.
"""

import argparse
import hashlib
import os
import time

from extractors import UnreadableDocument, extract
from models import MediaType, SourceDocument

SENTENCE = "<p>Incheon treated 700 foreign patients in 2016.</p>"
TOO_DEEP = 1_000_000  # a 5 MiB page, the largest document an ingest reads


def nested_page(depth: int) -> SourceDocument:
    raw = ("<div>" * depth + SENTENCE + "</div>" * depth).encode()
    return SourceDocument(
        doc_id="nested",
        source_uri="nested.html",
        content=raw,
        content_sha256=hashlib.sha256(raw).hexdigest(),
        media_type=MediaType.HTML,
    )


def best_seconds(source: SourceDocument, runs: int) -> tuple[float, str]:
    """The fastest of ``runs`` extractions of ``source``, and what it gave."""
    best, outcome = float("inf"), ""
    for _ in range(runs):
        started = time.perf_counter()
        try:
            outcome = f"{len(extract(source, time_budget=None).records)} record(s)"
        except UnreadableDocument as error:
            outcome = f"refused: {error}"
        best = min(best, time.perf_counter() - started)
    return best, outcome


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--depths", type=int, nargs="+", default=[1_000, 2_000, 5_000, 10_000])
    parser.add_argument("--runs", type=int, default=3, help="runs per depth, best kept (default 3)")
    parser.add_argument("--too-deep", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    best_seconds(nested_page(10), 1)  # warm-up: the extractors' one-off loads
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'depth':>9} {'seconds':>8} {'µs/level':>9}  outcome")
    for depth in (*args.depths, *([TOO_DEEP] if args.too_deep else [])):
        seconds, outcome = best_seconds(nested_page(depth), args.runs)
        print(f"{depth:>9,} {seconds:>8.3f} {seconds / depth * 1e6:>9.1f}  {outcome}")


if __name__ == "__main__":
    main()
