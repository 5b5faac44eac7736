"""Headline, dateline and publisher from the top of pages, in the forms real sites use."""

from datetime import date

import pytest

from extractors.lang.registry import language_for
from extractors.text.cleaning import clean_text
from extractors.text.metadata import extract_metadata
from extractors.text.script import detect_language
from models import MediaType

PAGES = [
    ("Site\n{}\nMarch 31,2021\nBody text.", date(2021, 3, 31)),
    ("k-news\n{} Updated: 2016-11-30 15:29:28 KST\nBody.", date(2016, 11, 30)),
    ("{}\nCreatedd 2009-08-14 Hit 1773\nBody.", date(2009, 8, 14)),
    ("Home > News\n{}\nRegistration date 2016.09.06 Writer admin\nBody.", date(2016, 9, 6)),
    ("{}\nPublished : May 3, 2014 - 09:12\nBody.", date(2014, 5, 3)),
    ("{}\ndate 2015-04-20\nBody.", date(2015, 4, 20)),
    ("Tuesday, November 24, 2026\n{}\nPosted on 4 February 2019\nBody.", date(2019, 2, 4)),
    # a byline with a date spaced the Korean way, a name signing the date, a stamp with a weekday and a clock
    ("{}\nby Health Culture Notes 2021. 9. 14.\nBody.", date(2021, 9, 14)),
    ("Busan Medical Weekly Staff, March 3, 2011\n{}\nBody text.", date(2011, 3, 3)),
    ("Home > Board > News\n: Editor : Wed, 8 May 2019, 4:20 PM\n{}\nBody text.", date(2019, 5, 8)),
    # a board's label glued to its date
    ("{}\nNo.6503 Date2021-06-23 Hit 2479\nBody text.", date(2021, 6, 23)),
    ("{}\n- Regdate2022-07-31 10:05\nBody text.", date(2022, 7, 31)),
]
HEADLINE = "Busan hospitals report record numbers of Russian patients"


@pytest.mark.parametrize(("page", "published"), PAGES)
def test_datelines_and_the_headline_above_them(page: str, published: date) -> None:
    metadata = extract_metadata(page.format(HEADLINE), language_for("en"))
    assert metadata.published_date == published
    assert metadata.title == HEADLINE


def test_a_listing_title_cut_short_gives_way_to_the_whole_headline() -> None:
    page = f"[MAR. 2019] Busan hospitals report record numbers ...\n  Date 2019-03-11\n{HEADLINE}\nBody text."
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, date(2019, 3, 11))


@pytest.mark.parametrize(
    ("credit", "published"),
    [
        ("Source: Korea Daily Wire (Mar. 9, 2015)", date(2015, 3, 9)),
        ("(Source: The Korea Herald, 2 May 2019)", date(2019, 5, 2)),
        ("Original article: Busan Ilbo, 2020-03-07", date(2020, 3, 7)),
        # a sentence naming a source, and a credit whose date is not its last word, date nothing
        ("The source said the ministry met the agency on May 2, 2019 to discuss the figures.", None),
        ("Source: KHIDI report of March 3, 2019, figures rounded", None),
    ],
)
def test_a_reposts_credit_line_dates_a_page_without_a_dateline(credit: str, published: date | None) -> None:
    page = f"{HEADLINE}\nThe city said it treated more patients.\n\n{credit}\n** Translated from Korean."
    assert extract_metadata(page, language_for("en")).published_date == published


@pytest.mark.parametrize(
    "furniture", ["Home | News | Health | Opinion", "Skip to main content", "Korea Medical Daily"]
)
def test_a_current_date_bar_above_the_sites_furniture_is_not_the_publication_date(furniture: str) -> None:
    page = (
        f"Monday, March 2, 2020\n{furniture}\nSeoul clinic welcomes Mongolian patients in record numbers\n"
        "The clinic said it treated more patients."
    )
    metadata = extract_metadata(page, language_for("en"))
    assert metadata.published_date is None
    assert metadata.title == "Seoul clinic welcomes Mongolian patients in record numbers"


