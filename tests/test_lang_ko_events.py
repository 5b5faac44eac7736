"""Korean events: the whole set of records each sentence yields; sentences that name no event
held yield none. The dateline of every article is 2019-03-10."""

import datetime

import pytest

from tests.ko_helpers import extract_page, records_of

FIELDS = ("event_type", "name", "start_date", "end_date", "city", "country", "attendance")


def events(body: str) -> set[tuple]:
    return records_of(body, "Event", FIELDS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "인천시는 지난 5일 우즈베키스탄 타슈켄트에서 인천의료관광설명회를 개최했다고 밝혔다. "
            "설명회에는 현지 병원 관계자 등 약 240명이 참석했다.",
            {
                (
                    "business_presentation",
                    "인천의료관광설명회",
                    datetime.date(2019, 3, 5),
                    None,
                    "타슈켄트",
                    "UZ",
                    240,
                )
            },
        ),
        (
            "인천시는 3월 12일부터 15일까지 베트남 호찌민에서 인천의료관광 설명회를 열었다.",
            {
                (
                    "business_presentation",
                    "인천의료관광 설명회",
                    datetime.date(2019, 3, 12),
                    datetime.date(2019, 3, 15),
                    "호찌민",
                    "VN",
                    None,
                )
            },
        ),
        (
            "강원도는 러시아 의료관광객 유치를 위해 팸투어를 진행했다.",
            {("promotion", "팸투어", None, None, None, "KR", None)},
        ),
        (
            "우즈베키스탄 보건부 대표단 13명이 지난 7일 서울대병원을 방문했다.",
            {
                (
                    "delegation_visit",
                    "우즈베키스탄 보건부 대표단",
                    datetime.date(2019, 3, 7),
                    None,
                    "서울",
                    "KR",
                    13,
                )
            },
        ),
    ],
)
def test_a_korean_event(body: str, expected: set[tuple]) -> None:
    assert events(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "경희대병원은 외국인 환자 300명을 진료했다.",
        "보건복지부는 외국인 환자 유치 실적을 기자간담회에서 발표했다.",
    ],
)
def test_a_sentence_without_an_event_held_yields_none(body: str) -> None:
    assert events(body) == set()


def test_a_quoted_title_before_its_noun_names_the_event_and_a_demonstrative_points_back() -> None:
    body = (
        "‘2012 메디컬코리아 우수기관大賞’ 시상식이 관계자 180여 명이 참석한 가운데 "
        "27일(수) 롯데호텔(크리스탈볼룸)에서 열렸다. 동 시상식에서는 포상도 진행됐다."
    )
    assert records_of(body, "Event", ("event_type", "name", "start_date", "venue", "attendance")) == {
        ("award", "2012 메디컬코리아 우수기관大賞", datetime.date(2019, 3, 27), "롯데호텔", 180)
    }


def test_the_place_before_the_locative_is_where_the_event_was_held_not_its_organiser() -> None:
    body = "강서구는 베트남 하노이시 대우 호텔에서 지역 6개 병원과 함께 의료관광 해외설명회를 가졌다."
    assert records_of(body, "Event", ("event_type", "name", "venue", "city", "country", "organizers")) == {
        ("business_presentation", "의료관광 해외설명회", "대우 호텔", "하노이", "VN", ("강서구",))
    }


def test_a_quoted_saying_is_no_event_name() -> None:
    body = '병원 관계자는 "알마티에서 홍보회를 진행했는데 반응이 좋았다"고 말했다.'
    assert records_of(body, "Event", ("event_type", "name")) == {("business_presentation", "홍보회")}


def test_the_day_the_news_was_told_is_not_the_event_day_and_a_duration_gives_its_last_day() -> None:
    body = (
        "한국관광공사는 오는 17~20일 몽골 울란바토르에서 열리는 '제6회 한-몽 헬스케어 박람회'에 "
        "참가한다고 9일 밝혔다. 인천시는 지난 2일부터 3일간 우즈베키스탄 타슈켄트시에서 인천의료관광설명회를 개최했다고 밝혔다."
    )
    assert records_of(body, "Event", ("event_type", "name", "start_date", "end_date", "city")) == {
        (
            "promotion",
            "제6회 한-몽 헬스케어 박람회",
            datetime.date(2019, 3, 17),
            datetime.date(2019, 3, 20),
            "울란바토르",
        ),
        (
            "business_presentation",
            "인천의료관광설명회",
            datetime.date(2019, 3, 2),
            datetime.date(2019, 3, 4),
            "타슈켄트",
        ),
    }


