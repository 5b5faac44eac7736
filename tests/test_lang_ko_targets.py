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
            "정부는 2028년까지 외국인 환자 65만명을 유치할 계획이다.",
            {("goal", "정부", "foreign_patients", 650000.0, "exact", 2028, (), None)},
        ),
        (
            "보건복지부는 2028년 외국인환자 65만 명 유치를 목표로 계획을 세웠다.",
            {("goal", "보건복지부", "foreign_patients", 650000.0, "exact", 2028, (), None)},
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
            "정부는 2022년까지 해외 진출 기관을 140개 이상으로 늘리고, 연간 45만 명의 외국인환자를 유치할 계획이다.",
            {
                ("goal", "정부", "overseas_institutions", 140.0, "at_least", 2022, (), None),
                ("goal", "정부", "foreign_patients", 450000.0, "exact", 2022, (), None),
            },
        ),
    ],
)
def test_a_korean_goal(body: str, expected: set[tuple]) -> None:
    assert targets(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "울산시는 해외 진출 병원을 12개로 확대하고 의료관광 재방문을 이끄는 등 홍보를 강화할 계획이다.",
        "울산시는 해외 진출 병원을 12개로 늘리고 통역 지원을 넓히는 등 마케팅을 강화할 방침이다.",
    ],
)
def test_a_plan_at_the_end_of_the_sentence_reaches_the_figures_of_earlier_clauses(body: str) -> None:
    assert targets(body) == {("goal", "울산시", "overseas_institutions", 12.0, "exact", None, (), None)}


def test_a_figure_of_a_clause_told_as_done_is_no_goal() -> None:
    body = "울산시는 해외 진출 병원을 12개로 늘렸고, 의료관광 홍보를 강화할 계획이다."
    assert targets(body) == set()


def test_a_month_is_no_figure_of_an_aim() -> None:
    body = "경상남도는 극동 러시아지역의 환자 유치를 위해 지난 10월 팸투어를 진행했다."
    assert {t for t in targets(body) if t[0] == "goal"} == set()


def test_a_goal_told_twice_is_one_goal() -> None:
    body = "정부는 2028년까지 외국인 환자 65만명을 유치할 계획이다. 정부는 2028년 외국인환자 65만 명 유치를 목표로 삼았다."
    assert targets(body) == {("goal", "정부", "foreign_patients", 650000.0, "exact", 2028, (), None)}


def test_a_measure_between_the_metric_and_the_figure() -> None:
    body = "정부는 2022년까지 해외 환자 유치 규모를 지금의 5배인 80만 명으로 늘린다는 목표를 세웠다."
    assert targets(body) == {("goal", "정부", "foreign_patients", 8e5, "exact", 2022, (), None)}


