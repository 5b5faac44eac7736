"""Whole outputs: every record a short article yields, of every kind, compared as a whole list, so
that a spurious extra record fails as surely as a missing one; and near misses (sentences that
look like a record of each kind but state none) that must yield nothing at all."""

from datetime import date

import pytest

from tests.test_extractors_helpers import yields

COUNT = {"table": "patient_stats", "confidence": 0.8, "rule": "patient_stats.count_with_noun"}
LEANING = {"table": "patient_stats", "confidence": 0.6, "rule": "patient_stats.count_leaning_on_noun"}
FOREIGN_IN_2018 = {"year": 2018, "period_kind": "year", "population": "foreign_patients"}
GOAL = {"table": "targets", "confidence": 0.75, "rule": "targets.goal", "kind": "goal", "qualifier": "exact"}
MARKET = {"table": "targets", "confidence": 0.7, "rule": "targets.market_named", "kind": "market"}
PROMOTED = MARKET | {"rule": "targets.market_of_promotion"}
MOU = {"table": "partnerships", "confidence": 0.7, "rule": "partnerships.named_counterpart", "kind": "mou"}
EVENT = {"table": "events", "confidence": 0.75, "rule": "events.dated_mentions"}

WHOLE_OUTPUTS = {
    "a count with its noun": (
        "The clinic treated 1,200 foreign patients in 2018.",
        [COUNT | FOREIGN_IN_2018 | {"count": 1200}],
    ),
    "a series leans on the noun and origin of its first count": (
        "Incheon received 8,450 Mongolian patients last year, up from 7,120 the previous year.",
        [
            COUNT
            | FOREIGN_IN_2018
            | {"count": 8450, "origin_countries": ["MN"]}
            | {"institution": "Incheon", "scope_level": "local"},
            LEANING
            | FOREIGN_IN_2018
            | {"count": 7120, "year": 2017, "origin_countries": ["MN"]}
            | {"institution": "Incheon", "scope_level": "local"},
        ],
    ),
    "a part named by its origin": (
        "Gwangju treated 9,000 foreign patients in 2018, including 650 from Vietnam.",
        [
            COUNT | FOREIGN_IN_2018 | {"count": 9000, "institution": "Gwangju", "scope_level": "local"},
            LEANING
            | FOREIGN_IN_2018
            | {"count": 650, "origin_countries": ["VN"]}
            | {"institution": "Gwangju", "scope_level": "local"},
        ],
    ),
    "a running total": (
        "Since its opening in 2012, the clinic has treated over 8,000 foreign patients.",
        [
            COUNT
            | {"count": 8000, "qualifier": "at_least", "period_kind": "cumulative"}
            | {"period_start": date(2012, 1, 1), "population": "foreign_patients"}
        ],
    ),
    "a goal and its baseline, which is a count": (
        "The city aims to attract 50,000 foreign patients by 2022, up from 31,000 last year.",
        [
            LEANING | FOREIGN_IN_2018 | {"count": 31000},
            GOAL
            | {"actor": "city", "scope_level": "local", "metric": "foreign_patients", "value": 50000.0}
            | {"target_year": 2022, "baseline_value": 31000.0, "baseline_year": 2018},
        ],
    ),
    "a goal whose baseline was told in the sentence before": (
        "Jeju drew 8,400 foreign patients last year. It now aims to attract 30,000 foreign patients by 2026.",
        [
            COUNT | FOREIGN_IN_2018 | {"count": 8400, "institution": "Jeju", "scope_level": "local"},
            GOAL
            | {"actor": "Jeju", "scope_level": "local", "metric": "foreign_patients", "value": 30000.0}
            | {"target_year": 2026, "baseline_value": 8400.0, "baseline_year": 2018},
        ],
    ),
    "two markets after a cue": (
        "Busan is targeting Vladivostok and Khabarovsk with more direct flights.",
        [
            MARKET
            | {"actor": "Busan", "scope_level": "local", "market_countries": ["RU"]}
            | {"market_region": "Vladivostok"},
            MARKET
            | {"actor": "Busan", "scope_level": "local", "market_countries": ["RU"]}
            | {"market_region": "Khabarovsk"},
        ],
    ),
    "a market designated by a national body": (
        "The ministry named Mongolia its main market and opened a desk in Ulaanbaatar.",
        [MARKET | {"actor": "ministry", "scope_level": "national", "market_countries": ["MN"]}],
    ),
    "an agreement with a named counterpart": (
        "Korea University Anam Hospital signed a memorandum of understanding with the Bishkek City "
        "Health Department on March 5.",
        [
            MOU
            | {"parties": ["Korea University Anam Hospital", "Bishkek City Health Department"]}
            | {"countries": ["KR", "KG"], "signed_date": date(2019, 3, 5)}
        ],
    ),
    "a dated roadshow": (
        "Busan held a medical tourism roadshow in Almaty on March 5.",
        [
            EVENT
            | {"event_type": "promotion", "start_date": date(2019, 3, 5), "city": "Almaty", "country": "KZ"}
            # named by its kind, in lower case, as it has no name of its own
            | {"name": "medical tourism roadshow", "organizers": ["Busan"]},
            # a promotion abroad aims at the country it is held in
            PROMOTED | {"actor": "Busan", "scope_level": "local", "market_countries": ["KZ"]},
        ],
    ),
    "a signing during a trip is an agreement and the trip one event": (
        "A delegation of Gwangju officials visited Tashkent, Uzbekistan, from March 4 to 7. On March 6, "
        "Gwangju signed a memorandum of understanding with the Tashkent Medical Academy.",
        [
            MOU
            | {"parties": ["Gwangju", "Tashkent Medical Academy"], "countries": ["KR", "UZ"]}
            | {"signed_date": date(2019, 3, 6)},
            EVENT
            | {"event_type": "delegation_visit", "start_date": date(2019, 3, 4), "end_date": date(2019, 3, 7)}
            | {"city": "Tashkent", "country": "UZ"}
            # the visitors run their own visit
            | {"organizers": ["Gwangju"]},
        ],
    ),
}