def test_an_event_pointed_back_to_is_the_one_told_before() -> None:
    body = (
        "인천시는 지난 5일 베트남 하노이에서 인천의료관광 설명회를 열었다. "
        "이번 행사에는 현지 여행사 관계자 120명이 참석했다."
    )
    assert records_of(body, "Event", ("event_type", "name", "start_date", "city", "attendance")) == {
        ("business_presentation", "인천의료관광 설명회", datetime.date(2019, 3, 5), "하노이", 120)
    }


@pytest.mark.parametrize(
    "body",
    [
        "인하대병원은 올해 몽골 의사 10명을 연수생으로 받았다.",  # trainees, not a training held
        "의료봉사단원들은 지난 5일 귀국했다.",  # members of a mission, not the mission
        "강원대병원은 지난 5일 카자흐스탄 보건부와 의료인 연수를 위한 업무협약을 체결했다.",  # what it covers
    ],
)
def test_an_event_noun_naming_its_people_or_an_agreements_subject_is_no_event(body: str) -> None:
    assert events(body) == set()


def test_a_city_with_its_building_after_the_genitive_is_where() -> None:
    body = "대전시는 지난 5일 카자흐스탄 아스타나의 리츠칼튼 호텔에서 대전의료관광 설명회를 개최했다."
    assert events(body) == {
        (
            "business_presentation",
            "대전의료관광 설명회",
            datetime.date(2019, 3, 5),
            None,
            "아스타나",
            "KZ",
            None,
        )
    }


@pytest.mark.parametrize(
    "grounds",
    ["설명회의 성과를 바탕으로 마련됐다", "설명회의 후속 사업으로 추진됐다", "설명회 후속사업으로 추진됐다"],
)
def test_an_earlier_event_named_as_grounds_neither_types_nor_adds_an_occurrence(grounds: str) -> None:
    body = (
        "울산시는 지난 4일부터 7일까지 카자흐스탄 의료관광 관계자 6명을 초청해 팸투어를 진행했다. "
        f"이번 팸투어는 지난해 알마티에서 열린 울산시 {grounds}."
    )
    assert events(body) == {
        (
            "promotion",
            "팸투어",
            datetime.date(2019, 3, 4),
            datetime.date(2019, 3, 7),
            "울산시",
            "KR",
            6,
        )
    }


def test_that_day_dates_an_event_by_the_day_told_before_else_by_the_publication_date() -> None:
    told_before = (
        "대전시 의료관광 담당자들은 지난 5일 출국했다. 이들은 이날 중국 선양에서 의료관광 설명회를 열었다."
    )
    alone = "이날 강원도는 러시아 하바롭스크에서 의료관광 설명회를 열었다."
    assert events(told_before) == {
        ("business_presentation", "의료관광 설명회", datetime.date(2019, 3, 5), None, "선양", "CN", None)
    }
    assert events(alone) == {
        (
            "business_presentation",
            "의료관광 설명회",
            datetime.date(2019, 3, 10),
            None,
            "하바롭스크",
            "RU",
            None,
        )
    }


@pytest.mark.parametrize(
    ("page", "held"),
    [
        # a tourism promotion of food, fashion and idols on a page that names no care anywhere
        (
            "한국 관광 알리기 나서\n입력 2023.05.02 09:00\n관광공사는 지난 1일 도쿄에서 K-푸드 로드쇼를 열었다.\n",
            0,
        ),
        ("여행 소식\n입력 2023.05.02 09:00\n도는 지난달 28일 타이베이에서 관광 설명회를 개최했다.\n", 0),
        (
            "한류 팝업 행사\n입력 2023.05.02 09:00\n공사는 후쿠오카 백화점에 ‘서울 여행 팝업 가게’를 차렸다.\n",
            0,
        ),
        # one word of care or health anywhere on the page keeps its occasions in the domain
        (
            "관광 소식\n입력 2023.05.02 09:00\n도는 지난달 28일 타이베이에서 웰니스 관광 설명회를 개최했다.\n",
            1,
        ),
        (
            "여행 소식\n입력 2023.05.02 09:00\n도는 지난달 28일 타이베이에서 관광 설명회를 개최했다. 도내 병원 5곳이 함께했다.\n",
            1,
        ),
    ],
)
def test_a_page_that_names_no_care_holds_no_event(page: str, held: int) -> None:
    """A near-topic page (travel, food, idols) whose text holds no word of care, health or its
    providers anywhere holds no occasion of the domain; one such word keeps them."""
    found = [r for r in extract_page(page).records if type(r).__name__ == "Event"]
    assert len(found) == held, found