def test_a_goal_sentence_is_not_a_count_of_patients() -> None:
    assert (
        records_of("정부는 2028년까지 외국인 환자 65만명을 유치할 계획이다.", "PatientStat", ("count",))
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
            # the countries of one statement are one record; the region named with them another
            {
                ("market", "인천시", None, None, None, None, ("CN", "RU"), None),
                ("market", "인천시", None, None, None, None, (), "중앙아시아"),
            },
        ),
        (
            "인천시는 주요 의료관광 시장인 몽골에서 설명회를 열었다.",
            {("market", "인천시", None, None, None, None, ("MN",), None)},
        ),
        (
            "부산시는 올해 러시아와 몽골을 대상으로 의료관광 마케팅을 추진한다.",
            {("market", "부산시", None, None, None, None, ("RU", "MN"), None)},
        ),
        (
            "광주시는 몽골 의료관광객 유치를 위해 울란바토르에 홍보센터를 설치한다.",
            {("market", "광주시", None, None, None, None, ("MN",), None)},
        ),
        (
            "부산시는 우즈베키스탄 현지 환자 유치를 위해 타슈켄트에서 상담회를 열었다.",
            {("market", "부산시", None, None, None, None, ("UZ",), None)},
        ),
        (
            "전북대병원은 베트남환자 유치 활성화를 위해 현지 병원과 손잡았다.",
            {("market", "전북대병원", None, None, None, None, ("VN",), None)},
        ),
        (
            "경상남도는 극동 러시아지역의 환자 유치를 위해 팸투어를 진행했다.",
            # a region inside one country: its record, with the country it lies in
            {("market", "경상남도", None, None, None, None, ("RU",), "극동러시아")},
        ),
        (
            "대구시는 올해 러시아 등 CIS국가를 대상으로 마케팅을 확대한다.",
            # countries given as examples of a region are named too: theirs, and the region's
            {
                ("market", "대구시", None, None, None, None, ("RU",), None),
                ("market", "대구시", None, None, None, None, (), "CIS"),
            },
        ),
        (
            "서구는 일본과 동남아시아국가(필리핀, 태국 등)를 상대로 마케팅을 추진한다.",
            {
                ("market", "서구", None, None, None, None, ("JP", "PH", "TH"), None),
                ("market", "서구", None, None, None, None, (), "동남아시아"),
            },
        ),
        (
            "전라북도는 태국, 필리핀, 우즈베키스탄 등 동남아와 중앙아시아 지역을 대상으로 판촉을 벌였다.",
            # the examples of both regions as one record, and each region its own
            {
                ("market", "전라북도", None, None, None, None, ("TH", "PH", "UZ"), None),
                ("market", "전라북도", None, None, None, None, (), "중앙아시아"),
                ("market", "전라북도", None, None, None, None, (), "동남아시아"),
            },
        ),
        (
            "정부는 유치 대상 국가를 미국, 일본 위주에서 중동, CIS, 동남아 등으로 확대한다.",
            {
                ("market", "정부", None, None, None, None, (), "중동"),
                ("market", "정부", None, None, None, None, (), "CIS"),
                ("market", "정부", None, None, None, None, (), "동남아시아"),
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
        "지난해 몽골 환자 유치 실적이 크게 늘었다.",  # patients drawn, told as a result: no aim
        "러시아 환자들은 부산을 찾아 치료를 받았다.",
        "부산시는 2017년 외국인 환자 3만명을 유치했다.",  # a year past: a fact, not a goal
        "대구시는 올 하반기에도 4~5회의 홍보설명회를 개최할 계획이다.",  # a plan of events, no metric
        "외국인 및 유학생 15명을 대상으로 팸투어를 실시했다.",  # people aimed at, no place
        "진흥원은 2021년까지 5개년 종합계획을 세웠다.",  # a plan's length is no figure of it
    ],
)
def test_near_misses_give_no_target(body: str) -> None:
    assert targets(body) == set()


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("경기도는 베트남을 전략 시장으로 선정했다.", "VN"),
        ("경기도는 몽골 시장을 겨냥한 홍보에 나섰다.", "MN"),
        ("경기도는 카자흐스탄 환자 유치에 나섰다.", "KZ"),
        ("경기도는 러시아 환자 유치에 박차를 가하고 있다.", "RU"),
        ("경기도는 우즈베키스탄을 중점 국가로 정했다.", "UZ"),
        ("경기도는 중국을 주력 시장으로 삼고 있다.", "CN"),
    ],
)
def test_phrasings_of_a_market(body: str, country: str) -> None:
    assert targets(body) == {("market", "경기도", None, None, None, None, (country,), None)}


def test_a_list_before_marketing_by_country() -> None:
    body = "경기도는 드라마 팬투어(일본, 동남아) 등 국가별 맞춤형 마케팅에 나선다."
    assert targets(body) == {
        ("market", "경기도", None, None, None, None, ("JP",), None),
        ("market", "경기도", None, None, None, None, (), "동남아시아"),
    }


@pytest.mark.parametrize(
    "body",
    [
        "지난해 러시아 환자가 크게 늘었다.",  # where patients came from
        "몽골 보건부 관계자들이 병원을 방문했다.",  # a visit from a country
        "경기도는 베트남 현지 병원과 협약을 맺었다.",  # a partner's country
    ],
)
def test_a_foreign_place_without_an_aim_is_no_market(body: str) -> None:
    assert targets(body) == set()


