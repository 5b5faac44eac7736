"""Korean events: the whole set of records each sentence yields; sentences that name no event
held yield none. The dateline of every article is 2019-03-10."""

import datetime

import pytest

from tests.ko_helpers import records_of

FIELDS = ("event_type", "name", "start_date", "end_date", "city", "country", "attendance")


def events(body: str) -> set[tuple]:
    return records_of(body, "Event", FIELDS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "부산시는 지난 5일 카자흐스탄 알마티에서 부산의료관광설명회를 개최했다고 밝혔다. "
            "설명회에는 현지 여행사 관계자 등 약 300명이 참석했다.",
            {
                (
                    "business_presentation",
                    "부산의료관광설명회",
                    datetime.date(2019, 3, 5),
                    None,
                    "알마티",
                    "KZ",
                    300,
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
            {("delegation_visit", "팸투어", None, None, None, "KR", None)},
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