@pytest.mark.parametrize(("body", "expected"), WHOLE_OUTPUTS.values(), ids=WHOLE_OUTPUTS.keys())
def test_an_article_yields_exactly_these_records(body: str, expected: list[dict]) -> None:
    assert yields(body) == expected


NEAR_MISSES = {
    # patient counts: a number beside words of care or patients that counts something else
    "beds of a hospital": "The hospital's 1,200 beds were full in 2018.",
    "visitors of a fair": "In 2018, 300 doctors visited the fair.",
    "the number of hospitals": "The ministry said the number of hospitals reached 1,800 last year.",
    "a country's population": "Russia is home to 144 million people.",
    # targets: wishes and plans without a figure or a market cue, and patients' origins
    "a wish without a figure": "The city wants more tourists from abroad.",
    "an origin is no market": "Patients from Russia like Busan's beaches.",
    "a plan told without its aim": "The plan was first announced in 2015.",
    "a service offered to an origin": "Patients from Russia can now book online.",
    # partnerships: intentions, agreements without a concluded act or a party, places side by side
    "an intention to sign": "The two sides will seek to sign an agreement next year.",
    "an agreement discussed": "The memorandum was discussed by the committee.",
    "an agreement of a private person": "He had a good agreement with his landlord.",
    "two countries side by side": "Kazakhstan and Mongolia are neighbours.",
    # events: an event word that names no happening
    "a roadshow described": "The roadshow is popular with travel agents.",
    "a roadshow without a date": "Daegu plans to hold a roadshow someday.",
    "a forum to be discussed": "The forum will be discussed at length.",
    "an undated training": "Doctors from Almaty were trained in Seoul.",
}


@pytest.mark.parametrize("body", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_a_near_miss_yields_nothing(body: str) -> None:
    assert yields(body) == []
