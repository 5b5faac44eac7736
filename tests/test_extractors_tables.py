"""Tables written as text: header, rows and caption found with their offsets."""

from extractors.lang.registry import language_for
from extractors.text.figure_lists import find_figure_lists
from extractors.text.tables import find_tables


def test_a_block_of_spaced_columns_is_a_table_with_its_caption() -> None:
    text = (
        "Intro line.\nVisitors by region, 2016\nRegion    Visitors\nLaos      1,200\nNepal     800\n\nAfter."
    )
    (table,) = find_tables(text)
    assert table.caption is not None and table.caption.text == "Visitors by region, 2016"
    assert [c.text for c in table.header] == ["Region", "Visitors"]
    assert [[c.text for c in row] for row in table.rows] == [["Laos", "1,200"], ["Nepal", "800"]]
    assert text[table.rows[0][1].start : table.rows[0][1].end] == "1,200"


def test_a_markdown_table_skips_its_rule_and_prose_is_no_table() -> None:
    text = "| Region | Visitors |\n|---|---|\n| Laos | 1,200 |\nA plain sentence.  Another one follows.\n"
    (table,) = find_tables(text)
    assert [[c.text for c in row] for row in table.rows] == [["Laos", "1,200"]]


def test_lines_of_pairs_are_one_list_whatever_sets_a_name_from_its_figure() -> None:
    text = "Seen in 2020:\nLAOS    410 NEPAL    95\n\nChile = 1,020\n- Peru: 7.310 (4%)\nNot a list of pairs here."
    (listing,) = find_figure_lists(text)
    assert listing.caption is not None and listing.caption.text == "Seen in 2020:"
    assert [(e.name.text, e.figure.text) for e in listing.entries] == [
        ("LAOS", "410"),
        ("NEPAL", "95"),
        ("Chile", "1,020"),
        ("Peru", "7.310"),
    ]
    assert [e.row.text for e in listing.entries][2:] == ["Chile = 1,020", "- Peru: 7.310 (4%)"]


def test_a_grid_under_a_year_row_gives_each_figure_its_column() -> None:
    text = "Caption\nGroup 2019 2020\nSouth Sudan 12 30\nChile 4 9\n"
    (listing,) = find_figure_lists(text)
    assert [
        (e.name.text, e.figure.text, e.dated_by.text if e.dated_by else None) for e in listing.entries
    ] == [
        ("South Sudan", "12", "2019"),
        ("South Sudan", "30", "2020"),
        ("Chile", "4", "2019"),
        ("Chile", "9", "2020"),
    ]


def test_a_table_of_cells_under_a_year_row_is_one_grid() -> None:
    for text in (
        "Caption\n| Area | 2019 | 2020 |\n|---|---|---|\n| Chile | 4 | 9 |\n",
        "Caption\nArea   2019   2020\nChile   4   9\n",
    ):
        (listing,) = find_figure_lists(text)
        assert listing.caption is not None and listing.caption.text == "Caption"
        assert [(e.figure.text, e.dated_by.text if e.dated_by else None) for e in listing.entries] == [
            ("4", "2019"),
            ("9", "2020"),
        ]


def test_a_table_of_names_over_year_rows_dates_each_figure_by_its_row() -> None:
    (listing,) = find_figure_lists("Caption\n| Year | Chile | Peru |\n| 2019 | 4 | 9 |\n")
    assert [
        (e.name.text, e.figure.text, e.dated_by.text if e.dated_by else None) for e in listing.entries
    ] == [
        ("Chile", "4", "2019"),
        ("Peru", "9", "2019"),
    ]


def test_rows_led_by_their_year_are_dated_by_it() -> None:
    (listing,) = find_figure_lists("Caption\n2019: 1,500\n2020 620\n")
    assert [(e.name.text, e.figure.text, e.year_led) for e in listing.entries] == [
        ("2019", "1,500", True),
        ("2020", "620", True),
    ]


def test_one_pair_alone_or_prose_with_figures_is_no_list() -> None:
    assert find_figure_lists("Comments 0\n\nThe clinic saw 40 patients from 3 countries.\n") == []


def test_a_row_name_in_capitals_or_misspelt_names_its_country() -> None:
    english = language_for("en")
    for name, country in [("CHILE", "CL"), ("ARGENTIAN", "AR"), ("USA", "US")]:
        place = english.row_place(name, 0, len(name))
        assert place is not None and place.country == country
    for name in ("OTHERS", "Total", "Oma"):
        assert english.row_place(name, 0, len(name)) is None
