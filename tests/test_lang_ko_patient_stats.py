"""Korean patient counts: the whole set of records each sentence yields, near-misses yield none.
The dateline of every article is 2019-03-10 (지난해 is 2018)."""

import pytest

from tests.ko_helpers import records_of

FIELDS = ("count", "qualifier", "year", "period_kind", "population", "origin_countries", "institution")


def stats(body: str) -> set[tuple]:
    return records_of(body, "PatientStat", FIELDS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "보건복지부는 지난해 외국인 환자 7만3천명이 한국을 찾았다고 밝혔다.",
            {
                (73000, "exact", 2018, "year", "foreign_patients", (), "Korea")
            },  # the ministry reports, Korea received
        ),
        (
            "지난해 한국을 찾은 외국인환자는 3만2천614명으로 집계됐다.",
            {(32614, "exact", 2018, "year", "foreign_patients", (), "Korea")},
        ),
        (
            "부산시는 2017년 몽골 환자 3천명을 유치했다고 밝혔다.",
            {(3000, "exact", 2017, "year", "foreign_patients", ("MN",), "부산시")},
        ),
        (
            "러시아 환자가 약 5천명 방문한 것으로 나타났다.",
            {(5000, "approx", 2019, "unspecified", "foreign_patients", ("RU",), None)},
        ),
        (
            "서울시를 찾은 외국인 의료관광객이 2천명 이상으로 늘었다.",
            {(2000, "at_least", 2019, "unspecified", "foreign_patients", (), "서울시")},
        ),
        (
            "이 병원은 연간 1만5천여 명의 해외환자를 진료한다.",
            {(15000, "approx", None, "per_year", "foreign_patients", (), None)},
        ),
        (
            "이로써 외국인환자는 누적 231만 명으로 집계됐다.",
            {(2310000, "exact", None, "cumulative", "foreign_patients", (), None)},
        ),
    ],
)
def test_a_korean_count_of_patients(body: str, expected: set[tuple]) -> None:
    assert stats(body) == expected


def test_a_series_of_years_and_counts() -> None:
    assert stats("외국인 환자는 2016년 570명, 2017년 663명으로 늘었다.") == {
        (570, "exact", 2016, "year", "foreign_patients", (), None),
        (663, "exact", 2017, "year", "foreign_patients", (), None),
    }


def test_a_year_compared_with_is_not_the_counts_year() -> None:
    assert stats("2018년 외국인 환자는 2017년보다 17% 늘어난 37만 8967명이었다.") == {
        (378967, "exact", 2018, "year", "foreign_patients", (), None)
    }


def test_counts_without_a_noun_lean_on_the_sentence_before() -> None:
    assert stats("외국인 환자 수가 늘었다. 2015년에 5130명, 2016년에 1874명이었다.") == {
        (5130, "exact", 2015, "year", "foreign_patients", (), None),
        (1874, "exact", 2016, "year", "foreign_patients", (), None),
    }


@pytest.mark.parametrize(
    "body",
    [
        "올해 한국을 찾은 외국인 관광객은 1천만 명을 넘었다.",  # tourists, not patients
        "진료수입은 2조3천억원으로 늘었다.",  # money
        "외국인 환자는 전년보다 12% 늘었다.",  # a percentage
        "병원 의료진 30명이 몽골을 찾아 진료했다.",  # the doctors
        "설명회에는 현지 의료관계자 200여 명이 참석했다.",  # attendees
        "러시아ㆍ몽골 환자 및 가족 40여 명이 행사에 참석했다.",  # patients attending an event
        "외국인 환자는 35개국에서 왔다.",  # a count of countries
    ],
)
def test_near_misses_give_no_count(body: str) -> None:
    assert stats(body) == set()


def test_a_count_leans_back_over_sentences_of_counts() -> None:
    body = "외국인 환자 수가 늘었다. 2015년에 5130명, 2016년에 1874명이었다. 2017년에 3290명으로 회복했다."
    assert stats(body) == {
        (5130, "exact", 2015, "year", "foreign_patients", (), None),
        (1874, "exact", 2016, "year", "foreign_patients", (), None),
        (3290, "exact", 2017, "year", "foreign_patients", (), None),
    }


