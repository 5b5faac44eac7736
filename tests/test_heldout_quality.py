"""Quality floors on the held-out sets, so that a change that helps one set and hurts another shows.

The floors sit a little under the figures in the README's "Extraction quality" table.
"""

from pathlib import Path

import pytest

from flows.ingest import ingest
from warehouse import Warehouse
from warehouse.evaluation import evaluate, read_gold

DATA = Path(__file__).parent / "data"
FLOORS = {"heldout": 0.95, "heldout2": 0.88, "heldout3": 0.88}


@pytest.mark.parametrize(("name", "floor"), FLOORS.items())
def test_held_out_micro_f1_stays_above_its_floor(name: str, floor: float, tmp_path: Path) -> None:
    warehouse = tmp_path / f"{name}.duckdb"
    ingest(str(DATA / name / "corpus"), str(warehouse))
    with Warehouse.open(warehouse, read_only=True) as store:
        result = evaluate(store, read_gold(DATA / name / "gold.jsonl"))
    assert result.titles_right == result.dates_right == result.documents, result.misses
    assert result.micro_f1 >= floor, [m for k in result.kinds.values() for m in k.misses]
