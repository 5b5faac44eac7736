"""The report's parts that need no browser: names, the goals' verdicts, paths, the charts' geometry."""

from datetime import date
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from warehouse.report.charts import Period, StackedBar, YearBar, bar_chart, timeline, year_chart
from warehouse.report.evidence import display_fields, relative_source
from warehouse.report.goals import verdict
from warehouse.report.labels import qualified, readable, readable_in_text
from warehouse.report.render import origin_year


def test_identifiers_read_as_names() -> None:
    assert [readable(i) for i in ("business_presentation", "mou", "foreign_patients", "award")] == [
        "Business presentation",
        "MOU",
        "Foreign patients",
        "Award",
    ]
    assert (
        readable_in_text("foreign_patients 2018 local Busan from RU")
        == "foreign patients 2018 local Busan from RU"
    )
    assert readable_in_text("Seoul_Clinic foreign_patients") == "Seoul_Clinic foreign patients"
    assert [qualified("150", ["at_least"]), qualified("400,000", ["exact"]), qualified("5", ["approx"])] == [
        "at least 150",
        "400,000",
        "about 5",
    ]


def test_record_fields_show_labels_as_words_and_keep_names() -> None:
    fields = {"event_type": "delegation_visit", "name": "Busan_Expo", "attendance": 1200, "year": 2019}
    assert display_fields(fields) == [
        ("event type", "delegation visit"),
        ("name", "Busan_Expo"),
        ("attendance", "1,200"),
        ("year", "2019"),
    ]


def goal(**fields: Any) -> dict[str, Any]:
    base = {
        "metric": "foreign_patients",
        "goal": 1_000_000.0,
        "target_year": 2020,
        "actor_level": "national",
        "actors": ["Ministry of Health and Welfare"],
        "latest_actual": None,
        "latest_actual_year": None,
        "met": None,
    }
    return base | fields


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"met": True}, "yes"),
        ({"met": False}, "no"),
        ({"metric": "revenue"}, "unknown: no actual figures of revenue are extracted"),
        ({"target_year": None}, "unknown: the goal has no due year"),
        ({"target_year": 2027}, "not yet due (2027)"),
        (
            {"target_year": 2027, "latest_actual": 1_170_000, "latest_actual_year": 2024},
            "not yet due (2027); already reached in 2024",
        ),
        ({}, "unknown: no yearly count for Korea was reported"),
        (
            {"actor_level": "local", "actors": ["Busan"]},
            "unknown: no yearly count for Busan was reported",
        ),
        (
            {"latest_actual": 606_000, "latest_actual_year": 2023},
            "unknown: no count for 2020 was reported (latest: 2023)",
        ),
    ],
)
def test_a_goal_is_met_or_says_why_that_is_unknown(fields: dict[str, Any], expected: str) -> None:
    assert verdict(goal(**fields), this_year=2026) == expected


@pytest.mark.parametrize(
    ("uri", "folders", "shown"),
    [
        ("/home/ann/news/2019/a.txt", ["/home/ann/news"], "2019/a.txt"),
        ("/home/ann/news/2019/a.txt", ["/home/ann/news", "/home/ann/news/2019"], "a.txt"),
        ("/home/ann/news/a.txt", ["/home/ann/news/a.txt"], "a.txt"),
        ("/home/ann/newsletter/a.txt", ["/home/ann/news"], "/home/ann/newsletter/a.txt"),
        ("/data/a.txt", [], "/data/a.txt"),
    ],
)
def test_a_document_path_is_shown_inside_its_ingested_folder(
    uri: str, folders: list[str], shown: str
) -> None:
    assert relative_source(uri, folders) == shown


def test_the_origin_chart_takes_the_latest_year_with_the_most_countries() -> None:
    rows = [
        {"origin_country": country, "year": year, "count": count}
        for country, year, count in [
            ("CN", 2017, 50),
            ("US", 2017, 40),
            ("CN", 2018, 60),
            ("MN", 2018, 70),
            ("RU", 2019, 80),
            ("UZ", 2016, 5),
        ]
    ]
    chosen = origin_year(rows)
    assert (chosen.year, chosen.countries, chosen.countries_elsewhere) == (2018, 2, 3)
    assert [r["origin_country"] for r in chosen.rows] == ["MN", "CN"]
    assert origin_year([]).year is None


def test_years_without_a_figure_keep_their_slot() -> None:
    svg = HTMLParser(str(year_chart([YearBar(y, 100.0, str(y)) for y in (2012, 2013, 2017)], label="x")))
    x = {int(g.attributes["data-year"]): float(g.css_first("rect").attributes["x"]) for g in svg.css("g.bar")}
    assert x[2017] - x[2013] == pytest.approx(4 * (x[2013] - x[2012]), abs=0.5)
    ticks = [t.text() for t in svg.css("text.tick")]
    assert ticks == [str(y) for y in range(2012, 2018)]


def test_a_long_span_of_years_labels_every_few_years() -> None:
    svg = HTMLParser(str(year_chart([YearBar(y, 1.0, str(y)) for y in (1990, 2024)], label="x")))
    ticks = [int(t.text()) for t in svg.css("text.tick")]
    assert ticks[0] == 1990 and ticks[-1] == 2024 and len(ticks) < 20


def test_a_label_cut_to_fit_carries_its_whole_text() -> None:
    long_name = "The International Medical Tourism and Wellness Exhibition of the Far East"
    svg = HTMLParser(
        str(
            timeline(
                [Period(long_name, date(2019, 3, 1), date(2019, 3, 2), "Conference", long_name)],
                label="x",
                colors={"Conference": "#000"},
            )
        )
    )
    (label,) = [t for t in svg.css("g.period text")]
    assert label.text(deep=False).endswith("…") and len(label.text(deep=False)) < len(long_name)
    assert label.css_first("title").text() == long_name
    short = HTMLParser(
        str(bar_chart([StackedBar("Kuwait", (("MOU", 1.0),), "t")], label="x", colors={"MOU": "#000"}))
    )
    assert [t.css_first("title") for t in short.css("g.bar text")] == [None, None]


def test_a_long_legend_wraps_inside_the_chart() -> None:
    categories = [f"Category number {i}" for i in range(12)]
    svg = HTMLParser(
        str(
            bar_chart(
                [StackedBar("Kuwait", tuple((c, 1.0) for c in categories), "t")],
                label="x",
                colors=dict.fromkeys(categories, "#000"),
            )
        )
    )
    xs = [float(r.attributes["x"]) for r in svg.css("g.legend rect")]
    assert max(xs) < 560 and len({r.attributes["y"] for r in svg.css("g.legend rect")}) > 1


def test_a_hangul_label_is_cut_by_its_full_width_syllables() -> None:
    """21 syllables take about 250px at 12px, more than a timeline label's room (218px)."""
    name = "중앙아시아의료관광유치로드쇼설명회및상담회"
    svg = HTMLParser(
        str(
            timeline(
                [Period(name, date(2019, 3, 1), date(2019, 3, 2), "Roadshow", name)],
                label="x",
                colors={"Roadshow": "#000"},
            )
        )
    )
    (label,) = svg.css("g.period text")
    assert label.text(deep=False) == name[:17] + "…"
    assert label.css_first("title").text() == name