@pytest.mark.parametrize(
    ("bar", "published"),
    [
        ("Monday, March 2, 2020", date(2020, 3, 2)),
        ("Thursday 12 November 2015", date(2015, 11, 12)),
        ("Sat, Jun 4, 2011", date(2011, 6, 4)),
    ],
)
def test_a_weekday_date_right_above_the_headline_dates_a_page_without_another_date(
    bar: str, published: date
) -> None:
    page = f"{bar}\n\n{HEADLINE}\n\nBusan hospitals treated 9,000 Russians last year, the city said.\n"
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, published)


def test_a_weekday_date_bar_gives_way_to_the_articles_own_date() -> None:
    page = f"Monday, March 2, 2020\n{HEADLINE}\nPosted on 4 February 2019\nBody text.\n"
    assert extract_metadata(page, language_for("en")).published_date == date(2019, 2, 4)


def test_site_names_beside_or_above_the_headline_become_the_publisher() -> None:
    page = "KHA - Korea Hospital Association\nDaegu clinics court Kazakh patients | Health Asia Weekly\nBody text."
    metadata = extract_metadata(page, language_for("en"))
    assert metadata.title == "Daegu clinics court Kazakh patients"
    assert metadata.publisher == "KHA - Korea Hospital Association"


def test_language_is_told_by_script() -> None:
    assert detect_language("Foreign patients visited Korea.") == "en"
    assert detect_language("외국인 환자 30만 명이 한국을 찾았다.") == "ko"


FURNITURE_PAGE = """THE HEALTH ECONOMY REVIEW
Nation | Business | Health | World | Opinion
Font size [+] [-]    Print    Share
입력 2018.06.18 15:32  |  수정 2018.06.18 16:05

Ulsan clinics welcome record numbers of Kazakh patients

By Park Min-jae

[Photo] Doctors greet visitors at a clinic in Ulsan. (Courtesy of Ulsan City)

Ulsan clinics treated 2,400 Kazakh patients last year, the city said on Monday."""


def test_menus_bylines_captions_and_site_names_are_not_headlines() -> None:
    metadata = extract_metadata(FURNITURE_PAGE, language_for("en"))
    assert metadata.title == "Ulsan clinics welcome record numbers of Kazakh patients"
    assert metadata.published_date == date(2018, 6, 18)  # labelled by a Korean CMS ("입력")
    assert metadata.publisher == "THE HEALTH ECONOMY REVIEW"


def test_a_press_release_headline_below_its_labels() -> None:
    page = (
        "PRESS RELEASE\nDate: 2019-04-17 (Wed)\nEmbargo: for release at 12:00\nContact: Policy Division\n\n"
        "Foreign patients in Korea rise 12 percent in 2018\n\n- Patients from Uzbekistan grow fastest\n\nBody text."
    )
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (
        "Foreign patients in Korea rise 12 percent in 2018",
        date(2019, 4, 17),
    )


def test_html_pages_state_their_own_metadata() -> None:
    html = """<html><head><title>Health Biz :: Gangnam clinic signs insurer contracts</title>
    <meta property="og:site_name" content="Health Biz">
    <meta name="article:published_time" content="2017-06-29T14:21:00+09:00"></head>
    <body><div>Health Biz | Login | RSS</div><p>Gangnam clinic signs insurer contracts with Russian firms.</p></body></html>"""
    cleaned = clean_text(html, MediaType.HTML)
    metadata = extract_metadata(cleaned.text, language_for("en"), cleaned.page)
    assert metadata.title == "Gangnam clinic signs insurer contracts"
    assert metadata.published_date == date(2017, 6, 29)
    assert metadata.publisher == "Health Biz"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("All News 10:12 April 09, 2020", date(2020, 4, 9)),
        ("18.10.2019 | 11:47 | Views: 1 284", date(2019, 10, 18)),
        ("14.09.2019 12:05", date(2019, 9, 14)),
    ],
)
def test_publication_stamps_with_a_clock_time(stamp: str, published: date) -> None:
    page = f"Agency News\nSociety | Health | Regions\n\n{HEADLINE}\n\n{stamp}\nBody text follows here."
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, published)


