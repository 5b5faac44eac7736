"""Tables written as text: header, rows and caption found with their offsets."""

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
