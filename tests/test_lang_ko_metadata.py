"""Korean page metadata read through the whole extraction: where a Korean news page states its
date when it has no dateline under the headline. The pages are made up for these tests."""

from datetime import date

import pytest

from models import Document
from tests.ko_helpers import extract_page

HEADLINE = "부산시, 몽골서 의료관광 설명회 성황리 마쳐"
BODY = (
    "[부산=지역뉴스] 홍길동 기자 = 부산시가 몽골 울란바토르에서 의료관광 설명회를 열었다.\n"
    "부산시는 지난달 28일부터 30일까지 울란바토르에서 '부산 의료관광 설명회'를 개최했다고 6일 밝혔다.\n"
)


def _document(text: str) -> Document:
    return extract_page(text).document


@pytest.mark.parametrize(
    "caption",
    [
        "설명회 현장 [자료=부산시] 2024.11.06 reporter01@example.com |",
        "설명회 현장 사진 2024.11.06 hong.gil@news.example.co.kr",
    ],
)
def test_a_caption_signed_with_a_date_and_an_email_dates_a_page_without_a_dateline(caption: str) -> None:
    document = _document(
        f"{HEADLINE}\n{BODY}{caption}\n이번 설명회에는 현지 여행사 관계자 120명이 참석했다.\n"
    )
    assert (document.published_date, document.title) == (date(2024, 11, 6), HEADLINE)


def test_the_signed_caption_places_the_days_of_the_event() -> None:
    text = f"{HEADLINE}\n{BODY}설명회 현장 2024.11.06 reporter01@example.com |\n"
    events = [r for r in extract_page(text).records if type(r).__name__ == "Event"]
    assert [(e.start_date, e.end_date, e.city) for e in events] == [
        (date(2024, 10, 28), date(2024, 10, 30), "울란바토르")
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "문의 2024.11.06까지 reporter01@example.com",  # a deadline, then an address, not a stamp
        "설명회 현장 2024.11.06 (사진 제공: 부산시)",  # a date without a signature
    ],
)
def test_a_date_not_signed_right_after_by_an_email_does_not_date_the_page(caption: str) -> None:
    assert _document(f"{HEADLINE}\n{BODY}{caption}\n").published_date is None


@pytest.mark.parametrize(
    ("stamp", "published"),
    [("2013-08-30 09:47:40", date(2013, 8, 30)), ("2013.08.30 09:47", date(2013, 8, 30))],
)
def test_a_date_and_clock_time_ending_the_headline_line_are_its_stamp(stamp: str, published: date) -> None:
    document = _document(f"{HEADLINE} {stamp}\n\n{BODY}")
    assert (document.title, document.published_date) == (HEADLINE, published)


def test_a_date_without_a_clock_time_ending_the_headline_is_no_stamp() -> None:
    document = _document(f"{HEADLINE} 2013.08.30\n\n{BODY}")
    assert document.published_date is None


@pytest.mark.parametrize(
    "headline",
    ["국립아동병원과 양해각서(MOU) 체결", "청연병원, 우즈베키스탄 현지병원과 MOU 체결"],
)
def test_a_korean_headline_with_an_acronym_in_capitals_is_no_site_name(headline: str) -> None:
    document = _document(f"{headline}\n\n해외환자 유치 토대 마련\n\n{BODY}")
    assert document.title == headline


def test_a_line_all_in_capitals_above_the_headline_is_still_the_site_name() -> None:
    document = _document(f"KOREA HEALTH NEWS\n{HEADLINE}\n입력 2019.03.10 09:00\n{BODY}")
    assert document.title == HEADLINE


def test_the_repeated_headline_wins_over_the_subtitles_under_it() -> None:
    text = f"{HEADLINE}\n\n{HEADLINE}\n\n울란바토르 의료관광 설명회 열고 150여 건 상담\n기사승인 2024-11-06 16:58:26\n{BODY}"
    assert _document(text).title == HEADLINE


def test_without_a_repeated_line_the_headline_is_the_last_before_the_dateline() -> None:
    text = f"지역뉴스\n{HEADLINE}\n입력 2024.11.06 16:58\n{BODY}"
    assert _document(text).title == HEADLINE


@pytest.mark.parametrize("clock", ["2026-01-20 13:12:38 기준", "2025.09.01 08:00 현재"])
def test_the_sites_clock_as_of_a_moment_is_not_the_pages_date(clock: str) -> None:
    document = _document(
        f"메뉴\n{clock}\n  • 의약\n  • 제약\n\n{HEADLINE}\n\n  • 홍길동\n  • 2013-06-11 10:20:05\n\n{BODY}"
    )
    assert (document.published_date, document.title) == (date(2013, 6, 11), HEADLINE)