def test_a_pronoun_subject_keeps_the_receiver_told_before() -> None:
    body = "제주도는 지난해 외국인환자 2만명을 유치했다. 이는 2017년 6823명 보다 늘어난 수치다."
    assert stats(body) == {
        (20000, "exact", 2018, "year", "foreign_patients", (), "제주도"),
        (6823, "exact", 2017, "year", "foreign_patients", (), "제주도"),
    }


def test_people_given_care_are_patients() -> None:
    # 총 (in all) sums the mission's patients, no running total since a year (RECORDS.md: cumulative
    # is "since 2011", "so far"): the count of the page's year
    assert stats("봉사단은 현지에서 총 1703명을 상대로 진료와 처방을 진행했다.") == {
        (1703, "exact", 2019, "unspecified", "patients", (), None)
    }


def test_a_group_of_medical_tourists_with_its_origin() -> None:
    assert stats("러시아 의료관광단 52명이 대구 병원에서 검진을 받았다.") == {
        (52, "exact", 2019, "unspecified", "foreign_patients", ("RU",), "대구 병원")
    }


def test_people_named_by_another_noun_are_patients_only_when_told_receiving_care() -> None:
    # docs/annotation.md counts every number of people receiving care, whatever noun names them
    assert stats("고등학교 교장 10명은 대구를 방문했다.") == set()
    assert {c for c, *_ in stats("고등학교 교장 10명은 피부질환 치료를 받았다.")} == {10}


def test_a_breakdown_by_country_gives_one_count_per_country() -> None:
    body = (
        "한빛병원을 찾은 외국인 환자가 늘고 있다. "
        "지난해 한빛병원을 찾은 외국인(700명)은 중국 300명(42.9%), 몽골 약 100명, 러시아 90명 기타 210명으로 집계됐다."
    )
    # "외국인(700명)": foreigners alone are no patient noun; the breakdown leans on the sentence before
    assert {(c, q, y, o) for c, q, y, _, _, o, _ in stats(body)} == {
        (300, "exact", 2018, ("CN",)),
        (100, "approx", 2018, ("MN",)),
        (90, "exact", 2018, ("RU",)),
    }


def test_a_breakdown_with_its_noun_in_the_sentence() -> None:
    body = "2017년 병원을 찾은 외국인 환자는 베트남 120명, 카자흐스탄 80명이었다."
    assert {(c, y, o) for c, _, y, _, _, o, _ in stats(body)} == {(120, 2017, ("VN",)), (80, 2017, ("KZ",))}


def test_a_year_opening_the_sentence_dates_the_count_after_a_comparison() -> None:
    body = "복지부는 2018년 외국인환자 수가 2017년 30만 2100명 대비 15.2% 증가한 34만 8000명으로 집계됐다고 전했다."
    assert {(c, y) for c, _, y, *_ in stats(body)} == {(302100, 2017), (348000, 2018)}


def test_a_nationality_as_the_subject_counts_patients() -> None:
    body = "진료를 받으러 한국을 찾는 카자흐스탄인은 2012년 480명에 그쳤다."
    assert stats(body) == {(480, "exact", 2012, "year", "foreign_patients", ("KZ",), "Korea")}


@pytest.mark.parametrize(
    "body",
    [
        "센터에는 러시아인 코디네이터 2명, 몽골인 통역 1명이 근무하며 외국인 환자 상담을 맡는다.",  # staff, not patients
        "부산시는 중국 여행사 30곳과 협약을 맺었다.",  # a country before a count of firms
        "행사에는 중국 관계자 20명이 참석했다.",  # people attending, named by another noun
    ],
)
def test_near_misses_of_a_breakdown_give_no_count(body: str) -> None:
    assert stats(body) == set()


def test_residents_given_care_are_counted() -> None:
    body = "대구시는 비슈케크 주민 150여 명을 대상으로 진료상담회를 열었다."
    assert stats(body) == {(150, "approx", 2019, "unspecified", "patients", ("KG",), "대구시")}


