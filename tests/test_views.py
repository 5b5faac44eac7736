"""The analysis views answer the common questions from the consolidated facts."""

from pathlib import Path

import duckdb
import pytest

from tests.warehouse_factory import MINISTRY, REVIEW, build_sample, rows
from warehouse import Warehouse
from warehouse.views import VIEWS


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample(tmp_path_factory.mktemp("views") / "w.duckdb")


def test_patient_volume_by_year_keeps_national_totals_apart_from_breakdowns(warehouse: Path) -> None:
    volume = {
        (r["year"], r["breakdown"], r["scope_name"], tuple(r["origin_countries"]), r["count"])
        for r in rows(warehouse, "SELECT * FROM patient_volume_by_year")
    }
    assert volume == {
        (2016, "hospital", "Songdo Bay Medical Center", ("AE",), 1180),
        (2018, "national_total", "Korea", (), 364000),
        (2018, "national_total", "Korea", (), 378000),
        (2018, "local", "Busan", ("RU",), 11236),
        (2019, "national_total", "Korea", (), 412000),
        (2019, "by_origin", None, ("MN",), 17918),
    }


def test_national_totals_prefer_one_figure_a_year_and_keep_the_others(warehouse: Path) -> None:
    totals = rows(warehouse, "SELECT year, count, preferred, conflict FROM national_patient_totals")
    assert totals == [
        {"year": 2018, "count": 378000, "preferred": True, "conflict": True},  # the later report
        {"year": 2018, "count": 364000, "preferred": False, "conflict": True},
        {"year": 2019, "count": 412000, "preferred": True, "conflict": False},
    ]


def test_patient_volume_by_origin_has_one_row_per_country_and_year(warehouse: Path) -> None:
    origins = rows(
        warehouse, "SELECT origin_country, year, breakdown, count, n_sources FROM patient_volume_by_origin"
    )
    assert origins == [
        {"origin_country": "AE", "year": 2016, "breakdown": "hospital", "count": 1180, "n_sources": 1},
        {"origin_country": "MN", "year": 2019, "breakdown": "by_origin", "count": 17918, "n_sources": 2},
        {"origin_country": "RU", "year": 2018, "breakdown": "local", "count": 11236, "n_sources": 1},
    ]


def test_goals_show_the_latest_actual_figure_and_whether_they_were_met(warehouse: Path) -> None:
    goals = rows(
        warehouse,
        "SELECT target_year, goal, latest_actual_year, latest_actual, actual_in_target_year, met, "
        "actual_doc_ids FROM goals_progress",
    )
    assert goals == [
        {
            "target_year": 2019,
            "goal": 400_000,
            "latest_actual_year": 2019,
            "latest_actual": 412000,
            "actual_in_target_year": 412000,
            "met": True,
            "actual_doc_ids": [MINISTRY, REVIEW],
        },
        {
            "target_year": 2027,
            "goal": 1_000_000,
            "latest_actual_year": 2019,
            "latest_actual": 412000,
            "actual_in_target_year": None,
            "met": None,
            "actual_doc_ids": [MINISTRY, REVIEW],
        },
    ]


def test_partnerships_by_country_count_each_partnership_once(warehouse: Path) -> None:
    assert rows(
        warehouse, "SELECT country, kind, year, partnerships, reports FROM partnerships_by_country"
    ) == [{"country": "KZ", "kind": "agreement", "year": 2018, "partnerships": 1, "reports": 2}]


def test_the_events_calendar_lists_each_event_once(warehouse: Path) -> None:
    (event,) = rows(warehouse, "SELECT * FROM events_calendar")
    assert (event["month"], event["name"], event["n_sources"], event["conflict"]) == (
        "2024-03",
        "Medical Korea 2024",
        2,
        True,
    )


def test_a_read_only_connection_sees_the_current_views_even_in_an_old_warehouse(tmp_path: Path) -> None:
    """A warehouse written by an older medtour may lack a view or hold an older definition."""
    path = build_sample(tmp_path / "old.duckdb")
    con = duckdb.connect(str(path))
    con.execute("DROP VIEW facts_events")
    con.execute("CREATE OR REPLACE VIEW goals_progress AS SELECT 1 AS stale")
    con.close()
    with Warehouse.open(path, read_only=True) as store:
        assert store.query("SELECT count(*) FROM facts_events").rows == [(1,)]
        assert "met" in store.query("SELECT * FROM goals_progress").columns
        assert store.query("SELECT count(*) FROM duckdb_views() WHERE temporary AND NOT internal").rows == [
            (len(VIEWS),)
        ]
        for name in VIEWS:
            store.query(f"SELECT * FROM {name}")


def test_a_current_warehouse_is_read_with_its_stored_views(warehouse: Path) -> None:
    """Reading costs one catalog query when the file's views are current: no temporary copies."""
    with Warehouse.open(warehouse, read_only=True) as store:
        assert store.query("SELECT count(*) FROM duckdb_views() WHERE temporary AND NOT internal").rows == [
            (0,)
        ]