def test_the_headline_comes_before_its_deck() -> None:
    """The lines under a Korean headline and above the dateline are its deck, not its title."""
    document = _document(
        "전체메뉴\n\n"
        f"{HEADLINE}\n"
        "2025년 ‘의료관광객 2만명’ 목표\n"
        "현지 여행사와 협력 강화\n"
        "입력 2024.11.06 10:00\n\n"
        f"{BODY}"
    )
    assert (document.published_date, document.title) == (date(2024, 11, 6), HEADLINE)


ARTICLE = "대구시가 카자흐스탄 알마티에서 의료관광 설명회를 열었다고 5일 밝혔다.\n"


@pytest.mark.parametrize(
    "stamp",
    [
        "보도일자 2024.03.05",
        "보도일자 : 2024-03-05",
        "배포일시 2024-03-05 10:00",
        "Date : 2024-03-05",
        "등록일자 2024.03.05",
    ],
)
def test_every_label_of_the_publication_dates_the_page(stamp: str) -> None:
    document = _document(f"{HEADLINE}\n{stamp}\n{ARTICLE}")
    assert (document.title, document.published_date) == (HEADLINE, date(2024, 3, 5))


def test_the_entry_date_beats_a_modification_told_above_it() -> None:
    document = _document(f"{HEADLINE}\n업데이트 2024.03.06 09:00\n입력 2024.03.05 10:00\n{ARTICLE}")
    assert document.published_date == date(2024, 3, 5)


@pytest.mark.parametrize(
    "headline",
    ["부산시, 몽골 공략... 의료관광 설명회 열어", "언어 걱정 없는 진료를 위해...메디컬코리아 막 올라"],
)
def test_a_headline_joined_by_an_ellipsis_of_stops_is_one_headline(headline: str) -> None:
    document = _document(
        f"{headline}\n{headline}\n홍길동 기자\n승인 2024.03.05 10:00\n현지 여행사 120명 초청\n{ARTICLE}"
    )
    assert document.title == headline


def test_a_boards_fields_glued_after_the_headline_are_not_part_of_it() -> None:
    page = (
        f"{HEADLINE} 페이지 정보 작성자 홍보팀 작성일2024.03.05 댓글0건 본문 "
        + ARTICLE.strip()
        + " 시는 현지 여행사와 병원 관계자 120명을 초청했다. 현지 언론의 관심이 높았다.\n"
    )
    document = _document(page)
    assert (document.title, document.published_date) == (HEADLINE, date(2024, 3, 5))


def test_a_headline_that_is_one_quotation_closed_by_its_stop_is_the_headline() -> None:
    headline = "“몽골에서는 못 했던 수술, 한국에서 받았어요.”"
    document = _document(f"{headline}\n{ARTICLE}병원은 지난해 몽골 환자 300명을 진료했다.\n")
    assert document.title == headline


def test_a_label_and_its_date_in_cells_of_a_table() -> None:
    document = _document(f"[인터뷰] {HEADLINE}\n보도일자|2020-05-01\n{ARTICLE}")
    assert (document.title, document.published_date) == (f"[인터뷰] {HEADLINE}", date(2020, 5, 1))


def test_a_date_ending_a_line_that_opens_with_the_menu_path_stamps_its_headline() -> None:
    document = _document(f"뉴스 > 지역 {HEADLINE} 2024.03.05\n\n현지 여행사 120명 초청\n{ARTICLE}")
    assert (document.title, document.published_date) == (f"지역 {HEADLINE}", date(2024, 3, 5))


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("작성자 관리자 작성일24-10-07 11:20 조회52회 댓글0건", date(2024, 10, 7)),
        ("  • 글쓴이 : 홍보팀\n    조회 : 88\n    23-06-30 16:05  ", date(2023, 6, 30)),
        ("등록일 : 19.08.21", date(2019, 8, 21)),
    ],
)
def test_a_boards_stamp_with_a_two_figure_year_dates_the_page(stamp: str, published: date) -> None:
    document = _document(f"{HEADLINE}\n{stamp}\n{BODY}")
    assert (document.published_date, document.title) == (published, HEADLINE)


def test_two_figure_figures_without_a_clock_or_label_date_nothing() -> None:
    document = _document(f"{HEADLINE}\n참가 번호 24-10-07 배정\n{BODY}")
    assert document.published_date is None


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("지역뉴스 2021.03.09", date(2021, 3, 9)),  # the source a repost credits, after the article
        ("2019-05-27     김철수 기자", date(2019, 5, 27)),
        ("관리자 │ 2022-10-04 HIT 120 |", date(2022, 10, 4)),
    ],
)
def test_a_date_with_only_a_name_or_a_counter_beside_it_dates_the_page(stamp: str, published: date) -> None:
    document = _document(f"{HEADLINE}\n{BODY}{stamp}\n")
    assert (document.published_date, document.title) == (published, HEADLINE)