def test_markdown_level_one_heading_is_the_headline() -> None:
    markdown = (
        f"# {HEADLINE}\n\n**Health Agency (HA) - Press Release**\n**Release date:** 22 March 2024\n\nBody."
    )
    cleaned = clean_text(markdown, MediaType.MARKDOWN)
    metadata = extract_metadata(cleaned.text, language_for("en"), cleaned.page)
    assert (metadata.title, metadata.published_date) == (HEADLINE, date(2024, 3, 22))


def test_a_generic_title_bar_gives_way_to_the_headline_in_the_page() -> None:
    html = f"""<html><head><title>Ulsan City Hall - City News</title></head><body>
    <table><tr><th>Title</th><td>{HEADLINE}</td></tr><tr><th>Date</th><td>2022.10.28</td></tr></table>
    <p>Body text of the article.</p></body></html>"""
    cleaned = clean_text(html, MediaType.HTML)
    metadata = extract_metadata(cleaned.text, language_for("en"), cleaned.page)
    assert (metadata.title, metadata.published_date) == (HEADLINE, date(2022, 10, 28))


def test_a_line_that_only_names_an_organisation_heads_the_site() -> None:
    page = f"Jeonbuk Central Hospital\nHome | News | Contact | English\n\n{HEADLINE}\n\nWriter International Center | Views 405\nBody."
    assert extract_metadata(page, language_for("en")).title == HEADLINE


def test_day_first_dashed_dates_on_a_stamp_line() -> None:
    page = f"Gulf Agency\n\n{HEADLINE}\n\nWed 12-03-2014 18:44\n\nBody text."
    assert extract_metadata(page, language_for("en")).published_date == date(2014, 3, 12)


@pytest.mark.parametrize("crumbs", ["Home > Notice > City News", "Home › News › Events", "News » Society"])
def test_a_breadcrumb_is_not_the_publisher(crumbs: str) -> None:
    page = f"{crumbs}\n\n{HEADLINE}\n\nUpdated: 2018-06-11 10:02:44 KST\n\nBody text of the article."
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.publisher, metadata.published_date) == (
        HEADLINE,
        None,
        date(2018, 6, 11),
    )


def test_the_site_name_above_a_breadcrumb_is_the_publisher() -> None:
    page = f"Busan Metro Daily\nHome > News > Health\n\n{HEADLINE}\n\nPosted on 4 February 2019\n\nBody text."
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.publisher) == (HEADLINE, "Busan Metro Daily")


def test_a_name_signing_the_article_off_is_not_the_publisher() -> None:
    page = (
        f"{HEADLINE}\nUpdated Mar 21, 2019 11:20 KST\n\nBody text of the report.\n\nChoi Yu-na, Arirang News."
    )
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.publisher) == (HEADLINE, None)


def test_a_byline_mark_beside_the_date_is_not_part_of_the_publisher() -> None:
    markdown = f"# {HEADLINE}\n\n_K-Health Today · 22 March 2024_\n\nBody text."
    cleaned = clean_text(markdown, MediaType.MARKDOWN)
    metadata = extract_metadata(cleaned.text, language_for("en"), cleaned.page)
    assert (metadata.publisher, metadata.published_date) == ("K-Health Today", date(2024, 3, 22))


@pytest.mark.parametrize("label", ["Title:", "Title :", "SUBJECT:", "Headline:"])
def test_a_title_label_is_not_part_of_the_headline(label: str) -> None:
    page = f"Gwangju Metropolitan City\nHome > Notice > City News\n\n{label} {HEADLINE}\nWriter : Health Policy Division    Date : 2018.05.14 15:32\n\nBody."
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, date(2018, 5, 14))


