"""Korean partnerships: the whole set of records each sentence yields; agreements only planned
or pursued yield none. The dateline of every article is 2019-03-10."""

import datetime

import pytest

from tests.ko_helpers import records_of

FIELDS = ("kind", "parties", "partner_count", "countries", "signed_date")


def partnerships(body: str) -> set[tuple]:
    return records_of(body, "Partnership", FIELDS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "경희대병원은 우즈베키스탄 보건부와 업무협약을 체결했다.",
            {("agreement", ("경희대병원", "우즈베키스탄 보건부"), None, ("KR", "UZ"), None)},
        ),
        (
            "서울대병원은 지난 5일 몽골 국립암센터와 환자 송출을 위한 양해각서(MOU)를 맺었다.",
            {("mou", ("서울대병원", "몽골 국립암센터"), None, ("KR", "MN"), datetime.date(2019, 3, 5))},
        ),
        (
            "한국보건산업진흥원은 몽골 보건부와 MOU를 체결했으며, 내년에는 설명회를 열 계획이다.",
            {("mou", ("한국보건산업진흥원", "몽골 보건부"), None, ("KR", "MN"), None)},
        ),
        (
            # the country visited is where, the organisation of that country the party
            "청연한방병원은 우즈베키스탄을 방문해 우즈베키스탄 제2국립병원과 업무협약(MOU)을 체결했다.",
            {("mou", ("청연한방병원", "우즈베키스탄 제2국립병원"), None, ("KR", "UZ"), None)},
        ),
        (
            # an organisation noun right before the agreement says what it is about
            "인하대병원은 몽골 보건복지부와 지정병원 협약을 체결했다.",
            {("agreement", ("인하대병원", "몽골 보건복지부"), None, ("KR", "MN"), None)},
        ),
        (
            "강릉아산병원은 러시아 연해주립병원, 조지덴탈병원과 각각 의료발전 협력을 위한 MOU를 교환했다.",
            {
                ("mou", ("강릉아산병원", "연해주립병원"), None, ("KR", "RU"), None),
                ("mou", ("강릉아산병원", "조지덴탈병원"), None, ("KR", "RU"), None),
            },
        ),
    ],
)
def test_a_concluded_korean_agreement(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "대구시는 러시아 블라디보스토크 시와 의료관광 협약을 체결할 예정이다.",
        "부산시는 카자흐스탄 알마티시와 업무협약 체결을 추진한다.",
        "서울대병원은 몽골 국립암센터와 양해각서를 맺기로 논의했다.",
        "경희대병원은 우즈베키스탄 환자 100명을 진료했다.",
    ],
)
def test_a_planned_agreement_or_none_is_no_partnership(body: str) -> None:
    assert partnerships(body) == set()
