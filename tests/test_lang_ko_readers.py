"""The Korean readers: language detection, numbers, dates, places, organisations, page metadata."""

from datetime import date

import pytest

from extractors.lang.registry import language_for
from extractors.text.script import detect_language
from tests.ko_helpers import HEADLINE, extract_korean

KO = language_for("ko")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7만3천명", [(73000, "exact", False)]),
        ("3만2천614명", [(32614, "exact", False)]),
        ("14만5천명", [(145000, "exact", False)]),
        ("117만467명", [(1170467, "exact", False)]),
        ("12만 명", [(120000, "exact", False)]),
        ("12만 2천 명", [(122000, "exact", False)]),
        ("1,056만 명", [(10560000, "exact", False)]),
        ("2,345명", [(2345, "exact", False)]),
        ("약 5천명", [(5000, "approx", False)]),
        ("40여 명", [(40, "approx", False)]),
        ("340여명", [(340, "approx", False)]),
        ("2천명 이상", [(2000, "at_least", False)]),
        ("100만명을 돌파했다", [(1000000, "at_least", False)]),
        ("500명 미만", [(500, "at_most", False)]),
        ("2조3천억원", [(2.3e12, "exact", True)]),
        ("8천 6백억원", [(8.6e11, "exact", True)]),
        ("23.5%", [(23.5, "exact", True)]),
        ("35개국", [(35, "exact", True)]),
        ("1억 달러", [(1e8, "exact", True)]),
        # 만 alone before thousands or hundreds is one ten thousand
        ("지금까지 만 5천 명이 찾았다", [(15000, "exact", False)]),
        ("만2천원", [(12000, "exact", True)]),
        ("약 만 3백 명", [(10300, "approx", False)]),
        # ... and nothing else: a particle after a figure, an interval, a full age
        ("5천명만 왔다", [(5000, "exact", False)]),
        ("3년 만에 4천 명", [(3, "exact", True), (4000, "exact", False)]),
        ("만 5세 이하 어린이 300명", [(5, "exact", True), (300, "exact", False)]),
    ],
)
def test_korean_numbers(text: str, expected: list[tuple[float, str, bool]]) -> None:
    found = KO.find_quantities(text, 0, len(text))
    assert [(q.value, q.qualifier.value, q.is_measure) for q in found] == expected
    assert not any(q.is_year for q in found)


def test_years_are_years_and_not_counts() -> None:
    text = "2019년 2000명"
    found = KO.find_quantities(text, 0, len(text))
    assert [(q.value, q.is_year) for q in found] == [(2019, True), (2000, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024년 3월 5일", [(date(2024, 3, 5), None)]),
        ("2024.3.5", [(date(2024, 3, 5), None)]),
        ("2024-03-05", [(date(2024, 3, 5), None)]),
        ("12일부터 15일까지", [(date(2019, 3, 12), date(2019, 3, 15))]),
        ("지난 5일", [(date(2019, 3, 5), None)]),
        ("3월 30일~4월 2일", [(date(2019, 3, 30), date(2019, 4, 2))]),
        ("3일간", []),
        ("지난달 27일", [(date(2019, 2, 27), None)]),
        ("다음 달 3~5일", [(date(2019, 4, 3), date(2019, 4, 5))]),
        ("이달 8일부터 10일까지", [(date(2019, 3, 8), date(2019, 3, 10))]),
        # a later day after a day of another month runs on in that month
        (
            "지난달 3일부터 5일까지 알마티, 8~10일 타슈켄트",
            [(date(2019, 2, 3), date(2019, 2, 5)), (date(2019, 2, 8), date(2019, 2, 10))],
        ),
        (
            "오는 20~22일 하노이, 25~27일 방콕",
            [(date(2019, 3, 20), date(2019, 3, 22)), (date(2019, 3, 25), date(2019, 3, 27))],
        ),
        ("지난달 28일부터 이달 2일까지", [(date(2019, 2, 28), date(2019, 3, 2))]),
        # an earlier day after it is not of that month: the publication month places it
        ("지난달 28일 도착해 3일 귀국", [(date(2019, 2, 28), None), (date(2019, 3, 3), None)]),
        ("- Jun 4 2021 11:05 AM", [(date(2021, 6, 4), None)]),  # a stamp of a site abroad
        ("입력 Sept. 14, 2020", [(date(2020, 9, 14), None)]),
        ("Mayor 12 2020", []),
    ],
)
def test_korean_dates_resolved_against_publication(text: str, expected: list) -> None:
    found = KO.find_dates(text, 0, len(text), date(2019, 3, 10))
    assert [(d.first, d.last) for d in found] == expected


def test_an_undated_page_dates_a_month_and_day_by_the_one_year_of_its_sentence() -> None:
    text = "10월 4일부터 6일까지 ‘2017 의료관광 박람회’"
    assert [(d.first, d.last) for d in KO.find_dates(text, 0, len(text), None)] == [
        (date(2017, 10, 4), date(2017, 10, 6))
    ]
    two_years = "10월 4일 2016년 대비 2017년"
    assert KO.find_dates(two_years, 0, len(two_years), None) == []


def test_korean_years_relative_to_publication() -> None:
    text = "지난해 올해 내년 ’19년 2015년 전년"
    found = KO.find_years(text, 0, len(text), date(2020, 6, 1))
    assert [y.year for y in found] == [2019, 2020, 2021, 2019, 2015, 2014]


