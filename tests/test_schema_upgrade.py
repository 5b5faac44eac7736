"""A warehouse written before a model gained a column gets the column when it is opened for writing."""

from pathlib import Path

import duckdb

from tests.warehouse_factory import Doc, build, rows
from warehouse import Warehouse

SENTENCE = "Busan treated 900 foreign patients in 2018."


def test_a_warehouse_from_before_the_rule_and_scope_columns_gains_them_and_keeps_its_rows(
    tmp_path: Path,
) -> None:
    path = build(
        tmp_path / "w.duckdb",
        [Doc("d1", SENTENCE).add("patient_stat", SENTENCE, count=900, year=2018, institution="Busan")],
    )
    with duckdb.connect(str(path)) as con:  # the file as an extractor before 0.7.0 left it
        con.execute("ALTER TABLE patient_stats DROP COLUMN rule")
        con.execute("ALTER TABLE patient_stats DROP COLUMN scope_level")
    with Warehouse.open(path):
        pass
    assert rows(path, "SELECT count, institution, rule, scope_level FROM patient_stats") == [
        {"count": 900, "institution": "Busan", "rule": None, "scope_level": None}
    ]