def test_patients_attending_a_consultation_were_seen() -> None:
    body = "알마티에서 열린 진료상담회에는 약 90명의 환자가 참석했다."
    # seen in Almaty: local patients
    assert stats(body) == {(90, "approx", 2019, "unspecified", "consultations", ("KZ",), None)}


@pytest.mark.parametrize(
    "body",
    [
        "아스타나 시민 150여 명이 행사에 참석했다.",  # residents attending, no care told
        "주민 300명이 축제를 찾았다.",
        "알마티에서 열린 설명회에는 환자 및 가족 40여 명이 참석했다.",  # attending a briefing
    ],
)
def test_people_attending_without_care_are_no_count(body: str) -> None:
    assert stats(body) == set()


def test_a_mark_passed_by_the_count_told_is_no_count_of_its_own() -> None:
    body = "우리나라를 찾은 외국인환자는 누적 231만 명으로 9년 만에 200만 명을 넘어섰다."
    assert {(c, p) for c, _, _, p, *_ in stats(body)} == {(2310000, "cumulative")}


def test_a_mark_passed_for_the_first_time_leans_on_the_count_of_the_article() -> None:
    body = (
        "지난해 외국인 환자 수가 사상 처음 100만명을 넘어섰다. "
        "복지부는 지난해 외국인 환자가 104만명으로 집계됐다고 전했다."
    )
    assert {c for c, *_ in stats(body)} == {1040000}


def test_a_mark_passed_with_no_count_beside_it_is_a_count() -> None:
    body = (
        "경상북도를 찾은 외국인 환자는 모두 3천 418명으로 집계됐다. "
        "특히 의료관광 패키지로 온 외국인 환자가 3천명을 넘어섰다."
    )
    assert {(c, q) for c, q, *_ in stats(body)} == {(3418, "exact"), (3000, "at_least")}


@pytest.mark.parametrize(
    "body",
    [
        "2022년 방한 외국인 환자는 19.1만 명으로, 이는 코로나19 확산 전인 2019년(38.2만 명) 대비 50% 수준이다.",
        "2022년 방한 외국인 환자는 19.1만 명으로, 이는 코로나19 확산 전(2019년, 38.2만 명) 수준의 절반이다.",
    ],
)
def test_a_count_in_brackets_with_its_year_counts_the_sentences_patients(body: str) -> None:
    assert {(c, y, p) for c, _, y, _, p, *_ in stats(body)} == {
        (191000, 2022, "foreign_patients"),
        (382000, 2019, "foreign_patients"),
    }


def test_a_bracketed_count_of_other_people_is_no_count() -> None:
    body = "외국인 환자 유치 기관이 늘었다. 행사에는 2019년(30명)보다 많은 관계자가 참석했다."
    assert stats(body) == set()


@pytest.mark.parametrize(
    ("body", "count", "origins"),
    [
        ("몽골에서도 37명의 의료관광객이 광주를 찾았다.", 37, ("MN",)),
        ("러시아 야쿠츠크, 이르쿠츠크 등지 의료관광단 52명이 대구에서 진료를 받았다.", 52, ("RU",)),
        ("알마티, 아스타나에서 개최한 진료상담회에는 약 90명의 환자가 참석했다.", 90, ("KZ",)),
        ("몽골의 방한 의료관광객은 2017년 1만2305명으로 늘었다.", 12305, ("MN",)),
        ("서울에서 외국인 환자 3천명이 진료를 받았다.", 3000, ()),  # a Korean place is no origin
    ],
)
def test_origins_named_in_the_counts_clause(body: str, count: int, origins: tuple[str, ...]) -> None:
    assert {(c, o) for c, _, _, _, _, o, _ in stats(body)} == {(count, origins)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("지난해 187개국에서 외국인 환자 86만2315명이 한국을 찾았다.", {(862315, 187)}),
        ("지난해 약 15만 명의 외국인 환자가 들어왔고 외국인 국적도 176개국으로 늘었다.", {(150000, 176)}),
        (
            "지난해 외국인 환자 3천명이 찾았고, 올해는 외국인 환자 4천명이 12개국에서 왔다.",
            {(3000, None), (4000, 12)},  # each count's own clause
        ),
    ],
)
def test_the_number_of_countries_in_the_counts_clause(body: str, expected: set[tuple]) -> None:
    assert records_of(body, "PatientStat", ("count", "n_countries")) == expected