def test_a_short_year_alone_in_brackets_heads_a_figure_of_a_series() -> None:
    text = "(’21) 14만명 → (’22) 24만명, 16명(23) 외"
    found = KO.find_years(text, 0, len(text), date(2023, 6, 1))
    assert [(text[y.start : y.end], y.year) for y in found] == [("’21", 2021), ("’22", 2022)]


def test_last_year_written_apart_is_last_year_but_not_before_another_word() -> None:
    text = "지난 해 환자는 늘었고 지난 해에는 줄었다. 지난 해외 순방"
    found = KO.find_years(text, 0, len(text), date(2020, 6, 1))
    assert [(text[y.start : y.end], y.year) for y in found] == [("지난 해", 2019), ("지난 해", 2019)]


def test_korean_places_take_particles_and_compounds() -> None:
    text = "몽골에서 온 몽골환자와 울란바토르, 중앙아시아, 러시아 연방, 부산진구"
    found = [(p.text, p.place.countries) for p in KO.find_places(text, 0, len(text))]
    assert found == [
        ("몽골", ("MN",)),
        ("몽골", ("MN",)),
        ("울란바토르", ("MN",)),
        ("중앙아시아", ("KZ", "UZ", "KG", "TJ", "TM")),
        ("러시아 연방", ("RU",)),
        ("부산진구", ("KR",)),
    ]


def test_a_place_starts_a_word() -> None:
    text = "여행이란 무엇인가"
    assert KO.find_places(text, 0, len(text)) == []


def test_korean_organisations_by_their_endings_without_particles() -> None:
    text = "경희대병원은 우즈베키스탄 보건부와 한국보건산업진흥원, 대한병원협회, 강서구청과 협약했다."
    found = [(o.name, o.country) for o in KO.find_organizations(text, 0, len(text))]
    assert found == [
        ("경희대병원", None),
        ("우즈베키스탄 보건부", "UZ"),
        ("한국보건산업진흥원", "KR"),
        ("대한병원협회", "KR"),
        ("강서구청", "KR"),  # the office of a Korean district
    ]


def test_a_bare_ending_is_no_name() -> None:
    text = "병원은 협회와 재단에"
    assert KO.find_organizations(text, 0, len(text)) == []


def test_language_is_told_by_script() -> None:
    assert detect_language("외국인 환자가 늘었다. Seoul") == "ko"
    assert detect_language("Foreign patients rose in 서울 last year.") == "en"


def test_a_korean_page_keeps_its_title_date_and_language() -> None:
    extraction = extract_korean("보건복지부는 지난해 외국인 환자가 늘었다고 밝혔다.")
    document = extraction.document
    assert (document.language, document.title, document.published_date) == ("ko", HEADLINE, date(2019, 3, 10))


@pytest.mark.parametrize("label", ["입력", "등록", "기사입력", "승인", "수정"])
def test_korean_date_lines(label: str) -> None:
    document = extract_korean("외국인 환자가 늘었다.", f"{label} 2023.08.30 17:15").document
    assert document.published_date == date(2023, 8, 30) and document.title == HEADLINE


def test_a_byline_is_not_the_title() -> None:
    document = extract_korean("외국인 환자가 늘었다.", "홍길동 기자").document
    assert document.title == HEADLINE


def test_a_headline_may_end_in_its_verb_without_a_stop() -> None:
    assert KO.looks_like_headline("해외 환자 유치 100만 명으로 늘린다")
    assert not KO.looks_like_headline("정부는 해외 환자 유치를 100만 명으로 늘린다.")


def test_the_year_before_follows_the_year_told_last() -> None:
    text = "지난해 8998명으로 전년보다 늘었다"
    found = KO.find_years(text, 0, len(text), date(2019, 3, 10))
    assert [(y.text, y.year) for y in found] == [("지난해", 2018), ("전년", 2017)]


def test_korean_bodies_of_every_kind_by_their_endings() -> None:
    text = "서북구보건소와 한국의학연구소, 의료관광협의회, 목포의료관광협동조합, 대한외과학회"
    found = [o.name for o in KO.find_organizations(text, 0, len(text))]
    assert found == [
        "서북구보건소",
        "한국의학연구소",
        "의료관광협의회",
        "목포의료관광협동조합",
        "대한외과학회",
    ]


def test_names_listed_with_the_middle_dot_are_told_apart() -> None:
    """ "울산시·울산대병원·울산관광재단": a city and two bodies, each item a name of its own; a dot
    inside one name ("한·몽의료협회") does not split it."""
    text = "울산시·울산대병원·울산관광재단은 한·몽의료협회와 만났다."
    found = [o.name for o in KO.find_organizations(text, 0, len(text))]
    assert found == ["울산대병원", "울산관광재단", "한·몽의료협회"]


def test_a_place_with_its_suffix_owns_the_name_after_it() -> None:
    """ "하바롭스크주 보건부", "알마티시 보건소": the place's suffix of a province or city stands
    between the place and the body it owns."""
    text = "러시아 하바롭스크주 보건부와 카자흐스탄 알마티시 보건소"
    found = [(o.name, o.country) for o in KO.find_organizations(text, 0, len(text))]
    assert found == [("하바롭스크주 보건부", "RU"), ("알마티시 보건소", "KZ")]
