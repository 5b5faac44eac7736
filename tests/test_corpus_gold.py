"""The committed gold of the real-page corpora is well formed: a slip in a hand-written gold line
(a field the contract does not have, a label it does not know, a page without its gold) would
silently count as a miss or a spurious record in every later score."""

from __future__ import annotations

import json
import re
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from models import (
    RECORD_TYPES,
    EventType,
    Metric,
    PartnershipKind,
    PeriodKind,
    Population,
    Qualifier,
    TargetKind,
)

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
LANGUAGES = ("en", "ko")
# the fields a gold record may check: the record's own, less what only the pipeline sets
CHECKABLE = {
    kind: set(model.model_fields)
    - {"record_id", "doc_id", "evidence", "span_start", "span_end", "confidence", "rule"}
    for kind, model in RECORD_TYPES.items()
}
LABELS: dict[str, type[StrEnum]] = {
    "qualifier": Qualifier,
    "period_kind": PeriodKind,
    "population": Population,
    "metric": Metric,
    "event_type": EventType,
}
KINDS: dict[str, type[StrEnum]] = {"target": TargetKind, "partnership": PartnershipKind}
CODES = {"origin_countries", "market_countries", "countries", "country"}
DATES = {"start_date", "end_date", "signed_date"}
# a period's bounds are compared by containment: "2009" stands for any day of 2009
PERIOD_BOUNDS = {"period_start", "period_end"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
YEARS = {"year", "target_year", "baseline_year"}
CODE = re.compile(r"^[A-Z]{2}$")


def manifest(lang: str) -> list[dict[str, Any]]:
    path = CORPORA / lang / "manifest.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_lines(lang: str, page: str) -> list[dict[str, Any]]:
    path = CORPORA / lang / "gold" / f"{page}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def field_problems(record_type: str, name: str, value: Any) -> list[str]:
    """What is wrong with one checked field of a gold record (nothing when it is right)."""
    if name not in CHECKABLE[record_type]:
        return [f"{record_type} has no field {name!r}"]
    if value is None:
        return []
    problems = []
    if name in LABELS:
        known = {label.value for label in LABELS[name]}
        problems += [f"{name} {v!r} is not one of {sorted(known)}" for v in as_list(value) if v not in known]
    if name == "kind" and record_type in KINDS:
        known = {label.value for label in KINDS[record_type]}
        problems += [f"kind {v!r} is not one of {sorted(known)}" for v in as_list(value) if v not in known]
    if name in CODES:
        problems += [f"{name} {v!r} is no ISO alpha-2 code" for v in as_list(value) if not CODE.match(str(v))]
    if name in DATES:
        for v in as_list(value):
            try:
                date.fromisoformat(str(v))
            except ValueError:
                problems.append(f"{name} {v!r} is no ISO date")
    if name in PERIOD_BOUNDS:
        problems += [
            f"{name} {v!r} is no date or part of one"
            for v in as_list(value)
            if not PARTIAL_DATE.match(str(v))
        ]
    if name in YEARS:
        problems += [
            f"{name} {v!r} is no year" for v in as_list(value) if not (isinstance(v, int) and 1900 < v < 2100)
        ]
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_of_the_manifest_has_its_gold_and_no_gold_is_orphaned(lang):
    pages = {entry["id"] for entry in manifest(lang)}
    gold = {path.stem for path in (CORPORA / lang / "gold").glob("*.jsonl")}
    assert sorted(pages - gold) == [], "pages without gold"
    assert sorted(gold - pages) == [], "gold without a page in the manifest"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_gold_line_names_its_page_a_kind_and_the_contract_fields(lang):
    problems = []
    for entry in manifest(lang):
        page = entry["id"]
        lines = gold_lines(lang, page)
        first = lines[0] if lines else {}
        if (
            first.get("type") != "document"
            or first.get("doc") != page
            or set(first)
            != {
                "doc",
                "type",
                "title",
                "published_date",
            }
        ):
            problems.append(f"{page}: the first line is not its document line")
        elif first["published_date"] is not None:
            problems += [
                f"{page}: {p}" for p in field_problems("event", "start_date", first["published_date"])
            ]
        for line in lines[1:]:
            record_type = line.get("type")
            if line.get("doc") != page or record_type not in CHECKABLE:
                problems.append(f"{page}: a line of another page or of no record kind: {line}")
                continue
            if not line.get("match") or set(line) - {"doc", "type", "match", "attrs"}:
                problems.append(f"{page}: a record needs `match` and may have only `attrs` beside it: {line}")
                continue
            for part in ("match", "attrs"):
                for name, value in line.get(part, {}).items():
                    problems += [f"{page}: {p}" for p in field_problems(record_type, name, value)]
    assert problems == []
