"""Headline, dateline and publisher from the top of pages, in the forms real sites use."""

from datetime import date

import pytest

from extractors.lexicon import load_lexicon
from extractors.metadata import detect_language, extract_metadata

PAGES = [
    ("Site\n{}\nMarch 31,2021\nBody text.", date(2021, 3, 31)),
    ("k-news\n{} Updated: 2016-11-30 15:29:28 KST\nBody.", date(2016, 11, 30)),
    ("{}\nCreatedd 2009-08-14 Hit 1773\nBody.", date(2009, 8, 14)),
    ("Home > News\n{}\nRegistration date 2016.09.06 Writer admin\nBody.", date(2016, 9, 6)),
    ("{}\nPublished : May 3, 2014 - 09:12\nBody.", date(2014, 5, 3)),
    ("{}\ndate 2015-04-20\nBody.", date(2015, 4, 20)),
    ("Tuesday, November 24, 2026\n{}\nPosted on 4 February 2019\nBody.", date(2019, 2, 4)),
]
HEADLINE = "Busan hospitals report record numbers of Russian patients"


@pytest.mark.parametrize(("page", "published"), PAGES)
def test_datelines_and_the_headline_above_them(page: str, published: date) -> None:
    metadata = extract_metadata(page.format(HEADLINE), load_lexicon("en"))
    assert metadata.published_date == published
    assert metadata.title == HEADLINE


def test_a_current_date_bar_is_not_the_publication_date() -> None:
    page = "Monday, March 2, 2020\nSeoul clinic welcomes Mongolian patients in record numbers\nThe clinic said it treated more patients."
    metadata = extract_metadata(page, load_lexicon("en"))
    assert metadata.published_date is None
    assert metadata.title == "Seoul clinic welcomes Mongolian patients in record numbers"


def test_site_names_beside_or_above_the_headline_become_the_publisher() -> None:
    page = "KHA - Korea Hospital Association\nDaegu clinics court Kazakh patients | Health Asia Weekly\nBody text."
    metadata = extract_metadata(page, load_lexicon("en"))
    assert metadata.title == "Daegu clinics court Kazakh patients"
    assert metadata.publisher == "KHA - Korea Hospital Association"


def test_language_is_told_by_script() -> None:
    assert detect_language("Foreign patients visited Korea.") == "en"
    assert detect_language("외국인 환자 30만 명이 한국을 찾았다.") == "ko"