def test_a_title_label_in_a_page_heading_is_dropped_too() -> None:
    html = f"<html><body><h1>Title: {HEADLINE}</h1><p>Body text of the article.</p></body></html>"
    cleaned = clean_text(html, MediaType.HTML)
    assert extract_metadata(cleaned.text, language_for("en"), cleaned.page).title == HEADLINE


def test_a_headline_that_merely_mentions_a_title_keeps_it() -> None:
    headline = "Title sponsor named for Busan medical tourism fair"
    page = f"{headline}\nPosted on 4 February 2019\nBody."
    assert extract_metadata(page, language_for("en")).title == headline


LONG_FIRST_PARAGRAPH = (
    "The health minister received a delegation of Korean hospital directors at the ministry, and the two "
    "sides discussed the training of doctors, the referral of patients for treatment abroad and the "
    "opening of a joint clinic, the ministry said in a statement issued after the meeting on the day."
)


@pytest.mark.parametrize(
    ("page", "published", "title"),
    [
        # a view counter after the date
        (f"Site\n{HEADLINE}\n2016-03-14 1,204  Views\nBody.", date(2016, 3, 14), HEADLINE),
        # a stamp whose parts are set apart by bars
        (f"Site\n{HEADLINE}\n09:41 | Oct 07 | 2015\nBody.", date(2015, 10, 7), HEADLINE),
        # a labelled stamp glued to a long first paragraph
        (f" date 2021-06-30 {LONG_FIRST_PARAGRAPH}\nMore.", date(2021, 6, 30), None),
        # a wire dateline naming two cities: neither is the headline
        (
            f"{HEADLINE}\nLONDON and BUSAN, South Korea, Aug. 3, 2020 /PRNewswire/ -- {LONG_FIRST_PARAGRAPH}",
            date(2020, 8, 3),
            HEADLINE,
        ),
    ],
)
def test_date_stamps_real_pages_write(page: str, published: date, title: str | None) -> None:
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.published_date, metadata.title) == (published, title)


def test_a_date_inside_a_long_first_paragraph_without_a_label_is_no_publication_date() -> None:
    metadata = extract_metadata(f"On 2021-06-30 {LONG_FIRST_PARAGRAPH}\nMore.", language_for("en"))
    assert metadata.published_date is None


@pytest.mark.parametrize(
    "page",
    [
        # a paragraph of the article above or below the headline, repeated by the page
        f"{HEADLINE}\n\nBusan, the country's second city, is drawing patients from Russia. Its "
        "hospitals report a record year.\n\nBusan, the country's second city, is drawing patients "
        "from Russia. Its hospitals report a record year.\n",
        # a photo caption closed by its credit above the headline
        "Russian patients wait for a consultation at a hospital in Busan in March 2019. Courtesy "
        f"of Busan City |\n{HEADLINE}\nBy Kim Min-ji\nBusan hospitals treated 9,000 Russians last year.\n",
        # a skip link above the headline
        f"Skip to main content\n\n{HEADLINE}\n\nBusan hospitals treated 9,000 Russians last year.\n",
        # the title bar ("headline - written by ...") above the headline repeated alone
        f"{HEADLINE} - written by Kim Min-ji\n\n{HEADLINE}\nwritten by Kim Min-ji\n\nBody text.\n",
    ],
)
def test_captions_paragraphs_skip_links_and_title_bars_give_way_to_the_headline(page: str) -> None:
    assert extract_metadata(page, language_for("en")).title == HEADLINE


def test_a_headline_after_a_stamp_on_its_line() -> None:
    page = f" date 2019-03-04 {HEADLINE}\nBusan hospitals treated 9,000 Russians last year, the city said.\n"
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, date(2019, 3, 4))


def test_the_other_fields_of_a_stamp_are_no_headline() -> None:
    page = f"Press Releases\n\n{HEADLINE}\n\nDate 2017-04-19 | Department Health Policy Division | Hit 1,904\n\nBody.\n"
    assert extract_metadata(page, language_for("en")).title == HEADLINE


