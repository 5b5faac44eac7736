"""Extraction quality on the bundled demo corpus, measured against its gold file.

The corpus has 27 documents: the 12 written with the project and the 15 of the former first
held-out set (h01-h15). It scored 1.00 micro F1, with every title and publication date right, when
the two were merged; the floor of 0.95 sits a little under that, to catch regressions.
"""

from pathlib import Path

import pytest

from flows.ingest import ingest
from tests.conftest import DEMO_CORPUS, DEMO_GOLD, DemoWarehouse
from warehouse import Warehouse
from warehouse.evaluation import Evaluation, evaluate, read_gold

MICRO_F1_FLOOR = 0.95


@pytest.fixture(scope="module")
def demo_evaluation(demo_warehouse: DemoWarehouse) -> Evaluation:
    with Warehouse.open(demo_warehouse.path, read_only=True) as store:
        return evaluate(store, read_gold(DEMO_GOLD))


def test_every_gold_document_is_in_the_warehouse(demo_evaluation: Evaluation) -> None:
    assert demo_evaluation.documents == len(list(DEMO_CORPUS.iterdir()))
    assert not [m for m in demo_evaluation.misses if m.startswith("not in warehouse")]


def test_titles_and_publication_dates(demo_evaluation: Evaluation) -> None:
    assert demo_evaluation.titles_right == demo_evaluation.documents, demo_evaluation.misses
    assert demo_evaluation.dates_right == demo_evaluation.documents, demo_evaluation.misses


def test_records_of_every_kind_are_matched(demo_evaluation: Evaluation) -> None:
    for kind, score in demo_evaluation.kinds.items():
        assert score.matched > 0, f"no {kind} matched: {score.misses}"
    assert demo_evaluation.micro_f1 >= MICRO_F1_FLOOR, [
        m for k in demo_evaluation.kinds.values() for m in k.misses
    ]


def test_the_scorer_counts_misses_and_spurious_records(tmp_path: Path) -> None:
    """A gold file that expects a record nobody extracted lowers recall, not precision."""
    warehouse = tmp_path / "w.duckdb"
    ingest(str(DEMO_CORPUS / "002_national_foreign_patients_2019.txt"), str(warehouse))
    gold = [
        {
            "doc": "002_national_foreign_patients_2019",
            "type": "document",
            "title": None,
            "published_date": None,
        },
        {"doc": "002_national_foreign_patients_2019", "type": "patient_stat", "match": {"count": 123456789}},
    ]
    with Warehouse.open(warehouse, read_only=True) as store:
        result = evaluate(store, gold)
    stats = result.kinds["patient_stat"]
    assert (stats.gold, stats.matched, stats.recall) == (1, 0, 0.0)
    assert stats.predicted > 0 and stats.precision == 0.0
    assert any(m.startswith("missed") for m in stats.misses)
