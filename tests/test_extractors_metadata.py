"""Metadata read through the whole extraction: Markdown bylines and breadcrumb lines."""

import hashlib
from datetime import date

import pytest

from extractors import extract
from models import MediaType, SourceDocument

PAGE = """[Home](/) › [News](/news) › [Health](/news/health)

# Jeonbuk hospitals welcome record numbers of Russian patients

_Gangwon Herald · 14 May 2021_

Jeonbuk hospitals treated more foreign patients than ever last year.
"""


def test_a_markdown_byline_gives_the_date_and_breadcrumbs_are_no_headline() -> None:
    document = _document(PAGE, MediaType.MARKDOWN).document
    assert document.published_date == date(2021, 5, 14)
    assert document.title == "Jeonbuk hospitals welcome record numbers of Russian patients"


def _document(text: str, media_type: MediaType = MediaType.TEXT):
    content = text.encode()
    source = SourceDocument(
        doc_id="doc",
        source_uri="doc",
        content=content,
        content_sha256=hashlib.sha256(content).hexdigest(),
        media_type=media_type,
    )
    return extract(source)


def test_a_wire_dateline_opening_the_first_paragraph_dates_the_article_and_stays_in_the_body() -> None:
    extraction = _document(
        "Daryo\nNews | Business | Society\n\nKorean clinics see more Uzbek patients\n\n"
        "BUKHARA, 3 July 2017 (Daryo) -- Gangnam Severance Hospital signed an MOU with the Bukhara "
        "Regional Medical Center on Monday, the hospital said.\n"
    )
    assert extraction.document.published_date == date(2017, 7, 3)
    assert any(type(r).__name__ == "Partnership" for r in extraction.records)


def test_a_byline_with_a_date_dates_the_article_not_the_site_date_bar() -> None:
    extraction = _document(
        "Sunday, 23 November 2025 | Almaty +2C\n\nKazakh surgeons train in Busan\n\n"
        "By Dana Sultan in Health on 5 March 2016\n\nTwelve surgeons from Almaty began a month of training in Busan.\n"
    )
    assert extraction.document.published_date == date(2016, 3, 5)


def test_an_html_date_in_a_div_below_a_long_menu() -> None:
    menu = "".join(f"<div><a>Menu item {i}</a></div>" for i in range(20))
    page = (
        "<html><head><title>Newsroom | Hanbit Hospital</title></head><body>"
        f"{menu}<h2>Hanbit Hospital signs MOU with Osh clinic</h2>"
        "<div class='info'><span>Date 2021-06-02</span> <span>Hit 310</span></div>"
        "<p>Hanbit Hospital signed an MOU with the Osh City Clinic in Osh on May 28.</p></body></html>"
    )
    assert _document(page, MediaType.HTML).document.published_date == date(2021, 6, 2)


def test_a_menu_spaced_with_runs_of_blanks_is_no_headline() -> None:
    extraction = _document(
        "Kazinform\nPolitics   Economy   Society   Medicine   Culture\n\n"
        "Korean clinics court Kazakh patients at Almaty fair\n\n"
        "ALMATY, March 3, 2019 (Kazinform) -- More than 30 Korean hospitals presented their services.\n"
    )
    assert extraction.document.title == "Korean clinics court Kazakh patients at Almaty fair"


@pytest.mark.parametrize(
    ("head", "published", "title"),
    [
        (
            "Almaty Surgeons Finish Spine Training in Daegu 2022.09.14",
            date(2022, 9, 14),
            "Almaty Surgeons Finish Spine Training in Daegu",
        ),
        (
            "Busan Opens a Help Desk for Visiting Patients 2019-03-07",
            date(2019, 3, 7),
            "Busan Opens a Help Desk for Visiting Patients",
        ),
        (
            "Gwangju Welcomes Nurses from Tashkent 2020-11-02T09:41:55+00:00",
            date(2020, 11, 2),
            "Gwangju Welcomes Nurses from Tashkent",
        ),
        (
            "Hanbit Clinic Treats Its First Patient from Oman (2018.05.21)",
            date(2018, 5, 21),
            "Hanbit Clinic Treats Its First Patient from Oman",
        ),
    ],
)
def test_a_stamp_in_figures_ending_the_headline_line_dates_the_page(
    head: str, published: date, title: str
) -> None:
    document = _document(f"{head}\n\n{_STAMPLESS_BODY}").document
    assert document.published_date == published
    assert document.title == title


