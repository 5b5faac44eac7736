"""Korean events, how mentions become occurrences: the whole set of event records an article
yields, for several phrasings of each rule and the near-misses that must not trip it. The
texts are made up for these tests; the dateline of every article is 2019-03-10 unless a page
without one is the point."""

import datetime

import pytest

from tests.ko_helpers import records_of

FIELDS = ("event_type", "name", "start_date", "end_date", "city", "country")
NO_DATELINE = "기사 제공 지역뉴스"


def events(
    body: str, fields: tuple[str, ...] = FIELDS, dateline: str = "입력 2019.03.10 09:00"
) -> set[tuple]:
    return records_of(body, "Event", fields, dateline)


@pytest.mark.parametrize(
    "body",
    [
        "울산시는 오는 20일 몽골 울란바토르에서 울산의료관광 설명회를 연다.",
        "울산시는 20일 몽골 울란바토르에서 울산의료관광 설명회를 개최한다.",
        "울산시는 20일 몽골 울란바토르에서 울산의료관광 설명회를 갖는다고 밝혔다.",
    ],
)
def test_an_event_to_be_held_on_a_told_day_is_recorded(body: str) -> None:
    assert events(body) == {
        ("business_presentation", "울산의료관광 설명회", datetime.date(2019, 3, 20), None, "울란바토르", "MN")
    }


def test_an_event_to_be_held_on_days_an_undated_page_cannot_place_is_recorded_undated() -> None:
    body = "울산시는 7일부터 11일까지 몽골 울란바토르에서 울산의료관광 설명회를 연다."
    assert events(body, dateline=NO_DATELINE) == {
        ("business_presentation", "울산의료관광 설명회", None, None, "울란바토르", "MN")
    }


@pytest.mark.parametrize(
    "body",
    [
        "울산시는 하반기에도 의료관광 설명회 개최 등 홍보활동을 펼치겠다고 말했다.",
        "울산시는 몽골에서 의료관광 설명회를 개최할 예정이다.",
        "시 관계자는 “해외 의료관광 설명회를 더 자주 열겠습니다”라고 말했다.",
    ],
)
def test_a_pledge_or_plan_without_days_is_no_event(body: str) -> None:
    assert events(body, dateline=NO_DATELINE) == set()


def test_a_room_named_after_an_event_noun_is_a_place_not_the_event() -> None:
    body = (
        "메디컬코리아 2019가 “함께 여는 건강”이라는 주제로 3월 14일 코엑스 콘퍼런스룸에서 열렸다. "
        "이 행사는 15일까지 양일간 진행된다."
    )
    assert events(body, ("event_type", "name", "start_date", "end_date", "venue", "country")) == {
        (
            "conference",
            "메디컬코리아 2019",
            datetime.date(2019, 3, 14),
            datetime.date(2019, 3, 15),
            "코엑스",
            None,
        )
    }


@pytest.mark.parametrize(
    "body",
    [
        "행사에 참석한 관계자는 “행사장을 방문했다”고 말했다.",
        "이 병원은 세미나실을 새로 꾸몄다.",
    ],
)
def test_a_room_or_hall_alone_names_no_event(body: str) -> None:
    assert events(body) == set()


def test_a_ceremony_of_that_day_is_dated_by_the_sentence_before() -> None:
    body = (
        "충주시는 5일 몽골 울란바토르시에서 울란바토르시 보건국과 의료협력 의향서를 체결했다. "
        "이날 협약식에는 양 도시 관계자 등 20여명이 참석했다."
    )
    assert events(body, ("event_type", "start_date", "attendance")) == {
        ("signing", datetime.date(2019, 3, 5), 20)
    }


def test_a_ceremony_of_that_day_without_a_dated_sentence_before_stands_undated() -> None:
    body = (
        "이대목동병원이 우즈베키스탄 한인회와 진료협정을 맺었다. "
        "병원장은 “협력을 넓히겠다”고 말했다. "
        "이날 체결식엔 병원장과 우즈베키스탄 한인회장 등이 참석했다."
    )
    assert events(body, ("event_type", "start_date", "country"), NO_DATELINE) == {("signing", None, "UZ")}


@pytest.mark.parametrize(
    "body",
    [
        "지난해 외국인 환자가 한국을 방문해 진료를 받았다.",
        "해마다 500여 명의 의료관광객이 대구를 방문해 치료를 받는다.",
        "올해 한국을 방문한 해외 환자는 21만 명에 이르렀다.",
    ],
)
def test_a_visit_of_counted_patients_is_a_statistic_not_an_event(body: str) -> None:
    assert events(body) == set()


