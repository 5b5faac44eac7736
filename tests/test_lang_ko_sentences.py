"""Korean sentences across line breaks: a transcript broken into short lines goes on where a
line ends in a particle, a connective or a modifier; a line ending a stamp or a headline stays
apart."""

import pytest

from extractors.lang.registry import language_for


def sentences(text: str) -> list[str]:
    return [s.text.replace("\n", " ") for s in language_for("ko").split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "지난 분기 동안 울산을 찾은\n외국인 의료관광객은 모두 210여명으로\n이들이 치료비와 숙박비로\n"
            "80만 달러를 썼습니다.",
            [
                "지난 분기 동안 울산을 찾은 외국인 의료관광객은 모두 210여명으로 이들이 치료비와 숙박비로 80만 달러를 썼습니다."
            ],
        ),
        (
            "의료관광객 가운데 절반 가까운 95명이\n건강검진 목적으로 울산을 찾았고\n치과 40명, 피부과 30여명이었습니다.",
            [
                "의료관광객 가운데 절반 가까운 95명이 건강검진 목적으로 울산을 찾았고 치과 40명, 피부과 30여명이었습니다."
            ],
        ),
    ],
)
def test_a_line_ending_in_a_particle_or_a_connective_goes_on(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stamp ending in a noun that sounds like a connective (송고: "sent")
        (
            "김하늘 기자 | 2017-09-12 10:42 송고\n한국관광공사는 17일 박람회에 참가한다고 밝혔다.",
            ["김하늘 기자 | 2017-09-12 10:42 송고", "한국관광공사는 17일 박람회에 참가한다고 밝혔다."],
        ),
        # a headline and its subtitle
        (
            "몽골에서 한국 의료관광 알린다\n관광공사, 박람회 참가",
            ["몽골에서 한국 의료관광 알린다", "관광공사, 박람회 참가"],
        ),
        # a sentence closed by its stop
        ("외국인 환자가 늘었다.\n올해도 늘 전망이다.", ["외국인 환자가 늘었다.", "올해도 늘 전망이다."]),
    ],
)
def test_stamps_headlines_and_closed_sentences_stay_apart(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_an_ellipsis_of_stops_ends_no_sentence() -> None:
    text = "부산시가 몽골을 공략했다... 설명회를 열었다. 환자가 늘었다...그러나 줄었다."
    assert sentences(text) == [
        "부산시가 몽골을 공략했다... 설명회를 열었다.",
        "환자가 늘었다...그러나 줄었다.",
    ]


def test_a_closing_quotation_mark_stays_with_its_sentence() -> None:
    assert sentences("“좋았다.” 그는 말했다. 그는 “환자가 늘었다.”고 밝혔다. 병원은 컸다.") == [
        "“좋았다.”",
        "그는 말했다.",
        "그는 “환자가 늘었다.”고 밝혔다.",
        "병원은 컸다.",
    ]
