"""Score a warehouse against a gold file: precision, recall and F1 per record kind.

A gold line is a document's metadata (``{"doc", "type": "document", "title", "published_date"}``)
or one expected record (``{"doc", "type", "match": {...}, "attrs": {...}}``), as RECORDS.md
describes. ``match`` fields decide whether a predicted record of the same document is that
record; ``attrs`` are then checked on the pair. The comparison rules are those of RECORDS.md:
numbers agree within 0.5 %, dates and years exactly, names by case-insensitive containment,
country lists by overlap (in ``match``) or inclusion (in ``attrs``).
"""

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from warehouse.schema import RECORD_TABLES
from warehouse.store import Warehouse

KIND_TABLES = {
    "patient_stat": "patient_stats",
    "target": "targets",
    "partnership": "partnerships",
    "event": "events",
}
NUMBER_FIELDS = {"count", "value", "partner_count", "attendance", "baseline_value", "n_countries"}
EXACT_FIELDS = {
    "year",
    "target_year",
    "baseline_year",
    "start_date",
    "end_date",
    "signed_date",
    "period_start",
    "period_end",
}
CODE_FIELDS = {"origin_countries", "market_countries", "countries", "country"}
LABEL_FIELDS = {"kind", "event_type", "qualifier", "period_kind", "population", "metric"}
RELATIVE_TOLERANCE = 0.005
TITLE_OVERLAP = 0.8


@dataclass
class Tally:
    """One document's share of a kind's score."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0


@dataclass
class KindScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attrs_checked: int = 0
    attrs_right: int = 0
    misses: list[str] = field(default_factory=list)
    # gold, predicted and matched records of each scored document: what a resample of the
    # documents adds up (see ``warehouse.intervals``)
    by_document: dict[str, Tally] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else float(not self.gold)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attr_accuracy(self) -> float | None:
        return self.attrs_right / self.attrs_checked if self.attrs_checked else None


@dataclass
class Evaluation:
    documents: int
    titles_right: int
    dates_right: int
    kinds: dict[str, KindScore]
    misses: list[str]

    @property
    def micro_f1(self) -> float:
        return micro_f1(self.kinds.values())


def micro_f1(kinds: Iterable[KindScore]) -> float:
    """F1 over the records of all kinds together (each record counts once, whatever its kind)."""
    scores = list(kinds)
    matched = sum(k.matched for k in scores)
    predicted = sum(k.predicted for k in scores)
    gold = sum(k.gold for k in scores)
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def document_name(source_uri: str) -> str:
    """Gold files name a document by the stem of its file name."""
    name = PurePosixPath(source_uri.replace("\\", "/")).name
    return name.split(".")[0] if name else source_uri


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def evaluate(store: Warehouse, gold: list[dict[str, Any]]) -> Evaluation:
    documents = store.query(
        "SELECT doc_id, source_uri, title, published_date FROM documents WHERE deleted_at IS NULL"
    )
    by_name = {
        document_name(uri): (doc_id, title, published) for doc_id, uri, title, published in documents.rows
    }
    name_of = {doc_id: name for name, (doc_id, _, _) in by_name.items()}
    scored = {g["doc"] for g in gold if g["type"] == "document"}
    misses: list[str] = []
    titles = dates = 0
    for g in (g for g in gold if g["type"] == "document"):
        if g["doc"] not in by_name:
            misses.append(f"not in warehouse: {g['doc']}")
            continue
        _, title, published = by_name[g["doc"]]
        title_ok = _title_agrees(g.get("title"), title)
        date_ok = (str(published) if published else None) == g.get("published_date")
        titles += title_ok
        dates += date_ok
        if not title_ok:
            misses.append(f"title {g['doc']}: got {title!r}")
        if not date_ok:
            misses.append(f"published_date {g['doc']}: got {published} want {g.get('published_date')}")
    kinds = {
        kind: _score_kind(store, kind, table, gold, name_of, scored) for kind, table in KIND_TABLES.items()
    }
    return Evaluation(len(scored), titles, dates, kinds, misses)


def _score_kind(
    store: Warehouse,
    kind: str,
    table: str,
    gold: list[dict[str, Any]],
    name_of: dict[str, str],
    scored: set[str],
) -> KindScore:
    result = store.query(f"SELECT * FROM {RECORD_TABLES[table].name}")
    predictions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in result.rows:
        record = dict(zip(result.columns, row, strict=True))
        if name_of.get(record["doc_id"]) in scored:
            predictions[name_of[record["doc_id"]]].append(record)
    expected = [g for g in gold if g["type"] == kind]
    score = KindScore(gold=len(expected), predicted=sum(map(len, predictions.values())))
    score.by_document = {doc: Tally(predicted=len(predictions.get(doc, ()))) for doc in sorted(scored)}
    for g in expected:
        score.by_document.setdefault(g["doc"], Tally()).gold += 1
    used: dict[str, set[int]] = defaultdict(set)
    for g in expected:
        candidates = [
            (sum(_agrees(f, v, p.get(f)) for f, v in g.get("attrs", {}).items()), i)
            for i, p in enumerate(predictions[g["doc"]])
            if i not in used[g["doc"]] and all(_overlaps(f, v, p.get(f)) for f, v in g["match"].items())
        ]
        if not candidates:
            score.misses.append(f"missed {g['doc']} {json.dumps(g['match'])}")
            continue
        best = max(candidates, key=lambda c: (c[0], -c[1]))[1]
        used[g["doc"]].add(best)
        score.matched += 1
        score.by_document[g["doc"]].matched += 1
        for f, v in g.get("attrs", {}).items():
            score.attrs_checked += 1
            got = predictions[g["doc"]][best].get(f)
            if _agrees(f, v, got):
                score.attrs_right += 1
            else:
                score.misses.append(f"attr {g['doc']} {json.dumps(g['match'])} {f}: got {got!r} want {v!r}")
    for doc, records in predictions.items():
        for i, record in enumerate(records):
            if i not in used[doc]:
                score.misses.append(f"spurious {doc} {' '.join(str(record['evidence']).split())[:100]!r}")
    return score


def _title_agrees(gold: str | None, got: str | None) -> bool:
    expected, actual = _words(gold), _words(got)
    if not expected:
        return True  # a page that shows no headline is not scored on it
    return len(expected & actual) / len(expected | actual) >= TITLE_OVERLAP


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return [v for v in value if v is not None] if isinstance(value, list | tuple) else [value]


def _agrees(field_name: str, gold: Any, got: Any) -> bool:
    if gold is None or got is None:
        return gold is None and got is None
    if field_name in NUMBER_FIELDS:
        return abs(float(got) - float(gold)) <= RELATIVE_TOLERANCE * abs(float(gold)) + 1e-9
    if field_name in EXACT_FIELDS:
        return str(got)[:10] == str(gold)
    if field_name in CODE_FIELDS:
        codes = {str(c).upper() for c in _as_list(got)}
        return bool(codes) and {str(c).upper() for c in _as_list(gold)} <= codes
    if field_name in LABEL_FIELDS:
        return str(got).lower() in {str(g).lower() for g in _as_list(gold)}
    return any(str(key).lower() in str(value).lower() for value in _as_list(got) for key in _as_list(gold))


def _overlaps(field_name: str, gold: Any, got: Any) -> bool:
    if field_name in CODE_FIELDS:
        return bool({str(c).upper() for c in _as_list(gold)} & {str(c).upper() for c in _as_list(got)})
    return _agrees(field_name, gold, got)