def test_the_original_publication_date_beats_the_sites_creation_stamp() -> None:
    page = (
        f"{HEADLINE}\nCreatedd 2012-10-23 Hit 550\n{HEADLINE}\n(Published September 19, 2012)\nBody text.\n"
    )
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, date(2012, 9, 19))


def test_a_publication_told_inside_a_sentence_is_no_dateline() -> None:
    page = f"{HEADLINE}\nPosted on 4 February 2019\nThe city cited a report published on 5 March 2018.\n"
    assert extract_metadata(page, language_for("en")).published_date == date(2019, 2, 4)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Writer : admin   Date : 19.04.08   Hits : 310", date(2019, 4, 8)),
        ("Posted 21-11-30 09:15", date(2021, 11, 30)),
        ("  22.02.14 17:03  ", date(2022, 2, 14)),
    ],
)
def test_a_boards_stamp_with_a_two_figure_year(stamp: str, published: date) -> None:
    page = f"Notice\n\n{HEADLINE}\n{stamp}\nBusan hospitals treated 9,000 Russians last year.\n"
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, published)


@pytest.mark.parametrize(
    "line",
    [
        "Score 21-11-30 in the final",  # figures with neither a clock time nor a label
        "Room 12.05.07 Hits 40",  # a code, its label no publication label
        "Posted 21-13-30 09:15",  # no month 13
    ],
)
def test_two_figure_years_without_a_stamps_clock_or_label_date_nothing(line: str) -> None:
    page = f"Notice\n\n{HEADLINE}\n{line}\nBusan hospitals treated 9,000 Russians last year.\n"
    assert extract_metadata(page, language_for("en")).published_date is None


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Medical Times : 2018-05-02", date(2018, 5, 2)),  # the source a repost credits
        ("2020-11-17     Lee Su-jin", date(2020, 11, 17)),  # the writer after the date
        ("editor │ 2023-08-14 HIT 912 |", date(2023, 8, 14)),  # a board's fields and counter
    ],
)
def test_a_date_with_only_a_name_or_a_counter_beside_it_dates_the_page(stamp: str, published: date) -> None:
    page = f"{HEADLINE}\n{stamp}\nBusan hospitals treated 9,000 Russians last year.\n"
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, published)


@pytest.mark.parametrize(
    "line",
    [
        "Busan fair opens 2018-05-02",  # a line that says more than a name
        "Ward 7 2018-05-02",  # figures before the date are no name (a counter comes after it)
    ],
)
def test_a_date_beside_more_than_a_name_is_no_stamp(line: str) -> None:
    page = f"{HEADLINE}\n{line}\nBusan hospitals treated 9,000 Russians last year.\n"
    assert extract_metadata(page, language_for("en")).published_date is None


@pytest.mark.parametrize("tag", ["[MAR. 2019]", "[Feature]", "[Vol. 12]"])
def test_a_tagged_listing_title_gives_way_to_the_whole_headline_below(tag: str) -> None:
    page = f"Medical e-News\n{tag} Busan hospitals report record numbers of Russian\n  • Date 2019-03-11\n{HEADLINE}\nBody text."
    assert extract_metadata(page, language_for("en")).title == HEADLINE


@pytest.mark.parametrize(
    "below",
    [
        "Busan hospitals treat",  # a shorter line does not complete it
        "Russian patients crowd Busan clinics",  # nor a line that does not go on from it
    ],
)
def test_a_tagged_title_not_completed_below_keeps_its_tag(below: str) -> None:
    page = f"[Feature] Busan hospitals treat record numbers of Russians\nDate 2019-03-11\n{below}\nBody text follows here."
    assert (
        extract_metadata(page, language_for("en")).title
        == "[Feature] Busan hospitals treat record numbers of Russians"
    )


