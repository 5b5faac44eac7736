"""Validation in the record models: what the contract forbids is rejected with a reason."""

from datetime import date

import pytest
from pydantic import ValidationError

from models import (
    Document,
    Event,
    Extraction,
    PatientStat,
    RecordKind,
    RejectedRecord,
    Target,
    validate_record,
)

COMMON = {
    "record_id": "r" * 24,
    "doc_id": "d1",
    "evidence": "Some sentence.",
    "span_start": 0,
    "span_end": 14,
    "confidence": 0.8,
    "rule": "patient_stats.count_with_noun",
}


def test_a_valid_patient_stat_normalises_country_codes() -> None:
    stat = PatientStat.model_validate({**COMMON, "count": 17918, "origin_countries": ["mn"]})
    assert stat.origin_countries == ["MN"]
    assert stat.qualifier == "exact"
    assert stat.period_kind == "unspecified"


@pytest.mark.parametrize(
    ("fields", "complaint"),
    [
        ({"count": -1}, "count"),
        ({"count": 5, "origin_countries": ["XX"]}, "not an ISO 3166-1"),
        ({"count": 5, "year": 1800}, "year"),
        ({"count": 5, "qualifier": "roughly"}, "qualifier"),
        ({"count": 5, "span_start": 10, "span_end": 10}, "span_end"),
        ({"count": 5, "evidence": ""}, "evidence"),
        ({"count": 5, "period_start": date(2020, 5, 1), "period_end": date(2020, 1, 1)}, "before it starts"),
    ],
)
def test_invalid_patient_stats_are_rejected_with_the_reason(fields: dict, complaint: str) -> None:
    result = validate_record(RecordKind.PATIENT_STAT, {**COMMON, **fields})
    assert isinstance(result, RejectedRecord)
    assert complaint in result.reason
    assert result.doc_id == "d1"


def test_an_event_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="before it starts"):
        Event.model_validate(
            {
                **COMMON,
                "event_type": "conference",
                "start_date": date(2021, 3, 18),
                "end_date": date(2021, 3, 1),
            }
        )


def test_goals_need_a_value_and_markets_a_place() -> None:
    with pytest.raises(ValidationError, match="goal needs a value"):
        Target.model_validate({**COMMON, "kind": "goal"})
    with pytest.raises(ValidationError, match="market needs"):
        Target.model_validate({**COMMON, "kind": "market"})
    market = Target.model_validate(
        {**COMMON, "kind": "market", "market_region": "Sakhalin", "market_countries": ["RU"]}
    )
    assert market.kind == "market"


def test_unknown_fields_are_refused() -> None:
    result = validate_record(RecordKind.EVENT, {**COMMON, "event_type": "award", "colour": "red"})
    assert isinstance(result, RejectedRecord)
    assert "colour" in result.reason


def test_an_extraction_as_rows_keeps_every_record_under_its_table() -> None:
    stat = PatientStat.model_validate({**COMMON, "count": 17918, "origin_countries": ["mn"], "year": 2019})
    goal = Target.model_validate({**COMMON, "record_id": "g" * 24, "kind": "goal", "value": 800000})
    refused = validate_record(RecordKind.PATIENT_STAT, {**COMMON, "count": -1})
    assert isinstance(refused, RejectedRecord)
    document = Document(
        doc_id="d1",
        source_uri="/corpus/d1.txt",
        content_sha256="0" * 64,
        text="Some sentence.",
        extractor_version="t",
    )
    rows = Extraction(document=document, records=[stat, goal], rejected=[refused]).rows()

    assert rows.doc_id == "d1"
    assert rows.document["text"] == "Some sentence." and rows.document["published_date"] is None
    assert set(rows.records) == {"patient_stats", "targets"}
    (stat_row,) = rows.records["patient_stats"]
    assert (stat_row["count"], stat_row["year"], stat_row["origin_countries"]) == (17918, 2019, ["MN"])
    assert rows.records["targets"][0]["record_id"] == "g" * 24
    assert rows.rejected[0]["record_kind"] == "patient_stat" and "count" in rows.rejected[0]["reason"]