def test_a_later_day_told_of_the_trip_pointed_back_to_ends_it_and_a_day_within_joins_it() -> None:
    body = (
        "보건복지부 차관은 2일 아랍에미리트 아부다비를 방문했다. "
        "이번 방문은 오는 5일까지 이어진다. "
        "차관은 지난 3일 UAE 보건부를 찾아 의료인력 파견 방안을 논의했다."
    )
    assert events(body, dateline="입력 2019.03.04 09:00") == {
        ("delegation_visit", None, datetime.date(2019, 3, 2), datetime.date(2019, 3, 5), "아부다비", "AE")
    }


def test_an_occurrence_pointed_back_to_keeps_a_day_more_than_a_week_later_apart() -> None:
    body = (
        "부산시는 2일 카자흐스탄 알마티에서 부산의료관광설명회를 열었다. "
        "이번 설명회에 이어 부산시는 20일 알마티에서 의료관광 팸투어를 진행했다."
    )
    assert events(body, ("event_type", "start_date", "end_date")) == {
        ("business_presentation", datetime.date(2019, 3, 2), None)
    }


def test_an_award_ceremony_pointed_back_to_with_another_date_in_it_is_the_same_ceremony() -> None:
    body = (
        "‘2019 메디컬코리아 외국인환자유치대상’ 시상식이 27일 서울 롯데호텔에서 열렸다. "
        "서울대병원이 한국의료 브랜드 선포(’09.12.29.) 이후 열 번째인 동 행사에서 대상을 수상했다."
    )
    assert events(body, ("event_type", "name", "start_date", "city")) == {
        ("award", "2019 메디컬코리아 외국인환자유치대상", datetime.date(2019, 3, 27), "서울")
    }


def test_the_activities_of_one_undated_trip_abroad_are_one_event() -> None:
    body = (
        "의료진이 카자흐스탄 알마티를 방문해 진료상담회를 성공적으로 개최했다고 밝혔다. "
        "의료진은 카자흐스탄 아스타나에서도 현지 환자 대상 진료상담회를 열었다."
    )
    assert events(body, ("event_type", "start_date", "city", "country"), NO_DATELINE) == {
        ("medical_consultation", None, "알마티", "KZ")
    }


def test_undated_events_of_different_kinds_in_one_country_stay_apart() -> None:
    body = (
        "부산시는 카자흐스탄 알마티에서 부산의료관광설명회를 개최했다. "
        "부산의 의료진은 카자흐스탄 아스타나에서 의료봉사를 실시했다."
    )
    assert events(body, ("event_type", "city"), NO_DATELINE) == {
        ("business_presentation", "알마티"),
        ("medical_consultation", "아스타나"),
    }


def test_a_party_sent_for_care_is_named_with_its_party_word_and_is_a_consultation() -> None:
    body = "지난 8일 한빛해외의료봉사단을 키르기스스탄 오시 지역에 파견해 무료 검진 등을 실시했다."
    assert events(body, ("event_type", "name", "start_date", "country")) == {
        ("medical_consultation", "한빛해외의료봉사단", datetime.date(2019, 3, 8), "KG")
    }


def test_another_edition_named_in_the_report_of_this_one_is_its_own_event() -> None:
    body = (
        "메디컬코리아 2019가 3월 14일 코엑스에서 열렸다. "
        "지난 메디컬코리아 2018의 경우 59개국 3,802명이 참석했다."
    )
    assert events(body, ("event_type", "name", "start_date", "attendance")) == {
        ("conference", "메디컬코리아 2019", datetime.date(2019, 3, 14), None),
        ("conference", "메디컬코리아 2018", None, 3802),
    }


def test_the_same_edition_told_again_joins_its_event() -> None:
    body = "메디컬코리아 2019가 3월 14일 코엑스에서 열렸다. 메디컬코리아 2019에는 3,802명이 참석했다."
    assert events(body, ("event_type", "name", "start_date", "attendance")) == {
        ("conference", "메디컬코리아 2019", datetime.date(2019, 3, 14), 3802)
    }


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("“모두의 헬스케어”이란 주제로 3월 14일 서울 코엑스에서 콘퍼런스가 열렸다.", "KR"),
        ("3월 14일 이란 테헤란에서 콘퍼런스가 열렸다.", "IR"),
    ],
)
def test_iran_after_a_closing_quote_is_the_quotation_particle(body: str, country: str) -> None:
    assert events(body, ("event_type", "country")) == {("conference", country)}


@pytest.mark.parametrize(
    ("body", "organizers"),
    [
        (
            "대구시와 대구관광재단은 계명대병원, 파티마병원 등 8개 의료기관과 함께 20일 몽골 울란바토르에서 "
            "의료관광설명회를 연다.",
            ("대구시", "대구관광재단"),
        ),
        ("강남구는 20일 베트남 호치민에서 의료관광 해외설명회를 갖는다.", ("강남구",)),
        (
            "이 행사는 부산시가 주최하고 부산관광공사가 주관하며 4월 9일 부산 벡스코에서 열린다.",
            ("부산시", "부산관광공사"),
        ),
        (
            "한국보건산업진흥원(진흥원)은 지난 5일 카자흐스탄 알마티에서 한국의료 설명회를 개최했다.",
            ("한국보건산업진흥원",),
        ),
    ],
)
def test_the_organisers_are_the_subjects_of_the_verb_as_written(
    body: str, organizers: tuple[str, ...]
) -> None:
    assert {e[0] for e in events(body, ("organizers",))} == {organizers}