def test_a_deck_of_several_lines_said_twice_repeats_no_headline() -> None:
    deck = ["Mongolian patients doubled last year", "Busan adds interpreters at its clinics"]
    page = "\n".join([HEADLINE, *deck, *deck, "Busan hospitals treated 9,000 Russians last year."])
    assert extract_metadata(page, language_for("en")).title == HEADLINE


@pytest.mark.parametrize(
    "deck",
    [
        "A look at how the city's clinics won them over",
        "An interview with the head of the city's clinic association",
        "This report is the first of a series on the city's clinics.",
    ],
)
def test_a_deck_glued_to_the_headline_is_cut_off(deck: str) -> None:
    page = f"Health\n{HEADLINE}{deck}\nPosted on 4 February 2019\nBusan hospitals treated 9,000 Russians.\n"
    assert extract_metadata(page, language_for("en")).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Busan clinics add KakaoTalk help desks for Russian patients",  # a brand's capital inside a word
        "Busan hospital opens LeAnn Rivers ward for Russian patients",  # a capital after two letters
        "Busan hospitals: A record year for Russian patients",  # the opener after a space, not glued
    ],
)
def test_a_capital_inside_a_word_of_a_headline_cuts_nothing(headline: str) -> None:
    page = f"Health\n{headline}\nPosted on 4 February 2019\nBusan hospitals treated 9,000 Russians.\n"
    assert extract_metadata(page, language_for("en")).title == headline


@pytest.mark.parametrize(
    ("stamps", "published"),
    [
        ("• Updated 2024.5.16 16:06\n{h}\nPosted 2011.02.24 17:36", date(2011, 2, 24)),
        ("{h}\nLast modified: 2023-01-05\nDate: 2019-07-01", date(2019, 7, 1)),
        ("{h}\nEdited 2020-03-03 09:00\n입력 2020.03.01 08:10", date(2020, 3, 1)),
    ],
)
def test_an_update_stamp_gives_way_to_the_articles_own_stamp_below(stamps: str, published: date) -> None:
    page = stamps.format(h=HEADLINE) + "\nBusan hospitals treated 9,000 Russians last year.\n"
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, published)


@pytest.mark.parametrize(
    "below",
    [
        "Busan hospitals treated 9,000 Russians, the ministry said in a report dated 2011-02-24.",
        "Updated 2011.02.24",  # a second update stamp
    ],
)
def test_an_update_stamp_with_no_other_stamp_below_dates_the_page(below: str) -> None:
    page = f"{HEADLINE}\nUpdated 2024.5.16 16:06\n{below}\nMore text.\n"
    assert extract_metadata(page, language_for("en")).published_date == date(2024, 5, 16)


SHORT_HEADLINES = ["Care Without Borders", "Health for Export", "Healing Journeys"]
BODY = "Busan hospitals treated 9,000 Russians last year."


@pytest.mark.parametrize("short", SHORT_HEADLINES)
def test_a_short_headline_said_twice_in_a_row_is_the_title(short: str) -> None:
    page = f"Menu\n{short}\n{short}\nPosted on 4 February 2019\n{BODY}"
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (short, date(2019, 2, 4))


@pytest.mark.parametrize(
    ("code", "short_lines", "rest"),
    [
        ("en", ["Health for Export"], ["Home", BODY]),  # said once
        ("en", ["Health for Export", "News", "Health for Export"], ["Home", BODY]),  # apart: a section label
        ("en", ["health for export"] * 2, ["Home", BODY]),  # lowercase
        ("en", ["Export Report 2019"] * 2, ["Home", BODY]),  # ending in a figure
        ("en", ["Healing"] * 2, ["Home", BODY]),  # one word
        # on a Korean page a Latin line said twice is a name (and a Hangul headline of two words
        # already looks like one): the English test of capitals does not apply
        (
            "ko",
            ["Medical Korea"] * 2,
            ["메뉴", "입력 2019.02.04", "부산 병원들은 러시아 환자 9천명을 진료했다."],
        ),
    ],
)
def test_a_short_line_not_said_twice_in_a_row_is_no_title(
    code: str, short_lines: list[str], rest: list[str]
) -> None:
    """The page reads as if the short lines were not there."""
    language = language_for(code)
    with_them = "\n".join([rest[0], *short_lines, *rest[1:]])
    without = "\n".join(rest)
    assert extract_metadata(with_them, language).title == extract_metadata(without, language).title


