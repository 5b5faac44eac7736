#!/usr/bin/env python3
"""How far two annotations of the same pages agree, by the shared scorer's own matching.

    python corpora/agreement.py LANG                # corpus gold against the second annotation
    python corpora/agreement.py LANG --disagreements

`corpora/<lang>/second/<id>.jsonl` holds a second annotation of some pages, written blind
(without the corpus gold) by the same conventions. Each annotation is scored as if it were the
other's prediction: a record becomes a predicted row holding its `match` and `attrs` fields, so a
record agrees when the scorer would match it. Both directions are printed, since matching is not
symmetric (a `match` field one side leaves out is no disagreement the other way). Their level is
the ceiling an extractor can be held to on these pages: the annotation's own noise.

Needs only the duckdb package (the scorer imports it).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"
# Fields whose gold value may be a list of accepted values but whose predicted value is one.
LISTS_KEPT = {"parties", "organizers"}

Row = dict[str, Any]


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"the shared scorer is not at {SCORER}")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def read_gold(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]


def as_rows(gold: list[dict[str, Any]], scorer: ModuleType) -> dict[str, list[Row]]:
    """An annotation as the warehouse rows the scorer reads (documents and the four record tables)."""
    tables: dict[str, list[Row]] = defaultdict(list)
    for line in gold:
        if line["type"] == "document":
            tables["documents"].append(
                {
                    "doc_id": line["doc"],
                    "source_uri": f"{line['doc']}.txt",
                    "title": line.get("title"),
                    "published_date": line.get("published_date"),
                }
            )
            continue
        row: Row = {"doc_id": line["doc"], "evidence": json.dumps(line["match"], ensure_ascii=False)}
        for field, value in {**line.get("attrs", {}), **line["match"]}.items():
            if isinstance(value, list) and field not in scorer.CODES and field not in LISTS_KEPT:
                value = value[0] if value else None
            row[field] = value
        tables[scorer.TABLES[line["type"]]].append(row)
    return tables


def score_against(
    scorer: ModuleType, gold: Path, predicted: list[dict[str, Any]], empty: Path
) -> dict[str, Any]:
    """The scorer's report on ``predicted`` as if a warehouse held it. The scorer opens ``empty``
    (an empty DuckDB file) and reads the rows from this loaded copy of itself, so nothing of the
    duckdb module is touched."""
    rows = as_rows(predicted, scorer)
    scorer.read_table = lambda connection, table: (rows.get(table, []), None)
    return scorer.score(str(empty), str(gold))


def summary(name: str, report: dict[str, Any]) -> str:
    micro = report["micro"]
    kinds = ", ".join(
        f"{kind} {k['f1']:.2f} ({k['gold']}/{k['pred']})" for kind, k in report["kinds"].items()
    )
    documents = report["documents"]
    return (
        f"{name}: micro F1 {micro['f1']:.3f} (P {micro['precision']:.2f} R {micro['recall']:.2f}); "
        f"{kinds}; title {documents['title_acc']:.2f}, date {documents['date_acc']:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lang", choices=["en", "ko"])
    parser.add_argument("--disagreements", action="store_true", help="list every record the two do not share")
    args = parser.parse_args()
    second_paths = sorted((HERE / args.lang / "second").glob("*.jsonl"))
    if not second_paths:
        raise SystemExit(f"no second annotation in corpora/{args.lang}/second/")
    corpus_paths = [HERE / args.lang / "gold" / path.name for path in second_paths]
    scorer = load_scorer()
    corpus, second = read_gold(corpus_paths), read_gold(second_paths)
    with tempfile.TemporaryDirectory(prefix="medtour-agreement-") as folder:
        work = Path(folder)
        corpus_file, second_file, empty = work / "corpus.jsonl", work / "second.jsonl", work / "empty.duckdb"
        for path, lines in ((corpus_file, corpus), (second_file, second)):
            path.write_text(
                "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
            )
        duckdb.connect(str(empty)).close()
        first = score_against(scorer, corpus_file, second, empty)
        other = score_against(scorer, second_file, corpus, empty)
    print(f"{args.lang}: {len(second_paths)} pages")
    print(summary("corpus gold as gold, second as prediction", first))
    print(summary("second as gold, corpus gold as prediction", other))
    if args.disagreements:
        for kind, report in first["kinds"].items():
            for line in report["lines"]:
                print(f"{kind}{line}")


if __name__ == "__main__":
    main()
