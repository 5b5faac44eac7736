"""Korean goals and target markets: the whole set of records each sentence yields, near-misses
yield none. The dateline of every article is 2019-03-10."""

import pytest

from tests.ko_helpers import records_of

FIELDS = ("kind", "actor", "metric", "value", "qualifier", "target_year", "market_countries", "market_region")


def targets(body: str) -> set[tuple]:
    return records_of(body, "Target", FIELDS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "정부는 2027년까지 외국인 환자 70만명을 유치할 계획이다.",
            {("goal", "정부", "foreign_patients", 700000.0, "exact", 2027, (), None)},
        ),
        (
            "보건복지부는 2027년 외국인환자 70만 명 유치를 목표로 전략을 세웠다.",
            {("goal", "보건복지부", "foreign_patients", 700000.0, "exact", 2027, (), None)},
        ),
        (
            "대구시는 해외의료관광객 3만명 시대를 열겠다고 밝혔다.",
            {("goal", "대구시", "foreign_patients", 30000.0, "exact", None, (), None)},
        ),
        (
            "부산시는 2020년까지 진료수입 1조원을 달성할 계획이다.",
            {("goal", "부산시", "revenue", 1e12, "exact", 2020, (), None)},
        ),
        (
            "정부는 2021년까지 해외 진출 기관을 160개 이상으로 늘리고, 연간 50만 명의 외국인환자를 유치할 계획이다.",
            {
                ("goal", "정부", "overseas_institutions", 160.0, "at_least", 2021, (), None),
                ("goal", "정부", "foreign_patients", 500000.0, "exact", 2021, (), None),
            },
        ),
    ],
)
def test_a_korean_goal(body: str, expected: set[tuple]) -> None:
    assert targets(body) == expected


def test_a_goal_told_twice_is_one_goal() -> None:
    body = "정부는 2027년까지 외국인 환자 70만명을 유치할 계획이다. 정부는 2027년 외국인환자 70만 명 유치를 목표로 삼았다."
    assert targets(body) == {("goal", "정부", "foreign_patients", 700000.0, "exact", 2027, (), None)}


def test_a_measure_between_the_metric_and_the_figure() -> None:
    body = "정부는 2020년까지 해외 환자 유치 규모를 현재의 7배인 100만 명으로 늘린다는 목표를 세웠다."
    assert targets(body) == {("goal", "정부", "foreign_patients", 1e6, "exact", 2020, (), None)}


def test_a_goal_sentence_is_not_a_count_of_patients() -> None:
    assert (
        records_of("정부는 2027년까지 외국인 환자 70만명을 유치할 계획이다.", "PatientStat", ("count",))
        == set()
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "이대목동병원은 우즈베키스탄 의료시장 공략에 나섰다.",
            {("market", "이대목동병원", None, None, None, None, ("UZ",), None)},
        ),
        (
            "강원도가 러시아 환자 공략에 나섰다.",
            {("market", "강원도", None, None, None, None, ("RU",), None)},
        ),
        (
            "인천시는 중국과 러시아, 중앙아시아 시장을 전략시장으로 내세웠다.",
            {
                # the countries one cue aims at are one market, as in every language
                ("market", "인천시", None, None, None, None, ("CN", "RU"), None),
                ("market", "인천시", None, None, None, None, (), "중앙아시아"),
            },
        ),
        (
            "인천시는 주요 의료관광 시장인 카자흐스탄에서 설명회를 열었다.",
            {("market", "인천시", None, None, None, None, ("KZ",), None)},
        ),
        (
            "부산시는 올해 러시아와 몽골을 대상으로 의료관광 마케팅을 추진한다.",
            {
                ("market", "부산시", None, None, None, None, ("RU", "MN"), None),
            },
        ),
    ],
)
def test_a_korean_market(body: str, expected: set[tuple]) -> None:
    assert targets(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "지난해 몽골 환자 3천명이 부산을 찾았다.",  # where patients came from is no market
        "러시아에서 온 환자들이 진료를 받았다.",
        "외국인 환자 유치를 위해 설명회를 열었다.",  # an aim without a figure
        "부산시는 2017년 외국인 환자 3만명을 유치했다.",  # a year past: a fact, not a goal
        "대구시는 올 하반기에도 4~5회의 홍보설명회를 개최할 계획이다.",  # a plan of events, no metric
        "외국인 및 유학생 15명을 대상으로 팸투어를 실시했다.",  # people aimed at, no place
        "진흥원은 2021년까지 5개년 종합계획을 세웠다.",  # a plan's length is no figure of it
    ],
)
def test_near_misses_give_no_target(body: str) -> None:
    assert targets(body) == set()