_STAMPLESS_BODY = (
    "Doctors from the Ulsan Spine Centre spent four weeks with the visiting team last month.\n"
    "The programme will continue with a second group of twelve doctors.\n"
)


def test_a_date_in_words_ending_the_headline_is_the_headline_own_and_dates_nothing() -> None:
    document = _document(f"Medical Fair to Open in Incheon on May 3, 2024\n\n{_STAMPLESS_BODY}").document
    assert document.published_date is None


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Go to Main Content\nHealth News\n  • Daegu Invites Clinics from Almaty to a Spring Fair\n"
            f"{_STAMPLESS_BODY}",
            "Daegu Invites Clinics from Almaty to a Spring Fair",
        ),
        (
            f"- Incheon hospital opens a desk for Mongolian patients\n{_STAMPLESS_BODY}",
            "Incheon hospital opens a desk for Mongolian patients",
        ),
    ],
)
def test_a_headline_set_as_the_first_list_item_is_the_title(page: str, title: str) -> None:
    assert _document(page).document.title == title


def test_a_list_item_of_a_word_or_two_is_a_menu_not_the_title() -> None:
    page = f"- Home\n- Notices\nUlsan Clinics Welcome Kazakh Nurses\n{_STAMPLESS_BODY}"
    assert _document(page).document.title == "Ulsan Clinics Welcome Kazakh Nurses"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Nurses Abroad\nNurses Abroad", "Nurses Abroad"),
        ("Regional Desk\nSpine Care Exports\nSpine Care Exports", "Spine Care Exports"),
        ("Clinic Pact Signed\nClinic Pact Signed\nClinic Pact Signed", "Clinic Pact Signed"),
    ],
)
def test_a_short_title_said_twice_one_line_under_the_other_is_the_headline(head: str, title: str) -> None:
    assert _document(f"{head}\n{_STAMPLESS_BODY}").document.title == title


def test_a_short_label_said_twice_apart_is_no_headline() -> None:
    page = f"Top Stories\nDaejeon Hospitals Court Uzbek Patients\nTop Stories\n{_STAMPLESS_BODY}"
    assert _document(page).document.title == "Daejeon Hospitals Court Uzbek Patients"


def test_a_short_line_said_once_is_no_headline() -> None:
    assert _document(f"Medical Tourism\n{_STAMPLESS_BODY}").document.title != "Medical Tourism"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Mekong Health Blog\nHome | Archive | About\nSaturday, April 9, 2016\n"
            "Volunteer surgeons from Jeonju return to Vientiane",
            "Volunteer surgeons from Jeonju return to Vientiane",
        ),
        (
            "Treaty Library\nSearch the archive\n  View printer friendly version\nMarch 14, 2003\n"
            "AGREEMENT ON A FRIENDSHIP CLINIC IN DAVAO CITY, THE PHILIPPINES",
            "AGREEMENT ON A FRIENDSHIP CLINIC IN DAVAO CITY, THE PHILIPPINES",
        ),
    ],
)
def test_a_headline_right_under_a_date_line_is_the_title(head: str, title: str) -> None:
    assert _document(f"{head}\n{_STAMPLESS_BODY}").document.title == title


def test_a_headline_right_above_its_date_line_stays_the_title() -> None:
    page = (
        "Mekong Health Blog\nVolunteer surgeons from Jeonju return to Vientiane\nSaturday, April 9, 2016\n"
        f"Twelve doctors in a second group this spring\n{_STAMPLESS_BODY}"
    )
    assert _document(page).document.title == "Volunteer surgeons from Jeonju return to Vientiane"


def test_a_sentence_under_a_byline_date_is_no_headline() -> None:
    page = (
        "Gimhae clinics sign up Mongolian partners at a spring fair\nBy Jane Roh\nMonday, 4 March 2019\n"
        "The Gimhae city government said twelve clinics took part in the fair with partners from "
        "Ulaanbaatar and Darkhan this week\n"
        f"{_STAMPLESS_BODY}"
    )
    assert _document(page).document.title == "Gimhae clinics sign up Mongolian partners at a spring fair"