@pytest.mark.parametrize(
    "page",
    [
        # a credit line that a page repeats under its charts, or sets above its date line
        f"{HEADLINE}\n\nBody text of the article.\n\n(Graphics by Mina Seo)\n\nMore text.\n\n(Graphics by Mina Seo)\n",
        f"{HEADLINE}\n\nVia Hanbit Press Office\n\nOct 2, 2019\n\nBody text of the article.\n",
        f"{HEADLINE}\n\n(Illustration by Park Ji-ho)\n\nBody text of the article.\n",
        # a byline of a day without a year and the writer above the headline
        f"Mar 3 • Olivia Grant\n\n{HEADLINE}\n\nBody text of the article.\n",
        f"Kim Dae-ho | 14 May\n\n{HEADLINE}\n\nBody text of the article.\n",
        # a byline glued after a headline in sentence case
        f"Agency\n{HEADLINE} By Lee Soo-min\n\nBody text of the article.\n",
    ],
)
def test_credits_and_bylines_are_no_headline(page: str) -> None:
    assert extract_metadata(page, language_for("en")).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        # a headline whose own words end in "by" and capitalised words keeps them
        "Wellness Tourism Products Developed by Four Regional Zones",
        "Free checkups offered by Daon Hospital",
        # a headline that happens to open with a day and a month
        "May 5 Festival Draws Record Crowds to Jeju Clinics",
    ],
)
def test_headline_words_that_look_like_a_credit_stay(headline: str) -> None:
    page = f"{headline}\n\nBody text of the article.\n"
    assert extract_metadata(page, language_for("en")).title == headline


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a page about one organisation: its name, then sentences about it
        (
            "Hanbit Rehabilitation Hospital\n\nA hospital focused on spine care and rehabilitation as named by the "
            "city government for its work with patients from abroad over many years\n\nIt opened in 1998.",
            "Hanbit Rehabilitation Hospital",
        ),
        (
            "Clinics Directory\n\nSeorin Eye Clinic\n\nAbout Us\n\nWelcome to Seorin Eye Clinic, which has treated "
            "patients from Mongolia and Kazakhstan since it opened its international wing in 2011.",
            "Seorin Eye Clinic",
        ),
        (
            "Global Care Center\n\nA total of 4,100 patients from abroad came to the center last year, the most since "
            "it opened, and interpreters for six languages now work there.",
            "Global Care Center",
        ),
        (
            "Nuri Journal of Medicine\n\nDaon University Hospital\n\nJane Roe\n\nDaon University Hospital\n\n"
            "Founded in 1921, Daon University Hospital is the oldest hospital of the province and a leader in care.",
            "Daon University Hospital",
        ),
        (
            "Mirae Cancer Center\n\nOne of the leading cancer centers of the region, Mirae Cancer Center gives care "
            "to patients from abroad and trains doctors from partner hospitals\n\nMore text.",
            "Mirae Cancer Center",
        ),
    ],
)
def test_a_page_about_one_organisation_is_titled_with_its_name(page: str, title: str) -> None:
    assert extract_metadata(page, language_for("en")).title == title


def test_a_hospitals_site_name_gives_way_to_a_headline_of_headline_length() -> None:
    page = f"Jeonbuk Central Hospital\n\n{HEADLINE}\n\nThe hospital said it treated more patients this year than last."
    assert extract_metadata(page, language_for("en")).title == HEADLINE