def test_a_hospital_named_after_the_subject_is_no_organiser() -> None:
    body = "대구시는 경북대병원과 함께 지난 5일 러시아 모스크바에서 대구의료관광 설명회를 열었다."
    assert events(body, ("organizers",)) == {(("대구시",),)}


def test_on_a_page_without_a_date_a_day_alone_is_placed_by_the_date_told_before() -> None:
    body = (
        "강원도는 2019년 3월 5일 러시아 블라디보스토크에서 강원의료관광 설명회를 열었다. "
        "이어 7일에는 하바롭스크에서 의료관광 박람회에 참가했다."
    )
    assert events(body, ("event_type", "start_date", "city"), NO_DATELINE) == {
        ("business_presentation", datetime.date(2019, 3, 5), "블라디보스토크"),
        ("promotion", datetime.date(2019, 3, 7), "하바롭스크"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "강원도는 오는 28일 평창 알펜시아에서 '강원 보건의료 콘퍼런스 2019'를 개최할 예정이다.",
            {("conference", "강원 보건의료 콘퍼런스 2019", None)},
        ),
        # a quoted title of its own tells which occasion it is, though no day is told
        (
            "강원도는 하반기 평창 알펜시아에서 '강원 보건의료 콘퍼런스 2019'를 개최할 예정이다.",
            {("conference", "강원 보건의료 콘퍼런스 2019", None)},
        ),
        ("강원도는 하반기 평창 알펜시아에서 보건의료 콘퍼런스를 개최할 예정이다.", set()),
    ],
)
def test_a_plan_on_a_page_without_a_date_is_an_event_only_with_its_days_or_title_told(
    body: str, expected: set
) -> None:
    assert events(body, ("event_type", "name", "start_date"), NO_DATELINE) == expected


def test_what_an_agreement_is_expected_to_bring_is_no_event() -> None:
    body = (
        "이번 양해각서 체결을 통해 두 기관은 △의료인 연수 △학술교류회 및 컨퍼런스 공동개최 등의 사업을 "
        "수행해 해외환자 유치에 기여할 것으로 기대된다."
    )
    assert events(body, dateline=NO_DATELINE) == set()


def test_a_party_leader_is_no_hall_of_the_party() -> None:
    body = "김 교수를 봉사단장으로 한 일행은 지난 5일 캄보디아 프놈펜에서 진료를 실시했다."
    assert events(body, ("event_type", "start_date", "city")) == {
        ("medical_consultation", datetime.date(2019, 3, 5), "프놈펜")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "‘2019 한빛 의료관광 공로대상 시상식’이 5일 서울 신라호텔에서 열렸다.",
            {("award", datetime.date(2019, 3, 5))},
        ),
        (
            "메디컬코리아 한국의료 설명회가 5일 카자흐스탄 알마티에서 열렸다.",
            {("business_presentation", datetime.date(2019, 3, 5))},
        ),
        (
            "메디컬코리아 2019가 5일 서울 코엑스에서 열렸고, 부대행사로 의료관광 설명회도 진행됐다.",
            {("conference", datetime.date(2019, 3, 5))},
        ),
    ],
)
def test_the_last_event_noun_of_a_compound_says_what_the_event_is(body: str, expected: set) -> None:
    assert events(body, ("event_type", "start_date")) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "동 사업을 위해 지난 1일 먼저 입국한",
        "한편, 이번 연수에 앞서 지난 1일 입국한",
        "이번 사업의 하나로 지난 1일 입국한",
    ],
)
def test_a_sentence_opening_on_the_program_told_before_adds_to_it(opening: str) -> None:
    body = (
        "한국보건산업진흥원은 3월 5일부터 6월 4일까지 ‘외국인 의료인력 국내연수사업’을 실시한다. "
        f"{opening} 러시아 의료진 5인은 서울의 병원에서 연수과정을 밟고 있다."
    )
    assert events(body, ("event_type", "start_date", "end_date")) == {
        ("training", datetime.date(2019, 3, 5), datetime.date(2019, 6, 4))
    }


def test_a_sentence_opening_on_this_month_is_an_event_of_its_own() -> None:
    body = (
        "부산시는 지난 2일 카자흐스탄 알마티에서 부산의료관광설명회를 열었다. "
        "이번 달에는 지난 8일 우즈베키스탄 타슈켄트에서 의료관광 팸투어를 진행했다."
    )
    assert events(body, ("event_type", "start_date")) == {
        ("business_presentation", datetime.date(2019, 3, 2)),
        ("promotion", datetime.date(2019, 3, 8)),
    }
