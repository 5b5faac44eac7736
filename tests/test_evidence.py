"""Cutting a document into highlight runs, and how a record's fields read."""

from datetime import date

from warehouse.report.evidence import Run, Span, display_fields, runs


def test_overlapping_spans_become_flat_runs_covered_by_every_record() -> None:
    text = "aaa bbb ccc ddd"
    spans = [
        Span("stat", "patient_stat", 0, 7),
        Span("event", "event", 4, 11),
        Span("deal", "partnership", 4, 11),
    ]
    assert runs(text, spans) == [
        Run("aaa ", ("stat",), ("patient_stat",)),
        Run("bbb", ("stat", "event", "deal"), ("patient_stat", "partnership", "event")),
        Run(" ccc", ("event", "deal"), ("partnership", "event")),
        Run(" ddd", (), ()),
    ]
    assert "".join(run.text for run in runs(text, spans)) == text


def test_spans_outside_the_text_are_clamped_or_dropped() -> None:
    text = "short"
    spans = [Span("over", "event", 3, 99), Span("beyond", "event", 10, 20)]
    assert runs(text, spans) == [Run("sho", (), ()), Run("rt", ("over",), ("event",))]


def test_a_text_without_records_is_one_run() -> None:
    assert runs("plain", []) == [Run("plain", (), ())]


def test_fields_read_as_text_and_empty_ones_are_left_out() -> None:
    fields = {
        "count": 412000,
        "year": 2019,
        "value": 1e6,
        "origin_countries": ["CN", "US"],
        "start_date": date(2024, 3, 21),
        "n_countries": None,
        "organizers": [],
    }
    assert display_fields(fields) == [
        ("count", "412,000"),
        ("year", "2019"),
        ("value", "1,000,000"),
        ("origin countries", "CN, US"),
        ("start date", "2024-03-21"),
    ]