def test_a_dated_pages_long_headline_stays_under_its_sites_name() -> None:
    headline = (
        "Gwangju brings hospital coordinators and travel agents from Uzbekistan and Kyrgyzstan to its clinics "
        "for a week of visits"
    )
    page = (
        f"Gwangju Metropolitan City\nHome > News > Press Release\n\n{headline}\n\n"
        "Posted 2018.05.14 | Department Health Policy Division | Views 388\n\n"
        "Gwangju Metropolitan City said on Monday that 20 coordinators and agents toured eight hospitals."
    )
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, str(metadata.published_date)) == (headline, "2018-05-14")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a short headline said twice, its deck or first paragraph a sentence under it
        (
            "Quiet Corridors\ntext size\nQuiet Corridors\n"
            "Clinics in Daegu wait for the patients who stopped coming from abroad.\nBody text.",
            "Quiet Corridors",
        ),
        (
            "Friday, May 2, 2014\nBeyond the Capital\n"
            "Hanul University Hospital is turning its eastern wing into a center that treats patients "
            "from the Russian Far East and Mongolia\nBeyond the Capital\nBody text.",
            "Beyond the Capital",
        ),
        (
            "Our Centre\nhome > Global Care Center > Our Centre\nGlobal Care Center | Introduction :\n"
            "Seorin University Hospital opened in 1955.\nBody text.",
            "Our Centre",
        ),
        (
            "Second Opinions\n\nSecond Opinions\n\nWhy patients from Almaty fly to Busan for a check-up.\n\nBody.",
            "Second Opinions",
        ),
        (
            "Night Clinics\n\nHome › Features › Night Clinics\n\n"
            "Seoul clinics open late for visitors who come from abroad for a weekend.\n\nBody.",
            "Night Clinics",
        ),
    ],
)
def test_a_short_headline_said_twice_beats_the_sentence_under_it(page: str, title: str) -> None:
    assert extract_metadata(page, language_for("en")).title == title


def test_a_section_label_said_twice_gives_way_to_the_headline_between() -> None:
    page = f"Destination Notes\n\n{HEADLINE}\n\nDestination Notes\n\nBody text of the article follows."
    assert extract_metadata(page, language_for("en")).title == HEADLINE


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        (
            "July 28, 2017 (Koror, Palau) A team of volunteers from Seoul treated 400 residents.",
            date(2017, 7, 28),
        ),
        (
            "14 March 2011 -- The Dubai authority said it would send more patients to Korea.",
            date(2011, 3, 14),
        ),
        (
            "May 5, 2021 – The Daegu hospital said it treated 300 foreign patients last year.",
            date(2021, 5, 5),
        ),
        # a sentence that opens with a date, a date without a year, a date in mid-sentence: no dateline
        ("March 3, 2019 was the day the clinic first opened its doors to foreign patients.", None),
        ("May 5 – The Daegu hospital said it treated 300 foreign patients last year.", None),
        ("The Daegu hospital said on May 5, 2021 (a Wednesday) it had treated 300 patients.", None),
    ],
)
def test_a_lead_paragraph_opening_with_its_date_then_its_place_or_a_dash(
    lead: str, published: date | None
) -> None:
    page = f"Clinic news\n\n{HEADLINE}\n\n{lead}\n"
    metadata = extract_metadata(page, language_for("en"))
    assert (metadata.title, metadata.published_date) == (HEADLINE, published)


@pytest.mark.parametrize(
    ("items", "title"),
    [
        # scores of menu items, a word or a few a line, use up none of the page's head
        ([f"• Section {n}" for n in range(60)], HEADLINE),
        ([f"Desk {n}" for n in range(45)], HEADLINE),
        # thirty lines of other articles' titles do: the headline under them is the body's
        ([f"Readers share their garden stories from week {n}" for n in range(30)], None),
    ],
)
def test_a_headline_under_a_long_menu(items: list[str], title: str | None) -> None:
    page = "\n".join([*items, HEADLINE, "Posted on 4 February 2019", "Body text."])
    metadata = extract_metadata(page, language_for("en"))
    assert metadata.title == title or (title is None and metadata.title != HEADLINE)
    assert metadata.published_date == (date(2019, 2, 4) if title else None)