@pytest.mark.parametrize(
    ("dateline", "year"),
    [
        ("보도자료", 2011),  # no date: last year is the year after the one compared with
        ("입력 2019.03.10 09:00", 2018),  # a dated page: last year is the year before its date
    ],
)
def test_last_year_on_a_page_without_a_date(dateline: str, year: int) -> None:
    body = "보건복지부는 지난해 외국인 환자가 9만 6천 명으로 집계돼 2010년 6만 1천 명보다 57.4% 증가했다고 전했다."
    found = records_of(body, "PatientStat", ("count", "year"), dateline=dateline)
    assert found == {(61000, 2010), (96000, year)}


def test_last_year_on_a_page_without_a_date_and_no_comparison_stays_unknown() -> None:
    body = "보건복지부는 지난해 외국인 환자가 9만 6천 명으로 집계됐다고 전했다."
    assert records_of(body, "PatientStat", ("count", "year"), dateline="보도자료") == {(96000, None)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "태국 환자는 지난해 8998명으로 전년(6137명)보다 46.6% 늘었다.",
            {
                (8998, "exact", 2018, "year", "foreign_patients", ("TH",), None),
                (6137, "exact", 2017, "year", "foreign_patients", ("TH",), None),
            },
        ),
        (
            "중국인 환자는 2017년 1만명에서 올해 1만 5천명으로 늘었고 전년(1만 2천명)보다도 많다.",
            {
                (10000, "exact", 2017, "year", "foreign_patients", ("CN",), None),
                (15000, "exact", 2019, "year", "foreign_patients", ("CN",), None),
                (12000, "exact", 2018, "year", "foreign_patients", ("CN",), None),
            },
        ),
    ],
)
def test_the_count_of_the_year_before_in_brackets_is_that_years(body: str, expected: set) -> None:
    """전년 is the year before the one told last in the sentence, not before the page's year."""
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("breakdown", "expected"),
    [
        (
            "이 가운데 중국인이 7000명이었다.",
            (7000, "exact", 2018, "year", "foreign_patients", ("CN",), "대구"),
        ),
        (
            "그중 몽골인은 1200명으로 집계됐다.",
            (1200, "exact", 2018, "year", "foreign_patients", ("MN",), "대구"),
        ),
    ],
)
def test_a_nationality_breaking_down_the_count_before_counts_its_patients(
    breakdown: str, expected: tuple
) -> None:
    """The breakdown's patients are those of the sentence before: its year and its receiver."""
    lead = "지난해 대구를 찾은 외국인 환자는 2만명이었다. "
    assert stats(lead + breakdown) == {
        (20000, "exact", 2018, "year", "foreign_patients", (), "대구"),
        expected,
    }


