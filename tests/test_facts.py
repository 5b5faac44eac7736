"""Consolidated facts: what several documents report counts once, with its sources; disagreements show."""

from pathlib import Path

import pytest

from tests.warehouse_factory import HOSPITAL, MINISTRY, REVIEW, WITHDRAWN, Doc, build, build_sample, rows


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample(tmp_path_factory.mktemp("facts") / "w.duckdb")


def test_a_statistic_reported_by_two_documents_is_one_fact_with_both_sources(warehouse: Path) -> None:
    (fact,) = rows(warehouse, "SELECT * FROM facts_patient_stats WHERE count = 412000")
    assert (fact["year"], fact["scope_level"], fact["scope_name"]) == (2019, "national", "Korea")
    assert fact["n_sources"] == 2
    assert fact["doc_ids"] == sorted([MINISTRY, REVIEW])
    assert len(fact["record_ids"]) == 2
    assert fact["qualifiers"] == ["approx", "exact"]
    assert not fact["conflict"]


def test_conflicting_figures_for_the_same_year_and_scope_are_both_kept_and_flagged(warehouse: Path) -> None:
    """Korea (institution "Korea") and the ministry (a national body) are the same national scope."""
    facts = rows(
        warehouse,
        "SELECT count, other_counts, conflict, doc_ids FROM facts_patient_stats WHERE year = 2018 "
        "AND scope_level = 'national' ORDER BY count",
    )
    assert facts == [
        {"count": 364000, "other_counts": [378000], "conflict": True, "doc_ids": [MINISTRY]},
        {"count": 378000, "other_counts": [364000], "conflict": True, "doc_ids": [REVIEW]},
    ]
    (conflict,) = rows(warehouse, "SELECT * FROM fact_conflicts WHERE kind = 'patient_stat'")
    assert conflict["figures"] == ["364000", "378000"]
    assert conflict["doc_ids"] == sorted([MINISTRY, REVIEW])


def test_counts_of_different_scopes_are_different_facts(warehouse: Path) -> None:
    scopes = {
        (r["count"], r["scope_level"], r["scope_name"], tuple(r["origin_countries"]))
        for r in rows(warehouse, "SELECT * FROM facts_patient_stats")
    }
    assert (11236, "local", "Busan", ("RU",)) in scopes
    assert (1180, "hospital", "Songdo Bay Medical Center", ("AE",)) in scopes
    assert (17918, "unspecified", None, ("MN",)) in scopes


def test_a_goal_set_by_different_national_bodies_is_one_goal(warehouse: Path) -> None:
    (goal,) = rows(warehouse, "SELECT * FROM facts_targets WHERE target_year = 2027")
    assert goal["value"] == 1_000_000 and goal["actor_level"] == "national"
    assert goal["actors"] == ["Ministry of Health and Welfare", "government"]
    assert goal["n_sources"] == 2 and not goal["conflict"]


def test_partnerships_match_on_the_set_of_parties_and_the_year(warehouse: Path) -> None:
    """Order, case and a leading "the" do not matter; differing signing dates are a conflict."""
    (fact,) = rows(warehouse, "SELECT * FROM facts_partnerships")
    assert fact["n_sources"] == 2 and fact["signed_year"] == 2018
    assert fact["kinds"] == ["agreement", "mou"]
    assert [d.isoformat() for d in fact["signed_dates"]] == ["2018-06-07", "2018-06-08"]
    assert fact["conflict"]


def test_events_match_on_start_date_and_city(warehouse: Path) -> None:
    (fact,) = rows(warehouse, "SELECT * FROM facts_events")
    assert fact["name"] == "Medical Korea 2024" and fact["venue"] == "COEX"
    assert fact["n_sources"] == 2
    assert [d.isoformat() for d in fact["end_dates"]] == ["2024-03-23", "2024-03-24"]
    assert fact["conflict"]


def test_a_deleted_document_never_counts(warehouse: Path) -> None:
    """The withdrawn document still has records in the tables here; the views must ignore them."""
    assert rows(warehouse, f"SELECT count(*) AS n FROM patient_stats WHERE doc_id = '{WITHDRAWN}'") == [
        {"n": 2}
    ]
    for view in ("facts_patient_stats", "facts_targets", "facts_partnerships", "facts_events"):
        assert rows(warehouse, f"SELECT * FROM {view} WHERE list_contains(doc_ids, '{WITHDRAWN}')") == []
    assert rows(warehouse, "SELECT * FROM facts_patient_stats WHERE count = 9999") == []
    live = {r["doc_id"] for r in rows(warehouse, "SELECT doc_id FROM records_per_document")}
    assert live == {MINISTRY, REVIEW, HOSPITAL}


def test_fact_ids_are_stable_across_rebuilds(warehouse: Path, tmp_path: Path) -> None:
    again = build_sample(tmp_path / "again.duckdb")
    query = "SELECT fact_id FROM facts_patient_stats ORDER BY fact_id"
    assert rows(again, query) == rows(warehouse, query)


def _goal_document(doc_id: str, actor: str, value: int, sentence: str) -> Doc:
    """A document whose one record is the foreign-patient goal its sentence states, due in 2020."""
    document = Doc(doc_id, sentence)
    document.add(
        "target",
        sentence,
        kind="goal",
        actor=actor,
        metric="foreign_patients",
        value=value,
        target_year=2020,
    )
    return document


def test_different_goals_of_two_national_bodies_for_one_year_are_one_conflict(tmp_path: Path) -> None:
    ministry = _goal_document(
        "ministry",
        "Ministry of Health and Welfare",
        1_000_000,
        "The ministry aims to attract 1 million foreign patients by 2020.",
    )
    institute = _goal_document(
        "institute", "KHIDI", 800_000, "KHIDI aims to attract 800,000 foreign patients by 2020."
    )
    warehouse = build(tmp_path / "w.duckdb", [ministry, institute])
    (conflict,) = rows(warehouse, "SELECT * FROM fact_conflicts WHERE kind = 'target'")
    assert conflict["figures"] == ["800000.0", "1000000.0"]
    assert conflict["doc_ids"] == ["institute", "ministry"]