@pytest.mark.parametrize(
    ("body", "value", "year"),
    [
        ("강원도는 외국인 환자를 내년까지 1만명으로 늘린다는 계획이다.", 10000.0, 2020),
        ("강원도는 외국인 환자를 2만명까지 끌어올릴 계획이다.", 20000.0, None),
    ],
)
def test_phrasings_of_a_goal(body: str, value: float, year: int | None) -> None:
    assert targets(body) == {("goal", "강원도", "foreign_patients", value, "exact", year, (), None)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the figure aimed at right after its year, a baseline marked by 에서
            "인천시는 지난해 3만명에서 2025년 6만명으로 외국인 환자를 늘린다는 방침이다.",
            {("goal", "인천시", "foreign_patients", 60000.0, "exact", 2025, (), None)},
        ),
        (  # a baseline marked by 이던 dates itself: the due year is the one marked by 까지
            "경기도는 2024년 2만명이던 외국인 환자를 2028년까지 4만명으로 늘릴 계획이다.",
            {("goal", "경기도", "foreign_patients", 40000.0, "exact", 2028, (), None)},
        ),
        (  # years counted ahead of publication
            "강원도는 향후 5년 안에 해외 환자 2만명을 유치하겠다는 계획이다.",
            {("goal", "강원도", "foreign_patients", 20000.0, "exact", 2024, (), None)},
        ),
        (  # the year of the fact told first is not the aim's
            "대구시는 지난해 외국인 환자 2만명을 유치했다며 올해는 3만명 유치를 추진한다고 밝혔다.",
            {("goal", "대구시", "foreign_patients", 30000.0, "exact", 2019, (), None)},
        ),
        (  # a goal met is a goal of its year
            "제주도는 지난해 외국인 환자 유치 목표 1만명을 초과 달성했다.",
            {("goal", "제주도", "foreign_patients", 10000.0, "exact", 2018, (), None)},
        ),
    ],
)
def test_a_korean_goal_with_its_year_and_baseline(body: str, expected: set[tuple]) -> None:
    assert targets(body) == expected


def test_a_korean_baseline_is_read_with_its_own_year() -> None:
    body = "경기도는 2024년 2만명이던 외국인 환자를 2028년까지 4만명으로 늘릴 계획이다."
    assert records_of(body, "Target", ("value", "baseline_value", "baseline_year")) == {
        (40000.0, 20000.0, 2024)
    }
    assert records_of(body, "PatientStat", ("count", "year")) == {(20000, 2024)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "광주시는 올해 외국인 환자 2만명 유치를 노린다.",
            {("goal", "광주시", "foreign_patients", 20000.0, "exact", 2019, (), None)},
        ),
        (
            "포항시는 2022년까지 해외 환자 6천명 유치를 꾀한다.",
            {("goal", "포항시", "foreign_patients", 6000.0, "exact", 2022, (), None)},
        ),
        (
            "안산시는 2021년 외국인 환자 9천명을 유치한다는 전략이다.",
            {("goal", "안산시", "foreign_patients", 9000.0, "exact", 2021, (), None)},
        ),
    ],
)
def test_verbs_of_aiming_state_a_goal(body: str, expected: set[tuple]) -> None:
    """노린다, 꾀한다, 한다는 전략이다: verbs of aiming besides 목표 and 계획; a figure of the
    goal's metric in their clause is aimed at (and no patient count of the year)."""
    assert targets(body) == expected
    assert records_of(body, "PatientStat", ("count",)) == set()


def test_years_counted_ahead_with_nae() -> None:
    """ "3년 내": due three years after publication, like "3년 안에" and "3년 이내"."""
    body = "청주시는 3년 내 외국인 환자 8천명 유치를 목표로 한다."
    assert targets(body) == {("goal", "청주시", "foreign_patients", 8000.0, "exact", 2022, (), None)}


def test_a_current_level_is_the_baseline_and_the_year_after_it_the_goals() -> None:
    """ "현재 3만명 수준인 외국인 환자를 2028년 6만명으로": the level is the baseline, and the year
    before the second figure dates the goal, not the baseline."""
    body = "부산시는 현재 3만명 수준인 외국인 환자를 2028년 6만명으로 늘릴 계획이다."
    found = records_of(body, "Target", ("value", "target_year", "baseline_value", "baseline_year"))
    assert found == {(60000.0, 2028, 30000.0, None)}


def test_a_goal_noun_as_topic_takes_the_metric_of_the_sentence_before() -> None:
    """ "… 외국인 환자 유치에 나선다. 목표는 2028년까지 연간 10만명이다.": a figure that ends the
    sentence with the copula has no noun of its own and measures the aim told before."""
    body = "경기도가 외국인 환자 유치에 나선다. 목표는 2028년까지 연간 10만명이다."
    assert targets(body) == {("goal", "경기도", "foreign_patients", 100000.0, "exact", 2028, (), None)}


def test_a_figure_ending_a_sentence_without_an_aim_is_no_goal() -> None:
    body = "경기도가 외국인 환자 유치에 나선다. 참가 병원은 모두 40곳이다."
    assert targets(body) == set()