def test_a_nationality_qualifying_other_people_in_a_breakdown_counts_nothing_more() -> None:
    text = "지난해 대구를 찾은 외국인 환자는 2만명이었다. 이 가운데 중국인 통역사가 30명이었다."
    assert stats(text) == {(20000, "exact", 2018, "year", "foreign_patients", (), "대구")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "외국인 환자 수는 2017년까지 해마다 늘었지만(연평균 12.5%) 2018년 8만명으로 줄었다.",
            {(80000, "exact", 2018, "year", "foreign_patients", (), None)},
        ),
        (
            "외국인 환자 유치는 꾸준히 증가(연평균 20%)했으나 지난해 3만 2000명으로 감소했다.",
            {(32000, "exact", 2018, "year", "foreign_patients", (), None)},
        ),
        # near-misses: the bracket counts other people
        ("외국인 환자 통역(전문 인력 10명 배치) 서비스가 확대됐다.", set()),
        ("외국인 환자 유치는 늘었다(의사 12명 추가 채용).", set()),
    ],
)
def test_an_aside_in_brackets_does_not_part_a_count_from_its_noun(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("연말까지 450명의 의료관광객이 광주를 찾을 것으로 지역 여행업계는 기대하고 있다.", set()),
        ("올해 외국인 환자 3만명이 찾을 것으로 전망된다.", set()),
        (
            "지난해 외국인 환자는 2만명으로 올해는 3만명에 이를 것으로 예상된다.",
            {(20000, "exact", 2018, "year", "foreign_patients", (), None)},
        ),
        # a past figure told as found is a count
        (
            "지난해 외국인 환자는 2만명으로 늘어난 것으로 나타났다.",
            {(20000, "exact", 2018, "year", "foreign_patients", (), None)},
        ),
    ],
)
def test_a_count_told_as_expected_is_no_count(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "앞선 정책은 외국인환자 유치로 이어져 2012년 5140명에서 2013년 8022명, 2014년 1만1305명에 이어 "
            "지난해에는 1만5천여명으로 증가했다.",
            {
                (5140, "exact", 2012, "year", "foreign_patients", (), None),
                (8022, "exact", 2013, "year", "foreign_patients", (), None),
                (11305, "exact", 2014, "year", "foreign_patients", (), None),
                (15000, "approx", 2018, "year", "foreign_patients", (), None),
            },
        ),
        # near-miss: a count in another clause counts other people
        (
            "대구시의 외국인 환자 유치 실적은 2016년 2만명으로 집계됐고 같은 기간 의료관광 설명회에는 모두 1200명이 참석했다.",
            {(20000, "exact", 2016, "year", "foreign_patients", (), "대구시")},
        ),
    ],
)
def test_the_last_count_of_a_long_series_counts_what_the_series_counts(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the whole named before 가운데 in the same sentence; each nationality its own count
            "지난해 외국인 환자 가운데 중국인이 11만명, 미국인이 4만5천명이었다.",
            {
                (110000, "exact", 2018, "year", "foreign_patients", ("CN",), None),
                (45000, "exact", 2018, "year", "foreign_patients", ("US",), None),
            },
        ),
        (  # the whole counted before 중
            "지난해 대구를 찾은 외국인 환자 2만명 중 몽골인이 2천명이었다.",
            {
                (20000, "exact", 2018, "year", "foreign_patients", (), "대구"),
                (2000, "exact", 2018, "year", "foreign_patients", ("MN",), "대구"),
            },
        ),
        (  # a breakdown by department counts the patients of the sentence before, each its department's
            "지난해 외국인 환자는 2만명이었다. 진료과별로는 내과 8천명, 성형외과 5천명 순이었다.",
            {
                (20000, "exact", 2018, "year", "foreign_patients", (), None),
                (8000, "exact", 2018, "year", "foreign_patients", (), "내과"),
                (5000, "exact", 2018, "year", "foreign_patients", (), "성형외과"),
            },
        ),
        (  # the year after the count's subject dates it
            "외국인 환자 1,234명이 지난해 인하대병원을 찾았다.",
            {(1234, "exact", 2018, "year", "foreign_patients", (), "인하대병원")},
        ),
    ],
)
def test_a_breakdown_and_a_year_told_after_the_count(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the share before the count in brackets: each item its own country
            "외국인 환자 중 러시아인이 30.5%(2만1000명)로 가장 많았고, 이어 몽골 12.0%(8300명), 카자흐스탄 8.1%(5600명) 순이었다.",
            {
                (21000, "exact", 2019, "unspecified", "foreign_patients", ("RU",), None),
                (8300, "exact", 2019, "unspecified", "foreign_patients", ("MN",), None),
                (5600, "exact", 2019, "unspecified", "foreign_patients", ("KZ",), None),
            },
        ),
        (  # regions named before their counts in brackets: each item its own region
            "지난해 외국인 환자가 많았던 지역은 대구(1만2000명, 4.1%), 광주(3100명, 1.1%)였다.",
            {
                (12000, "exact", 2018, "year", "foreign_patients", (), "대구"),
                (3100, "exact", 2018, "year", "foreign_patients", (), "광주"),
            },
        ),
        (  # a long list: the last item is far from the noun, still its own country's count
            "지난해 국가별 외국인 환자 수는 중국 2,310명, 베트남 1,104명, 몽골 873명, 러시아 540명, 우즈베키스탄 212명 순이었다.",
            {
                (2310, "exact", 2018, "year", "foreign_patients", ("CN",), None),
                (1104, "exact", 2018, "year", "foreign_patients", ("VN",), None),
                (873, "exact", 2018, "year", "foreign_patients", ("MN",), None),
                (540, "exact", 2018, "year", "foreign_patients", ("RU",), None),
                (212, "exact", 2018, "year", "foreign_patients", ("UZ",), None),
            },
        ),
        (  # by department: the department received its patients
            "지난해 외국인 환자는 내과 4200명, 정형외과 1800명, 안과 650명 순으로 많았다.",
            {
                (4200, "exact", 2018, "year", "foreign_patients", (), "내과"),
                (1800, "exact", 2018, "year", "foreign_patients", (), "정형외과"),
                (650, "exact", 2018, "year", "foreign_patients", (), "안과"),
            },
        ),
        (  # shares alone and institutions by region count no patients
            "외국인 환자 국가별 비중은 중국 28.0%, 미국 11.2% 순이고, 유치 의료기관은 서울 830곳, 부산 140곳이다.",
            set(),
        ),
    ],
)
def test_each_item_of_a_breakdown_is_a_count_of_its_own(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the year in brackets after each count is that count's, not the next one's
            "외국인 환자는 3400명(2016년), 4100명(2017년)으로 해마다 증가했다.",
            {
                (3400, "exact", 2016, "year", "foreign_patients", (), None),
                (4100, "exact", 2017, "year", "foreign_patients", (), None),
            },
        ),
        (  # a series told of a named hospital's case leans on the patients of the sentence before
            "해외 환자는 꾸준히 늘었다. 새빛의원의 경우 2016년 310명, 2017년 455명을 기록했다.",
            {
                (310, "exact", 2016, "year", "foreign_patients", (), "새빛의원"),
                (455, "exact", 2017, "year", "foreign_patients", (), "새빛의원"),
            },
        ),
        (  # a rate word before a count is a rate still
            "이 병원은 매년 외국인 환자 2000명을 진료한다.",
            {(2000, "exact", None, "per_year", "foreign_patients", (), None)},
        ),
    ],
)
def test_a_series_of_yearly_counts(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "지난해 외국인 환자는 2만명으로 전년 대비 3500명(21%)이 증가했다.",
            {(20000, "exact", 2018, "year", "foreign_patients", (), None)},
        ),
        (
            "외국인 환자 수가 1년 새 900여 명 줄었다.",
            set(),
        ),
        (  # the level a change reached is a count
            "외국인 환자는 2017년 1만명에서 2018년 1만2천명으로 늘었다.",
            {
                (10000, "exact", 2017, "year", "foreign_patients", (), None),
                (12000, "exact", 2018, "year", "foreign_patients", (), None),
            },
        ),
    ],
)
def test_by_how_much_a_count_changed_is_no_count(body: str, expected: set) -> None:
    assert stats(body) == expected


