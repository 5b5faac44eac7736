"""Hard-wrapped English text: a line cut at a fixed width continues in the next line, so the
sentences are read whole; short lines, lines that end a sentence and headline lists stay apart."""

from extractors.lang.registry import language_for


def sentences(text: str) -> list[str]:
    return [s.text.replace("\n", " ") for s in language_for("en").split_sentences(text)]


def test_a_line_ending_in_an_article_or_going_on_in_lowercase_is_joined() -> None:
    text = (
        "Vice Governor of the province of Selenge signed a\n"
        "Memorandum of Cooperation with the Gwangju Medical Council\n"
        "in Gwangju, which counts more partner clinics than any\n"
        "other city nearby. The memorandum runs until 2023."
    )
    assert sentences(text) == [
        "Vice Governor of the province of Selenge signed a Memorandum of Cooperation with the "
        "Gwangju Medical Council in Gwangju, which counts more partner clinics than any other city nearby.",
        "The memorandum runs until 2023.",
    ]


def test_a_block_wrapped_at_a_fixed_width_joins_lines_that_fill_it() -> None:
    text = (
        "After the talks, the Korean health ministry, represented by its\n"
        "vice minister, signed an MOU with the Oman Ministry of Health, the\n"
        "Royal Hospital in Muscat and the Oman Medical Specialty Board at\n"
        "the meeting in April.\n"
        "\n"
        "Officials expect the MOU to help."
    )
    assert sentences(text) == [
        "After the talks, the Korean health ministry, represented by its vice minister, signed an MOU "
        "with the Oman Ministry of Health, the Royal Hospital in Muscat and the Oman Medical Specialty "
        "Board at the meeting in April.",
        "Officials expect the MOU to help.",
    ]


def test_headlines_short_lines_and_paragraph_lines_stay_apart() -> None:
    text = (
        "Daegu hospitals look for partners in the Russian Far East\n"
        "Kazakh clinic chain opens a new branch in Almaty this spring\n"
        "Home\n"
        "news\n"
        "A paragraph of a web page is one long line that ends in a full stop, as this one does.\n"
        "the next paragraph starts in lowercase and is a line of its own."
    )
    assert sentences(text) == [
        "Daegu hospitals look for partners in the Russian Far East",
        "Kazakh clinic chain opens a new branch in Almaty this spring",
        "Home",
        "news",
        "A paragraph of a web page is one long line that ends in a full stop, as this one does.",
        "the next paragraph starts in lowercase and is a line of its own.",
    ]
