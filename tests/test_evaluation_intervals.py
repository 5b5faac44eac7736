"""Bootstrap intervals of the scores: how far an F1 could move on another sample of the pages,
and whether a change between two warehouses is larger than that."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_GOLD, DemoWarehouse
from warehouse import Warehouse
from warehouse.evaluation import Evaluation, KindScore, Tally, evaluate, read_gold
from warehouse.intervals import Interval, bootstrap, bootstrap_change

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]


def scored(tallies: dict[str, dict[str, Tally]]) -> Evaluation:
    """An evaluation of the given documents' tallies, kind by kind, with its totals."""
    kinds = {}
    for kind, by_document in tallies.items():
        score = KindScore(
            gold=sum(t.gold for t in by_document.values()),
            predicted=sum(t.predicted for t in by_document.values()),
            matched=sum(t.matched for t in by_document.values()),
        )
        score.by_document = by_document
        kinds[kind] = score
    documents = len({doc for by_document in tallies.values() for doc in by_document})
    return Evaluation(documents=documents, titles_right=0, dates_right=0, kinds=kinds, misses=[])


# ten pages: seven read perfectly, three with both of their counts missed and one spurious
MIXED = scored(
    {
        "patient_stat": {
            **{f"good{i}": Tally(gold=2, predicted=2, matched=2) for i in range(7)},
            **{f"bad{i}": Tally(gold=2, predicted=1, matched=0) for i in range(3)},
        },
        "event": {f"good{i}": Tally(gold=1, predicted=1, matched=1) for i in range(7)},
    }
)


@pytest.fixture(scope="module")
def demo_evaluation(demo_warehouse: DemoWarehouse) -> Evaluation:
    with Warehouse.open(demo_warehouse.path, read_only=True) as store:
        return evaluate(store, read_gold(DEMO_GOLD))


def test_each_documents_tallies_add_up_to_its_kinds_totals(demo_evaluation: Evaluation) -> None:
    for kind, score in demo_evaluation.kinds.items():
        tallies = score.by_document.values()
        totals = (
            sum(t.gold for t in tallies),
            sum(t.predicted for t in tallies),
            sum(t.matched for t in tallies),
        )
        assert totals == (score.gold, score.predicted, score.matched), kind
        assert len(score.by_document) == demo_evaluation.documents


def test_a_score_read_on_a_few_pages_gets_an_interval_around_it() -> None:
    spread = bootstrap(MIXED)
    assert (spread.documents, spread.resamples, spread.level) == (10, 1000, 0.95)
    assert spread.micro_f1.low < MIXED.micro_f1 < spread.micro_f1.high
    counts = spread.kinds["patient_stat"]
    assert 0.0 <= counts.low < MIXED.kinds["patient_stat"].f1 < counts.high <= 1.0
    # the events are all right on every page that has one: no draw can tell otherwise
    assert spread.kinds["event"] == Interval(1.0, 1.0)


def test_the_same_evaluation_gives_the_same_interval() -> None:
    assert bootstrap(MIXED) == bootstrap(MIXED)


def test_a_narrower_level_gives_a_narrower_interval() -> None:
    wide, narrow = bootstrap(MIXED, level=0.95).micro_f1, bootstrap(MIXED, level=0.5).micro_f1
    assert wide.low <= narrow.low < narrow.high <= wide.high


def test_no_change_has_an_interval_of_nothing_but_zero() -> None:
    change = bootstrap_change(MIXED, MIXED)
    assert change.micro_f1 == Interval(0.0, 0.0)
    assert set(change.kinds.values()) == {Interval(0.0, 0.0)}


def test_a_change_on_some_pages_is_told_from_none_by_its_paired_interval() -> None:
    mended = scored(
        {
            "patient_stat": {
                **{f"good{i}": Tally(gold=2, predicted=2, matched=2) for i in range(7)},
                "bad0": Tally(gold=2, predicted=2, matched=2),  # one bad page read right now
                **{f"bad{i}": Tally(gold=2, predicted=1, matched=0) for i in (1, 2)},
            },
            "event": {f"good{i}": Tally(gold=1, predicted=1, matched=1) for i in range(7)},
        }
    )
    change = bootstrap_change(MIXED, mended)
    assert 0.0 <= change.micro_f1.low < mended.micro_f1 - MIXED.micro_f1 <= change.micro_f1.high
    assert change.kinds["event"] == Interval(0.0, 0.0)


@pytest.mark.parametrize(
    ("resamples", "level", "message"),
    [(0, 0.95, "resamples must be at least 1"), (100, 1.0, "level must lie between 0 and 1")],
)
def test_a_meaningless_request_is_refused(resamples: int, level: float, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        bootstrap(MIXED, resamples=resamples, level=level)


def test_an_evaluation_of_no_documents_has_nothing_to_resample() -> None:
    with pytest.raises(ValueError, match="no scored documents"):
        bootstrap(scored({"patient_stat": {}}))


def test_the_command_prints_the_intervals_and_the_change_from_a_baseline(
    demo_warehouse: DemoWarehouse,
) -> None:
    warehouse = str(demo_warehouse.path)
    result = subprocess.run(
        [
            *MEDTOUR,
            "evaluate",
            str(DEMO_GOLD),
            "-w",
            warehouse,
            "--no-misses",
            "--interval",
            "--baseline",
            warehouse,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    header, *rows = [line.split(",") for line in result.stdout.splitlines()[1:6]]
    assert header == [
        "kind",
        "precision",
        "recall",
        "F1",
        "F1 95 %",
        "baseline F1",
        "change",
        "change 95 %",
        "attributes",
        "gold",
        "predicted",
        "matched",
    ]
    assert [row[0] for row in rows] == ["patient_stat", "target", "partnership", "event"]
    assert {row[6] for row in rows} == {"+0.00"} and {row[7] for row in rows} == {"+0.00 to +0.00"}
    (overall,) = result.stdout.splitlines()[6:]
    assert "change +0.000 (95 % interval +0.000 to +0.000)" in overall
    assert "drawn again 1,000 times" in overall


def test_a_baseline_that_is_not_there_is_one_clear_error(
    demo_warehouse: DemoWarehouse, tmp_path: Path
) -> None:
    missing = tmp_path / "before.duckdb"
    result = subprocess.run(
        [*MEDTOUR, "evaluate", str(DEMO_GOLD), "-w", str(demo_warehouse.path), "--baseline", str(missing)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert f"cannot evaluate {missing}: no warehouse at {missing}" in result.stderr
    assert not missing.exists()