def test_a_word_running_into_the_next_is_no_rate() -> None:
    """ "방문한 해외 환자": 한 해 (a year) read across two words is no rate."""
    assert stats("지난해 부산을 방문한 해외 환자는 1만명이었다.") == {
        (10000, "exact", 2018, "year", "foreign_patients", (), "부산")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # 전년 is the year before the year in force (지난해), not before publication
            "지난해 외국인 환자는 40만명이었다. 일본인 환자는 전년 2만7천명 대비 56% 증가한 4만2천명이었다.",
            {
                (400000, "exact", 2018, "year", "foreign_patients", (), None),
                (27000, "exact", 2017, "year", "foreign_patients", ("JP",), None),
                (42000, "exact", 2018, "year", "foreign_patients", ("JP",), None),
            },
        ),
        (  # 전년도 opening the sentence dates only its own figure
            "올해 외국인 환자는 2만명으로 집계됐다. 이 가운데 베트남 환자는 전년도(900명)보다 늘어난 1,300명이었다.",
            {
                (20000, "exact", 2019, "year", "foreign_patients", (), None),
                (900, "exact", 2018, "year", "foreign_patients", ("VN",), None),
                (1300, "exact", 2019, "year", "foreign_patients", ("VN",), None),
            },
        ),
        (  # a quarter (1분기) is no count
            "올해 1분기 외국인 환자는 전년 동기 4,100명보다 늘어난 5,600명이었다.",
            {
                (4100, "exact", 2018, "year", "foreign_patients", (), None),
                (5600, "exact", 2019, "year", "foreign_patients", (), None),
            },
        ),
    ],
)
def test_the_figure_of_the_year_before_the_year_told(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "이 병원에는 지난해 러시아, 카자흐스탄 등 30개국에서 2,300여 명의 환자가 찾아왔다.",
            {(2300, "approx", 2018, "year", "foreign_patients", ("RU", "KZ"), None)},
        ),
        (
            "몽골 등지에서 500여 명의 환자가 지난해 이 병원을 찾았다.",
            {(500, "approx", 2018, "year", "foreign_patients", ("MN",), None)},
        ),
        (  # a year compared with after the noun dates nothing
            "3천명의 외국인 환자가 2017년보다 늘었다.",
            {(3000, "exact", 2019, "unspecified", "foreign_patients", (), None)},
        ),
    ],
)
def test_places_listed_before_a_locative_and_a_year_after_the_counted_noun(body: str, expected: set) -> None:
    assert stats(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # 각각 shares out the counts after it, not the whole told before it
            "지난해 외국인 환자 1만명 가운데 중국과 베트남 환자는 각각 5,300명, 2,100명이었다.",
            {
                (10000, "exact", 2018, "year", "foreign_patients", (), None),
                (5300, "exact", 2018, "year", "foreign_patients", ("CN",), None),
                (2100, "exact", 2018, "year", "foreign_patients", ("VN",), None),
            },
        ),
        (  # a change told after the counts is no count to share out
            "지난해 중국, 베트남 환자는 각기 5,300명, 2,100명으로 전년보다 500명 늘었다.",
            {
                (5300, "exact", 2018, "year", "foreign_patients", ("CN",), None),
                (2100, "exact", 2018, "year", "foreign_patients", ("VN",), None),
            },
        ),
        (  # places of care pair with the counts as origins do
            "지난해 서울과 부산을 찾은 외국인 환자는 각각 5,300명, 2,100명이었다.",
            {
                (5300, "exact", 2018, "year", "foreign_patients", (), "서울"),
                (2100, "exact", 2018, "year", "foreign_patients", (), "부산"),
            },
        ),
        (  # as many origins as counts, and no 각각: every count has them all
            "지난해 중국과 베트남 환자는 5,300명, 2,100명이었다.",
            {
                (5300, "exact", 2018, "year", "foreign_patients", ("CN", "VN"), None),
                (2100, "exact", 2018, "year", "foreign_patients", ("CN", "VN"), None),
            },
        ),
        (  # fewer origins than counts: nothing to pair
            "지난해 중국 환자는 각각 5,300명, 2,100명, 900명이었다.",
            {
                (5300, "exact", 2018, "year", "foreign_patients", ("CN",), None),
                (2100, "exact", 2018, "year", "foreign_patients", ("CN",), None),
                (900, "exact", 2018, "year", "foreign_patients", ("CN",), None),
            },
        ),
    ],
)
def test_respective_counts_pair_with_the_places_named_in_order(body: str, expected: set[tuple]) -> None:
    assert stats(body) == expected