def test_a_date_in_a_line_that_says_more_is_no_stamp() -> None:
    document = _document(f"{HEADLINE}\n부산 의료관광 박람회 개막 2021.03.09\n{BODY}")
    assert document.published_date is None


@pytest.mark.parametrize("credit", ["출처 : 부산시 보도자료", "(출처: 부산시청)", "원문 : 부산시 누리집"])
def test_a_credit_line_above_the_dateline_is_no_headline(credit: str) -> None:
    document = _document(f"보도자료 > 내용보기\n{HEADLINE}\n{BODY}(끝)\n{credit}\n[2024-11-06 10:30]\n")
    assert (document.title, document.published_date) == (HEADLINE, date(2024, 11, 6))


def test_a_headline_opening_with_the_word_of_a_credit_stays_the_headline() -> None:
    headline = "출처 불명 의료광고, 부산시가 단속 나선다"
    document = _document(f"{headline}\n입력 2024.11.06 10:30\n{BODY}")
    assert (document.title, document.published_date) == (headline, date(2024, 11, 6))


def test_a_reposts_credit_in_its_last_lines_dates_a_page_without_a_dateline() -> None:
    document = _document(f"{HEADLINE}\n{BODY}출처 : 지역뉴스 (2024.11.06)\n")
    assert (document.title, document.published_date) == (HEADLINE, date(2024, 11, 6))


def test_a_date_bar_above_the_menu_is_not_the_pages_date() -> None:
    headline = HEADLINE
    document = _document(
        f"  • 맑음서울 3.6℃\n  • 흐림제주 6.4℃\n기상청 제공\n2026년 02월 09일 월요일\n메뉴\n{headline}\n{BODY}"
    )
    assert (document.title, document.published_date) == (headline, None)


@pytest.mark.parametrize("ending", ["확인하세요!", "찾았다.", "늘어날까?"])
def test_a_call_closed_by_an_exclamation_mark_is_a_headline_a_closed_sentence_is_not(ending: str) -> None:
    line = f"부산 의료관광 정보 한 곳에서 {ending}"
    document = _document(f"{line}\n{HEADLINE}\n입력 2024.11.06 10:30\n{BODY}")
    assert document.title == (line if ending.endswith("!") else HEADLINE)


def test_a_deck_said_twice_repeats_no_headline() -> None:
    deck = ["몽골 환자 작년 두 배로", "부산, 통역 지원 늘리고", "대구, 공항 안내 창구 열어"]
    page = "\n".join([HEADLINE, *deck, *deck]) + f"\n{BODY}"
    assert _document(page).title == HEADLINE


def test_a_headline_said_alone_twice_still_wins_over_its_subtitles() -> None:
    page = f"{HEADLINE}\n부산의료뉴스\n{HEADLINE}\n몽골 환자 작년 두 배로\n{BODY}"
    assert _document(page).title == HEADLINE


def test_a_modification_stamp_gives_way_to_the_approval_stamp_below() -> None:
    document = _document(f"최종수정 2024.05.16 16:06\n{HEADLINE}\n승인 2011.02.24 17:36:32\n{BODY}")
    assert (document.title, document.published_date) == (HEADLINE, date(2011, 2, 24))


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("  • 입력 : 2024. 05.21(화) 10:20", date(2024, 5, 21)),  # dots spaced after the year only
        ("2019. 3.5% 늘었다.", None),  # a year, then a share: no date
    ],
)
def test_unevenly_spaced_dots_date_the_page_and_a_share_does_not(line: str, published: date | None) -> None:
    assert _document(f"{HEADLINE}\n{line}\n{BODY}").published_date == published


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (f"- 대전시, 우즈벡서 의료관광 홍보관 운영\n{BODY}", "대전시, 우즈벡서 의료관광 홍보관 운영"),
        (
            f"-청주 한방병원 3곳 해외환자 공동 유치 협약\n-카자흐 현지 설명회도 함께 열어\n{BODY}",
            "청주 한방병원 3곳 해외환자 공동 유치 협약",
        ),
        (
            f"기후 뉴스\n실시간 뉴스\n  • 수원시, 베트남 의료진 초청 연수\n{BODY}",
            "수원시, 베트남 의료진 초청 연수",
        ),
    ],
)
def test_a_headline_set_as_the_first_list_item_is_the_title(page: str, title: str) -> None:
    assert _document(page).title == title


def test_a_list_item_under_the_headline_stays_its_deck() -> None:
    assert _document(f"{HEADLINE}\n- 몽골 현지 병원과 협력 논의\n{BODY}").title == HEADLINE
